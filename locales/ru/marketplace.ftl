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

# machine-drafted
match-score = оценка совпадения { $score }
# machine-drafted
match-report = Сообщить об ошибке
# machine-drafted
match-office-hint = Для бюро по вопросам интеграции: оценка совпадения (от 0 до 1) — это доля совпадений с такой оценкой, которые в тестовых данных действительно подошли. О неверном совпадении сообщите по ссылке под ним.
# machine-drafted
why-not-heading = Предложения, которые не показаны: почему?
# machine-drafted
why-not-intro = Эту часть видит только бюро по вопросам интеграции: предложения на ту же тему, которые не показаны здесь как совпадения, и что исключило каждое из них. Если какое-то всё же подходит, сообщите об этом по его ссылке.
# machine-drafted
why-not-empty = Другого предложения на ту же тему нет.
# machine-drafted
why-not-label = Почему нет
# machine-drafted
miss-same-organisation = от того же объединения
# machine-drafted
miss-no-common-weekday = нет общего дня недели
# machine-drafted
miss-audience = для другой целевой группы (женщины, мужчины, молодёжь)
# machine-drafted
miss-too-far = только на месте, а это слишком далеко
# machine-drafted
miss-language = никто не говорит на нужном языке
# machine-drafted
miss-too-few-places = слишком мало мест для такой группы
# machine-drafted
miss-no-common-period = нет общего времени года (месяцы, сезон или каникулы не совпадают)
# machine-drafted
miss-online-only = только онлайн, а нужно на месте
# machine-drafted
miss-below-threshold = слишком мало общего для совпадения (оценка совпадения { $score })
# machine-drafted
miss-unscored = слишком мало общего, чтобы вычислить оценку совпадения
# machine-drafted
shortfall-language = не владеет языком, о котором идёт речь
# machine-drafted
shortfall-audience = для другой целевой группы
# machine-drafted
shortfall-role = предлагает саму деятельность, а не человека для неё (тренер, руководитель, помощник)
# machine-drafted
shortfall-condition = не выполнено нужное условие (напр. заверение)
# machine-drafted
shortfall-kind-of-service = устный перевод вместо письменного или наоборот
# machine-drafted
shortfall-other-language-taught = обучает другому языку
# machine-drafted
shortfall-main-subject = нет главной темы
# machine-drafted
shortfall-days = нет общих дней
# machine-drafted
shortfall-times = нет общего времени
# machine-drafted
shortfall-part-time = свободно только на часть нужного времени
# machine-drafted
shortfall-group-size = группа больше, чем количество мест
# machine-drafted
shortfall-amount = нужно больше денег, чем предложение даёт максимум
# machine-drafted
shortfall-period = названные периоды года (месяцы, сезон, каникулы) не совпадают
# machine-drafted
shortfall-far = далеко от названных районов
