# Machine-drafted translation (Russian), awaiting review by a native speaker.

# machine-drafted
nav-inbox = Обращения
# machine-drafted
inbox-form-heading = Ваше обращение в бюро по вопросам интеграции
# machine-drafted
inbox-form-intro = У Вас есть идея, проблема или вопрос, или Вам нужна помощь? Напишите нам. Мы ответим на языке, который Вы выберете.
# machine-drafted
inbox-profile-link = Обращение в бюро по вопросам интеграции
# machine-drafted
inbox-choose = Пожалуйста, выберите
# machine-drafted
inbox-kind-idea = Идея
# machine-drafted
inbox-kind-concern = Проблема или критика
# machine-drafted
inbox-kind-question = Вопрос
# machine-drafted
inbox-kind-support = Просьба о помощи
# machine-drafted
inbox-topic-other = Другая тема
# machine-drafted
inbox-field-kind = Вид
# machine-drafted
inbox-field-topic = Сфера деятельности
# machine-drafted
inbox-field-text = Ваше сообщение
# machine-drafted
inbox-field-text-hint = Не более { $max } символов. Пишите на своём языке.
# machine-drafted
inbox-field-on-behalf = Отправитель
# machine-drafted
inbox-on-behalf-none = Только я лично
# machine-drafted
inbox-field-concerns = Касается следующих объединений
# machine-drafted
inbox-field-concerns-hint = Необязательно. Несколько — с клавишей Ctrl или долгим нажатием.
# machine-drafted
inbox-field-email = Адрес электронной почты для ответа
# machine-drafted
inbox-field-email-hint = Сначала мы пришлём Вам ссылку для подтверждения. Только после этого Ваше сообщение поступит.
# machine-drafted
inbox-field-email-hint-account = Оставьте пустым: ответ придёт на адрес Вашей учётной записи.
# machine-drafted
inbox-field-language = Язык ответа
# machine-drafted
inbox-honeypot = Пожалуйста, оставьте это поле пустым
# machine-drafted
inbox-privacy-hint = Ваше сообщение видит только бюро по вопросам интеграции. Никто другой не может его прочитать.
# machine-drafted
inbox-send = Отправить
# machine-drafted
inbox-step-title = Ваше обращение
# machine-drafted
inbox-step-sent = Почти готово: мы отправили ссылку на { $email }. Пожалуйста, откройте её, чтобы Ваше сообщение поступило.
# machine-drafted
inbox-step-sent-hint = Ссылка действительна 48 часов. Не получили письмо? Проверьте также папку «Спам».
# machine-drafted
inbox-step-confirm = Пожалуйста, подтвердите, что хотите отправить это сообщение с адреса { $email }:
# machine-drafted
inbox-step-confirm-button = Да, отправить сообщение
# machine-drafted
inbox-step-invalid = Эта ссылка больше не действительна: она уже использована или её срок истёк.
# machine-drafted
inbox-step-again = Написать сообщение заново
# machine-drafted
inbox-case-title = Обращение № { $id }
# machine-drafted
inbox-link-hint = Эта страница открывается только по Вашей личной ссылке. Пожалуйста, никому её не передавайте.
# machine-drafted
inbox-conversation = Переписка
# machine-drafted
inbox-sender-reply = Ответить
# machine-drafted
inbox-sender-reply-label = Ваш ответ
# machine-drafted
inbox-sender-reply-send = Отправить ответ
# machine-drafted
inbox-fact-status = Статус
# machine-drafted
inbox-fact-arrived = Поступило
# machine-drafted
inbox-fact-assignee = Ответственный
# machine-drafted
inbox-fact-age = Возраст
# machine-drafted
inbox-fact-first-answer = Первый ответ
# machine-drafted
inbox-fact-closed = Закрыто
# machine-drafted
inbox-fact-merged = Слито с обращением
# machine-drafted
inbox-who-sender = Отправитель
# machine-drafted
inbox-who-office = Бюро по вопросам интеграции
# machine-drafted
inbox-note-internal = внутренняя заметка
# machine-drafted
inbox-status-new = Новое
# machine-drafted
inbox-status-in-progress = В работе
# machine-drafted
inbox-status-waiting = Ждёт Вас
# machine-drafted
inbox-status-done = Выполнено
# machine-drafted
inbox-outcome-resolved = Ответ дан или решено
# machine-drafted
inbox-outcome-taken-up = Взято в работу
# machine-drafted
inbox-outcome-referred = Передано в компетентную службу
# machine-drafted
inbox-outcome-not-possible = Невозможно
# machine-drafted
inbox-outcome-duplicate = Дубликат
# machine-drafted
inbox-outcome-no-response = Нет обратной связи
# machine-drafted
inbox-event-created = Поступило
# machine-drafted
inbox-event-unassigned = Больше никто не ответственный
# machine-drafted
inbox-event-assigned = Ответственный: { $value }
# machine-drafted
inbox-event-status = Статус: { $value }
# machine-drafted
inbox-event-closed = Закрыто: { $value }
# machine-drafted
inbox-event-merged-into = Слито с обращением { $value }
# machine-drafted
inbox-event-merged-from = Обращение { $value } слито с этим
# machine-drafted
inbox-notice-received = Ваше сообщение поступило. Ссылку на эту страницу мы также отправили Вам по электронной почте.
# machine-drafted
inbox-notice-replied = Ответ сохранён.
# machine-drafted
inbox-notice-noted = Заметка сохранена.
# machine-drafted
inbox-notice-assigned = Ответственный сохранён.
# machine-drafted
inbox-notice-status = Статус изменён.
# machine-drafted
inbox-notice-closed = Обращение закрыто.
# machine-drafted
inbox-notice-merged = Обращение слито.
# machine-drafted
inbox-refused-closed = Обращение закрыто. Сначала верните его в статус «В работе».
# machine-drafted
inbox-refused-transition = Такое изменение статуса невозможно.
# machine-drafted
inbox-refused-conflict = Тем временем кто-то изменил обращение. Пожалуйста, просмотрите переписку и попробуйте ещё раз.
# machine-drafted
inbox-refused-rate = Слишком много сообщений за короткое время. Пожалуйста, попробуйте ещё раз через час.
# machine-drafted
inbox-refused-link = Эта ссылка больше не действительна.
# machine-drafted
inbox-mine-title = Мои обращения
# machine-drafted
inbox-mine-intro = Ваши сообщения в бюро по вопросам интеграции и сообщения Вашего объединения, со статусом и ответами.
# machine-drafted
inbox-mine-new = Новое обращение
# machine-drafted
inbox-mine-empty = Вы ещё не отправляли обращений.
# machine-drafted
inbox-queue-title = Входящие обращения
# machine-drafted
inbox-filters = Фильтры
# machine-drafted
inbox-filter-open = Открытые (не выполненные)
# machine-drafted
inbox-filter-all = Все
# machine-drafted
inbox-filter-any = Все
# machine-drafted
inbox-filter-anyone = Все сотрудники
# machine-drafted
inbox-filter-older = старше { $days } дней
# machine-drafted
inbox-filter-apply = Фильтровать
# machine-drafted
inbox-queue-empty = Для этого выбора обращений нет.
# machine-drafted
inbox-case = Обращение
# machine-drafted
inbox-age-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
# machine-drafted
inbox-history = Переписка с заметками
# machine-drafted
inbox-office-reply = Ответ отправителю
# machine-drafted
inbox-office-reply-hint = Показывается на странице отправителя и отправляется по электронной почте на выбранном им языке.
# machine-drafted
inbox-office-reply-send = Отправить ответ
# machine-drafted
inbox-office-note = Внутренняя заметка
# machine-drafted
inbox-office-note-hint = Видит только бюро по вопросам интеграции.
# machine-drafted
inbox-office-note-save = Сохранить заметку
# machine-drafted
inbox-assign-nobody = Никто
# machine-drafted
inbox-assign = Сохранить ответственного
# machine-drafted
inbox-set-status = Изменить статус
# machine-drafted
inbox-set-status-button = Сохранить статус
# machine-drafted
inbox-close = Закрыть
# machine-drafted
inbox-outcome = Результат
# machine-drafted
inbox-close-remark = Примечание (внутреннее, необязательно)
# machine-drafted
inbox-close-button = Закрыть
# machine-drafted
inbox-merge-into = Дубликат: слить с обращением №
# machine-drafted
inbox-merge-hint = Это обращение закрывается как дубликат; в переписке обоих обращений упоминается другое.
# machine-drafted
inbox-merge = Слить
# machine-drafted
form-error-inbox-text-too-long = Текст слишком длинный. Пожалуйста, сократите его до 4000 символов.
# machine-drafted
error-inbox-not-found-title = Обращение не найдено
# machine-drafted
error-inbox-not-found-text = Такого обращения нет, или ссылка неполная.
# machine-drafted
error-inbox-conflict-title = Не получилось
# machine-drafted
error-inbox-conflict-text = Обращение тем временем изменилось. Пожалуйста, обновите страницу.
# machine-drafted
mail-inbox-verify-subject = Пожалуйста, подтвердите своё сообщение в бюро по вопросам интеграции
# machine-drafted
mail-inbox-verify-body =
    Здравствуйте,

    Вы написали сообщение в бюро по вопросам интеграции через { $instance }. Пожалуйста, подтвердите свой адрес электронной почты по этой ссылке; только тогда сообщение поступит:

    { $link }

    Ссылка действительна 48 часов. Если это были не Вы, просто удалите это письмо.
# machine-drafted
mail-inbox-received-subject = Ваше сообщение поступило
# machine-drafted
mail-inbox-received-body =
    Здравствуйте,

    Ваше сообщение в бюро по вопросам интеграции поступило. Статус и наши ответы Вы видите на своей личной странице; там Вы также можете ответить:

    { $link }

    Пожалуйста, никому не передавайте эту ссылку.
# machine-drafted
mail-inbox-reply-subject = Бюро по вопросам интеграции ответило на Ваше сообщение
# machine-drafted
mail-inbox-reply-body =
    Здравствуйте,

    бюро по вопросам интеграции ответило Вам:

    { $reply }

    { $has_link ->
        [yes] Переписка и ответ:
       *[no] Чтобы увидеть переписку и ответить, откройте, пожалуйста, ссылку из нашего первого письма («Ваше сообщение поступило»).
    }

    { $link }

# machine-drafted
inbox-matching-report-suggested = Неверное совпадение: для потребности «{ $need }» ({ $need_url }) показано предложение «{ $offer }» ({ $offer_url }). Оно не подходит, потому что:
# machine-drafted
inbox-matching-report-missed = Пропущенное совпадение: для потребности «{ $need }» ({ $need_url }) не показано предложение «{ $offer }» ({ $offer_url }). Оно подходит, потому что:
