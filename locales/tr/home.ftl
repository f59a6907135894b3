# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
home-title = Ana sayfa
# machine-drafted
home-heading = { $city } için entegrasyon dernekleri ve girişimleri
# machine-drafted
home-intro = Knotenpunkt, şehirdeki dernekleri, göçmen öz örgütlerini ve girişimleri şehrin entegrasyon ofisi ile buluşturur. Teklifleri, irtibat kişilerini ve iş birliği olanaklarını burada bulabilirsiniz.
# machine-drafted
home-count = { $count ->
    [one] Ağda 1 dernek veya girişim
   *[other] Ağda { $count } dernek ve girişim
}
# machine-drafted
home-browse-all = Tümünü göster
# machine-drafted
home-fields = Faaliyet alanları
# machine-drafted
home-office-heading = Entegrasyon ofisi
# machine-drafted
home-office-text = Fikirleriniz, dilekleriniz veya sorularınız mı var? { $office }, ağla ilgili konularda ilk başvuru noktanızdır.
# machine-drafted
home-office-link = İletişime geçin
