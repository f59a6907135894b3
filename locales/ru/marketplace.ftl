# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
offers-title = Объединения предлагают
# machine-drafted
offers-intro = Что объединения сети предлагают другим: помещения, устный перевод, знания, материалы, волонтёров и многое другое.
# machine-drafted
needs-title = Объединения ищут
# machine-drafted
needs-intro = Что ищут объединения сети – возможно, Ваше объединение сможет помочь.
# machine-drafted
item-category = Категория
# machine-drafted
filter-apply = Показать
# machine-drafted
item-anywhere = где угодно
# machine-drafted
item-any-day = по договорённости
# machine-drafted
item-days = Дни
# machine-drafted
item-time = Время
# machine-drafted
item-kind-offer = Предложение
# machine-drafted
item-kind-need = Потребность
# machine-drafted
suggestions-heading = Подходящие предложения в сети
# machine-drafted
suggestions-empty = В сети пока нет подходящего предложения. Бюро по вопросам интеграции охотно поможет.
# machine-drafted
seekers-heading = Кто это ищет?
# machine-drafted
seekers-empty = Сейчас ни одно другое объединение этого не ищет.
# machine-drafted
match-strong = очень подходит
# machine-drafted
match-good = подходит
# machine-drafted
match-partial = частично подходит
# machine-drafted
match-order = Самые подходящие совпадения — вверху: ●●● очень подходит, ●●○ подходит, ●○○ частично подходит. Почему — написано под каждым совпадением.
# machine-drafted
match-reasons = Почему
# machine-drafted
reason-topic = Тема: { $label }
# machine-drafted
reason-same-category = оба в категории «{ $category }»
# machine-drafted
reason-speaks = язык: { $language }
# machine-drafted
reason-time = время подходит
# machine-drafted
reason-same-district = оба в районе { $district }
# machine-drafted
reason-neighbour = { $offer } граничит с { $need }
# machine-drafted
reason-audience-women = для женщин
# machine-drafted
reason-audience-men = для мужчин
# machine-drafted
reason-audience-youth = для молодёжи
# machine-drafted
profile-offers = Мы предлагаем
# machine-drafted
profile-needs = Мы ищем
# machine-drafted
weekday-mo = понедельник
# machine-drafted
weekday-di = вторник
# machine-drafted
weekday-mi = среда
# machine-drafted
weekday-do = четверг
# machine-drafted
weekday-fr = пятница
# machine-drafted
weekday-sa = суббота
# machine-drafted
weekday-so = воскресенье
# machine-drafted
item-category-rooms = Помещения
# machine-drafted
item-category-language = Язык и перевод
# machine-drafted
item-category-education = Образование и репетиторство
# machine-drafted
item-category-counselling = Консультации
# machine-drafted
item-category-funding = Финансирование
# machine-drafted
item-category-volunteers = Волонтёры
# machine-drafted
item-category-events = Мероприятия и культура
# machine-drafted
item-category-sport = Спорт
# machine-drafted
item-category-women = Женщины
# machine-drafted
item-category-youth = Молодёжь
# machine-drafted
item-category-health = Здоровье
# machine-drafted
item-category-work = Работа и профобучение
# machine-drafted
item-category-material = Материалы и транспорт
# machine-drafted
item-category-publicity = Связи с общественностью
# machine-drafted
item-category-digital = Цифровые технологии
# machine-drafted
offers-count = { $count ->
    [0] Нет предложений
    [one] { $count } предложение
    [few] { $count } предложения
   *[many] { $count } предложений
}
# machine-drafted
needs-count = { $count ->
    [0] Нет потребностей
    [one] { $count } потребность
    [few] { $count } потребности
   *[many] { $count } потребностей
}
# machine-drafted
reason-weekdays = подходят дни: { $days }
# machine-drafted
item-network-only = только для сети
# machine-drafted
items-search-placeholder = напр. зал, устный перевод, репетиторство
