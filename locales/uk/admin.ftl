# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.

# machine-drafted
admin-users-title = Керування обліковими записами
# machine-drafted
admin-users-intro = Усі облікові записи з роллю, підтвердженням, другим фактором, статусом і об’єднаннями. Вимкнені облікові записи одразу виходять із системи.
# machine-drafted
admin-col-email = Адреса електронної пошти
# machine-drafted
admin-col-role = Роль
# machine-drafted
admin-col-verified = Адресу підтверджено
# machine-drafted
admin-col-second-factor = Другий фактор
# machine-drafted
admin-col-status = Статус
# machine-drafted
admin-col-memberships = Об’єднання
# machine-drafted
admin-yes = так
# machine-drafted
admin-no = ні
# machine-drafted
admin-active = активний
# machine-drafted
admin-disabled = вимкнено
# machine-drafted
admin-you = Ви
# machine-drafted
admin-role-change = Змінити роль
# machine-drafted
admin-disable = Вимкнути
# machine-drafted
admin-enable = Знову ввімкнути
# machine-drafted
admin-done-role = Роль змінено.
# machine-drafted
admin-done-disabled = Обліковий запис вимкнено, сеанси завершено.
# machine-drafted
admin-done-enabled = Обліковий запис знову активний.
# machine-drafted
admin-error-last-administrator = Це останній активний обліковий запис адміністрування. Він не може відмовитися від своєї ролі й не може бути вимкнений.
# machine-drafted
admin-error-invalid = Така зміна неможлива.
# machine-drafted
admin-outbox-title = Вихідні
# machine-drafted
admin-outbox-intro = Листи не надсилаються, а зберігаються тут – спочатку найновіші.
# machine-drafted
admin-outbox-smtp = Листи надсилаються через SMTP-сервер, тому папки «Вихідні» немає.
# machine-drafted
admin-outbox-empty = Папка «Вихідні» порожня.
# machine-drafted
admin-outbox-no-text = Цей лист не має текстової частини.
# machine-drafted
admin-outbox-back = Назад до вихідних
# machine-drafted
admin-col-time = Час (UTC)
# machine-drafted
admin-col-to = Кому
# machine-drafted
admin-col-subject = Тема

# machine-drafted
audit-title = Журнал
# machine-drafted
audit-intro = Останні 200 рішень і змін бюро з питань інтеграції та адміністрування, спочатку найновіші.
# machine-drafted
audit-empty = Журнал поки що порожній.
# machine-drafted
audit-col-time = Час (UTC)
# machine-drafted
audit-col-actor = Хто
# machine-drafted
audit-col-action = Дія
# machine-drafted
audit-col-target = Стосується
# machine-drafted
audit-col-detail = Подробиці

# machine-drafted
data-title = Ваші дані
# machine-drafted
data-intro = Ви можете завантажити всі дані, які ми зберігаємо про Ваш обліковий запис, і видалити свій обліковий запис.
# machine-drafted
data-download = Завантажити мої дані (JSON)
# machine-drafted
data-delete-title = Видалити обліковий запис
# machine-drafted
data-delete-intro = Ваш обліковий запис і Ваші персональні дані буде видалено, а Ви вийдете із системи. Створені Вами версії профілів об’єднань залишаться й відтак зазначатимуть видалений обліковий запис. Будь ласка, підтвердьте своїм паролем.
# machine-drafted
data-delete-password = Пароль
# machine-drafted
data-delete-submit = Остаточно видалити обліковий запис
# machine-drafted
data-delete-cancel = Скасувати й повернутися до облікового запису
# machine-drafted
data-delete-error-password = Пароль неправильний.
# machine-drafted
data-delete-error-last-administrator = Ваш обліковий запис – останній активний обліковий запис адміністрування, тому Ви не можете його видалити. Спочатку призначте адміністратором когось іншого.
# machine-drafted
data-deleted-note = Ваш обліковий запис видалено.
