# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
contact-title = Связаться с бюро по вопросам интеграции
# machine-drafted
contact-intro = Бюро по вопросам интеграции принимает идеи и обращения объединений и вместе с ними развивает сеть.
# machine-drafted
contact-opening-hours = Часы приёма
