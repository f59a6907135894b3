# Machine-drafted translation (Russian), awaiting review by a native speaker.

# machine-drafted
nav-graph = Схема сети
# machine-drafted
graph-title = Схема сети
# machine-drafted
graph-intro = Какие объединения встречались: за столом сетевой встречи, через согласованный запрос на контакт или в совместном проекте сотрудничества. Объединения без единой связи перечислены в списке – с ними стоит поговорить.
# machine-drafted
graph-from = С (дата)
# machine-drafted
graph-to = По (дата)
# machine-drafted
graph-date-hint = Дата в формате ГГГГ-ММ-ДД, например 2020-01-31. Оставьте пустым для «с начала» или «до сегодня».
# machine-drafted
graph-kinds = Связи
# machine-drafted
graph-kind-met = Встретились за столом (сплошная линия)
# machine-drafted
graph-kind-introduction = Запрос на контакт согласован (штриховая линия)
# machine-drafted
graph-kind-project = Совместный проект сотрудничества (пунктирная линия)
# machine-drafted
graph-show = Показать
# machine-drafted
graph-reset = Сбросить фильтры
# machine-drafted
graph-summary = Объединений: { $associations }, связей: { $edges }, без связи: { $isolated }.
# machine-drafted
graph-isolated = Объединения без связи
# machine-drafted
graph-isolated-intro = У этих объединений в выбранный период не было ни одной из выбранных связей. Название ведёт к профилю.
# machine-drafted
graph-isolated-none = У каждого объединения есть хотя бы одна связь.
# machine-drafted
graph-activity = { $count ->
    [one] { $count } активность
    [few] { $count } активности
   *[other] { $count } активностей
}
# machine-drafted
graph-drawing = Сеть в виде изображения
# machine-drafted
graph-zoom-in = Увеличить
# machine-drafted
graph-zoom-out = Уменьшить
# machine-drafted
graph-zoom-reset = Всё изображение
# machine-drafted
graph-zoom-hint = Перетаскивание сдвигает изображение, колесо мыши увеличивает.
# machine-drafted
graph-legend = Условные обозначения
# machine-drafted
graph-legend-size = Чем больше знак, тем активнее объединение (сетевые встречи, запросы на контакт, проекты сотрудничества за период). Цвет и форма показывают первую сферу деятельности:
# machine-drafted
graph-export = Скачать
# machine-drafted
graph-export-intro = Те же данные с теми же фильтрами, например для Gephi.
# machine-drafted
graph-export-graphml = Сеть в формате GraphML
# machine-drafted
graph-export-csv = Связи в виде списка CSV
# machine-drafted
graph-node-title = { $name } – { $field } – активности: { $activity }, связи: { $degree }
# machine-drafted
graph-field-none = без сферы деятельности
# machine-drafted
form-error-graph-period-order = Дата окончания раньше даты начала.
