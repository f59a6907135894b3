# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
post-title-offer = Нова пропозиція від { $name }
# machine-drafted
post-title-need = Нова потреба від { $name }
# machine-drafted
post-intro-offer = Що Ваше об’єднання може запропонувати іншим – приміщення, усний переклад, знання, матеріали, волонтерів? Після цього Вам покажуть відповідні потреби інших об’єднань.
# machine-drafted
post-intro-need = Що шукає Ваше об’єднання? Після збереження Ви побачите відповідні пропозиції інших об’єднань із поясненням, чому вони підходять.
# machine-drafted
post-field-title = Заголовок
# machine-drafted
post-field-description = Опис
# machine-drafted
post-field-text-lang = Мова цих текстів
# machine-drafted
post-field-weekdays = У які дні?
# machine-drafted
post-weekdays-hint = Якщо не позначити жодного дня, підходить будь-який день.
# machine-drafted
post-field-time = Час
# machine-drafted
post-field-district = Де?
# machine-drafted
post-anywhere = будь-де в місті
# machine-drafted
post-field-languages = Якими мовами?
# machine-drafted
post-field-end-date = Дійсне до (за бажанням)
# machine-drafted
post-choose = – будь ласка, виберіть –
# machine-drafted
post-submit-offer = Опублікувати пропозицію
# machine-drafted
post-submit-need = Опублікувати потребу
# machine-drafted
post-items-heading = Пропозиції та потреби
# machine-drafted
post-items-none = Зараз у Вашого об’єднання немає відкритих пропозицій чи потреб.
# machine-drafted
post-close = Виконано – закрити
# machine-drafted
post-new-offer = Нова пропозиція
# machine-drafted
post-new-need = Нова потреба
# machine-drafted
edit-profile-heading = Профіль
# machine-drafted
edit-saved-closed = Закрито. Більше не показується у списках.
# machine-drafted
form-error-date = Будь ласка, вкажіть дату, наприклад 2027-03-31.
# machine-drafted
form-error-date-past = Ця дата вже минула.
# machine-drafted
post-field-visibility = Хто може це бачити?
# machine-drafted
post-visibility-public = Усі
# machine-drafted
post-visibility-public-hint = З'являється в загальнодоступних списках, на мапі та в профілі Вашого об'єднання.
# machine-drafted
post-visibility-network = Лише мережа
# machine-drafted
post-visibility-network-hint = Бачать лише представниці й представники об’єднань, що увійшли в систему, та Бюро з питань інтеграції – не широка публіка.
# machine-drafted
post-title-edit-offer = Змінити пропозицію { $name }
# machine-drafted
post-title-edit-need = Змінити потребу { $name }
# machine-drafted
post-submit-changes = Зберегти зміни
# machine-drafted
item-edit = Редагувати
# machine-drafted
item-saved = Збережено. Відповідні збіги перераховано.
# machine-drafted
item-valid-until = діє до
# machine-drafted
item-expired-on = термін минув { $date } – будь ласка, продовжте або закрийте
