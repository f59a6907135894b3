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
