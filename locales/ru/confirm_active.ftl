# Machine-drafted translation (Russian), awaiting review by a native speaker.

# machine-drafted
confirm-active-title = Подтвердить запись
# machine-drafted
confirm-active-question = Запись «{ $organisation }» всё ещё актуальна?
# machine-drafted
confirm-active-yes = Да, всё по-прежнему верно
# machine-drafted
confirm-active-edit = Нет, я хочу отредактировать запись
# machine-drafted
confirm-active-edit-hint = Чтобы редактировать, войдите в систему.
# machine-drafted
confirm-active-done = Большое спасибо! Запись «{ $organisation }» подтверждена как актуальная.
# machine-drafted
confirm-active-invalid = Эта ссылка недействительна, уже использована или срок её действия истёк. С вопросами обращайтесь в бюро по вопросам интеграции.

# machine-drafted
inactive-title = Возможно, неактивные объединения
# machine-drafted
inactive-intro = Эти объединения не ответили на ежегодную проверку. Вы можете их заархивировать; архивные записи можно восстановить.
# machine-drafted
inactive-empty = Сейчас ни одно объединение не отмечено.
# machine-drafted
inactive-organisation = Объединение
# machine-drafted
inactive-reminded = Напоминание отправлено
# machine-drafted
inactive-flagged = Отмечено
# machine-drafted
inactive-actions = Действия
# machine-drafted
inactive-no-recipient = адрес неизвестен
# machine-drafted
inactive-archive = Архивировать
