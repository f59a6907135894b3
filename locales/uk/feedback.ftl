# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
notice-success = Готово
# machine-drafted
notice-info = Примітка
# machine-drafted
notice-warning = Увага
# machine-drafted
notice-error = Помилка
# machine-drafted
notice-item-posted-offer = Вашу пропозицію опубліковано. Нижче Ви бачите об’єднання, які шукають щось подібне, – попросіть там про знайомство.
# machine-drafted
notice-item-posted-need = Ваш запит опубліковано. Нижче Ви бачите відповідні пропозиції інших об’єднань – попросіть там про знайомство.
# machine-drafted
notice-item-dismissed = Пропозицію приховано. Ваше об’єднання її більше не побачить.
# machine-drafted
notice-introduction-asked = Ваш запит надіслано. Інша сторона отримає лист. Щойно вона погодиться, Ви побачите тут її контакти, а вона – Ваші.
# machine-drafted
notice-account-welcome = Ласкаво просимо! Ваш обліковий запис готовий. Тут Ви бачите свої об’єднання та налаштування.
# machine-drafted
notice-login-verified = Вашу адресу електронної пошти підтверджено. Тепер увійдіть зі своїм паролем.
# machine-drafted
notice-login-reset = Ваш пароль змінено. Тепер увійдіть з новим паролем.
