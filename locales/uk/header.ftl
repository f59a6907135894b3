# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
nav-menu = Меню
# machine-drafted
home-propose-hint = Вашого об’єднання немає в довіднику? Порекомендуйте його – бюро з питань інтеграції перевірить рекомендацію.
