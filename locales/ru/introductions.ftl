# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
introductions-title = Запросы на контакт
# machine-drafted
introductions-intro = Здесь Вы видите, кто хочет познакомиться с Вашим объединением и к кому обратились Вы. Контактные данные появляются только после того, как обе стороны дали согласие.
# machine-drafted
introductions-none = Запросов на контакт пока нет.
# machine-drafted
introductions-contact = Как связаться с контактным лицом:
# machine-drafted
introductions-accept = Принять и обменяться контактными данными
# machine-drafted
introductions-decline = Отклонить
# machine-drafted
introductions-done = Сотрудничество завершено
# machine-drafted
introductions-ask = Запросить контакт
# machine-drafted
introductions-message = Сообщение другому объединению (по желанию)
# machine-drafted
introductions-send = Отправить запрос
# machine-drafted
introductions-dismiss = Не подходит – скрыть
# machine-drafted
introduction-state-requested = запрос отправлен
# machine-drafted
introduction-state-agreed = согласовано
# machine-drafted
introduction-state-declined = отклонено
# machine-drafted
introduction-state-done = завершено
# machine-drafted
introduction-state-dismissed = скрыто
# machine-drafted
error-introduction-conflict-title = Запрос уже отправлен
# machine-drafted
error-introduction-conflict-text = Для этого предложения и этой потребности уже есть запрос на контакт, или на него уже ответили.
# machine-drafted
mail-introduction-requested-subject = { $organisation } хочет познакомиться с Вашим объединением
# machine-drafted
mail-introduction-requested-body =
    Здравствуйте!

    «{ $organisation }» интересуется Вашим предложением «{ $offer }» – оно подходит к их потребности «{ $need }».

    { $message }

    Хотите ли Вы обменяться контактными данными, решите здесь:

    { $link }
# machine-drafted
mail-introduction-agreed-subject = Контакт с { $organisation }
# machine-drafted
mail-introduction-agreed-body =
    Здравствуйте!

    Обе стороны дали согласие: потребность «{ $need }» и предложение «{ $offer }».

    Как связаться с «{ $organisation }»: { $contact }

    { $link }
# machine-drafted
synergy-title = Синергии: предложения и потребности
# machine-drafted
synergy-intro = Какие потребности ещё не нашли подходящего предложения, какие предложения никто не ищет и какие контакты запрошены или согласованы – по категории и району.
# machine-drafted
synergy-by-category = По категории
# machine-drafted
synergy-by-district = По району
# machine-drafted
synergy-needs = Потребности
# machine-drafted
synergy-needs-without-offer = Потребности без подходящего предложения
# machine-drafted
synergy-offers = Предложения
# machine-drafted
synergy-offers-unasked = Предложения, которые никто не ищет
# machine-drafted
synergy-in-progress = Запрошенные контакты
# machine-drafted
synergy-agreed = Согласованное сотрудничество
# machine-drafted
synergy-none = Нет.
# machine-drafted
digest-label = Еженедельное письмо с новыми подходящими предложениями и потребностями для наших объединений
# machine-drafted
digest-save = Сохранить настройку
# machine-drafted
mail-digest-subject = Новые подходящие предложения и потребности для Вашего объединения
# machine-drafted
mail-digest-body =
    Здравствуйте,

    на этой неделе есть новые подходящие предложения и потребности для Вашего объединения:

    { $matches }

    Запрос на контакт можно отправить на странице потребности. Отписаться от еженедельного письма можно в Вашем аккаунте:

    { $link }
