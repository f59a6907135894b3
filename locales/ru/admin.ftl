# Machine-drafted translation (Russian), awaiting review by a native speaker.

# machine-drafted
admin-users-title = Управление учётными записями
# machine-drafted
admin-users-intro = Все учётные записи с ролью, подтверждением, вторым фактором, статусом и объединениями. Отключённые учётные записи сразу выходят из системы.
# machine-drafted
admin-col-email = Адрес электронной почты
# machine-drafted
admin-col-role = Роль
# machine-drafted
admin-col-verified = Адрес подтверждён
# machine-drafted
admin-col-second-factor = Второй фактор
# machine-drafted
admin-col-status = Статус
# machine-drafted
admin-col-memberships = Объединения
# machine-drafted
admin-yes = да
# machine-drafted
admin-no = нет
# machine-drafted
admin-active = активна
# machine-drafted
admin-disabled = отключена
# machine-drafted
admin-you = Вы
# machine-drafted
admin-role-change = Изменить роль
# machine-drafted
admin-disable = Отключить
# machine-drafted
admin-enable = Снова включить
# machine-drafted
admin-done-role = Роль изменена.
# machine-drafted
admin-done-disabled = Учётная запись отключена, сеансы завершены.
# machine-drafted
admin-done-enabled = Учётная запись снова активна.
# machine-drafted
admin-error-last-administrator = Это последняя активная учётная запись администрирования. Она не может отказаться от своей роли и не может быть отключена.
# machine-drafted
admin-error-invalid = Такое изменение невозможно.
# machine-drafted
admin-outbox-title = Исходящие
# machine-drafted
admin-outbox-intro = Письма не отправляются, а сохраняются здесь – сначала самые новые.
# machine-drafted
admin-outbox-smtp = Письма отправляются через SMTP-сервер, поэтому папки «Исходящие» нет.
# machine-drafted
admin-outbox-empty = Папка «Исходящие» пуста.
# machine-drafted
admin-outbox-no-text = У этого письма нет текстовой части.
# machine-drafted
admin-outbox-back = Назад к исходящим
# machine-drafted
admin-col-time = Время (UTC)
# machine-drafted
admin-col-to = Кому
# machine-drafted
admin-col-subject = Тема

# machine-drafted
audit-title = Журнал
# machine-drafted
audit-intro = Последние 200 решений и изменений бюро по вопросам интеграции и администрирования, сначала самые новые.
# machine-drafted
audit-empty = Журнал пока пуст.
# machine-drafted
audit-col-time = Время (UTC)
# machine-drafted
audit-col-actor = Кто
# machine-drafted
audit-col-action = Действие
# machine-drafted
audit-col-target = Касается
# machine-drafted
audit-col-detail = Подробности

# machine-drafted
data-title = Ваши данные
# machine-drafted
data-intro = Вы можете скачать все данные, которые мы храним о Вашей учётной записи, и удалить свою учётную запись.
# machine-drafted
data-download = Скачать мои данные (JSON)
# machine-drafted
data-delete-title = Удалить учётную запись
# machine-drafted
data-delete-intro = Ваша учётная запись и Ваши персональные данные будут удалены, а Вы выйдете из системы. Созданные Вами версии профилей объединений сохранятся и после этого будут указывать на удалённую учётную запись. Пожалуйста, подтвердите своим паролем.
# machine-drafted
data-delete-password = Пароль
# machine-drafted
data-delete-submit = Окончательно удалить учётную запись
# machine-drafted
data-delete-cancel = Отменить и вернуться к учётной записи
# machine-drafted
data-delete-error-password = Неверный пароль.
# machine-drafted
data-delete-error-last-administrator = Ваша учётная запись – последняя активная учётная запись администрирования, поэтому Вы не можете её удалить. Сначала назначьте администратором кого-то другого.
# machine-drafted
data-deleted-note = Ваша учётная запись удалена.
