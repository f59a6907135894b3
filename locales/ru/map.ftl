# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
nav-map = Карта города
# machine-drafted
map-title = Цифровая карта интеграции города
# machine-drafted
map-filters = Поиск и фильтры
# machine-drafted
map-apply = Обновить карту
# machine-drafted
map-as-directory = Показать списком в каталоге
# machine-drafted
map-show-search = Показать этот поиск на карте города
# machine-drafted
map-toggle-map = Карта
# machine-drafted
map-toggle-list = Список
# machine-drafted
map-pane-label = Карта
# machine-drafted
map-skip = Пропустить карту, перейти к списку
# machine-drafted
map-list-heading = Объединения на карте
# machine-drafted
map-count = { $count ->
    [one] { $count } объединение на карте
    [few] { $count } объединения на карте
    [many] { $count } объединений на карте
   *[other] { $count } объединения на карте
}
# machine-drafted
map-zoom-for-more = Не все объединения в видимой части помещаются в список. Увеличьте карту или сузьте поиск.
# machine-drafted
map-unplaced = Без места на карте
# machine-drafted
map-legend = Легенда: сферы деятельности
# machine-drafted
map-show-on-map = Показать на карте
# machine-drafted
map-to-profile = К профилю
# machine-drafted
map-cluster-count = { $count ->
    [one] { $count } объединение здесь, выберите, чтобы увеличить
    [few] { $count } объединения здесь, выберите, чтобы увеличить
   *[many] { $count } объединений здесь, выберите, чтобы увеличить
}
# machine-drafted
map-in-view-count = { $count ->
    [0] В видимой части карты: ни одного объединения (из { $total })
    [one] В видимой части карты: { $count } объединение (из { $total })
    [few] В видимой части карты: { $count } объединения (из { $total })
   *[many] В видимой части карты: { $count } объединений (из { $total })
}
# machine-drafted
map-load-error = Не удалось загрузить объединения для карты. Список в каталоге по-прежнему работает.
# machine-drafted
map-zoom-in = Увеличить
# machine-drafted
map-zoom-out = Уменьшить
# machine-drafted
map-consent-title = Загрузить карту
# machine-drafted
map-consent-text = Изображения карты предоставляет { $provider }.
# machine-drafted
map-consent-transmitted = Если Вы загрузите карту, { $host } получит Ваш IP-адрес и сведения о том, какую часть карты Вы просматриваете. До этого Вы видите объединения на простом фоне.
# machine-drafted
map-consent-privacy = Подробнее в политике конфиденциальности
# machine-drafted
map-consent-load = Загрузить карту
# machine-drafted
map-consent-remember = Запомнить мой выбор на этом устройстве
# machine-drafted
map-consent-withdraw = Больше не загружать изображения карты
# machine-drafted
map-show-on-city-map = Показать на карте города
# machine-drafted
map-embed-link = Встроить эту карту на свой сайт
# machine-drafted
map-embed-back = Открыть большую карту на { $site }
# machine-drafted
map-embed-title = Встроить карту города
# machine-drafted
map-embed-intro = Выберите, какие объединения будет показывать карта. Вставьте код ниже на свой сайт; предварительный просмотр показывает, как карта будет там выглядеть.
# machine-drafted
map-embed-language = Язык карты
# machine-drafted
map-embed-height = Высота в пикселях
# machine-drafted
map-embed-update = Обновить код и просмотр
# machine-drafted
map-embed-snippet = Код для встраивания
# machine-drafted
map-embed-snippet-help = HTML-код для Вашего сайта (выделите, чтобы скопировать)
# machine-drafted
map-embed-preview = Предварительный просмотр
# machine-drafted
map-embed-frame-title = Карта объединений города – { $site }
# machine-drafted
map-filter-offers = Предлагает
# machine-drafted
map-filter-offers-any = что угодно
# machine-drafted
map-filter-needs = Ищет
# machine-drafted
map-filter-needs-any = что угодно
# machine-drafted
map-item-offers = предлагает
# machine-drafted
map-item-seeks = ищет
# machine-drafted
query-error-unknown-item-category = Такой категории предложений и потребностей нет. Пожалуйста, выберите одну из списка.
# machine-drafted
map-container-label = Карта объединений: перемещайте клавишами со стрелками, увеличивайте и уменьшайте клавишами плюс и минус
# machine-drafted
map-popup-close = Закрыть
# machine-drafted
map-popup-opened = Открыто на карте: { $name }
