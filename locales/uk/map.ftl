# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
nav-map = Мапа міста
map-title = Цифрова мапа інтеграції міста
map-filters = Пошук і фільтри
map-apply = Оновити мапу
map-as-directory = Показати списком у довіднику
map-show-search = Показати цей пошук на мапі міста
map-toggle-map = Мапа
map-toggle-list = Список
map-pane-label = Мапа
map-skip = Пропустити мапу, перейти до списку
map-list-heading = Об’єднання на мапі
map-count = { $count ->
    [one] { $count } об’єднання на мапі
    [few] { $count } об’єднання на мапі
    [many] { $count } об’єднань на мапі
   *[other] { $count } об’єднання на мапі
}
map-in-view = У видимій частині мапи
map-zoom-for-more = Не всі об’єднання у видимій частині вміщуються в список. Збільште мапу або звузьте пошук.
map-unplaced = Без місця на мапі
map-legend = Легенда: сфери діяльності
map-show-on-map = Показати на мапі
map-to-profile = До профілю
map-cluster = об’єднань тут, виберіть, щоб збільшити
map-load-error = Не вдалося завантажити об’єднання для мапи. Список у довіднику й далі працює.
map-zoom-in = Збільшити
map-zoom-out = Зменшити
map-consent-title = Завантажити мапу
map-consent-text = Зображення мапи надає { $provider }.
map-consent-transmitted = Якщо ви завантажите мапу, { $host } отримає вашу IP-адресу та інформацію про те, яку частину мапи ви переглядаєте. До того ви бачите об’єднання на простому тлі.
map-consent-privacy = Докладніше в політиці конфіденційності
map-consent-load = Завантажити мапу
map-consent-remember = Запам’ятати мій вибір на цьому пристрої
map-consent-withdraw = Більше не завантажувати зображення мапи
map-show-on-city-map = Показати на мапі міста
map-embed-link = Вбудувати цю мапу на власний вебсайт
map-embed-back = Відкрити більшу мапу на { $site }
map-embed-title = Вбудувати мапу міста
map-embed-intro = Виберіть, які об’єднання показуватиме мапа. Вставте код нижче на свій вебсайт; попередній перегляд показує, як мапа там виглядатиме.
map-embed-language = Мова мапи
map-embed-height = Висота в пікселях
map-embed-update = Оновити код і попередній перегляд
map-embed-snippet = Код для вбудовування
map-embed-snippet-help = HTML-код для вашого вебсайту (виділіть, щоб скопіювати)
map-embed-preview = Попередній перегляд
map-embed-frame-title = Мапа об’єднань міста – { $site }
map-filter-offers = Пропонує
map-filter-offers-any = будь-що
map-filter-needs = Шукає
map-filter-needs-any = будь-що
map-item-offers = пропонує
map-item-seeks = шукає
query-error-unknown-item-category = Такої категорії пропозицій і запитів немає. Будь ласка, виберіть одну зі списку.
