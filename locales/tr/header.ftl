# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
nav-menu = Menü
# machine-drafted
home-propose-hint = Derneğiniz dizinde yok mu? Önerin – entegrasyon ofisi öneriyi kontrol eder.
