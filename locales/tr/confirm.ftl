# Machine-drafted translation (Turkish), awaiting review by a native speaker.

confirm-title = Kaydı onayla
confirm-question = “{ $organisation }” kaydı hâlâ güncel mi?
confirm-yes = Evet, her şey hâlâ doğru
confirm-edit = Hayır, kaydı düzenlemek istiyorum
confirm-edit-hint = Düzenlemek için lütfen giriş yapın.
confirm-done = Teşekkürler! “{ $organisation }” kaydının güncel olduğu onaylandı.
confirm-invalid = Bu bağlantı geçersiz, daha önce kullanılmış veya süresi dolmuş. Sorularınız için lütfen koordinasyon ofisine başvurun.

inactive-title = Muhtemelen faal olmayan dernekler
inactive-intro = Bu dernekler yıllık soruya yanıt vermedi. Onları arşivleyebilirsiniz; arşivlenen kayıtlar geri yüklenebilir.
inactive-empty = Şu anda işaretlenmiş bir dernek yok.
inactive-organisation = Dernek
inactive-reminded = Soru gönderildi
inactive-flagged = İşaretlendi
inactive-actions = İşlemler
inactive-no-recipient = bilinen adres yok
inactive-archive = Arşivle
