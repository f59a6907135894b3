# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
propose-title = Dernek öner
# machine-drafted
propose-intro = Derneğiniz rehberde yok mu? Buradan önerin. Hesap gerekmez. E-posta adresinizi onaylamanız için size bir bağlantı göndeririz. Ardından entegrasyon ofisi, öneri herkese açık hâle gelmeden önce onu inceler.
# machine-drafted
propose-link = Derneğiniz eksik mi? Önerin
# machine-drafted
propose-choose = Lütfen seçin
# machine-drafted
propose-section-association = Dernek
# machine-drafted
propose-section-place = Yer ve iletişim (herkese açık)
# machine-drafted
propose-section-you = Sizin bilgileriniz (herkese açık değil)
# machine-drafted
propose-other-languages = Başka bir dilde kısa açıklama (isteğe bağlı)
# machine-drafted
propose-public-email = Derneğin e-posta adresi
# machine-drafted
propose-proposer-email = E-posta adresiniz
# machine-drafted
propose-proposer-email-hint = Onay bağlantısını bu adrese göndeririz. Adres yayımlanmaz; entegrasyon ofisi onu yalnızca bu öneriyle ilgili sorular için kullanır.
# machine-drafted
propose-note = Entegrasyon ofisine mesaj (isteğe bağlı)
# machine-drafted
propose-submit-hint = Gönderdikten sonra onay bağlantısı içeren bir e-posta alırsınız. Dernek, ancak siz onayladıktan ve entegrasyon ofisi inceledikten sonra rehberde görünür.
# machine-drafted
propose-submit = Öneriyi gönder
# machine-drafted
propose-duplicates-heading = Bu derneklerden biri mi?
# machine-drafted
propose-duplicates-text = Rehberdeki bu kayıtların adı benzer veya yakınlarda bulunuyorlar. Lütfen derneğinizin zaten kayıtlı olup olmadığını kontrol edin.
# machine-drafted
propose-duplicates-edit-hint = Evetse, bir şey önermenize gerek yok. Kayıttaki değişiklikler için lütfen entegrasyon ofisine başvurun.
# machine-drafted
propose-confirm-new = Hayır, bu başka bir dernek. Öneriyi yine de gönder.
# machine-drafted
propose-sent = Neredeyse tamam: { $email } adresine bir onay bağlantısı gönderdik. Lütfen e-postayı açın ve “{ $name }” önerisini onaylayın. Bağlantı 48 saat geçerlidir.
# machine-drafted
propose-confirm-text = Lütfen “{ $name }” derneğini önermek istediğinizi onaylayın ({ $email }).
# machine-drafted
propose-confirm-submit = Öneriyi onayla
# machine-drafted
propose-done = Teşekkürler! “{ $name }” öneriniz bize ulaştı. Entegrasyon ofisi onu inceleyecek ve ardından rehberde yayımlayacak.
# machine-drafted
propose-invalid-link = Bu bağlantı (artık) geçerli değil: daha önce kullanılmış veya süresi dolmuş. Lütfen derneği yeniden önerin.
# machine-drafted
propose-author = { $email } (hesapsız öneri)
