# Machine-drafted translation (Turkish), awaiting review by a native speaker.
offers-title = Dernekler sunuyor
offers-intro = Ağdaki derneklerin başkalarına sunduğu şeyler: mekânlar, tercümanlık, bilgi birikimi, malzeme, gönüllüler ve daha fazlası.
needs-title = Dernekler arıyor
needs-intro = Ağdaki derneklerin aradıkları – belki sizin derneğiniz yardımcı olabilir.
item-category = Alan
filter-apply = Göster
item-anywhere = her yerde
item-any-day = anlaşmaya göre
item-days = Günler
item-time = Saat
item-kind-offer = Teklif
item-kind-need = Talep
suggestions-heading = Ağdaki uygun teklifler
suggestions-empty = Ağda henüz uygun bir teklif yok. Koordinasyon ofisi memnuniyetle yardımcı olur.
seekers-heading = Bunu kim arıyor?
seekers-empty = Şu anda başka hiçbir dernek bunu aramıyor.
match-strong = çok uygun
match-good = uygun
match-reasons = Neden
reason-topic = Konu: { $label }
reason-same-category = ikisi de { $category } alanında
reason-speaks = { $language } konuşuyor
reason-time = saat uygun
reason-same-district = ikisi de { $district } semtinde
reason-neighbour = { $offer }, { $need } ile komşu
reason-audience-women = kadınlar için
reason-audience-men = erkekler için
reason-audience-youth = gençler için
profile-offers = Sunduklarımız
profile-needs = Aradıklarımız
weekday-mo = Pazartesi
weekday-di = Salı
weekday-mi = Çarşamba
weekday-do = Perşembe
weekday-fr = Cuma
weekday-sa = Cumartesi
weekday-so = Pazar
item-category-rooms = Mekânlar
item-category-language = Dil ve çeviri
item-category-education = Eğitim ve özel ders
item-category-counselling = Danışmanlık
item-category-funding = Destek ve finans
item-category-volunteers = Gönüllüler
item-category-events = Etkinlikler ve kültür
item-category-sport = Spor
item-category-women = Kadınlar
item-category-youth = Gençlik
item-category-health = Sağlık
item-category-work = İş ve meslek eğitimi
item-category-material = Malzeme ve ulaşım
item-category-publicity = Halkla ilişkiler
item-category-digital = Dijital
offers-count = { $count ->
    [0] Teklif yok
   *[other] { $count } teklif
}
needs-count = { $count ->
    [0] Talep yok
   *[other] { $count } talep
}
reason-weekdays = { $days } uygun
item-network-only = yalnızca ağ içinde
items-search-placeholder = ör. salon, tercümanlık, ders desteği
