# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# Зустрічі мережі: сторінки, форми та листи.

nav-meetings = Зустрічі мережі
meetings-title = Зустрічі мережі
meetings-intro = На зустрічах мережі об'єднання знайомляться між собою: за столами, у кілька раундів, щоразу з новими співрозмовниками.
meetings-new = Нова зустріч мережі
meetings-edit = Редагувати зустріч
meetings-upcoming = Майбутні зустрічі
meetings-past = Минулі зустрічі
meetings-none-upcoming = Наразі зустрічей не заплановано.
meetings-none-past = Минулих зустрічей ще немає.
meetings-free-places = { $count ->
    [0] Вільних місць немає
    [one] Залишилося { $count } вільне місце
    [few] Залишилося { $count } вільні місця
   *[other] Залишилося { $count } вільних місць
}
meetings-capacity = усього місць: { $count }
meetings-waitlisted-count = у списку очікування: { $count }
meetings-summary-link = Підсумок
meetings-when = Коли
meetings-status = Стан
meetings-places = Місця
meetings-deadline = Кінцевий термін реєстрації
meetings-calendar = Додати до календаря (.ics)
meetings-results = Результати
meetings-office-nav = Керування зустріччю
meetings-participants = Учасники
meetings-plan = План столів
meetings-check-in = Реєстрація на вході
meetings-venue = Місце
meetings-agenda = Програма
meetings-rounds = Раунди
meetings-tables = Столи
meetings-minutes = { $count } хв
meetings-tables-count = Кількість столів: { $count }.
meetings-register-heading = Реєстрація
meetings-register = Зареєструвати людей
meetings-register-how = Представники об'єднань реєструють тут людей свого об'єднання після входу в обліковий запис.
meetings-register-members-only = Реєструвати можуть представники об'єднань мережі. Зверніться до бюро з інтеграції, якщо ваш обліковий запис ще не пов'язаний з об'єднанням.
meetings-register-closed = Реєстрацію закрито.
meetings-own-registrations = Зареєстровані вашим об'єднанням
meetings-state-confirmed = Підтверджено
meetings-state-waitlisted = Список очікування
meetings-state-cancelled = Скасовано
meetings-cancel-registration = Скасувати реєстрацію
meetings-done-registered = Реєстрацію підтверджено. Лист із записом для календаря вже в дорозі.
meetings-done-waitlisted = Зустріч заповнена: людина в списку очікування й отримає лист, щойно звільниться місце.
meetings-done-cancelled = Реєстрацію скасовано.
meetings-done-saved = Збережено.
meetings-register-intro = Будь ласка, реєструйте кожну людину окремо. Вона отримає підтвердження електронною поштою своєю мовою.
meetings-field-association = Об'єднання
meetings-field-name = Ім'я
meetings-field-email = Електронна адреса
meetings-field-languages = Мови
meetings-languages-hint = Перша мова інтерфейсу, якою володіє людина, — мова її листів.
meetings-field-accessibility = Потреби доступності (напр. інвалідний візок, мова жестів)
meetings-field-consent = Людина погоджується, що її ім'я та об'єднання будуть у списках столів, на бейджах і в особистих матеріалах.
meetings-register-submit = Зареєструвати
meetings-field-title = Назва
meetings-field-starts-at = Початок
meetings-field-ends-at = Кінець
meetings-field-deadline = Кінцевий термін реєстрації
meetings-deadline-hint = Порожнє поле: реєстрація до початку.
meetings-field-venue-name = Місце (назва)
meetings-field-venue-address = Адреса
meetings-field-position = Точка на мапі
meetings-position-hint = Широта й довгота в десяткових градусах, наприклад 48.8975 і 9.1920. Залиште порожнім, якщо мапа не потрібна.
meetings-field-lat = Широта
meetings-field-lon = Довгота
meetings-field-agenda = Програма
meetings-agenda-hint = Можна використовувати Markdown: абзаци, списки, **жирний**, посилання.
meetings-field-capacity = Максимум учасників
meetings-field-limit = Максимум людей від об'єднання
meetings-round-n = Раунд { $number }
meetings-table-n = Стіл { $number }
meetings-field-topic = Тема
meetings-field-minutes = Тривалість у хвилинах
meetings-rows-hint = Порожні рядки не зберігаються.
meetings-add-round = Додати раунд
meetings-field-table-name = Назва столу
meetings-field-table-capacity = Місця
meetings-field-moderator = Модератор столу
meetings-no-moderator = Ще ніхто
meetings-add-table = Додати стіл
meetings-save = Зберегти
meetings-cancel-hint = Якщо зустріч скасовано, усі зареєстровані отримують лист.
meetings-cancel-meeting = Скасувати зустріч
meetings-participants-counts = Зайнято { $confirmed } з { $capacity } місць, у списку очікування: { $waiting }.
meetings-participants-none = Ще ніхто не зареєструвався.
meetings-participants-added = Людину зареєстровано.
meetings-col-state = Стан
meetings-col-action = Дія
meetings-no-consent = Без згоди на списки
meetings-remove = Видалити
meetings-add-participant = Додати людину
meetings-add-participant-hint = Бюро з інтеграції може реєструвати понад ліміт об'єднання та після кінцевого терміну; якщо зустріч заповнена, людина потрапляє до списку очікування.
meetings-planning = Столи плануються
meetings-planning-running = Плануються столи для { $people } людей ({ $seconds } с). Сторінка оновлюється сама.
meetings-planning-refresh = Оновити сторінку
meetings-replan-from = Перепланувати з
meetings-replan = Перепланувати
meetings-plan-tables = Спланувати столи
meetings-explanation = Чого досягає план
meetings-unseated = Ще без місця (будь ласка, переплануйте):
meetings-round-held = відбувся
meetings-locked = закріплено
meetings-lock-table = Закріпити стіл
meetings-unlock-table = Відкріпити стіл
meetings-lock = Закріпити
meetings-unlock = Відкріпити
meetings-walk-in = прийшов без реєстрації
meetings-move-label = Стіл для { $name } у раунді { $round }
meetings-move = Пересадити
meetings-no-plan = Плану столів ще немає. Коли реєстрації зібрано: «Спланувати столи».
meetings-arrived = Прийшло { $arrived } з { $expected }.
meetings-search-name = Шукати ім'я
meetings-search = Шукати
meetings-attendance-registered = очікується
meetings-attendance-checked_in = прийшов
meetings-attendance-no_show = не прийшов
meetings-check-in-button = Впустити
meetings-no-show-button = Не прийшов
meetings-undo-button = Скасувати
meetings-check-in-none = Нікого не знайдено.
meetings-walk-in-heading = Прийшли без реєстрації
meetings-walk-in-submit = Додати й впустити
meetings-record-results = Внести результати
meetings-results-none = Результатів ще не внесено.
meetings-ideas = Ідеї
meetings-visions = Бачення
meetings-contacts = Контакти між об'єднаннями
meetings-projects = Заплановані проєкти
meetings-next-step = Наступний крок
meetings-publish-heading = Оприлюднити
meetings-publish-label = Відкрити результати для об'єднань-учасників
meetings-summary-label = Публічний підсумок (необов'язково)
meetings-summary-hint = Можна використовувати Markdown. Його бачать усі, щойно результати відкрито.
meetings-publish-save = Зберегти
meetings-held-label = Зустріч відбулася (хто сидів разом, вважаються знайомими на наступній зустрічі)
meetings-held-save = Зберегти
meetings-result-hint = Будь ласка, внесіть принаймні одну ідею, бачення, контакт або проєкт.
meetings-one-a-line = По одному в рядку.
meetings-project-n = Проєкт { $number }
meetings-project-title = Назва
meetings-project-partners = Об'єднання-учасники
meetings-add-project = Додати проєкт

meeting-plan-none = Плану столів ще немає.
meeting-plan-conflict = План тим часом змінився (можливо, в іншому вікні). Будь ласка, перегляньте його ще раз.

error-meeting-not-found-title = Зустріч не знайдено
error-meeting-not-found-text = Такої зустрічі мережі немає (більше немає).
error-meeting-conflict-title = Не вдалося
error-meeting-conflict-text = Зустріч тим часом змінилася. Будь ласка, оновіть сторінку й спробуйте ще раз.

mail-meeting-confirmed-subject = Реєстрацію підтверджено: { $meeting }
mail-meeting-confirmed-body =
    Добрий день,

    вашу реєстрацію на «{ $meeting }» підтверджено.

    Коли: { $when }
    Де: { $venue }

    Запис для календаря — у вкладенні. Усе про зустріч: { $link }
mail-meeting-waitlisted-subject = Список очікування: { $meeting }
mail-meeting-waitlisted-body =
    Добрий день,

    «{ $meeting }» ({ $when }, { $venue }) наразі заповнена. Ви в списку очікування й отримаєте лист, щойно для вас звільниться місце.

    { $link }
mail-meeting-promoted-subject = Звільнилося місце: { $meeting }
mail-meeting-promoted-body =
    Добрий день,

    на «{ $meeting }» звільнилося місце: вашу реєстрацію тепер підтверджено.

    Коли: { $when }
    Де: { $venue }

    Запис для календаря — у вкладенні. Усе про зустріч: { $link }
mail-meeting-cancelled-subject = Скасовано: { $meeting }
mail-meeting-cancelled-body =
    Добрий день,

    на жаль, бюро з інтеграції скасувало «{ $meeting }» { $when } ({ $venue }). Будь ласка, видаліть подію зі свого календаря.

    { $link }
mail-meeting-registration-cancelled-subject = Реєстрацію скасовано: { $meeting }
mail-meeting-registration-cancelled-body =
    Добрий день,

    вашу реєстрацію на «{ $meeting }» { $when } ({ $venue }) скасовано.

    { $link }
