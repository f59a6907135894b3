# Machine-drafted translation (Turkish), awaiting review by a native speaker.

# machine-drafted
nav-graph = Ağ görünümü
# machine-drafted
graph-title = Ağ görünümü
# machine-drafted
graph-intro = Hangi derneklerin bir araya geldiği: bir ağ buluşmasının masasında, kabul edilmiş bir iletişim talebiyle ya da ortak bir işbirliği projesinde. Hiç bağlantısı olmayan dernekler listede yer alır – onlarla konuşmaya değer.
# machine-drafted
graph-from = Başlangıç (tarih)
# machine-drafted
graph-to = Bitiş (tarih)
# machine-drafted
graph-date-hint = Tarihi YYYY-AA-GG biçiminde yazın, örneğin 2020-01-31. “Başından beri” ya da “bugüne kadar” için boş bırakın.
# machine-drafted
graph-kinds = Bağlantılar
# machine-drafted
graph-kind-met = Aynı masada buluştu (düz çizgi)
# machine-drafted
graph-kind-introduction = İletişim talebi kabul edildi (kesik çizgi)
# machine-drafted
graph-kind-project = Ortak işbirliği projesi (noktalı çizgi)
# machine-drafted
graph-show = Göster
# machine-drafted
graph-reset = Filtreleri sıfırla
# machine-drafted
graph-summary = { $associations } dernek, { $edges } bağlantı, { $isolated } bağlantısız.
# machine-drafted
graph-isolated = Bağlantısı olmayan dernekler
# machine-drafted
graph-isolated-intro = Bu dernekler seçilen dönemde seçilen bağlantılardan hiçbirine sahip değildi. Ad, profile götürür.
# machine-drafted
graph-isolated-none = Her derneğin en az bir bağlantısı var.
# machine-drafted
graph-activity = { $count ->
    [one] 1 etkinlik
   *[other] { $count } etkinlik
}
# machine-drafted
graph-drawing = Ağın resmi
# machine-drafted
graph-zoom-in = Yakınlaştır
# machine-drafted
graph-zoom-out = Uzaklaştır
# machine-drafted
graph-zoom-reset = Resmin tamamı
# machine-drafted
graph-zoom-hint = Sürükleyerek resmi kaydırın, fare tekerleğiyle yakınlaştırın.
# machine-drafted
graph-legend = Açıklama
# machine-drafted
graph-legend-size = Simge ne kadar büyükse dernek o kadar etkindir (dönem içindeki ağ buluşmaları, iletişim talepleri, işbirliği projeleri). Renk ve biçim ilk faaliyet alanını gösterir:
# machine-drafted
graph-export = İndir
# machine-drafted
graph-export-intro = Aynı veriler aynı filtrelerle, örneğin Gephi için.
# machine-drafted
graph-export-graphml = Ağ GraphML olarak
# machine-drafted
graph-export-csv = Bağlantılar CSV listesi olarak
# machine-drafted
graph-node-title = { $name } – { $field } – etkinlikler: { $activity }, bağlantılar: { $degree }
# machine-drafted
graph-field-none = faaliyet alanı yok
# machine-drafted
form-error-graph-period-order = Bitiş tarihi başlangıç tarihinden önce.
