# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# The survey of associations: list and dashboard for the office, questionnaire for the associations.

# machine-drafted
nav-surveys = Anketler
# machine-drafted
survey-list-title = Dernek anketleri
# machine-drafted
survey-list-none = Henüz anket yok.
# machine-drafted
survey-title = Başlık
# machine-drafted
survey-status = Durum
# machine-drafted
survey-status-draft = taslak
# machine-drafted
survey-status-open = açık
# machine-drafted
survey-status-closed = kapandı
# machine-drafted
survey-invited = Davet edilen
# machine-drafted
survey-responses = Yanıtlar
# machine-drafted
survey-rate = Yanıt oranı
# machine-drafted
survey-dashboard = Sonuçlar
# machine-drafted
survey-anonymous = anonim olarak değerlendirilir
# machine-drafted
survey-export-csv = Yanıtları CSV olarak indir
# machine-drafted
survey-export-codebook = Kod kitabı (CSV)
# machine-drafted
survey-filters = Süz ve karşılaştır
# machine-drafted
survey-filter-mso = Göçmen öz örgütü
# machine-drafted
survey-filter-field = Faaliyet alanı
# machine-drafted
survey-filter-district = Semt
# machine-drafted
survey-filter-all = tümü
# machine-drafted
survey-cross-by = Çapraz tablo ölçütü
# machine-drafted
survey-cross-none = yok
# machine-drafted
survey-by-mso = Göçmen öz örgütü evet/hayır
# machine-drafted
survey-by-field = Faaliyet alanı
# machine-drafted
survey-by-district = Semt
# machine-drafted
survey-search = Serbest metinlerde arama
# machine-drafted
survey-apply = Göster
# machine-drafted
survey-suppression-rule = Bu anket anonimdir: süzülmüş görünümlerde ve çapraz tablolarda { $min } yanıttan küçük gruplar gösterilmez.
# machine-drafted
survey-shown = Süzülmüş: { $count } yanıt.
# machine-drafted
survey-suppressed = Bu seçim için yanıt çok az: anonim bir ankette { $min } yanıtın altında rakam gösterilmez.
# machine-drafted
survey-answered = { $count } yanıt
# machine-drafted
survey-cross-suppressed = Çapraz tabloda { $min } yanıttan küçük gruplar gizlenmiştir.
# machine-drafted
survey-mean = Ortalama
# machine-drafted
survey-answer = Yanıt
# machine-drafted
survey-count = Sayı
# machine-drafted
survey-no-answers = yanıt yok
# machine-drafted
survey-chart-desc = { $answered } yanıt. En sık: { $top } ({ $count }).
# machine-drafted
survey-chart-desc-none = { $answered } yanıt, seçim yapılmadı.
# machine-drafted
survey-texts = Serbest metinler
# machine-drafted
survey-texts-none = Serbest metin yok (ya da aramaya uyan yok).
# machine-drafted
survey-group = Grup
# machine-drafted
survey-group-mso = Göçmen öz örgütü
# machine-drafted
survey-group-not-mso = diğer dernekler
# machine-drafted
survey-group-no-district = semt yok
# machine-drafted
survey-group-suppressed = { $min } yanıttan az – gösterilmez
# machine-drafted
survey-cross-caption = { $question } – { $by } ölçütüne göre
# machine-drafted
survey-kind-single-choice = Tek seçim
# machine-drafted
survey-kind-multiple-choice = Çoklu seçim
# machine-drafted
survey-kind-scale = Ölçek 1–5
# machine-drafted
survey-kind-number = Sayı
# machine-drafted
survey-kind-short-text = Kısa metin
# machine-drafted
survey-kind-long-text = Uzun metin
# machine-drafted
survey-kind-yes-no = Evet/Hayır
# machine-drafted
survey-kind-categories = Faaliyet alanları
# machine-drafted
survey-kind-languages = Diller
# machine-drafted
survey-yes = Evet
# machine-drafted
survey-no = Hayır
# machine-drafted
survey-other = Diğer
# machine-drafted
survey-other-text = Diğer, yani:
# machine-drafted
survey-for = Kimin için
# machine-drafted
survey-progress = Sayfa { $number } / { $total }
# machine-drafted
survey-required = zorunlu
# machine-drafted
survey-in-german = Bu soru henüz sizin dilinizde yok; burada Almanca gösteriliyor.
# machine-drafted
survey-next = İleri
# machine-drafted
survey-back = Geri
# machine-drafted
survey-submit = Yanıtları gönder
# machine-drafted
survey-later = Kaydet ve sonra devam et
# machine-drafted
survey-thanks = Teşekkürler! Yanıtlarınız kaydedildi. Anket kapanana kadar aynı bağlantıyla değiştirebilirsiniz.
# machine-drafted
survey-saved-later = Kaydedildi. Aynı bağlantıyla istediğiniz zaman burada devam edebilirsiniz.
# machine-drafted
survey-editable = Yanıtlarınız gönderildi. Anket kapanana kadar değiştirebilirsiniz.
# machine-drafted
survey-not-open = Bu anket şu anda yanıt kabul etmiyor.
# machine-drafted
survey-error-required = Lütfen bu soruyu yanıtlayın.
# machine-drafted
survey-error-unknown-option = Lütfen verilen yanıtlardan birini seçin.
# machine-drafted
survey-error-other-text-missing = “Diğer”i seçtiniz: lütfen ne demek istediğinizi yazın.
# machine-drafted
survey-error-single-value = Lütfen yalnızca bir yanıt seçin.
# machine-drafted
survey-error-not-a-number = Lütfen bir tam sayı girin, ör. 12.
# machine-drafted
survey-error-out-of-range = Bu sayı izin verilen aralığın dışında.
# machine-drafted
survey-error-too-long = Bu metin çok uzun.
# machine-drafted
survey-error-unknown-language = Bu dili tanımıyoruz.
# machine-drafted
survey-error-unknown-category = Böyle bir faaliyet alanı yok.
# machine-drafted
survey-error-too-many = Bunlar çok fazla yanıt.
# machine-drafted
error-survey-not-found-title = Anket bulunamadı
# machine-drafted
error-survey-not-found-text = Bu bağlantı yok (artık). Belki bu arada yeni bağlantılı bir hatırlatma geldi; yoksa lütfen entegrasyon ofisine sorun.
# machine-drafted
error-survey-not-open-title = Anket açık değil
# machine-drafted
error-survey-not-open-text = Bu anket şu anda yanıt kabul etmiyor.
