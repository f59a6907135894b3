# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.

# machine-drafted
nav-import = Імпорт
# machine-drafted
porting-import-title = Імпорт до довідника
# machine-drafted
porting-import-intro = Завантажте файл з об’єднаннями. Спершу Ви побачите попередній перегляд, рядок за рядком; нічого не зберігається, доки Ви не підтвердите, – а тоді все або нічого.
# machine-drafted
porting-file = Файл
# machine-drafted
porting-file-hint = CSV (кома або крапка з комою, назви стовпців німецькою чи англійською), JSON з нашого експорту, GeoJSON або експорт Karte von morgen (OpenFairDB). Не більше { $megabytes } МБ.
# machine-drafted
porting-format = Формат
# machine-drafted
porting-format-auto = визначити за назвою файлу
# machine-drafted
porting-format-csv = CSV
# machine-drafted
porting-format-json = JSON (наш експорт)
# machine-drafted
porting-format-geojson = GeoJSON
# machine-drafted
porting-format-ofdb = OpenFairDB (Karte von morgen)
# machine-drafted
porting-upload-submit = Завантажити й переглянути
# machine-drafted
porting-upload-empty = Будь ласка, виберіть файл. Надісланий файл був порожній або його не було.
# machine-drafted
porting-upload-too-big = Файл більший за { $megabytes } МБ. Будь ласка, розділіть його на менші файли.
# machine-drafted
porting-upload-format-unclear = За назвою файлу формат не визначити. Будь ласка, виберіть його.
# machine-drafted
porting-error-empty = Файл порожній.
# machine-drafted
porting-error-html = Файл – це вебсторінка (HTML), а не файл з даними.
# machine-drafted
porting-error-spreadsheet = Файл – це таблиця Excel або LibreOffice. Будь ласка, спершу збережіть її там як CSV.
# machine-drafted
porting-error-utf16 = Файл збережено в UTF-16. Будь ласка, збережіть його як CSV в UTF-8.
# machine-drafted
porting-error-binary = Файл не текстовий (а, наприклад, PDF, зображення чи архів).
# machine-drafted
porting-error-wrong-format = Файл не у форматі { $format }. Будь ласка, перевірте вибраний формат.
# machine-drafted
porting-error-no-name-column = Жоден стовпець не містить назви. У рядку заголовків є: { $headers }. Будь ласка, вкажіть нижче стовпець з назвою.
# machine-drafted
porting-error-too-many-rows = У файлі понад 50 000 рядків. Будь ласка, розділіть його на менші файли.
# machine-drafted
porting-error-row-too-long = Рядок довший за 1 МБ – мабуть, лапки, які ніде не закрито.
# machine-drafted
porting-error-bad-mapping = Зіставлення стовпців недійсне. Будь ласка, виберіть його знову.
# machine-drafted
porting-error-unreadable = Файл неможливо прочитати.
# machine-drafted
porting-export-heading = Експорт довідника
# machine-drafted
porting-export-intro = Усі опубліковані об’єднання з даними для мережі; контактні особи – лише з їхньою згодою. Кожен запис має ліцензію даних міста.
# machine-drafted
porting-export-csv = як CSV (таблиця)
# machine-drafted
porting-export-json = як JSON (повністю, для переїзду до іншого екземпляра)
# machine-drafted
porting-export-geojson = як GeoJSON (для геоінформаційних систем)
# machine-drafted
porting-export-ofdb = у форматі OpenFairDB (Karte von morgen)
# machine-drafted
porting-export-items-intro = Відкриті пропозиції та потреби всіх опублікованих об’єднань, також видимі лише для мережі, кожна з ліцензією даних міста:
# machine-drafted
porting-export-items-csv = Пропозиції та потреби як CSV
# machine-drafted
porting-export-items-json = Пропозиції та потреби як JSON
# machine-drafted
porting-preview-title = Попередній перегляд: { $file }
# machine-drafted
porting-preview-intro = Ще нічого не збережено. Ось як файл було б перенесено:
# machine-drafted
porting-counts = { $create } нових, { $update } змінених, { $unchanged } без змін, { $duplicate } пропущено (ймовірно, дублікати), { $refused } відхилено.
# machine-drafted
porting-placed = Розташування: { $file } з файлу, { $address } за адресою, { $postcode } за поштовим індексом, { $district } за районом, { $unplaced } без розташування.
# machine-drafted
porting-mapping-heading = Зіставити стовпці
# machine-drafted
porting-mapping-intro = Ці стовпці невідомі. Виберіть, що в них; стовпці без вибору не переносяться.
# machine-drafted
porting-mapping-submit = Застосувати зіставлення
# machine-drafted
porting-field-ignored = – не переносити –
# machine-drafted
porting-field-tags = Мітки
# machine-drafted
porting-field-slug = Адреса сторінки об’єднання (коротка назва в адресі)
# machine-drafted
porting-field-external-id = Ідентифікатор у системі походження
# machine-drafted
porting-refused-note = Рядки відхилено: з цього файлу нічого не можна зберегти. Будь ласка, виправте файл і завантажте його знову.
# machine-drafted
porting-confirm-heading = Підтвердити імпорт
# machine-drafted
porting-confirm-intro = Буде створено { $create } нових об’єднань і змінено { $update }. Кожна зміна з’явиться в історії версій з цим імпортом як джерелом.
# machine-drafted
porting-confirm-submit = Почати імпорт
# machine-drafted
porting-nothing-to-do = Файл нічого не змінює в довіднику.
# machine-drafted
porting-rows-heading = Рядки
# machine-drafted
porting-rows-cut = Показано перші { $shown } з { $total } рядків; числа вище враховують усі.
# machine-drafted
porting-col-line = Рядок
# machine-drafted
porting-col-entry = Запис
# machine-drafted
porting-col-name = Назва
# machine-drafted
porting-col-action = Що станеться
# machine-drafted
porting-col-detail = Подробиці
# machine-drafted
porting-action-create = новий
# machine-drafted
porting-action-update = буде змінено
# machine-drafted
porting-action-unchanged = без змін
# machine-drafted
porting-action-duplicate = пропущено, ймовірно, дублікат
# machine-drafted
porting-action-refused = відхилено
# machine-drafted
porting-duplicate-of = як { $name }
# machine-drafted
porting-row-unreadable = Запис неможливо прочитати.
# machine-drafted
porting-new-upload = Завантажити інший файл
# machine-drafted
porting-running-title = Імпорт триває: { $file }
# machine-drafted
porting-progress = Хід виконання
# machine-drafted
porting-progress-text = Перевірено { $done } з { $total } рядків
# machine-drafted
porting-queued = Імпорт чекає на початок.
# machine-drafted
porting-refresh-hint = Ця сторінка оновлюється кожні дві секунди.
# machine-drafted
porting-refresh-pause = Більше не оновлювати самостійно
# machine-drafted
porting-refresh-now = Оновити зараз
# machine-drafted
porting-report-title = Імпорт: { $file }
# machine-drafted
porting-report-stored = Збережено як імпорт № { $id }.
# machine-drafted
porting-report-refused = Нічого не збережено: { $rows } рядків тепер було б відхилено, бо довідник змінився після попереднього перегляду. Будь ласка, завантажте файл знову.
# machine-drafted
porting-job-failed = Імпорт не вдався; нічого не збережено. Будь ласка, спробуйте пізніше.
# machine-drafted
porting-report-directory = До довідника
# machine-drafted
error-import-confirmed-title = Уже підтверджено
# machine-drafted
error-import-confirmed-text = Цей імпорт уже підтверджено; зіставлення стовпців більше не можна змінити.
# machine-drafted
porting-history-origin = Імпортовано користувачем { $author } { $date } з файлу { $file } ({ $format }).
