# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
parked-login-note = Ваш сеанс завершился. Войдите снова – введённые Вами данные не потеряны.
# machine-drafted
parked-form-note = Введённые Вами данные не потеряны – пожалуйста, проверьте их и сохраните. Пока ничего не сохранено.
