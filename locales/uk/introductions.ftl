# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
introductions-title = Запити на контакт
# machine-drafted
introductions-intro = Тут Ви бачите, хто хоче познайомитися з Вашим об’єднанням і до кого звернулися Ви. Контактні дані з’являються лише тоді, коли обидві сторони погодилися.
# machine-drafted
introductions-none = Запитів на контакт ще немає.
# machine-drafted
introductions-contact = Як зв’язатися з контактною особою:
# machine-drafted
introductions-accept = Прийняти й обмінятися контактними даними
# machine-drafted
introductions-decline = Відхилити
# machine-drafted
introductions-done = Співпрацю завершено
# machine-drafted
introductions-ask = Запросити контакт
# machine-drafted
introductions-message = Повідомлення іншому об’єднанню (за бажанням)
# machine-drafted
introductions-send = Надіслати запит
# machine-drafted
introductions-dismiss = Не підходить – приховати
# machine-drafted
introduction-state-requested = запит надіслано
# machine-drafted
introduction-state-agreed = погоджено
# machine-drafted
introduction-state-declined = відхилено
# machine-drafted
introduction-state-done = завершено
# machine-drafted
introduction-state-dismissed = приховано
# machine-drafted
error-introduction-conflict-title = Запит уже надіслано
# machine-drafted
error-introduction-conflict-text = Для цієї пропозиції та цієї потреби вже є запит на контакт, або на нього вже відповіли.
# machine-drafted
mail-introduction-requested-subject = { $organisation } хоче познайомитися з Вашим об’єднанням
# machine-drafted
mail-introduction-requested-body =
    Добрий день!

    «{ $organisation }» цікавиться Вашою пропозицією «{ $offer }» – вона відповідає їхній потребі «{ $need }».

    { $message }

    Чи хочете Ви обмінятися контактними даними, вирішіть тут:

    { $link }
# machine-drafted
mail-introduction-agreed-subject = Контакт з { $organisation }
# machine-drafted
mail-introduction-agreed-body =
    Добрий день!

    Обидві сторони погодилися: потреба «{ $need }» і пропозиція «{ $offer }».

    Як зв’язатися з «{ $organisation }»: { $contact }

    { $link }
# machine-drafted
synergy-title = Синергії: пропозиції та потреби
# machine-drafted
synergy-intro = Які потреби ще не мають відповідної пропозиції, які пропозиції ніхто не шукає та які контакти запитано чи узгоджено – за категорією та районом.
# machine-drafted
synergy-by-category = За категорією
# machine-drafted
synergy-by-district = За районом
# machine-drafted
synergy-needs = Потреби
# machine-drafted
synergy-needs-without-offer = Потреби без відповідної пропозиції
# machine-drafted
synergy-offers = Пропозиції
# machine-drafted
synergy-offers-unasked = Пропозиції, яких ніхто не шукає
# machine-drafted
synergy-in-progress = Запитані контакти
# machine-drafted
synergy-agreed = Узгоджена співпраця
# machine-drafted
synergy-none = Немає.
# machine-drafted
digest-label = Щотижневий лист із новими відповідними пропозиціями та потребами для наших об’єднань
# machine-drafted
digest-save = Зберегти налаштування
# machine-drafted
mail-digest-subject = Нові відповідні пропозиції та потреби для Вашого об’єднання
# machine-drafted
mail-digest-body =
    Добрий день,

    цього тижня є нові відповідні пропозиції та потреби для Вашого об’єднання:

    { $matches }

    Запит на контакт можна надіслати на сторінці потреби. Відписатися від щотижневого листа можна у Вашому обліковому записі:

    { $link }
