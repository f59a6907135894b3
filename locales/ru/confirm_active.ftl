# Machine-drafted translation (Russian), awaiting review by a native speaker.

confirm-active-title = Подтвердить запись
confirm-active-question = Запись «{ $organisation }» всё ещё актуальна?
confirm-active-yes = Да, всё по-прежнему верно
confirm-active-edit = Нет, я хочу отредактировать запись
confirm-active-edit-hint = Чтобы редактировать, войдите в систему.
confirm-active-done = Большое спасибо! Запись «{ $organisation }» подтверждена как актуальная.
confirm-active-invalid = Эта ссылка недействительна, уже использована или срок её действия истёк. С вопросами обращайтесь в координационный офис.

inactive-title = Возможно, неактивные объединения
inactive-intro = Эти объединения не ответили на ежегодный запрос. Вы можете их заархивировать; архивные записи можно восстановить.
inactive-empty = Сейчас ни одно объединение не отмечено.
inactive-organisation = Объединение
inactive-reminded = Запрос отправлен
inactive-flagged = Отмечено
inactive-actions = Действия
inactive-no-recipient = адрес неизвестен
inactive-archive = Архивировать
