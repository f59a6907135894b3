# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
post-title-offer = Новое предложение от { $name }
# machine-drafted
post-title-need = Новая потребность от { $name }
# machine-drafted
post-intro-offer = Что Ваше объединение может предложить другим – помещения, устный перевод, знания, материалы, волонтёров? После этого Вам покажут подходящие потребности других объединений.
# machine-drafted
post-intro-need = Что ищет Ваше объединение? После сохранения Вы увидите подходящие предложения других объединений с объяснением, почему они подходят.
# machine-drafted
post-field-title = Заголовок
# machine-drafted
post-field-description = Описание
# machine-drafted
post-field-text-lang = Язык этих текстов
# machine-drafted
post-field-weekdays = В какие дни?
# machine-drafted
post-weekdays-hint = Если не отметить ни одного дня, подходит любой день.
# machine-drafted
post-field-time = Время
# machine-drafted
post-field-district = Где?
# machine-drafted
post-anywhere = в любом месте города
# machine-drafted
post-field-languages = На каких языках?
# machine-drafted
post-field-end-date = Действует до (по желанию)
# machine-drafted
post-choose = – пожалуйста, выберите –
# machine-drafted
post-submit-offer = Опубликовать предложение
# machine-drafted
post-submit-need = Опубликовать потребность
# machine-drafted
post-items-heading = Предложения и потребности
# machine-drafted
post-items-none = Сейчас у Вашего объединения нет открытых предложений или потребностей.
# machine-drafted
post-close = Выполнено – закрыть
# machine-drafted
post-new-offer = Новое предложение
# machine-drafted
post-new-need = Новая потребность
# machine-drafted
edit-profile-heading = Профиль
# machine-drafted
edit-saved-closed = Закрыто. Больше не показывается в списках.
# machine-drafted
form-error-date = Пожалуйста, укажите дату, например 2027-03-31.
# machine-drafted
form-error-date-past = Эта дата уже прошла.
# machine-drafted
post-field-visibility = Кто может это видеть?
# machine-drafted
post-visibility-public = Все
# machine-drafted
post-visibility-public-hint = Появляется в общедоступных списках, на карте и в профиле Вашего объединения.
# machine-drafted
post-visibility-network = Только сеть
# machine-drafted
post-visibility-network-hint = Видят только вошедшие в систему представительницы и представители объединений и Бюро по вопросам интеграции – не широкая публика.
# machine-drafted
post-title-edit-offer = Изменить предложение { $name }
# machine-drafted
post-title-edit-need = Изменить потребность { $name }
# machine-drafted
post-submit-changes = Сохранить изменения
# machine-drafted
item-edit = Редактировать
# machine-drafted
item-saved = Сохранено. Подходящие совпадения пересчитаны.
# machine-drafted
item-valid-until = действует до
# machine-drafted
item-expired-on = срок истёк { $date } – пожалуйста, продлите или закройте
