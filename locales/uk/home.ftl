# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
home-title = Головна
home-heading = Об’єднання та ініціативи з питань інтеграції в { $city }
home-intro = Knotenpunkt з’єднує об’єднання, самоорганізації мігрантів та ініціативи міста з координаційним офісом з питань інтеграції. Тут Ви знайдете пропозиції, контактних осіб і можливості для співпраці.
home-count = { $count ->
    [one] { $count } об’єднання або ініціатива в мережі
    [few] { $count } об’єднання та ініціативи в мережі
   *[many] { $count } об’єднань та ініціатив у мережі
    [other] { $count } об’єднання та ініціативи в мережі
}
home-browse-all = Показати всі
home-fields = Сфери діяльності
home-office-heading = Координаційний офіс
home-office-text = Маєте ідеї, побажання чи запитання? { $office } — Ваш контакт з усіх питань мережі.
home-office-link = Зв’язатися
