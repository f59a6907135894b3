# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
home-title = Главная
# machine-drafted
home-heading = Объединения и инициативы по вопросам интеграции в { $city }
# machine-drafted
home-intro = Knotenpunkt связывает объединения, самоорганизации мигрантов и инициативы города с бюро по вопросам интеграции по вопросам интеграции. Здесь Вы найдёте предложения, контактных лиц и возможности для сотрудничества.
# machine-drafted
home-count = { $count ->
    [one] { $count } объединение или инициатива в сети
    [few] { $count } объединения и инициативы в сети
   *[many] { $count } объединений и инициатив в сети
    [other] { $count } объединения и инициативы в сети
}
# machine-drafted
home-browse-all = Показать все
# machine-drafted
home-fields = Сферы деятельности
# machine-drafted
home-office-heading = Бюро по вопросам интеграции
# machine-drafted
home-office-text = Есть идеи, пожелания или вопросы? { $office } — Ваш контакт по всем вопросам сети.
# machine-drafted
home-office-link = Связаться
