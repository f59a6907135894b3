# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
edit-overview = Форма состоит из шести частей:
# machine-drafted
edit-overview-hint = Сохраните в конце кнопкой «Сохранить изменения»; то, что Вы не меняете, остаётся как есть.
# machine-drafted
edit-markdown-hint = Форматирование: пустая строка разделяет абзацы; строка, начинающаяся с «- », становится пунктом списка; **жирный**, *курсив*; ссылки как [текст](https://…).
# machine-drafted
edit-position-address-first = Проще всего: впишите адрес выше и сохраните – Knotenpunkt сам поставит отметку. Карта показывает улицы только после «Загрузить карту»; до этого Вы видите серую область.
# machine-drafted
edit-section-only = редактировать только эту часть
# machine-drafted
edit-section-alone = Вы редактируете только эту часть; всё остальное остаётся как есть.
# machine-drafted
edit-section-all = Показать все части
# machine-drafted
edit-submit-section = Сохранить эту часть
# machine-drafted
edit-preview = Предварительный просмотр
# machine-drafted
edit-preview-heading = Предварительный просмотр публичной страницы
# machine-drafted
edit-preview-note = Так будет выглядеть страница, когда изменения вступят в силу. Пока ничего не сохранено: сохраните внизу формы.
