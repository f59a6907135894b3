# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# Bir ağ buluşmasının basılı materyalleri: kişisel belgeler, masa formları, yaka kartları.

handouts-time = Zaman
handouts-venue = Yer
handouts-agenda = Program
handouts-round = { $number }. tur: { $topic }
handouts-table = Masa
handouts-not-seated = Bu turda masa yok
handouts-tablemates = Masanızda
handouts-alone = Bu masada henüz başka kimse yok.
handouts-offers = Sunuyor
handouts-needs = Arıyor
handouts-no-name = İsim paylaşılmadı
handouts-contacts = Konuşmanız gereken kişiler
handouts-no-contacts = Bu kez derneğiniz için öneri yok.
handouts-contact-offers = “{ $theirs }” sunuyor – “{ $yours }” ihtiyacınıza uyuyor
handouts-contact-needs = “{ $theirs }” arıyor – “{ $yours }” teklifinize uyuyor
handouts-shared-table = { $rounds }. turda aynı masada
handouts-notes = Notlar
handouts-qr = Buluşmanın sayfası
handouts-sheet-title = Moderatör için masa formu
handouts-moderator = Moderatör
handouts-people = Masada
handouts-pairs = Bilerek bir araya getirildi
handouts-pair = { $offering } “{ $offer }” sunuyor – { $needing } “{ $need }” arıyor
handouts-results = Sonuçlar
handouts-result-ideas = Fikirler
handouts-result-visions = Vizyonlar
handouts-result-contacts = Kurulan bağlantılar
handouts-result-projects = Planlanan projeler
handouts-project-title = Proje
handouts-project-partners = Ortaklar
handouts-project-next-step = Sonraki adım
handouts-badge-round = T{ $number }: { $table }
