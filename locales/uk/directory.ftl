# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
directory-title = Довідник об’єднань
# machine-drafted
search-heading = Пошук і фільтри
# machine-drafted
search-label = Пошук
# machine-drafted
search-placeholder = напр. жінки, репетиторство, турецька
# machine-drafted
search-submit = Шукати
# machine-drafted
query-error-heading = Не вдалося виконати пошук.
# machine-drafted
query-error-query-too-long = Текст пошуку задовгий. Будь ласка, використовуйте не більше 200 символів.
# machine-drafted
query-error-unknown-category = Такої сфери діяльності немає. Будь ласка, виберіть одну зі списку.
# machine-drafted
query-error-unknown-target-group = Такої цільової групи немає. Будь ласка, виберіть одну зі списку.
# machine-drafted
query-error-invalid-language = Ця мова недійсна. Будь ласка, виберіть мову зі списку.
# machine-drafted
query-error-unknown-district = Такого району немає. Будь ласка, виберіть район зі списку.
# machine-drafted
query-error-invalid-mso = Фільтр «Самоорганізація мігрантів» допускає лише «Так» або «Ні».
# machine-drafted
query-error-invalid-sort = Такого сортування немає.
# machine-drafted
query-error-invalid-page = Такого номера сторінки немає.
# machine-drafted
query-error-invalid-per-page = На сторінці можна показати від 1 до 100 записів.
# machine-drafted
filters-toggle = Фільтри
# machine-drafted
facet-any = Усі
# machine-drafted
facet-category = Сфера діяльності
# machine-drafted
facet-target-group = Цільова група
# machine-drafted
facet-language = Мова
# machine-drafted
facet-district = Район
# machine-drafted
facet-mso = Самоорганізація мігрантів
# machine-drafted
facet-mso-yes = Так
# machine-drafted
facet-mso-no = Ні
# machine-drafted
sort-label = Сортування
# machine-drafted
sort-relevance = Найкращі збіги
# machine-drafted
sort-name = Назва (A–Z)
# machine-drafted
sort-updated = Нещодавно оновлені
# machine-drafted
results-count = { $count ->
    [0] Об’єднань не знайдено
    [one] Знайдено { $count } об’єднання
    [few] Знайдено { $count } об’єднання
   *[many] Знайдено { $count } об’єднань
    [other] Знайдено { $count } об’єднання
}
# machine-drafted
active-filters = Активні фільтри
# machine-drafted
directory-item-mentions = Відповідні пропозиції та потреби
# machine-drafted
filter-remove = Прибрати фільтр
# machine-drafted
no-results = На жаль, за Вашим пошуком нічого не знайдено.
# machine-drafted
no-results-hint = Спробуйте менше фільтрів або коротше слово для пошуку:
# machine-drafted
no-results-show-all = Показати всі об’єднання
# machine-drafted
pagination-label = Сторінки
# machine-drafted
pagination-prev = Назад
# machine-drafted
pagination-next = Далі
# machine-drafted
badge-mso = Самоорганізація мігрантів
# machine-drafted
breadcrumb-label = Навігаційний ланцюжок
# machine-drafted
profile-about = Про нас
# machine-drafted
profile-facts = Коротко
# machine-drafted
profile-categories = Сфери діяльності
# machine-drafted
profile-target-groups = Цільові групи
# machine-drafted
profile-languages = Мови
# machine-drafted
profile-origins = Походження
# machine-drafted
profile-founded = Засновано
# machine-drafted
profile-district = Район
# machine-drafted
profile-meeting-times = Час зустрічей
# machine-drafted
profile-wheelchair = Доступно для крісел колісних
# machine-drafted
profile-contact = Контакти
# machine-drafted
profile-persons = Контактні особи
# machine-drafted
profile-report-error = Повідомити про помилку в цьому записі
# machine-drafted
profile-report-subject = Помилка в записі: { $name }
# machine-drafted
profile-as-data = Як дані (JSON)
# machine-drafted
contact-email = Ел. пошта
# machine-drafted
contact-phone = Телефон
# machine-drafted
contact-website = Вебсайт
# machine-drafted
wheelchair-yes = Так
# machine-drafted
wheelchair-partial = Частково
# machine-drafted
wheelchair-no = Ні
# machine-drafted
legal-form-registered-association = Зареєстроване об’єднання (e. V.)
# machine-drafted
legal-form-nonprofit-company = Неприбуткове ТОВ (gGmbH)
# machine-drafted
legal-form-initiative = Ініціатива без юридичної форми
# machine-drafted
legal-form-religious-community = Релігійна громада
# machine-drafted
legal-form-public-body = Державна установа
# machine-drafted
legal-form-other = Інша правова форма
# machine-drafted
target-group-children = Діти
# machine-drafted
target-group-youth = Молодь
# machine-drafted
target-group-women = Жінки
# machine-drafted
target-group-men = Чоловіки
# machine-drafted
target-group-seniors = Люди похилого віку
# machine-drafted
target-group-families = Сім’ї
# machine-drafted
target-group-refugees = Біженці
# machine-drafted
target-group-newcomers = Новоприбулі
# machine-drafted
target-group-everyone = Усі
