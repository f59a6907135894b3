# Machine-drafted translation (Turkish), awaiting review by a native speaker.
home-title = Ana sayfa
home-heading = { $city } için entegrasyon dernekleri ve girişimleri
home-intro = Knotenpunkt, şehirdeki dernekleri, göçmen öz örgütlerini ve girişimleri Entegrasyon Koordinasyon Ofisi ile buluşturur. Hizmetleri, irtibat kişilerini ve iş birliği olanaklarını burada bulabilirsiniz.
home-count = { $count ->
    [one] Ağda 1 dernek veya girişim
   *[other] Ağda { $count } dernek ve girişim
}
home-browse-all = Tümünü göster
home-fields = Faaliyet alanları
home-office-heading = Koordinasyon ofisi
home-office-text = Fikirleriniz, talepleriniz veya sorularınız mı var? { $office }, ağla ilgili konularda ilk başvuru noktanızdır.
home-office-link = İletişime geçin
