# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
propose-title = Порекомендовать объединение
# machine-drafted
propose-intro = Вашего объединения нет в каталоге? Порекомендуйте его здесь. Учётная запись не нужна. Мы отправим Вам ссылку для подтверждения адреса электронной почты. Затем бюро по вопросам интеграции проверит рекомендацию, прежде чем она станет публичным.
# machine-drafted
propose-link = Вашего объединения нет? Порекомендуйте его
# machine-drafted
propose-choose = Пожалуйста, выберите
# machine-drafted
propose-section-association = Объединение
# machine-drafted
propose-section-place = Место и контакты (публично)
# machine-drafted
propose-section-you = Ваши данные (не публично)
# machine-drafted
propose-other-languages = Краткое описание на другом языке (по желанию)
# machine-drafted
propose-public-email = Адрес электронной почты объединения
# machine-drafted
propose-proposer-email = Ваш адрес электронной почты
# machine-drafted
propose-proposer-email-hint = На этот адрес мы отправим ссылку для подтверждения. Он не будет опубликован; бюро по вопросам интеграции использует его только для уточнений по этой рекомендации.
# machine-drafted
propose-note = Сообщение для бюро по вопросам интеграции (по желанию)
# machine-drafted
propose-submit-hint = После отправки Вы получите письмо со ссылкой для подтверждения. Объединение появится в каталоге только после Вашего подтверждения и проверки бюро по вопросам интеграции.
# machine-drafted
propose-submit = Отправить рекомендацию
# machine-drafted
propose-duplicates-heading = Это одно из этих объединений?
# machine-drafted
propose-duplicates-text = Эти записи в каталоге имеют похожее название или находятся поблизости. Пожалуйста, проверьте, нет ли Вашего объединения уже в каталоге.
# machine-drafted
propose-duplicates-edit-hint = Если да, ничего рекомендовать не нужно. По поводу изменений в записи обратитесь, пожалуйста, в Бюро по вопросам интеграции.
# machine-drafted
propose-confirm-new = Нет, это другое объединение. Всё равно отправить рекомендацию.
# machine-drafted
propose-sent = Почти готово: мы отправили ссылку для подтверждения на адрес { $email }. Пожалуйста, откройте письмо и подтвердите рекомендацию «{ $name }». Ссылка действует 48 часов.
# machine-drafted
propose-confirm-text = Пожалуйста, подтвердите, что Вы ({ $email }) хотите порекомендовать объединение «{ $name }».
# machine-drafted
propose-confirm-submit = Подтвердить рекомендацию
# machine-drafted
propose-done = Большое спасибо! Ваша рекомендация «{ $name }» получена. Бюро по вопросам интеграции проверит её, а затем опубликует в каталоге.
# machine-drafted
propose-invalid-link = Эта ссылка недействительна (или больше не действует): она уже была использована, или срок её действия истёк. Пожалуйста, порекомендуйте объединение ещё раз.
# machine-drafted
propose-author = { $email } (рекомендация без учётной записи)
