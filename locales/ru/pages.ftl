# Machine-drafted translation (Russian), awaiting review by a native speaker.
contact-title = Связаться с координационным офисом
contact-intro = Координационный офис принимает идеи и обращения объединений и вместе с ними развивает сеть.
contact-opening-hours = Часы приёма
