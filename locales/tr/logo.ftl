# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
logo-heading = Logo
# machine-drafted
logo-none = Henüz logo yok.
# machine-drafted
logo-none-short = logo yok
# machine-drafted
logo-alt = { $name } logosu
# machine-drafted
logo-current-alt = { $name } için geçerli logo
# machine-drafted
logo-waiting = Bu logo entegrasyon ofisinin kontrolünü bekliyor. O zamana kadar ziyaretçiler önceki logoyu görür.
# machine-drafted
logo-removal-waiting = Logonun kaldırılması entegrasyon ofisinin kontrolünü bekliyor. O zamana kadar ziyaretçiler önceki logoyu görür.
# machine-drafted
logo-choose = Logo için bir resim seçin
# machine-drafted
logo-choose-other = Logo olarak başka bir resim seçin
# machine-drafted
logo-hint = En fazla 2 MB büyüklüğünde PNG, JPEG (JPG) veya WebP biçiminde bir resim. Resmi en fazla 512 × 512 piksele küçültür ve kamera ya da çekim yeri gibi gizli bilgileri sileriz.
# machine-drafted
logo-separate-hint = Logo ayrı olarak kaydedilir. Aşağıdaki profilde bir şey değiştirdiyseniz lütfen önce onu kaydedin.
# machine-drafted
logo-upload = Logoyu yükle
# machine-drafted
logo-remove = Logoyu kaldır
# machine-drafted
logo-error-nothing-changed = Hiçbir şey değiştirilmedi. Lütfen başka bir resim seçin.
# machine-drafted
logo-error-empty = Lütfen önce bir resim seçin.
# machine-drafted
logo-error-too-big = Dosya çok büyük: Bir logo en fazla { $megabytes } MB olabilir. İpucu: Resmi küçültün veya ekran görüntüsünü alın.
# machine-drafted
logo-error-not-an-image = Bu dosya PNG, JPEG veya WebP biçiminde bir resim değil ya da bozuk.
# machine-drafted
logo-error-too-large = Resimde çok fazla piksel var: En fazla { $pixels } × { $pixels } piksel olabilir. Lütfen resmi küçültün.
# machine-drafted
logo-error-quota = Derneğiniz zaten { $logos } resim kaydetti; daha fazlası mümkün değil. Artık hiçbir profilde gösterilmeyen resimler yüklendikten { $days } gün sonra silinir; sonra yeniden yer açılır. Mevcut logonuz kalır.
# machine-drafted
edit-saved-logo-pending = Yeni logo kaydedildi. Entegrasyon ofisi logoyu kontrol edecek; o zamana kadar ziyaretçiler önceki logoyu görür.
# machine-drafted
edit-saved-logo-published = Yeni logo kaydedildi ve herkese gösteriliyor.
# machine-drafted
edit-saved-logo-removed-pending = Kaydedildi. Entegrasyon ofisi onayladığında logo kaldırılacak.
# machine-drafted
edit-saved-logo-removed-published = Logo kaldırıldı.
# machine-drafted
edit-saved-logo-unchanged = Değiştirilecek bir şey yoktu: Logo zaten böyle.
# machine-drafted
diff-field-logo = Logo
# machine-drafted
diff-logo-before = Önceki logo
# machine-drafted
diff-logo-after = Yeni logo
# machine-drafted
error-too-large-title = Bir seferde çok fazla veri
# machine-drafted
error-too-large-text = Dosya veya form çok büyük. Bir logo en fazla 2 MB olabilir. Lütfen geri dönün ve daha küçük bir dosya seçin.
