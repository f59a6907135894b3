# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
nav-skip = Перейти до вмісту
nav-main-label = Головна навігація
nav-home = Головна
nav-directory = Довідник об’єднань
nav-contact = Контакти
nav-language-label = Вибір мови
footer-open-data = Відкриті дані (API)
imprint-title = Вихідні дані (Impressum)
privacy-title = Політика конфіденційності
legal-missing = Цей текст ще не додано. Будь ласка, зверніться до координаційного офісу.
content-fallback-note = Цей текст недоступний Вашою мовою. Його показано мовою: { $language }.
error-back-to-directory = До довідника об’єднань
error-not-found-title = Сторінку не знайдено
error-not-found-text = Такої сторінки немає (або вже немає). Можливо, Ви знайдете потрібне в довіднику.
error-organisation-not-found-title = Об’єднання не знайдено
error-organisation-not-found-text = Такого запису немає або він більше не є публічним.
count-organisations = { $count ->
    [one] { $count } об’єднання
    [few] { $count } об’єднання
   *[many] { $count } об’єднань
    [other] { $count } об’єднання
}
error-unavailable-title = Тимчасово недоступно
error-unavailable-text = Зараз неможливо завантажити дані. Будь ласка, спробуйте ще раз за кілька хвилин.
nav-offers = Об’єднання пропонують
nav-needs = Об’єднання шукають
