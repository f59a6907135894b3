# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
introductions-title = Запити на контакт
introductions-intro = Тут Ви бачите, хто хоче познайомитися з Вашим об’єднанням і до кого звернулися Ви. Контактні дані з’являються лише тоді, коли обидві сторони погодилися.
introductions-none = Запитів на контакт ще немає.
introductions-contact = Як зв’язатися з контактною особою:
introductions-accept = Прийняти й обмінятися контактними даними
introductions-decline = Відхилити
introductions-done = Співпрацю завершено
introductions-ask = Запросити контакт
introductions-message = Повідомлення іншому об’єднанню (за бажанням)
introductions-send = Надіслати запит
introductions-dismiss = Не підходить – приховати
introduction-state-requested = запит надіслано
introduction-state-agreed = погоджено
introduction-state-declined = відхилено
introduction-state-done = завершено
introduction-state-dismissed = приховано
error-introduction-conflict-title = Запит уже надіслано
error-introduction-conflict-text = Для цієї пропозиції та цього запиту вже є запит на контакт, або на нього вже відповіли.
mail-introduction-requested-subject = { $organisation } хоче познайомитися з Вашим об’єднанням
mail-introduction-requested-body =
    Добрий день!

    «{ $organisation }» цікавиться Вашою пропозицією «{ $offer }» – вона відповідає їхньому запиту «{ $need }».

    { $message }

    Чи хочете Ви обмінятися контактними даними, вирішіть тут:

    { $link }
mail-introduction-agreed-subject = Контакт з { $organisation }
mail-introduction-agreed-body =
    Добрий день!

    Обидві сторони погодилися: запит «{ $need }» і пропозиція «{ $offer }».

    Як зв’язатися з «{ $organisation }»: { $contact }

    { $link }
synergy-title = Синергії: пропозиції та запити
synergy-intro = Які запити ще не мають відповідної пропозиції, які пропозиції ніхто не шукає та які контакти запитано чи узгоджено – за сферою та районом.
synergy-by-category = За сферою
synergy-by-district = За районом
synergy-needs = Запити
synergy-needs-without-offer = Запити без відповідної пропозиції
synergy-offers = Пропозиції
synergy-offers-unasked = Пропозиції, яких ніхто не шукає
synergy-in-progress = Запитані контакти
synergy-agreed = Узгоджена співпраця
synergy-none = Немає.
digest-label = Щотижневий лист із новими відповідними пропозиціями та запитами для наших організацій
digest-save = Зберегти налаштування
mail-digest-subject = Нові відповідні пропозиції та запити для Вашої організації
mail-digest-body =
    Добрий день,

    цього тижня є нові відповідні пропозиції та запити для Вашої організації:

    { $matches }

    Запит на контакт можна надіслати на сторінці запиту. Відписатися від щотижневого листа можна у Вашому обліковому записі:

    { $link }
