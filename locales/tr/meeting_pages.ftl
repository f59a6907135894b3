# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# Ağ buluşmaları: sayfalar, formlar ve e-postalar.

nav-meetings = Ağ buluşmaları
meetings-title = Ağ buluşmaları
meetings-intro = Ağ buluşmalarında dernekler birbirini tanır: masalarda, birkaç turda, her seferinde yeni kişilerle.
meetings-new = Yeni ağ buluşması
meetings-edit = Buluşmayı düzenle
meetings-upcoming = Yaklaşan buluşmalar
meetings-past = Geçmiş buluşmalar
meetings-none-upcoming = Şu anda planlanmış bir buluşma yok.
meetings-none-past = Henüz geçmiş buluşma yok.
meetings-free-places = { $count ->
    [0] Boş yer kalmadı
    [one] Bir boş yer kaldı
   *[other] { $count } boş yer kaldı
}
meetings-capacity = toplam { $count } yer
meetings-waitlisted-count = bekleme listesinde { $count } kişi
meetings-summary-link = Özet
meetings-when = Ne zaman
meetings-status = Durum
meetings-places = Yerler
meetings-deadline = Son kayıt tarihi
meetings-calendar = Takvime ekle (.ics)
meetings-results = Sonuçlar
meetings-office-nav = Buluşmanın yönetimi
meetings-participants = Katılımcılar
meetings-plan = Masa planı
meetings-check-in = Giriş
meetings-venue = Yer
meetings-agenda = Program
meetings-rounds = Turlar
meetings-tables = Masalar
meetings-minutes = { $count } dakika
meetings-tables-count = { $count ->
    [one] Bir masada.
   *[other] { $count } masada.
}
meetings-register-heading = Kayıt
meetings-register = Kişileri kaydet
meetings-register-how = Dernek temsilcileri oturum açtıktan sonra derneklerinin kişilerini buradan kaydeder.
meetings-register-members-only = Ağdaki bir derneğin temsilcileri kayıt yapabilir. Hesabınız henüz bir derneğe bağlı değilse entegrasyon bürosuna sorun.
meetings-register-closed = Kayıt kapandı.
meetings-own-registrations = Derneğinizin kayıtları
meetings-state-confirmed = Onaylandı
meetings-state-waitlisted = Bekleme listesi
meetings-state-cancelled = İptal edildi
meetings-cancel-registration = Kaydı iptal et
meetings-done-registered = Kayıt onaylandı. Takvim kaydını içeren bir e-posta yolda.
meetings-done-waitlisted = Buluşma dolu: kişi bekleme listesinde ve bir yer boşaldığında e-posta alacak.
meetings-done-cancelled = Kayıt iptal edildi.
meetings-done-saved = Kaydedildi.
meetings-register-intro = Lütfen her kişiyi ayrı ayrı kaydedin. Kişi kendi dilinde e-posta ile onay alır.
meetings-field-association = Dernek
meetings-field-name = Ad
meetings-field-email = E-posta adresi
meetings-field-languages = Diller
meetings-languages-hint = Kişinin konuştuğu ilk arayüz dili, e-postalarının dilidir.
meetings-field-accessibility = Erişilebilirlik ihtiyaçları (ör. tekerlekli sandalye, işaret dili)
meetings-field-consent = Kişi, adının ve derneğinin masa listelerinde, isim kartlarında ve kişisel belgelerde yer almasını kabul ediyor.
meetings-register-submit = Kaydet
meetings-field-title = Başlık
meetings-field-starts-at = Başlangıç
meetings-field-ends-at = Bitiş
meetings-field-deadline = Son kayıt tarihi
meetings-deadline-hint = Boş bırakılırsa: kayıt başlangıca kadar açık.
meetings-field-venue-name = Yer (adı)
meetings-field-venue-address = Adres
meetings-field-position = Haritadaki nokta
meetings-position-hint = Ondalık derece olarak enlem ve boylam, örneğin 48.8975 ve 9.1920. Harita gösterilmeyecekse boş bırakın.
meetings-field-lat = Enlem
meetings-field-lon = Boylam
meetings-field-agenda = Program
meetings-agenda-hint = Markdown kullanılabilir: paragraflar, listeler, **kalın**, bağlantılar.
meetings-field-capacity = En fazla katılımcı
meetings-field-limit = Dernek başına en fazla kişi
meetings-round-n = Tur { $number }
meetings-table-n = Masa { $number }
meetings-field-topic = Konu
meetings-field-minutes = Süre (dakika)
meetings-rows-hint = Boş satırlar kaydedilmez.
meetings-add-round = Tur ekle
meetings-field-table-name = Masanın adı
meetings-field-table-capacity = Yer sayısı
meetings-field-moderator = Masa moderatörü
meetings-no-moderator = Henüz kimse
meetings-add-table = Masa ekle
meetings-save = Kaydet
meetings-cancel-hint = Buluşma iptal edildiğinde kayıtlı herkes e-posta alır.
meetings-cancel-meeting = Buluşmayı iptal et
meetings-participants-counts = { $capacity } yerden { $confirmed } dolu, bekleme listesinde { $waiting } kişi.
meetings-participants-none = Henüz kimse kayıtlı değil.
meetings-participants-added = Kişi kaydedildi.
meetings-col-state = Durum
meetings-col-action = İşlem
meetings-no-consent = Listeler için onay yok
meetings-remove = Çıkar
meetings-add-participant = Kişi ekle
meetings-add-participant-hint = Entegrasyon bürosu dernek sınırının üzerinde ve son kayıt tarihinden sonra da kayıt yapabilir; buluşma doluysa kişi bekleme listesine girer.
meetings-planning = Masalar planlanıyor
meetings-planning-running = { $people } kişi için masalar planlanıyor ({ $seconds } sn). Sayfa kendini yeniler.
meetings-planning-refresh = Sayfayı yeniden yükle
meetings-replan-from = Şu turdan itibaren yeniden planla
meetings-replan = Yeniden planla
meetings-plan-tables = Masaları planla
meetings-explanation = Planın sonucu
meetings-unseated = Henüz yeri olmayanlar (lütfen yeniden planlayın):
meetings-round-held = yapıldı
meetings-locked = sabitlendi
meetings-lock-table = Masayı sabitle
meetings-unlock-table = Masanın sabitlemesini kaldır
meetings-lock = Sabitle
meetings-unlock = Sabitlemeyi kaldır
meetings-walk-in = habersiz geldi
meetings-move-label = { $round }. turda { $name } için masa
meetings-move = Taşı
meetings-no-plan = Henüz masa planı yok. Kayıtlar tamamlanınca: "Masaları planla".
meetings-arrived = { $expected } kişiden { $arrived } kişi geldi.
meetings-search-name = Ad ara
meetings-search = Ara
meetings-attendance-registered = bekleniyor
meetings-attendance-checked_in = geldi
meetings-attendance-no_show = gelmedi
meetings-check-in-button = Giriş yap
meetings-no-show-button = Gelmedi
meetings-undo-button = Geri al
meetings-check-in-none = Kimse bulunamadı.
meetings-walk-in-heading = Habersiz gelenler
meetings-walk-in-submit = Ekle ve giriş yap
meetings-record-results = Sonuçları gir
meetings-results-none = Henüz sonuç girilmedi.
meetings-ideas = Fikirler
meetings-visions = Vizyonlar
meetings-contacts = Dernekler arası bağlantılar
meetings-projects = Planlanan projeler
meetings-next-step = Sonraki adım
meetings-publish-heading = Yayınla
meetings-publish-label = Sonuçları katılan derneklere aç
meetings-summary-label = Herkese açık özet (isteğe bağlı)
meetings-summary-hint = Markdown kullanılabilir. Sonuçlar açıldığında herkes okuyabilir.
meetings-publish-save = Kaydet
meetings-held-label = Buluşma yapıldı (birlikte oturanlar bir sonraki buluşmada tanışık sayılır)
meetings-held-save = Kaydet
meetings-result-hint = Lütfen en az bir fikir, vizyon, bağlantı veya proje girin.
meetings-one-a-line = Her satıra bir tane.
meetings-project-n = Proje { $number }
meetings-project-title = Başlık
meetings-project-partners = Katılan dernekler
meetings-add-project = Proje ekle

meeting-plan-none = Henüz masa planı yok.
meeting-plan-conflict = Plan bu arada değişti (belki başka bir pencerede). Lütfen tekrar bakın.

error-meeting-not-found-title = Buluşma bulunamadı
error-meeting-not-found-text = Bu ağ buluşması yok (artık yok).
error-meeting-conflict-title = Bu olmadı
error-meeting-conflict-text = Buluşma bu arada değişti. Lütfen sayfayı yeniden yükleyip tekrar deneyin.

mail-meeting-confirmed-subject = Kayıt onaylandı: { $meeting }
mail-meeting-confirmed-body =
    Merhaba,

    "{ $meeting }" için kaydınız onaylandı.

    Ne zaman: { $when }
    Nerede: { $venue }

    Takvim kaydı ektedir. Buluşma hakkında her şey: { $link }
mail-meeting-waitlisted-subject = Bekleme listesi: { $meeting }
mail-meeting-waitlisted-body =
    Merhaba,

    "{ $meeting }" ({ $when }, { $venue }) şu anda dolu. Bekleme listesindesiniz; sizin için bir yer boşalınca e-posta alacaksınız.

    { $link }
mail-meeting-promoted-subject = Bir yer boşaldı: { $meeting }
mail-meeting-promoted-body =
    Merhaba,

    "{ $meeting }" için bir yer boşaldı: kaydınız artık onaylandı.

    Ne zaman: { $when }
    Nerede: { $venue }

    Takvim kaydı ektedir. Buluşma hakkında her şey: { $link }
mail-meeting-cancelled-subject = İptal edildi: { $meeting }
mail-meeting-cancelled-body =
    Merhaba,

    entegrasyon bürosu { $when } tarihli "{ $meeting }" buluşmasını ({ $venue }) maalesef iptal etti. Lütfen randevuyu takviminizden silin.

    { $link }
mail-meeting-registration-cancelled-subject = Kayıt iptal edildi: { $meeting }
mail-meeting-registration-cancelled-body =
    Merhaba,

    { $when } tarihli "{ $meeting }" ({ $venue }) için kaydınız iptal edildi.

    { $link }
