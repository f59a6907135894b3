# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
home-title = Головна
# machine-drafted
home-heading = Об’єднання та ініціативи з питань інтеграції в { $city }
# machine-drafted
home-intro = Knotenpunkt з’єднує об’єднання, самоорганізації мігрантів та ініціативи міста з бюро з питань інтеграції з питань інтеграції. Тут Ви знайдете пропозиції, контактних осіб і можливості для співпраці.
# machine-drafted
home-count = { $count ->
    [one] { $count } об’єднання або ініціатива в мережі
    [few] { $count } об’єднання та ініціативи в мережі
   *[many] { $count } об’єднань та ініціатив у мережі
    [other] { $count } об’єднання та ініціативи в мережі
}
# machine-drafted
home-browse-all = Показати всі
# machine-drafted
home-fields = Сфери діяльності
# machine-drafted
home-office-heading = Бюро з питань інтеграції
# machine-drafted
home-office-text = Маєте ідеї, побажання чи запитання? { $office } — Ваш контакт з усіх питань мережі.
# machine-drafted
home-office-link = Зв’язатися
