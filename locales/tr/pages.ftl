# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
contact-title = Entegrasyon ofisiyle iletişim
# machine-drafted
contact-intro = Entegrasyon ofisi, derneklerin fikir ve dilekleri için başvuru noktasıdır ve ağı onlarla birlikte geliştirir.
# machine-drafted
contact-opening-hours = Görüşme saatleri
