# Machine-drafted translation (Turkish), awaiting review by a native speaker.
notice-success = Tamamlandı
notice-info = Bilgi
notice-warning = Dikkat
notice-error = Hata
notice-item-posted-offer = Teklifiniz yayınlandı. Aşağıda buna benzer bir şey arayan dernekleri görüyorsunuz – oradan tanıştırma isteyin.
notice-item-posted-need = Talebiniz yayınlandı. Aşağıda diğer derneklerin uygun tekliflerini görüyorsunuz – oradan tanıştırma isteyin.
notice-item-dismissed = Öneri gizlendi. Derneğiniz onu bir daha görmeyecek.
notice-introduction-asked = İsteğiniz gönderildi. Karşı taraf bir e-posta alır. Kabul eder etmez iletişim bilgilerini burada görürsünüz, onlar da sizinkileri.
notice-account-welcome = Hoş geldiniz! Hesabınız hazır. Burada derneklerinizi ve ayarlarınızı görürsünüz.
notice-login-verified = E-posta adresiniz onaylandı. Şimdi şifrenizle giriş yapın.
notice-login-reset = Şifreniz değiştirildi. Şimdi yeni şifrenizle giriş yapın.
