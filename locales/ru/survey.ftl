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
