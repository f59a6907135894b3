# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
introductions-unlinked = Hesabınız henüz bir derneğe bağlı değil. Entegrasyon ofisi derneğinizi temsil ettiğinizi onayladığında, derneğinize gelen iletişim taleplerini burada görürsünüz: derneğinizi rehberde bulun ve orada “Bu bizim derneğimiz”i seçin.
# machine-drafted
introductions-unlinked-find = Derneğinizi rehberde bulun
# machine-drafted
claims-waiting =
    { $count ->
        [one] Bu dernek için bekleyen bir tanışma isteği var, gönderen:
       *[other] Bu dernek için bekleyen { $count } tanışma isteği var, gönderenler:
    }

# machine-drafted
guide-where = Adım { $step } / { $total }: { $title }
# machine-drafted
guide-for = Dernek: { $organisation }
# machine-drafted
guide-done = tamamlandı
# machine-drafted
guide-step-register = Hesap oluşturun veya giriş yapın
# machine-drafted
guide-step-verify = E-posta adresinizi onaylayın
# machine-drafted
guide-step-claim = Onaylayın: “Bu bizim derneğimiz”
# machine-drafted
guide-step-profile = Profili tamamlayın ve iletişim taleplerini yanıtlayın
# machine-drafted
guide-after-verify = Onayladıktan sonra giriş yapar ve doğrudan 3. adıma geçersiniz: “Bu bizim derneğimiz”.
# machine-drafted
guide-login-then-claim = Giriş yaptıktan sonra 3. adımla devam edersiniz: “Bu bizim derneğimiz”.
# machine-drafted
join-title = Bu bizim derneğimiz
# machine-drafted
join-start-intro = { $organisation } derneğini mi temsil ediyorsunuz? Dört adımda bir hesabı derneğinize bağlayın.
# machine-drafted
join-start-text = Önce bir hesap oluşturun – ya da zaten hesabınız varsa giriş yapın – ve e-posta adresinizi onaylayın. E-postadaki bağlantı sizi sonra buraya geri getirir.
# machine-drafted
join-register = Hesap oluştur
# machine-drafted
join-login = Zaten hesabım var: giriş yap
# machine-drafted
join-claim-intro = Giriş yaptınız. Şimdi { $organisation } derneğini temsil ettiğinizi onaylayın.
# machine-drafted
join-claim-then = Entegrasyon ofisi sahiplenme başvurusunu inceler ve size bir e-posta gönderir.
# machine-drafted
join-what-now = Şimdi ne olacak?
# machine-drafted
join-waiting-office = Entegrasyon ofisi sahiplenme başvurunuzu inceliyor.
# machine-drafted
join-waiting-mail = Karar verilir verilmez bir e-posta alırsınız.
# machine-drafted
join-waiting-then = Ardından derneğinizin profilini tamamlar ve derneğe gelen iletişim taleplerini yanıtlarsınız.
# machine-drafted
join-editor-text = Artık { $organisation } derneğini düzenliyorsunuz. Profili tamamlayın ve derneğinize gelen iletişim taleplerini yanıtlayın.
# machine-drafted
join-edit = Profili tamamla
# machine-drafted
join-introductions = İletişim taleplerini gör
# machine-drafted
join-to-profile = Derneğin herkese açık profiline
