# Machine-drafted translation (Turkish), awaiting review by a native speaker.

# machine-drafted
confirm-active-title = Kaydı onayla
# machine-drafted
confirm-active-question = “{ $organisation }” kaydı hâlâ güncel mi?
# machine-drafted
confirm-active-yes = Evet, her şey hâlâ doğru
# machine-drafted
confirm-active-edit = Hayır, kaydı düzenlemek istiyorum
# machine-drafted
confirm-active-edit-hint = Düzenlemek için lütfen giriş yapın.
# machine-drafted
confirm-active-done = Teşekkürler! “{ $organisation }” kaydının güncel olduğu onaylandı.
# machine-drafted
confirm-active-invalid = Bu bağlantı geçersiz, daha önce kullanılmış veya süresi dolmuş. Sorularınız için lütfen entegrasyon ofisine başvurun.

# machine-drafted
inactive-title = Muhtemelen faal olmayan dernekler
# machine-drafted
inactive-intro = Bu dernekler yıllık soruya yanıt vermedi. Onları arşivleyebilirsiniz; arşivlenen kayıtlar geri yüklenebilir.
# machine-drafted
inactive-empty = Şu anda işaretlenmiş bir dernek yok.
# machine-drafted
inactive-organisation = Dernek
# machine-drafted
inactive-reminded = Soru gönderildi
# machine-drafted
inactive-flagged = İşaretlendi
# machine-drafted
inactive-actions = İşlemler
# machine-drafted
inactive-no-recipient = bilinen adres yok
# machine-drafted
inactive-archive = Arşivle
