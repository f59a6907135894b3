# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
duplicate-contained-name = aynı ayırt edici ad parçaları
# machine-drafted
propose-claim = Bu bizim derneğimiz
# machine-drafted
propose-claim-hint = Öyleyse: bir şey önermenize gerek yok. “Bu bizim derneğimiz” ile entegrasyon ofisinden kaydı size devretmesini istersiniz; ofis kontrol eder ve e-postayla yanıt verir.
# machine-drafted
propose-claim-hint-sign-in = Öyleyse: bir şey önermenize gerek yok. “Bu bizim derneğimiz” sizi girişe (veya kayda) götürür; ardından entegrasyon ofisinden kaydı size devretmesini istersiniz.
