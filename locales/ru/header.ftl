# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
nav-menu = Меню
# machine-drafted
home-propose-hint = Вашего объединения нет в каталоге? Порекомендуйте его – бюро по вопросам интеграции проверит рекомендацию.
