# Machine-drafted translation (Russian), awaiting review by a native speaker.

# Отчёты бюро по вопросам интеграции: обзор и отчёт о финансировании.

# machine-drafted
report-dashboard = Отчёты
# machine-drafted
report-intro = Показатели сети за период. У каждого показателя есть пояснение, у каждой диаграммы — её числа в виде таблицы. Отчёт о финансировании содержит те же показатели в формате PDF или CSV.
# machine-drafted
report-from = С
# machine-drafted
report-to = По
# machine-drafted
report-period-hint = Даты в формате ГГГГ-ММ-ДД, например 2020-01-01. Оба дня включаются; не более десяти лет.
# machine-drafted
report-show = Показать
# machine-drafted
report-download-pdf = Отчёт о финансировании (PDF)
# machine-drafted
report-download-csv = Отчёт о финансировании (CSV)
# machine-drafted
report-definition = Как это считается
# machine-drafted
report-as-table = Числа в виде таблицы
# machine-drafted
report-title = Отчёт сети о финансировании
# machine-drafted
report-period-words = Период с { $from } по { $to }
# machine-drafted
report-made = Создано { $date } в Knotenpunkt
# machine-drafted
report-contents = Содержание
# machine-drafted
report-page = Страница
# machine-drafted
report-figure = Показатель
# machine-drafted
report-value = Значение
# machine-drafted
report-count = Количество
# machine-drafted
report-no-data = нет данных
# machine-drafted
report-of-which = { $count } (из них { $part } привели к знакомству)
# machine-drafted
report-share = { $percent } % ({ $part } из { $total })
# machine-drafted
report-percent = { $percent } %
# machine-drafted
report-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}
# machine-drafted
report-hours = { $count ->
    [one] { $count } час
    [few] { $count } часа
    [many] { $count } часов
   *[other] { $count } часа
}
# machine-drafted
report-no-district = без района
# machine-drafted
report-mso-yes = Самоорганизация мигрантов
# machine-drafted
report-mso-no = Другая организация
# machine-drafted
report-origin-meeting = Из встречи сети
# machine-drafted
report-origin-introduction = Из запроса на контакт
# machine-drafted
report-origin-office = Внесён бюро по вопросам интеграции
# machine-drafted
report-narrative = Отчёт бюро по вопросам интеграции
# machine-drafted
report-narrative-label = Ваш текст для отчёта о финансировании
# machine-drafted
report-narrative-hint = Чего сеть достигла за этот период, Вашими словами. Пустые строки разделяют абзацы. Текст относится именно к этому периоду.
# machine-drafted
report-narrative-save = Сохранить текст
# machine-drafted
report-narrative-saved = Текст сохранён и появляется в отчёте о финансировании.
# machine-drafted
form-error-report-date-invalid = Пожалуйста, укажите правильную дату, например 2020-01-01.
# machine-drafted
form-error-report-period-order = Конечная дата раньше начальной. Пожалуйста, выберите более позднюю конечную дату.
# machine-drafted
form-error-report-period-too-long = Период длиннее десяти лет. Пожалуйста, выберите более короткий.
# machine-drafted
form-error-report-narrative-too-long = Текст слишком длинный. Пожалуйста, сократите его не более чем до 20 000 символов.
# machine-drafted
report-section-associations = Объединения и другие структуры
# machine-drafted
report-section-marketplace = Предложения и потребности
# machine-drafted
report-section-meetings = Встречи сети
# machine-drafted
report-section-projects = Проекты сотрудничества
# machine-drafted
report-section-inbox = Обращения в бюро по вопросам интеграции
# machine-drafted
report-section-meeting-list = Встречи по отдельности
# machine-drafted
report-section-project-list = Проекты по отдельности
# machine-drafted
report-fig-active = Активные записи
# machine-drafted
report-def-active = Опубликованные и не архивированные записи в каталоге на сегодня; то же число открытый программный интерфейс называет «total». Разбивки ниже считают те же записи.
# machine-drafted
report-fig-confirmed = Подтверждены за последние 12 месяцев
# machine-drafted
report-def-confirmed = Доля активных записей, подтверждённых за последние 365 дней: опубликованным изменением или ежегодной проверкой «Ещё действует?».
# machine-drafted
report-fig-mso = Самоорганизации мигрантов
# machine-drafted
report-def-mso = Доля активных записей, которые сами называют себя самоорганизацией мигрантов.
# machine-drafted
report-fig-offers = Размещённые предложения
# machine-drafted
report-def-offers = Предложения, размещённые за период, как ещё открытые, так и уже закрытые.
# machine-drafted
report-fig-offers-open = из них ещё открыты
# machine-drafted
report-def-offers-open = Предложения за период, которые их объединение ещё не закрыло.
# machine-drafted
report-fig-offers-matched = Предложения, приведшие к знакомству
# machine-drafted
report-def-offers-matched = Доля предложений за период хотя бы с одним согласованным запросом на контакт (согласовано или завершено).
# machine-drafted
report-fig-needs = Размещённые потребности
# machine-drafted
report-def-needs = Потребности, размещённые за период, как ещё открытые, так и уже закрытые.
# machine-drafted
report-fig-needs-open = из них ещё открыты
# machine-drafted
report-def-needs-open = Потребности за период, которые их объединение ещё не закрыло.
# machine-drafted
report-fig-needs-matched = Потребности, приведшие к знакомству
# machine-drafted
report-def-needs-matched = Доля потребностей за период хотя бы с одним согласованным запросом на контакт (согласовано или завершено).
# machine-drafted
report-fig-days-to-match = Дней до первого знакомства (медиана)
# machine-drafted
report-def-days-to-match = Для каждой потребности за период, приведшей к знакомству, — дни от размещения до первого согласованного запроса на контакт (учитывается последнее изменение состояния этого запроса); из этих значений берётся медиана.
# machine-drafted
report-fig-held = Проведённые встречи
# machine-drafted
report-def-held = Встречи сети за период, которые бюро отметило как проведённые; отменённые не учитываются.
# machine-drafted
report-fig-registrations = Регистрации
# machine-drafted
report-def-registrations = Подтверждённые регистрации на эти встречи, включая пришедших без регистрации; лист ожидания и отменённые регистрации не учитываются.
# machine-drafted
report-fig-attended = Присутствовали
# machine-drafted
report-def-attended = Зарегистрированные, отмеченные на входе как «пришёл», — то же число, что и «Пришли … из …» на странице регистрации на входе для этой встречи.
# machine-drafted
report-fig-attendance-rate = Доля присутствовавших
# machine-drafted
report-def-attendance-rate = Число присутствовавших, делённое на число регистраций.
# machine-drafted
report-fig-associations-reached = Охваченные объединения
# machine-drafted
report-def-associations-reached = Разные объединения, от которых хотя бы один человек присутствовал на встрече этого периода.
# machine-drafted
report-fig-new-pairs-per-meeting = Новые пары объединений на встречу
# machine-drafted
report-def-new-pairs-per-meeting = Пары разных объединений, сидевших за одним столом в проведённом раунде и не встречавшихся ни на одной прежней встрече; среднее по встречам периода.
# machine-drafted
report-fig-begun = Начатые проекты
# machine-drafted
report-def-begun = Проекты сотрудничества, внесённые за период.
# machine-drafted
report-fig-under-way-or-done = из них идут или завершены
# machine-drafted
report-def-under-way-or-done = Проекты за период, которые сегодня идут или завершены.
# machine-drafted
report-fig-cases = Поступившие обращения
# machine-drafted
report-def-cases = Идеи, проблемы, вопросы и просьбы о поддержке, поступившие за период; слитые дубликаты считаются один раз.
# machine-drafted
report-fig-answered = С ответом
# machine-drafted
report-def-answered = Доля обращений за период хотя бы с одним ответом бюро.
# machine-drafted
report-fig-hours-to-answer = Время до первого ответа (медиана)
# machine-drafted
report-def-hours-to-answer = Часы от поступления до первого ответа бюро; медиана по обращениям с ответом.
# machine-drafted
report-fig-days-to-close = Время до закрытия (медиана)
# machine-drafted
report-def-days-to-close = Дни от поступления до закрытия; медиана по закрытым обращениям.
# machine-drafted
report-chart-growth = Рост каталога
# machine-drafted
report-chart-def-growth = Активные записи на конец каждого месяца, по дню их первой публикации (по версиям; импортированные записи — со дня импорта). Архивированные записи не учитываются.
# machine-drafted
report-chart-label-growth = Месяц
# machine-drafted
report-chart-legal-form = Записи по типу
# machine-drafted
report-chart-def-legal-form = Активные записи по их правовой форме.
# machine-drafted
report-chart-label-legal-form = Тип
# machine-drafted
report-chart-field = Записи по сферам деятельности
# machine-drafted
report-chart-def-field = Активные записи по сферам деятельности; запись с несколькими сферами учитывается в каждой.
# machine-drafted
report-chart-label-field = Сфера деятельности
# machine-drafted
report-chart-language = Записи по языкам
# machine-drafted
report-chart-def-language = Активные записи по каждому языку, на котором они работают; запись с несколькими языками учитывается в каждом.
# machine-drafted
report-chart-label-language = Язык
# machine-drafted
report-chart-district = Записи по районам
# machine-drafted
report-chart-def-district = Активные записи по их району.
# machine-drafted
report-chart-label-district = Район
# machine-drafted
report-chart-mso = Самоорганизации мигрантов
# machine-drafted
report-chart-def-mso = Активные записи, которые называют себя самоорганизацией мигрантов, и остальные.
# machine-drafted
report-chart-label-mso = Организация
# machine-drafted
report-chart-offers-by-field = Предложения по сферам деятельности
# machine-drafted
report-chart-def-offers-by-field = Предложения за период по сферам деятельности, в скобках — сколько из них привели к знакомству.
# machine-drafted
report-chart-label-offers-by-field = Сфера деятельности
# machine-drafted
report-chart-needs-by-field = Потребности по сферам деятельности
# machine-drafted
report-chart-def-needs-by-field = Потребности за период по сферам деятельности, в скобках — сколько из них привели к знакомству.
# machine-drafted
report-chart-label-needs-by-field = Сфера деятельности
# machine-drafted
report-chart-attended-by-meeting = Присутствие на каждой встрече
# machine-drafted
report-chart-def-attended-by-meeting = Люди, отмеченные на входе как «пришёл», по каждой встрече.
# machine-drafted
report-chart-label-attended-by-meeting = Встреча
# machine-drafted
report-chart-new-pairs-by-meeting = Новые пары объединений на каждой встрече
# machine-drafted
report-chart-def-new-pairs-by-meeting = Пары разных объединений, впервые встретившихся за столом на этой встрече.
# machine-drafted
report-chart-label-new-pairs-by-meeting = Встреча
# machine-drafted
report-chart-project-status = Проекты по состоянию
# machine-drafted
report-chart-def-project-status = Проекты за период по их сегодняшнему состоянию.
# machine-drafted
report-chart-label-project-status = Состояние
# machine-drafted
report-chart-project-origin = Проекты по происхождению
# machine-drafted
report-chart-def-project-origin = Откуда возникли проекты этого периода.
# machine-drafted
report-chart-label-project-origin = Происхождение
# machine-drafted
report-chart-case-kind = Обращения по виду
# machine-drafted
report-chart-def-case-kind = Обращения за период по их виду.
# machine-drafted
report-chart-label-case-kind = Вид
# machine-drafted
report-chart-case-status = Обращения по состоянию
# machine-drafted
report-chart-def-case-status = Обращения за период по их сегодняшнему состоянию.
# machine-drafted
report-chart-label-case-status = Состояние
# machine-drafted
report-col-date = Дата
# machine-drafted
report-col-meeting = Встреча
# machine-drafted
report-col-registrations = Регистрации
# machine-drafted
report-col-attended = Присутствовали
# machine-drafted
report-col-rate = Доля
# machine-drafted
report-col-associations = Объединения
# machine-drafted
report-col-new-pairs = Новые пары
# machine-drafted
report-col-project = Проект
# machine-drafted
report-col-partners = Партнёры
# machine-drafted
report-col-status = Состояние
# machine-drafted
report-col-origin = Происхождение
# machine-drafted
report-col-begun = Внесён
# machine-drafted
report-no-meetings = За период не проведено ни одной встречи.
# machine-drafted
report-no-projects = За период не внесено ни одного проекта.
# machine-drafted
report-project-anonymised = Непубличный проект
# machine-drafted
report-projects-anonymised-note = Непубличные проекты (ещё не подтверждённые или скрытые партнёрами) приведены в списке без названия и партнёров.

# The surveys of the period (issue 17).
# machine-drafted
report-section-surveys = Опросы объединений
# machine-drafted
report-fig-surveys = Опросы
# machine-drafted
report-def-surveys = Опросы, которые были открыты в этот период или на которые отвечали в нём.
# machine-drafted
report-fig-survey-invited = Приглашённые объединения
# machine-drafted
report-def-survey-invited = Объединения, приглашённые к этим опросам до конца периода; каждое объединение считается один раз на опрос.
# machine-drafted
report-fig-survey-responses = Ответы
# machine-drafted
report-def-survey-responses = Ответы на эти опросы, отправленные в этот период; начатые, но не отправленные ответы не считаются.
# machine-drafted
report-fig-response-rate = Доля ответов
# machine-drafted
report-def-response-rate = Ответы, делённые на приглашённые объединения, по всем опросам периода.
# machine-drafted
report-chart-response-rate-by-survey = Доля ответов по опросам
# machine-drafted
report-chart-def-response-rate-by-survey = Для каждого опроса периода: ответы, отправленные в этот период, делённые на приглашённые объединения.
# machine-drafted
report-chart-label-response-rate-by-survey = Опрос
# machine-drafted
report-survey-list = Опросы по отдельности
# machine-drafted
report-col-survey = Опрос
# machine-drafted
report-col-invited = Приглашено
# machine-drafted
report-col-responses = Ответы
