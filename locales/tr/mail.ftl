# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
mail-signature = { $instance } – dernekler ve entegrasyon ofisi için buluşma ağı
# machine-drafted
mail-verify-email-subject = Lütfen e-posta adresinizi onaylayın
# machine-drafted
mail-verify-email-body =
    Merhaba,

    { $instance } üzerinde bir hesap oluşturdunuz. Lütfen e-posta adresinizi bu bağlantıyla onaylayın:

    { $link }

    Bağlantı 48 saat geçerlidir. Hesap oluşturmadıysanız bu e-postayı silebilirsiniz.
# machine-drafted
mail-already-registered-subject = Zaten bir hesabınız var
# machine-drafted
mail-already-registered-body =
    Merhaba,

    Birisi e-posta adresinizle { $instance } üzerinde bir hesap oluşturmak istedi. Ancak orada zaten bir hesabınız var.

    Şifrenizi unuttuysanız bu bağlantıyla yeni bir şifre seçebilirsiniz (bir saat geçerlidir):

    { $link }

    Bu işlemi siz yapmadıysanız bu e-postayı silebilirsiniz.
# machine-drafted
mail-reset-password-subject = { $instance } için yeni şifre
# machine-drafted
mail-reset-password-body =
    Merhaba,

    Bu bağlantıyla yeni bir şifre seçebilirsiniz (bir saat geçerlidir, yalnızca bir kez kullanılabilir):

    { $link }

    Yeni şifre istemediyseniz bu e-postayı silebilirsiniz; şifreniz olduğu gibi kalır.
# machine-drafted
mail-invitation-subject = Davet: { $organisation } kaydını güncel tutun
# machine-drafted
mail-invitation-body =
    Merhaba,

    Entegrasyon ofisi sizi { $instance } üzerindeki “{ $organisation }” kaydını güncel tutmaya davet ediyor: açıklama, iletişim bilgileri, teklifler ve ihtiyaçlar.

    Bu bağlantıyla daveti kabul eder ve bir şifre seçersiniz (14 gün geçerlidir):

    { $link }
# machine-drafted
mail-revision-approved-subject = { $organisation } kaydındaki değişikliğiniz yayımlandı
# machine-drafted
mail-revision-approved-body =
    Merhaba,

    Entegrasyon ofisi, “{ $organisation }” kaydında yaptığınız değişikliği onayladı. Değişiklik artık herkese açık olarak görünüyor.

    { $has_comment ->
        [yes] Entegrasyon ofisinin yorumu: { $comment }
       *[no] { "" }
    }

    { $link }
# machine-drafted
mail-revision-rejected-subject = { $organisation } kaydındaki değişikliğiniz onaylanmadı
# machine-drafted
mail-revision-rejected-body =
    Merhaba,

    Entegrasyon ofisi, “{ $organisation }” kaydında yaptığınız değişikliği onaylamadı. Ofisin yorumu:

    { $comment }

    Kaydı burada yeniden düzenleyebilirsiniz:

    { $link }
# machine-drafted
mail-verify-proposal-subject = Lütfen “{ $organisation }” önerinizi onaylayın
# machine-drafted
mail-verify-proposal-body =
    Merhaba,

    { $instance } için “{ $organisation }” önerisinde bulundunuz. Lütfen e-posta adresinizi bu bağlantıyla onaylayın; ardından entegrasyon ofisi öneriyi inceleyecek:

    { $link }
# machine-drafted
mail-confirm-active-subject = { $organisation } hâlâ faal mi?
# machine-drafted
mail-confirm-active-body =
    Merhaba,

    { $instance } üzerindeki “{ $organisation }” kaydı bir yıldır onaylanmadı. Her şey hâlâ doğru mu? O zaman giriş yapmadan tek bir tıklama yeterli:

    { $confirm_link }

    Bir şey değiştiyse kaydı burada düzenleyin:

    { $edit_link }
# machine-drafted
mail-proposal-approved-subject = “{ $organisation }” öneriniz yayımlandı
# machine-drafted
mail-proposal-approved-body =
    Merhaba,

    Entegrasyon ofisi “{ $organisation }” önerinizi inceledi ve onayladı. Kayıt artık { $instance } üzerinde herkese açık olarak görünüyor:

    { $has_comment ->
        [yes] Entegrasyon ofisinin yorumu: { $comment }
       *[no] { "" }
    }

    { $link }

    Öneriniz için teşekkür ederiz!
# machine-drafted
mail-proposal-rejected-subject = “{ $organisation }” öneriniz kabul edilmedi
# machine-drafted
mail-proposal-rejected-body =
    Merhaba,

    “{ $organisation }” önerisi için teşekkür ederiz. Entegrasyon ofisi öneriyi inceledi ve dernek rehberine eklemedi. Gerekçesi:

    { $comment }

    Bilgileri tamamlamak veya düzeltmek isterseniz buradan yeni bir öneri gönderebilirsiniz:

    { $link }
# machine-drafted
mail-claim-approved-subject = Artık { $organisation } kaydını düzenleyebilirsiniz
# machine-drafted
mail-claim-approved-body =
    Merhaba,

    Entegrasyon ofisi, “{ $organisation }” adına hareket ettiğinizi onayladı. Artık { $instance } üzerindeki kaydı kendiniz güncel tutabilirsiniz: açıklama, iletişim bilgileri, teklifler ve ihtiyaçlar.

    Kaydı buradan düzenleyebilirsiniz (giriş yaptıktan sonra):

    { $link }
# machine-drafted
mail-claim-rejected-subject = { $organisation } için sahiplenme başvurunuz
# machine-drafted
mail-claim-rejected-body =
    Merhaba,

    “{ $organisation }” adına hareket ettiğinizi bildirdiğiniz için teşekkür ederiz. Entegrasyon ofisi bunu maalesef doğrulayamadı; bu nedenle kaydı düzenleyemezsiniz.

    { $has_comment ->
        [yes] Entegrasyon ofisinin gerekçesi: { $comment }
       *[no] { "" }
    }

    Bunun bir hata olduğunu düşünüyorsanız lütfen entegrasyon ofisiyle iletişime geçin.

    Kayıt:

    { $link }
