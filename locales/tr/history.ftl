# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
diff-legend-before = Önce:
# machine-drafted
diff-legend-removed = çıkarılan kelimeler
# machine-drafted
diff-legend-after = Yeni:
# machine-drafted
diff-legend-added = eklenen kelimeler
# machine-drafted
diff-moved = { $direction } yönünde { $metres } m
# machine-drafted
diff-direction-north = kuzey
# machine-drafted
diff-direction-north-east = kuzeydoğu
# machine-drafted
diff-direction-east = doğu
# machine-drafted
diff-direction-south-east = güneydoğu
# machine-drafted
diff-direction-south = güney
# machine-drafted
diff-direction-south-west = güneybatı
# machine-drafted
diff-direction-west = batı
# machine-drafted
diff-direction-north-west = kuzeybatı
# machine-drafted
history-restored-from = { $number }. sürümden geri yüklendi
# machine-drafted
history-restore-confirm-title = { $number }. sürüm geri yüklensin mi?
# machine-drafted
history-restore-confirm-text = Kayıt, { $number }. sürümdeki haline döner ve hemen herkese açık olur. Bu yeni bir sürüm olarak yapılır – hiçbir sürüm, bugünkü de, kaybolmaz. Kaydı düzenleyen herkes bir e-posta alır.
# machine-drafted
history-restore-confirm-submit = Evet, { $number }. sürümü geri yükle
# machine-drafted
history-cancel = Vazgeç ve sürümlere dön
# machine-drafted
history-restored-note = { $from }. sürüm, yeni { $number }. sürüm olarak geri yüklendi. { $told ->
        [0] Kaydı henüz düzenleyen kimse yok; e-posta gönderilmedi.
       *[other] Kaydı düzenleyen { $told } kişiye e-posta ile bilgi verildi.
    }
# machine-drafted
history-danger-heading = Tehlikeli alan
# machine-drafted
history-danger-text = Arşivlenen bir kayıt dizinden, haritadan, aramadan ve önerilerden kaybolur. Hiçbir şey silinmez; entegrasyon ofisi onu istediği zaman geri getirebilir.
# machine-drafted
history-archive-start = Kaydı arşivle …
# machine-drafted
history-archive-confirm-title = “{ $name }” arşivlensin mi?
# machine-drafted
history-archive-confirm-submit = Evet, arşivle
# machine-drafted
history-archived-note = Kayıt arşivlendi ve artık herkese açık değil.
# machine-drafted
history-unarchived-note = Kayıt geri getirildi ve yeniden herkese açık.
# machine-drafted
mail-revision-restored-subject = Entegrasyon ofisi { $organisation } kaydının önceki bir sürümünü geri yükledi
# machine-drafted
mail-revision-restored-body = 
    Merhaba,

    entegrasyon ofisi “{ $organisation }” kaydının { $number }. sürümünü geri yükledi. Bu sürüm şimdi herkese açık. Sonraki değişiklikler kaybolmadı: tüm sürümler sürüm listesinde duruyor.

    Sürümler ve nelerin değiştiği:

    { $link }

    Sorularınızı entegrasyon ofisi yanıtlar.
