# Machine-drafted translation (Turkish), awaiting review by a native speaker.
nav-map = Şehir haritası
map-title = Dijital entegrasyon şehir haritası
map-filters = Arama ve filtreler
map-apply = Haritayı güncelle
map-as-directory = Rehberde liste olarak göster
map-show-search = Bu aramayı şehir haritasında göster
map-toggle-map = Harita
map-toggle-list = Liste
map-pane-label = Harita
map-skip = Haritayı atla, listeye git
map-list-heading = Haritadaki dernekler
map-count = { $count ->
    [one] Haritada 1 dernek
   *[other] Haritada { $count } dernek
}
map-in-view = Harita görünümünde
map-zoom-for-more = Görünümdeki derneklerin hepsi listeye sığmıyor. Haritayı yakınlaştırın veya aramayı daraltın.
map-unplaced = Haritada yeri olmayanlar
map-legend = Açıklama: faaliyet alanları
map-show-on-map = Haritada göster
map-to-profile = Profile git
map-cluster = dernek burada, yakınlaştırmak için seçin
map-load-error = Dernekler harita için yüklenemedi. Rehberdeki liste çalışmaya devam ediyor.
map-zoom-in = Yakınlaştır
map-zoom-out = Uzaklaştır
map-consent-title = Haritayı yükle
map-consent-text = Harita görüntüleri { $provider } tarafından sağlanır.
map-consent-transmitted = Haritayı yüklerseniz { $host } IP adresinizi ve haritanın hangi bölümüne baktığınızı öğrenir. O zamana kadar dernekleri sade bir arka plan üzerinde görürsünüz.
map-consent-privacy = Ayrıntılar gizlilik bildiriminde
map-consent-load = Haritayı yükle
map-consent-remember = Seçimimi bu cihazda hatırla
map-consent-withdraw = Harita görüntülerini artık yükleme
map-show-on-city-map = Şehir haritasında göster
map-embed-link = Bu haritayı kendi web sitenize ekleyin
map-embed-back = Daha büyük haritayı { $site } sitesinde açın
map-embed-title = Şehir haritasını yerleştirme
map-embed-intro = Haritanın hangi dernekleri göstereceğini seçin. Aşağıdaki kodu web sitenize yapıştırın; önizleme haritanın orada nasıl görüneceğini gösterir.
map-embed-language = Haritanın dili
map-embed-height = Piksel cinsinden yükseklik
map-embed-update = Kodu ve önizlemeyi güncelle
map-embed-snippet = Yerleştirme kodu
map-embed-snippet-help = Web siteniz için HTML kodu (kopyalamak için seçin)
map-embed-preview = Önizleme
map-embed-frame-title = Derneklerin şehir haritası – { $site }
