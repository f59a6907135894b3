# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
edit-overview = Форма має шість частин:
# machine-drafted
edit-overview-hint = Збережіть наприкінці кнопкою «Зберегти зміни»; те, що Ви не змінюєте, залишається як є.
# machine-drafted
edit-markdown-hint = Форматування: порожній рядок розділяє абзаци; рядок, що починається з «- », стає пунктом списку; **жирний**, *курсив*; посилання як [текст](https://…).
# machine-drafted
edit-position-address-first = Найпростіше: впишіть адресу вище й збережіть – Knotenpunkt сам поставить позначку. Мапа показує вулиці лише після «Завантажити мапу»; до того Ви бачите сіру площу.
# machine-drafted
edit-section-only = редагувати лише цю частину
# machine-drafted
edit-section-alone = Ви редагуєте лише цю частину; усе інше залишається як є.
# machine-drafted
edit-section-all = Показати всі частини
# machine-drafted
edit-submit-section = Зберегти цю частину
# machine-drafted
edit-preview = Попередній перегляд
# machine-drafted
edit-preview-heading = Попередній перегляд публічної сторінки
# machine-drafted
edit-preview-note = Так виглядатиме сторінка, коли зміни наберуть чинності. Ще нічого не збережено: збережіть унизу форми.
