# Machine-drafted translation (Turkish), awaiting review by a native speaker.

confirm-active-title = Kaydı onayla
confirm-active-question = “{ $organisation }” kaydı hâlâ güncel mi?
confirm-active-yes = Evet, her şey hâlâ doğru
confirm-active-edit = Hayır, kaydı düzenlemek istiyorum
confirm-active-edit-hint = Düzenlemek için lütfen giriş yapın.
confirm-active-done = Teşekkürler! “{ $organisation }” kaydının güncel olduğu onaylandı.
confirm-active-invalid = Bu bağlantı geçersiz, daha önce kullanılmış veya süresi dolmuş. Sorularınız için lütfen koordinasyon ofisine başvurun.

inactive-title = Muhtemelen faal olmayan dernekler
inactive-intro = Bu dernekler yıllık soruya yanıt vermedi. Onları arşivleyebilirsiniz; arşivlenen kayıtlar geri yüklenebilir.
inactive-empty = Şu anda işaretlenmiş bir dernek yok.
inactive-organisation = Dernek
inactive-reminded = Soru gönderildi
inactive-flagged = İşaretlendi
inactive-actions = İşlemler
inactive-no-recipient = bilinen adres yok
inactive-archive = Arşivle
