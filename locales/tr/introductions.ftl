# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
introductions-title = İletişim talepleri
# machine-drafted
introductions-intro = Burada derneğinizle kimlerin tanışmak istediğini ve sizin kimlere talepte bulunduğunuzu görürsünüz. İletişim bilgileri ancak iki taraf da onay verdiğinde görünür.
# machine-drafted
introductions-none = Henüz iletişim talebi yok.
# machine-drafted
introductions-contact = İrtibat kişisine şöyle ulaşabilirsiniz:
# machine-drafted
introductions-accept = Kabul et ve iletişim bilgilerini paylaş
# machine-drafted
introductions-decline = Reddet
# machine-drafted
introductions-done = İş birliği tamamlandı
# machine-drafted
introductions-ask = İletişim talep et
# machine-drafted
introductions-message = Diğer derneğe mesaj (isteğe bağlı)
# machine-drafted
introductions-send = Talebi gönder
# machine-drafted
introductions-dismiss = Uygun değil – gizle
# machine-drafted
introduction-state-requested = iletişim talep edildi
# machine-drafted
introduction-state-agreed = anlaşmaya varıldı
# machine-drafted
introduction-state-declined = reddedildi
# machine-drafted
introduction-state-done = tamamlandı
# machine-drafted
introduction-state-dismissed = gizlendi
# machine-drafted
error-introduction-conflict-title = Zaten talep edildi
# machine-drafted
error-introduction-conflict-text = Bu teklif ve ihtiyaç için zaten bir iletişim talebi var ya da bu talep zaten yanıtlandı.
# machine-drafted
mail-introduction-requested-subject = { $organisation } derneğinizle tanışmak istiyor
# machine-drafted
mail-introduction-requested-body =
    Merhaba,

    “{ $organisation }”, “{ $offer }” teklifinizle ilgileniyor – teklifiniz onların “{ $need }” ihtiyacına uyuyor.

    { $message }

    İletişim bilgilerini paylaşmak isteyip istemediğinize buradan karar verin:

    { $link }
# machine-drafted
mail-introduction-agreed-subject = { $organisation } ile iletişim
# machine-drafted
mail-introduction-agreed-body =
    Merhaba,

    iki taraf da onay verdi: “{ $need }” ihtiyacı ve “{ $offer }” teklifi.

    “{ $organisation }” ile şöyle iletişime geçebilirsiniz: { $contact }

    { $link }
# machine-drafted
synergy-title = Sinerjiler: teklifler ve ihtiyaçlar
# machine-drafted
synergy-intro = Hangi ihtiyaçların henüz uygun bir teklifi olmadığı, hangi tekliflere kimsenin ihtiyaç duymadığı ve hangi iletişimlerin talep edildiği veya kararlaştırıldığı – kategoriye ve semte göre.
# machine-drafted
synergy-by-category = Kategoriye göre
# machine-drafted
synergy-by-district = Semte göre
# machine-drafted
synergy-needs = İhtiyaçlar
# machine-drafted
synergy-needs-without-offer = Uygun teklifi olmayan ihtiyaçlar
# machine-drafted
synergy-offers = Teklifler
# machine-drafted
synergy-offers-unasked = Kimsenin istemediği teklifler
# machine-drafted
synergy-in-progress = İstenen iletişimler
# machine-drafted
synergy-agreed = Kararlaştırılan iş birliği
# machine-drafted
synergy-none = Yok.
# machine-drafted
digest-label = Derneklerimiz için yeni ve iyi uyan teklif ve ihtiyaçlarla haftalık bir e-posta
# machine-drafted
digest-save = Ayarı kaydet
# machine-drafted
mail-digest-subject = Derneğiniz için yeni uygun teklifler ve ihtiyaçlar
# machine-drafted
mail-digest-body =
    Merhaba,

    bu hafta derneğiniz için yeni ve iyi uyan teklifler ve ihtiyaçlar var:

    { $matches }

    İletişim talebini ihtiyacın sayfasından gönderebilirsiniz. Haftalık e-postadan hesabınızdan çıkabilirsiniz:

    { $link }
