# Machine-drafted translation (Turkish), awaiting review by a native speaker.
contact-title = Koordinasyon ofisiyle iletişim
contact-intro = Koordinasyon ofisi, derneklerin fikir ve talepleri için başvuru noktasıdır ve ağı onlarla birlikte geliştirir.
contact-opening-hours = Görüşme saatleri
