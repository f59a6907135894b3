# Machine-drafted translation (Russian), awaiting review by a native speaker.
nav-map = Карта города
map-title = Цифровая карта интеграции города
map-filters = Поиск и фильтры
map-apply = Обновить карту
map-as-directory = Показать списком в справочнике
map-show-search = Показать этот поиск на карте города
map-toggle-map = Карта
map-toggle-list = Список
map-pane-label = Карта
map-skip = Пропустить карту, перейти к списку
map-list-heading = Объединения на карте
map-count = { $count ->
    [one] { $count } объединение на карте
    [few] { $count } объединения на карте
    [many] { $count } объединений на карте
   *[other] { $count } объединения на карте
}
map-in-view = В видимой части карты
map-zoom-for-more = Не все объединения в видимой части помещаются в список. Увеличьте карту или сузьте поиск.
map-unplaced = Без места на карте
map-legend = Легенда: сферы деятельности
map-show-on-map = Показать на карте
map-to-profile = К профилю
map-cluster = объединений здесь, выберите, чтобы увеличить
map-load-error = Не удалось загрузить объединения для карты. Список в справочнике по-прежнему работает.
map-zoom-in = Увеличить
map-zoom-out = Уменьшить
map-consent-title = Загрузить карту
map-consent-text = Изображения карты предоставляет { $provider }.
map-consent-transmitted = Если вы загрузите карту, { $host } получит ваш IP-адрес и сведения о том, какую часть карты вы просматриваете. До этого вы видите объединения на простом фоне.
map-consent-privacy = Подробнее в политике конфиденциальности
map-consent-load = Загрузить карту
map-consent-remember = Запомнить мой выбор на этом устройстве
map-consent-withdraw = Больше не загружать изображения карты
map-show-on-city-map = Показать на карте города
map-embed-link = Встроить эту карту на свой сайт
map-embed-back = Открыть большую карту на { $site }
map-embed-title = Встроить карту города
map-embed-intro = Выберите, какие объединения будет показывать карта. Вставьте код ниже на свой сайт; предварительный просмотр показывает, как карта будет там выглядеть.
map-embed-language = Язык карты
map-embed-height = Высота в пикселях
map-embed-update = Обновить код и просмотр
map-embed-snippet = Код для встраивания
map-embed-snippet-help = HTML-код для вашего сайта (выделите, чтобы скопировать)
map-embed-preview = Предварительный просмотр
map-embed-frame-title = Карта объединений города – { $site }
map-filter-offers = Предлагает
map-filter-offers-any = что угодно
map-filter-needs = Ищет
map-filter-needs-any = что угодно
map-item-offers = предлагает
map-item-seeks = ищет
query-error-unknown-item-category = Такой категории предложений и запросов нет. Пожалуйста, выберите одну из списка.
