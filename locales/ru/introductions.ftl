# Machine-drafted translation (Russian), awaiting review by a native speaker.
introductions-title = Запросы на контакт
introductions-intro = Здесь Вы видите, кто хочет познакомиться с Вашим объединением и к кому обратились Вы. Контактные данные появляются только после того, как обе стороны дали согласие.
introductions-none = Запросов на контакт пока нет.
introductions-contact = Как связаться с контактным лицом:
introductions-accept = Принять и обменяться контактными данными
introductions-decline = Отклонить
introductions-done = Сотрудничество завершено
introductions-ask = Запросить контакт
introductions-message = Сообщение другому объединению (по желанию)
introductions-send = Отправить запрос
introductions-dismiss = Не подходит – скрыть
introduction-state-requested = запрос отправлен
introduction-state-agreed = согласовано
introduction-state-declined = отклонено
introduction-state-done = завершено
introduction-state-dismissed = скрыто
error-introduction-conflict-title = Запрос уже отправлен
error-introduction-conflict-text = Для этого предложения и этого запроса уже есть запрос на контакт, или на него уже ответили.
mail-introduction-requested-subject = { $organisation } хочет познакомиться с Вашим объединением
mail-introduction-requested-body =
    Здравствуйте!

    «{ $organisation }» интересуется Вашим предложением «{ $offer }» – оно подходит к их запросу «{ $need }».

    { $message }

    Хотите ли Вы обменяться контактными данными, решите здесь:

    { $link }
mail-introduction-agreed-subject = Контакт с { $organisation }
mail-introduction-agreed-body =
    Здравствуйте!

    Обе стороны дали согласие: запрос «{ $need }» и предложение «{ $offer }».

    Как связаться с «{ $organisation }»: { $contact }

    { $link }
synergy-title = Синергии: предложения и запросы
synergy-intro = Какие запросы ещё не нашли подходящего предложения, какие предложения никто не ищет и какие контакты запрошены или согласованы – по сфере и району.
synergy-by-category = По сфере
synergy-by-district = По району
synergy-needs = Запросы
synergy-needs-without-offer = Запросы без подходящего предложения
synergy-offers = Предложения
synergy-offers-unasked = Предложения, которые никто не ищет
synergy-in-progress = Запрошенные контакты
synergy-agreed = Согласованное сотрудничество
synergy-none = Нет.
digest-label = Еженедельное письмо с новыми подходящими предложениями и запросами для наших организаций
digest-save = Сохранить настройку
mail-digest-subject = Новые подходящие предложения и запросы для Вашей организации
mail-digest-body =
    Здравствуйте,

    на этой неделе есть новые подходящие предложения и запросы для Вашей организации:

    { $matches }

    Запрос на контакт можно отправить на странице запроса. Отписаться от еженедельного письма можно в Вашем аккаунте:

    { $link }
