# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
post-title-offer = { $name } adına yeni teklif
# machine-drafted
post-title-need = { $name } için yeni ihtiyaç
# machine-drafted
post-intro-offer = Derneğiniz başkalarına ne sunabilir – mekân, tercümanlık, bilgi birikimi, malzeme, gönüllü? Ardından diğer derneklerin uygun ihtiyaçları size gösterilir.
# machine-drafted
post-intro-need = Derneğiniz ne arıyor? Kaydettikten sonra diğer derneklerin uygun tekliflerini, neden uygun olduklarıyla birlikte görürsünüz.
# machine-drafted
post-field-title = Başlık
# machine-drafted
post-field-description = Açıklama
# machine-drafted
post-field-text-lang = Bu metinlerin dili
# machine-drafted
post-field-weekdays = Hangi günlerde?
# machine-drafted
post-weekdays-hint = Hiçbir gün işaretlenmezse her gün uygun demektir.
# machine-drafted
post-field-time = Saat
# machine-drafted
post-field-district = Nerede?
# machine-drafted
post-anywhere = şehrin her yerinde
# machine-drafted
post-field-languages = Hangi dillerde?
# machine-drafted
post-field-end-date = Geçerlilik tarihi (isteğe bağlı)
# machine-drafted
post-choose = – lütfen seçin –
# machine-drafted
post-submit-offer = Teklifi yayımla
# machine-drafted
post-submit-need = İhtiyacı yayımla
# machine-drafted
post-items-heading = Teklifler ve ihtiyaçlar
# machine-drafted
post-items-none = Derneğinizin şu anda açık bir teklifi veya ihtiyacı yok.
# machine-drafted
post-close = Tamamlandı – kapat
# machine-drafted
post-new-offer = Yeni teklif
# machine-drafted
post-new-need = Yeni ihtiyaç
# machine-drafted
edit-profile-heading = Profil
# machine-drafted
edit-saved-closed = Kapatıldı. Artık listelerde görünmüyor.
# machine-drafted
form-error-date = Lütfen bir tarih girin, örneğin 2027-03-31.
# machine-drafted
form-error-date-past = Bu tarih geçmişte kalıyor.
# machine-drafted
post-field-visibility = Kimler görebilsin?
# machine-drafted
post-visibility-public = Herkes
# machine-drafted
post-visibility-public-hint = Herkese açık listelerde, haritada ve derneğinizin profilinde görünür.
# machine-drafted
post-visibility-network = Yalnızca ağ
# machine-drafted
post-visibility-network-hint = Yalnızca oturum açmış dernek temsilcileri ve entegrasyon ofisi görür – kamuoyu görmez.
# machine-drafted
post-title-edit-offer = { $name } teklifini değiştir
# machine-drafted
post-title-edit-need = { $name } ihtiyacını değiştir
# machine-drafted
post-submit-changes = Değişiklikleri kaydet
# machine-drafted
item-edit = Düzenle
# machine-drafted
item-saved = Kaydedildi. Uygun eşleşmeler yeniden hesaplandı.
# machine-drafted
item-valid-until = geçerlilik tarihi
# machine-drafted
item-expired-on = { $date } tarihinde sona erdi – lütfen uzatın veya kapatın
