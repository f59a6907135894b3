# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
parked-login-note = Ваш сеанс завершився. Увійдіть знову – те, що Ви ввели, не втрачено.
# machine-drafted
parked-form-note = Те, що Ви ввели, не втрачено – будь ласка, перевірте й збережіть. Поки що нічого не збережено.
