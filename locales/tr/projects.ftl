# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# İşbirliği projeleri.

# machine-drafted
nav-projects = Projeler
# machine-drafted
projects-board = İşbirliği projeleri
# machine-drafted
projects-board-intro = Ağın tüm işbirliği projeleri, durumlarına göre. 90 gündür kimsenin güncellemediği projeler işaretlidir: Katılan derneklere sorun.
# machine-drafted
projects-stale-count = { $count ->
   *[other] { $count } proje 90 gündür güncellenmedi.
}
# machine-drafted
projects-stale = 90 gündür güncellenmedi
# machine-drafted
projects-not-public = Herkese açık değil
# machine-drafted
projects-column-empty = Proje yok.
# machine-drafted
projects-proposals = Gönderilen projeler
# machine-drafted
projects-proposals-none = Onay bekleyen gönderilmiş proje yok.
# machine-drafted
projects-confirm = Onayla
# machine-drafted
projects-updated = Son güncelleme
# machine-drafted
project-status-label = Durum
# machine-drafted
project-status-idea = Fikir
# machine-drafted
project-status-planned = Planlandı
# machine-drafted
project-status-running = Sürüyor
# machine-drafted
project-status-done = Tamamlandı
# machine-drafted
project-status-stopped = Sona erdi
# machine-drafted
projects-partners = Katılan dernekler
# machine-drafted
projects-origin = Kaynak
# machine-drafted
project-origin-meeting = “{ $meeting }” sonuçlarından
# machine-drafted
project-origin-introduction = Bir iletişim talebinden
# machine-drafted
project-origin-office = Entegrasyon ofisi tarafından girildi
# machine-drafted
projects-description = Açıklama
# machine-drafted
projects-description-hint = Konu ne, kim ne yapıyor? Markdown kullanılabilir, örneğin **kalın** veya “-” ile listeler.
# machine-drafted
projects-stop-reason = Projenin neden sona erdiği
# machine-drafted
projects-next-steps = Sonraki adımlar
# machine-drafted
projects-next-steps-none = Henüz sonraki adım girilmedi.
# machine-drafted
projects-step-due = son tarih
# machine-drafted
projects-step-done = yapıldı
# machine-drafted
projects-mark-done = Yapıldı
# machine-drafted
projects-history = Geçmiş
# machine-drafted
projects-event-created = “{ $status }” durumuyla oluşturuldu
# machine-drafted
projects-event-status = Durum değişti: { $status }
# machine-drafted
projects-event-step = Sonraki adım girildi: { $step }
# machine-drafted
projects-event-step-done = Yapıldı: { $step }
# machine-drafted
projects-event-visible = Herkese açık gösteriliyor
# machine-drafted
projects-event-hidden = Artık herkese açık gösterilmiyor
# machine-drafted
projects-event-confirmed = Entegrasyon ofisi tarafından onaylandı
# machine-drafted
projects-update-heading = Projeyi güncelle
# machine-drafted
projects-status-new = Yeni durum
# machine-drafted
projects-reason-label = Neden (yalnızca proje sona erdiğinde)
# machine-drafted
projects-status-save = Durumu kaydet
# machine-drafted
projects-step-add-heading = Sonraki adımı girin
# machine-drafted
projects-step-label = Sırada ne yapılacak?
# machine-drafted
projects-due-label = Ne zamana kadar? (isteğe bağlı)
# machine-drafted
projects-due-hint = Bir tarih, örneğin 2027-03-31.
# machine-drafted
projects-step-save = Adımı kaydet
# machine-drafted
projects-visible-label = Herkese açık göster: kendi sayfasında ve katılan derneklerin profillerinde
# machine-drafted
projects-visible-save = Görünürlüğü kaydet
# machine-drafted
projects-saved = Kaydedildi.
# machine-drafted
projects-conflict = Bu arada biri projeyi değiştirdi. Girdikleriniz formda duruyor: Lütfen yeni durumu kontrol edip tekrar kaydedin.
# machine-drafted
projects-pending = Bu proje gönderildi ve entegrasyon ofisinin onayını bekliyor. O zamana kadar yalnızca katılan dernekler ve entegrasyon ofisi görebilir.
# machine-drafted
projects-hidden = Bu proje herkese açık değil: Yalnızca katılan dernekler ve entegrasyon ofisi görebilir.
# machine-drafted
projects-form-new = Yeni işbirliği projesi
# machine-drafted
projects-form-track = Planlanan projeyi işbirliği projesi olarak takip et
# machine-drafted
projects-form-propose = İşbirliği projesi gönder
# machine-drafted
projects-form-from-meeting = “{ $meeting }” sonuçlarından. Bilgileri kontrol edip tamamlayın; proje “Planlandı” durumuyla başlar.
# machine-drafted
projects-form-from-introduction = { $first } ile { $second } arasındaki iletişim talebinden. Entegrasyon ofisi projeyi başkaları görmeden önce onaylar.
# machine-drafted
projects-title-label = Başlık
# machine-drafted
projects-partners-hint = En az iki dernek.
# machine-drafted
projects-first-step-label = Sonraki adım (isteğe bağlı)
# machine-drafted
projects-create = Projeyi oluştur
# machine-drafted
projects-propose = Projeyi gönder
# machine-drafted
projects-tracked-already = Bu proje zaten takip ediliyor:
# machine-drafted
projects-track = İşbirliği projesi olarak takip et
# machine-drafted
projects-tracked = İşbirliği projesi olarak takip ediliyor:
# machine-drafted
projects-from-introduction = Bundan bir işbirliği projesi yap
# machine-drafted
projects-profile-heading = İşbirliği projeleri
# machine-drafted
projects-with = Ortaklar:
# machine-drafted
form-error-project-partners = Lütfen katılan en az iki dernek seçin.
# machine-drafted
form-error-project-reason = Lütfen projenin neden sona erdiğini yazın.
# machine-drafted
form-error-project-transition = Bu durumdan bu mümkün değil: Bir proje yalnızca ileri gider veya sona erer.
# machine-drafted
error-project-not-found-title = Proje bulunamadı
# machine-drafted
error-project-not-found-text = Bu işbirliği projesi yok veya herkese açık değil.
# machine-drafted
error-project-conflict-title = Bu olmadı
# machine-drafted
error-project-conflict-text = Proje bu arada değişti veya zaten takip ediliyor. Lütfen sayfayı yeniden yükleyin.
# machine-drafted
projects-details-heading = Başlık ve katılan dernekler
# machine-drafted
projects-details-hint = Eklenen ve artık katılmayan dernekler bir e-posta alır.
# machine-drafted
projects-details-save = Başlığı ve dernekleri kaydet
# machine-drafted
projects-event-details-title = Başlık değişti: { $title }
# machine-drafted
projects-event-partner-added = Dernek eklendi: { $organisation }
# machine-drafted
projects-event-partner-removed = Dernek artık katılmıyor: { $organisation }
# machine-drafted
form-error-project-keep-own = Kendi derneğiniz katılımcı olarak kalmalıdır.
# machine-drafted
mail-project-proposed-subject = Yeni işbirliği projesi: { $project }
# machine-drafted
mail-project-proposed-body =
    Merhaba,

    { $organisation }, derneğinizle birlikte “{ $project }” işbirliği projesini gönderdi. Entegrasyon ofisi, başkaları görmeden önce projeyi onaylar.

    { $link }
# machine-drafted
mail-project-confirmed-subject = İşbirliği projesi onaylandı: { $project }
# machine-drafted
mail-project-confirmed-body =
    Merhaba,

    entegrasyon ofisi “{ $project }” işbirliği projesini onayladı. Derneğiniz projede yer alıyor ve orada durumu ve sonraki adımları girebilir:

    { $link }
# machine-drafted
mail-project-partner-added-subject = Derneğiniz artık katılıyor: { $project }
# machine-drafted
mail-project-partner-added-body =
    Merhaba,

    derneğiniz artık “{ $project }” işbirliği projesinde yer alıyor. Orada durumu ve sonraki adımları girebilirsiniz:

    { $link }
# machine-drafted
mail-project-partner-removed-subject = Derneğiniz artık katılmıyor: { $project }
# machine-drafted
mail-project-partner-removed-body =
    Merhaba,

    derneğiniz “{ $project }” işbirliği projesinde artık kayıtlı değil. Bu bir hataysa lütfen entegrasyon ofisine yanıt verin.

    { $link }
