# Machine-drafted translation (Turkish), awaiting review by a native speaker.

# machine-drafted
nav-import = İçe aktarma
# machine-drafted
porting-import-title = Rehbere içe aktarma
# machine-drafted
porting-import-intro = Derneklerin yer aldığı bir dosya yükleyin. Önce satır satır bir ön izleme görürsünüz; onaylayana kadar hiçbir şey kaydedilmez – sonra ya hepsi ya hiçbiri.
# machine-drafted
porting-file = Dosya
# machine-drafted
porting-file-hint = CSV (virgül veya noktalı virgül, Almanca ya da İngilizce sütun adları), kendi dışa aktarımımızdan JSON, GeoJSON veya Karte von morgen (OpenFairDB) dışa aktarımı. En fazla { $megabytes } MB.
# machine-drafted
porting-format = Biçim
# machine-drafted
porting-format-auto = dosya adından anla
# machine-drafted
porting-format-csv = CSV
# machine-drafted
porting-format-json = JSON (kendi dışa aktarımımız)
# machine-drafted
porting-format-geojson = GeoJSON
# machine-drafted
porting-format-ofdb = OpenFairDB (Karte von morgen)
# machine-drafted
porting-upload-submit = Yükle ve ön izlemeyi gör
# machine-drafted
porting-upload-empty = Lütfen bir dosya seçin. Gönderilen dosya boştu ya da yoktu.
# machine-drafted
porting-upload-too-big = Dosya { $megabytes } MB’tan büyük. Lütfen daha küçük dosyalara bölün.
# machine-drafted
porting-upload-format-unclear = Biçim dosya adından anlaşılamıyor. Lütfen seçin.
# machine-drafted
porting-error-empty = Dosya boş.
# machine-drafted
porting-error-html = Dosya bir web sayfası (HTML), veri dosyası değil.
# machine-drafted
porting-error-spreadsheet = Dosya bir Excel veya LibreOffice tablosu. Lütfen önce orada CSV olarak kaydedin.
# machine-drafted
porting-error-utf16 = Dosya UTF-16 olarak kaydedilmiş. Lütfen UTF-8 CSV olarak kaydedin.
# machine-drafted
porting-error-binary = Dosya bir metin dosyası değil (örneğin bir PDF, resim veya arşiv).
# machine-drafted
porting-error-wrong-format = Dosya { $format } değil. Lütfen seçilen biçimi kontrol edin.
# machine-drafted
porting-error-no-name-column = Hiçbir sütun adı içermiyor. Başlık satırında şunlar var: { $headers }. Lütfen aşağıda adın bulunduğu sütunu belirleyin.
# machine-drafted
porting-error-too-many-rows = Dosyada 50.000’den fazla satır var. Lütfen daha küçük dosyalara bölün.
# machine-drafted
porting-error-row-too-long = Bir satır 1 MB’tan uzun – büyük olasılıkla hiç kapanmayan bir tırnak işareti.
# machine-drafted
porting-error-bad-mapping = Sütunların eşlemesi geçersiz. Lütfen yeniden seçin.
# machine-drafted
porting-error-unreadable = Dosya okunamıyor.
# machine-drafted
porting-export-heading = Rehberi dışa aktar
# machine-drafted
porting-export-intro = Yayımlanmış tüm dernekler, ağ için bilgileriyle birlikte; irtibat kişileri yalnızca onayları varsa. Her kayıt şehrin veri lisansını taşır.
# machine-drafted
porting-export-csv = CSV olarak (tablo)
# machine-drafted
porting-export-json = JSON olarak (eksiksiz, başka bir kuruluma taşımak için)
# machine-drafted
porting-export-geojson = GeoJSON olarak (coğrafi bilgi sistemleri için)
# machine-drafted
porting-export-ofdb = OpenFairDB biçiminde (Karte von morgen)
# machine-drafted
porting-export-items-intro = Yayımlanmış tüm derneklerin açık teklifleri ve ihtiyaçları, yalnızca ağa görünür olanlar da dahil, her biri şehrin veri lisansıyla:
# machine-drafted
porting-export-items-csv = Teklifler ve ihtiyaçlar CSV olarak
# machine-drafted
porting-export-items-json = Teklifler ve ihtiyaçlar JSON olarak
# machine-drafted
porting-preview-title = Ön izleme: { $file }
# machine-drafted
porting-preview-intro = Henüz hiçbir şey kaydedilmedi. Dosya şöyle aktarılırdı:
# machine-drafted
porting-counts = { $create } yeni, { $update } değişen, { $unchanged } değişmeyen, { $duplicate } atlanan (muhtemelen çift), { $refused } reddedilen.
# machine-drafted
porting-placed = Konumlar: { $file } dosyadan, { $address } adrese göre, { $postcode } posta koduna göre, { $district } semte göre, { $unplaced } konumsuz.
# machine-drafted
porting-mapping-heading = Sütunları belirle
# machine-drafted
porting-mapping-intro = Bu sütunlar bilinmiyor. Ne içerdiklerini seçin; seçim yapılmayan sütunlar aktarılmaz.
# machine-drafted
porting-mapping-submit = Eşlemeyi uygula
# machine-drafted
porting-field-ignored = – aktarma –
# machine-drafted
porting-field-tags = Etiketler
# machine-drafted
porting-field-slug = Dernek sayfasının adresi (adresteki kısa ad)
# machine-drafted
porting-field-external-id = Kaynak sistemdeki kimlik
# machine-drafted
porting-refused-note = Satırlar reddedildi: bu dosyadan hiçbir şey kaydedilemez. Lütfen dosyayı düzeltip yeniden yükleyin.
# machine-drafted
porting-confirm-heading = İçe aktarmayı onayla
# machine-drafted
porting-confirm-intro = { $create } dernek yeni oluşturulacak ve { $update } dernek değiştirilecek. Her değişiklik, kaynağı bu içe aktarma olarak sürüm geçmişinde görünür.
# machine-drafted
porting-confirm-submit = İçe aktarmayı başlat
# machine-drafted
porting-nothing-to-do = Dosya rehberde hiçbir şeyi değiştirmiyor.
# machine-drafted
porting-rows-heading = Satırlar
# machine-drafted
porting-rows-cut = { $total } satırın ilk { $shown } tanesi gösteriliyor; yukarıdaki sayılar hepsini sayar.
# machine-drafted
porting-col-line = Satır
# machine-drafted
porting-col-entry = Kayıt
# machine-drafted
porting-col-name = Ad
# machine-drafted
porting-col-action = Ne olacak
# machine-drafted
porting-col-detail = Ayrıntılar
# machine-drafted
porting-action-create = yeni
# machine-drafted
porting-action-update = değiştirilecek
# machine-drafted
porting-action-unchanged = değişmedi
# machine-drafted
porting-action-duplicate = atlandı, muhtemelen çift
# machine-drafted
porting-action-refused = reddedildi
# machine-drafted
porting-duplicate-of = { $name } gibi
# machine-drafted
porting-row-unreadable = Kayıt okunamıyor.
# machine-drafted
porting-new-upload = Başka bir dosya yükle
# machine-drafted
porting-running-title = İçe aktarma sürüyor: { $file }
# machine-drafted
porting-progress = İlerleme
# machine-drafted
porting-progress-text = { $total } satırdan { $done } tanesi kontrol edildi
# machine-drafted
porting-queued = İçe aktarma başlamayı bekliyor.
# machine-drafted
porting-refresh-hint = Bu sayfa her iki saniyede bir kendini yeniler.
# machine-drafted
porting-refresh-pause = Kendiliğinden yenilemeyi durdur
# machine-drafted
porting-refresh-now = Şimdi yenile
# machine-drafted
porting-report-title = İçe aktarma: { $file }
# machine-drafted
porting-report-stored = { $id } numaralı içe aktarma olarak kaydedildi.
# machine-drafted
porting-report-refused = Hiçbir şey kaydedilmedi: ön izlemeden bu yana rehber değiştiği için { $rows } satır artık reddedilirdi. Lütfen dosyayı yeniden yükleyin.
# machine-drafted
porting-job-failed = İçe aktarma başarısız oldu; hiçbir şey kaydedilmedi. Lütfen daha sonra yeniden deneyin.
# machine-drafted
porting-report-directory = Rehbere git
# machine-drafted
error-import-confirmed-title = Zaten onaylandı
# machine-drafted
error-import-confirmed-text = Bu içe aktarma zaten onaylandı; sütun eşlemesi artık değiştirilemez.
# machine-drafted
porting-history-origin = { $author } tarafından { $date } tarihinde { $file } dosyasından içe aktarıldı ({ $format }).
