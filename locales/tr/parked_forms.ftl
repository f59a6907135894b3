# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
parked-login-note = Oturumunuz sona ermişti. Lütfen yeniden giriş yapın – yazdıklarınız kaybolmadı.
# machine-drafted
parked-form-note = Girdikleriniz saklandı – lütfen kontrol edip kaydedin. Henüz hiçbir şey kaydedilmedi.
