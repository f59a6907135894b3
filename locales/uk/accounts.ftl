# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
nav-account-label = Обліковий запис
# machine-drafted
nav-account = Мій обліковий запис
# machine-drafted
nav-login = Увійти
# machine-drafted
nav-logout = Вийти
# machine-drafted
nav-review = Список на перевірку
# machine-drafted
field-email = Адреса електронної пошти
# machine-drafted
field-password = Пароль
# machine-drafted
field-code = Код
# machine-drafted
login-title = Вхід
# machine-drafted
login-intro = Для представниць і представників об’єднань та для Бюро з питань інтеграції.
# machine-drafted
login-submit = Увійти
# machine-drafted
login-forgot = Забули пароль?
# machine-drafted
login-register = Ще не маєте облікового запису? Зареєструйтеся
# machine-drafted
login-error-invalid = Неправильна адреса електронної пошти або пароль, або адресу ще не підтверджено.
# machine-drafted
login-error-rate-limited = Забагато спроб. Будь ласка, зачекайте { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
} і спробуйте ще раз.
# machine-drafted
code-title = Введіть код
# machine-drafted
code-intro = Відкрийте застосунок-автентифікатор і введіть шестизначний код.
# machine-drafted
code-hint = Загубили телефон? Введіть один зі своїх кодів відновлення.
# machine-drafted
code-submit = Підтвердити
# machine-drafted
second-factor-error-code-wrong = Код неправильний або термін його дії минув. Будь ласка, введіть актуальний код.
# machine-drafted
second-factor-error-setup-interrupted = Налаштування було перервано. Будь ласка, почніть знову.
# machine-drafted
second-factor-error-not-set-up = Для цього облікового запису ще не налаштовано застосунок-автентифікатор.
# machine-drafted
second-factor-error-storage-failed = Зараз це не вдалося. Будь ласка, спробуйте ще раз за кілька хвилин.
# machine-drafted
setup-title = Налаштування входу з другим фактором
# machine-drafted
setup-intro = Щоб захистити дані всіх об’єднань, Вашому обліковому запису, крім пароля, потрібен код із застосунку-автентифікатора.
# machine-drafted
setup-step-app = Установіть на телефон застосунок-автентифікатор, наприклад FreeOTP, Aegis, Google Authenticator або Microsoft Authenticator.
# machine-drafted
setup-step-scan = Відскануйте цей QR-код застосунком.
# machine-drafted
setup-qr-label = QR-код для налаштування застосунку-автентифікатора
# machine-drafted
setup-step-key = Або введіть цей ключ у застосунку вручну:
# machine-drafted
setup-step-code = Введіть шестизначний код, який зараз показує застосунок.
# machine-drafted
setup-submit = Налаштувати
# machine-drafted
recovery-title = Ваші коди відновлення
# machine-drafted
recovery-done = Другий фактор налаштовано.
# machine-drafted
recovery-intro = Якщо Ви загубите телефон, то зможете увійти за допомогою одного з цих кодів. Кожен код можна використати лише один раз. Роздрукуйте коди або збережіть їх у надійному місці – їх показано лише зараз.
# machine-drafted
recovery-continue = Перейти до мого облікового запису
# machine-drafted
account-title = Мій обліковий запис
# machine-drafted
account-role = Роль
# machine-drafted
account-second-factor = Другий фактор
# machine-drafted
account-second-factor-on = налаштовано
# machine-drafted
account-second-factor-off = не налаштовано
# machine-drafted
account-second-factor-set-up = налаштувати зараз
# machine-drafted
account-organisations = Мої об’єднання
# machine-drafted
account-organisations-none = Ваш обліковий запис ще не пов’язаний із жодним об’єднанням. Бюро з питань інтеграції може Вас запросити, або Ви можете заявити права на запис свого об’єднання на сторінці його профілю.
# machine-drafted
account-edit-profile = Редагувати профіль
# machine-drafted
account-office = Бюро з питань інтеграції
# machine-drafted
member-owner = Відповідальна особа
# machine-drafted
member-editor = Співредактор
# machine-drafted
role-administrator = Адміністрування
# machine-drafted
role-coordinator = Координація (бюро з питань інтеграції)
# machine-drafted
role-representative = Представництво об’єднання
# machine-drafted
error-forbidden-title = Немає доступу
# machine-drafted
error-forbidden-text = Ця сторінка недоступна для Вашого облікового запису. Якщо Ви вважаєте, що це помилка, зверніться до бюро з питань інтеграції.
# machine-drafted
field-new-password = Новий пароль
# machine-drafted
field-password-repeat = Повторіть пароль
# machine-drafted
password-hint = Щонайменше 12 символів. Ідеально підійде речення, яке Ви легко запам’ятаєте.
# machine-drafted
register-title = Створення облікового запису
# machine-drafted
register-intro = З обліковим записом Ви можете оновлювати запис свого об’єднання. Ви отримаєте лист для підтвердження своєї адреси.
# machine-drafted
register-submit = Створити обліковий запис
# machine-drafted
register-done = Майже готово: ми надіслали лист на адресу { $email }. Будь ласка, відкрийте посилання в ньому, щоб підтвердити свою адресу. Якщо у Вас уже є обліковий запис, у листі написано, як знову до нього увійти.
# machine-drafted
verify-title = Підтвердження адреси електронної пошти
# machine-drafted
verify-intro = Будь ласка, підтвердьте свою адресу електронної пошти. Після цього Ви зможете увійти.
# machine-drafted
verify-submit = Підтвердити адресу
# machine-drafted
forgot-title = Забули пароль
# machine-drafted
forgot-intro = Введіть свою адресу електронної пошти. Якщо для неї існує обліковий запис, ми надішлемо Вам посилання для вибору нового пароля.
# machine-drafted
forgot-submit = Надіслати посилання
# machine-drafted
forgot-done = Якщо для { $email } існує обліковий запис, лист уже в дорозі. Посилання в ньому дійсне одну годину.
# machine-drafted
reset-title = Виберіть новий пароль
# machine-drafted
reset-intro = Виберіть новий пароль. Потім увійдіть з ним; інші сеанси входу буде завершено.
# machine-drafted
reset-submit = Зберегти пароль
# machine-drafted
invitation-title = Прийняти запрошення
# machine-drafted
invitation-intro = Вас запрошено допомагати оновлювати запис «{ $organisation }».
# machine-drafted
invitation-submit = Прийняти запрошення
# machine-drafted
invitation-sign-in = Для цієї адреси вже є обліковий запис. Спершу увійдіть у нього, потім прийміть запрошення.
# machine-drafted
account-error-invalid-email = Будь ласка, введіть дійсну адресу електронної пошти, наприклад name@verein.de.
# machine-drafted
account-error-password-too-short = Пароль закороткий: потрібно щонайменше 12 символів.
# machine-drafted
account-error-password-too-long = Пароль задовгий: щонайбільше 1024 символи.
# machine-drafted
account-error-password-too-common = Цей пароль надто поширений, і його легко вгадати. Будь ласка, виберіть інший.
# machine-drafted
account-error-password-same-as-email = Пароль не може збігатися з Вашою адресою електронної пошти.
# machine-drafted
account-error-passwords-differ = Паролі не збігаються.
# machine-drafted
account-error-invalid-link = Це посилання недійсне (або вже недійсне): його вже використано або термін його дії минув. Будь ласка, запросіть нове.
# machine-drafted
account-error-forbidden = Для Вашого облікового запису це не дозволено.
# machine-drafted
account-error-storage-failed = Зараз це не вдалося. Будь ласка, спробуйте ще раз за кілька хвилин.
# machine-drafted
author-deleted = видалений обліковий запис
# machine-drafted
author-system = система
# machine-drafted
author-survey = опитування { $survey } (за згодою об’єднання)
# machine-drafted
author-proposer = рекомендація без облікового запису
# machine-drafted
members-title = Хто оновлює запис { $name }?
# machine-drafted
members-none = Поки що ніхто. Запросіть когось.
# machine-drafted
members-invite-heading = Запросити когось
# machine-drafted
members-invite-intro = Запрошена особа отримає лист із посиланням, дійсним 14 днів.
# machine-drafted
members-role = Роль
# machine-drafted
members-invite-submit = Надіслати запрошення
# machine-drafted
members-invite-sent = Запрошення надіслано.
# machine-drafted
account-members = Хто оновлює запис?
# machine-drafted
profile-person-restricted = не публічно
# machine-drafted
error-csrf-title = Термін дії форми минув
# machine-drafted
error-csrf-text = Термін дії форми минув або вона надійшла не з цього сайту. Будь ласка, перезавантажте сторінку й спробуйте ще раз; введене Вами ще не збережено.
# machine-drafted
account-mail-language = Мова моїх листів
# machine-drafted
account-mail-language-site = Мова платформи ({ $language })
# machine-drafted
account-mail-language-save = Зберегти
# machine-drafted
account-saved = Збережено.
# machine-drafted
account-mail-language-unknown = Ця мова тут недоступна. Будь ласка, виберіть мову зі списку.
# machine-drafted
members-invite-language = Мова запрошення

# claims
# machine-drafted
claims-heading = Заявки на об’єднання
# machine-drafted
claims-approve = Підтвердити (стає відповідальною особою)
# machine-drafted
claims-reject = Відхилити
# machine-drafted
claims-button = Це наше об’єднання
# machine-drafted
claims-message = Як бюро з питань інтеграції може переконатися, що Ви належите до об’єднання? (за бажанням)
# machine-drafted
claims-submit = Надіслати заявку
# machine-drafted
claims-sent = Дякуємо! Бюро з питань інтеграції перевірить Вашу заявку й зв’яжеться з Вами.
# machine-drafted
error-claim-open-title = Уже вирішено або заявку вже подано
# machine-drafted
error-claim-open-text = Для цього об’єднання у Вас уже є відкрита заявка, або заявку вже розглянуто.
# machine-drafted
claims-comment = Причина відмови (за бажанням, надсилається особі електронною поштою)
