# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
offers-title = Об’єднання пропонують
offers-intro = Що об’єднання мережі пропонують іншим: приміщення, усний переклад, знання, матеріали, волонтерів тощо.
needs-title = Об’єднання шукають
needs-intro = Що шукають об’єднання мережі – можливо, Ваше об’єднання зможе допомогти.
item-category = Категорія
filter-apply = Показати
item-anywhere = будь-де
item-any-day = за домовленістю
item-days = Дні
item-time = Час
item-kind-offer = Пропозиція
item-kind-need = Запит
suggestions-heading = Відповідні пропозиції в мережі
suggestions-empty = У мережі ще немає відповідної пропозиції. Координаційний офіс охоче допоможе.
seekers-heading = Хто це шукає?
seekers-empty = Наразі жодне інше об’єднання цього не шукає.
match-strong = дуже підходить
match-good = підходить
match-reasons = Чому
reason-topic = Тема: { $label }
reason-same-category = обидва в категорії «{ $category }»
reason-speaks = мова: { $language }
reason-time = час підходить
reason-same-district = обидва в районі { $district }
reason-neighbour = { $offer } межує з { $need }
reason-audience-women = для жінок
reason-audience-men = для чоловіків
reason-audience-youth = для молоді
profile-offers = Ми пропонуємо
profile-needs = Ми шукаємо
weekday-mo = понеділок
weekday-di = вівторок
weekday-mi = середа
weekday-do = четвер
weekday-fr = пʼятниця
weekday-sa = субота
weekday-so = неділя
item-category-rooms = Приміщення
item-category-language = Мова й переклад
item-category-education = Освіта й репетиторство
item-category-counselling = Консультації
item-category-funding = Фінансування
item-category-volunteers = Волонтери
item-category-events = Заходи й культура
item-category-sport = Спорт
item-category-women = Жінки
item-category-youth = Молодь
item-category-health = Здоров’я
item-category-work = Робота й навчання
item-category-material = Матеріали й транспорт
item-category-publicity = Зв’язки з громадськістю
item-category-digital = Цифрове
offers-count = { $count ->
    [0] Немає пропозицій
    [one] { $count } пропозиція
    [few] { $count } пропозиції
   *[many] { $count } пропозицій
}
needs-count = { $count ->
    [0] Немає запитів
    [one] { $count } запит
    [few] { $count } запити
   *[many] { $count } запитів
}
reason-weekdays = підходять дні: { $days }
item-network-only = лише для мережі
items-search-placeholder = напр. зала, усний переклад, репетиторство
