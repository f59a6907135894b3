# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.

# Звіти бюро з питань інтеграції: огляд і звіт про фінансування.

# machine-drafted
report-dashboard = Звіти
# machine-drafted
report-intro = Показники мережі за період. Кожен показник має своє пояснення, кожна діаграма — свої числа у вигляді таблиці. Звіт про фінансування містить ті самі показники у форматі PDF або CSV.
# machine-drafted
report-from = Від
# machine-drafted
report-to = До
# machine-drafted
report-period-hint = Дати у форматі РРРР-ММ-ДД, наприклад 2020-01-01. Обидва дні враховуються; щонайбільше десять років.
# machine-drafted
report-show = Показати
# machine-drafted
report-download-pdf = Звіт про фінансування (PDF)
# machine-drafted
report-download-csv = Звіт про фінансування (CSV)
# machine-drafted
report-definition = Як це рахується
# machine-drafted
report-as-table = Числа у вигляді таблиці
# machine-drafted
report-title = Звіт мережі про фінансування
# machine-drafted
report-period-words = Період з { $from } по { $to }
# machine-drafted
report-made = Створено { $date } у Knotenpunkt
# machine-drafted
report-contents = Зміст
# machine-drafted
report-page = Сторінка
# machine-drafted
report-figure = Показник
# machine-drafted
report-value = Значення
# machine-drafted
report-count = Кількість
# machine-drafted
report-no-data = немає даних
# machine-drafted
report-of-which = { $count } (з них { $part } привели до знайомства)
# machine-drafted
report-share = { $percent } % ({ $part } з { $total })
# machine-drafted
report-percent = { $percent } %
# machine-drafted
report-days = { $count ->
    [one] { $count } день
    [few] { $count } дні
    [many] { $count } днів
   *[other] { $count } дня
}
# machine-drafted
report-hours = { $count ->
    [one] { $count } година
    [few] { $count } години
    [many] { $count } годин
   *[other] { $count } години
}
# machine-drafted
report-no-district = без району
# machine-drafted
report-mso-yes = Самоорганізація мігрантів
# machine-drafted
report-mso-no = Інша організація
# machine-drafted
report-origin-meeting = Із зустрічі мережі
# machine-drafted
report-origin-introduction = Із запиту на контакт
# machine-drafted
report-origin-office = Внесено бюро з питань інтеграції
# machine-drafted
report-narrative = Звіт бюро з питань інтеграції
# machine-drafted
report-narrative-label = Ваш текст для звіту про фінансування
# machine-drafted
report-narrative-hint = Чого мережа досягла за цей період, Вашими словами. Порожні рядки розділяють абзаци. Текст стосується саме цього періоду.
# machine-drafted
report-narrative-save = Зберегти текст
# machine-drafted
report-narrative-saved = Текст збережено, він з’являється у звіті про фінансування.
# machine-drafted
form-error-report-date-invalid = Будь ласка, вкажіть правильну дату, наприклад 2020-01-01.
# machine-drafted
form-error-report-period-order = Кінцева дата раніша за початкову. Будь ласка, виберіть пізнішу кінцеву дату.
# machine-drafted
form-error-report-period-too-long = Період довший за десять років. Будь ласка, виберіть коротший.
# machine-drafted
form-error-report-narrative-too-long = Текст задовгий. Будь ласка, скоротіть його щонайбільше до 20 000 символів.
# machine-drafted
report-section-associations = Об’єднання та інші структури
# machine-drafted
report-section-marketplace = Пропозиції та потреби
# machine-drafted
report-section-meetings = Зустрічі мережі
# machine-drafted
report-section-projects = Проєкти співпраці
# machine-drafted
report-section-inbox = Звернення до бюро з питань інтеграції
# machine-drafted
report-section-meeting-list = Зустрічі окремо
# machine-drafted
report-section-project-list = Проєкти окремо
# machine-drafted
report-fig-active = Активні записи
# machine-drafted
report-def-active = Опубліковані й не заархівовані записи в довіднику на сьогодні; ту саму кількість відкритий програмний інтерфейс наводить як «total». Розподіли нижче рахують ті самі записи.
# machine-drafted
report-fig-confirmed = Підтверджено за останні 12 місяців
# machine-drafted
report-def-confirmed = Частка активних записів, підтверджених за останні 365 днів: опублікованою зміною або через щорічну перевірку «Досі діє?».
# machine-drafted
report-fig-mso = Самоорганізації мігрантів
# machine-drafted
report-def-mso = Частка активних записів, які самі називають себе самоорганізацією мігрантів.
# machine-drafted
report-fig-offers = Розміщені пропозиції
# machine-drafted
report-def-offers = Пропозиції, розміщені за період, як ще відкриті, так і вже закриті.
# machine-drafted
report-fig-offers-open = з них ще відкриті
# machine-drafted
report-def-offers-open = Пропозиції за період, які їхнє об’єднання ще не закрило.
# machine-drafted
report-fig-offers-matched = Пропозиції, що привели до знайомства
# machine-drafted
report-def-offers-matched = Частка пропозицій за період, які мають щонайменше один погоджений запит на контакт (погоджено або завершено).
# machine-drafted
report-fig-needs = Розміщені потреби
# machine-drafted
report-def-needs = Потреби, розміщені за період, як ще відкриті, так і вже закриті.
# machine-drafted
report-fig-needs-open = з них ще відкриті
# machine-drafted
report-def-needs-open = Потреби за період, які їхнє об’єднання ще не закрило.
# machine-drafted
report-fig-needs-matched = Потреби, що привели до знайомства
# machine-drafted
report-def-needs-matched = Частка потреб за період, які мають щонайменше один погоджений запит на контакт (погоджено або завершено).
# machine-drafted
report-fig-days-to-match = Днів до першого знайомства (медіана)
# machine-drafted
report-def-days-to-match = Для кожної потреби за період, що привела до знайомства, — дні від розміщення до першого погодженого запиту на контакт (рахується остання зміна стану цього запиту); з цих значень береться медіана.
# machine-drafted
report-fig-held = Проведені зустрічі
# machine-drafted
report-def-held = Зустрічі мережі за період, які бюро позначило як проведені; скасовані не враховуються.
# machine-drafted
report-fig-registrations = Реєстрації
# machine-drafted
report-def-registrations = Підтверджені реєстрації на ці зустрічі, включно з тими, хто прийшов без реєстрації; список очікування та скасовані реєстрації не враховуються.
# machine-drafted
report-fig-attended = Були присутні
# machine-drafted
report-def-attended = Зареєстровані, яких на вході позначено як «прийшов», — та сама кількість, що й «Прийшло … з …» на сторінці реєстрації на вході для цієї зустрічі.
# machine-drafted
report-fig-attendance-rate = Частка присутніх
# machine-drafted
report-def-attendance-rate = Кількість присутніх, поділена на кількість реєстрацій.
# machine-drafted
report-fig-associations-reached = Охоплені об’єднання
# machine-drafted
report-def-associations-reached = Різні об’єднання, від яких щонайменше одна особа була на зустрічі цього періоду.
# machine-drafted
report-fig-new-pairs-per-meeting = Нові пари об’єднань на зустріч
# machine-drafted
report-def-new-pairs-per-meeting = Пари різних об’єднань, що сиділи за одним столом у проведеному раунді й не зустрічалися на жодній попередній зустрічі; середнє значення за зустрічами періоду.
# machine-drafted
report-fig-begun = Розпочаті проєкти
# machine-drafted
report-def-begun = Проєкти співпраці, внесені за період.
# machine-drafted
report-fig-under-way-or-done = з них тривають або завершені
# machine-drafted
report-def-under-way-or-done = Проєкти за період, які сьогодні тривають або завершені.
# machine-drafted
report-fig-cases = Отримані звернення
# machine-drafted
report-def-cases = Ідеї, проблеми, питання та прохання про підтримку, що надійшли за період; злиті дублікати рахуються один раз.
# machine-drafted
report-fig-answered = З відповіддю
# machine-drafted
report-def-answered = Частка звернень за період, на які бюро дало щонайменше одну відповідь.
# machine-drafted
report-fig-hours-to-answer = Час до першої відповіді (медіана)
# machine-drafted
report-def-hours-to-answer = Години від надходження до першої відповіді бюро; медіана для звернень з відповіддю.
# machine-drafted
report-fig-days-to-close = Час до закриття (медіана)
# machine-drafted
report-def-days-to-close = Дні від надходження до закриття; медіана для закритих звернень.
# machine-drafted
report-chart-growth = Зростання довідника
# machine-drafted
report-chart-def-growth = Активні записи наприкінці кожного місяця, за днем їхньої першої публікації (за версіями; імпортовані записи — від дня імпорту). Архівовані записи не враховуються.
# machine-drafted
report-chart-label-growth = Місяць
# machine-drafted
report-chart-legal-form = Записи за типом
# machine-drafted
report-chart-def-legal-form = Активні записи за їхньою правовою формою.
# machine-drafted
report-chart-label-legal-form = Тип
# machine-drafted
report-chart-field = Записи за сферою діяльності
# machine-drafted
report-chart-def-field = Активні записи за сферою діяльності; запис із кількома сферами враховується в кожній.
# machine-drafted
report-chart-label-field = Сфера діяльності
# machine-drafted
report-chart-language = Записи за мовою
# machine-drafted
report-chart-def-language = Активні записи за кожною мовою, якою вони працюють; запис із кількома мовами враховується в кожній.
# machine-drafted
report-chart-label-language = Мова
# machine-drafted
report-chart-district = Записи за районом
# machine-drafted
report-chart-def-district = Активні записи за їхнім районом.
# machine-drafted
report-chart-label-district = Район
# machine-drafted
report-chart-mso = Самоорганізації мігрантів
# machine-drafted
report-chart-def-mso = Активні записи, які називають себе самоорганізацією мігрантів, та інші.
# machine-drafted
report-chart-label-mso = Організація
# machine-drafted
report-chart-offers-by-field = Пропозиції за сферою діяльності
# machine-drafted
report-chart-def-offers-by-field = Пропозиції за період за сферою діяльності, у дужках — скільки з них привели до знайомства.
# machine-drafted
report-chart-label-offers-by-field = Сфера діяльності
# machine-drafted
report-chart-needs-by-field = Потреби за сферою діяльності
# machine-drafted
report-chart-def-needs-by-field = Потреби за період за сферою діяльності, у дужках — скільки з них привели до знайомства.
# machine-drafted
report-chart-label-needs-by-field = Сфера діяльності
# machine-drafted
report-chart-attended-by-meeting = Присутність на кожній зустрічі
# machine-drafted
report-chart-def-attended-by-meeting = Особи, яких на вході позначено як «прийшов», за кожною зустріччю.
# machine-drafted
report-chart-label-attended-by-meeting = Зустріч
# machine-drafted
report-chart-new-pairs-by-meeting = Нові пари об’єднань на кожній зустрічі
# machine-drafted
report-chart-def-new-pairs-by-meeting = Пари різних об’єднань, що вперше зустрілися за столом на цій зустрічі.
# machine-drafted
report-chart-label-new-pairs-by-meeting = Зустріч
# machine-drafted
report-chart-project-status = Проєкти за станом
# machine-drafted
report-chart-def-project-status = Проєкти за період за їхнім сьогоднішнім станом.
# machine-drafted
report-chart-label-project-status = Стан
# machine-drafted
report-chart-project-origin = Проєкти за походженням
# machine-drafted
report-chart-def-project-origin = Звідки виникли проєкти цього періоду.
# machine-drafted
report-chart-label-project-origin = Походження
# machine-drafted
report-chart-case-kind = Звернення за видом
# machine-drafted
report-chart-def-case-kind = Звернення за період за їхнім видом.
# machine-drafted
report-chart-label-case-kind = Вид
# machine-drafted
report-chart-case-status = Звернення за станом
# machine-drafted
report-chart-def-case-status = Звернення за період за їхнім сьогоднішнім станом.
# machine-drafted
report-chart-label-case-status = Стан
# machine-drafted
report-col-date = Дата
# machine-drafted
report-col-meeting = Зустріч
# machine-drafted
report-col-registrations = Реєстрації
# machine-drafted
report-col-attended = Присутні
# machine-drafted
report-col-rate = Частка
# machine-drafted
report-col-associations = Об’єднання
# machine-drafted
report-col-new-pairs = Нові пари
# machine-drafted
report-col-project = Проєкт
# machine-drafted
report-col-partners = Партнери
# machine-drafted
report-col-status = Стан
# machine-drafted
report-col-origin = Походження
# machine-drafted
report-col-begun = Внесено
# machine-drafted
report-no-meetings = За період не проведено жодної зустрічі.
# machine-drafted
report-no-projects = За період не внесено жодного проєкту.
# machine-drafted
report-project-anonymised = Непублічний проєкт
# machine-drafted
report-projects-anonymised-note = Непублічні проєкти (ще не підтверджені або приховані партнерами) наведено у списку без назви та партнерів.

# The surveys of the period (issue 17).
# machine-drafted
report-section-surveys = Опитування об’єднань
# machine-drafted
report-fig-surveys = Опитування
# machine-drafted
report-def-surveys = Опитування, які були відкриті в цей період або на які відповідали в ньому.
# machine-drafted
report-fig-survey-invited = Запрошені об’єднання
# machine-drafted
report-def-survey-invited = Об’єднання, запрошені до цих опитувань до кінця періоду; кожне об’єднання рахується один раз на опитування.
# machine-drafted
report-fig-survey-responses = Відповіді
# machine-drafted
report-def-survey-responses = Відповіді на ці опитування, надіслані в цей період; розпочаті, але не надіслані відповіді не рахуються.
# machine-drafted
report-fig-response-rate = Частка відповідей
# machine-drafted
report-def-response-rate = Відповіді, поділені на запрошені об’єднання, за всіма опитуваннями періоду.
# machine-drafted
report-chart-response-rate-by-survey = Частка відповідей за опитуванням
# machine-drafted
report-chart-def-response-rate-by-survey = Для кожного опитування періоду: відповіді, надіслані в цей період, поділені на запрошені об’єднання.
# machine-drafted
report-chart-label-response-rate-by-survey = Опитування
# machine-drafted
report-survey-list = Опитування по одному
# machine-drafted
report-col-survey = Опитування
# machine-drafted
report-col-invited = Запрошено
# machine-drafted
report-col-responses = Відповіді
