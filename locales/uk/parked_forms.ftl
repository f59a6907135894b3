# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
parked-login-note = Ваш сеанс завершився. Увійдіть знову – те, що Ви ввели, не втрачено.
parked-form-note = Те, що Ви ввели, не втрачено – будь ласка, перевірте й збережіть. Поки що нічого не збережено.
