# Machine-drafted translation (Russian), awaiting review by a native speaker.
offers-title = Объединения предлагают
offers-intro = Что объединения сети предлагают другим: помещения, устный перевод, знания, материалы, волонтёров и многое другое.
needs-title = Объединения ищут
needs-intro = Что ищут объединения сети – возможно, Ваше объединение сможет помочь.
item-category = Категория
filter-apply = Показать
item-anywhere = где угодно
item-any-day = по договорённости
item-days = Дни
item-time = Время
item-kind-offer = Предложение
item-kind-need = Запрос
suggestions-heading = Подходящие предложения в сети
suggestions-empty = В сети пока нет подходящего предложения. Координационный офис охотно поможет.
seekers-heading = Кто это ищет?
seekers-empty = Сейчас ни одно другое объединение этого не ищет.
match-strong = очень подходит
match-good = подходит
match-reasons = Почему
reason-topic = Тема: { $label }
reason-same-category = оба в категории «{ $category }»
reason-speaks = язык: { $language }
reason-time = время подходит
reason-same-district = оба в районе { $district }
reason-neighbour = { $offer } граничит с { $need }
reason-audience-women = для женщин
reason-audience-men = для мужчин
reason-audience-youth = для молодёжи
profile-offers = Мы предлагаем
profile-needs = Мы ищем
weekday-mo = понедельник
weekday-di = вторник
weekday-mi = среда
weekday-do = четверг
weekday-fr = пятница
weekday-sa = суббота
weekday-so = воскресенье
item-category-rooms = Помещения
item-category-language = Язык и перевод
item-category-education = Образование и репетиторство
item-category-counselling = Консультации
item-category-funding = Финансирование
item-category-volunteers = Волонтёры
item-category-events = Мероприятия и культура
item-category-sport = Спорт
item-category-women = Женщины
item-category-youth = Молодёжь
item-category-health = Здоровье
item-category-work = Работа и профобучение
item-category-material = Материалы и транспорт
item-category-publicity = Связи с общественностью
item-category-digital = Цифровые технологии
offers-count = { $count ->
    [0] Нет предложений
    [one] { $count } предложение
    [few] { $count } предложения
   *[many] { $count } предложений
}
needs-count = { $count ->
    [0] Нет запросов
    [one] { $count } запрос
    [few] { $count } запроса
   *[many] { $count } запросов
}
reason-weekdays = подходят дни: { $days }
item-network-only = только для сети
items-search-placeholder = напр. зал, устный перевод, репетиторство
