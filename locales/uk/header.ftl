# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
nav-menu = Меню
# machine-drafted
home-propose-hint = Вашого об’єднання немає в довіднику? Запропонуйте його – бюро з питань інтеграції перевірить пропозицію.
