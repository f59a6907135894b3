# Machine-drafted translation (Turkish), awaiting review by a native speaker.

# machine-drafted
nav-inbox = Mesajlar
# machine-drafted
inbox-form-heading = Entegrasyon ofisine mesajınız
# machine-drafted
inbox-form-intro = Bir fikriniz, bir sorununuz ya da bir sorunuz mu var, yoksa destek mi istiyorsunuz? Bize yazın. Seçtiğiniz dilde yanıt veriyoruz.
# machine-drafted
inbox-profile-link = Entegrasyon ofisine mesaj
# machine-drafted
inbox-choose = Lütfen seçin
# machine-drafted
inbox-kind-idea = Fikir
# machine-drafted
inbox-kind-concern = Sorun veya eleştiri
# machine-drafted
inbox-kind-question = Soru
# machine-drafted
inbox-kind-support = Destek rica ediyorum
# machine-drafted
inbox-topic-other = Başka konu
# machine-drafted
inbox-field-kind = Tür
# machine-drafted
inbox-field-topic = Faaliyet alanı
# machine-drafted
inbox-field-text = Mesajınız
# machine-drafted
inbox-field-text-hint = En fazla { $max } karakter. Kendi dilinizde yazın.
# machine-drafted
inbox-field-on-behalf = Gönderen
# machine-drafted
inbox-on-behalf-none = Yalnızca ben
# machine-drafted
inbox-field-concerns = Şu dernekleri ilgilendiriyor
# machine-drafted
inbox-field-concerns-hint = İsteğe bağlı. Birden çok seçim için Ctrl ya da uzun dokunma.
# machine-drafted
inbox-field-email = Yanıt için e-posta adresi
# machine-drafted
inbox-field-email-hint = Önce onay için bir bağlantı gönderiyoruz. Mesajınız ancak ondan sonra ulaşır.
# machine-drafted
inbox-field-email-hint-account = Boş bırakın: yanıt hesabınızın adresine gider.
# machine-drafted
inbox-field-language = Yanıt dili
# machine-drafted
inbox-honeypot = Lütfen bu kutuyu boş bırakın
# machine-drafted
inbox-privacy-hint = Mesajınızı yalnızca entegrasyon ofisi görür. Başka kimse okuyamaz.
# machine-drafted
inbox-send = Gönder
# machine-drafted
inbox-step-title = Mesajınız
# machine-drafted
inbox-step-sent = Neredeyse bitti: { $email } adresine bir bağlantı gönderdik. Mesajınızın ulaşması için lütfen bağlantıyı açın.
# machine-drafted
inbox-step-sent-hint = Bağlantı 48 saat geçerlidir. E-posta gelmedi mi? İstenmeyen klasörüne de bakın.
# machine-drafted
inbox-step-confirm = Lütfen bu mesajı { $email } adresiyle göndermek istediğinizi onaylayın:
# machine-drafted
inbox-step-confirm-button = Evet, mesajı gönder
# machine-drafted
inbox-step-invalid = Bu bağlantı artık geçerli değil: daha önce kullanıldı ya da süresi doldu.
# machine-drafted
inbox-step-again = Mesajı yeniden yaz
# machine-drafted
inbox-case-title = Mesaj no. { $id }
# machine-drafted
inbox-link-hint = Bu sayfa yalnızca kişisel bağlantınızla açılır. Lütfen bağlantıyı kimseyle paylaşmayın.
# machine-drafted
inbox-conversation = Yazışma
# machine-drafted
inbox-sender-reply = Yanıtla
# machine-drafted
inbox-sender-reply-label = Yanıtınız
# machine-drafted
inbox-sender-reply-send = Yanıtı gönder
# machine-drafted
inbox-fact-status = Durum
# machine-drafted
inbox-fact-arrived = Geliş tarihi
# machine-drafted
inbox-fact-assignee = Sorumlu
# machine-drafted
inbox-fact-age = Süre
# machine-drafted
inbox-fact-first-answer = İlk yanıt
# machine-drafted
inbox-fact-closed = Kapatıldı
# machine-drafted
inbox-fact-merged = Birleştirildiği mesaj
# machine-drafted
inbox-who-sender = Gönderen
# machine-drafted
inbox-who-office = Entegrasyon ofisi
# machine-drafted
inbox-note-internal = iç not
# machine-drafted
inbox-status-new = Yeni
# machine-drafted
inbox-status-in-progress = İşlemde
# machine-drafted
inbox-status-waiting = Sizi bekliyor
# machine-drafted
inbox-status-done = Tamamlandı
# machine-drafted
inbox-outcome-resolved = Yanıtlandı veya çözüldü
# machine-drafted
inbox-outcome-taken-up = Ele alındı
# machine-drafted
inbox-outcome-referred = Yetkili bir birime iletildi
# machine-drafted
inbox-outcome-not-possible = Mümkün değil
# machine-drafted
inbox-outcome-duplicate = Mükerrer
# machine-drafted
inbox-outcome-no-response = Geri dönüş yok
# machine-drafted
inbox-event-created = Geldi
# machine-drafted
inbox-event-unassigned = Artık sorumlu kimse yok
# machine-drafted
inbox-event-assigned = Sorumlu: { $value }
# machine-drafted
inbox-event-status = Durum: { $value }
# machine-drafted
inbox-event-closed = Kapatıldı: { $value }
# machine-drafted
inbox-event-merged-into = { $value } ile birleştirildi
# machine-drafted
inbox-event-merged-from = { $value } bu mesajla birleştirildi
# machine-drafted
inbox-notice-received = Mesajınız ulaştı. Bu sayfanın bağlantısını size e-postayla da gönderdik.
# machine-drafted
inbox-notice-replied = Yanıt kaydedildi.
# machine-drafted
inbox-notice-noted = Not kaydedildi.
# machine-drafted
inbox-notice-assigned = Sorumlu kaydedildi.
# machine-drafted
inbox-notice-status = Durum değiştirildi.
# machine-drafted
inbox-notice-closed = Mesaj kapatıldı.
# machine-drafted
inbox-notice-merged = Mesaj birleştirildi.
# machine-drafted
inbox-refused-closed = Mesaj kapalı. Önce yeniden „İşlemde“ durumuna getirin.
# machine-drafted
inbox-refused-transition = Bu durum değişikliği mümkün değil.
# machine-drafted
inbox-refused-conflict = Bu arada başka biri mesajı değiştirdi. Lütfen yazışmaya bakın ve yeniden deneyin.
# machine-drafted
inbox-refused-rate = Kısa sürede çok fazla mesaj. Lütfen bir saat sonra yeniden deneyin.
# machine-drafted
inbox-refused-link = Bu bağlantı artık geçerli değil.
# machine-drafted
inbox-mine-title = Mesajlarım
# machine-drafted
inbox-mine-intro = Sizin ve derneğinizin entegrasyon ofisine gönderdiği mesajlar, durumları ve yanıtlarıyla.
# machine-drafted
inbox-mine-new = Yeni mesaj
# machine-drafted
inbox-mine-empty = Henüz mesaj göndermediniz.
# machine-drafted
inbox-queue-title = Gelen mesajlar
# machine-drafted
inbox-filters = Filtreler
# machine-drafted
inbox-filter-open = Açık (tamamlanmamış)
# machine-drafted
inbox-filter-all = Tümü
# machine-drafted
inbox-filter-any = Tümü
# machine-drafted
inbox-filter-anyone = Herkes
# machine-drafted
inbox-filter-older = { $days } günden eski
# machine-drafted
inbox-filter-apply = Filtrele
# machine-drafted
inbox-queue-empty = Bu seçim için mesaj yok.
# machine-drafted
inbox-case = Mesaj
# machine-drafted
inbox-age-days = { $days ->
    [one] 1 gün
   *[other] { $days } gün
}
# machine-drafted
inbox-history = Notlarla birlikte yazışma
# machine-drafted
inbox-office-reply = Gönderene yanıt
# machine-drafted
inbox-office-reply-hint = Gönderenin sayfasında gösterilir ve seçtiği dilde e-postayla gönderilir.
# machine-drafted
inbox-office-reply-send = Yanıtı gönder
# machine-drafted
inbox-office-note = İç not
# machine-drafted
inbox-office-note-hint = Yalnızca entegrasyon ofisi görür.
# machine-drafted
inbox-office-note-save = Notu kaydet
# machine-drafted
inbox-assign-nobody = Kimse
# machine-drafted
inbox-assign = Sorumluyu kaydet
# machine-drafted
inbox-set-status = Durumu değiştir
# machine-drafted
inbox-set-status-button = Durumu kaydet
# machine-drafted
inbox-close = Kapat
# machine-drafted
inbox-outcome = Sonuç
# machine-drafted
inbox-close-remark = Açıklama (iç, isteğe bağlı)
# machine-drafted
inbox-close-button = Kapat
# machine-drafted
inbox-merge-into = Mükerrer: şu numaralı mesajla birleştir
# machine-drafted
inbox-merge-hint = Bu mesaj mükerrer olarak kapatılır; iki mesajın yazışması da diğerini anar.
# machine-drafted
inbox-merge = Birleştir
# machine-drafted
form-error-inbox-text-too-long = Metin çok uzun. Lütfen en fazla 4000 karaktere kısaltın.
# machine-drafted
error-inbox-not-found-title = Mesaj bulunamadı
# machine-drafted
error-inbox-not-found-text = Bu mesaj yok ya da bağlantı eksik.
# machine-drafted
error-inbox-conflict-title = Bu olmadı
# machine-drafted
error-inbox-conflict-text = Mesaj bu arada değişti. Lütfen sayfayı yeniden yükleyin.
# machine-drafted
mail-inbox-verify-subject = Lütfen entegrasyon ofisine mesajınızı onaylayın
# machine-drafted
mail-inbox-verify-body =
    Merhaba,

    { $instance } üzerinden entegrasyon ofisine bir mesaj yazdınız. Lütfen e-posta adresinizi bu bağlantıyla onaylayın; mesaj ancak ondan sonra ulaşır:

    { $link }

    Bağlantı 48 saat geçerlidir. Bu siz değilseniz bu e-postayı silmeniz yeterli.
# machine-drafted
mail-inbox-received-subject = Mesajınız ulaştı
# machine-drafted
mail-inbox-received-body =
    Merhaba,

    entegrasyon ofisine mesajınız ulaştı. Durumu ve yanıtlarımızı kişisel sayfanızda görürsünüz; orada yanıt da verebilirsiniz:

    { $link }

    Lütfen bu bağlantıyı kimseyle paylaşmayın.
# machine-drafted
mail-inbox-reply-subject = Entegrasyon ofisi mesajınızı yanıtladı
# machine-drafted
mail-inbox-reply-body =
    Merhaba,

    entegrasyon ofisi size yanıt verdi:

    { $reply }

    { $has_link ->
        [yes] Yazışma ve yanıt vermek için:
       *[no] Yazışmayı görmek ve yanıt vermek için lütfen ilk e-postamızdaki („Mesajınız ulaştı“) bağlantıyı açın.
    }

    { $link }

# machine-drafted
inbox-matching-report-suggested = Yanlış eşleşme: “{ $need }” ihtiyacı ({ $need_url }) için “{ $offer }” teklifi ({ $offer_url }) gösteriliyor. Uygun değil, çünkü:
# machine-drafted
inbox-matching-report-missed = Eksik eşleşme: “{ $need }” ihtiyacı ({ $need_url }) için “{ $offer }” teklifi ({ $offer_url }) gösterilmiyor. Aslında uygun, çünkü:
