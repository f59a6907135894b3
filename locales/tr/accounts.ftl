# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
nav-account-label = Hesap
# machine-drafted
nav-account = Hesabım
# machine-drafted
nav-login = Giriş yap
# machine-drafted
nav-logout = Çıkış yap
# machine-drafted
nav-review = İnceleme listesi
# machine-drafted
field-email = E-posta adresi
# machine-drafted
field-password = Şifre
# machine-drafted
field-code = Kod
# machine-drafted
login-title = Giriş yap
# machine-drafted
login-intro = Dernek temsilcileri ve entegrasyon ofisi için.
# machine-drafted
login-submit = Giriş yap
# machine-drafted
login-forgot = Şifrenizi mi unuttunuz?
# machine-drafted
login-register = Henüz hesabınız yok mu? Kaydolun
# machine-drafted
login-error-invalid = E-posta adresi veya şifre yanlış ya da adres henüz onaylanmamış.
# machine-drafted
login-error-rate-limited = Çok fazla deneme yapıldı. Lütfen { $minutes ->
    [one] bir dakika
   *[other] { $minutes } dakika
} bekleyin ve sonra tekrar deneyin.
# machine-drafted
code-title = Kodu girin
# machine-drafted
code-intro = Doğrulama uygulamanızı (Authenticator) açın ve altı haneli kodu girin.
# machine-drafted
code-hint = Telefonunuzu mu kaybettiniz? Kurtarma kodlarınızdan birini girin.
# machine-drafted
code-submit = Onayla
# machine-drafted
second-factor-error-code-wrong = Kod yanlış veya süresi dolmuş. Lütfen güncel kodu girin.
# machine-drafted
second-factor-error-setup-interrupted = Kurulum yarıda kesildi. Lütfen baştan başlayın.
# machine-drafted
second-factor-error-not-set-up = Bu hesap için henüz bir doğrulama uygulaması kurulmamış.
# machine-drafted
second-factor-error-storage-failed = Bu işlem şu anda yapılamadı. Lütfen birkaç dakika sonra tekrar deneyin.
# machine-drafted
setup-title = İkinci faktörle girişi kurun
# machine-drafted
setup-intro = Tüm derneklerin verilerini korumak için hesabınızda şifrenin yanı sıra bir doğrulama uygulamasından alınan bir kod da gereklidir.
# machine-drafted
setup-step-app = Telefonunuza bir doğrulama uygulaması yükleyin, örneğin FreeOTP, Aegis, Google Authenticator veya Microsoft Authenticator.
# machine-drafted
setup-step-scan = Bu QR kodunu uygulamayla tarayın.
# machine-drafted
setup-qr-label = Doğrulama uygulamasını kurmak için QR kodu
# machine-drafted
setup-step-key = Ya da bu anahtarı uygulamaya elle girin:
# machine-drafted
setup-step-code = Uygulamanın şu anda gösterdiği altı haneli kodu girin.
# machine-drafted
setup-submit = Kur
# machine-drafted
recovery-title = Kurtarma kodlarınız
# machine-drafted
recovery-done = İkinci faktör kuruldu.
# machine-drafted
recovery-intro = Telefonunuzu kaybederseniz bu kodlardan biriyle giriş yapabilirsiniz. Her kod yalnızca bir kez geçerlidir. Kodları yazdırın veya güvenli bir yerde saklayın – yalnızca şimdi gösterilirler.
# machine-drafted
recovery-continue = Hesabıma devam et
# machine-drafted
account-title = Hesabım
# machine-drafted
account-role = Rol
# machine-drafted
account-second-factor = İkinci faktör
# machine-drafted
account-second-factor-on = kuruldu
# machine-drafted
account-second-factor-off = kurulmadı
# machine-drafted
account-second-factor-set-up = şimdi kur
# machine-drafted
account-organisations = Derneklerim
# machine-drafted
account-organisations-none = Hesabınız henüz hiçbir dernekle bağlantılı değil. Entegrasyon ofisi sizi davet edebilir ya da derneğinizin kaydını, derneğin profil sayfasından sahiplenebilirsiniz.
# machine-drafted
account-edit-profile = Profili düzenle
# machine-drafted
account-office = Entegrasyon ofisi
# machine-drafted
member-owner = Sorumlu
# machine-drafted
member-editor = Birlikte düzenliyor
# machine-drafted
role-administrator = Yönetim
# machine-drafted
role-coordinator = Entegrasyon ofisi (koordinasyon ekibi)
# machine-drafted
role-representative = Dernek temsilcisi
# machine-drafted
error-forbidden-title = Erişim yok
# machine-drafted
error-forbidden-text = Bu sayfa hesabınız için açık değil. Bunun bir hata olduğunu düşünüyorsanız lütfen entegrasyon ofisine başvurun.
# machine-drafted
field-new-password = Yeni şifre
# machine-drafted
field-password-repeat = Şifreyi tekrarlayın
# machine-drafted
password-hint = En az 12 karakter. Kolayca hatırlayabileceğiniz bir cümle idealdir.
# machine-drafted
register-title = Hesap oluştur
# machine-drafted
register-intro = Bir hesapla derneğinizin kaydını güncel tutabilirsiniz. Adresinizi onaylamanız için size bir e-posta gönderilir.
# machine-drafted
register-submit = Hesap oluştur
# machine-drafted
register-done = Neredeyse tamam: { $email } adresine bir e-posta gönderdik. Adresinizi onaylamak için lütfen içindeki bağlantıyı açın. Zaten bir hesabınız varsa, hesabınıza nasıl tekrar girebileceğiniz e-postada yazıyor.
# machine-drafted
verify-title = E-posta adresini onaylayın
# machine-drafted
verify-intro = Lütfen e-posta adresinizi onaylayın. Ardından giriş yapabilirsiniz.
# machine-drafted
verify-submit = Adresi onayla
# machine-drafted
forgot-title = Şifremi unuttum
# machine-drafted
forgot-intro = E-posta adresinizi girin. Bu adrese ait bir hesap varsa, yeni bir şifre seçebileceğiniz bir bağlantı göndeririz.
# machine-drafted
forgot-submit = Bağlantı gönder
# machine-drafted
forgot-done = { $email } için bir hesap varsa, bir e-posta yolda. İçindeki bağlantı bir saat geçerlidir.
# machine-drafted
reset-title = Yeni şifre seçin
# machine-drafted
reset-intro = Yeni bir şifre seçin. Ardından bu şifreyle giriş yapın; diğer oturumlar sonlandırılır.
# machine-drafted
reset-submit = Şifreyi kaydet
# machine-drafted
invitation-title = Daveti kabul et
# machine-drafted
invitation-intro = “{ $organisation }” kaydını güncel tutmaya katkıda bulunmaya davet edildiniz.
# machine-drafted
invitation-submit = Daveti kabul et
# machine-drafted
invitation-sign-in = Bu adres için zaten bir hesap var. Önce bu hesapla giriş yapın, ardından daveti kabul edin.
# machine-drafted
account-error-invalid-email = Lütfen geçerli bir e-posta adresi girin, örneğin ad@dernek.de.
# machine-drafted
account-error-password-too-short = Şifre çok kısa: en az 12 karakter olmalıdır.
# machine-drafted
account-error-password-too-long = Şifre çok uzun: en fazla 1024 karakter olabilir.
# machine-drafted
account-error-password-too-common = Bu şifre çok yaygın ve kolay tahmin edilebilir. Lütfen başka bir şifre seçin.
# machine-drafted
account-error-password-same-as-email = Şifre, e-posta adresinizle aynı olamaz.
# machine-drafted
account-error-passwords-differ = İki şifre birbiriyle eşleşmiyor.
# machine-drafted
account-error-invalid-link = Bu bağlantı (artık) geçerli değil: daha önce kullanılmış veya süresi dolmuş. Lütfen yeni bir bağlantı isteyin.
# machine-drafted
account-error-forbidden = Hesabınızın bunu yapma yetkisi yok.
# machine-drafted
account-error-storage-failed = Bu işlem şu anda yapılamadı. Lütfen birkaç dakika sonra tekrar deneyin.
# machine-drafted
author-deleted = silinmiş hesap
# machine-drafted
author-system = sistem
# machine-drafted
author-survey = { $survey } anketi (derneğin onayıyla)
# machine-drafted
author-proposer = hesapsız öneri
# machine-drafted
members-title = { $name } kaydını kimler güncel tutuyor?
# machine-drafted
members-none = Henüz kimse yok. Birini davet edin.
# machine-drafted
members-invite-heading = Birini davet edin
# machine-drafted
members-invite-intro = Davet edilen kişi, 14 gün geçerli bir bağlantı içeren bir e-posta alır.
# machine-drafted
members-role = Rol
# machine-drafted
members-invite-submit = Davet gönder
# machine-drafted
members-invite-sent = Davet gönderildi.
# machine-drafted
account-members = Kaydı kimler güncel tutuyor?
# machine-drafted
profile-person-restricted = herkese açık değil
# machine-drafted
error-csrf-title = Formun süresi doldu
# machine-drafted
error-csrf-text = Formun süresi doldu veya form bu siteden gelmedi. Lütfen sayfayı yeniden yükleyip tekrar deneyin; girdikleriniz henüz kaydedilmedi.
# machine-drafted
account-mail-language = E-postalarımın dili
# machine-drafted
account-mail-language-site = Platformun dili ({ $language })
# machine-drafted
account-mail-language-save = Kaydet
# machine-drafted
account-saved = Kaydedildi.
# machine-drafted
account-mail-language-unknown = Bu dil burada yok. Lütfen listeden birini seçin.
# machine-drafted
members-invite-language = Davetin dili

# claims
# machine-drafted
claims-heading = Sahiplenilen dernekler
# machine-drafted
claims-approve = Onayla (sorumlu olur)
# machine-drafted
claims-reject = Reddet
# machine-drafted
claims-button = Bu bizim derneğimiz
# machine-drafted
claims-message = Entegrasyon ofisi derneğe ait olduğunuzu nereden anlayabilir? (isteğe bağlı)
# machine-drafted
claims-submit = Sahiplenme başvurusunu gönder
# machine-drafted
claims-sent = Teşekkürler! Entegrasyon ofisi sahiplenme başvurunuzu inceleyecek ve size geri dönecek.
# machine-drafted
error-claim-open-title = Zaten karara bağlandı veya sahiplenme zaten istendi
# machine-drafted
error-claim-open-text = Bu dernek için açık bir sahiplenme başvurunuz zaten var ya da başvuru zaten karara bağlandı.
# machine-drafted
claims-comment = Reddederken gerekçe (isteğe bağlı, kişiye e-postayla gönderilir)
