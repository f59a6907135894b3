# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# Ağ buluşmaları: form hataları, kayıt, giriş kontrolü, masa planı ve açıklaması.

# machine-drafted
meeting-status-upcoming = Yaklaşan
# machine-drafted
meeting-status-past = Geçmiş
# machine-drafted
meeting-status-cancelled = İptal edildi

# machine-drafted
form-error-meeting-datetime = Lütfen tarih ve saat girin, örneğin 2026-01-11 10:00.
# machine-drafted
form-error-meeting-start-past = Başlangıç geçmişte. Yeni bir buluşma gelecekte başlamalıdır.
# machine-drafted
form-error-meeting-end-before-start = Bitiş, başlangıçtan sonra olmalıdır.
# machine-drafted
form-error-meeting-deadline-after-start = Son kayıt tarihi başlangıçtan önce olmalıdır. Boş bırakırsanız kayıtlar başlangıca kadar açık kalır.
# machine-drafted
form-error-meeting-capacity-range = Lütfen 1 ile 1000 arasında bir sayı girin.
# machine-drafted
form-error-meeting-limit-range = Lütfen 1 veya daha büyük bir sayı girin. Boş bırakırsanız dernek başına 2 kişi olur.
# machine-drafted
form-error-meeting-limit-over-tables = Bir dernek en fazla masa sayısı kadar kişi gönderebilir – aynı dernekten kişiler asla aynı masada oturmaz.
# machine-drafted
form-error-meeting-seats-short = Masaların toplam yeri, buluşmanın katılımcı sayısından az. Lütfen masa veya yer ekleyin ya da katılımcı sayısını düşürün.
# machine-drafted
form-error-meeting-rounds-too-long = Turlar toplamda buluşmadan daha uzun sürüyor.
# machine-drafted
form-error-meeting-rounds-missing = Lütfen en az bir tur ekleyin.
# machine-drafted
form-error-meeting-rounds-too-many = Bir buluşmada en fazla 12 tur olabilir.
# machine-drafted
form-error-meeting-round-minutes = Bir tur 5 ile 240 dakika arasında sürer.
# machine-drafted
form-error-meeting-tables-missing = Lütfen en az bir masa ekleyin.
# machine-drafted
form-error-meeting-tables-too-many = Bir buluşmada en fazla 100 masa olabilir.
# machine-drafted
form-error-meeting-table-name-twice = Bu adı başka bir masa zaten taşıyor.
# machine-drafted
form-error-meeting-table-capacity = Bir masada 2 ile 50 arasında yer olur.
# machine-drafted
form-error-meeting-moderator-unknown = Masa moderatörü bu buluşmaya onaylanmış bir kayıt olmalıdır.
# machine-drafted
form-error-meeting-moderator-twice = Bu kişi zaten başka bir masayı yönetiyor.
# machine-drafted
form-error-meeting-project-partners = Lütfen katılan en az bir dernek seçin.
# machine-drafted
form-error-meeting-result-empty = Lütfen en az bir fikir, vizyon, bağlantı veya proje girin.

# machine-drafted
meeting-refused-cancelled = Bu buluşma iptal edildi.
# machine-drafted
meeting-refused-past = Bu buluşma sona erdi.
# machine-drafted
meeting-refused-deadline = Son kayıt tarihi geçti. Lütfen uyum bürosuna başvurun.
# machine-drafted
meeting-refused-association-limit = Derneğiniz zaten { $limit } kişi kaydettirdi; bu buluşma için daha fazlası mümkün değil.
# machine-drafted
meeting-refused-already-registered = Bu e-posta adresi bu buluşmaya zaten kayıtlı.
# machine-drafted
meeting-checkin-not-confirmed = Yalnızca onaylanmış kayıtlar içeri alınabilir. Bekleme listesindeki kişileri büro önce katılımcı olarak ekler.

# machine-drafted
meeting-move-round-held = Bu tur zaten yapıldı; olduğu gibi kalır.
# machine-drafted
meeting-move-no-such-place = Böyle bir tur veya masa yok.
# machine-drafted
meeting-move-not-seated = Bu kişinin bu turda masası yok.
# machine-drafted
meeting-move-locked = Bu kişinin yeri sabitlendi. Önce sabitlemeyi kaldırın.
# machine-drafted
meeting-move-table-full = Bu masa bu turda zaten dolu.
# machine-drafted
meeting-move-same-association = Bu masada aynı dernekten biri zaten oturuyor.

# machine-drafted
meeting-plan-new-contacts = { $count } yeni bağlantı kuruluyor.
# machine-drafted
meeting-plan-interests = Teklifi ve ihtiyacı birbirine uyan { $total } dernek çiftinden { $met } tanesi en az bir kez aynı masada oturuyor.
# machine-drafted
meeting-plan-known-pairs = Önceki buluşmalardan birbirini tanıyan { $count } çift yine aynı masada oturuyor.
# machine-drafted
meeting-plan-no-compromise = Plan hiçbir uzlaşma gerektirmedi.
# machine-drafted
meeting-plan-changed-by-hand = Plan elle değiştirildi; sayılar yeniden hesaplandı.
# machine-drafted
meeting-plan-repeats = Çiftler toplam { $count } kez birden fazla aynı masada oturuyor.

# machine-drafted
meeting-compromise-repeats-unavoidable = Bazı kişiler birden fazla kez aynı masada oturuyor. Bu masalar ve turlarla bu önlenemez: en az { $count } tekrar gerekli ve plan bundan fazlasını içermiyor.
# machine-drafted
meeting-compromise-repeats-above-bound = Çiftler toplam { $count } kez birden fazla aynı masada oturuyor. Belki yalnızca { $bound } gerekirdi; mevcut sürede daha iyi bir plan bulunamadı.
# machine-drafted
meeting-compromise-three-times = { $count } çift üç kez veya daha fazla aynı masada oturuyor.
# machine-drafted
meeting-compromise-known-pairs = Önceki buluşmalardan birbirini tanıyan kişiler { $count } kez aynı masada oturuyor.
# machine-drafted
meeting-compromise-interests-unmet = Dernekleri birbirine uyan teklif ve ihtiyaçlara sahip { $total } kişi çiftinden { $unmet } tanesi hiç aynı masada oturmuyor.
# machine-drafted
meeting-compromise-uneven-tables = { $round }. turda masalar eşit dolu değil: { $smallest } ile { $largest } kişi arası.
# machine-drafted
meeting-compromise-people-moved = Yeniden planlamada { $count } kişi masa değiştiriyor.

# machine-drafted
meeting-plan-error-association-too-large = { $round }. turda { $association } derneğinden { $count } kişi var, ama yalnızca { $tables } masa var. Aynı dernekten kişiler asla birlikte oturmaz: lütfen bir masa ekleyin veya birinin kaydını iptal edin.
# machine-drafted
meeting-plan-error-too-few-seats = { $round }. turda { $count } kişi var, ama masaların toplamda yalnızca { $seats } yeri var. Lütfen yer veya masa ekleyin.
# machine-drafted
meeting-plan-error-unseatable = { $round }. turda yerler ve sabitlenen kişiler, aynı dernekten kişilerin ayrı oturduğu bir oturma düzenine izin vermiyor. Lütfen sabitlemeleri kaldırın veya yer ekleyin.
# machine-drafted
meeting-plan-error-locks = Sabitlenen yerler birbiriyle çelişiyor (örneğin aynı dernekten iki kişi aynı masada veya aşırı dolu bir masa). Lütfen sabitlemelerden birini kaldırın.
# machine-drafted
meeting-plan-error-no-plan = Mevcut sürede tüm kurallara uyan bir plan bulunamadı. Lütfen tekrar deneyin veya sabitlemeleri kaldırın.
# machine-drafted
meeting-plan-error-internal = Knotenpunkt'taki bir hata nedeniyle plan oluşturulamadı. Lütfen yöneticilere bildirin.
