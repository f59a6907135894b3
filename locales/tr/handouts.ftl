# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# Bir ağ buluşmasının basılı materyalleri: kişisel belgeler, masa formları, yaka kartları.

# machine-drafted
handouts-time = Zaman
# machine-drafted
handouts-venue = Yer
# machine-drafted
handouts-agenda = Program
# machine-drafted
handouts-round = { $number }. tur: { $topic }
# machine-drafted
handouts-table = Masa
# machine-drafted
handouts-not-seated = Bu turda masa yok
# machine-drafted
handouts-tablemates = Masanızda
# machine-drafted
handouts-alone = Bu masada henüz başka kimse yok.
# machine-drafted
handouts-offers = Sunuyor
# machine-drafted
handouts-needs = Arıyor
# machine-drafted
handouts-no-name = İsim paylaşılmadı
# machine-drafted
handouts-contacts = Konuşmanız gereken kişiler
# machine-drafted
handouts-no-contacts = Bu kez derneğiniz için uygun eşleşme yok.
# machine-drafted
handouts-contact-offers = “{ $theirs }” sunuyor – “{ $yours }” ihtiyacınıza uyuyor
# machine-drafted
handouts-contact-needs = “{ $theirs }” arıyor – “{ $yours }” teklifinize uyuyor
# machine-drafted
handouts-shared-table = { $rounds }. turda aynı masada
# machine-drafted
handouts-notes = Notlar
# machine-drafted
handouts-qr = Buluşmanın sayfası
# machine-drafted
handouts-sheet-title = Moderatör için masa formu
# machine-drafted
handouts-moderator = Moderatör
# machine-drafted
handouts-people = Masada
# machine-drafted
handouts-pairs = Bilerek bir araya getirildi
# machine-drafted
handouts-pair = { $offering } “{ $offer }” sunuyor – { $needing } “{ $need }” arıyor
# machine-drafted
handouts-results = Sonuçlar
# machine-drafted
handouts-result-ideas = Fikirler
# machine-drafted
handouts-result-visions = Vizyonlar
# machine-drafted
handouts-result-contacts = Kurulan bağlantılar
# machine-drafted
handouts-result-projects = Planlanan projeler
# machine-drafted
handouts-project-title = Proje
# machine-drafted
handouts-project-partners = Ortaklar
# machine-drafted
handouts-project-next-step = Sonraki adım
# machine-drafted
handouts-badge-round = T{ $number }: { $table }
