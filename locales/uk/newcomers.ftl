# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
introductions-unlinked = Ваш обліковий запис ще не пов’язаний з жодним об’єднанням. Запити до Вашого об’єднання з’являться тут, щойно бюро з питань інтеграції підтвердить, що Ви його представляєте: знайдіть своє об’єднання в довіднику й оберіть там «Це наше об’єднання».
# machine-drafted
introductions-unlinked-find = Знайти своє об’єднання в довіднику
# machine-drafted
claims-waiting =
    { $count ->
        [one] На це об’єднання чекає один запит на знайомство, від:
       *[other] Запитів на знайомство, що чекають на це об’єднання: { $count }, від:
    }
