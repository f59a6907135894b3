# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
directory-title = Dernek rehberi
# machine-drafted
search-heading = Arama ve filtreler
# machine-drafted
search-label = Arama
# machine-drafted
search-placeholder = ör. kadınlar, ders desteği, Türkçe
# machine-drafted
search-submit = Ara
# machine-drafted
query-error-heading = Arama yapılamadı.
# machine-drafted
query-error-query-too-long = Arama metni çok uzun. Lütfen en fazla 200 karakter kullanın.
# machine-drafted
query-error-unknown-category = Bu faaliyet alanı mevcut değil. Lütfen listeden birini seçin.
# machine-drafted
query-error-unknown-target-group = Bu hedef grup mevcut değil. Lütfen listeden birini seçin.
# machine-drafted
query-error-invalid-language = Bu dil geçerli değil. Lütfen listeden birini seçin.
# machine-drafted
query-error-unknown-district = Bu semt mevcut değil. Lütfen listeden birini seçin.
# machine-drafted
query-error-invalid-mso = “Göçmen öz örgütü” filtresi yalnızca Evet veya Hayır değerini alabilir.
# machine-drafted
query-error-invalid-sort = Bu sıralama mevcut değil.
# machine-drafted
query-error-invalid-page = Bu sayfa numarası mevcut değil.
# machine-drafted
query-error-invalid-per-page = Sayfa başına 1 ile 100 arasında kayıt gösterilebilir.
# machine-drafted
filters-toggle = Filtreler
# machine-drafted
facet-any = Tümü
# machine-drafted
facet-category = Faaliyet alanı
# machine-drafted
facet-target-group = Hedef grup
# machine-drafted
facet-language = Dil
# machine-drafted
facet-district = Semt
# machine-drafted
facet-mso = Göçmen öz örgütü
# machine-drafted
facet-mso-yes = Evet
# machine-drafted
facet-mso-no = Hayır
# machine-drafted
sort-label = Sıralama
# machine-drafted
sort-relevance = En iyi eşleşme
# machine-drafted
sort-name = Ad (A–Z)
# machine-drafted
sort-updated = Son güncellenenler
# machine-drafted
results-count = { $count ->
    [0] Dernek bulunamadı
    [one] 1 dernek bulundu
   *[other] { $count } dernek bulundu
}
# machine-drafted
active-filters = Etkin filtreler
# machine-drafted
directory-item-mentions = Uygun teklifler ve ihtiyaçlar
# machine-drafted
filter-remove = Filtreyi kaldır
# machine-drafted
no-results = Maalesef aramanızla ilgili bir sonuç bulamadık.
# machine-drafted
no-results-hint = Daha az filtre veya daha kısa bir arama kelimesi deneyin:
# machine-drafted
no-results-show-all = Tüm dernekleri göster
# machine-drafted
pagination-label = Sayfalar
# machine-drafted
pagination-prev = Önceki
# machine-drafted
pagination-next = Sonraki
# machine-drafted
badge-mso = Göçmen öz örgütü
# machine-drafted
breadcrumb-label = Sayfa yolu
# machine-drafted
profile-about = Hakkımızda
# machine-drafted
profile-facts = Bir bakışta
# machine-drafted
profile-categories = Faaliyet alanları
# machine-drafted
profile-target-groups = Hedef gruplar
# machine-drafted
profile-languages = Diller
# machine-drafted
profile-origins = Köken
# machine-drafted
profile-founded = Kuruluş
# machine-drafted
profile-district = Semt
# machine-drafted
profile-meeting-times = Buluşma saatleri
# machine-drafted
profile-wheelchair = Tekerlekli sandalyeye uygun
# machine-drafted
profile-contact = İletişim
# machine-drafted
profile-persons = İrtibat kişileri
# machine-drafted
profile-report-error = Bu kayıttaki bir hatayı bildirin
# machine-drafted
profile-report-subject = Kayıtta hata: { $name }
# machine-drafted
profile-as-data = Veri olarak (JSON)
# machine-drafted
contact-email = E-posta
# machine-drafted
contact-phone = Telefon
# machine-drafted
contact-website = Web sitesi
# machine-drafted
wheelchair-yes = Evet
# machine-drafted
wheelchair-partial = Kısmen
# machine-drafted
wheelchair-no = Hayır
# machine-drafted
legal-form-registered-association = Tescilli dernek (e. V.)
# machine-drafted
legal-form-nonprofit-company = Kâr amacı gütmeyen limited şirket (gGmbH)
# machine-drafted
legal-form-initiative = Tüzel kişiliği olmayan girişim
# machine-drafted
legal-form-religious-community = Dini topluluk
# machine-drafted
legal-form-public-body = Kamu kurumu
# machine-drafted
legal-form-other = Diğer hukuki yapı
# machine-drafted
target-group-children = Çocuklar
# machine-drafted
target-group-youth = Gençler
# machine-drafted
target-group-women = Kadınlar
# machine-drafted
target-group-men = Erkekler
# machine-drafted
target-group-seniors = Yaşlılar
# machine-drafted
target-group-families = Aileler
# machine-drafted
target-group-refugees = Mülteciler
# machine-drafted
target-group-newcomers = Yeni gelenler
# machine-drafted
target-group-everyone = Herkes
