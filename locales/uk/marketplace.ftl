# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
offers-title = Об’єднання пропонують
# machine-drafted
offers-intro = Що об’єднання мережі пропонують іншим: приміщення, усний переклад, знання, матеріали, волонтерів тощо.
# machine-drafted
needs-title = Об’єднання шукають
# machine-drafted
needs-intro = Що шукають об’єднання мережі – можливо, Ваше об’єднання зможе допомогти.
# machine-drafted
item-category = Категорія
# machine-drafted
filter-apply = Показати
# machine-drafted
item-anywhere = будь-де
# machine-drafted
item-any-day = за домовленістю
# machine-drafted
item-days = Дні
# machine-drafted
item-time = Час
# machine-drafted
item-kind-offer = Пропозиція
# machine-drafted
item-kind-need = Потреба
# machine-drafted
suggestions-heading = Відповідні пропозиції в мережі
# machine-drafted
suggestions-empty = У мережі ще немає відповідної пропозиції. Бюро з питань інтеграції охоче допоможе.
# machine-drafted
seekers-heading = Хто це шукає?
# machine-drafted
seekers-empty = Наразі жодне інше об’єднання цього не шукає.
# machine-drafted
match-strong = дуже підходить
# machine-drafted
match-good = підходить
# machine-drafted
match-partial = частково підходить
# machine-drafted
match-order = Найвідповідніші збіги — вгорі: ●●● дуже підходить, ●●○ підходить, ●○○ частково підходить. Чому — написано під кожним збігом.
# machine-drafted
match-reasons = Чому
# machine-drafted
reason-topic = Тема: { $label }
# machine-drafted
reason-same-category = обидва в категорії «{ $category }»
# machine-drafted
reason-speaks = мова: { $language }
# machine-drafted
reason-time = час підходить
# machine-drafted
reason-same-district = обидва в районі { $district }
# machine-drafted
reason-neighbour = { $offer } межує з { $need }
# machine-drafted
reason-audience-women = для жінок
# machine-drafted
reason-audience-men = для чоловіків
# machine-drafted
reason-audience-youth = для молоді
# machine-drafted
profile-offers = Ми пропонуємо
# machine-drafted
profile-needs = Ми шукаємо
# machine-drafted
weekday-mo = понеділок
# machine-drafted
weekday-di = вівторок
# machine-drafted
weekday-mi = середа
# machine-drafted
weekday-do = четвер
# machine-drafted
weekday-fr = пʼятниця
# machine-drafted
weekday-sa = субота
# machine-drafted
weekday-so = неділя
# machine-drafted
item-category-rooms = Приміщення
# machine-drafted
item-category-language = Мова й переклад
# machine-drafted
item-category-education = Освіта й репетиторство
# machine-drafted
item-category-counselling = Консультації
# machine-drafted
item-category-funding = Фінансування
# machine-drafted
item-category-volunteers = Волонтери
# machine-drafted
item-category-events = Заходи й культура
# machine-drafted
item-category-sport = Спорт
# machine-drafted
item-category-women = Жінки
# machine-drafted
item-category-youth = Молодь
# machine-drafted
item-category-health = Здоров’я
# machine-drafted
item-category-work = Робота й навчання
# machine-drafted
item-category-material = Матеріали й транспорт
# machine-drafted
item-category-publicity = Зв’язки з громадськістю
# machine-drafted
item-category-digital = Цифрове
# machine-drafted
offers-count = { $count ->
    [0] Немає пропозицій
    [one] { $count } пропозиція
    [few] { $count } пропозиції
   *[many] { $count } пропозицій
}
# machine-drafted
needs-count = { $count ->
    [0] Немає потреб
    [one] { $count } потреба
    [few] { $count } потреби
   *[many] { $count } потреб
}
# machine-drafted
reason-weekdays = підходять дні: { $days }
# machine-drafted
item-network-only = лише для мережі
# machine-drafted
items-search-placeholder = напр. зала, усний переклад, репетиторство

# machine-drafted
match-score = оцінка збігу { $score }
# machine-drafted
match-report = Повідомити про помилку
# machine-drafted
match-office-hint = Для бюро з питань інтеграції: оцінка збігу (від 0 до 1) — це частка збігів із такою оцінкою, які в тестових даних справді підійшли. Про хибний збіг повідомте за посиланням під ним.
# machine-drafted
why-not-heading = Пропозиції, яких не показано: чому?
# machine-drafted
why-not-intro = Цю частину бачить лише бюро з питань інтеграції: пропозиції на ту саму тему, яких тут не показано як збіги, і що виключило кожну з них. Якщо якась усе ж підходить, повідомте про це за її посиланням.
# machine-drafted
why-not-empty = Іншої пропозиції на ту саму тему немає.
# machine-drafted
why-not-label = Чому ні
# machine-drafted
miss-same-organisation = від того самого об’єднання
# machine-drafted
miss-no-common-weekday = немає спільного дня тижня
# machine-drafted
miss-audience = для іншої цільової групи (жінки, чоловіки, молодь)
# machine-drafted
miss-too-far = лише на місці, а це надто далеко
# machine-drafted
miss-language = ніхто не розмовляє потрібною мовою
# machine-drafted
miss-too-few-places = замало місць для такої групи
# machine-drafted
miss-no-common-period = немає спільного часу в році (місяці, сезон або канікули не збігаються)
# machine-drafted
miss-online-only = лише онлайн, а потрібно на місці
# machine-drafted
miss-below-threshold = замало спільного для збігу (оцінка збігу { $score })
# machine-drafted
miss-unscored = замало спільного, щоб обчислити оцінку збігу
# machine-drafted
shortfall-language = не володіє мовою, про яку йдеться
# machine-drafted
shortfall-audience = для іншої цільової групи
# machine-drafted
shortfall-role = пропонує саму діяльність, а не людину для неї (тренер, керівник, помічник)
# machine-drafted
shortfall-condition = бракує потрібної умови (напр. засвідчення)
# machine-drafted
shortfall-kind-of-service = усний переклад замість письмового або навпаки
# machine-drafted
shortfall-other-language-taught = навчає іншої мови
# machine-drafted
shortfall-main-subject = бракує головної теми
# machine-drafted
shortfall-days = немає спільних днів
# machine-drafted
shortfall-times = немає спільного часу
# machine-drafted
shortfall-part-time = вільне лише на частину потрібного часу
# machine-drafted
shortfall-group-size = група більша за кількість місць
# machine-drafted
shortfall-amount = потрібно більше грошей, ніж пропозиція дає щонайбільше
# machine-drafted
shortfall-period = названі періоди року (місяці, сезон, канікули) не збігаються
# machine-drafted
shortfall-far = далеко від названих районів
