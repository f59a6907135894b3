# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# The survey of associations: list and dashboard for the office, questionnaire for the associations.

# machine-drafted
nav-surveys = Опитування
# machine-drafted
survey-list-title = Опитування об’єднань
# machine-drafted
survey-list-none = Опитувань ще немає.
# machine-drafted
survey-title = Назва
# machine-drafted
survey-status = Стан
# machine-drafted
survey-status-draft = чернетка
# machine-drafted
survey-status-open = триває
# machine-drafted
survey-status-closed = завершено
# machine-drafted
survey-invited = Запрошено
# machine-drafted
survey-responses = Відповіді
# machine-drafted
survey-rate = Частка відповідей
# machine-drafted
survey-dashboard = Результати
# machine-drafted
survey-anonymous = оцінюється анонімно
# machine-drafted
survey-export-csv = Завантажити відповіді як CSV
# machine-drafted
survey-export-codebook = Кодова книга (CSV)
# machine-drafted
survey-filters = Фільтрувати й порівнювати
# machine-drafted
survey-filter-mso = Самоорганізація мігрантів
# machine-drafted
survey-filter-field = Сфера діяльності
# machine-drafted
survey-filter-district = Район
# machine-drafted
survey-filter-all = усі
# machine-drafted
survey-cross-by = Перехресна таблиця за
# machine-drafted
survey-cross-none = немає
# machine-drafted
survey-by-mso = Самоорганізація мігрантів так/ні
# machine-drafted
survey-by-field = Сфера діяльності
# machine-drafted
survey-by-district = Район
# machine-drafted
survey-search = Пошук у вільних текстах
# machine-drafted
survey-apply = Показати
# machine-drafted
survey-suppression-rule = Це опитування анонімне: у відфільтрованих видах і перехресних таблицях групи з менш ніж { $min } відповідями не показуються.
# machine-drafted
survey-shown = Після фільтра відповідей: { $count }.
# machine-drafted
survey-suppressed = Для цього вибору замало відповідей: в анонімному опитуванні менше ніж { $min } відповідей Ви не побачите в цифрах.
# machine-drafted
survey-answered = Відповідей: { $count }
# machine-drafted
survey-cross-suppressed = У перехресній таблиці приховано групи з менш ніж { $min } відповідями.
# machine-drafted
survey-mean = Середнє
# machine-drafted
survey-answer = Відповідь
# machine-drafted
survey-count = Кількість
# machine-drafted
survey-no-answers = немає відповідей
# machine-drafted
survey-chart-desc = Відповідей: { $answered }. Найчастіше: { $top } ({ $count }).
# machine-drafted
survey-chart-desc-none = Відповідей: { $answered }, нічого не вибрано.
# machine-drafted
survey-texts = Вільні тексти
# machine-drafted
survey-texts-none = Вільних текстів немає (або жоден не відповідає пошуку).
# machine-drafted
survey-group = Група
# machine-drafted
survey-group-mso = Самоорганізація мігрантів
# machine-drafted
survey-group-not-mso = інші об’єднання
# machine-drafted
survey-group-no-district = без району
# machine-drafted
survey-group-suppressed = менше ніж { $min } відповідей – не показано
# machine-drafted
survey-cross-caption = { $question } за ознакою «{ $by }»
# machine-drafted
survey-kind-single-choice = Один варіант
# machine-drafted
survey-kind-multiple-choice = Кілька варіантів
# machine-drafted
survey-kind-scale = Шкала 1–5
# machine-drafted
survey-kind-number = Число
# machine-drafted
survey-kind-short-text = Короткий текст
# machine-drafted
survey-kind-long-text = Довгий текст
# machine-drafted
survey-kind-yes-no = Так/ні
# machine-drafted
survey-kind-categories = Сфери діяльності
# machine-drafted
survey-kind-languages = Мови
# machine-drafted
survey-yes = Так
# machine-drafted
survey-no = Ні
# machine-drafted
survey-other = Інше
# machine-drafted
survey-other-text = Інше, а саме:
# machine-drafted
survey-for = Для
# machine-drafted
survey-progress = Сторінка { $number } з { $total }
# machine-drafted
survey-required = обов’язково
# machine-drafted
survey-in-german = Цього питання ще немає Вашою мовою; воно показане німецькою.
# machine-drafted
survey-next = Далі
# machine-drafted
survey-back = Назад
# machine-drafted
survey-submit = Надіслати відповіді
# machine-drafted
survey-later = Зберегти й продовжити пізніше
# machine-drafted
survey-thanks = Дякуємо! Ваші відповіді збережено. До завершення опитування Ви можете змінити їх за тим самим посиланням.
# machine-drafted
survey-saved-later = Збережено. За тим самим посиланням Ви можете продовжити тут будь-коли.
# machine-drafted
survey-editable = Ваші відповіді вже надіслано. Ви можете змінити їх до завершення опитування.
# machine-drafted
survey-not-open = Це опитування зараз не приймає відповідей.
# machine-drafted
survey-error-required = Будь ласка, дайте відповідь на це питання.
# machine-drafted
survey-error-unknown-option = Будь ласка, виберіть одну з поданих відповідей.
# machine-drafted
survey-error-other-text-missing = Ви вибрали «Інше»: будь ласка, напишіть, що саме.
# machine-drafted
survey-error-single-value = Будь ласка, виберіть лише одну відповідь.
# machine-drafted
survey-error-not-a-number = Будь ласка, введіть ціле число, напр. 12.
# machine-drafted
survey-error-out-of-range = Це число поза дозволеним діапазоном.
# machine-drafted
survey-error-too-long = Цей текст задовгий.
# machine-drafted
survey-error-unknown-language = Ми не знаємо цієї мови.
# machine-drafted
survey-error-unknown-category = Такої сфери діяльності немає.
# machine-drafted
survey-error-too-many = Це забагато відповідей.
# machine-drafted
error-survey-not-found-title = Опитування не знайдено
# machine-drafted
error-survey-not-found-text = Такого посилання немає (більше). Можливо, тим часом прийшло нагадування з новим посиланням; інакше зверніться, будь ласка, до бюро з питань інтеграції.
# machine-drafted
error-survey-not-open-title = Опитування не відкрите
# machine-drafted
error-survey-not-open-text = Це опитування зараз не приймає відповідей.

# Запрошення й нагадування (сторінка бюро з питань інтеграції) та їхні листи.
# machine-drafted
survey-invite-title = Запрошення
# machine-drafted
survey-invite-progress = Стан відповідей
# machine-drafted
survey-invite-state-submitted = надіслано
# machine-drafted
survey-invite-state-started = розпочато
# machine-drafted
survey-invite-state-waiting = ще не розпочато
# machine-drafted
survey-invite-send = Запросити об’єднання
# machine-drafted
survey-invite-hint = Кожне об’єднання отримує електронною поштою особисте посилання: його представникам, інакше на його публічну адресу. Уже запрошені об’єднання другого запрошення не отримують.
# machine-drafted
survey-invite-whom = Кого запросити?
# machine-drafted
survey-invite-scope-all = усі ще не запрошені об’єднання ({ $count })
# machine-drafted
survey-invite-scope-filter = об’єднання з такими ознаками
# machine-drafted
survey-invite-scope-list = лише позначені об’єднання
# machine-drafted
survey-invite-everyone = Усі опубліковані об’єднання вже запрошено.
# machine-drafted
survey-invite-submit = Надіслати запрошення
# machine-drafted
survey-remind-title = Нагадати
# machine-drafted
survey-remind-rule = Нагадування отримують лише об’єднання, які ще не надіслали відповіді, кожне щонайбільше раз на тиждень. Нагадування містить нове посилання; старе перестає діяти, збережені відповіді залишаються.
# machine-drafted
survey-remind-submit = { $count ->
    [one] Нагадати { $count } об’єднанню
    [few] Нагадати { $count } об’єднанням
   *[other] Нагадати { $count } об’єднанням
}
# machine-drafted
survey-remind-none = Зараз немає нагадувань, які слід надіслати.
# machine-drafted
survey-invite-list = Запрошені об’єднання
# machine-drafted
survey-invite-none = Ще жодне об’єднання не запрошено.
# machine-drafted
survey-invite-association = Об’єднання
# machine-drafted
survey-invite-invited-on = Запрошено
# machine-drafted
survey-invite-reminded-on = Останнє нагадування
# machine-drafted
survey-invite-next-reminder = Наступне нагадування
# machine-drafted
survey-invite-remind-now = можна зараз
# machine-drafted
survey-invite-remind-from = з { $date }
# machine-drafted
survey-invite-unpublished = (об’єднання більше не опубліковане)
# machine-drafted
survey-invite-done = { $count ->
    [one] Запрошено { $count } об’єднання.
    [few] Запрошено { $count } об’єднання.
   *[other] Запрошено { $count } об’єднань.
}
# machine-drafted
survey-invite-already = { $count ->
    [one] { $count } об’єднання вже було запрошене.
    [few] { $count } об’єднання вже були запрошені.
   *[other] { $count } об’єднань уже були запрошені.
}
# machine-drafted
survey-invite-no-address = { $count ->
    [one] { $count } об’єднання не має адреси електронної пошти, тому лист не надіслано.
   *[other] Об’єднання ({ $count }) не мають адреси електронної пошти, тому листи не надіслано.
}
# machine-drafted
survey-invite-refused-closed = Це опитування завершено: запрошувати нові об’єднання вже не можна.
# machine-drafted
survey-remind-refused-not-open = Нагадування надсилаються, лише поки опитування триває.
# machine-drafted
survey-invite-error-filter = Будь ласка, виберіть щонайменше одну ознаку.
# machine-drafted
survey-invite-error-list = Будь ласка, позначте щонайменше одне об’єднання.
# machine-drafted
survey-invite-error-scope = Будь ласка, виберіть, кого Ви хочете запросити.
# machine-drafted
mail-survey-invitation-subject = Запрошення до опитування «{ $survey }»
# machine-drafted
mail-survey-invitation-body =
    Добрий день!

    Бюро з питань інтеграції запрошує «{ $organisation }» взяти участь в опитуванні «{ $survey }». За цим особистим посиланням будь-хто з Вашого об’єднання може відповісти без входу в систему; Ви можете зберегти відповіді й продовжити пізніше:

    { $link }

    { $has_closes ->
        [yes] Опитування триває до { $closes }.
       *[no] { "" }
    }

    Будь ласка, не передавайте посилання стороннім людям.
# machine-drafted
mail-survey-reminder-subject = Нагадування: опитування «{ $survey }»
# machine-drafted
mail-survey-reminder-body =
    Добрий день!

    Ваше об’єднання «{ $organisation }» ще не надіслало відповіді на опитування «{ $survey }». Бюро з питань інтеграції чекає на Ваші відповіді. Ось Ваше нове особисте посилання; попереднє більше не діє, уже збережені відповіді залишаються:

    { $link }

    { $has_closes ->
        [yes] Опитування триває до { $closes }.
       *[no] { "" }
    }

# Конструктор анкети бюро з питань інтеграції та попередній перегляд.
# machine-drafted
survey-build-title = Редагувати анкету
# machine-drafted
survey-build-new = Нове опитування
# machine-drafted
survey-build-create = Створити опитування
# machine-drafted
survey-build-slug = Адреса (коротка назва)
# machine-drafted
survey-build-slug-hint = Малі латинські літери, цифри й дефіси, напр. survey-2027. Залиште порожнім — її буде утворено з назви.
# machine-drafted
survey-build-links = Редагування й запрошення
# machine-drafted
survey-build-saved = Збережено.
# machine-drafted
survey-build-has-answers = Уже є відповіді. Додавати питання й варіанти відповіді та змінювати тексти можна; зміни, що зробили б збережені відповіді непридатними, відхиляються. Перед вилученням питання Вас спершу попросять підтвердити; його відповіді залишаються збереженими.
# machine-drafted
survey-build-preview = Попередній перегляд
# machine-drafted
survey-build-preview-note = Попередній перегляд: так анкету бачить об’єднання. Тут нічого не зберігається; усі питання з умовою показано з приміткою.
# machine-drafted
survey-build-questions = Питання
# machine-drafted
survey-build-no-questions = Питань ще немає.
# machine-drafted
survey-build-condition = Умова
# machine-drafted
survey-build-edit = Редагувати
# machine-drafted
survey-build-up = Вище
# machine-drafted
survey-build-down = Нижче
# machine-drafted
survey-build-remove = Вилучити
# machine-drafted
survey-build-remove-confirm = Так, вилучити — збережені відповіді залишаться
# machine-drafted
survey-build-cancel = Скасувати
# machine-drafted
survey-build-add = Додати питання
# machine-drafted
survey-build-edit-question = Редагувати питання
# machine-drafted
survey-build-section = Частина
# machine-drafted
survey-build-new-section = нова частина (нова сторінка)
# machine-drafted
survey-build-kind = Тип питання
# machine-drafted
survey-build-key = Ідентифікатор
# machine-drafted
survey-build-key-hint = Малі латинські літери, цифри й _, напр. rooms. Це стовпець в експорті CSV.
# machine-drafted
survey-build-text = Текст питання
# machine-drafted
survey-build-help = Текст підказки
# machine-drafted
survey-build-options = Варіанти відповіді
# machine-drafted
survey-build-options-hint = По одному в рядку, як «ідентифікатор | текст» або лише текст. Іншими мовами: тексти в тому самому порядку.
# machine-drafted
survey-build-other = Дозволити «Інше: …»
# machine-drafted
survey-build-low = Текст для 1
# machine-drafted
survey-build-high = Текст для 5
# machine-drafted
survey-build-min = Найменше число
# machine-drafted
survey-build-max = Найбільше число
# machine-drafted
survey-build-profile-linked = Відповіді можна за згодою перенести до профілю (лише сфери діяльності та мови)
# machine-drafted
survey-build-condition-question = Показувати, лише коли відповідь на це питання …
# machine-drafted
survey-build-always = (показувати завжди)
# machine-drafted
survey-build-condition-value = … має це значення
# machine-drafted
survey-build-condition-value-hint = Ідентифікатор варіанта відповіді, yes або no, або від 1 до 5 для шкали.
# machine-drafted
survey-build-translations = Переклади
# machine-drafted
survey-build-translations-hint = Якщо перекладу немає, показано німецький текст, і анкета про це повідомляє.
# machine-drafted
survey-build-save = Зберегти
# machine-drafted
survey-build-settings = Назва, строки й анонімність
# machine-drafted
survey-build-intro = Вступ
# machine-drafted
survey-build-section-title = Заголовок частини
# machine-drafted
survey-build-anonymous = Оцінювати анонімно (малі групи не показано у відфільтрованих поданнях)
# machine-drafted
survey-build-opens = Починається
# machine-drafted
survey-build-closes = Закінчується
# machine-drafted
survey-build-shown-when = Видно, лише коли на «{ $question }» відповіли «{ $value }».
# machine-drafted
survey-build-conflict = Тим часом хтось інший змінив анкету. Будь ласка, перезавантажте сторінку й спробуйте ще раз.
# machine-drafted
survey-build-error-title = Будь ласка, введіть назву німецькою.
# machine-drafted
survey-build-error-date = Будь ласка, вкажіть дату й час, напр. 2027-03-01 09:00.
# machine-drafted
survey-build-error-dates = Кінець має бути після початку.
# machine-drafted
survey-build-error-slug = Будь ласка, лише малі латинські літери, цифри й дефіси.
# machine-drafted
survey-build-error-slug-taken = Цю адресу вже має інше опитування.
# machine-drafted
survey-build-error-section = Будь ласка, виберіть частину.
# machine-drafted
survey-build-error-key = Ідентифікатор складається з малих латинських літер, цифр і _ (до 40 символів).
# machine-drafted
survey-build-error-text-missing = Будь ласка, введіть текст питання німецькою.
# machine-drafted
survey-build-error-too-many-options = Не більше ніж 50 варіантів відповіді.
# machine-drafted
survey-build-error-option-key = Для кожного варіанта відповіді потрібні текст та ідентифікатор з малих латинських літер, цифр і _ («other» зайнято).
# machine-drafted
survey-build-error-option-twice = Два варіанти відповіді мають однаковий ідентифікатор.
# machine-drafted
survey-build-error-no-options = Будь ласка, вкажіть щонайменше один варіант відповіді.
# machine-drafted
survey-build-error-scale-ends = Будь ласка, підпишіть обидва кінці шкали німецькою.
# machine-drafted
survey-build-error-range = Найменше число не може бути більшим за найбільше.
# machine-drafted
survey-build-error-range-number = Будь ласка, вкажіть найменше й найбільше число цілими числами.
# machine-drafted
survey-build-error-kind = Будь ласка, виберіть тип питання.
# machine-drafted
survey-build-error-condition-value-missing = Будь ласка, вкажіть значення, за якого з’являється питання.
# machine-drafted
survey-build-invalid-empty = В анкеті ще немає жодного питання.
# machine-drafted
survey-build-invalid-invalid-key = Цей ідентифікатор недійсний.
# machine-drafted
survey-build-invalid-duplicate-key = Такий ідентифікатор в анкеті вже є.
# machine-drafted
survey-build-invalid-missing-text = Одне з питань не має німецького тексту.
# machine-drafted
survey-build-invalid-no-options = Питання з вибором не має варіантів відповіді.
# machine-drafted
survey-build-invalid-bad-range = Найменше число більше за найбільше.
# machine-drafted
survey-build-invalid-condition-unknown = Умова має називати питання з попередньої частини.
# machine-drafted
survey-build-invalid-condition-value = Назване питання не може мати такого значення.
# machine-drafted
survey-build-refused-kind = Уже є відповіді: тип питання { $question } змінити вже не можна.
# machine-drafted
survey-build-refused-option = Уже є відповіді: варіант { $option } питання { $question } вилучити вже не можна.
# machine-drafted
survey-build-refused-range = Уже є відповіді: діапазон чисел питання { $question } можна лише розширити.
# machine-drafted
survey-build-refused-other = Уже є відповіді: «Інше» в питанні { $question } вилучити вже не можна.
# machine-drafted
survey-build-confirm-remove = Питання { $question } уже має відповіді. Якщо Ви його вилучите, воно більше не з’явиться в анкеті й результатах; відповіді залишаться збереженими.

# machine-drafted
survey-consent = Оновити наш профіль цими відповідями (сфери діяльності та мови)
# machine-drafted
survey-consent-hint = Бюро з питань інтеграції перевіряє зміну, перш ніж вона з’явиться в профілі. Без позначки профіль залишиться як є.

# The PDF report (documents crate)

# machine-drafted
survey-export-pdf = Завантажити звіт у PDF
# machine-drafted
survey-export-pdf-filtered = Завантажити звіт щодо цієї вибірки в PDF
# machine-drafted
survey-report-period = Опитування з { $from } по { $to }
# machine-drafted
survey-report-filtered = Вибірка: { $filters }.
# machine-drafted
survey-report-response = Відгук
# machine-drafted
survey-report-def-invited = Об'єднання, що отримали особисте запрошення.
# machine-drafted
survey-report-def-responses = Об'єднання, що надіслали анкету.
# machine-drafted
survey-report-def-rate = Кількість відповідей, поділена на кількість запрошених.
# machine-drafted
survey-report-part = Частина { $number }
# machine-drafted
survey-report-no-texts = немає відповідей у вільній формі

# Delivery of the invitation mails; reminders through the job queue

# machine-drafted
survey-invite-state-mail-pending = лист надсилається
# machine-drafted
survey-invite-state-mail-failed = лист не доставлено
# machine-drafted
survey-invite-mail-pending = { $count ->
    [one] { $count } запрошення ще чекає надсилання і поки не вважається надісланим.
   *[other] { $count } запрошень ще чекають надсилання і поки не вважаються надісланими.
}
# machine-drafted
survey-invite-mail-failed = { $count ->
    [one] Лист { $count } об’єднанню не вдалося надіслати: воно не вважається запрошеним, йому можна одразу нагадати знову.
   *[other] Листи { $count } об’єднанням не вдалося надіслати: вони не вважаються запрошеними, їм можна одразу нагадати знову.
}
# machine-drafted
survey-remind-queued = { $count ->
    [0] Зараз немає нагадувань до надсилання.
    [one] { $count } нагадування надсилається у фоновому режимі.
   *[other] { $count } нагадувань надсилаються у фоновому режимі.
}

## The summary at the top of the dashboard ("at a glance")
# machine-drafted
survey-glance-title = Коротко
# machine-drafted
survey-glance-rate = Відповіли { $responses } із { $invited } запрошених об’єднань ({ $rate }).
# machine-drafted
survey-glance-varied = Велике розмаїття у питаннях
# machine-drafted
survey-glance-shared = Схожі відповіді у питаннях
# machine-drafted
survey-glance-spread-varied = Велике розмаїття
# machine-drafted
survey-glance-spread-mixed = Частково схожі, частково різні
# machine-drafted
survey-glance-spread-shared = Схожі відповіді
# machine-drafted
survey-glance-measure-varied = Різних відповідей: { $distinct }; { $top } найчастіші становлять { $cover } % усіх згадок.
# machine-drafted
survey-glance-measure-shared = Кожну з { $top } найчастіших відповідей назвали щонайменше { $reach } % об’єднань (загалом різних відповідей: { $distinct }).
# machine-drafted
survey-glance-measure-mixed = Різних відповідей: { $distinct }; { $top } найчастіші становлять { $cover } % усіх згадок, кожну назвали щонайменше { $reach } % об’єднань.
# machine-drafted
survey-glance-measure-few = Різних відповідей: { $distinct }; замало відповідей для оцінки.
# machine-drafted
survey-glance-share = { $percent } % ({ $count } з { $answered })
# machine-drafted
survey-glance-mean = Середнє { $mean } за шкалою від 1 ({ $low }) до 5 ({ $high }).
# machine-drafted
survey-glance-legend = Як виміряно: частки рахуються від об’єднань, що відповіли на питання; можна обрати кілька відповідей. «Схожі відповіді»: кожну з { $top } найчастіших відповідей назвали щонайменше { $shared } % об’єднань. «Велике розмаїття»: щонайменше { $distinct } різних відповідей, і хоча б одну з { $top } найчастіших назвали менше ніж { $varied } % об’єднань. Якщо відповідей менше ніж { $min }, оцінки немає.
# machine-drafted
survey-glance-share-heading = Частка об’єднань, що відповіли
