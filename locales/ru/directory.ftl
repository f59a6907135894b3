# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
directory-title = Каталог объединений
# machine-drafted
search-heading = Поиск и фильтры
# machine-drafted
search-label = Поиск
# machine-drafted
search-placeholder = напр. женщины, репетиторство, турецкий
# machine-drafted
search-submit = Найти
# machine-drafted
query-error-heading = Не удалось выполнить поиск.
# machine-drafted
query-error-query-too-long = Текст поиска слишком длинный. Пожалуйста, используйте не более 200 символов.
# machine-drafted
query-error-unknown-category = Такой сферы деятельности нет. Пожалуйста, выберите одну из списка.
# machine-drafted
query-error-unknown-target-group = Такой целевой группы нет. Пожалуйста, выберите одну из списка.
# machine-drafted
query-error-invalid-language = Этот язык недопустим. Пожалуйста, выберите язык из списка.
# machine-drafted
query-error-unknown-district = Такого района нет. Пожалуйста, выберите район из списка.
# machine-drafted
query-error-invalid-mso = Фильтр «Самоорганизация мигрантов» допускает только «Да» или «Нет».
# machine-drafted
query-error-invalid-sort = Такой сортировки нет.
# machine-drafted
query-error-invalid-page = Такого номера страницы нет.
# machine-drafted
query-error-invalid-per-page = На странице можно показать от 1 до 100 записей.
# machine-drafted
filters-toggle = Фильтры
# machine-drafted
facet-any = Все
# machine-drafted
facet-category = Сфера деятельности
# machine-drafted
facet-target-group = Целевая группа
# machine-drafted
facet-language = Язык
# machine-drafted
facet-district = Район
# machine-drafted
facet-mso = Самоорганизация мигрантов
# machine-drafted
facet-mso-yes = Да
# machine-drafted
facet-mso-no = Нет
# machine-drafted
sort-label = Сортировка
# machine-drafted
sort-relevance = Лучшие совпадения
# machine-drafted
sort-name = Название (A–Z)
# machine-drafted
sort-updated = Недавно обновлённые
# machine-drafted
results-count = { $count ->
    [0] Объединения не найдены
    [one] Найдено { $count } объединение
    [few] Найдено { $count } объединения
   *[many] Найдено { $count } объединений
    [other] Найдено { $count } объединения
}
# machine-drafted
active-filters = Активные фильтры
# machine-drafted
directory-item-mentions = Подходящие предложения и потребности
# machine-drafted
filter-remove = Убрать фильтр
# machine-drafted
no-results = К сожалению, по Вашему поиску ничего не найдено.
# machine-drafted
no-results-hint = Попробуйте меньше фильтров или более короткое слово для поиска:
# machine-drafted
no-results-show-all = Показать все объединения
# machine-drafted
pagination-label = Страницы
# machine-drafted
pagination-prev = Назад
# machine-drafted
pagination-next = Далее
# machine-drafted
badge-mso = Самоорганизация мигрантов
# machine-drafted
breadcrumb-label = Навигационная цепочка
# machine-drafted
profile-about = О нас
# machine-drafted
profile-facts = Коротко
# machine-drafted
profile-categories = Сферы деятельности
# machine-drafted
profile-target-groups = Целевые группы
# machine-drafted
profile-languages = Языки
# machine-drafted
profile-origins = Происхождение
# machine-drafted
profile-founded = Основано
# machine-drafted
profile-district = Район
# machine-drafted
profile-meeting-times = Время встреч
# machine-drafted
profile-wheelchair = Доступно для инвалидных колясок
# machine-drafted
profile-contact = Контакты
# machine-drafted
profile-persons = Контактные лица
# machine-drafted
profile-report-error = Сообщить об ошибке в этой записи
# machine-drafted
profile-report-subject = Ошибка в записи: { $name }
# machine-drafted
profile-as-data = Как данные (JSON)
# machine-drafted
contact-email = Эл. почта
# machine-drafted
contact-phone = Телефон
# machine-drafted
contact-website = Веб-сайт
# machine-drafted
wheelchair-yes = Да
# machine-drafted
wheelchair-partial = Частично
# machine-drafted
wheelchair-no = Нет
# machine-drafted
legal-form-registered-association = Зарегистрированное объединение (e. V.)
# machine-drafted
legal-form-nonprofit-company = Некоммерческое ООО (gGmbH)
# machine-drafted
legal-form-initiative = Инициатива без юридической формы
# machine-drafted
legal-form-religious-community = Религиозная община
# machine-drafted
legal-form-public-body = Государственное учреждение
# machine-drafted
legal-form-other = Другая правовая форма
# machine-drafted
target-group-children = Дети
# machine-drafted
target-group-youth = Молодёжь
# machine-drafted
target-group-women = Женщины
# machine-drafted
target-group-men = Мужчины
# machine-drafted
target-group-seniors = Пожилые люди
# machine-drafted
target-group-families = Семьи
# machine-drafted
target-group-refugees = Беженцы
# machine-drafted
target-group-newcomers = Недавно приехавшие
# machine-drafted
target-group-everyone = Все
