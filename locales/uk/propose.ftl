# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
propose-title = Порекомендувати об’єднання
# machine-drafted
propose-intro = Вашого об’єднання немає в довіднику? Порекомендуйте його тут. Обліковий запис не потрібен. Ми надішлемо Вам посилання для підтвердження адреси електронної пошти. Потім бюро з питань інтеграції перевірить рекомендацію, перш ніж вона стане публічною.
# machine-drafted
propose-link = Вашого об’єднання немає? Порекомендуйте
# machine-drafted
propose-choose = Будь ласка, виберіть
# machine-drafted
propose-section-association = Об’єднання
# machine-drafted
propose-section-place = Місце й контакти (публічно)
# machine-drafted
propose-section-you = Ваші дані (не публічно)
# machine-drafted
propose-other-languages = Короткий опис іншою мовою (за бажанням)
# machine-drafted
propose-public-email = Адреса електронної пошти об’єднання
# machine-drafted
propose-proposer-email = Ваша адреса електронної пошти
# machine-drafted
propose-proposer-email-hint = На цю адресу ми надішлемо посилання для підтвердження. Її не буде опубліковано; бюро з питань інтеграції використовує її лише для уточнень щодо цієї рекомендації.
# machine-drafted
propose-note = Повідомлення для бюро з питань інтеграції (за бажанням)
# machine-drafted
propose-submit-hint = Після надсилання Ви отримаєте лист із посиланням для підтвердження. Об’єднання з’явиться в довіднику лише після Вашого підтвердження та перевірки бюро з питань інтеграції.
# machine-drafted
propose-submit = Надіслати рекомендацію
# machine-drafted
propose-duplicates-heading = Це одне з цих об’єднань?
# machine-drafted
propose-duplicates-text = Ці записи в довіднику мають схожу назву або розташовані поблизу. Будь ласка, перевірте, чи Ваше об’єднання вже є в довіднику.
# machine-drafted
propose-duplicates-edit-hint = Якщо так, нічого рекомендувати не потрібно. Щодо змін у записі зверніться, будь ласка, до бюро з питань інтеграції.
# machine-drafted
propose-confirm-new = Ні, це інше об’єднання. Все одно надіслати рекомендацію.
# machine-drafted
propose-sent = Майже готово: ми надіслали посилання для підтвердження на адресу { $email }. Будь ласка, відкрийте лист і підтвердьте рекомендацію «{ $name }». Посилання дійсне 48 годин.
# machine-drafted
propose-confirm-text = Будь ласка, підтвердьте, що Ви ({ $email }) хочете порекомендувати об’єднання «{ $name }».
# machine-drafted
propose-confirm-submit = Підтвердити рекомендацію
# machine-drafted
propose-done = Щиро дякуємо! Вашу рекомендацію «{ $name }» отримано. Бюро з питань інтеграції перевірить її, а потім опублікує в довіднику.
# machine-drafted
propose-invalid-link = Це посилання недійсне (або вже недійсне): його вже використано або термін його дії минув. Будь ласка, порекомендуйте об’єднання ще раз.
# machine-drafted
propose-author = { $email } (рекомендація без облікового запису)
