# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
members-invite-sent-next = Оно указано в «Открытых приглашениях», пока его не примут; там его можно отправить снова или отозвать.
# machine-drafted
members-current-heading = Кто ведёт запись
# machine-drafted
members-none-yet = Пока никто не принял приглашение.
# machine-drafted
members-remove = Удалить
# machine-drafted
members-pending-heading = Открытые приглашения
# machine-drafted
members-pending-none = Открытых приглашений нет.
# machine-drafted
members-pending-intro = Эти люди получили приглашение, но ещё не приняли его.
# machine-drafted
members-pending-until = Ссылка действительна до { $date }
# machine-drafted
members-resend = Отправить снова
# machine-drafted
members-revoke = Отозвать
# machine-drafted
members-done-resent = Приглашение отправлено снова с новой ссылкой; старая ссылка больше не действует.
# machine-drafted
members-done-revoked = Приглашение отозвано; его ссылка больше не действует.
# machine-drafted
members-done-removed = Этот человек больше не ведёт запись.
# machine-drafted
members-error-gone = Этого приглашения или этого человека здесь нет (больше нет).
# machine-drafted
members-role-owner-hint = Ведёт запись, предложения и запросы и приглашает других людей.
# machine-drafted
members-role-editor-hint = Ведёт запись, предложения и запросы, но никого не приглашает.
# machine-drafted
members-role-editor-only = Вы приглашаете людей, которые ведут запись вместе с Вами: они меняют запись, предложения и запросы, но никого не приглашают.
# machine-drafted
profile-invite = Пригласить представителя
# machine-drafted
admin-invite-heading = Пригласить кого-то для объединения
# machine-drafted
admin-invite-text = Выберите объединение. На следующей странице Вы введёте адрес электронной почты и увидите открытые приглашения.
# machine-drafted
admin-invite-organisation = Объединение
# machine-drafted
admin-invite-submit = Далее к приглашению
# machine-drafted
admin-own-account-hint = Ваша собственная учётная запись – отключить её может только другой администратор.
# machine-drafted
account-organisations-staff = Как бюро по вопросам интеграции Вы ведёте каждую запись, не будучи участником. Представителей Вы приглашаете на странице объединения («Пригласить представителя») или в списке учётных записей.
