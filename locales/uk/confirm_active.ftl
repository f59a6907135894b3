# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.

confirm-active-title = Підтвердити запис
confirm-active-question = Чи запис «{ $organisation }» досі актуальний?
confirm-active-yes = Так, усе ще правильно
confirm-active-edit = Ні, я хочу відредагувати запис
confirm-active-edit-hint = Щоб редагувати, увійдіть у систему.
confirm-active-done = Щиро дякуємо! Запис «{ $organisation }» підтверджено як актуальний.
confirm-active-invalid = Це посилання недійсне, вже використане або термін його дії минув. Із питаннями звертайтеся до координаційного офісу.

inactive-title = Можливо, неактивні об’єднання
inactive-intro = Ці об’єднання не відповіли на щорічний запит. Ви можете їх заархівувати; заархівовані записи можна відновити.
inactive-empty = Наразі жодне об’єднання не позначено.
inactive-organisation = Об’єднання
inactive-reminded = Запит надіслано
inactive-flagged = Позначено
inactive-actions = Дії
inactive-no-recipient = адреса невідома
inactive-archive = Архівувати
