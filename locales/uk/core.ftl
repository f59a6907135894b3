# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
nav-skip = Перейти до вмісту
# machine-drafted
nav-main-label = Головна навігація
# machine-drafted
nav-home = Головна
# machine-drafted
nav-directory = Довідник об’єднань
# machine-drafted
nav-contact = Контакти
# machine-drafted
nav-language-label = Вибір мови
# machine-drafted
footer-open-data = Відкриті дані (API)
# machine-drafted
imprint-title = Вихідні дані
# machine-drafted
privacy-title = Політика конфіденційності
# machine-drafted
legal-missing = Цей текст ще не додано. Будь ласка, зверніться до бюро з питань інтеграції.
# machine-drafted
content-fallback-note = Цей текст недоступний Вашою мовою. Його показано мовою: { $language }.
# machine-drafted
error-back-to-directory = До довідника об’єднань
# machine-drafted
error-not-found-title = Сторінку не знайдено
# machine-drafted
error-not-found-text = Такої сторінки немає (або вже немає). Можливо, Ви знайдете потрібне в довіднику.
# machine-drafted
error-bad-request-title = Запит не вдалося прочитати
# machine-drafted
error-bad-request-text = Адресу або надіслану форму не вдалося прочитати. Будь ласка, поверніться назад і спробуйте ще раз через форму на сторінці.
# machine-drafted
error-organisation-not-found-title = Об’єднання не знайдено
# machine-drafted
error-organisation-not-found-text = Такого запису немає або він більше не є публічним.
# machine-drafted
count-organisations = { $count ->
    [one] { $count } об’єднання
    [few] { $count } об’єднання
   *[many] { $count } об’єднань
    [other] { $count } об’єднання
}
# machine-drafted
error-unavailable-title = Тимчасово недоступно
# machine-drafted
error-unavailable-text = Зараз неможливо завантажити дані. Будь ласка, спробуйте ще раз за кілька хвилин.
# machine-drafted
nav-offers = Об’єднання пропонують
# machine-drafted
nav-needs = Об’єднання шукають
# reviewed: the German legal name, shown in parentheses with lang="de"; it stays German
imprint-legal-term = Impressum
