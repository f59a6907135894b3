# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.

# machine-drafted
nav-graph = Схема мережі
# machine-drafted
graph-title = Схема мережі
# machine-drafted
graph-intro = Які об’єднання зустрічалися: за столом мережевої зустрічі, через погоджений запит на контакт або у спільному проєкті співпраці. Об’єднання без жодного зв’язку наведено у списку – з ними варто поговорити.
# machine-drafted
graph-from = Від (дата)
# machine-drafted
graph-to = До (дата)
# machine-drafted
graph-date-hint = Дата у форматі РРРР-ММ-ДД, наприклад 2020-01-31. Залиште порожнім для «від початку» або «до сьогодні».
# machine-drafted
graph-kinds = Зв’язки
# machine-drafted
graph-kind-met = Зустрілися за столом (суцільна лінія)
# machine-drafted
graph-kind-introduction = Запит на контакт погоджено (штрихова лінія)
# machine-drafted
graph-kind-project = Спільний проєкт співпраці (пунктирна лінія)
# machine-drafted
graph-show = Показати
# machine-drafted
graph-reset = Скинути фільтри
# machine-drafted
graph-summary = Об’єднань: { $associations }, зв’язків: { $edges }, без зв’язку: { $isolated }.
# machine-drafted
graph-isolated = Об’єднання без зв’язку
# machine-drafted
graph-isolated-intro = Ці об’єднання не мали жодного з вибраних зв’язків у вибраний період. Назва веде до профілю.
# machine-drafted
graph-isolated-none = Кожне об’єднання має щонайменше один зв’язок.
# machine-drafted
graph-activity = { $count ->
    [one] { $count } активність
    [few] { $count } активності
   *[other] { $count } активностей
}
# machine-drafted
graph-drawing = Мережа як зображення
# machine-drafted
graph-zoom-in = Збільшити
# machine-drafted
graph-zoom-out = Зменшити
# machine-drafted
graph-zoom-reset = Усе зображення
# machine-drafted
graph-zoom-hint = Перетягуйте, щоб зсунути зображення; коліщатко миші збільшує.
# machine-drafted
graph-legend = Умовні позначення
# machine-drafted
graph-legend-size = Що більший знак, то активніше об’єднання (мережеві зустрічі, запити на контакт, проєкти співпраці за період). Колір і форма показують першу сферу діяльності:
# machine-drafted
graph-export = Завантажити
# machine-drafted
graph-export-intro = Ті самі дані з тими самими фільтрами, наприклад для Gephi.
# machine-drafted
graph-export-graphml = Мережа у форматі GraphML
# machine-drafted
graph-export-csv = Зв’язки як список CSV
# machine-drafted
graph-node-title = { $name } – { $field } – активності: { $activity }, зв’язки: { $degree }
# machine-drafted
graph-field-none = без сфери діяльності
# machine-drafted
form-error-graph-period-order = Дата завершення раніше за дату початку.
