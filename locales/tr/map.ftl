# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
nav-map = Şehir haritası
# machine-drafted
map-title = Dijital entegrasyon şehir haritası
# machine-drafted
map-filters = Arama ve filtreler
# machine-drafted
map-apply = Haritayı güncelle
# machine-drafted
map-as-directory = Rehberde liste olarak göster
# machine-drafted
map-show-search = Bu aramayı şehir haritasında göster
# machine-drafted
map-toggle-map = Harita
# machine-drafted
map-toggle-list = Liste
# machine-drafted
map-pane-label = Harita
# machine-drafted
map-skip = Haritayı atla, listeye git
# machine-drafted
map-list-heading = Haritadaki dernekler
# machine-drafted
map-count = { $count ->
    [one] Haritada 1 dernek
   *[other] Haritada { $count } dernek
}
# machine-drafted
map-zoom-for-more = Görünümdeki derneklerin hepsi listeye sığmıyor. Haritayı yakınlaştırın veya aramayı daraltın.
# machine-drafted
map-unplaced = Haritada yeri olmayanlar
# machine-drafted
map-legend = Açıklama: faaliyet alanları
# machine-drafted
map-show-on-map = Haritada göster
# machine-drafted
map-to-profile = Profile git
# machine-drafted
map-cluster-count = { $count ->
   *[other] Burada { $count } dernek var, yakınlaştırmak için seçin
}
# machine-drafted
map-in-view-count = { $count ->
    [0] Harita görünümünde: dernek yok (toplam { $total })
   *[other] Harita görünümünde: { $count } dernek (toplam { $total })
}
# machine-drafted
map-load-error = Dernekler harita için yüklenemedi. Rehberdeki liste çalışmaya devam ediyor.
# machine-drafted
map-zoom-in = Yakınlaştır
# machine-drafted
map-zoom-out = Uzaklaştır
# machine-drafted
map-consent-title = Haritayı yükle
# machine-drafted
map-consent-text = Harita görüntüleri { $provider } tarafından sağlanır.
# machine-drafted
map-consent-transmitted = Haritayı yüklerseniz { $host } IP adresinizi ve haritanın hangi bölümüne baktığınızı öğrenir. O zamana kadar dernekleri sade bir arka plan üzerinde görürsünüz.
# machine-drafted
map-consent-privacy = Ayrıntılar gizlilik bildiriminde
# machine-drafted
map-consent-load = Haritayı yükle
# machine-drafted
map-consent-remember = Seçimimi bu cihazda hatırla
# machine-drafted
map-consent-withdraw = Harita görüntülerini artık yükleme
# machine-drafted
map-show-on-city-map = Şehir haritasında göster
# machine-drafted
map-embed-link = Bu haritayı kendi web sitenize ekleyin
# machine-drafted
map-embed-back = Daha büyük haritayı { $site } sitesinde açın
# machine-drafted
map-embed-title = Şehir haritasını yerleştirme
# machine-drafted
map-embed-intro = Haritanın hangi dernekleri göstereceğini seçin. Aşağıdaki kodu web sitenize yapıştırın; önizleme haritanın orada nasıl görüneceğini gösterir.
# machine-drafted
map-embed-language = Haritanın dili
# machine-drafted
map-embed-height = Piksel cinsinden yükseklik
# machine-drafted
map-embed-update = Kodu ve önizlemeyi güncelle
# machine-drafted
map-embed-snippet = Yerleştirme kodu
# machine-drafted
map-embed-snippet-help = Web siteniz için HTML kodu (kopyalamak için seçin)
# machine-drafted
map-embed-preview = Önizleme
# machine-drafted
map-embed-frame-title = Derneklerin şehir haritası – { $site }
# machine-drafted
map-filter-offers = Sunduğu
# machine-drafted
map-filter-offers-any = herhangi bir şey
# machine-drafted
map-filter-needs = Aradığı
# machine-drafted
map-filter-needs-any = herhangi bir şey
# machine-drafted
map-item-offers = sunuyor
# machine-drafted
map-item-seeks = arıyor
# machine-drafted
query-error-unknown-item-category = Böyle bir teklif ve ihtiyaç kategorisi yok. Lütfen listeden birini seçin.
# machine-drafted
map-container-label = Dernekler haritası: ok tuşlarıyla kaydırın, artı ve eksi ile yakınlaştırın veya uzaklaştırın
# machine-drafted
map-popup-close = Kapat
# machine-drafted
map-popup-opened = Haritada açıldı: { $name }
