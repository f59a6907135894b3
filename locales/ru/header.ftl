# Machine-drafted translation (Russian), awaiting review by a native speaker.
nav-menu = Меню
home-propose-hint = Вашего объединения нет в справочнике? Предложите его – бюро по вопросам интеграции проверит предложение.
