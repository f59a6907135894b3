# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
notice-success = Tamamlandı
# machine-drafted
notice-info = Bilgi
# machine-drafted
notice-warning = Dikkat
# machine-drafted
notice-error = Hata
# machine-drafted
notice-item-posted-offer = Teklifiniz yayınlandı. Aşağıda buna benzer bir şey arayan dernekleri görüyorsunuz – oradan tanıştırma isteyin.
# machine-drafted
notice-item-posted-need = Talebiniz yayınlandı. Aşağıda diğer derneklerin uygun tekliflerini görüyorsunuz – oradan tanıştırma isteyin.
# machine-drafted
notice-item-dismissed = Öneri gizlendi. Derneğiniz onu bir daha görmeyecek.
# machine-drafted
notice-introduction-asked = İsteğiniz gönderildi. Karşı taraf bir e-posta alır. Kabul eder etmez iletişim bilgilerini burada görürsünüz, onlar da sizinkileri.
# machine-drafted
notice-account-welcome = Hoş geldiniz! Hesabınız hazır. Burada derneklerinizi ve ayarlarınızı görürsünüz.
# machine-drafted
notice-login-verified = E-posta adresiniz onaylandı. Şimdi şifrenizle giriş yapın.
# machine-drafted
notice-login-reset = Şifreniz değiştirildi. Şimdi yeni şifrenizle giriş yapın.
