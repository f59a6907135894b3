# Machine-drafted translation (Turkish), awaiting review by a native speaker.
nav-menu = Menü
home-propose-hint = Derneğiniz dizinde yok mu? Önerin – entegrasyon ofisi öneriyi kontrol eder.
