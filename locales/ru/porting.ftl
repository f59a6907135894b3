# Machine-drafted translation (Russian), awaiting review by a native speaker.

# machine-drafted
nav-import = Импорт
# machine-drafted
porting-import-title = Импорт в каталог
# machine-drafted
porting-import-intro = Загрузите файл с объединениями. Сначала Вы увидите предварительный просмотр, строка за строкой; ничего не сохраняется, пока Вы не подтвердите, – а затем всё или ничего.
# machine-drafted
porting-file = Файл
# machine-drafted
porting-file-hint = CSV (запятая или точка с запятой, названия столбцов на немецком или английском), JSON из нашего экспорта, GeoJSON или экспорт Karte von morgen (OpenFairDB). Не более { $megabytes } МБ.
# machine-drafted
porting-format = Формат
# machine-drafted
porting-format-auto = определить по имени файла
# machine-drafted
porting-format-csv = CSV
# machine-drafted
porting-format-json = JSON (наш экспорт)
# machine-drafted
porting-format-geojson = GeoJSON
# machine-drafted
porting-format-ofdb = OpenFairDB (Karte von morgen)
# machine-drafted
porting-upload-submit = Загрузить и посмотреть
# machine-drafted
porting-upload-empty = Пожалуйста, выберите файл. Отправленный файл был пуст или отсутствовал.
# machine-drafted
porting-upload-too-big = Файл больше { $megabytes } МБ. Пожалуйста, разделите его на файлы поменьше.
# machine-drafted
porting-upload-format-unclear = По имени файла формат не определить. Пожалуйста, выберите его.
# machine-drafted
porting-error-empty = Файл пуст.
# machine-drafted
porting-error-html = Файл – это веб-страница (HTML), а не файл с данными.
# machine-drafted
porting-error-spreadsheet = Файл – это таблица Excel или LibreOffice. Пожалуйста, сначала сохраните её там как CSV.
# machine-drafted
porting-error-utf16 = Файл сохранён в UTF-16. Пожалуйста, сохраните его как CSV в UTF-8.
# machine-drafted
porting-error-binary = Файл не текстовый (а, например, PDF, изображение или архив).
# machine-drafted
porting-error-wrong-format = Файл не в формате { $format }. Пожалуйста, проверьте выбранный формат.
# machine-drafted
porting-error-no-name-column = Ни один столбец не содержит названия. В строке заголовков есть: { $headers }. Пожалуйста, укажите ниже столбец с названием.
# machine-drafted
porting-error-too-many-rows = В файле больше 50 000 строк. Пожалуйста, разделите его на файлы поменьше.
# machine-drafted
porting-error-row-too-long = Строка длиннее 1 МБ – вероятно, кавычка, которая нигде не закрыта.
# machine-drafted
porting-error-bad-mapping = Сопоставление столбцов недействительно. Пожалуйста, выберите его заново.
# machine-drafted
porting-error-unreadable = Файл невозможно прочитать.
# machine-drafted
porting-export-heading = Экспорт каталога
# machine-drafted
porting-export-intro = Все опубликованные объединения с данными для сети; контактные лица – только с их согласия. Каждая запись несёт лицензию данных города.
# machine-drafted
porting-export-csv = как CSV (таблица)
# machine-drafted
porting-export-json = как JSON (полностью, для переезда в другой экземпляр)
# machine-drafted
porting-export-geojson = как GeoJSON (для геоинформационных систем)
# machine-drafted
porting-export-ofdb = в формате OpenFairDB (Karte von morgen)
# machine-drafted
porting-export-items-intro = Открытые предложения и потребности всех опубликованных объединений, в том числе видимые только сети, каждое с лицензией данных города:
# machine-drafted
porting-export-items-csv = Предложения и потребности как CSV
# machine-drafted
porting-export-items-json = Предложения и потребности как JSON
# machine-drafted
porting-preview-title = Предварительный просмотр: { $file }
# machine-drafted
porting-preview-intro = Пока ничего не сохранено. Так файл был бы перенесён:
# machine-drafted
porting-counts = { $create } новых, { $update } изменённых, { $unchanged } без изменений, { $duplicate } пропущено (вероятно, дубликаты), { $refused } отклонено.
# machine-drafted
porting-placed = Расположение: { $file } из файла, { $address } по адресу, { $postcode } по почтовому индексу, { $district } по району, { $unplaced } без расположения.
# machine-drafted
porting-mapping-heading = Сопоставить столбцы
# machine-drafted
porting-mapping-intro = Эти столбцы неизвестны. Выберите, что в них; столбцы без выбора не переносятся.
# machine-drafted
porting-mapping-submit = Применить сопоставление
# machine-drafted
porting-field-ignored = – не переносить –
# machine-drafted
porting-field-tags = Метки
# machine-drafted
porting-field-slug = Адрес страницы объединения (короткое имя в адресе)
# machine-drafted
porting-field-external-id = Идентификатор в исходной системе
# machine-drafted
porting-refused-note = Строки отклонены: из этого файла ничего нельзя сохранить. Пожалуйста, исправьте файл и загрузите его снова.
# machine-drafted
porting-confirm-heading = Подтвердить импорт
# machine-drafted
porting-confirm-intro = Будет создано { $create } новых объединений и изменено { $update }. Каждое изменение появится в истории версий с этим импортом в качестве источника.
# machine-drafted
porting-confirm-submit = Начать импорт
# machine-drafted
porting-nothing-to-do = Файл ничего не меняет в каталоге.
# machine-drafted
porting-rows-heading = Строки
# machine-drafted
porting-rows-cut = Показаны первые { $shown } из { $total } строк; числа выше учитывают все.
# machine-drafted
porting-col-line = Строка
# machine-drafted
porting-col-entry = Запись
# machine-drafted
porting-col-name = Название
# machine-drafted
porting-col-action = Что произойдёт
# machine-drafted
porting-col-detail = Подробности
# machine-drafted
porting-action-create = новая
# machine-drafted
porting-action-update = будет изменена
# machine-drafted
porting-action-unchanged = без изменений
# machine-drafted
porting-action-duplicate = пропущена, вероятно, дубликат
# machine-drafted
porting-action-refused = отклонена
# machine-drafted
porting-duplicate-of = как { $name }
# machine-drafted
porting-row-unreadable = Запись невозможно прочитать.
# machine-drafted
porting-new-upload = Загрузить другой файл
# machine-drafted
porting-running-title = Идёт импорт: { $file }
# machine-drafted
porting-progress = Ход выполнения
# machine-drafted
porting-progress-text = Проверено { $done } из { $total } строк
# machine-drafted
porting-queued = Импорт ждёт начала.
# machine-drafted
porting-refresh-hint = Эта страница обновляется каждые две секунды.
# machine-drafted
porting-refresh-pause = Больше не обновлять самостоятельно
# machine-drafted
porting-refresh-now = Обновить сейчас
# machine-drafted
porting-report-title = Импорт: { $file }
# machine-drafted
porting-report-stored = Сохранено как импорт № { $id }.
# machine-drafted
porting-report-refused = Ничего не сохранено: { $rows } строк теперь были бы отклонены, потому что каталог изменился после предварительного просмотра. Пожалуйста, загрузите файл снова.
# machine-drafted
porting-job-failed = Импорт не удался; ничего не сохранено. Пожалуйста, попробуйте позже.
# machine-drafted
porting-report-directory = В каталог
# machine-drafted
error-import-confirmed-title = Уже подтверждено
# machine-drafted
error-import-confirmed-text = Этот импорт уже подтверждён; сопоставление столбцов больше нельзя изменить.
# machine-drafted
porting-history-origin = Импортировано пользователем { $author } { $date } из файла { $file } ({ $format }).
