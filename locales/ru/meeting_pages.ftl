# Machine-drafted translation (Russian), awaiting review by a native speaker.
# Встречи сети: страницы, формы и письма.

nav-meetings = Встречи сети
meetings-title = Встречи сети
meetings-intro = На встречах сети объединения знакомятся друг с другом: за столами, в несколько раундов, каждый раз с новыми собеседниками.
meetings-new = Новая встреча сети
meetings-edit = Изменить встречу
meetings-upcoming = Предстоящие встречи
meetings-past = Прошедшие встречи
meetings-none-upcoming = Сейчас встреч не запланировано.
meetings-none-past = Прошедших встреч пока нет.
meetings-free-places = { $count ->
    [0] Свободных мест нет
    [one] Осталось { $count } свободное место
    [few] Осталось { $count } свободных места
   *[other] Осталось { $count } свободных мест
}
meetings-capacity = всего мест: { $count }
meetings-waitlisted-count = в листе ожидания: { $count }
meetings-summary-link = Итоги
meetings-when = Когда
meetings-status = Статус
meetings-places = Места
meetings-deadline = Срок регистрации
meetings-calendar = Добавить в календарь (.ics)
meetings-results = Результаты
meetings-office-nav = Управление встречей
meetings-participants = Участники
meetings-plan = План столов
meetings-check-in = Регистрация на входе
meetings-venue = Место
meetings-agenda = Программа
meetings-rounds = Раунды
meetings-tables = Столы
meetings-minutes = { $count } мин
meetings-tables-count = Количество столов: { $count }.
meetings-register-heading = Регистрация
meetings-register = Зарегистрировать людей
meetings-register-how = Представители объединений регистрируют здесь людей своего объединения после входа в систему.
meetings-register-members-only = Регистрировать могут представители объединений сети. Обратитесь в бюро по интеграции, если ваша учётная запись ещё не связана с объединением.
meetings-register-closed = Регистрация закрыта.
meetings-own-registrations = Зарегистрированы вашим объединением
meetings-state-confirmed = Подтверждено
meetings-state-waitlisted = Лист ожидания
meetings-state-cancelled = Отменено
meetings-cancel-registration = Отменить регистрацию
meetings-done-registered = Регистрация подтверждена. Письмо с записью для календаря уже в пути.
meetings-done-waitlisted = Встреча заполнена: человек в листе ожидания и получит письмо, как только освободится место.
meetings-done-cancelled = Регистрация отменена.
meetings-done-saved = Сохранено.
meetings-register-intro = Пожалуйста, регистрируйте каждого человека отдельно. Он получит подтверждение по электронной почте на своём языке.
meetings-field-association = Объединение
meetings-field-name = Имя
meetings-field-email = Адрес электронной почты
meetings-field-languages = Языки
meetings-languages-hint = Первый язык интерфейса, которым владеет человек, — язык его писем.
meetings-field-accessibility = Потребности доступности (напр. инвалидная коляска, язык жестов)
meetings-field-consent = Человек согласен, что его имя и объединение будут указаны в списках столов, на бейджах и в личных материалах.
meetings-register-submit = Зарегистрировать
meetings-field-title = Название
meetings-field-starts-at = Начало
meetings-field-ends-at = Конец
meetings-field-deadline = Срок регистрации
meetings-deadline-hint = Пустое поле: регистрация до начала.
meetings-field-venue-name = Место (название)
meetings-field-venue-address = Адрес
meetings-field-position = Точка на карте
meetings-position-hint = Широта и долгота в десятичных градусах, например 48.8975 и 9.1920. Оставьте пустым, если карта не нужна.
meetings-field-lat = Широта
meetings-field-lon = Долгота
meetings-field-agenda = Программа
meetings-agenda-hint = Можно использовать Markdown: абзацы, списки, **жирный**, ссылки.
meetings-field-capacity = Максимум участников
meetings-field-limit = Максимум человек от объединения
meetings-round-n = Раунд { $number }
meetings-table-n = Стол { $number }
meetings-field-topic = Тема
meetings-field-minutes = Длительность в минутах
meetings-rows-hint = Пустые строки не сохраняются.
meetings-add-round = Добавить раунд
meetings-field-table-name = Название стола
meetings-field-table-capacity = Места
meetings-field-moderator = Модератор стола
meetings-no-moderator = Пока никто
meetings-add-table = Добавить стол
meetings-save = Сохранить
meetings-cancel-hint = При отмене встречи все зарегистрированные получат письмо.
meetings-cancel-meeting = Отменить встречу
meetings-participants-counts = Занято { $confirmed } из { $capacity } мест, в листе ожидания: { $waiting }.
meetings-participants-none = Пока никто не зарегистрирован.
meetings-participants-added = Человек зарегистрирован.
meetings-col-state = Статус
meetings-col-action = Действие
meetings-no-consent = Без согласия на списки
meetings-remove = Удалить
meetings-add-participant = Добавить человека
meetings-add-participant-hint = Бюро по интеграции может регистрировать сверх лимита объединения и после срока; если встреча заполнена, человек попадает в лист ожидания.
meetings-planning = Столы планируются
meetings-planning-running = Планируются столы для { $people } человек ({ $seconds } с). Страница обновляется сама.
meetings-planning-refresh = Обновить страницу
meetings-replan-from = Перепланировать с
meetings-replan = Перепланировать
meetings-plan-tables = Спланировать столы
meetings-explanation = Чего достигает план
meetings-unseated = Ещё без места (пожалуйста, перепланируйте):
meetings-round-held = состоялся
meetings-locked = закреплено
meetings-lock-table = Закрепить стол
meetings-unlock-table = Открепить стол
meetings-lock = Закрепить
meetings-unlock = Открепить
meetings-walk-in = пришёл без регистрации
meetings-move-label = Стол для { $name } в раунде { $round }
meetings-move = Пересадить
meetings-no-plan = Плана столов пока нет. Когда регистрации собраны: «Спланировать столы».
meetings-arrived = Пришли { $arrived } из { $expected }.
meetings-search-name = Найти имя
meetings-search = Искать
meetings-attendance-registered = ожидается
meetings-attendance-checked_in = пришёл
meetings-attendance-no_show = не пришёл
meetings-check-in-button = Впустить
meetings-no-show-button = Не пришёл
meetings-undo-button = Отменить
meetings-check-in-none = Никого не найдено.
meetings-walk-in-heading = Пришедшие без регистрации
meetings-walk-in-submit = Добавить и впустить
meetings-record-results = Внести результаты
meetings-results-none = Результаты ещё не внесены.
meetings-ideas = Идеи
meetings-visions = Видения
meetings-contacts = Контакты между объединениями
meetings-projects = Запланированные проекты
meetings-next-step = Следующий шаг
meetings-publish-heading = Опубликовать
meetings-publish-label = Открыть результаты для объединений-участников
meetings-summary-label = Публичные итоги (по желанию)
meetings-summary-hint = Можно использовать Markdown. Видны всем, как только результаты открыты.
meetings-publish-save = Сохранить
meetings-held-label = Встреча состоялась (кто сидел вместе, считаются знакомыми на следующей встрече)
meetings-held-save = Сохранить
meetings-result-hint = Пожалуйста, внесите хотя бы одну идею, видение, контакт или проект.
meetings-one-a-line = По одному в строке.
meetings-project-n = Проект { $number }
meetings-project-title = Название
meetings-project-partners = Участвующие объединения
meetings-add-project = Добавить проект

meeting-plan-none = Плана столов пока нет.
meeting-plan-conflict = План тем временем изменился (возможно, в другом окне). Пожалуйста, посмотрите его ещё раз.

error-meeting-not-found-title = Встреча не найдена
error-meeting-not-found-text = Такой встречи сети нет (больше нет).
error-meeting-conflict-title = Не получилось
error-meeting-conflict-text = Встреча тем временем изменилась. Пожалуйста, обновите страницу и попробуйте ещё раз.

mail-meeting-confirmed-subject = Регистрация подтверждена: { $meeting }
mail-meeting-confirmed-body =
    Здравствуйте,

    ваша регистрация на «{ $meeting }» подтверждена.

    Когда: { $when }
    Где: { $venue }

    Запись для календаря во вложении. Всё о встрече: { $link }
mail-meeting-waitlisted-subject = Лист ожидания: { $meeting }
mail-meeting-waitlisted-body =
    Здравствуйте,

    «{ $meeting }» ({ $when }, { $venue }) сейчас заполнена. Вы в листе ожидания и получите письмо, как только для вас освободится место.

    { $link }
mail-meeting-promoted-subject = Освободилось место: { $meeting }
mail-meeting-promoted-body =
    Здравствуйте,

    на «{ $meeting }» освободилось место: ваша регистрация теперь подтверждена.

    Когда: { $when }
    Где: { $venue }

    Запись для календаря во вложении. Всё о встрече: { $link }
mail-meeting-cancelled-subject = Отменено: { $meeting }
mail-meeting-cancelled-body =
    Здравствуйте,

    к сожалению, бюро по интеграции отменило «{ $meeting }» { $when } ({ $venue }). Пожалуйста, удалите событие из своего календаря.

    { $link }
mail-meeting-registration-cancelled-subject = Регистрация отменена: { $meeting }
mail-meeting-registration-cancelled-body =
    Здравствуйте,

    ваша регистрация на «{ $meeting }» { $when } ({ $venue }) отменена.

    { $link }
