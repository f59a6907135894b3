# Machine-drafted translation (Turkish), awaiting review by a native speaker.

# machine-drafted
admin-users-title = Hesapları yönet
# machine-drafted
admin-users-intro = Rol, onay, ikinci faktör, durum ve derneklerle birlikte tüm hesaplar. Devre dışı bırakılan hesapların oturumu hemen kapatılır.
# machine-drafted
admin-col-email = E-posta adresi
# machine-drafted
admin-col-role = Rol
# machine-drafted
admin-col-verified = Adres onaylandı
# machine-drafted
admin-col-second-factor = İkinci faktör
# machine-drafted
admin-col-status = Durum
# machine-drafted
admin-col-memberships = Dernekler
# machine-drafted
admin-yes = evet
# machine-drafted
admin-no = hayır
# machine-drafted
admin-active = etkin
# machine-drafted
admin-disabled = devre dışı
# machine-drafted
admin-you = siz
# machine-drafted
admin-role-change = Rolü değiştir
# machine-drafted
admin-disable = Devre dışı bırak
# machine-drafted
admin-enable = Yeniden etkinleştir
# machine-drafted
admin-done-role = Rol değiştirildi.
# machine-drafted
admin-done-disabled = Hesap devre dışı bırakıldı ve oturumu kapatıldı.
# machine-drafted
admin-done-enabled = Hesap yeniden etkin.
# machine-drafted
admin-error-last-administrator = Bu, son etkin yönetici hesabıdır. Rolünü bırakamaz ve devre dışı bırakılamaz.
# machine-drafted
admin-error-invalid = Bu değişiklik mümkün değil.
# machine-drafted
admin-outbox-title = Giden kutusu
# machine-drafted
admin-outbox-intro = E-postalar gönderilmez, burada saklanır – en yenisi en üstte.
# machine-drafted
admin-outbox-smtp = E-postalar bir SMTP sunucusu üzerinden gönderilir; bu nedenle giden kutusu yoktur.
# machine-drafted
admin-outbox-empty = Giden kutusu boş.
# machine-drafted
admin-outbox-no-text = Bu e-postanın metin bölümü yok.
# machine-drafted
admin-outbox-back = Giden kutusuna dön
# machine-drafted
admin-col-time = Zaman (UTC)
# machine-drafted
admin-col-to = Alıcı
# machine-drafted
admin-col-subject = Konu

# machine-drafted
audit-title = Kayıt günlüğü
# machine-drafted
audit-intro = Entegrasyon ofisinin ve yönetimin son 200 kararı ve değişikliği – en yenisi en üstte.
# machine-drafted
audit-empty = Kayıt günlüğü henüz boş.
# machine-drafted
audit-col-time = Zaman (UTC)
# machine-drafted
audit-col-actor = Kim
# machine-drafted
audit-col-action = İşlem
# machine-drafted
audit-col-target = İlgili
# machine-drafted
audit-col-detail = Ayrıntılar

# machine-drafted
data-title = Verileriniz
# machine-drafted
data-intro = Hesabınızla ilgili sakladığımız tüm verileri indirebilir ve hesabınızı silebilirsiniz.
# machine-drafted
data-download = Verilerimi indir (JSON)
# machine-drafted
data-delete-title = Hesabı sil
# machine-drafted
data-delete-intro = Hesabınız ve kişisel verileriniz silinir, oturumunuz kapatılır. Yazdığınız dernek profili sürümleri korunur ve bundan sonra silinmiş bir hesabı gösterir. Lütfen şifrenizle onaylayın.
# machine-drafted
data-delete-password = Şifre
# machine-drafted
data-delete-submit = Hesabı kalıcı olarak sil
# machine-drafted
data-delete-cancel = Vazgeç ve hesaba dön
# machine-drafted
data-delete-error-password = Şifre yanlış.
# machine-drafted
data-delete-error-last-administrator = Son etkin yönetici hesabı sizsiniz ve hesabınızı silemezsiniz. Önce başka birini yönetici yapın.
# machine-drafted
data-deleted-note = Hesabınız silindi.
