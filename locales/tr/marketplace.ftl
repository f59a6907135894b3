# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
offers-title = Derneklerin teklifleri
# machine-drafted
offers-intro = Ağdaki derneklerin başkalarına sunduğu şeyler: mekânlar, tercümanlık, bilgi birikimi, malzeme, gönüllüler ve daha fazlası.
# machine-drafted
needs-title = Derneklerin ihtiyaçları
# machine-drafted
needs-intro = Ağdaki derneklerin aradıkları – belki sizin derneğiniz yardımcı olabilir.
# machine-drafted
item-category = Kategori
# machine-drafted
filter-apply = Göster
# machine-drafted
item-anywhere = her yerde
# machine-drafted
item-any-day = anlaşmaya göre
# machine-drafted
item-days = Günler
# machine-drafted
item-time = Saat
# machine-drafted
item-kind-offer = Teklif
# machine-drafted
item-kind-need = İhtiyaç
# machine-drafted
suggestions-heading = Ağdaki uygun teklifler
# machine-drafted
suggestions-empty = Ağda henüz uygun bir teklif yok. Entegrasyon ofisi memnuniyetle yardımcı olur.
# machine-drafted
seekers-heading = Bunu kim arıyor?
# machine-drafted
seekers-empty = Şu anda başka hiçbir dernek bunu aramıyor.
# machine-drafted
match-strong = çok uygun
# machine-drafted
match-good = uygun
# machine-drafted
match-partial = kısmen uygun
# machine-drafted
match-order = En uygun eşleşmeler en üstte: ●●● çok uygun, ●●○ uygun, ●○○ kısmen uygun. Nedeni her eşleşmenin altında yazar.
# machine-drafted
match-reasons = Neden
# machine-drafted
reason-topic = Konu: { $label }
# machine-drafted
reason-same-category = ikisi de { $category } kategorisinde
# machine-drafted
reason-speaks = { $language } konuşuyor
# machine-drafted
reason-time = saat uygun
# machine-drafted
reason-same-district = ikisi de { $district } semtinde
# machine-drafted
reason-neighbour = { $offer }, { $need } ile komşu
# machine-drafted
reason-audience-women = kadınlar için
# machine-drafted
reason-audience-men = erkekler için
# machine-drafted
reason-audience-youth = gençler için
# machine-drafted
profile-offers = Sunduklarımız
# machine-drafted
profile-needs = Aradıklarımız
# machine-drafted
weekday-mo = Pazartesi
# machine-drafted
weekday-di = Salı
# machine-drafted
weekday-mi = Çarşamba
# machine-drafted
weekday-do = Perşembe
# machine-drafted
weekday-fr = Cuma
# machine-drafted
weekday-sa = Cumartesi
# machine-drafted
weekday-so = Pazar
# machine-drafted
item-category-rooms = Mekânlar
# machine-drafted
item-category-language = Dil ve çeviri
# machine-drafted
item-category-education = Eğitim ve özel ders
# machine-drafted
item-category-counselling = Danışmanlık
# machine-drafted
item-category-funding = Destek ve finans
# machine-drafted
item-category-volunteers = Gönüllüler
# machine-drafted
item-category-events = Etkinlikler ve kültür
# machine-drafted
item-category-sport = Spor
# machine-drafted
item-category-women = Kadınlar
# machine-drafted
item-category-youth = Gençlik
# machine-drafted
item-category-health = Sağlık
# machine-drafted
item-category-work = İş ve meslek eğitimi
# machine-drafted
item-category-material = Malzeme ve ulaşım
# machine-drafted
item-category-publicity = Halkla ilişkiler
# machine-drafted
item-category-digital = Dijital
# machine-drafted
offers-count = { $count ->
    [0] Teklif yok
   *[other] { $count } teklif
}
# machine-drafted
needs-count = { $count ->
    [0] İhtiyaç yok
   *[other] { $count } ihtiyaç
}
# machine-drafted
reason-weekdays = { $days } uygun
# machine-drafted
item-network-only = yalnızca ağ içinde
# machine-drafted
items-search-placeholder = ör. salon, tercümanlık, ders desteği

# machine-drafted
match-score = eşleşme puanı { $score }
# machine-drafted
match-report = Hata bildir
# machine-drafted
match-office-hint = Entegrasyon ofisi için: eşleşme puanı (0 ile 1 arası), test verilerinde bu puanı alan eşleşmelerden gerçekten uygun olanların payıdır. Yanlış bir eşleşmeyi altındaki bağlantıyla bildirin.
# machine-drafted
why-not-heading = Gösterilmeyen teklifler: neden?
# machine-drafted
why-not-intro = Bu bölümü yalnızca entegrasyon ofisi görür: aynı konudaki, burada eşleşme olarak görünmeyen teklifler ve her birini neyin dışarıda bıraktığı. Biri yine de uygunsa, kendi bağlantısıyla bildirin.
# machine-drafted
why-not-empty = Aynı konuda başka teklif yok.
# machine-drafted
why-not-label = Neden gösterilmedi
# machine-drafted
miss-same-organisation = aynı dernekten
# machine-drafted
miss-no-common-weekday = ortak gün yok
# machine-drafted
miss-audience = başka bir hedef grup için (kadınlar, erkekler, gençler)
# machine-drafted
miss-too-far = yalnızca yerinde ve orası çok uzak
# machine-drafted
miss-language = istenen bir dil konuşulmuyor
# machine-drafted
miss-too-few-places = grubun büyüklüğü için yer sayısı çok az
# machine-drafted
miss-no-common-period = yıl içinde ortak zaman yok (aylar, mevsim veya tatil örtüşmüyor)
# machine-drafted
miss-online-only = yalnızca çevrimiçi, ihtiyaç ise yüz yüze
# machine-drafted
miss-below-threshold = bir eşleşme için ortak nokta çok az (eşleşme puanı { $score })
# machine-drafted
miss-unscored = eşleşme puanı hesaplanamayacak kadar az ortak nokta var
# machine-drafted
shortfall-language = söz konusu dili konuşmuyor
# machine-drafted
shortfall-audience = başka bir hedef grup için
# machine-drafted
shortfall-role = faaliyetin kendisini teklif ediyor, bunun için bir kişiyi değil (antrenör, yönetici, yardımcı)
# machine-drafted
shortfall-condition = istenen bir koşul eksik (ör. onaylı)
# machine-drafted
shortfall-kind-of-service = yazılı çeviri yerine sözlü tercümanlık ya da tersi
# machine-drafted
shortfall-other-language-taught = başka bir dil öğretiyor
# machine-drafted
shortfall-main-subject = asıl konu eksik
# machine-drafted
shortfall-days = ortak gün yok
# machine-drafted
shortfall-times = ortak saat yok
# machine-drafted
shortfall-part-time = istenen sürenin yalnızca bir kısmında boş
# machine-drafted
shortfall-group-size = grup, yer sayısından büyük
# machine-drafted
shortfall-amount = teklifin en fazla verdiğinden daha çok para gerekiyor
# machine-drafted
shortfall-period = belirtilen yıl içi zamanlar (aylar, mevsim, tatil) örtüşmüyor
# machine-drafted
shortfall-far = belirtilen semtlerden uzak
