# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# News and pages: public list, item, Atom feed, editor.

# machine-drafted
nav-news = Новини
# machine-drafted
news-title = Новини
# machine-drafted
news-intro = Звіти з мережевих зустрічей, дати та новини мережі.
# machine-drafted
news-feed = Новини як стрічка (Atom)
# machine-drafted
news-none = Новин ще немає.
# machine-drafted
news-pages-label = Сторінки новин
# machine-drafted
news-previous = Новіші
# machine-drafted
news-next = Старіші
# machine-drafted
news-page-of = Сторінка { $page } з { $pages }
# machine-drafted
news-in-language = мовою: { $language }
# machine-drafted
news-in-the-news = У новинах
# machine-drafted
news-draft-note = Чернетка: цю сторінку ще не опубліковано. Її бачите лише Ви.
# machine-drafted
news-linked = Про що йдеться
# machine-drafted
news-languages = Також мовами: { $languages }
# machine-drafted
news-edit = Редагувати
# machine-drafted
news-new = Нова новина
# machine-drafted
news-new-page = Нова сторінка
# machine-drafted
news-office-title = Керування новинами та сторінками
# machine-drafted
news-office-news = Новини
# machine-drafted
news-office-pages = Сторінки
# machine-drafted
news-state = Стан
# machine-drafted
news-state-published = Опубліковано
# machine-drafted
news-state-draft = Чернетка
# machine-drafted
news-placement-none = Не в навігації
# machine-drafted
news-placement-header = У меню вгорі
# machine-drafted
news-placement-footer = У нижньому колонтитулі
# machine-drafted
news-view = Переглянути
# machine-drafted
news-view-draft = Переглянути чернетку
# machine-drafted
news-publish = Опублікувати
# machine-drafted
news-unpublish = Зняти з публікації
# machine-drafted
news-revisions = Версії
# machine-drafted
news-revision = Версія { $number }
# machine-drafted
news-revision-current = поточна
# machine-drafted
news-revision-restored = відновлено з версії { $number }
# machine-drafted
news-restore = Відновити версію { $number }
# machine-drafted
news-preview = Попередній перегляд
# machine-drafted
news-preview-heading = Попередній перегляд
# machine-drafted
news-preview-hint = Так виглядає німецька версія. Ще нічого не збережено.
# machine-drafted
news-field-title = Заголовок
# machine-drafted
news-field-teaser = Короткий текст
# machine-drafted
news-field-body = Текст
# machine-drafted
news-body-hint = Markdown: **жирний**, *курсив*, списки з „- “, посилання як [текст](https://…). Порожній рядок починає новий абзац.
# machine-drafted
news-field-date = Дата
# machine-drafted
news-date-hint = Наприклад, 2020-01-11.
# machine-drafted
news-field-placement = Місце в навігації
# machine-drafted
news-field-contact-block = Показувати контакти бюро з питань інтеграції під текстом
# machine-drafted
news-version = Версія: { $language }
# machine-drafted
news-field-associations = Пов’язані об’єднання
# machine-drafted
news-links-hint = Виберіть об’єднання з довідника, яких це стосується; кілька — з Ctrl або довгим дотиком. Об’єднання показують новину у своєму профілі.
# machine-drafted
news-field-meetings = Пов’язані мережеві зустрічі
# machine-drafted
news-meetings-hint = Виберіть мережеві зустрічі, яких це стосується; кілька — з Ctrl або довгим дотиком. Зустрічі показують новину на своїй сторінці.
# machine-drafted
news-field-projects = Пов’язані проєкти співпраці
# machine-drafted
news-projects-hint = Виберіть проєкти співпраці, яких це стосується; кілька — з Ctrl або довгим дотиком. Проєкти показують новину на своїй сторінці.
# machine-drafted
news-save = Зберегти
# machine-drafted
news-save-draft = Зберегти як чернетку
# machine-drafted
news-picture = Зображення
# machine-drafted
news-field-image = Файл зображення
# machine-drafted
news-image-hint = PNG, JPEG або WebP, не більше 2 МБ. Зображення зменшується і зберігається без метаданих.
# machine-drafted
news-field-image-alt = Опис зображення (альтернативний текст)
# machine-drafted
news-image-alt-hint = Опишіть, що зображено, для людей, які не можуть цього бачити.
# machine-drafted
news-image-upload = Зберегти зображення
# machine-drafted
news-image-remove = Видалити зображення
# machine-drafted
news-saved-created = Чернетку збережено. Вона ще не публічна.
# machine-drafted
news-saved-saved = Зміни збережено.
# machine-drafted
news-saved-published = Опубліковано.
# machine-drafted
news-saved-unpublished = Знято з публікації: сторінку бачите лише Ви.
# machine-drafted
news-saved-image = Зображення збережено.
# machine-drafted
news-saved-image-removed = Зображення видалено.
# machine-drafted
news-saved-restored = Версію відновлено. Попередня залишається у списку версій.
# machine-drafted
news-image-error-too-big = Файл завеликий: не більше { $megabytes } МБ.
# machine-drafted
news-image-error-too-large = Зображення має забагато пікселів: не більше { $pixels } × { $pixels }.
# machine-drafted
news-image-error-empty = Будь ласка, спершу виберіть зображення.
# machine-drafted
news-image-error-not-an-image = Цей файл не є зображенням у форматі PNG, JPEG або WebP, або він пошкоджений.
# machine-drafted
form-error-news-image-alt = Будь ласка, опишіть зображення.
# machine-drafted
form-error-news-link-unknown = Такої адреси немає. Будь ласка, перевірте написання.
# machine-drafted
error-news-not-found-title = Не знайдено
# machine-drafted
error-news-not-found-text = Такої новини чи сторінки немає (більше немає).
