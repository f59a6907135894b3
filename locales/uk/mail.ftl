# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
mail-signature = { $instance } – мережа об’єднань і бюро з питань інтеграції
# machine-drafted
mail-verify-email-subject = Будь ласка, підтвердьте свою адресу електронної пошти
# machine-drafted
mail-verify-email-body =
    Добрий день!

    Ви створили обліковий запис на { $instance }. Будь ласка, підтвердьте свою адресу електронної пошти за цим посиланням:

    { $link }

    Посилання дійсне 48 годин. Якщо Ви не створювали обліковий запис, просто видаліть цей лист.
# machine-drafted
mail-already-registered-subject = У Вас уже є обліковий запис
# machine-drafted
mail-already-registered-body =
    Добрий день!

    Хтось намагався створити обліковий запис на { $instance } з Вашою адресою електронної пошти. Але у Вас там уже є обліковий запис.

    Якщо Ви забули пароль, виберіть новий за цим посиланням (дійсне одну годину):

    { $link }

    Якщо це були не Ви, можете видалити цей лист.
# machine-drafted
mail-reset-password-subject = Новий пароль для { $instance }
# machine-drafted
mail-reset-password-body =
    Добрий день!

    За цим посиланням Ви можете вибрати новий пароль (дійсне одну годину, лише один раз):

    { $link }

    Якщо Ви не запитували новий пароль, можете видалити цей лист; Ваш пароль залишиться без змін.
# machine-drafted
mail-invitation-subject = Запрошення: оновлювати запис { $organisation }
# machine-drafted
mail-invitation-body =
    Добрий день!

    Бюро з питань інтеграції запрошує Вас оновлювати запис «{ $organisation }» на { $instance }: опис, контакти, пропозиції та потреби.

    За цим посиланням Ви приймете запрошення й виберете пароль (дійсне 14 днів):

    { $link }
# machine-drafted
mail-revision-approved-subject = Вашу зміну до запису { $organisation } опубліковано
# machine-drafted
mail-revision-approved-body =
    Добрий день!

    Бюро з питань інтеграції схвалило Вашу зміну до запису «{ $organisation }». Тепер її видно публічно.

    { $has_comment ->
        [yes] Коментар бюро з питань інтеграції: { $comment }
       *[no] { "" }
    }

    { $link }
# machine-drafted
mail-revision-rejected-subject = Вашу зміну до запису { $organisation } не схвалено
# machine-drafted
mail-revision-rejected-body =
    Добрий день!

    Бюро з питань інтеграції не схвалило Вашу зміну до запису «{ $organisation }». Коментар бюро:

    { $comment }

    Ви можете ще раз відредагувати запис тут:

    { $link }
# machine-drafted
mail-verify-proposal-subject = Будь ласка, підтвердьте свою рекомендацію «{ $organisation }»
# machine-drafted
mail-verify-proposal-body =
    Добрий день!

    Ви порекомендували «{ $organisation }» для { $instance }. Будь ласка, підтвердьте свою адресу електронної пошти за цим посиланням; після цього Бюро з питань інтеграції перевірить рекомендацію:

    { $link }
# machine-drafted
mail-confirm-active-subject = Чи { $organisation } досі діє?
# machine-drafted
mail-confirm-active-body =
    Добрий день!

    Запис «{ $organisation }» на { $instance } не підтверджувався вже рік. Усе ще актуально? Тоді достатньо одного кліку, без входу в систему:

    { $confirm_link }

    Якщо щось змінилося, відредагуйте запис тут:

    { $edit_link }
# machine-drafted
mail-proposal-approved-subject = Вашу рекомендацію «{ $organisation }» опубліковано
# machine-drafted
mail-proposal-approved-body =
    Добрий день!

    Бюро з питань інтеграції перевірило й схвалило Вашу рекомендацію «{ $organisation }». Тепер запис видно публічно на { $instance }:

    { $has_comment ->
        [yes] Коментар бюро з питань інтеграції: { $comment }
       *[no] { "" }
    }

    { $link }

    Дякуємо за рекомендацію!
# machine-drafted
mail-proposal-rejected-subject = Вашу рекомендацію «{ $organisation }» не додано
# machine-drafted
mail-proposal-rejected-body =
    Добрий день!

    Дякуємо за рекомендацію «{ $organisation }». Бюро з питань інтеграції перевірило її та не додало до довідника об’єднань. Причина:

    { $comment }

    Якщо Ви хочете доповнити або виправити дані, надішліть нову рекомендацію тут:

    { $link }
# machine-drafted
mail-claim-approved-subject = Тепер Ви можете редагувати запис { $organisation }
# machine-drafted
mail-claim-approved-body =
    Добрий день!

    Бюро з питань інтеграції підтвердило, що Ви представляєте «{ $organisation }». Тепер Ви можете самі оновлювати запис на { $instance }: опис, контакти, пропозиції та потреби.

    Відредагувати запис можна тут (після входу):

    { $link }
# machine-drafted
mail-claim-rejected-subject = Ваша заявка щодо { $organisation }
# machine-drafted
mail-claim-rejected-body =
    Добрий день!

    Дякуємо за повідомлення про те, що Ви представляєте «{ $organisation }». На жаль, бюро з питань інтеграції не змогло це підтвердити, тому Ви не можете редагувати запис.

    { $has_comment ->
        [yes] Пояснення бюро з питань інтеграції: { $comment }
       *[no] { "" }
    }

    Якщо Ви вважаєте, що це помилка, будь ласка, зверніться до бюро з питань інтеграції.

    Запис:

    { $link }
