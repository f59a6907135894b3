# Machine-drafted translation (Russian), awaiting review by a native speaker.
# Встречи сети: страницы, формы и письма.

# machine-drafted
nav-meetings = Встречи сети
# machine-drafted
meetings-title = Встречи сети
# machine-drafted
meetings-intro = На встречах сети объединения знакомятся друг с другом: за столами, в несколько раундов, каждый раз с новыми собеседниками.
# machine-drafted
meetings-new = Новая встреча сети
# machine-drafted
meetings-edit = Изменить встречу
# machine-drafted
meetings-upcoming = Предстоящие встречи
# machine-drafted
meetings-past = Прошедшие встречи
# machine-drafted
meetings-none-upcoming = Сейчас встреч не запланировано.
# machine-drafted
meetings-none-past = Прошедших встреч пока нет.
# machine-drafted
meetings-free-places = { $count ->
    [0] Свободных мест нет
    [one] Осталось { $count } свободное место
    [few] Осталось { $count } свободных места
   *[other] Осталось { $count } свободных мест
}
# machine-drafted
meetings-capacity = всего мест: { $count }
# machine-drafted
meetings-waitlisted-count = в листе ожидания: { $count }
# machine-drafted
meetings-summary-link = Итоги
# machine-drafted
meetings-when = Когда
# machine-drafted
meetings-status = Статус
# machine-drafted
meetings-places = Места
# machine-drafted
meetings-deadline = Срок регистрации
# machine-drafted
meetings-calendar = Добавить в календарь (.ics)
# machine-drafted
meetings-results = Результаты
# machine-drafted
meetings-office-nav = Управление встречей
# machine-drafted
meetings-participants = Участники
# machine-drafted
meetings-plan = План столов
# machine-drafted
meetings-check-in = Регистрация на входе
# machine-drafted
meetings-venue = Место
# machine-drafted
meetings-agenda = Программа
# machine-drafted
meetings-rounds = Раунды
# machine-drafted
meetings-tables = Столы
# machine-drafted
meetings-minutes = { $count } мин
# machine-drafted
meetings-tables-count = Количество столов: { $count }.
# machine-drafted
meetings-register-heading = Регистрация
# machine-drafted
meetings-register = Зарегистрировать людей
# machine-drafted
meetings-register-how = Представители объединений регистрируют здесь людей своего объединения после входа в систему.
# machine-drafted
meetings-register-members-only = Регистрировать могут представители объединений сети. Обратитесь в бюро по интеграции, если Ваша учётная запись ещё не связана с объединением.
# machine-drafted
meetings-register-closed = Регистрация закрыта.
# machine-drafted
meetings-own-registrations = Зарегистрированы Вашим объединением
# machine-drafted
meetings-state-confirmed = Подтверждено
# machine-drafted
meetings-state-waitlisted = Лист ожидания
# machine-drafted
meetings-state-cancelled = Отменено
# machine-drafted
meetings-cancel-registration = Отменить регистрацию
# machine-drafted
meetings-done-registered = Регистрация подтверждена. Письмо с записью для календаря уже в пути.
# machine-drafted
meetings-done-waitlisted = Встреча заполнена: человек в листе ожидания и получит письмо, как только освободится место.
# machine-drafted
meetings-done-cancelled = Регистрация отменена.
# machine-drafted
meetings-done-saved = Сохранено.
# machine-drafted
meetings-register-intro = Пожалуйста, регистрируйте каждого человека отдельно. Он получит подтверждение по электронной почте на своём языке.
# machine-drafted
meetings-field-association = Объединение
# machine-drafted
meetings-field-name = Имя
# machine-drafted
meetings-field-email = Адрес электронной почты
# machine-drafted
meetings-field-languages = Языки
# machine-drafted
meetings-languages-hint = Первый язык интерфейса, которым владеет человек, — язык его писем.
# machine-drafted
meetings-field-accessibility = Потребности доступности (напр. инвалидная коляска, язык жестов)
# machine-drafted
meetings-field-consent = Человек согласен, что его имя и объединение будут указаны в списках столов, на бейджах и в личных материалах.
# machine-drafted
meetings-register-submit = Зарегистрировать
# machine-drafted
meetings-field-title = Название
# machine-drafted
meetings-field-starts-at = Начало
# machine-drafted
meetings-field-ends-at = Конец
# machine-drafted
meetings-field-deadline = Срок регистрации
# machine-drafted
meetings-deadline-hint = Пустое поле: регистрация до начала.
# machine-drafted
meetings-field-venue-name = Место (название)
# machine-drafted
meetings-field-venue-address = Адрес
# machine-drafted
meetings-field-position = Точка на карте
# machine-drafted
meetings-position-hint = Широта и долгота в десятичных градусах, например 48.8975 и 9.1920. Оставьте пустым, если карта не нужна.
# machine-drafted
meetings-field-lat = Широта
# machine-drafted
meetings-field-lon = Долгота
# machine-drafted
meetings-field-agenda = Программа
# machine-drafted
meetings-agenda-hint = Можно использовать Markdown: абзацы, списки, **жирный**, ссылки.
# machine-drafted
meetings-field-capacity = Максимум участников
# machine-drafted
meetings-field-limit = Максимум человек от объединения
# machine-drafted
meetings-round-n = Раунд { $number }
# machine-drafted
meetings-table-n = Стол { $number }
# machine-drafted
meetings-field-topic = Тема
# machine-drafted
meetings-field-minutes = Длительность в минутах
# machine-drafted
meetings-rows-hint = Пустые строки не сохраняются.
# machine-drafted
meetings-add-round = Добавить раунд
# machine-drafted
meetings-field-table-name = Название стола
# machine-drafted
meetings-field-table-capacity = Места
# machine-drafted
meetings-field-moderator = Модератор стола
# machine-drafted
meetings-no-moderator = Пока никто
# machine-drafted
meetings-add-table = Добавить стол
# machine-drafted
meetings-save = Сохранить
# machine-drafted
meetings-cancel-hint = При отмене встречи все зарегистрированные получат письмо.
# machine-drafted
meetings-cancel-meeting = Отменить встречу
# machine-drafted
meetings-participants-counts = Занято { $confirmed } из { $capacity } мест, в листе ожидания: { $waiting }.
# machine-drafted
meetings-participants-none = Пока никто не зарегистрирован.
# machine-drafted
meetings-participants-added = Человек зарегистрирован.
# machine-drafted
meetings-col-state = Статус
# machine-drafted
meetings-col-action = Действие
# machine-drafted
meetings-no-consent = Без согласия на списки
# machine-drafted
meetings-remove = Удалить
# machine-drafted
meetings-add-participant = Добавить человека
# machine-drafted
meetings-add-participant-hint = Бюро по интеграции может регистрировать сверх лимита объединения и после срока; если встреча заполнена, человек попадает в лист ожидания.
# machine-drafted
meetings-planning = Столы планируются
# machine-drafted
meetings-planning-running = Планируются столы для { $people } человек ({ $seconds } с). Страница обновляется сама.
# machine-drafted
meetings-planning-refresh = Обновить страницу
# machine-drafted
meetings-replan-from = Перепланировать с
# machine-drafted
meetings-replan = Перепланировать
# machine-drafted
meetings-plan-tables = Спланировать столы
# machine-drafted
meetings-explanation = Чего достигает план
# machine-drafted
meetings-unseated = Ещё без места (пожалуйста, перепланируйте):
# machine-drafted
meetings-round-held = состоялся
# machine-drafted
meetings-locked = закреплено
# machine-drafted
meetings-lock-table = Закрепить стол
# machine-drafted
meetings-unlock-table = Открепить стол
# machine-drafted
meetings-lock = Закрепить
# machine-drafted
meetings-unlock = Открепить
# machine-drafted
meetings-walk-in = пришёл без регистрации
# machine-drafted
meetings-move-label = Стол для { $name } в раунде { $round }
# machine-drafted
meetings-move = Пересадить
# machine-drafted
meetings-move-title = { $name }: сменить стол или закрепить
# machine-drafted
meetings-no-plan = Плана столов пока нет. Когда регистрации собраны: «Спланировать столы».
# machine-drafted
meetings-arrived = Пришли { $arrived } из { $expected }.
# machine-drafted
meetings-search-name = Найти имя
# machine-drafted
meetings-search = Искать
# machine-drafted
meetings-attendance-registered = ожидается
# machine-drafted
meetings-attendance-checked_in = пришёл
# machine-drafted
meetings-attendance-no_show = не пришёл
# machine-drafted
meetings-check-in-button = Впустить
# machine-drafted
meetings-no-show-button = Не пришёл
# machine-drafted
meetings-undo-button = Отменить
# machine-drafted
meetings-check-in-none = Никого не найдено.
# machine-drafted
meetings-walk-in-heading = Пришедшие без регистрации
# machine-drafted
meetings-walk-in-submit = Добавить и впустить
# machine-drafted
meetings-record-results = Внести результаты
# machine-drafted
meetings-results-none = Результаты ещё не внесены.
# machine-drafted
meetings-ideas = Идеи
# machine-drafted
meetings-visions = Видения
# machine-drafted
meetings-contacts = Контакты между объединениями
# machine-drafted
meetings-projects = Запланированные проекты
# machine-drafted
meetings-next-step = Следующий шаг
# machine-drafted
meetings-publish-heading = Опубликовать
# machine-drafted
meetings-publish-label = Открыть результаты для объединений-участников
# machine-drafted
meetings-summary-label = Публичные итоги (по желанию)
# machine-drafted
meetings-summary-hint = Можно использовать Markdown. Видны всем, как только результаты открыты.
# machine-drafted
meetings-publish-save = Сохранить
# machine-drafted
meetings-held-label = Встреча состоялась (кто сидел вместе, считаются знакомыми на следующей встрече)
# machine-drafted
meetings-held-save = Сохранить
# machine-drafted
meetings-result-hint = Пожалуйста, внесите хотя бы одну идею, видение, контакт или проект.
# machine-drafted
meetings-one-a-line = По одному в строке.
# machine-drafted
meetings-project-n = Проект { $number }
# machine-drafted
meetings-project-title = Название
# machine-drafted
meetings-project-partners = Участвующие объединения
# machine-drafted
meetings-add-project = Добавить проект

# machine-drafted
meeting-plan-none = Плана столов пока нет.
# machine-drafted
meeting-plan-conflict = План тем временем изменился (возможно, в другом окне). Пожалуйста, посмотрите его ещё раз.

# machine-drafted
error-meeting-not-found-title = Встреча не найдена
# machine-drafted
error-meeting-not-found-text = Такой встречи сети нет (больше нет).
# machine-drafted
error-meeting-conflict-title = Не получилось
# machine-drafted
error-meeting-conflict-text = Встреча тем временем изменилась. Пожалуйста, обновите страницу и попробуйте ещё раз.

# machine-drafted
mail-meeting-confirmed-subject = Регистрация подтверждена: { $meeting }
# machine-drafted
mail-meeting-confirmed-body =
    Здравствуйте,

    Ваша регистрация на «{ $meeting }» подтверждена.

    Когда: { $when }
    Где: { $venue }

    Запись для календаря во вложении. Всё о встрече: { $link }
# machine-drafted
mail-meeting-waitlisted-subject = Лист ожидания: { $meeting }
# machine-drafted
mail-meeting-waitlisted-body =
    Здравствуйте,

    «{ $meeting }» ({ $when }, { $venue }) сейчас заполнена. Вы в листе ожидания и получите письмо, как только для Вас освободится место.

    { $link }
# machine-drafted
mail-meeting-promoted-subject = Освободилось место: { $meeting }
# machine-drafted
mail-meeting-promoted-body =
    Здравствуйте,

    на «{ $meeting }» освободилось место: Ваша регистрация теперь подтверждена.

    Когда: { $when }
    Где: { $venue }

    Запись для календаря во вложении. Всё о встрече: { $link }
# machine-drafted
mail-meeting-cancelled-subject = Отменено: { $meeting }
# machine-drafted
mail-meeting-cancelled-body =
    Здравствуйте,

    к сожалению, бюро по интеграции отменило «{ $meeting }» { $when } ({ $venue }). Пожалуйста, удалите событие из своего календаря.

    { $link }
# machine-drafted
mail-meeting-registration-cancelled-subject = Регистрация отменена: { $meeting }
# machine-drafted
mail-meeting-registration-cancelled-body =
    Здравствуйте,

    Ваша регистрация на «{ $meeting }» { $when } ({ $venue }) отменена.

    { $link }
