# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
introductions-unlinked = Ваша учётная запись ещё не связана ни с одним объединением. Запросы к Вашему объединению появятся здесь, как только бюро по вопросам интеграции подтвердит, что Вы его представляете: найдите своё объединение в справочнике и выберите там «Это наше объединение».
# machine-drafted
introductions-unlinked-find = Найти своё объединение в справочнике
# machine-drafted
claims-waiting =
    { $count ->
        [one] Этого объединения ждёт один запрос на знакомство, от:
       *[other] Запросов на знакомство, ждущих это объединение: { $count }, от:
    }
