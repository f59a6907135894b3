# Machine-drafted translation (Russian), awaiting review by a native speaker.
home-title = Главная
home-heading = Объединения и инициативы по вопросам интеграции в { $city }
home-intro = Knotenpunkt связывает объединения, самоорганизации мигрантов и инициативы города с координационным офисом по вопросам интеграции. Здесь Вы найдёте предложения, контактных лиц и возможности для сотрудничества.
home-count = { $count ->
    [one] { $count } объединение или инициатива в сети
    [few] { $count } объединения и инициативы в сети
   *[many] { $count } объединений и инициатив в сети
    [other] { $count } объединения и инициативы в сети
}
home-browse-all = Показать все
home-fields = Сферы деятельности
home-office-heading = Координационный офис
home-office-text = Есть идеи, пожелания или вопросы? { $office } — Ваш контакт по всем вопросам сети.
home-office-link = Связаться
