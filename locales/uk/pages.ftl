# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
contact-title = Зв’язатися з координаційним офісом
contact-intro = Координаційний офіс приймає ідеї та звернення об’єднань і разом з ними розвиває мережу.
contact-opening-hours = Години прийому
