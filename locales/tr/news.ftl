# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# News and pages: public list, item, Atom feed, editor.

# machine-drafted
nav-news = Haberler
# machine-drafted
news-title = Haberler
# machine-drafted
news-intro = Ağ toplantılarından raporlar, tarihler ve ağdan yenilikler.
# machine-drafted
news-feed = Haberler akış olarak (Atom)
# machine-drafted
news-none = Henüz haber yok.
# machine-drafted
news-pages-label = Haber sayfaları
# machine-drafted
news-previous = Daha yeni
# machine-drafted
news-next = Daha eski
# machine-drafted
news-page-of = Sayfa { $page } / { $pages }
# machine-drafted
news-in-language = { $language } dilinde
# machine-drafted
news-in-the-news = Haberlerde
# machine-drafted
news-draft-note = Taslak: Bu sayfa henüz yayımlanmadı. Sadece siz görüyorsunuz.
# machine-drafted
news-linked = Konusu
# machine-drafted
news-languages = Diğer dillerde: { $languages }
# machine-drafted
news-edit = Düzenle
# machine-drafted
news-new = Yeni haber
# machine-drafted
news-new-page = Yeni sayfa
# machine-drafted
news-office-title = Haberleri ve sayfaları yönet
# machine-drafted
news-office-news = Haberler
# machine-drafted
news-office-pages = Sayfalar
# machine-drafted
news-state = Durum
# machine-drafted
news-state-published = Yayımlandı
# machine-drafted
news-state-draft = Taslak
# machine-drafted
news-placement-none = Gezinmede yok
# machine-drafted
news-placement-header = Üstteki menüde
# machine-drafted
news-placement-footer = Alt bilgide
# machine-drafted
news-view = Görüntüle
# machine-drafted
news-view-draft = Taslağı görüntüle
# machine-drafted
news-publish = Yayımla
# machine-drafted
news-unpublish = Yayından kaldır
# machine-drafted
news-revisions = Sürümler
# machine-drafted
news-revision = Sürüm { $number }
# machine-drafted
news-revision-current = güncel
# machine-drafted
news-revision-restored = { $number }. sürümden geri yüklendi
# machine-drafted
news-restore = { $number }. sürümü geri yükle
# machine-drafted
news-preview = Ön izleme
# machine-drafted
news-preview-heading = Ön izleme
# machine-drafted
news-preview-hint = Almanca sürüm böyle görünür. Henüz hiçbir şey kaydedilmedi.
# machine-drafted
news-field-title = Başlık
# machine-drafted
news-field-teaser = Kısa metin
# machine-drafted
news-field-body = Metin
# machine-drafted
news-body-hint = Markdown: **kalın**, *italik*, „- “ ile listeler, bağlantılar [metin](https://…) olarak. Boş bir satır yeni paragraf başlatır.
# machine-drafted
news-field-date = Tarih
# machine-drafted
news-date-hint = Örneğin 2020-01-11.
# machine-drafted
news-field-placement = Gezinmedeki yeri
# machine-drafted
news-field-contact-block = Entegrasyon ofisinin iletişim bilgilerini metnin altında göster
# machine-drafted
news-version = Sürüm: { $language }
# machine-drafted
news-field-associations = Bağlantılı dernekler
# machine-drafted
news-links-hint = Haberin ilgili olduğu rehberdeki dernekleri seçin; birden fazlası için Ctrl tuşu veya uzun dokunma. Dernekler haberi profillerinde gösterir.
# machine-drafted
news-field-meetings = Bağlantılı ağ toplantıları
# machine-drafted
news-meetings-hint = Haberin ilgili olduğu ağ toplantılarını seçin; birden fazlası için Ctrl tuşu veya uzun dokunma. Toplantılar haberi kendi sayfalarında gösterir.
# machine-drafted
news-field-projects = Bağlantılı işbirliği projeleri
# machine-drafted
news-projects-hint = Haberin ilgili olduğu işbirliği projelerini seçin; birden fazlası için Ctrl tuşu veya uzun dokunma. Projeler haberi kendi sayfalarında gösterir.
# machine-drafted
news-save = Kaydet
# machine-drafted
news-save-draft = Taslak olarak kaydet
# machine-drafted
news-picture = Resim
# machine-drafted
news-field-image = Resim dosyası
# machine-drafted
news-image-hint = PNG, JPEG veya WebP, en fazla 2 MB. Resim küçültülür ve meta veriler olmadan saklanır.
# machine-drafted
news-field-image-alt = Resim açıklaması (alternatif metin)
# machine-drafted
news-image-alt-hint = Resmi göremeyen kişiler için resimde ne olduğunu anlatın.
# machine-drafted
news-image-upload = Resmi kaydet
# machine-drafted
news-image-remove = Resmi kaldır
# machine-drafted
news-saved-created = Taslak kaydedildi. Henüz herkese açık değil.
# machine-drafted
news-saved-saved = Değişiklikler kaydedildi.
# machine-drafted
news-saved-published = Yayımlandı.
# machine-drafted
news-saved-unpublished = Yayından kaldırıldı: Sayfayı artık sadece siz görüyorsunuz.
# machine-drafted
news-saved-image = Resim kaydedildi.
# machine-drafted
news-saved-image-removed = Resim kaldırıldı.
# machine-drafted
news-saved-restored = Sürüm geri yüklendi. Önceki sürüm, sürümler listesinde kalır.
# machine-drafted
news-image-error-too-big = Dosya çok büyük: en fazla { $megabytes } MB.
# machine-drafted
news-image-error-too-large = Resmin pikseli çok fazla: en fazla { $pixels } × { $pixels }.
# machine-drafted
news-image-error-empty = Lütfen önce bir resim seçin.
# machine-drafted
news-image-error-not-an-image = Bu dosya PNG, JPEG veya WebP biçiminde bir resim değil ya da bozuk.
# machine-drafted
form-error-news-image-alt = Lütfen resmi açıklayın.
# machine-drafted
form-error-news-link-unknown = Bu adres yok. Lütfen yazımı kontrol edin.
# machine-drafted
error-news-not-found-title = Bulunamadı
# machine-drafted
error-news-not-found-text = Bu haber veya sayfa yok (artık yok).
