# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
nav-skip = Перейти к содержимому
# machine-drafted
nav-main-label = Основная навигация
# machine-drafted
nav-home = Главная
# machine-drafted
nav-directory = Каталог объединений
# machine-drafted
nav-contact = Контакты
# machine-drafted
nav-language-label = Выбор языка
# machine-drafted
footer-open-data = Открытые данные (API)
# machine-drafted
imprint-title = Выходные данные
# machine-drafted
privacy-title = Политика конфиденциальности
# machine-drafted
legal-missing = Этот текст ещё не добавлен. Пожалуйста, обратитесь в бюро по вопросам интеграции.
# machine-drafted
content-fallback-note = Этот текст недоступен на Вашем языке. Он показан на языке: { $language }.
# machine-drafted
error-back-to-directory = В каталог объединений
# machine-drafted
error-not-found-title = Страница не найдена
# machine-drafted
error-not-found-text = Такой страницы нет (или больше нет). Возможно, Вы найдёте нужное в каталоге.
# machine-drafted
error-bad-request-title = Запрос не удалось прочитать
# machine-drafted
error-bad-request-text = Адрес или отправленную форму не удалось прочитать. Пожалуйста, вернитесь назад и попробуйте ещё раз через форму на странице.
# machine-drafted
error-organisation-not-found-title = Объединение не найдено
# machine-drafted
error-organisation-not-found-text = Такой записи нет, или она больше не является публичной.
# machine-drafted
count-organisations = { $count ->
    [one] { $count } объединение
    [few] { $count } объединения
   *[many] { $count } объединений
    [other] { $count } объединения
}
# machine-drafted
error-unavailable-title = Временно недоступно
# machine-drafted
error-unavailable-text = Сейчас невозможно загрузить данные. Пожалуйста, попробуйте ещё раз через несколько минут.
# machine-drafted
nav-offers = Объединения предлагают
# machine-drafted
nav-needs = Объединения ищут
# reviewed: the German legal name, shown in parentheses with lang="de"; it stays German
imprint-legal-term = Impressum
