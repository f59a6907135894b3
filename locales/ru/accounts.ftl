# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
nav-account-label = Учётная запись
# machine-drafted
nav-account = Моя учётная запись
# machine-drafted
nav-login = Войти
# machine-drafted
nav-logout = Выйти
# machine-drafted
nav-review = Список на проверку
# machine-drafted
field-email = Адрес электронной почты
# machine-drafted
field-password = Пароль
# machine-drafted
field-code = Код
# machine-drafted
login-title = Вход
# machine-drafted
login-intro = Для представительниц и представителей объединений и для Бюро по вопросам интеграции.
# machine-drafted
login-submit = Войти
# machine-drafted
login-forgot = Забыли пароль?
# machine-drafted
login-register = Ещё нет учётной записи? Зарегистрируйтесь
# machine-drafted
login-error-invalid = Неверный адрес электронной почты или пароль, либо адрес ещё не подтверждён.
# machine-drafted
login-error-rate-limited = Слишком много попыток. Пожалуйста, подождите { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
} и попробуйте ещё раз.
# machine-drafted
code-title = Введите код
# machine-drafted
code-intro = Откройте приложение-аутентификатор и введите шестизначный код.
# machine-drafted
code-hint = Потеряли телефон? Введите один из своих кодов восстановления.
# machine-drafted
code-submit = Подтвердить
# machine-drafted
second-factor-error-code-wrong = Код неверный или срок его действия истёк. Пожалуйста, введите текущий код.
# machine-drafted
second-factor-error-setup-interrupted = Настройка была прервана. Пожалуйста, начните заново.
# machine-drafted
second-factor-error-not-set-up = Для этой учётной записи ещё не настроено приложение-аутентификатор.
# machine-drafted
second-factor-error-storage-failed = Сейчас это не получилось. Пожалуйста, попробуйте ещё раз через несколько минут.
# machine-drafted
setup-title = Настройка входа со вторым фактором
# machine-drafted
setup-intro = Чтобы защитить данные всех объединений, Вашей учётной записи помимо пароля нужен код из приложения-аутентификатора.
# machine-drafted
setup-step-app = Установите на телефон приложение-аутентификатор, например FreeOTP, Aegis, Google Authenticator или Microsoft Authenticator.
# machine-drafted
setup-step-scan = Отсканируйте этот QR-код приложением.
# machine-drafted
setup-qr-label = QR-код для настройки приложения-аутентификатора
# machine-drafted
setup-step-key = Или введите этот ключ в приложении вручную:
# machine-drafted
setup-step-code = Введите шестизначный код, который сейчас показывает приложение.
# machine-drafted
setup-submit = Настроить
# machine-drafted
recovery-title = Ваши коды восстановления
# machine-drafted
recovery-done = Второй фактор настроен.
# machine-drafted
recovery-intro = Если Вы потеряете телефон, то сможете войти с помощью одного из этих кодов. Каждый код действует только один раз. Распечатайте коды или сохраните их в надёжном месте – они показываются только сейчас.
# machine-drafted
recovery-continue = Перейти к моей учётной записи
# machine-drafted
account-title = Моя учётная запись
# machine-drafted
account-role = Роль
# machine-drafted
account-second-factor = Второй фактор
# machine-drafted
account-second-factor-on = настроен
# machine-drafted
account-second-factor-off = не настроен
# machine-drafted
account-second-factor-set-up = настроить сейчас
# machine-drafted
account-organisations = Мои объединения
# machine-drafted
account-organisations-none = Ваша учётная запись пока не связана ни с одним объединением. Бюро по вопросам интеграции может Вас пригласить, или Вы можете заявить права на запись своего объединения на странице его профиля.
# machine-drafted
account-edit-profile = Редактировать профиль
# machine-drafted
account-office = Бюро по вопросам интеграции
# machine-drafted
member-owner = Ответственное лицо
# machine-drafted
member-editor = Соредактор
# machine-drafted
role-administrator = Администрирование
# machine-drafted
role-coordinator = Координация (бюро по вопросам интеграции)
# machine-drafted
role-representative = Представительство объединения
# machine-drafted
error-forbidden-title = Нет доступа
# machine-drafted
error-forbidden-text = Эта страница недоступна для Вашей учётной записи. Если Вы считаете, что это ошибка, обратитесь в бюро по вопросам интеграции.
# machine-drafted
field-new-password = Новый пароль
# machine-drafted
field-password-repeat = Повторите пароль
# machine-drafted
password-hint = Не менее 12 символов. Идеально подойдёт фраза, которую Вы легко запомните.
# machine-drafted
register-title = Создание учётной записи
# machine-drafted
register-intro = С учётной записью Вы можете поддерживать запись своего объединения в актуальном состоянии. Вы получите письмо для подтверждения своего адреса.
# machine-drafted
register-submit = Создать учётную запись
# machine-drafted
register-done = Почти готово: мы отправили письмо на адрес { $email }. Пожалуйста, откройте ссылку в нём, чтобы подтвердить свой адрес. Если у Вас уже есть учётная запись, в письме написано, как снова в неё войти.
# machine-drafted
verify-title = Подтверждение адреса электронной почты
# machine-drafted
verify-intro = Пожалуйста, подтвердите свой адрес электронной почты. После этого Вы сможете войти.
# machine-drafted
verify-submit = Подтвердить адрес
# machine-drafted
forgot-title = Забыли пароль
# machine-drafted
forgot-intro = Введите свой адрес электронной почты. Если для него существует учётная запись, мы отправим Вам ссылку для выбора нового пароля.
# machine-drafted
forgot-submit = Отправить ссылку
# machine-drafted
forgot-done = Если для { $email } существует учётная запись, письмо уже в пути. Ссылка в нём действует один час.
# machine-drafted
reset-title = Выберите новый пароль
# machine-drafted
reset-intro = Выберите новый пароль. Затем войдите с ним; остальные сеансы будут завершены.
# machine-drafted
reset-submit = Сохранить пароль
# machine-drafted
invitation-title = Принять приглашение
# machine-drafted
invitation-intro = Вас приглашают помогать поддерживать запись «{ $organisation }» в актуальном состоянии.
# machine-drafted
invitation-submit = Принять приглашение
# machine-drafted
invitation-sign-in = Для этого адреса уже есть учётная запись. Сначала войдите в неё, затем примите приглашение.
# machine-drafted
account-error-invalid-email = Пожалуйста, введите действительный адрес электронной почты, например name@verein.de.
# machine-drafted
account-error-password-too-short = Пароль слишком короткий: нужно не менее 12 символов.
# machine-drafted
account-error-password-too-long = Пароль слишком длинный: не более 1024 символов.
# machine-drafted
account-error-password-too-common = Этот пароль слишком распространён, его легко угадать. Пожалуйста, выберите другой.
# machine-drafted
account-error-password-same-as-email = Пароль не должен совпадать с Вашим адресом электронной почты.
# machine-drafted
account-error-passwords-differ = Пароли не совпадают.
# machine-drafted
account-error-invalid-link = Эта ссылка недействительна (или больше не действует): она уже была использована, или срок её действия истёк. Пожалуйста, запросите новую.
# machine-drafted
account-error-forbidden = Для Вашей учётной записи это не разрешено.
# machine-drafted
account-error-storage-failed = Сейчас это не получилось. Пожалуйста, попробуйте ещё раз через несколько минут.
# machine-drafted
author-deleted = удалённая учётная запись
# machine-drafted
author-system = система
# machine-drafted
author-survey = опрос { $survey } (с согласия объединения)
# machine-drafted
author-proposer = рекомендация без учётной записи
# machine-drafted
members-title = Кто поддерживает запись { $name }?
# machine-drafted
members-none = Пока никто. Пригласите кого-нибудь.
# machine-drafted
members-invite-heading = Пригласить кого-нибудь
# machine-drafted
members-invite-intro = Приглашённый человек получит письмо со ссылкой, которая действует 14 дней.
# machine-drafted
members-role = Роль
# machine-drafted
members-invite-submit = Отправить приглашение
# machine-drafted
members-invite-sent = Приглашение отправлено.
# machine-drafted
account-members = Кто поддерживает запись?
# machine-drafted
profile-person-restricted = не публично
# machine-drafted
error-csrf-title = Срок действия формы истёк
# machine-drafted
error-csrf-text = Срок действия формы истёк или она пришла не с этого сайта. Пожалуйста, перезагрузите страницу и попробуйте ещё раз; введённое Вами ещё не сохранено.
# machine-drafted
account-mail-language = Язык моих писем
# machine-drafted
account-mail-language-site = Язык платформы ({ $language })
# machine-drafted
account-mail-language-save = Сохранить
# machine-drafted
account-saved = Сохранено.
# machine-drafted
account-mail-language-unknown = Этот язык здесь недоступен. Пожалуйста, выберите язык из списка.
# machine-drafted
members-invite-language = Язык приглашения

# claims
# machine-drafted
claims-heading = Заявки на объединения
# machine-drafted
claims-approve = Подтвердить (становится ответственным лицом)
# machine-drafted
claims-reject = Отклонить
# machine-drafted
claims-button = Это наше объединение
# machine-drafted
claims-message = Как бюро по вопросам интеграции может убедиться, что Вы относитесь к объединению? (по желанию)
# machine-drafted
claims-submit = Отправить заявку
# machine-drafted
claims-sent = Спасибо! Бюро по вопросам интеграции проверит Вашу заявку и свяжется с Вами.
# machine-drafted
error-claim-open-title = Уже решено или заявка уже подана
# machine-drafted
error-claim-open-text = Для этого объединения у Вас уже есть открытая заявка, или заявка уже рассмотрена.
# machine-drafted
claims-comment = Причина отказа (по желанию, отправляется человеку по электронной почте)
