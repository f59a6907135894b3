# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
edit-overview = Form altı bölümden oluşur:
# machine-drafted
edit-overview-hint = Sonunda “Değişiklikleri kaydet” ile kaydedin; değiştirmediğiniz her şey olduğu gibi kalır.
# machine-drafted
edit-markdown-hint = Biçimlendirme: boş bir satır paragrafları ayırır; “- ” ile başlayan satır bir liste maddesi olur; **kalın**, *italik*; bağlantılar [metin](https://…) biçiminde.
# machine-drafted
edit-position-address-first = En kolayı: yukarıya adresi yazıp kaydedin – Knotenpunkt noktayı kendisi yerleştirir. Harita sokakları ancak “Haritayı yükle”den sonra gösterir; öncesinde yalnızca gri bir alan görürsünüz.
# machine-drafted
edit-section-only = yalnızca bu bölümü düzenle
# machine-drafted
edit-section-alone = Yalnızca bu bölümü düzenliyorsunuz; geri kalan her şey olduğu gibi kalır.
# machine-drafted
edit-section-all = Tüm bölümleri göster
# machine-drafted
edit-submit-section = Bu bölümü kaydet
# machine-drafted
edit-preview = Önizleme
# machine-drafted
edit-preview-heading = Herkese açık sayfanın önizlemesi
# machine-drafted
edit-preview-note = Değişiklikler geçerli olduğunda sayfa böyle görünür. Henüz hiçbir şey kaydedilmedi: formun altından kaydedin.
