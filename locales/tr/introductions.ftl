# Machine-drafted translation (Turkish), awaiting review by a native speaker.
introductions-title = İletişim talepleri
introductions-intro = Burada derneğinizle kimlerin tanışmak istediğini ve sizin kimlere talepte bulunduğunuzu görürsünüz. İletişim bilgileri ancak iki taraf da onay verdiğinde görünür.
introductions-none = Henüz iletişim talebi yok.
introductions-contact = İrtibat kişisine şöyle ulaşabilirsiniz:
introductions-accept = Kabul et ve iletişim bilgilerini paylaş
introductions-decline = Reddet
introductions-done = İş birliği tamamlandı
introductions-ask = İletişim talep et
introductions-message = Diğer derneğe mesaj (isteğe bağlı)
introductions-send = Talebi gönder
introductions-dismiss = Uygun değil – gizle
introduction-state-requested = talep edildi
introduction-state-agreed = anlaşıldı
introduction-state-declined = reddedildi
introduction-state-done = tamamlandı
introduction-state-dismissed = gizlendi
error-introduction-conflict-title = Zaten talep edildi
error-introduction-conflict-text = Bu teklif ve talep için zaten bir iletişim talebi var ya da bu talep zaten yanıtlandı.
mail-introduction-requested-subject = { $organisation } derneğinizle tanışmak istiyor
mail-introduction-requested-body =
    Merhaba,

    “{ $organisation }”, “{ $offer }” teklifinizle ilgileniyor – teklifiniz onların “{ $need }” talebine uyuyor.

    { $message }

    İletişim bilgilerini paylaşmak isteyip istemediğinize buradan karar verin:

    { $link }
mail-introduction-agreed-subject = { $organisation } ile iletişim
mail-introduction-agreed-body =
    Merhaba,

    iki taraf da onay verdi: “{ $need }” talebi ve “{ $offer }” teklifi.

    “{ $organisation }” ile şöyle iletişime geçebilirsiniz: { $contact }

    { $link }
synergy-title = Sinerjiler: teklifler ve talepler
synergy-intro = Hangi taleplerin henüz uygun bir teklifi olmadığı, hangi teklifleri kimsenin aramadığı ve hangi iletişimlerin istendiği veya kararlaştırıldığı – alana ve semte göre.
synergy-by-category = Alana göre
synergy-by-district = Semte göre
synergy-needs = Talepler
synergy-needs-without-offer = Uygun teklifi olmayan talepler
synergy-offers = Teklifler
synergy-offers-unasked = Kimsenin aramadığı teklifler
synergy-in-progress = İstenen iletişimler
synergy-agreed = Kararlaştırılan iş birliği
synergy-none = Yok.
digest-label = Derneklerimiz için yeni ve iyi uyan teklif ve taleplerle haftalık bir e-posta
digest-save = Ayarı kaydet
mail-digest-subject = Derneğiniz için yeni uygun teklifler ve talepler
mail-digest-body =
    Merhaba,

    bu hafta derneğiniz için yeni ve iyi uyan teklifler ve talepler var:

    { $matches }

    İletişim talebini talebin sayfasından gönderebilirsiniz. Haftalık e-postadan hesabınızdan çıkabilirsiniz:

    { $link }
