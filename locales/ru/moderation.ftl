# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
edit-title = Редактирование: { $name }
# machine-drafted
edit-public-page = Публичная страница
# machine-drafted
edit-saved-pending = Сохранено. Бюро по вопросам интеграции проверит изменение; до тех пор посетители видят прежнюю версию.
# machine-drafted
edit-saved-published = Сохранено и опубликовано.
# machine-drafted
edit-saved-unchanged = Сохранять было нечего: данные не изменились.
# machine-drafted
edit-pending-heading = Ожидает проверки.
# machine-drafted
edit-pending-text = Ваше последнее изменение проверяет бюро по вопросам интеграции. Здесь Вы видите изменённую версию; публично пока видна прежняя.
# machine-drafted
form-errors-heading = Пожалуйста, проверьте эти данные:
# machine-drafted
form-required = обязательное поле
# machine-drafted
edit-section-basics = Основные данные
# machine-drafted
edit-section-texts = Описание
# machine-drafted
edit-section-work = Деятельность и языки
# machine-drafted
edit-section-place = Место
# machine-drafted
edit-section-contact = Контакты объединения
# machine-drafted
edit-section-persons = Контактные лица
# machine-drafted
edit-name = Название объединения
# machine-drafted
edit-short-name = Краткое название
# machine-drafted
edit-legal-form = Организационно-правовая форма
# machine-drafted
edit-mso = Мы – самоорганизация мигрантов
# machine-drafted
edit-founded = Год основания
# machine-drafted
edit-summary = Краткое описание (одно предложение)
# machine-drafted
edit-description = Подробное описание
# machine-drafted
edit-meeting-times = Время встреч
# machine-drafted
edit-other-languages = Тексты на других языках (по желанию)
# machine-drafted
edit-categories = Сферы деятельности
# machine-drafted
edit-target-groups = Для кого
# machine-drafted
edit-languages = Языки общения
# machine-drafted
edit-origins = Страны или регионы происхождения
# machine-drafted
edit-origins-hint = Разделяйте запятыми, например: Сирия, Ирак
# machine-drafted
edit-street = Улица и номер дома
# machine-drafted
edit-postcode = Почтовый индекс
# machine-drafted
edit-city = Населённый пункт
# machine-drafted
edit-district = Район
# machine-drafted
edit-district-none = – без района –
# machine-drafted
edit-position = Положение на карте
# machine-drafted
edit-position-hint = Широта и долгота, например 48.8975 и 9.1920. Если оставить поля пустыми, объединение будет размещено на карте по почтовому индексу или району.
# machine-drafted
edit-lat = Широта
# machine-drafted
edit-lon = Долгота
# machine-drafted
edit-wheelchair = Безбарьерный доступ
# machine-drafted
edit-wheelchair-unknown = – не указано –
# machine-drafted
edit-phone = Телефон
# machine-drafted
edit-website = Веб-сайт
# machine-drafted
edit-social = Социальные сети
# machine-drafted
edit-social-hint = Одна ссылка в строке.
# machine-drafted
edit-persons-hint = Данные о человеке показываются публично, только если он на это согласился. Данные с отметкой «Только сеть» видят объединения, вошедшие в систему, и бюро по вопросам интеграции; с отметкой «Только бюро по вопросам интеграции» – только бюро.
# machine-drafted
edit-person-new = Ещё один человек
# machine-drafted
edit-person-name = Имя
# machine-drafted
edit-person-function = Роль в объединении
# machine-drafted
edit-person-visibility = Кто может видеть эти данные?
# machine-drafted
edit-person-consent = Этот человек согласился, чтобы его данные показывались так, как выбрано. Если снять отметку, согласие будет отозвано, и человек больше не будет показываться публично.
# machine-drafted
edit-submit-hint = Бюро по вопросам интеграции проверяет изменения, прежде чем они станут публичными.
# machine-drafted
edit-submit = Сохранить изменения
# machine-drafted
visibility-public = Публично
# machine-drafted
visibility-network = Только сеть
# machine-drafted
visibility-office = Только бюро по вопросам интеграции
# machine-drafted
form-error-required = Пожалуйста, заполните это поле.
# machine-drafted
form-error-repeated = Это поле пришло несколько раз с разными значениями. Все они показаны здесь вместе – пожалуйста, проверьте значение и отправьте форму ещё раз.
# machine-drafted
form-error-too-short = Это слишком коротко.
# machine-drafted
form-error-too-long = Это слишком длинно.
# machine-drafted
form-error-choose-one = Пожалуйста, выберите вариант из списка.
# machine-drafted
form-error-year = Пожалуйста, укажите год от 1800 до текущего, например 2015.
# machine-drafted
form-error-unknown-choice = Такого варианта нет. Пожалуйста, выберите из списка.
# machine-drafted
form-error-postcode = Пожалуйста, укажите пятизначный почтовый индекс, например 71634.
# machine-drafted
form-error-position = Пожалуйста, укажите оба числа, например 48.8975 и 9.1920, или оставьте оба поля пустыми.
# machine-drafted
form-error-email = Пожалуйста, укажите действительный адрес электронной почты, например info@verein.de.
# machine-drafted
form-error-phone = Пожалуйста, укажите номер телефона цифрами, например 07141 123456.
# machine-drafted
form-error-link = Пожалуйста, укажите полную ссылку, например https://www.verein.de.
# machine-drafted
form-error-too-many = Слишком много записей.
# machine-drafted
diff-caption = Изменённые данные
# machine-drafted
diff-field = Поле
# machine-drafted
diff-before = Было
# machine-drafted
diff-after = Стало
# machine-drafted
diff-none = Данные не изменены.
# machine-drafted
diff-yes = да
# machine-drafted
diff-no = нет
# machine-drafted
diff-field-name = Название
# machine-drafted
diff-field-short-name = Краткое название
# machine-drafted
diff-field-legal-form = Организационно-правовая форма
# machine-drafted
diff-field-mso = Самоорганизация мигрантов
# machine-drafted
diff-field-founded = Год основания
# machine-drafted
diff-field-summary = Краткое описание
# machine-drafted
diff-field-description = Описание
# machine-drafted
diff-field-categories = Сферы деятельности
# machine-drafted
diff-field-target-groups = Для кого
# machine-drafted
diff-field-languages = Языки
# machine-drafted
diff-field-origins = Происхождение
# machine-drafted
diff-field-address = Адрес
# machine-drafted
diff-field-district = Район
# machine-drafted
diff-field-position = Положение
# machine-drafted
diff-field-wheelchair = Безбарьерный доступ
# machine-drafted
diff-field-meeting-times = Время встреч
# machine-drafted
diff-field-contact-email = Эл. почта
# machine-drafted
diff-field-contact-phone = Телефон
# machine-drafted
diff-field-contact-website = Веб-сайт
# machine-drafted
diff-field-contact-social = Социальные сети
# machine-drafted
diff-field-contact-persons = Контактное лицо
# machine-drafted
diff-field-contact-persons-consent = Согласие контактного лица
# machine-drafted
review-title = Список на проверку
# machine-drafted
review-intro = Изменения и рекомендации новых объединений, которые ждут Вашей проверки. До одобрения посетители видят прежнюю версию.
# machine-drafted
review-empty = Проверять нечего.
# machine-drafted
review-new = Новое объединение
# machine-drafted
review-meta = Автор: { $author }, { $time } (версия { $number })
# machine-drafted
review-comment = Комментарий
# machine-drafted
review-comment-required = Пожалуйста, кратко напишите, почему изменение не одобрено. Объединение получит комментарий по электронной почте.
# machine-drafted
review-approve = Одобрить
# machine-drafted
review-reject = Не одобрять
# machine-drafted
review-done-approved = Одобрено. Изменение опубликовано, объединение уведомлено по электронной почте.
# machine-drafted
review-done-rejected = Не одобрено. Объединение уведомлено по электронной почте вместе с Вашим комментарием.
# machine-drafted
review-state-pending = ожидает проверки
# machine-drafted
review-state-approved = одобрено
# machine-drafted
review-state-rejected = не одобрено
# machine-drafted
duplicate-heading = Возможно, уже есть в каталоге:
# machine-drafted
duplicate-similar-name = похожее название
# machine-drafted
duplicate-nearby = в { $metres } м
# machine-drafted
history-title = Версии: { $name }
# machine-drafted
history-title-short = Версии
# machine-drafted
history-version = Версия { $number }
# machine-drafted
history-current = публичная
# machine-drafted
history-restore = Восстановить версию { $number }
# machine-drafted
history-archive = Архивировать
# machine-drafted
history-unarchive = Вернуть из архива
# machine-drafted
history-archived = Эта запись в архиве и не видна публично.
# machine-drafted
history-trust = Отметить как надёжное
# machine-drafted
history-untrust = Снять отметку надёжности
# machine-drafted
history-trusted = Надёжное: изменения этого объединения публикуются сразу (и сохраняются как версии).
# machine-drafted
history-not-trusted = Изменения этого объединения проверяются перед публикацией.
# machine-drafted
review-done-claim = Выполнено.
# machine-drafted
edit-position-drag = Вы также можете перетащить метку на карте или щёлкнуть по карте — числа заполнятся сами.
# machine-drafted
review-comment-hint = Обязательно, если Вы не одобряете: объединение получит комментарий по электронной почте.
