# Machine-drafted translation (Russian), awaiting review by a native speaker.
parked-login-note = Ваш сеанс завершился. Войдите снова – введённые Вами данные не потеряны.
parked-form-note = Введённые Вами данные не потеряны – пожалуйста, проверьте их и сохраните. Пока ничего не сохранено.
