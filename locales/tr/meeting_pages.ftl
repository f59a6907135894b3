# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# Ağ buluşmaları: sayfalar, formlar ve e-postalar.

# machine-drafted
nav-meetings = Ağ buluşmaları
# machine-drafted
meetings-title = Ağ buluşmaları
# machine-drafted
meetings-intro = Ağ buluşmalarında dernekler birbirini tanır: masalarda, birkaç turda, her seferinde yeni kişilerle.
# machine-drafted
meetings-new = Yeni ağ buluşması
# machine-drafted
meetings-edit = Buluşmayı düzenle
# machine-drafted
meetings-upcoming = Yaklaşan buluşmalar
# machine-drafted
meetings-past = Geçmiş buluşmalar
# machine-drafted
meetings-none-upcoming = Şu anda planlanmış bir buluşma yok.
# machine-drafted
meetings-none-past = Henüz geçmiş buluşma yok.
# machine-drafted
meetings-free-places = { $count ->
    [0] Boş yer kalmadı
    [one] Bir boş yer kaldı
   *[other] { $count } boş yer kaldı
}
# machine-drafted
meetings-capacity = toplam { $count } yer
# machine-drafted
meetings-waitlisted-count = bekleme listesinde { $count } kişi
# machine-drafted
meetings-summary-link = Özet
# machine-drafted
meetings-when = Ne zaman
# machine-drafted
meetings-status = Durum
# machine-drafted
meetings-places = Yerler
# machine-drafted
meetings-deadline = Son kayıt tarihi
# machine-drafted
meetings-calendar = Takvime ekle (.ics)
# machine-drafted
meetings-results = Sonuçlar
# machine-drafted
meetings-office-nav = Buluşmanın yönetimi
# machine-drafted
meetings-participants = Katılımcılar
# machine-drafted
meetings-plan = Masa planı
# machine-drafted
meetings-check-in = Giriş
# machine-drafted
meetings-venue = Yer
# machine-drafted
meetings-agenda = Program
# machine-drafted
meetings-rounds = Turlar
# machine-drafted
meetings-tables = Masalar
# machine-drafted
meetings-minutes = { $count } dakika
# machine-drafted
meetings-tables-count = { $count ->
    [one] Bir masada.
   *[other] { $count } masada.
}
# machine-drafted
meetings-register-heading = Kayıt
# machine-drafted
meetings-register = Kişileri kaydet
# machine-drafted
meetings-register-how = Dernek temsilcileri oturum açtıktan sonra derneklerinin kişilerini buradan kaydeder.
# machine-drafted
meetings-register-members-only = Ağdaki bir derneğin temsilcileri kayıt yapabilir. Hesabınız henüz bir derneğe bağlı değilse entegrasyon bürosuna sorun.
# machine-drafted
meetings-register-closed = Kayıt kapandı.
# machine-drafted
meetings-own-registrations = Derneğinizin kayıtları
# machine-drafted
meetings-state-confirmed = Onaylandı
# machine-drafted
meetings-state-waitlisted = Bekleme listesi
# machine-drafted
meetings-state-cancelled = İptal edildi
# machine-drafted
meetings-cancel-registration = Kaydı iptal et
# machine-drafted
meetings-done-registered = Kayıt onaylandı. Takvim kaydını içeren bir e-posta yolda.
# machine-drafted
meetings-done-waitlisted = Buluşma dolu: kişi bekleme listesinde ve bir yer boşaldığında e-posta alacak.
# machine-drafted
meetings-done-cancelled = Kayıt iptal edildi.
# machine-drafted
meetings-done-saved = Kaydedildi.
# machine-drafted
meetings-register-intro = Lütfen her kişiyi ayrı ayrı kaydedin. Kişi kendi dilinde e-posta ile onay alır.
# machine-drafted
meetings-field-association = Dernek
# machine-drafted
meetings-field-name = Ad
# machine-drafted
meetings-field-email = E-posta adresi
# machine-drafted
meetings-field-languages = Diller
# machine-drafted
meetings-languages-hint = Kişinin konuştuğu ilk arayüz dili, e-postalarının dilidir.
# machine-drafted
meetings-field-accessibility = Erişilebilirlik ihtiyaçları (ör. tekerlekli sandalye, işaret dili)
# machine-drafted
meetings-field-consent = Kişi, adının ve derneğinin masa listelerinde, isim kartlarında ve kişisel belgelerde yer almasını kabul ediyor.
# machine-drafted
meetings-register-submit = Kaydet
# machine-drafted
meetings-field-title = Başlık
# machine-drafted
meetings-field-starts-at = Başlangıç
# machine-drafted
meetings-field-ends-at = Bitiş
# machine-drafted
meetings-field-deadline = Son kayıt tarihi
# machine-drafted
meetings-deadline-hint = Boş bırakılırsa: kayıt başlangıca kadar açık.
# machine-drafted
meetings-field-venue-name = Yer (adı)
# machine-drafted
meetings-field-venue-address = Adres
# machine-drafted
meetings-field-position = Haritadaki nokta
# machine-drafted
meetings-position-hint = Ondalık derece olarak enlem ve boylam, örneğin 48.8975 ve 9.1920. Harita gösterilmeyecekse boş bırakın.
# machine-drafted
meetings-field-lat = Enlem
# machine-drafted
meetings-field-lon = Boylam
# machine-drafted
meetings-field-agenda = Program
# machine-drafted
meetings-agenda-hint = Markdown kullanılabilir: paragraflar, listeler, **kalın**, bağlantılar.
# machine-drafted
meetings-field-capacity = En fazla katılımcı
# machine-drafted
meetings-field-limit = Dernek başına en fazla kişi
# machine-drafted
meetings-round-n = Tur { $number }
# machine-drafted
meetings-table-n = Masa { $number }
# machine-drafted
meetings-field-topic = Konu
# machine-drafted
meetings-field-minutes = Süre (dakika)
# machine-drafted
meetings-rows-hint = Boş satırlar kaydedilmez.
# machine-drafted
meetings-add-round = Tur ekle
# machine-drafted
meetings-field-table-name = Masanın adı
# machine-drafted
meetings-field-table-capacity = Yer sayısı
# machine-drafted
meetings-field-moderator = Masa moderatörü
# machine-drafted
meetings-no-moderator = Henüz kimse
# machine-drafted
meetings-add-table = Masa ekle
# machine-drafted
meetings-save = Kaydet
# machine-drafted
meetings-cancel-hint = Buluşma iptal edildiğinde kayıtlı herkes e-posta alır.
# machine-drafted
meetings-cancel-meeting = Buluşmayı iptal et
# machine-drafted
meetings-participants-counts = { $capacity } yerden { $confirmed } dolu, bekleme listesinde { $waiting } kişi.
# machine-drafted
meetings-participants-none = Henüz kimse kayıtlı değil.
# machine-drafted
meetings-participants-added = Kişi kaydedildi.
# machine-drafted
meetings-col-state = Durum
# machine-drafted
meetings-col-action = İşlem
# machine-drafted
meetings-no-consent = Listeler için onay yok
# machine-drafted
meetings-remove = Çıkar
# machine-drafted
meetings-add-participant = Kişi ekle
# machine-drafted
meetings-add-participant-hint = Entegrasyon bürosu dernek sınırının üzerinde ve son kayıt tarihinden sonra da kayıt yapabilir; buluşma doluysa kişi bekleme listesine girer.
# machine-drafted
meetings-planning = Masalar planlanıyor
# machine-drafted
meetings-planning-running = { $people } kişi için masalar planlanıyor ({ $seconds } sn). Sayfa kendini yeniler.
# machine-drafted
meetings-planning-refresh = Sayfayı yeniden yükle
# machine-drafted
meetings-replan-from = Şu turdan itibaren yeniden planla
# machine-drafted
meetings-replan = Yeniden planla
# machine-drafted
meetings-plan-tables = Masaları planla
# machine-drafted
meetings-explanation = Planın sonucu
# machine-drafted
meetings-unseated = Henüz yeri olmayanlar (lütfen yeniden planlayın):
# machine-drafted
meetings-round-held = yapıldı
# machine-drafted
meetings-locked = sabitlendi
# machine-drafted
meetings-lock-table = Masayı sabitle
# machine-drafted
meetings-unlock-table = Masanın sabitlemesini kaldır
# machine-drafted
meetings-lock = Sabitle
# machine-drafted
meetings-unlock = Sabitlemeyi kaldır
# machine-drafted
meetings-walk-in = habersiz geldi
# machine-drafted
meetings-move-label = { $round }. turda { $name } için masa
# machine-drafted
meetings-move = Taşı
# machine-drafted
meetings-move-title = { $name }: masa değiştir veya sabitle
# machine-drafted
meetings-no-plan = Henüz masa planı yok. Kayıtlar tamamlanınca: "Masaları planla".
# machine-drafted
meetings-arrived = { $expected } kişiden { $arrived } kişi geldi.
# machine-drafted
meetings-search-name = Ad ara
# machine-drafted
meetings-search = Ara
# machine-drafted
meetings-attendance-registered = bekleniyor
# machine-drafted
meetings-attendance-checked_in = geldi
# machine-drafted
meetings-attendance-no_show = gelmedi
# machine-drafted
meetings-check-in-button = Giriş yap
# machine-drafted
meetings-no-show-button = Gelmedi
# machine-drafted
meetings-undo-button = Geri al
# machine-drafted
meetings-check-in-none = Kimse bulunamadı.
# machine-drafted
meetings-walk-in-heading = Habersiz gelenler
# machine-drafted
meetings-walk-in-submit = Ekle ve giriş yap
# machine-drafted
meetings-record-results = Sonuçları gir
# machine-drafted
meetings-results-none = Henüz sonuç girilmedi.
# machine-drafted
meetings-ideas = Fikirler
# machine-drafted
meetings-visions = Vizyonlar
# machine-drafted
meetings-contacts = Dernekler arası bağlantılar
# machine-drafted
meetings-projects = Planlanan projeler
# machine-drafted
meetings-next-step = Sonraki adım
# machine-drafted
meetings-publish-heading = Yayınla
# machine-drafted
meetings-publish-label = Sonuçları katılan derneklere aç
# machine-drafted
meetings-summary-label = Herkese açık özet (isteğe bağlı)
# machine-drafted
meetings-summary-hint = Markdown kullanılabilir. Sonuçlar açıldığında herkes okuyabilir.
# machine-drafted
meetings-publish-save = Kaydet
# machine-drafted
meetings-held-label = Buluşma yapıldı (birlikte oturanlar bir sonraki buluşmada tanışık sayılır)
# machine-drafted
meetings-held-save = Kaydet
# machine-drafted
meetings-result-hint = Lütfen en az bir fikir, vizyon, bağlantı veya proje girin.
# machine-drafted
meetings-one-a-line = Her satıra bir tane.
# machine-drafted
meetings-project-n = Proje { $number }
# machine-drafted
meetings-project-title = Başlık
# machine-drafted
meetings-project-partners = Katılan dernekler
# machine-drafted
meetings-add-project = Proje ekle

# machine-drafted
meeting-plan-none = Henüz masa planı yok.
# machine-drafted
meeting-plan-conflict = Plan bu arada değişti (belki başka bir pencerede). Lütfen tekrar bakın.

# machine-drafted
error-meeting-not-found-title = Buluşma bulunamadı
# machine-drafted
error-meeting-not-found-text = Bu ağ buluşması yok (artık yok).
# machine-drafted
error-meeting-conflict-title = Bu olmadı
# machine-drafted
error-meeting-conflict-text = Buluşma bu arada değişti. Lütfen sayfayı yeniden yükleyip tekrar deneyin.

# machine-drafted
mail-meeting-confirmed-subject = Kayıt onaylandı: { $meeting }
# machine-drafted
mail-meeting-confirmed-body =
    Merhaba,

    "{ $meeting }" için kaydınız onaylandı.

    Ne zaman: { $when }
    Nerede: { $venue }

    Takvim kaydı ektedir. Buluşma hakkında her şey: { $link }
# machine-drafted
mail-meeting-waitlisted-subject = Bekleme listesi: { $meeting }
# machine-drafted
mail-meeting-waitlisted-body =
    Merhaba,

    "{ $meeting }" ({ $when }, { $venue }) şu anda dolu. Bekleme listesindesiniz; sizin için bir yer boşalınca e-posta alacaksınız.

    { $link }
# machine-drafted
mail-meeting-promoted-subject = Bir yer boşaldı: { $meeting }
# machine-drafted
mail-meeting-promoted-body =
    Merhaba,

    "{ $meeting }" için bir yer boşaldı: kaydınız artık onaylandı.

    Ne zaman: { $when }
    Nerede: { $venue }

    Takvim kaydı ektedir. Buluşma hakkında her şey: { $link }
# machine-drafted
mail-meeting-cancelled-subject = İptal edildi: { $meeting }
# machine-drafted
mail-meeting-cancelled-body =
    Merhaba,

    entegrasyon bürosu { $when } tarihli "{ $meeting }" buluşmasını ({ $venue }) maalesef iptal etti. Lütfen randevuyu takviminizden silin.

    { $link }
# machine-drafted
mail-meeting-registration-cancelled-subject = Kayıt iptal edildi: { $meeting }
# machine-drafted
mail-meeting-registration-cancelled-body =
    Merhaba,

    { $when } tarihli "{ $meeting }" ({ $venue }) için kaydınız iptal edildi.

    { $link }
