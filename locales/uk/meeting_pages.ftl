# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# Зустрічі мережі: сторінки, форми та листи.

# machine-drafted
nav-meetings = Зустрічі мережі
# machine-drafted
meetings-title = Зустрічі мережі
# machine-drafted
meetings-intro = На зустрічах мережі об'єднання знайомляться між собою: за столами, у кілька раундів, щоразу з новими співрозмовниками.
# machine-drafted
meetings-new = Нова зустріч мережі
# machine-drafted
meetings-edit = Редагувати зустріч
# machine-drafted
meetings-upcoming = Майбутні зустрічі
# machine-drafted
meetings-past = Минулі зустрічі
# machine-drafted
meetings-none-upcoming = Наразі зустрічей не заплановано.
# machine-drafted
meetings-none-past = Минулих зустрічей ще немає.
# machine-drafted
meetings-free-places = { $count ->
    [0] Вільних місць немає
    [one] Залишилося { $count } вільне місце
    [few] Залишилося { $count } вільні місця
   *[other] Залишилося { $count } вільних місць
}
# machine-drafted
meetings-capacity = усього місць: { $count }
# machine-drafted
meetings-waitlisted-count = у списку очікування: { $count }
# machine-drafted
meetings-summary-link = Підсумок
# machine-drafted
meetings-when = Коли
# machine-drafted
meetings-status = Стан
# machine-drafted
meetings-places = Місця
# machine-drafted
meetings-deadline = Кінцевий термін реєстрації
# machine-drafted
meetings-calendar = Додати до календаря (.ics)
# machine-drafted
meetings-results = Результати
# machine-drafted
meetings-office-nav = Керування зустріччю
# machine-drafted
meetings-participants = Учасники
# machine-drafted
meetings-plan = План столів
# machine-drafted
meetings-check-in = Реєстрація на вході
# machine-drafted
meetings-venue = Місце
# machine-drafted
meetings-agenda = Програма
# machine-drafted
meetings-rounds = Раунди
# machine-drafted
meetings-tables = Столи
# machine-drafted
meetings-minutes = { $count } хв
# machine-drafted
meetings-tables-count = Кількість столів: { $count }.
# machine-drafted
meetings-register-heading = Реєстрація
# machine-drafted
meetings-register = Зареєструвати людей
# machine-drafted
meetings-register-how = Представники об'єднань реєструють тут людей свого об'єднання після входу в обліковий запис.
# machine-drafted
meetings-register-members-only = Реєструвати можуть представники об'єднань мережі. Зверніться до бюро з інтеграції, якщо Ваш обліковий запис ще не пов'язаний з об'єднанням.
# machine-drafted
meetings-register-closed = Реєстрацію закрито.
# machine-drafted
meetings-own-registrations = Зареєстровані Вашим об'єднанням
# machine-drafted
meetings-state-confirmed = Підтверджено
# machine-drafted
meetings-state-waitlisted = Список очікування
# machine-drafted
meetings-state-cancelled = Скасовано
# machine-drafted
meetings-cancel-registration = Скасувати реєстрацію
# machine-drafted
meetings-done-registered = Реєстрацію підтверджено. Лист із записом для календаря вже в дорозі.
# machine-drafted
meetings-done-waitlisted = Зустріч заповнена: людина в списку очікування й отримає лист, щойно звільниться місце.
# machine-drafted
meetings-done-cancelled = Реєстрацію скасовано.
# machine-drafted
meetings-done-saved = Збережено.
# machine-drafted
meetings-register-intro = Будь ласка, реєструйте кожну людину окремо. Вона отримає підтвердження електронною поштою своєю мовою.
# machine-drafted
meetings-field-association = Об'єднання
# machine-drafted
meetings-field-name = Ім'я
# machine-drafted
meetings-field-email = Електронна адреса
# machine-drafted
meetings-field-languages = Мови
# machine-drafted
meetings-languages-hint = Перша мова інтерфейсу, якою володіє людина, — мова її листів.
# machine-drafted
meetings-field-accessibility = Потреби доступності (напр. інвалідний візок, мова жестів)
# machine-drafted
meetings-field-consent = Людина погоджується, що її ім'я та об'єднання будуть у списках столів, на бейджах і в особистих матеріалах.
# machine-drafted
meetings-register-submit = Зареєструвати
# machine-drafted
meetings-field-title = Назва
# machine-drafted
meetings-field-starts-at = Початок
# machine-drafted
meetings-field-ends-at = Кінець
# machine-drafted
meetings-field-deadline = Кінцевий термін реєстрації
# machine-drafted
meetings-deadline-hint = Порожнє поле: реєстрація до початку.
# machine-drafted
meetings-field-venue-name = Місце (назва)
# machine-drafted
meetings-field-venue-address = Адреса
# machine-drafted
meetings-field-position = Точка на мапі
# machine-drafted
meetings-position-hint = Широта й довгота в десяткових градусах, наприклад 48.8975 і 9.1920. Залиште порожнім, якщо мапа не потрібна.
# machine-drafted
meetings-field-lat = Широта
# machine-drafted
meetings-field-lon = Довгота
# machine-drafted
meetings-field-agenda = Програма
# machine-drafted
meetings-agenda-hint = Можна використовувати Markdown: абзаци, списки, **жирний**, посилання.
# machine-drafted
meetings-field-capacity = Максимум учасників
# machine-drafted
meetings-field-limit = Максимум людей від об'єднання
# machine-drafted
meetings-round-n = Раунд { $number }
# machine-drafted
meetings-table-n = Стіл { $number }
# machine-drafted
meetings-field-topic = Тема
# machine-drafted
meetings-field-minutes = Тривалість у хвилинах
# machine-drafted
meetings-rows-hint = Порожні рядки не зберігаються.
# machine-drafted
meetings-add-round = Додати раунд
# machine-drafted
meetings-field-table-name = Назва столу
# machine-drafted
meetings-field-table-capacity = Місця
# machine-drafted
meetings-field-moderator = Модератор столу
# machine-drafted
meetings-no-moderator = Ще ніхто
# machine-drafted
meetings-add-table = Додати стіл
# machine-drafted
meetings-save = Зберегти
# machine-drafted
meetings-cancel-hint = Якщо зустріч скасовано, усі зареєстровані отримують лист.
# machine-drafted
meetings-cancel-meeting = Скасувати зустріч
# machine-drafted
meetings-participants-counts = Зайнято { $confirmed } з { $capacity } місць, у списку очікування: { $waiting }.
# machine-drafted
meetings-participants-none = Ще ніхто не зареєструвався.
# machine-drafted
meetings-participants-added = Людину зареєстровано.
# machine-drafted
meetings-col-state = Стан
# machine-drafted
meetings-col-action = Дія
# machine-drafted
meetings-no-consent = Без згоди на списки
# machine-drafted
meetings-remove = Видалити
# machine-drafted
meetings-add-participant = Додати людину
# machine-drafted
meetings-add-participant-hint = Бюро з інтеграції може реєструвати понад ліміт об'єднання та після кінцевого терміну; якщо зустріч заповнена, людина потрапляє до списку очікування.
# machine-drafted
meetings-planning = Столи плануються
# machine-drafted
meetings-planning-running = Плануються столи для { $people } людей ({ $seconds } с). Сторінка оновлюється сама.
# machine-drafted
meetings-planning-refresh = Оновити сторінку
# machine-drafted
meetings-replan-from = Перепланувати з
# machine-drafted
meetings-replan = Перепланувати
# machine-drafted
meetings-plan-tables = Спланувати столи
# machine-drafted
meetings-explanation = Чого досягає план
# machine-drafted
meetings-unseated = Ще без місця (будь ласка, переплануйте):
# machine-drafted
meetings-round-held = відбувся
# machine-drafted
meetings-locked = закріплено
# machine-drafted
meetings-lock-table = Закріпити стіл
# machine-drafted
meetings-unlock-table = Відкріпити стіл
# machine-drafted
meetings-lock = Закріпити
# machine-drafted
meetings-unlock = Відкріпити
# machine-drafted
meetings-walk-in = прийшов без реєстрації
# machine-drafted
meetings-move-label = Стіл для { $name } у раунді { $round }
# machine-drafted
meetings-move = Пересадити
# machine-drafted
meetings-move-title = { $name }: змінити стіл або закріпити
# machine-drafted
meetings-no-plan = Плану столів ще немає. Коли реєстрації зібрано: «Спланувати столи».
# machine-drafted
meetings-arrived = Прийшло { $arrived } з { $expected }.
# machine-drafted
meetings-search-name = Шукати ім'я
# machine-drafted
meetings-search = Шукати
# machine-drafted
meetings-attendance-registered = очікується
# machine-drafted
meetings-attendance-checked_in = прийшов
# machine-drafted
meetings-attendance-no_show = не прийшов
# machine-drafted
meetings-check-in-button = Впустити
# machine-drafted
meetings-no-show-button = Не прийшов
# machine-drafted
meetings-undo-button = Скасувати
# machine-drafted
meetings-check-in-none = Нікого не знайдено.
# machine-drafted
meetings-walk-in-heading = Прийшли без реєстрації
# machine-drafted
meetings-walk-in-submit = Додати й впустити
# machine-drafted
meetings-record-results = Внести результати
# machine-drafted
meetings-results-none = Результатів ще не внесено.
# machine-drafted
meetings-ideas = Ідеї
# machine-drafted
meetings-visions = Бачення
# machine-drafted
meetings-contacts = Контакти між об'єднаннями
# machine-drafted
meetings-projects = Заплановані проєкти
# machine-drafted
meetings-next-step = Наступний крок
# machine-drafted
meetings-publish-heading = Оприлюднити
# machine-drafted
meetings-publish-label = Відкрити результати для об'єднань-учасників
# machine-drafted
meetings-summary-label = Публічний підсумок (необов'язково)
# machine-drafted
meetings-summary-hint = Можна використовувати Markdown. Його бачать усі, щойно результати відкрито.
# machine-drafted
meetings-publish-save = Зберегти
# machine-drafted
meetings-held-label = Зустріч відбулася (хто сидів разом, вважаються знайомими на наступній зустрічі)
# machine-drafted
meetings-held-save = Зберегти
# machine-drafted
meetings-result-hint = Будь ласка, внесіть принаймні одну ідею, бачення, контакт або проєкт.
# machine-drafted
meetings-one-a-line = По одному в рядку.
# machine-drafted
meetings-project-n = Проєкт { $number }
# machine-drafted
meetings-project-title = Назва
# machine-drafted
meetings-project-partners = Об'єднання-учасники
# machine-drafted
meetings-add-project = Додати проєкт

# machine-drafted
meeting-plan-none = Плану столів ще немає.
# machine-drafted
meeting-plan-conflict = План тим часом змінився (можливо, в іншому вікні). Будь ласка, перегляньте його ще раз.

# machine-drafted
error-meeting-not-found-title = Зустріч не знайдено
# machine-drafted
error-meeting-not-found-text = Такої зустрічі мережі немає (більше немає).
# machine-drafted
error-meeting-conflict-title = Не вдалося
# machine-drafted
error-meeting-conflict-text = Зустріч тим часом змінилася. Будь ласка, оновіть сторінку й спробуйте ще раз.

# machine-drafted
mail-meeting-confirmed-subject = Реєстрацію підтверджено: { $meeting }
# machine-drafted
mail-meeting-confirmed-body =
    Добрий день,

    Вашу реєстрацію на «{ $meeting }» підтверджено.

    Коли: { $when }
    Де: { $venue }

    Запис для календаря — у вкладенні. Усе про зустріч: { $link }
# machine-drafted
mail-meeting-waitlisted-subject = Список очікування: { $meeting }
# machine-drafted
mail-meeting-waitlisted-body =
    Добрий день,

    «{ $meeting }» ({ $when }, { $venue }) наразі заповнена. Ви в списку очікування й отримаєте лист, щойно для Вас звільниться місце.

    { $link }
# machine-drafted
mail-meeting-promoted-subject = Звільнилося місце: { $meeting }
# machine-drafted
mail-meeting-promoted-body =
    Добрий день,

    на «{ $meeting }» звільнилося місце: Вашу реєстрацію тепер підтверджено.

    Коли: { $when }
    Де: { $venue }

    Запис для календаря — у вкладенні. Усе про зустріч: { $link }
# machine-drafted
mail-meeting-cancelled-subject = Скасовано: { $meeting }
# machine-drafted
mail-meeting-cancelled-body =
    Добрий день,

    на жаль, бюро з інтеграції скасувало «{ $meeting }» { $when } ({ $venue }). Будь ласка, видаліть подію зі свого календаря.

    { $link }
# machine-drafted
mail-meeting-registration-cancelled-subject = Реєстрацію скасовано: { $meeting }
# machine-drafted
mail-meeting-registration-cancelled-body =
    Добрий день,

    Вашу реєстрацію на «{ $meeting }» { $when } ({ $venue }) скасовано.

    { $link }
