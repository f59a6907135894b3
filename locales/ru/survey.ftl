# Machine-drafted translation (Russian), awaiting review by a native speaker.
# The survey of associations: list and dashboard for the office, questionnaire for the associations.

# machine-drafted
nav-surveys = Опросы
# machine-drafted
survey-list-title = Опросы объединений
# machine-drafted
survey-list-none = Опросов пока нет.
# machine-drafted
survey-title = Название
# machine-drafted
survey-status = Статус
# machine-drafted
survey-status-draft = черновик
# machine-drafted
survey-status-open = идёт
# machine-drafted
survey-status-closed = завершён
# machine-drafted
survey-invited = Приглашено
# machine-drafted
survey-responses = Ответы
# machine-drafted
survey-rate = Доля ответов
# machine-drafted
survey-dashboard = Результаты
# machine-drafted
survey-anonymous = оценивается анонимно
# machine-drafted
survey-export-csv = Скачать ответы в CSV
# machine-drafted
survey-export-codebook = Кодовая книга (CSV)
# machine-drafted
survey-filters = Фильтровать и сравнивать
# machine-drafted
survey-filter-mso = Самоорганизация мигрантов
# machine-drafted
survey-filter-field = Сфера деятельности
# machine-drafted
survey-filter-district = Район
# machine-drafted
survey-filter-all = все
# machine-drafted
survey-cross-by = Перекрёстная таблица по
# machine-drafted
survey-cross-none = нет
# machine-drafted
survey-by-mso = Самоорганизация мигрантов да/нет
# machine-drafted
survey-by-field = Сфера деятельности
# machine-drafted
survey-by-district = Район
# machine-drafted
survey-search = Поиск по свободным текстам
# machine-drafted
survey-apply = Показать
# machine-drafted
survey-suppression-rule = Этот опрос анонимный: в отфильтрованных видах и перекрёстных таблицах группы, где меньше { $min } ответов, не показываются.
# machine-drafted
survey-shown = После фильтра ответов: { $count }.
# machine-drafted
survey-suppressed = Для этого выбора слишком мало ответов: в анонимном опросе при числе ответов меньше { $min } Вы не увидите цифр.
# machine-drafted
survey-answered = Ответов: { $count }
# machine-drafted
survey-cross-suppressed = В перекрёстной таблице скрыты группы, где меньше { $min } ответов.
# machine-drafted
survey-mean = Среднее
# machine-drafted
survey-answer = Ответ
# machine-drafted
survey-count = Количество
# machine-drafted
survey-no-answers = нет ответов
# machine-drafted
survey-chart-desc = Ответов: { $answered }. Чаще всего: { $top } ({ $count }).
# machine-drafted
survey-chart-desc-none = Ответов: { $answered }, ничего не выбрано.
# machine-drafted
survey-texts = Свободные тексты
# machine-drafted
survey-texts-none = Свободных текстов нет (или ни один не соответствует поиску).
# machine-drafted
survey-group = Группа
# machine-drafted
survey-group-mso = Самоорганизация мигрантов
# machine-drafted
survey-group-not-mso = другие объединения
# machine-drafted
survey-group-no-district = без района
# machine-drafted
survey-group-suppressed = меньше { $min } ответов – не показано
# machine-drafted
survey-cross-caption = { $question } по признаку «{ $by }»
# machine-drafted
survey-kind-single-choice = Один вариант
# machine-drafted
survey-kind-multiple-choice = Несколько вариантов
# machine-drafted
survey-kind-scale = Шкала 1–5
# machine-drafted
survey-kind-number = Число
# machine-drafted
survey-kind-short-text = Короткий текст
# machine-drafted
survey-kind-long-text = Длинный текст
# machine-drafted
survey-kind-yes-no = Да/нет
# machine-drafted
survey-kind-categories = Сферы деятельности
# machine-drafted
survey-kind-languages = Языки
# machine-drafted
survey-yes = Да
# machine-drafted
survey-no = Нет
# machine-drafted
survey-other = Другое
# machine-drafted
survey-other-text = Другое, а именно:
# machine-drafted
survey-for = Для
# machine-drafted
survey-progress = Страница { $number } из { $total }
# machine-drafted
survey-required = обязательно
# machine-drafted
survey-in-german = Этого вопроса пока нет на Вашем языке; он показан на немецком.
# machine-drafted
survey-next = Далее
# machine-drafted
survey-back = Назад
# machine-drafted
survey-submit = Отправить ответы
# machine-drafted
survey-later = Сохранить и продолжить позже
# machine-drafted
survey-thanks = Спасибо! Ваши ответы сохранены. До завершения опроса Вы можете изменить их по той же ссылке.
# machine-drafted
survey-saved-later = Сохранено. По той же ссылке Вы можете продолжить здесь в любое время.
# machine-drafted
survey-editable = Ваши ответы уже отправлены. Вы можете изменить их до завершения опроса.
# machine-drafted
survey-not-open = Этот опрос сейчас не принимает ответы.
# machine-drafted
survey-error-required = Пожалуйста, ответьте на этот вопрос.
# machine-drafted
survey-error-unknown-option = Пожалуйста, выберите один из данных ответов.
# machine-drafted
survey-error-other-text-missing = Вы выбрали «Другое»: пожалуйста, напишите, что именно.
# machine-drafted
survey-error-single-value = Пожалуйста, выберите только один ответ.
# machine-drafted
survey-error-not-a-number = Пожалуйста, введите целое число, напр. 12.
# machine-drafted
survey-error-out-of-range = Это число вне допустимого диапазона.
# machine-drafted
survey-error-too-long = Этот текст слишком длинный.
# machine-drafted
survey-error-unknown-language = Мы не знаем этот язык.
# machine-drafted
survey-error-unknown-category = Такой сферы деятельности нет.
# machine-drafted
survey-error-too-many = Это слишком много ответов.
# machine-drafted
error-survey-not-found-title = Опрос не найден
# machine-drafted
error-survey-not-found-text = Такой ссылки нет (больше нет). Возможно, тем временем пришло напоминание с новой ссылкой; иначе обратитесь, пожалуйста, в бюро по вопросам интеграции.
# machine-drafted
error-survey-not-open-title = Опрос не открыт
# machine-drafted
error-survey-not-open-text = Этот опрос сейчас не принимает ответы.

# Приглашения и напоминания (страница бюро по вопросам интеграции) и их письма.
# machine-drafted
survey-invite-title = Приглашения
# machine-drafted
survey-invite-progress = Ход ответов
# machine-drafted
survey-invite-state-submitted = отправлено
# machine-drafted
survey-invite-state-started = начато
# machine-drafted
survey-invite-state-waiting = ещё не начато
# machine-drafted
survey-invite-send = Пригласить объединения
# machine-drafted
survey-invite-hint = Каждое объединение получает по электронной почте личную ссылку: его представителям, иначе на его публичный адрес. Уже приглашённые объединения второго приглашения не получают.
# machine-drafted
survey-invite-whom = Кого пригласить?
# machine-drafted
survey-invite-scope-all = все ещё не приглашённые объединения ({ $count })
# machine-drafted
survey-invite-scope-filter = объединения с такими признаками
# machine-drafted
survey-invite-scope-list = только отмеченные объединения
# machine-drafted
survey-invite-everyone = Все опубликованные объединения уже приглашены.
# machine-drafted
survey-invite-submit = Отправить приглашения
# machine-drafted
survey-remind-title = Напомнить
# machine-drafted
survey-remind-rule = Напоминание получают только объединения, которые ещё не отправили ответы, каждое не чаще раза в неделю. В напоминании новая ссылка; старая перестаёт действовать, сохранённые ответы остаются.
# machine-drafted
survey-remind-submit = { $count ->
    [one] Напомнить { $count } объединению
   *[other] Напомнить { $count } объединениям
}
# machine-drafted
survey-remind-none = Сейчас нет напоминаний, которые пора отправить.
# machine-drafted
survey-invite-list = Приглашённые объединения
# machine-drafted
survey-invite-none = Ещё ни одно объединение не приглашено.
# machine-drafted
survey-invite-association = Объединение
# machine-drafted
survey-invite-invited-on = Приглашено
# machine-drafted
survey-invite-reminded-on = Последнее напоминание
# machine-drafted
survey-invite-next-reminder = Следующее напоминание
# machine-drafted
survey-invite-remind-now = можно сейчас
# machine-drafted
survey-invite-remind-from = с { $date }
# machine-drafted
survey-invite-unpublished = (объединение больше не опубликовано)
# machine-drafted
survey-invite-done = { $count ->
    [one] Приглашено { $count } объединение.
    [few] Приглашено { $count } объединения.
   *[other] Приглашено { $count } объединений.
}
# machine-drafted
survey-invite-already = { $count ->
    [one] { $count } объединение уже было приглашено.
   *[other] Объединения ({ $count }) уже были приглашены.
}
# machine-drafted
survey-invite-no-address = { $count ->
    [one] У { $count } объединения нет адреса электронной почты, письмо не отправлено.
   *[other] У объединений ({ $count }) нет адреса электронной почты, письма не отправлены.
}
# machine-drafted
survey-invite-refused-closed = Этот опрос завершён: приглашать новые объединения больше нельзя.
# machine-drafted
survey-remind-refused-not-open = Напоминания отправляются, только пока опрос идёт.
# machine-drafted
survey-invite-error-filter = Пожалуйста, выберите хотя бы один признак.
# machine-drafted
survey-invite-error-list = Пожалуйста, отметьте хотя бы одно объединение.
# machine-drafted
survey-invite-error-scope = Пожалуйста, выберите, кого Вы хотите пригласить.
# machine-drafted
mail-survey-invitation-subject = Приглашение к опросу «{ $survey }»
# machine-drafted
mail-survey-invitation-body =
    Здравствуйте!

    Бюро по вопросам интеграции приглашает «{ $organisation }» принять участие в опросе «{ $survey }». По этой личной ссылке любой человек из Вашего объединения может ответить без входа в систему; можно сохранить ответы и продолжить позже:

    { $link }

    { $has_closes ->
        [yes] Опрос идёт до { $closes }.
       *[no] { "" }
    }

    Пожалуйста, не передавайте ссылку посторонним.
# machine-drafted
mail-survey-reminder-subject = Напоминание: опрос «{ $survey }»
# machine-drafted
mail-survey-reminder-body =
    Здравствуйте!

    Ваше объединение «{ $organisation }» ещё не отправило ответы на опрос «{ $survey }». Бюро по вопросам интеграции ждёт Ваших ответов. Вот Ваша новая личная ссылка; прежняя больше не действует, уже сохранённые ответы остаются:

    { $link }

    { $has_closes ->
        [yes] Опрос идёт до { $closes }.
       *[no] { "" }
    }

# Конструктор анкеты бюро по вопросам интеграции и предварительный просмотр.
# machine-drafted
survey-build-title = Редактировать анкету
# machine-drafted
survey-build-new = Новый опрос
# machine-drafted
survey-build-create = Создать опрос
# machine-drafted
survey-build-slug = Адрес (короткое имя)
# machine-drafted
survey-build-slug-hint = Строчные латинские буквы, цифры и дефисы, напр. survey-2027. Оставьте пустым — адрес будет образован из названия.
# machine-drafted
survey-build-links = Редактирование и приглашения
# machine-drafted
survey-build-saved = Сохранено.
# machine-drafted
survey-build-has-answers = Ответы уже есть. Добавлять вопросы и варианты ответа и менять тексты можно; изменения, которые сделали бы сохранённые ответы непригодными, отклоняются. Перед удалением вопроса Вас сначала спросят; его ответы останутся сохранёнными.
# machine-drafted
survey-build-preview = Предварительный просмотр
# machine-drafted
survey-build-preview-note = Предварительный просмотр: так анкету видит объединение. Здесь ничего не сохраняется; все вопросы с условием показаны с пометкой.
# machine-drafted
survey-build-questions = Вопросы
# machine-drafted
survey-build-no-questions = Вопросов пока нет.
# machine-drafted
survey-build-condition = Условие
# machine-drafted
survey-build-edit = Редактировать
# machine-drafted
survey-build-up = Выше
# machine-drafted
survey-build-down = Ниже
# machine-drafted
survey-build-remove = Удалить
# machine-drafted
survey-build-remove-confirm = Да, удалить — сохранённые ответы останутся
# machine-drafted
survey-build-cancel = Отмена
# machine-drafted
survey-build-add = Добавить вопрос
# machine-drafted
survey-build-edit-question = Редактировать вопрос
# machine-drafted
survey-build-section = Часть
# machine-drafted
survey-build-new-section = новая часть (новая страница)
# machine-drafted
survey-build-kind = Тип вопроса
# machine-drafted
survey-build-key = Идентификатор
# machine-drafted
survey-build-key-hint = Строчные латинские буквы, цифры и _, напр. rooms. Это столбец в экспорте CSV.
# machine-drafted
survey-build-text = Текст вопроса
# machine-drafted
survey-build-help = Текст подсказки
# machine-drafted
survey-build-options = Варианты ответа
# machine-drafted
survey-build-options-hint = По одному в строке, как «идентификатор | текст» или только текст. На других языках: тексты в том же порядке.
# machine-drafted
survey-build-other = Разрешить «Другое: …»
# machine-drafted
survey-build-low = Текст для 1
# machine-drafted
survey-build-high = Текст для 5
# machine-drafted
survey-build-min = Наименьшее число
# machine-drafted
survey-build-max = Наибольшее число
# machine-drafted
survey-build-profile-linked = Ответы можно с согласия перенести в профиль (только сферы деятельности и языки)
# machine-drafted
survey-build-condition-question = Показывать, только если ответ на этот вопрос …
# machine-drafted
survey-build-always = (показывать всегда)
# machine-drafted
survey-build-condition-value = … равен этому значению
# machine-drafted
survey-build-condition-value-hint = Идентификатор варианта ответа, yes или no, либо от 1 до 5 для шкалы.
# machine-drafted
survey-build-translations = Переводы
# machine-drafted
survey-build-translations-hint = Если перевода нет, показан немецкий текст, и анкета об этом сообщает.
# machine-drafted
survey-build-save = Сохранить
# machine-drafted
survey-build-settings = Название, сроки и анонимность
# machine-drafted
survey-build-intro = Вступление
# machine-drafted
survey-build-section-title = Заголовок части
# machine-drafted
survey-build-anonymous = Оценивать анонимно (малые группы не показаны в отфильтрованных видах)
# machine-drafted
survey-build-opens = Начинается
# machine-drafted
survey-build-closes = Заканчивается
# machine-drafted
survey-build-shown-when = Виден, только если на «{ $question }» ответили «{ $value }».
# machine-drafted
survey-build-conflict = Тем временем кто-то другой изменил анкету. Пожалуйста, перезагрузите страницу и попробуйте ещё раз.
# machine-drafted
survey-build-error-title = Пожалуйста, введите название на немецком.
# machine-drafted
survey-build-error-date = Пожалуйста, укажите дату и время, напр. 2027-03-01 09:00.
# machine-drafted
survey-build-error-dates = Конец должен быть позже начала.
# machine-drafted
survey-build-error-slug = Пожалуйста, только строчные латинские буквы, цифры и дефисы.
# machine-drafted
survey-build-error-slug-taken = Этот адрес уже занят другим опросом.
# machine-drafted
survey-build-error-section = Пожалуйста, выберите часть.
# machine-drafted
survey-build-error-key = Идентификатор состоит из строчных латинских букв, цифр и _ (не более 40 символов).
# machine-drafted
survey-build-error-text-missing = Пожалуйста, введите текст вопроса на немецком.
# machine-drafted
survey-build-error-too-many-options = Не более 50 вариантов ответа.
# machine-drafted
survey-build-error-option-key = Каждому варианту ответа нужен текст и идентификатор из строчных латинских букв, цифр и _ («other» занят).
# machine-drafted
survey-build-error-option-twice = У двух вариантов ответа одинаковый идентификатор.
# machine-drafted
survey-build-error-no-options = Пожалуйста, укажите хотя бы один вариант ответа.
# machine-drafted
survey-build-error-scale-ends = Пожалуйста, подпишите оба конца шкалы на немецком.
# machine-drafted
survey-build-error-range = Наименьшее число не может быть больше наибольшего.
# machine-drafted
survey-build-error-range-number = Пожалуйста, укажите наименьшее и наибольшее число целыми числами.
# machine-drafted
survey-build-error-kind = Пожалуйста, выберите тип вопроса.
# machine-drafted
survey-build-error-condition-value-missing = Пожалуйста, укажите значение, при котором появляется вопрос.
# machine-drafted
survey-build-invalid-empty = В анкете пока нет ни одного вопроса.
# machine-drafted
survey-build-invalid-invalid-key = Этот идентификатор недействителен.
# machine-drafted
survey-build-invalid-duplicate-key = Такой идентификатор в анкете уже есть.
# machine-drafted
survey-build-invalid-missing-text = У одного из вопросов нет немецкого текста.
# machine-drafted
survey-build-invalid-no-options = У вопроса с выбором нет вариантов ответа.
# machine-drafted
survey-build-invalid-bad-range = Наименьшее число больше наибольшего.
# machine-drafted
survey-build-invalid-condition-unknown = Условие должно называть вопрос из предыдущей части.
# machine-drafted
survey-build-invalid-condition-value = Названный вопрос не может иметь такого значения.
# machine-drafted
survey-build-refused-kind = Ответы уже есть: тип вопроса { $question } изменить больше нельзя.
# machine-drafted
survey-build-refused-option = Ответы уже есть: вариант { $option } вопроса { $question } удалить больше нельзя.
# machine-drafted
survey-build-refused-range = Ответы уже есть: диапазон чисел вопроса { $question } можно только расширить.
# machine-drafted
survey-build-refused-other = Ответы уже есть: «Другое» в вопросе { $question } удалить больше нельзя.
# machine-drafted
survey-build-confirm-remove = На вопрос { $question } уже есть ответы. Если Вы его удалите, он больше не появится в анкете и результатах; ответы останутся сохранёнными.

# machine-drafted
survey-consent = Обновить наш профиль этими ответами (сферы деятельности и языки)
# machine-drafted
survey-consent-hint = Бюро по вопросам интеграции проверяет изменение, прежде чем оно появится в профиле. Без отметки профиль останется как есть.

# The PDF report (documents crate)

# machine-drafted
survey-export-pdf = Скачать отчёт в PDF
# machine-drafted
survey-export-pdf-filtered = Скачать отчёт по этой выборке в PDF
# machine-drafted
survey-report-period = Опрос с { $from } по { $to }
# machine-drafted
survey-report-filtered = Выборка: { $filters }.
# machine-drafted
survey-report-response = Отклик
# machine-drafted
survey-report-def-invited = Объединения, получившие личное приглашение.
# machine-drafted
survey-report-def-responses = Объединения, отправившие анкету.
# machine-drafted
survey-report-def-rate = Число ответов, делённое на число приглашённых.
# machine-drafted
survey-report-part = Часть { $number }
# machine-drafted
survey-report-no-texts = нет ответов в свободной форме

# Delivery of the invitation mails; reminders through the job queue

# machine-drafted
survey-invite-state-mail-pending = письмо отправляется
# machine-drafted
survey-invite-state-mail-failed = письмо не доставлено
# machine-drafted
survey-invite-mail-pending = { $count ->
    [one] { $count } приглашение ещё ждёт отправки и пока не считается отправленным.
   *[other] { $count } приглашений ещё ждут отправки и пока не считаются отправленными.
}
# machine-drafted
survey-invite-mail-failed = { $count ->
    [one] Письмо { $count } объединению не удалось отправить: оно не считается приглашённым, ему можно сразу напомнить снова.
   *[other] Письма { $count } объединениям не удалось отправить: они не считаются приглашёнными, им можно сразу напомнить снова.
}
# machine-drafted
survey-remind-queued = { $count ->
    [0] Сейчас нет напоминаний к отправке.
    [one] { $count } напоминание отправляется в фоновом режиме.
   *[other] { $count } напоминаний отправляются в фоновом режиме.
}

## The summary at the top of the dashboard ("at a glance")
# machine-drafted
survey-glance-title = Кратко
# machine-drafted
survey-glance-rate = Ответили { $responses } из { $invited } приглашённых объединений ({ $rate }).
# machine-drafted
survey-glance-varied = Большое разнообразие в вопросах
# machine-drafted
survey-glance-shared = Похожие ответы в вопросах
# machine-drafted
survey-glance-spread-varied = Большое разнообразие
# machine-drafted
survey-glance-spread-mixed = Отчасти похожи, отчасти различны
# machine-drafted
survey-glance-spread-shared = Похожие ответы
# machine-drafted
survey-glance-measure-varied = Разных ответов: { $distinct }; { $top } самых частых составляют { $cover } % всех упоминаний.
# machine-drafted
survey-glance-measure-shared = Каждый из { $top } самых частых ответов назвали не менее { $reach } % объединений (всего разных ответов: { $distinct }).
# machine-drafted
survey-glance-measure-mixed = Разных ответов: { $distinct }; { $top } самых частых составляют { $cover } % всех упоминаний, каждый назвали не менее { $reach } % объединений.
# machine-drafted
survey-glance-measure-few = Разных ответов: { $distinct }; слишком мало ответов для оценки.
# machine-drafted
survey-glance-share = { $percent } % ({ $count } из { $answered })
# machine-drafted
survey-glance-mean = Среднее { $mean } по шкале от 1 ({ $low }) до 5 ({ $high }).
# machine-drafted
survey-glance-legend = Как измерено: доли считаются от объединений, ответивших на вопрос; можно выбрать несколько ответов. «Похожие ответы»: каждый из { $top } самых частых ответов назвали не менее { $shared } % объединений. «Большое разнообразие»: не менее { $distinct } разных ответов, и хотя бы один из { $top } самых частых назвали менее { $varied } % объединений. Если ответов меньше { $min }, оценки нет.
# machine-drafted
survey-glance-share-heading = Доля ответивших объединений
