# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
nav-skip = İçeriğe geç
# machine-drafted
nav-main-label = Ana menü
# machine-drafted
nav-home = Ana sayfa
# machine-drafted
nav-directory = Dernek rehberi
# machine-drafted
nav-contact = İletişim
# machine-drafted
nav-language-label = Dil seçin
# machine-drafted
footer-open-data = Açık veri (API)
# machine-drafted
imprint-title = Künye
# machine-drafted
privacy-title = Gizlilik politikası
# machine-drafted
legal-missing = Bu metin henüz eklenmedi. Lütfen entegrasyon ofisine başvurun.
# machine-drafted
content-fallback-note = Bu metin sizin dilinizde mevcut değil. { $language } olarak gösteriliyor.
# machine-drafted
error-back-to-directory = Dernek rehberine dön
# machine-drafted
error-not-found-title = Sayfa bulunamadı
# machine-drafted
error-not-found-text = Bu sayfa mevcut değil (veya artık yok). Aradığınızı belki rehberde bulabilirsiniz.
# machine-drafted
error-bad-request-title = İstek okunamadı
# machine-drafted
error-bad-request-text = Adres veya gönderdiğiniz form okunamadı. Lütfen geri dönün ve sayfadaki formu kullanarak tekrar deneyin.
# machine-drafted
error-organisation-not-found-title = Dernek bulunamadı
# machine-drafted
error-organisation-not-found-text = Bu kayıt mevcut değil veya artık herkese açık değil.
# machine-drafted
count-organisations = { $count ->
    [one] 1 dernek
   *[other] { $count } dernek
}
# machine-drafted
error-unavailable-title = Geçici olarak kullanılamıyor
# machine-drafted
error-unavailable-text = Veriler şu anda yüklenemiyor. Lütfen birkaç dakika sonra tekrar deneyin.
# machine-drafted
nav-offers = Derneklerin teklifleri
# machine-drafted
nav-needs = Derneklerin ihtiyaçları
# reviewed: the German legal name, shown in parentheses with lang="de"; it stays German
imprint-legal-term = Impressum
