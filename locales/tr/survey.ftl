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

# Davetler ve hatırlatmalar (entegrasyon ofisinin sayfası) ve e-postaları.
# machine-drafted
survey-invite-title = Davetler
# machine-drafted
survey-invite-progress = Dönüş durumu
# machine-drafted
survey-invite-state-submitted = gönderildi
# machine-drafted
survey-invite-state-started = başlandı
# machine-drafted
survey-invite-state-waiting = henüz başlanmadı
# machine-drafted
survey-invite-send = Dernekleri davet et
# machine-drafted
survey-invite-hint = Her dernek e-postayla kişisel bir bağlantı alır: temsilcilerine, yoksa herkese açık adresine. Daha önce davet edilen dernekler ikinci bir davet almaz.
# machine-drafted
survey-invite-whom = Kimler davet edilsin?
# machine-drafted
survey-invite-scope-all = henüz davet edilmemiş tüm dernekler ({ $count })
# machine-drafted
survey-invite-scope-filter = bu özelliklere sahip dernekler
# machine-drafted
survey-invite-scope-list = yalnızca işaretlenen dernekler
# machine-drafted
survey-invite-everyone = Yayımlanan tüm dernekler zaten davet edildi.
# machine-drafted
survey-invite-submit = Davetleri gönder
# machine-drafted
survey-remind-title = Hatırlat
# machine-drafted
survey-remind-rule = Yalnızca yanıtlarını henüz göndermemiş derneklere hatırlatma gider, her birine haftada en fazla bir kez. Hatırlatmada yeni bir bağlantı vardır; eskisi artık çalışmaz, kaydedilen yanıtlar korunur.
# machine-drafted
survey-remind-submit = { $count ->
    [one] 1 derneğe hatırlat
   *[other] { $count } derneğe hatırlat
}
# machine-drafted
survey-remind-none = Şu anda gönderilecek hatırlatma yok.
# machine-drafted
survey-invite-list = Davet edilen dernekler
# machine-drafted
survey-invite-none = Henüz hiçbir dernek davet edilmedi.
# machine-drafted
survey-invite-association = Dernek
# machine-drafted
survey-invite-invited-on = Davet tarihi
# machine-drafted
survey-invite-reminded-on = Son hatırlatma
# machine-drafted
survey-invite-next-reminder = Sonraki hatırlatma
# machine-drafted
survey-invite-remind-now = şimdi mümkün
# machine-drafted
survey-invite-remind-from = { $date } tarihinden itibaren
# machine-drafted
survey-invite-unpublished = (dernek artık yayımlanmıyor)
# machine-drafted
survey-invite-done = { $count ->
    [one] 1 dernek davet edildi.
   *[other] { $count } dernek davet edildi.
}
# machine-drafted
survey-invite-already = { $count ->
    [one] 1 dernek zaten davet edilmişti.
   *[other] { $count } dernek zaten davet edilmişti.
}
# machine-drafted
survey-invite-no-address = { $count ->
    [one] 1 derneğin e-posta adresi yok, ona yazılmadı.
   *[other] { $count } derneğin e-posta adresi yok, onlara yazılmadı.
}
# machine-drafted
survey-invite-refused-closed = Bu anket sona erdi: artık dernek davet edilemez.
# machine-drafted
survey-remind-refused-not-open = Hatırlatmalar yalnızca anket açıkken gönderilir.
# machine-drafted
survey-invite-error-filter = Lütfen en az bir özellik seçin.
# machine-drafted
survey-invite-error-list = Lütfen en az bir derneği işaretleyin.
# machine-drafted
survey-invite-error-scope = Lütfen kimleri davet etmek istediğinizi seçin.
# machine-drafted
mail-survey-invitation-subject = “{ $survey }” anketine davet
# machine-drafted
mail-survey-invitation-body =
    Merhaba,

    entegrasyon ofisi “{ $organisation }” derneğini “{ $survey }” anketine davet ediyor. Bu kişisel bağlantıyla derneğinizden herkes giriş yapmadan yanıt verebilir; arada kaydedip daha sonra devam edebilirsiniz:

    { $link }

    { $has_closes ->
        [yes] Anket { $closes } tarihine kadar açık.
       *[no] { "" }
    }

    Lütfen bağlantıyı yabancılarla paylaşmayın.
# machine-drafted
mail-survey-reminder-subject = Hatırlatma: “{ $survey }” anketi
# machine-drafted
mail-survey-reminder-body =
    Merhaba,

    “{ $organisation }” derneği “{ $survey }” anketine yanıtlarını henüz göndermedi. Entegrasyon ofisi yanıtlarınızı bekliyor. Yeni kişisel bağlantınız aşağıda; önceki bağlantı artık çalışmaz, kaydedilmiş yanıtlar korunur:

    { $link }

    { $has_closes ->
        [yes] Anket { $closes } tarihine kadar açık.
       *[no] { "" }
    }

# Entegrasyon ofisinin anket oluşturucusu ve ön izleme.
# machine-drafted
survey-build-title = Anketi düzenle
# machine-drafted
survey-build-new = Yeni anket
# machine-drafted
survey-build-create = Anketi oluştur
# machine-drafted
survey-build-slug = Adres (kısa ad)
# machine-drafted
survey-build-slug-hint = Küçük harfler, rakamlar ve kısa çizgi, ör. anket-2027. Boş bırakırsanız başlıktan oluşturulur.
# machine-drafted
survey-build-links = Düzenleme ve davetler
# machine-drafted
survey-build-saved = Kaydedildi.
# machine-drafted
survey-build-has-answers = Zaten yanıtlar var. Soru ve yanıt seçeneği eklemek ve metinleri değiştirmek mümkün; kaydedilmiş yanıtları kullanılamaz hâle getirecek değişiklikler reddedilir. Bir soruyu kaldırmadan önce onay istenir; yanıtları saklı kalır.
# machine-drafted
survey-build-preview = Ön izleme
# machine-drafted
survey-build-preview-note = Ön izleme: Anket bir dernek için böyle görünür. Burada hiçbir şey kaydedilmez; koşullu soruların hepsi bir notla gösterilir.
# machine-drafted
survey-build-questions = Sorular
# machine-drafted
survey-build-no-questions = Henüz soru yok.
# machine-drafted
survey-build-condition = Koşul
# machine-drafted
survey-build-edit = Düzenle
# machine-drafted
survey-build-up = Yukarı taşı
# machine-drafted
survey-build-down = Aşağı taşı
# machine-drafted
survey-build-remove = Kaldır
# machine-drafted
survey-build-remove-confirm = Evet, kaldır – kaydedilmiş yanıtlar korunur
# machine-drafted
survey-build-cancel = Vazgeç
# machine-drafted
survey-build-add = Soru ekle
# machine-drafted
survey-build-edit-question = Soruyu düzenle
# machine-drafted
survey-build-section = Bölüm
# machine-drafted
survey-build-new-section = yeni bölüm (yeni bir sayfa)
# machine-drafted
survey-build-kind = Soru türü
# machine-drafted
survey-build-key = Kimlik
# machine-drafted
survey-build-key-hint = Küçük harfler, rakamlar ve _, ör. mekan. CSV dışa aktarımındaki sütundur.
# machine-drafted
survey-build-text = Soru metni
# machine-drafted
survey-build-help = Yardım metni
# machine-drafted
survey-build-options = Yanıt seçenekleri
# machine-drafted
survey-build-options-hint = Her satıra bir tane, “kimlik | metin” ya da yalnızca metin. Diğer dillerde: metinler aynı sırayla.
# machine-drafted
survey-build-other = “Diğer: …” seçeneği sun
# machine-drafted
survey-build-low = 1 için metin
# machine-drafted
survey-build-high = 5 için metin
# machine-drafted
survey-build-min = En küçük sayı
# machine-drafted
survey-build-max = En büyük sayı
# machine-drafted
survey-build-profile-linked = Yanıtlar onayla profile aktarılabilir (yalnızca faaliyet alanları ve diller)
# machine-drafted
survey-build-condition-question = Yalnızca şu sorunun yanıtı …
# machine-drafted
survey-build-always = (her zaman göster)
# machine-drafted
survey-build-condition-value = … bu değer olduğunda göster
# machine-drafted
survey-build-condition-value-hint = Bir yanıt seçeneğinin kimliği, yes ya da no veya ölçekte 1 ile 5 arası.
# machine-drafted
survey-build-translations = Çeviriler
# machine-drafted
survey-build-translations-hint = Bir çeviri eksikse Almanca metin gösterilir ve anket bunu belirtir.
# machine-drafted
survey-build-save = Kaydet
# machine-drafted
survey-build-settings = Başlık, tarihler ve anonimlik
# machine-drafted
survey-build-intro = Giriş
# machine-drafted
survey-build-section-title = Bölüm başlığı
# machine-drafted
survey-build-anonymous = Anonim değerlendir (filtrelenmiş görünümlerde küçük gruplar gösterilmez)
# machine-drafted
survey-build-opens = Başlangıç
# machine-drafted
survey-build-closes = Bitiş
# machine-drafted
survey-build-shown-when = Yalnızca “{ $question }” sorusu “{ $value }” olarak yanıtlandığında görünür.
# machine-drafted
survey-build-conflict = Bu arada başka biri anketi değiştirdi. Lütfen sayfayı yeniden yükleyip tekrar deneyin.
# machine-drafted
survey-build-error-title = Lütfen Almanca bir başlık girin.
# machine-drafted
survey-build-error-date = Lütfen tarih ve saat girin, ör. 2027-03-01 09:00.
# machine-drafted
survey-build-error-dates = Bitiş, başlangıçtan sonra olmalı.
# machine-drafted
survey-build-error-slug = Lütfen yalnızca küçük harf, rakam ve kısa çizgi kullanın.
# machine-drafted
survey-build-error-slug-taken = Bu adresi başka bir anket kullanıyor.
# machine-drafted
survey-build-error-section = Lütfen bir bölüm seçin.
# machine-drafted
survey-build-error-key = Kimlik küçük harfler, rakamlar ve _ içerir (en fazla 40 karakter).
# machine-drafted
survey-build-error-text-missing = Lütfen soru metnini Almanca girin.
# machine-drafted
survey-build-error-too-many-options = En fazla 50 yanıt seçeneği.
# machine-drafted
survey-build-error-option-key = Her yanıt seçeneğinin bir metni ve küçük harf, rakam ve _ içeren bir kimliği olmalı (“other” kullanılamaz).
# machine-drafted
survey-build-error-option-twice = İki yanıt seçeneğinin kimliği aynı.
# machine-drafted
survey-build-error-no-options = Lütfen en az bir yanıt seçeneği girin.
# machine-drafted
survey-build-error-scale-ends = Lütfen ölçeğin iki ucunu da Almanca adlandırın.
# machine-drafted
survey-build-error-range = En küçük sayı en büyük sayıdan büyük olamaz.
# machine-drafted
survey-build-error-range-number = Lütfen en küçük ve en büyük sayıyı tam sayı olarak girin.
# machine-drafted
survey-build-error-kind = Lütfen bir soru türü seçin.
# machine-drafted
survey-build-error-condition-value-missing = Lütfen sorunun hangi değerde görüneceğini girin.
# machine-drafted
survey-build-invalid-empty = Ankette henüz soru yok.
# machine-drafted
survey-build-invalid-invalid-key = Bu kimlik geçersiz.
# machine-drafted
survey-build-invalid-duplicate-key = Bu kimlik ankette zaten var.
# machine-drafted
survey-build-invalid-missing-text = Bir sorunun Almanca metni yok.
# machine-drafted
survey-build-invalid-no-options = Bir seçmeli sorunun yanıt seçeneği yok.
# machine-drafted
survey-build-invalid-bad-range = En küçük sayı en büyük sayıdan büyük.
# machine-drafted
survey-build-invalid-condition-unknown = Koşul, önceki bir bölümdeki bir soruyu belirtmeli.
# machine-drafted
survey-build-invalid-condition-value = Belirtilen soru bu değeri alamaz.
# machine-drafted
survey-build-refused-kind = Zaten yanıtlar var: { $question } sorusunun türü artık değiştirilemez.
# machine-drafted
survey-build-refused-option = Zaten yanıtlar var: { $question } sorusunun { $option } seçeneği artık kaldırılamaz.
# machine-drafted
survey-build-refused-range = Zaten yanıtlar var: { $question } sorusunun sayı aralığı yalnızca genişleyebilir.
# machine-drafted
survey-build-refused-other = Zaten yanıtlar var: { $question } sorusundaki “Diğer” artık kaldırılamaz.
# machine-drafted
survey-build-confirm-remove = { $question } sorusunun zaten yanıtları var. Kaldırırsanız soru artık ankette ve sonuçlarda görünmez; yanıtlar saklı kalır.

# machine-drafted
survey-consent = Profilimizi bu yanıtlarla güncelle (faaliyet alanları ve diller)
# machine-drafted
survey-consent-hint = Entegrasyon ofisi değişikliği profilde görünmeden önce kontrol eder. İşaretlemezseniz profil olduğu gibi kalır.

# The PDF report (documents crate)

# machine-drafted
survey-export-pdf = Raporu PDF olarak indir
# machine-drafted
survey-export-pdf-filtered = Bu seçimin raporunu PDF olarak indir
# machine-drafted
survey-report-period = Anket: { $from } – { $to }
# machine-drafted
survey-report-filtered = Seçim: { $filters }.
# machine-drafted
survey-report-response = Katılım
# machine-drafted
survey-report-def-invited = Kişisel davet alan dernekler.
# machine-drafted
survey-report-def-responses = Anketi gönderen dernekler.
# machine-drafted
survey-report-def-rate = Yanıtların davet edilenlere oranı.
# machine-drafted
survey-report-part = Bölüm { $number }
# machine-drafted
survey-report-no-texts = serbest metin yanıtı yok

# Delivery of the invitation mails; reminders through the job queue

# machine-drafted
survey-invite-state-mail-pending = e-posta gönderiliyor
# machine-drafted
survey-invite-state-mail-failed = e-posta gönderilemedi
# machine-drafted
survey-invite-mail-pending = { $count ->
    [one] 1 davet henüz gönderilmeyi bekliyor ve henüz davet edilmiş sayılmıyor.
   *[other] { $count } davet henüz gönderilmeyi bekliyor ve henüz davet edilmiş sayılmıyor.
}
# machine-drafted
survey-invite-mail-failed = { $count ->
    [one] 1 derneğe e-posta gönderilemedi: davet edilmiş sayılmıyor ve hemen yeniden hatırlatılabilir.
   *[other] { $count } derneğe e-posta gönderilemedi: davet edilmiş sayılmıyorlar ve hemen yeniden hatırlatılabilirler.
}
# machine-drafted
survey-remind-queued = { $count ->
    [0] Şu anda gönderilmesi gereken hatırlatma yok.
    [one] 1 hatırlatma arka planda gönderiliyor.
   *[other] { $count } hatırlatma arka planda gönderiliyor.
}

## The summary at the top of the dashboard ("at a glance")
# machine-drafted
survey-glance-title = Bir bakışta
# machine-drafted
survey-glance-rate = Davet edilen { $invited } dernekten { $responses } tanesi yanıt verdi ({ $rate }).
# machine-drafted
survey-glance-varied = Büyük çeşitlilik görülen sorular
# machine-drafted
survey-glance-shared = Benzer yanıtlar verilen sorular
# machine-drafted
survey-glance-spread-varied = Büyük çeşitlilik
# machine-drafted
survey-glance-spread-mixed = Kısmen benzer, kısmen farklı
# machine-drafted
survey-glance-spread-shared = Benzer yanıtlar
# machine-drafted
survey-glance-measure-varied = { $distinct } farklı yanıt; en sık verilen { $top } yanıt, belirtilen tüm yanıtların %{ $cover } kadarını oluşturuyor.
# machine-drafted
survey-glance-measure-shared = En sık verilen { $top } yanıtın her birini derneklerin en az %{ $reach } kadarı belirtti (toplam { $distinct } farklı yanıt).
# machine-drafted
survey-glance-measure-mixed = { $distinct } farklı yanıt; en sık verilen { $top } yanıt, belirtilen tüm yanıtların %{ $cover } kadarını oluşturuyor; her birini derneklerin en az %{ $reach } kadarı belirtti.
# machine-drafted
survey-glance-measure-few = { $distinct } farklı yanıt; bir değerlendirme için yanıt sayısı çok az.
# machine-drafted
survey-glance-share = %{ $percent } ({ $answered } yanıttan { $count })
# machine-drafted
survey-glance-mean = 1 ({ $low }) ile 5 ({ $high }) arasındaki ölçekte ortalama { $mean }.
# machine-drafted
survey-glance-legend = Nasıl ölçülür: Oranlar, soruyu yanıtlayan derneklere göredir; birden fazla yanıt verilebilir. “Benzer yanıtlar”: en sık verilen { $top } yanıtın her birini derneklerin en az %{ $shared } kadarı belirtti. “Büyük çeşitlilik”: en az { $distinct } farklı yanıt var ve en sık verilen { $top } yanıttan en az birini derneklerin %{ $varied } kadarından azı belirtti. { $min } yanıtın altında değerlendirme yapılmaz.
# machine-drafted
survey-glance-share-heading = Yanıt veren derneklerin oranı
