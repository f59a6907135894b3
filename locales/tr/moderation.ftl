# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
edit-title = { $name } kaydını düzenle
# machine-drafted
edit-public-page = Herkese açık sayfa
# machine-drafted
edit-saved-pending = Kaydedildi. Entegrasyon ofisi değişikliği inceleyecek; o zamana kadar ziyaretçiler önceki sürümü görmeye devam eder.
# machine-drafted
edit-saved-published = Kaydedildi ve yayımlandı.
# machine-drafted
edit-saved-unchanged = Kaydedilecek bir şey yoktu: bilgiler değişmedi.
# machine-drafted
edit-pending-heading = İnceleme bekliyor.
# machine-drafted
edit-pending-text = Son değişikliğiniz entegrasyon ofisi tarafından inceleniyor. Burada değiştirilmiş sürümü görüyorsunuz; herkese açık olarak hâlâ önceki sürüm görünüyor.
# machine-drafted
form-errors-heading = Lütfen şu bilgileri kontrol edin:
# machine-drafted
form-required = zorunlu alan
# machine-drafted
edit-section-basics = Temel bilgiler
# machine-drafted
edit-section-texts = Açıklama
# machine-drafted
edit-section-work = Çalışmalar ve diller
# machine-drafted
edit-section-place = Yer
# machine-drafted
edit-section-contact = Derneğin iletişim bilgileri
# machine-drafted
edit-section-persons = İrtibat kişileri
# machine-drafted
edit-name = Derneğin adı
# machine-drafted
edit-short-name = Kısa ad
# machine-drafted
edit-legal-form = Hukuki yapı
# machine-drafted
edit-mso = Biz bir göçmen öz örgütüyüz
# machine-drafted
edit-founded = Kuruluş yılı
# machine-drafted
edit-summary = Kısa açıklama (tek cümle)
# machine-drafted
edit-description = Ayrıntılı açıklama
# machine-drafted
edit-meeting-times = Buluşma saatleri
# machine-drafted
edit-other-languages = Diğer dillerdeki metinler (isteğe bağlı)
# machine-drafted
edit-categories = Faaliyet alanları
# machine-drafted
edit-target-groups = Kimler için
# machine-drafted
edit-languages = Konuşulan diller
# machine-drafted
edit-origins = Köken ülkeler veya bölgeler
# machine-drafted
edit-origins-hint = Virgülle ayırın, örneğin: Suriye, Irak
# machine-drafted
edit-street = Sokak ve kapı numarası
# machine-drafted
edit-postcode = Posta kodu
# machine-drafted
edit-city = Şehir
# machine-drafted
edit-district = Semt
# machine-drafted
edit-district-none = – semt yok –
# machine-drafted
edit-position = Haritadaki konum
# machine-drafted
edit-position-hint = Enlem ve boylam, örneğin 48.8975 ve 9.1920. Boş bırakırsanız dernek, posta koduna veya semte göre haritaya yerleştirilir.
# machine-drafted
edit-lat = Enlem
# machine-drafted
edit-lon = Boylam
# machine-drafted
edit-wheelchair = Engelsiz erişim
# machine-drafted
edit-wheelchair-unknown = – bilgi yok –
# machine-drafted
edit-phone = Telefon
# machine-drafted
edit-website = Web sitesi
# machine-drafted
edit-social = Sosyal medya
# machine-drafted
edit-social-hint = Her satıra bir bağlantı.
# machine-drafted
edit-persons-hint = Kişilerle ilgili bilgiler yalnızca kişi onay verdiyse herkese açık olarak gösterilir. “Yalnızca ağ” bilgilerini giriş yapmış dernekler ve entegrasyon ofisi görür; “Yalnızca entegrasyon ofisi” bilgilerini yalnızca ofis görür.
# machine-drafted
edit-person-new = Başka bir kişi
# machine-drafted
edit-person-name = Ad
# machine-drafted
edit-person-function = Dernekteki görevi
# machine-drafted
edit-person-visibility = Bu bilgileri kimler görebilir?
# machine-drafted
edit-person-consent = Bu kişi, bilgilerinin seçildiği şekilde gösterilmesine onay verdi. İşaret kaldırılırsa onay geri alınır ve kişi artık herkese açık olarak gösterilmez.
# machine-drafted
edit-submit-hint = Değişiklikler herkese açık hâle gelmeden önce entegrasyon ofisi tarafından incelenir.
# machine-drafted
edit-submit = Değişiklikleri kaydet
# machine-drafted
visibility-public = Herkese açık
# machine-drafted
visibility-network = Yalnızca ağ
# machine-drafted
visibility-office = Yalnızca entegrasyon ofisi
# machine-drafted
form-error-required = Lütfen doldurun.
# machine-drafted
form-error-repeated = Bu alan farklı değerlerle birden fazla kez geldi. Hepsi burada birlikte gösteriliyor – lütfen değeri kontrol edip formu yeniden gönderin.
# machine-drafted
form-error-too-short = Bu çok kısa.
# machine-drafted
form-error-too-long = Bu çok uzun.
# machine-drafted
form-error-choose-one = Lütfen listeden bir seçenek seçin.
# machine-drafted
form-error-year = Lütfen 1800 ile bu yıl arasında bir yıl girin, örneğin 2015.
# machine-drafted
form-error-unknown-choice = Böyle bir seçenek yok. Lütfen listeden seçin.
# machine-drafted
form-error-postcode = Lütfen beş haneli bir posta kodu girin, örneğin 71634.
# machine-drafted
form-error-position = Lütfen iki sayıyı da girin, örneğin 48.8975 ve 9.1920, ya da iki alanı da boş bırakın.
# machine-drafted
form-error-email = Lütfen geçerli bir e-posta adresi girin, örneğin info@dernek.de.
# machine-drafted
form-error-phone = Lütfen rakamlardan oluşan bir telefon numarası girin, örneğin 07141 123456.
# machine-drafted
form-error-link = Lütfen eksiksiz bir bağlantı girin, örneğin https://www.dernek.de.
# machine-drafted
form-error-too-many = Çok fazla giriş var.
# machine-drafted
diff-caption = Değişen bilgiler
# machine-drafted
diff-field = Bilgi
# machine-drafted
diff-before = Önceki
# machine-drafted
diff-after = Yeni
# machine-drafted
diff-none = Bilgilerde değişiklik yok.
# machine-drafted
diff-yes = evet
# machine-drafted
diff-no = hayır
# machine-drafted
diff-field-name = Ad
# machine-drafted
diff-field-short-name = Kısa ad
# machine-drafted
diff-field-legal-form = Hukuki yapı
# machine-drafted
diff-field-mso = Göçmen öz örgütü
# machine-drafted
diff-field-founded = Kuruluş yılı
# machine-drafted
diff-field-summary = Kısa açıklama
# machine-drafted
diff-field-description = Açıklama
# machine-drafted
diff-field-categories = Faaliyet alanları
# machine-drafted
diff-field-target-groups = Kimler için
# machine-drafted
diff-field-languages = Diller
# machine-drafted
diff-field-origins = Köken
# machine-drafted
diff-field-address = Adres
# machine-drafted
diff-field-district = Semt
# machine-drafted
diff-field-position = Konum
# machine-drafted
diff-field-wheelchair = Engelsiz erişim
# machine-drafted
diff-field-meeting-times = Buluşma saatleri
# machine-drafted
diff-field-contact-email = E-posta
# machine-drafted
diff-field-contact-phone = Telefon
# machine-drafted
diff-field-contact-website = Web sitesi
# machine-drafted
diff-field-contact-social = Sosyal medya
# machine-drafted
diff-field-contact-persons = İrtibat kişisi
# machine-drafted
diff-field-contact-persons-consent = İrtibat kişisinin onayı
# machine-drafted
review-title = İnceleme listesi
# machine-drafted
review-intro = Derneklerden gelen ve incelemenizi bekleyen değişiklikler ve öneriler. Onaylanana kadar ziyaretçiler önceki sürümü görür.
# machine-drafted
review-empty = İncelenecek bir şey yok.
# machine-drafted
review-new = Yeni dernek
# machine-drafted
review-meta = Gönderen: { $author }, { $time } (sürüm { $number })
# machine-drafted
review-comment = Yorum
# machine-drafted
review-comment-required = Lütfen değişikliğin neden onaylanmadığını kısaca yazın. Dernek bu yorumu e-posta ile alır.
# machine-drafted
review-approve = Onayla
# machine-drafted
review-reject = Onaylama
# machine-drafted
review-done-approved = Onaylandı. Değişiklik artık herkese açık; dernek e-posta ile bilgilendirildi.
# machine-drafted
review-done-rejected = Onaylanmadı. Dernek, yorumunuzla birlikte e-posta ile bilgilendirildi.
# machine-drafted
review-state-pending = inceleme bekliyor
# machine-drafted
review-state-approved = onaylandı
# machine-drafted
review-state-rejected = onaylanmadı
# machine-drafted
duplicate-heading = Muhtemelen zaten kayıtlı:
# machine-drafted
duplicate-similar-name = benzer ad
# machine-drafted
duplicate-nearby = { $metres } m uzaklıkta
# machine-drafted
history-title = Sürümler: { $name }
# machine-drafted
history-title-short = Sürümler
# machine-drafted
history-version = Sürüm { $number }
# machine-drafted
history-current = herkese açık
# machine-drafted
history-restore = { $number }. sürümü geri yükle
# machine-drafted
history-archive = Arşivle
# machine-drafted
history-unarchive = Arşivden çıkar
# machine-drafted
history-archived = Bu kayıt arşivlendi ve herkese açık olarak görünmüyor.
# machine-drafted
history-trust = Güvenilir olarak işaretle
# machine-drafted
history-untrust = Güvenilir işaretini kaldır
# machine-drafted
history-trusted = Güvenilir: Bu derneğin değişiklikleri hemen yayımlanır (ve sürüm olarak saklanır).
# machine-drafted
history-not-trusted = Bu derneğin değişiklikleri yayımlanmadan önce incelenir.
# machine-drafted
review-done-claim = Tamamlandı.
# machine-drafted
edit-position-drag = Haritadaki iğneyi sürükleyebilir veya haritaya tıklayabilirsiniz; sayılar otomatik olarak doldurulur.
# machine-drafted
review-comment-hint = Onaylamıyorsanız zorunludur: dernek yorumu e-postayla alır.
