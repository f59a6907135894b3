# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
nav-menu = Меню
# machine-drafted
home-propose-hint = Вашего объединения нет в справочнике? Предложите его – бюро по вопросам интеграции проверит предложение.
