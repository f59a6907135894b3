# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
contact-title = Зв’язатися з бюро з питань інтеграції
# machine-drafted
contact-intro = Бюро з питань інтеграції приймає ідеї та звернення об’єднань і разом з ними розвиває мережу.
# machine-drafted
contact-opening-hours = Години прийому
