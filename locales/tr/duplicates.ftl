# Machine-drafted translation (Turkish), awaiting review by a native speaker.
duplicate-contained-name = aynı ayırt edici ad parçaları
propose-claim = Bu bizim derneğimiz
propose-claim-hint = Öyleyse: bir şey önermenize gerek yok. “Bu bizim derneğimiz” ile entegrasyon ofisinden kaydı size devretmesini istersiniz; ofis kontrol eder ve e-postayla yanıt verir.
propose-claim-hint-sign-in = Öyleyse: bir şey önermenize gerek yok. “Bu bizim derneğimiz” sizi girişe (veya kayda) götürür; ardından entegrasyon ofisinden kaydı size devretmesini istersiniz.
