# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
nav-map = Мапа міста
# machine-drafted
map-title = Цифрова мапа інтеграції міста
# machine-drafted
map-filters = Пошук і фільтри
# machine-drafted
map-apply = Оновити мапу
# machine-drafted
map-as-directory = Показати списком у довіднику
# machine-drafted
map-show-search = Показати цей пошук на мапі міста
# machine-drafted
map-toggle-map = Мапа
# machine-drafted
map-toggle-list = Список
# machine-drafted
map-pane-label = Мапа
# machine-drafted
map-skip = Пропустити мапу, перейти до списку
# machine-drafted
map-list-heading = Об’єднання на мапі
# machine-drafted
map-count = { $count ->
    [one] { $count } об’єднання на мапі
    [few] { $count } об’єднання на мапі
    [many] { $count } об’єднань на мапі
   *[other] { $count } об’єднання на мапі
}
# machine-drafted
map-zoom-for-more = Не всі об’єднання у видимій частині вміщуються в список. Збільште мапу або звузьте пошук.
# machine-drafted
map-unplaced = Без місця на мапі
# machine-drafted
map-legend = Легенда: сфери діяльності
# machine-drafted
map-show-on-map = Показати на мапі
# machine-drafted
map-to-profile = До профілю
# machine-drafted
map-cluster-count = { $count ->
    [one] { $count } об’єднання тут, виберіть, щоб збільшити
    [few] { $count } об’єднання тут, виберіть, щоб збільшити
   *[many] { $count } об’єднань тут, виберіть, щоб збільшити
}
# machine-drafted
map-in-view-count = { $count ->
    [0] У видимій частині мапи: жодного об’єднання (із { $total })
    [one] У видимій частині мапи: { $count } об’єднання (із { $total })
    [few] У видимій частині мапи: { $count } об’єднання (із { $total })
   *[many] У видимій частині мапи: { $count } об’єднань (із { $total })
}
# machine-drafted
map-load-error = Не вдалося завантажити об’єднання для мапи. Список у довіднику й далі працює.
# machine-drafted
map-zoom-in = Збільшити
# machine-drafted
map-zoom-out = Зменшити
# machine-drafted
map-consent-title = Завантажити мапу
# machine-drafted
map-consent-text = Зображення мапи надає { $provider }.
# machine-drafted
map-consent-transmitted = Якщо Ви завантажите мапу, { $host } отримає Вашу IP-адресу та інформацію про те, яку частину мапи Ви переглядаєте. До того Ви бачите об’єднання на простому тлі.
# machine-drafted
map-consent-privacy = Докладніше в політиці конфіденційності
# machine-drafted
map-consent-load = Завантажити мапу
# machine-drafted
map-consent-remember = Запам’ятати мій вибір на цьому пристрої
# machine-drafted
map-consent-withdraw = Більше не завантажувати зображення мапи
# machine-drafted
map-show-on-city-map = Показати на мапі міста
# machine-drafted
map-embed-link = Вбудувати цю мапу на власний вебсайт
# machine-drafted
map-embed-back = Відкрити більшу мапу на { $site }
# machine-drafted
map-embed-title = Вбудувати мапу міста
# machine-drafted
map-embed-intro = Виберіть, які об’єднання показуватиме мапа. Вставте код нижче на свій вебсайт; попередній перегляд показує, як мапа там виглядатиме.
# machine-drafted
map-embed-language = Мова мапи
# machine-drafted
map-embed-height = Висота в пікселях
# machine-drafted
map-embed-update = Оновити код і попередній перегляд
# machine-drafted
map-embed-snippet = Код для вбудовування
# machine-drafted
map-embed-snippet-help = HTML-код для Вашого вебсайту (виділіть, щоб скопіювати)
# machine-drafted
map-embed-preview = Попередній перегляд
# machine-drafted
map-embed-frame-title = Мапа об’єднань міста – { $site }
# machine-drafted
map-filter-offers = Пропонує
# machine-drafted
map-filter-offers-any = будь-що
# machine-drafted
map-filter-needs = Шукає
# machine-drafted
map-filter-needs-any = будь-що
# machine-drafted
map-item-offers = пропонує
# machine-drafted
map-item-seeks = шукає
# machine-drafted
query-error-unknown-item-category = Такої категорії пропозицій і потреб немає. Будь ласка, виберіть одну зі списку.
# machine-drafted
map-container-label = Мапа об’єднань: переміщуйте клавішами зі стрілками, збільшуйте й зменшуйте клавішами плюс і мінус
# machine-drafted
map-popup-close = Закрити
# machine-drafted
map-popup-opened = Відкрито на мапі: { $name }
