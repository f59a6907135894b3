# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
notice-success = Готово
# machine-drafted
notice-info = Примечание
# machine-drafted
notice-warning = Внимание
# machine-drafted
notice-error = Ошибка
# machine-drafted
notice-item-posted-offer = Ваше предложение опубликовано. Ниже Вы видите объединения, которые ищут что-то подобное, – попросите там о знакомстве.
# machine-drafted
notice-item-posted-need = Ваш запрос опубликован. Ниже Вы видите подходящие предложения других объединений – попросите там о знакомстве.
# machine-drafted
notice-item-dismissed = Предложение скрыто. Ваше объединение его больше не увидит.
# machine-drafted
notice-introduction-asked = Ваш запрос отправлен. Другая сторона получит письмо. Как только она согласится, Вы увидите здесь её контакты, а она – Ваши.
# machine-drafted
notice-account-welcome = Добро пожаловать! Ваша учётная запись готова. Здесь Вы видите свои объединения и настройки.
# machine-drafted
notice-login-verified = Ваш адрес электронной почты подтверждён. Теперь войдите со своим паролем.
# machine-drafted
notice-login-reset = Ваш пароль изменён. Теперь войдите с новым паролем.
