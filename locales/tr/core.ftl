# Machine-drafted translation (Turkish), awaiting review by a native speaker.
nav-skip = İçeriğe geç
nav-main-label = Ana menü
nav-home = Ana sayfa
nav-directory = Dernek rehberi
nav-contact = İletişim
nav-language-label = Dil seçin
footer-open-data = Açık veri (API)
imprint-title = Künye (Impressum)
privacy-title = Gizlilik politikası
legal-missing = Bu metin henüz eklenmedi. Lütfen koordinasyon ofisine başvurun.
content-fallback-note = Bu metin sizin dilinizde mevcut değil. { $language } olarak gösteriliyor.
error-back-to-directory = Dernek rehberine dön
error-not-found-title = Sayfa bulunamadı
error-not-found-text = Bu sayfa mevcut değil (veya artık yok). Aradığınızı belki rehberde bulabilirsiniz.
error-organisation-not-found-title = Dernek bulunamadı
error-organisation-not-found-text = Bu kayıt mevcut değil veya artık herkese açık değil.
count-organisations = { $count ->
    [one] 1 dernek
   *[other] { $count } dernek
}
error-unavailable-title = Geçici olarak kullanılamıyor
error-unavailable-text = Veriler şu anda yüklenemiyor. Lütfen birkaç dakika sonra tekrar deneyin.
nav-offers = Dernekler sunuyor
nav-needs = Dernekler arıyor
