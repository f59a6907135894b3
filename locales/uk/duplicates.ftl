# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
duplicate-contained-name = однакові характерні частини назви
# machine-drafted
propose-claim = Це наше об’єднання
# machine-drafted
propose-claim-hint = Якщо так: нічого пропонувати не треба. Кнопкою «Це наше об’єднання» Ви просите бюро з питань інтеграції передати Вам запис; бюро перевірить і відповість листом.
# machine-drafted
propose-claim-hint-sign-in = Якщо так: нічого пропонувати не треба. «Це наше об’єднання» веде до входу (або реєстрації); потім Ви просите бюро з питань інтеграції передати Вам запис.
