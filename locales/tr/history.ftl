# Machine-drafted translation (Turkish), awaiting review by a native speaker.
diff-legend-before = Önce:
diff-legend-removed = çıkarılan kelimeler
diff-legend-after = Yeni:
diff-legend-added = eklenen kelimeler
diff-moved = { $direction } yönünde { $metres } m
diff-direction-north = kuzey
diff-direction-north-east = kuzeydoğu
diff-direction-east = doğu
diff-direction-south-east = güneydoğu
diff-direction-south = güney
diff-direction-south-west = güneybatı
diff-direction-west = batı
diff-direction-north-west = kuzeybatı
history-restored-from = { $number }. sürümden geri yüklendi
history-restore-confirm-title = { $number }. sürüm geri yüklensin mi?
history-restore-confirm-text = Kayıt, { $number }. sürümdeki haline döner ve hemen herkese açık olur. Bu yeni bir sürüm olarak yapılır – hiçbir sürüm, bugünkü de, kaybolmaz. Kaydı düzenleyen herkes bir e-posta alır.
history-restore-confirm-submit = Evet, { $number }. sürümü geri yükle
history-cancel = Vazgeç ve sürümlere dön
history-restored-note = { $from }. sürüm, yeni { $number }. sürüm olarak geri yüklendi. { $told ->
        [0] Kaydı henüz düzenleyen kimse yok; e-posta gönderilmedi.
       *[other] Kaydı düzenleyen { $told } kişiye e-posta ile bilgi verildi.
    }
history-danger-heading = Tehlikeli alan
history-danger-text = Arşivlenen bir kayıt dizinden, haritadan, aramadan ve önerilerden kaybolur. Hiçbir şey silinmez; entegrasyon ofisi onu istediği zaman geri getirebilir.
history-archive-start = Kaydı arşivle …
history-archive-confirm-title = “{ $name }” arşivlensin mi?
history-archive-confirm-submit = Evet, arşivle
history-archived-note = Kayıt arşivlendi ve artık herkese açık değil.
history-unarchived-note = Kayıt geri getirildi ve yeniden herkese açık.
mail-revision-restored-subject = Entegrasyon ofisi { $organisation } kaydının önceki bir sürümünü geri yükledi
mail-revision-restored-body = 
    Merhaba,

    entegrasyon ofisi “{ $organisation }” kaydının { $number }. sürümünü geri yükledi. Bu sürüm şimdi herkese açık. Sonraki değişiklikler kaybolmadı: tüm sürümler sürüm listesinde duruyor.

    Sürümler ve nelerin değiştiği:

    { $link }

    Sorularınızı entegrasyon ofisi yanıtlar.
