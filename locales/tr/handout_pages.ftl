# Machine-drafted translation (Turkish), awaiting review by a native speaker.

# Pages about a network meeting's print material (print bundle, changed only, by email) and the
# mail with the personal handout.

# machine-drafted
meetings-print = Baskı paketi
# machine-drafted
meetings-print-title = Baskı paketi ve kişisel belgeler
# machine-drafted
meetings-print-count = { $handouts } kişisel belge, { $sheets } masa formu ve isim kartları.
# machine-drafted
meetings-print-download = Baskı paketini indir (PDF)
# machine-drafted
meetings-print-changed-heading = Son baskıdan beri değişenler
# machine-drafted
meetings-print-not-printed = Henüz basılmadı: baskı paketi her şeyi içeriyor.
# machine-drafted
meeting-print-nothing-changed = Son baskıdan beri hiçbir şey değişmedi.
# machine-drafted
meetings-print-changed-sheets = Değişen masa formları: { $count }
# machine-drafted
meetings-print-download-changed = Yalnızca değişenleri indir (PDF)
# machine-drafted
meetings-print-mail-heading = E-posta ile
# machine-drafted
meetings-print-mail-text = Her katılımcı kendi kişisel belgelerini PDF olarak, kayıt olduğu adrese ve kendi dilinde alır.
# machine-drafted
meetings-print-mail-submit = Kişisel belgeleri e-posta ile gönder
# machine-drafted
meetings-print-mailed = Kişisel belgeler { $count } katılımcıya e-posta ile gönderiliyor.
# machine-drafted
meetings-own-handouts = Kişisel belgeler
# machine-drafted
meetings-own-handout-link = { $name } için belgeler (PDF)
# machine-drafted
mail-meeting-handout-subject = Belgeleriniz: { $meeting }
# machine-drafted
mail-meeting-handout-body =
    Merhaba,

    „{ $meeting }“ için kişisel belgeleriniz ektedir: her turdaki masanız, orada kimlerin oturduğu ve kimlerle konuşmanız gerektiği.

    Ne zaman: { $when }
    Nerede: { $venue }

    Buluşma hakkında her şey: { $link }
