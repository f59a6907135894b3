# Machine-drafted translation (Russian), awaiting review by a native speaker.
nav-skip = Перейти к содержимому
nav-main-label = Основная навигация
nav-home = Главная
nav-directory = Каталог объединений
nav-contact = Контакты
nav-language-label = Выбор языка
footer-open-data = Открытые данные (API)
imprint-title = Выходные данные (Impressum)
privacy-title = Политика конфиденциальности
legal-missing = Этот текст ещё не добавлен. Пожалуйста, обратитесь в координационный офис.
content-fallback-note = Этот текст недоступен на Вашем языке. Он показан на языке: { $language }.
error-back-to-directory = В каталог объединений
error-not-found-title = Страница не найдена
error-not-found-text = Такой страницы нет (или больше нет). Возможно, Вы найдёте нужное в каталоге.
error-organisation-not-found-title = Объединение не найдено
error-organisation-not-found-text = Такой записи нет, или она больше не является публичной.
count-organisations = { $count ->
    [one] { $count } объединение
    [few] { $count } объединения
   *[many] { $count } объединений
    [other] { $count } объединения
}
error-unavailable-title = Временно недоступно
error-unavailable-text = Сейчас невозможно загрузить данные. Пожалуйста, попробуйте ещё раз через несколько минут.
nav-offers = Объединения предлагают
nav-needs = Объединения ищут
