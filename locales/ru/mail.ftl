# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
mail-signature = { $instance } – сеть объединений и бюро по вопросам интеграции
# machine-drafted
mail-verify-email-subject = Пожалуйста, подтвердите свой адрес электронной почты
# machine-drafted
mail-verify-email-body =
    Здравствуйте!

    Вы создали учётную запись на { $instance }. Пожалуйста, подтвердите свой адрес электронной почты по этой ссылке:

    { $link }

    Ссылка действует 48 часов. Если Вы не создавали учётную запись, просто удалите это письмо.
# machine-drafted
mail-already-registered-subject = У Вас уже есть учётная запись
# machine-drafted
mail-already-registered-body =
    Здравствуйте!

    Кто-то пытался создать учётную запись на { $instance } с Вашим адресом электронной почты. Но у Вас там уже есть учётная запись.

    Если Вы забыли пароль, выберите новый по этой ссылке (действует один час):

    { $link }

    Если это были не Вы, можете удалить это письмо.
# machine-drafted
mail-reset-password-subject = Новый пароль для { $instance }
# machine-drafted
mail-reset-password-body =
    Здравствуйте!

    По этой ссылке Вы можете выбрать новый пароль (действует один час, только один раз):

    { $link }

    Если Вы не запрашивали новый пароль, можете удалить это письмо; Ваш пароль останется прежним.
# machine-drafted
mail-invitation-subject = Приглашение: поддерживать запись { $organisation }
# machine-drafted
mail-invitation-body =
    Здравствуйте!

    Бюро по вопросам интеграции приглашает Вас поддерживать в актуальном состоянии запись «{ $organisation }» на { $instance }: описание, контакты, предложения и потребности.

    По этой ссылке Вы примете приглашение и выберете пароль (действует 14 дней):

    { $link }
# machine-drafted
mail-revision-approved-subject = Ваше изменение записи { $organisation } опубликовано
# machine-drafted
mail-revision-approved-body =
    Здравствуйте!

    Бюро по вопросам интеграции одобрило Ваше изменение записи «{ $organisation }». Теперь оно видно публично.

    { $has_comment ->
        [yes] Комментарий бюро по вопросам интеграции: { $comment }
       *[no] { "" }
    }

    { $link }
# machine-drafted
mail-revision-rejected-subject = Ваше изменение записи { $organisation } не одобрено
# machine-drafted
mail-revision-rejected-body =
    Здравствуйте!

    Бюро по вопросам интеграции не одобрило Ваше изменение записи «{ $organisation }». Комментарий бюро:

    { $comment }

    Вы можете ещё раз отредактировать запись здесь:

    { $link }
# machine-drafted
mail-verify-proposal-subject = Пожалуйста, подтвердите свою рекомендацию «{ $organisation }»
# machine-drafted
mail-verify-proposal-body =
    Здравствуйте!

    Вы порекомендовали «{ $organisation }» для { $instance }. Пожалуйста, подтвердите свой адрес электронной почты по этой ссылке; после этого Бюро по вопросам интеграции проверит рекомендацию:

    { $link }
# machine-drafted
mail-confirm-active-subject = { $organisation } по-прежнему действует?
# machine-drafted
mail-confirm-active-body =
    Здравствуйте!

    Запись «{ $organisation }» на { $instance } не подтверждалась уже год. Всё ещё актуально? Тогда достаточно одного клика, без входа в систему:

    { $confirm_link }

    Если что-то изменилось, отредактируйте запись здесь:

    { $edit_link }
# machine-drafted
mail-proposal-approved-subject = Ваша рекомендация «{ $organisation }» опубликована
# machine-drafted
mail-proposal-approved-body =
    Здравствуйте!

    Бюро по вопросам интеграции проверило и одобрило Вашу рекомендацию «{ $organisation }». Теперь запись видна публично на { $instance }:

    { $has_comment ->
        [yes] Комментарий бюро по вопросам интеграции: { $comment }
       *[no] { "" }
    }

    { $link }

    Спасибо за рекомендацию!
# machine-drafted
mail-proposal-rejected-subject = Ваша рекомендация «{ $organisation }» не добавлена
# machine-drafted
mail-proposal-rejected-body =
    Здравствуйте!

    Спасибо за рекомендацию «{ $organisation }». Бюро по вопросам интеграции проверило её и не добавило в каталог объединений. Причина:

    { $comment }

    Если Вы хотите дополнить или исправить данные, отправьте новую рекомендацию здесь:

    { $link }
# machine-drafted
mail-claim-approved-subject = Теперь Вы можете редактировать запись { $organisation }
# machine-drafted
mail-claim-approved-body =
    Здравствуйте!

    Бюро по вопросам интеграции подтвердило, что Вы представляете «{ $organisation }». Теперь Вы можете сами поддерживать запись на { $instance } в актуальном состоянии: описание, контакты, предложения и потребности.

    Отредактировать запись можно здесь (после входа):

    { $link }
# machine-drafted
mail-claim-rejected-subject = Ваша заявка по поводу { $organisation }
# machine-drafted
mail-claim-rejected-body =
    Здравствуйте!

    Спасибо за сообщение о том, что Вы представляете «{ $organisation }». К сожалению, бюро по вопросам интеграции не смогло это подтвердить, поэтому Вы не можете редактировать запись.

    { $has_comment ->
        [yes] Пояснение бюро по вопросам интеграции: { $comment }
       *[no] { "" }
    }

    Если Вы считаете, что это ошибка, пожалуйста, обратитесь в бюро по вопросам интеграции.

    Запись:

    { $link }
