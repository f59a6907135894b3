# Machine-drafted translation (Russian), awaiting review by a native speaker.
# News and pages: public list, item, Atom feed, editor.

# machine-drafted
nav-news = Новости
# machine-drafted
news-title = Новости
# machine-drafted
news-intro = Отчёты о сетевых встречах, даты и новости сети.
# machine-drafted
news-feed = Новости как лента (Atom)
# machine-drafted
news-none = Новостей пока нет.
# machine-drafted
news-pages-label = Страницы новостей
# machine-drafted
news-previous = Новее
# machine-drafted
news-next = Старше
# machine-drafted
news-page-of = Страница { $page } из { $pages }
# machine-drafted
news-in-language = на языке: { $language }
# machine-drafted
news-in-the-news = В новостях
# machine-drafted
news-draft-note = Черновик: эта страница ещё не опубликована. Её видите только Вы.
# machine-drafted
news-linked = О чём речь
# machine-drafted
news-languages = Также на языках: { $languages }
# machine-drafted
news-edit = Редактировать
# machine-drafted
news-new = Новая новость
# machine-drafted
news-new-page = Новая страница
# machine-drafted
news-office-title = Управление новостями и страницами
# machine-drafted
news-office-news = Новости
# machine-drafted
news-office-pages = Страницы
# machine-drafted
news-state = Состояние
# machine-drafted
news-state-published = Опубликовано
# machine-drafted
news-state-draft = Черновик
# machine-drafted
news-placement-none = Не в навигации
# machine-drafted
news-placement-header = В меню вверху
# machine-drafted
news-placement-footer = В нижнем колонтитуле
# machine-drafted
news-view = Просмотреть
# machine-drafted
news-view-draft = Просмотреть черновик
# machine-drafted
news-publish = Опубликовать
# machine-drafted
news-unpublish = Снять с публикации
# machine-drafted
news-revisions = Версии
# machine-drafted
news-revision = Версия { $number }
# machine-drafted
news-revision-current = текущая
# machine-drafted
news-revision-restored = восстановлено из версии { $number }
# machine-drafted
news-restore = Восстановить версию { $number }
# machine-drafted
news-preview = Предпросмотр
# machine-drafted
news-preview-heading = Предпросмотр
# machine-drafted
news-preview-hint = Так выглядит немецкая версия. Пока ничего не сохранено.
# machine-drafted
news-field-title = Заголовок
# machine-drafted
news-field-teaser = Краткий текст
# machine-drafted
news-field-body = Текст
# machine-drafted
news-body-hint = Markdown: **жирный**, *курсив*, списки с „- “, ссылки в виде [текст](https://…). Пустая строка начинает новый абзац.
# machine-drafted
news-field-date = Дата
# machine-drafted
news-date-hint = Например, 2020-01-11.
# machine-drafted
news-field-placement = Место в навигации
# machine-drafted
news-field-contact-block = Показывать контакты бюро по вопросам интеграции под текстом
# machine-drafted
news-version = Версия: { $language }
# machine-drafted
news-field-associations = Связанные объединения
# machine-drafted
news-links-hint = Выберите объединения из каталога, которых это касается; несколько — с Ctrl или долгим нажатием. Объединения показывают новость в своём профиле.
# machine-drafted
news-field-meetings = Связанные сетевые встречи
# machine-drafted
news-meetings-hint = Выберите сетевые встречи, которых это касается; несколько — с Ctrl или долгим нажатием. Встречи показывают новость на своей странице.
# machine-drafted
news-field-projects = Связанные проекты сотрудничества
# machine-drafted
news-projects-hint = Выберите проекты сотрудничества, которых это касается; несколько — с Ctrl или долгим нажатием. Проекты показывают новость на своей странице.
# machine-drafted
news-save = Сохранить
# machine-drafted
news-save-draft = Сохранить как черновик
# machine-drafted
news-picture = Изображение
# machine-drafted
news-field-image = Файл изображения
# machine-drafted
news-image-hint = PNG, JPEG или WebP, не более 2 МБ. Изображение уменьшается и сохраняется без метаданных.
# machine-drafted
news-field-image-alt = Описание изображения (альтернативный текст)
# machine-drafted
news-image-alt-hint = Опишите, что изображено, для людей, которые не могут этого видеть.
# machine-drafted
news-image-upload = Сохранить изображение
# machine-drafted
news-image-remove = Удалить изображение
# machine-drafted
news-saved-created = Черновик сохранён. Он ещё не публичный.
# machine-drafted
news-saved-saved = Изменения сохранены.
# machine-drafted
news-saved-published = Опубликовано.
# machine-drafted
news-saved-unpublished = Снято с публикации: страницу видите только Вы.
# machine-drafted
news-saved-image = Изображение сохранено.
# machine-drafted
news-saved-image-removed = Изображение удалено.
# machine-drafted
news-saved-restored = Версия восстановлена. Предыдущая остаётся в списке версий.
# machine-drafted
news-image-error-too-big = Файл слишком большой: не более { $megabytes } МБ.
# machine-drafted
news-image-error-too-large = В изображении слишком много пикселей: не более { $pixels } × { $pixels }.
# machine-drafted
news-image-error-empty = Пожалуйста, сначала выберите изображение.
# machine-drafted
news-image-error-not-an-image = Этот файл не является изображением в формате PNG, JPEG или WebP, или он повреждён.
# machine-drafted
form-error-news-image-alt = Пожалуйста, опишите изображение.
# machine-drafted
form-error-news-link-unknown = Такого адреса нет. Пожалуйста, проверьте написание.
# machine-drafted
error-news-not-found-title = Не найдено
# machine-drafted
error-news-not-found-text = Такой новости или страницы нет (больше нет).
