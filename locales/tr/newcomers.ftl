# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
introductions-unlinked = Hesabınız henüz bir derneğe bağlı değil. Entegrasyon ofisi derneğinizi temsil ettiğinizi onayladığında, derneğinize gelen istekleri burada görürsünüz: derneğinizi dizinde bulun ve orada “Bu bizim derneğimiz”i seçin.
# machine-drafted
introductions-unlinked-find = Derneğinizi dizinde bulun
# machine-drafted
claims-waiting =
    { $count ->
        [one] Bu dernek için bekleyen bir tanışma isteği var, gönderen:
       *[other] Bu dernek için bekleyen { $count } tanışma isteği var, gönderenler:
    }
