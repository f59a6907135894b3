# Machine-drafted translation (Turkish), awaiting review by a native speaker.

# Entegrasyon ofisinin raporları: genel görünüm ve hibe raporu.

# machine-drafted
report-dashboard = Raporlar
# machine-drafted
report-intro = Bir dönem için ağın rakamları. Her rakamın bir tanımı, her grafiğin tablo olarak rakamları vardır. Hibe raporu aynı rakamları PDF veya CSV olarak içerir.
# machine-drafted
report-from = Başlangıç
# machine-drafted
report-to = Bitiş
# machine-drafted
report-period-hint = Tarihleri YYYY-AA-GG biçiminde yazın, örneğin 2020-01-01. Her iki gün de dahildir; en fazla on yıl.
# machine-drafted
report-show = Göster
# machine-drafted
report-download-pdf = Hibe raporu (PDF)
# machine-drafted
report-download-csv = Hibe raporu (CSV)
# machine-drafted
report-definition = Nasıl sayılıyor
# machine-drafted
report-as-table = Rakamlar tablo olarak
# machine-drafted
report-title = Ağın hibe raporu
# machine-drafted
report-period-words = Dönem: { $from } – { $to }
# machine-drafted
report-made = { $date } tarihinde Knotenpunkt ile oluşturuldu
# machine-drafted
report-contents = İçindekiler
# machine-drafted
report-page = Sayfa
# machine-drafted
report-figure = Gösterge
# machine-drafted
report-value = Değer
# machine-drafted
report-count = Sayı
# machine-drafted
report-no-data = veri yok
# machine-drafted
report-of-which = { $count } (bunlardan { $part } tanıştırmayla sonuçlandı)
# machine-drafted
report-share = %{ $percent } ({ $total } içinden { $part })
# machine-drafted
report-percent = %{ $percent }
# machine-drafted
report-days = { $count ->
    [one] 1 gün
   *[other] { $count } gün
}
# machine-drafted
report-hours = { $count ->
    [one] 1 saat
   *[other] { $count } saat
}
# machine-drafted
report-no-district = semt belirtilmemiş
# machine-drafted
report-mso-yes = Göçmen öz örgütü
# machine-drafted
report-mso-no = Diğer kuruluş
# machine-drafted
report-origin-meeting = Bir ağ buluşmasından
# machine-drafted
report-origin-introduction = Bir iletişim talebinden
# machine-drafted
report-origin-office = Entegrasyon ofisi tarafından girildi
# machine-drafted
report-narrative = Entegrasyon ofisinin raporu
# machine-drafted
report-narrative-label = Hibe raporu için metniniz
# machine-drafted
report-narrative-hint = Ağın bu dönemde neler başardığını kendi sözlerinizle yazın. Boş satırlar paragrafları ayırır. Metin yalnızca bu dönem için geçerlidir.
# machine-drafted
report-narrative-save = Metni kaydet
# machine-drafted
report-narrative-saved = Metin kaydedildi ve hibe raporunda yer alıyor.
# machine-drafted
form-error-report-date-invalid = Lütfen geçerli bir tarih girin, örneğin 2020-01-01.
# machine-drafted
form-error-report-period-order = Bitiş tarihi başlangıç tarihinden önce. Lütfen daha sonraki bir bitiş tarihi seçin.
# machine-drafted
form-error-report-period-too-long = Dönem on yıldan uzun. Lütfen daha kısa bir dönem seçin.
# machine-drafted
form-error-report-narrative-too-long = Metin çok uzun. Lütfen metni en fazla 20.000 karaktere kısaltın.
# machine-drafted
report-section-associations = Dernekler ve kurumlar
# machine-drafted
report-section-marketplace = Teklifler ve ihtiyaçlar
# machine-drafted
report-section-meetings = Ağ buluşmaları
# machine-drafted
report-section-projects = İşbirliği projeleri
# machine-drafted
report-section-inbox = Entegrasyon ofisine gelen mesajlar
# machine-drafted
report-section-meeting-list = Buluşmalar tek tek
# machine-drafted
report-section-project-list = Projeler tek tek
# machine-drafted
report-fig-active = Aktif kayıtlar
# machine-drafted
report-def-active = Rehberde bugün yayımlanmış ve arşivlenmemiş kayıtlar; açık arayüz aynı sayıyı “total” olarak verir. Aşağıdaki dağılımlar aynı kayıtları sayar.
# machine-drafted
report-fig-confirmed = Son 12 ayda onaylanan
# machine-drafted
report-def-confirmed = Son 365 günde onaylanan aktif kayıtların oranı: yayımlanan bir değişiklikle ya da yıllık “Hâlâ faal mi?” sorusuyla.
# machine-drafted
report-fig-mso = Göçmen öz örgütleri
# machine-drafted
report-def-mso = Kendini göçmen öz örgütü olarak tanımlayan aktif kayıtların oranı.
# machine-drafted
report-fig-offers = Yayımlanan teklifler
# machine-drafted
report-def-offers = Dönem içinde yayımlanan teklifler; hâlâ açık olanlar da sonradan kapatılanlar da.
# machine-drafted
report-fig-offers-open = bunlardan hâlâ açık olanlar
# machine-drafted
report-def-offers-open = Dönem içinde yayımlanan ve derneğinin henüz kapatmadığı teklifler.
# machine-drafted
report-fig-offers-matched = Tanıştırmayla sonuçlanan teklifler
# machine-drafted
report-def-offers-matched = Dönemin tekliflerinden en az bir kabul edilmiş iletişim talebi (anlaşmaya varıldı veya tamamlandı) olanların oranı.
# machine-drafted
report-fig-needs = Yayımlanan ihtiyaçlar
# machine-drafted
report-def-needs = Dönem içinde yayımlanan ihtiyaçlar; hâlâ açık olanlar da sonradan kapatılanlar da.
# machine-drafted
report-fig-needs-open = bunlardan hâlâ açık olanlar
# machine-drafted
report-def-needs-open = Dönem içinde yayımlanan ve derneğinin henüz kapatmadığı ihtiyaçlar.
# machine-drafted
report-fig-needs-matched = Tanıştırmayla sonuçlanan ihtiyaçlar
# machine-drafted
report-def-needs-matched = Dönemin ihtiyaçlarından en az bir kabul edilmiş iletişim talebi (anlaşmaya varıldı veya tamamlandı) olanların oranı.
# machine-drafted
report-fig-days-to-match = İlk tanıştırmaya kadar geçen gün (medyan)
# machine-drafted
report-def-days-to-match = Dönemin tanıştırmayla sonuçlanan her ihtiyacı için yayımlanmasından ilk kabul edilmiş iletişim talebine kadar geçen gün sayısı (talebin son durum değişikliği esas alınır); bu değerlerin medyanı.
# machine-drafted
report-fig-held = Yapılan buluşmalar
# machine-drafted
report-def-held = Dönem içinde ofisin yapıldı olarak işaretlediği ağ buluşmaları; iptal edilenler sayılmaz.
# machine-drafted
report-fig-registrations = Katılım kayıtları
# machine-drafted
report-def-registrations = Bu buluşmalar için onaylanmış katılım kayıtları, habersiz gelenler dahil; bekleme listesi ve kayıt iptalleri sayılmaz.
# machine-drafted
report-fig-attended = Katılanlar
# machine-drafted
report-def-attended = Girişte “geldi” olarak işaretlenen kayıtlı kişiler – buluşmanın giriş sayfasındaki “… kişiden … kişi geldi” ile aynı sayı.
# machine-drafted
report-fig-attendance-rate = Katılım oranı
# machine-drafted
report-def-attendance-rate = Katılan kişi sayısının katılım kaydı sayısına bölümü.
# machine-drafted
report-fig-associations-reached = Ulaşılan dernekler
# machine-drafted
report-def-associations-reached = Dönemin bir buluşmasına en az bir kişiyle katılmış farklı dernekler.
# machine-drafted
report-fig-new-pairs-per-meeting = Buluşma başına yeni dernek çiftleri
# machine-drafted
report-def-new-pairs-per-meeting = Yapılmış bir turda aynı masada oturan ve daha önceki hiçbir buluşmada karşılaşmamış farklı dernek çiftleri; dönemin buluşmaları üzerinden ortalama.
# machine-drafted
report-fig-begun = Başlatılan projeler
# machine-drafted
report-def-begun = Dönem içinde girilen işbirliği projeleri.
# machine-drafted
report-fig-under-way-or-done = bunlardan süren veya tamamlanan
# machine-drafted
report-def-under-way-or-done = Dönemin projelerinden bugün sürmekte olan veya tamamlanmış olanlar.
# machine-drafted
report-fig-cases = Gelen mesajlar
# machine-drafted
report-def-cases = Dönem içinde gelen fikirler, sorunlar, sorular ve destek ricaları; birleştirilen mükerrer mesajlar bir kez sayılır.
# machine-drafted
report-fig-answered = Yanıtlanan
# machine-drafted
report-def-answered = Dönemin mesajlarından ofisten en az bir yanıt almış olanların oranı.
# machine-drafted
report-fig-hours-to-answer = İlk yanıta kadar geçen süre (medyan)
# machine-drafted
report-def-hours-to-answer = Mesajın gelişinden ofisin ilk yanıtına kadar geçen saat; yanıtlanan mesajların medyanı.
# machine-drafted
report-fig-days-to-close = Kapanışa kadar geçen süre (medyan)
# machine-drafted
report-def-days-to-close = Mesajın gelişinden kapatılmasına kadar geçen gün; kapatılan mesajların medyanı.
# machine-drafted
report-chart-growth = Rehberin büyümesi
# machine-drafted
report-chart-def-growth = Her ayın sonundaki aktif kayıtlar, ilk yayımlandıkları güne göre (sürümlerden; içe aktarılan kayıtlar için içe aktarma gününden itibaren). Arşivlenen kayıtlar sayılmaz.
# machine-drafted
report-chart-label-growth = Ay
# machine-drafted
report-chart-legal-form = Türe göre kayıtlar
# machine-drafted
report-chart-def-legal-form = Hukuki yapılarına göre aktif kayıtlar.
# machine-drafted
report-chart-label-legal-form = Tür
# machine-drafted
report-chart-field = Faaliyet alanına göre kayıtlar
# machine-drafted
report-chart-def-field = Faaliyet alanı başına aktif kayıtlar; birden fazla faaliyet alanı olan bir kayıt her birinde sayılır.
# machine-drafted
report-chart-label-field = Faaliyet alanı
# machine-drafted
report-chart-language = Dile göre kayıtlar
# machine-drafted
report-chart-def-language = Sunulan her dil için aktif kayıtlar; birden fazla dili olan bir kayıt her birinde sayılır.
# machine-drafted
report-chart-label-language = Dil
# machine-drafted
report-chart-district = Semte göre kayıtlar
# machine-drafted
report-chart-def-district = Semtlerine göre aktif kayıtlar.
# machine-drafted
report-chart-label-district = Semt
# machine-drafted
report-chart-mso = Göçmen öz örgütleri
# machine-drafted
report-chart-def-mso = Kendini göçmen öz örgütü olarak tanımlayan aktif kayıtlar ve diğerleri.
# machine-drafted
report-chart-label-mso = Kuruluş
# machine-drafted
report-chart-offers-by-field = Faaliyet alanına göre teklifler
# machine-drafted
report-chart-def-offers-by-field = Dönemin teklifleri faaliyet alanı başına; parantez içinde kaçının tanıştırmayla sonuçlandığı.
# machine-drafted
report-chart-label-offers-by-field = Faaliyet alanı
# machine-drafted
report-chart-needs-by-field = Faaliyet alanına göre ihtiyaçlar
# machine-drafted
report-chart-def-needs-by-field = Dönemin ihtiyaçları faaliyet alanı başına; parantez içinde kaçının tanıştırmayla sonuçlandığı.
# machine-drafted
report-chart-label-needs-by-field = Faaliyet alanı
# machine-drafted
report-chart-attended-by-meeting = Buluşma başına katılım
# machine-drafted
report-chart-def-attended-by-meeting = Girişte “geldi” olarak işaretlenen kişiler, buluşma başına.
# machine-drafted
report-chart-label-attended-by-meeting = Buluşma
# machine-drafted
report-chart-new-pairs-by-meeting = Buluşma başına yeni dernek çiftleri
# machine-drafted
report-chart-def-new-pairs-by-meeting = Bu buluşmada bir masada ilk kez karşılaşan farklı dernek çiftleri.
# machine-drafted
report-chart-label-new-pairs-by-meeting = Buluşma
# machine-drafted
report-chart-project-status = Duruma göre projeler
# machine-drafted
report-chart-def-project-status = Dönemin projeleri bugünkü durumlarına göre.
# machine-drafted
report-chart-label-project-status = Durum
# machine-drafted
report-chart-project-origin = Kaynağa göre projeler
# machine-drafted
report-chart-def-project-origin = Dönemin projelerinin nereden doğduğu.
# machine-drafted
report-chart-label-project-origin = Kaynak
# machine-drafted
report-chart-case-kind = Türe göre mesajlar
# machine-drafted
report-chart-def-case-kind = Dönemin mesajları türlerine göre.
# machine-drafted
report-chart-label-case-kind = Tür
# machine-drafted
report-chart-case-status = Duruma göre mesajlar
# machine-drafted
report-chart-def-case-status = Dönemin mesajları bugünkü durumlarına göre.
# machine-drafted
report-chart-label-case-status = Durum
# machine-drafted
report-col-date = Tarih
# machine-drafted
report-col-meeting = Buluşma
# machine-drafted
report-col-registrations = Katılım kayıtları
# machine-drafted
report-col-attended = Katılanlar
# machine-drafted
report-col-rate = Oran
# machine-drafted
report-col-associations = Dernekler
# machine-drafted
report-col-new-pairs = Yeni çiftler
# machine-drafted
report-col-project = Proje
# machine-drafted
report-col-partners = Ortaklar
# machine-drafted
report-col-status = Durum
# machine-drafted
report-col-origin = Kaynak
# machine-drafted
report-col-begun = Girilme tarihi
# machine-drafted
report-no-meetings = Dönem içinde hiç buluşma yapılmadı.
# machine-drafted
report-no-projects = Dönem içinde hiç proje girilmedi.
# machine-drafted
report-project-anonymised = Herkese açık olmayan proje
# machine-drafted
report-projects-anonymised-note = Herkese açık olmayan projeler (henüz onaylanmamış ya da ortakları tarafından gizlenmiş) listede başlık ve ortaklar olmadan yer alır.

# The surveys of the period (issue 17).
# machine-drafted
report-section-surveys = Dernek anketleri
# machine-drafted
report-fig-surveys = Anketler
# machine-drafted
report-def-surveys = Dönem içinde açık olan ya da dönem içinde yanıtlanan anketler.
# machine-drafted
report-fig-survey-invited = Davet edilen dernekler
# machine-drafted
report-def-survey-invited = Dönemin sonuna kadar bu anketlere davet edilen dernekler; bir dernek her ankette bir kez sayılır.
# machine-drafted
report-fig-survey-responses = Yanıtlar
# machine-drafted
report-def-survey-responses = Bu anketlere dönem içinde gönderilen yanıtlar; başlanmış ama gönderilmemiş yanıtlar sayılmaz.
# machine-drafted
report-fig-response-rate = Yanıt oranı
# machine-drafted
report-def-response-rate = Dönemin tüm anketlerinde yanıtların davet edilen derneklere bölümü.
# machine-drafted
report-chart-response-rate-by-survey = Ankete göre yanıt oranı
# machine-drafted
report-chart-def-response-rate-by-survey = Dönemin her anketi için: dönem içinde gönderilen yanıtların davet edilen derneklere bölümü.
# machine-drafted
report-chart-label-response-rate-by-survey = Anket
# machine-drafted
report-survey-list = Anketler tek tek
# machine-drafted
report-col-survey = Anket
# machine-drafted
report-col-invited = Davet edilen
# machine-drafted
report-col-responses = Yanıtlar
