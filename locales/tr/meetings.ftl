# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# Ağ buluşmaları: form hataları, kayıt, giriş kontrolü, masa planı ve açıklaması.

meeting-status-upcoming = Yaklaşan
meeting-status-past = Geçmiş
meeting-status-cancelled = İptal edildi

form-error-meeting-datetime = Lütfen tarih ve saat girin, örneğin 2026-01-11 10:00.
form-error-meeting-start-past = Başlangıç geçmişte. Yeni bir buluşma gelecekte başlamalıdır.
form-error-meeting-end-before-start = Bitiş, başlangıçtan sonra olmalıdır.
form-error-meeting-deadline-after-start = Son kayıt tarihi başlangıçtan önce olmalıdır. Boş bırakırsanız kayıtlar başlangıca kadar açık kalır.
form-error-meeting-capacity-range = Lütfen 1 ile 1000 arasında bir sayı girin.
form-error-meeting-limit-range = Lütfen 1 veya daha büyük bir sayı girin. Boş bırakırsanız dernek başına 2 kişi olur.
form-error-meeting-limit-over-tables = Bir dernek en fazla masa sayısı kadar kişi gönderebilir – aynı dernekten kişiler asla aynı masada oturmaz.
form-error-meeting-seats-short = Masaların toplam yeri, buluşmanın katılımcı sayısından az. Lütfen masa veya yer ekleyin ya da katılımcı sayısını düşürün.
form-error-meeting-rounds-too-long = Turlar toplamda buluşmadan daha uzun sürüyor.
form-error-meeting-rounds-missing = Lütfen en az bir tur ekleyin.
form-error-meeting-rounds-too-many = Bir buluşmada en fazla 12 tur olabilir.
form-error-meeting-round-minutes = Bir tur 5 ile 240 dakika arasında sürer.
form-error-meeting-tables-missing = Lütfen en az bir masa ekleyin.
form-error-meeting-tables-too-many = Bir buluşmada en fazla 100 masa olabilir.
form-error-meeting-table-name-twice = Bu adı başka bir masa zaten taşıyor.
form-error-meeting-table-capacity = Bir masada 2 ile 50 arasında yer olur.
form-error-meeting-moderator-unknown = Masa moderatörü bu buluşmaya onaylanmış bir kayıt olmalıdır.
form-error-meeting-moderator-twice = Bu kişi zaten başka bir masayı yönetiyor.
form-error-meeting-project-partners = Lütfen katılan en az bir dernek seçin.
form-error-meeting-result-empty = Lütfen en az bir fikir, vizyon, bağlantı veya proje girin.

meeting-refused-cancelled = Bu buluşma iptal edildi.
meeting-refused-past = Bu buluşma sona erdi.
meeting-refused-deadline = Son kayıt tarihi geçti. Lütfen uyum bürosuna başvurun.
meeting-refused-association-limit = Derneğiniz zaten { $limit } kişi kaydettirdi; bu buluşma için daha fazlası mümkün değil.
meeting-refused-already-registered = Bu e-posta adresi bu buluşmaya zaten kayıtlı.
meeting-checkin-not-confirmed = Yalnızca onaylanmış kayıtlar içeri alınabilir. Bekleme listesindeki kişileri büro önce katılımcı olarak ekler.

meeting-move-round-held = Bu tur zaten yapıldı; olduğu gibi kalır.
meeting-move-no-such-place = Böyle bir tur veya masa yok.
meeting-move-not-seated = Bu kişinin bu turda masası yok.
meeting-move-locked = Bu kişinin yeri sabitlendi. Önce sabitlemeyi kaldırın.
meeting-move-table-full = Bu masa bu turda zaten dolu.
meeting-move-same-association = Bu masada aynı dernekten biri zaten oturuyor.

meeting-plan-new-contacts = { $count } yeni bağlantı kuruluyor.
meeting-plan-interests = Teklifi ve ihtiyacı birbirine uyan { $total } dernek çiftinden { $met } tanesi en az bir kez aynı masada oturuyor.
meeting-plan-known-pairs = Önceki buluşmalardan birbirini tanıyan { $count } çift yine aynı masada oturuyor.
meeting-plan-no-compromise = Plan hiçbir uzlaşma gerektirmedi.
meeting-plan-changed-by-hand = Plan elle değiştirildi; sayılar yeniden hesaplandı.
meeting-plan-repeats = Çiftler toplam { $count } kez birden fazla aynı masada oturuyor.

meeting-compromise-repeats-unavoidable = Bazı kişiler birden fazla kez aynı masada oturuyor. Bu masalar ve turlarla bu önlenemez: en az { $count } tekrar gerekli ve plan bundan fazlasını içermiyor.
meeting-compromise-repeats-above-bound = Çiftler toplam { $count } kez birden fazla aynı masada oturuyor. Belki yalnızca { $bound } gerekirdi; mevcut sürede daha iyi bir plan bulunamadı.
meeting-compromise-three-times = { $count } çift üç kez veya daha fazla aynı masada oturuyor.
meeting-compromise-known-pairs = Önceki buluşmalardan birbirini tanıyan kişiler { $count } kez aynı masada oturuyor.
meeting-compromise-interests-unmet = Dernekleri birbirine uyan teklif ve ihtiyaçlara sahip { $total } kişi çiftinden { $unmet } tanesi hiç aynı masada oturmuyor.
meeting-compromise-uneven-tables = { $round }. turda masalar eşit dolu değil: { $smallest } ile { $largest } kişi arası.
meeting-compromise-people-moved = Yeniden planlamada { $count } kişi masa değiştiriyor.

meeting-plan-error-association-too-large = { $round }. turda { $association } derneğinden { $count } kişi var, ama yalnızca { $tables } masa var. Aynı dernekten kişiler asla birlikte oturmaz: lütfen bir masa ekleyin veya birinin kaydını iptal edin.
meeting-plan-error-too-few-seats = { $round }. turda { $count } kişi var, ama masaların toplamda yalnızca { $seats } yeri var. Lütfen yer veya masa ekleyin.
meeting-plan-error-unseatable = { $round }. turda yerler ve sabitlenen kişiler, aynı dernekten kişilerin ayrı oturduğu bir oturma düzenine izin vermiyor. Lütfen sabitlemeleri kaldırın veya yer ekleyin.
meeting-plan-error-locks = Sabitlenen yerler birbiriyle çelişiyor (örneğin aynı dernekten iki kişi aynı masada veya aşırı dolu bir masa). Lütfen sabitlemelerden birini kaldırın.
meeting-plan-error-no-plan = Mevcut sürede tüm kurallara uyan bir plan bulunamadı. Lütfen tekrar deneyin veya sabitlemeleri kaldırın.
meeting-plan-error-internal = Knotenpunkt'taki bir hata nedeniyle plan oluşturulamadı. Lütfen yöneticilere bildirin.
