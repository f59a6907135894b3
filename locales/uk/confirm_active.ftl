# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.

# machine-drafted
confirm-active-title = Підтвердити запис
# machine-drafted
confirm-active-question = Чи запис «{ $organisation }» досі актуальний?
# machine-drafted
confirm-active-yes = Так, усе ще правильно
# machine-drafted
confirm-active-edit = Ні, я хочу відредагувати запис
# machine-drafted
confirm-active-edit-hint = Щоб редагувати, увійдіть у систему.
# machine-drafted
confirm-active-done = Щиро дякуємо! Запис «{ $organisation }» підтверджено як актуальний.
# machine-drafted
confirm-active-invalid = Це посилання недійсне, вже використане або термін його дії минув. Із питаннями звертайтеся до бюро з питань інтеграції.

# machine-drafted
inactive-title = Можливо, неактивні об’єднання
# machine-drafted
inactive-intro = Ці об’єднання не відповіли на щорічну перевірку. Ви можете їх заархівувати; заархівовані записи можна відновити.
# machine-drafted
inactive-empty = Наразі жодне об’єднання не позначено.
# machine-drafted
inactive-organisation = Об’єднання
# machine-drafted
inactive-reminded = Нагадування надіслано
# machine-drafted
inactive-flagged = Позначено
# machine-drafted
inactive-actions = Дії
# machine-drafted
inactive-no-recipient = адреса невідома
# machine-drafted
inactive-archive = Архівувати
