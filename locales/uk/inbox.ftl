# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.

# machine-drafted
nav-inbox = Звернення
# machine-drafted
inbox-form-heading = Ваше звернення до бюро з питань інтеграції
# machine-drafted
inbox-form-intro = Маєте ідею, проблему чи питання, або Вам потрібна допомога? Напишіть нам. Ми відповімо мовою, яку Ви оберете.
# machine-drafted
inbox-profile-link = Звернення до бюро з питань інтеграції
# machine-drafted
inbox-choose = Будь ласка, оберіть
# machine-drafted
inbox-kind-idea = Ідея
# machine-drafted
inbox-kind-concern = Проблема або критика
# machine-drafted
inbox-kind-question = Питання
# machine-drafted
inbox-kind-support = Прохання про допомогу
# machine-drafted
inbox-topic-other = Інша тема
# machine-drafted
inbox-field-kind = Вид
# machine-drafted
inbox-field-topic = Сфера діяльності
# machine-drafted
inbox-field-text = Ваше повідомлення
# machine-drafted
inbox-field-text-hint = Не більше { $max } символів. Пишіть своєю мовою.
# machine-drafted
inbox-field-on-behalf = Відправник
# machine-drafted
inbox-on-behalf-none = Лише я особисто
# machine-drafted
inbox-field-concerns = Стосується таких об’єднань
# machine-drafted
inbox-field-concerns-hint = Необов’язково. Кілька — з клавішею Ctrl або довгим дотиком.
# machine-drafted
inbox-field-email = Адреса електронної пошти для відповіді
# machine-drafted
inbox-field-email-hint = Спершу ми надішлемо Вам посилання для підтвердження. Лише після цього Ваше повідомлення надійде.
# machine-drafted
inbox-field-email-hint-account = Залиште порожнім: відповідь прийде на адресу Вашого облікового запису.
# machine-drafted
inbox-field-language = Мова відповіді
# machine-drafted
inbox-honeypot = Будь ласка, залиште це поле порожнім
# machine-drafted
inbox-privacy-hint = Ваше повідомлення бачить лише бюро з питань інтеграції. Ніхто інший не може його прочитати.
# machine-drafted
inbox-send = Надіслати
# machine-drafted
inbox-step-title = Ваше звернення
# machine-drafted
inbox-step-sent = Майже готово: ми надіслали посилання на { $email }. Будь ласка, відкрийте його, щоб Ваше повідомлення надійшло.
# machine-drafted
inbox-step-sent-hint = Посилання дійсне 48 годин. Не отримали листа? Перевірте також папку «Спам».
# machine-drafted
inbox-step-confirm = Будь ласка, підтвердьте, що хочете надіслати це повідомлення з адреси { $email }:
# machine-drafted
inbox-step-confirm-button = Так, надіслати повідомлення
# machine-drafted
inbox-step-invalid = Це посилання більше не дійсне: його вже використано або термін дії минув.
# machine-drafted
inbox-step-again = Написати повідомлення знову
# machine-drafted
inbox-case-title = Звернення № { $id }
# machine-drafted
inbox-link-hint = Ця сторінка відкривається лише за Вашим особистим посиланням. Будь ласка, нікому його не передавайте.
# machine-drafted
inbox-conversation = Листування
# machine-drafted
inbox-sender-reply = Відповісти
# machine-drafted
inbox-sender-reply-label = Ваша відповідь
# machine-drafted
inbox-sender-reply-send = Надіслати відповідь
# machine-drafted
inbox-fact-status = Стан
# machine-drafted
inbox-fact-arrived = Надійшло
# machine-drafted
inbox-fact-assignee = Відповідальна особа
# machine-drafted
inbox-fact-age = Вік
# machine-drafted
inbox-fact-first-answer = Перша відповідь
# machine-drafted
inbox-fact-closed = Закрито
# machine-drafted
inbox-fact-merged = Злито зі зверненням
# machine-drafted
inbox-who-sender = Відправник
# machine-drafted
inbox-who-office = Бюро з питань інтеграції
# machine-drafted
inbox-note-internal = внутрішня нотатка
# machine-drafted
inbox-status-new = Нове
# machine-drafted
inbox-status-in-progress = В роботі
# machine-drafted
inbox-status-waiting = Чекає на Вас
# machine-drafted
inbox-status-done = Виконано
# machine-drafted
inbox-outcome-resolved = Відповідь надано або розв’язано
# machine-drafted
inbox-outcome-taken-up = Взято в роботу
# machine-drafted
inbox-outcome-referred = Передано до компетентної служби
# machine-drafted
inbox-outcome-not-possible = Неможливо
# machine-drafted
inbox-outcome-duplicate = Дублікат
# machine-drafted
inbox-outcome-no-response = Без зворотного зв’язку
# machine-drafted
inbox-event-created = Надійшло
# machine-drafted
inbox-event-unassigned = Більше ніхто не відповідальний
# machine-drafted
inbox-event-assigned = Відповідальна особа: { $value }
# machine-drafted
inbox-event-status = Стан: { $value }
# machine-drafted
inbox-event-closed = Закрито: { $value }
# machine-drafted
inbox-event-merged-into = Злито зі зверненням { $value }
# machine-drafted
inbox-event-merged-from = Звернення { $value } злито з цим
# machine-drafted
inbox-notice-received = Ваше повідомлення надійшло. Посилання на цю сторінку ми також надіслали Вам електронною поштою.
# machine-drafted
inbox-notice-replied = Відповідь збережено.
# machine-drafted
inbox-notice-noted = Нотатку збережено.
# machine-drafted
inbox-notice-assigned = Відповідальну особу збережено.
# machine-drafted
inbox-notice-status = Стан змінено.
# machine-drafted
inbox-notice-closed = Звернення закрито.
# machine-drafted
inbox-notice-merged = Звернення злито.
# machine-drafted
inbox-refused-closed = Звернення закрите. Спершу поверніть його в стан «В роботі».
# machine-drafted
inbox-refused-transition = Така зміна стану неможлива.
# machine-drafted
inbox-refused-conflict = Тим часом хтось змінив звернення. Будь ласка, перегляньте листування і спробуйте ще раз.
# machine-drafted
inbox-refused-rate = Забагато повідомлень за короткий час. Будь ласка, спробуйте ще раз за годину.
# machine-drafted
inbox-refused-link = Це посилання більше не дійсне.
# machine-drafted
inbox-mine-title = Мої звернення
# machine-drafted
inbox-mine-intro = Ваші повідомлення до бюро з питань інтеграції та повідомлення Вашого об’єднання, зі станом і відповідями.
# machine-drafted
inbox-mine-new = Нове звернення
# machine-drafted
inbox-mine-empty = Ви ще не надсилали звернень.
# machine-drafted
inbox-queue-title = Вхідні звернення
# machine-drafted
inbox-filters = Фільтри
# machine-drafted
inbox-filter-open = Відкриті (не виконані)
# machine-drafted
inbox-filter-all = Усі
# machine-drafted
inbox-filter-any = Усі
# machine-drafted
inbox-filter-anyone = Усі особи
# machine-drafted
inbox-filter-older = старші за { $days } днів
# machine-drafted
inbox-filter-apply = Фільтрувати
# machine-drafted
inbox-queue-empty = Для цього вибору звернень немає.
# machine-drafted
inbox-case = Звернення
# machine-drafted
inbox-age-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
}
# machine-drafted
inbox-history = Листування з нотатками
# machine-drafted
inbox-office-reply = Відповідь відправникові
# machine-drafted
inbox-office-reply-hint = Показується на сторінці відправника і надсилається електронною поштою обраною ним мовою.
# machine-drafted
inbox-office-reply-send = Надіслати відповідь
# machine-drafted
inbox-office-note = Внутрішня нотатка
# machine-drafted
inbox-office-note-hint = Бачить лише бюро з питань інтеграції.
# machine-drafted
inbox-office-note-save = Зберегти нотатку
# machine-drafted
inbox-assign-nobody = Ніхто
# machine-drafted
inbox-assign = Зберегти відповідальну особу
# machine-drafted
inbox-set-status = Змінити стан
# machine-drafted
inbox-set-status-button = Зберегти стан
# machine-drafted
inbox-close = Закрити
# machine-drafted
inbox-outcome = Результат
# machine-drafted
inbox-close-remark = Примітка (внутрішня, необов’язково)
# machine-drafted
inbox-close-button = Закрити
# machine-drafted
inbox-merge-into = Дублікат: злити зі зверненням №
# machine-drafted
inbox-merge-hint = Це звернення закривається як дублікат; листування обох звернень згадує інше.
# machine-drafted
inbox-merge = Злити
# machine-drafted
form-error-inbox-text-too-long = Текст задовгий. Будь ласка, скоротіть його до 4000 символів.
# machine-drafted
error-inbox-not-found-title = Звернення не знайдено
# machine-drafted
error-inbox-not-found-text = Такого звернення немає, або посилання неповне.
# machine-drafted
error-inbox-conflict-title = Не вдалося
# machine-drafted
error-inbox-conflict-text = Звернення тим часом змінилося. Будь ласка, оновіть сторінку.
# machine-drafted
mail-inbox-verify-subject = Будь ласка, підтвердьте своє повідомлення до бюро з питань інтеграції
# machine-drafted
mail-inbox-verify-body =
    Добрий день,

    Ви написали повідомлення до бюро з питань інтеграції через { $instance }. Будь ласка, підтвердьте свою адресу електронної пошти за цим посиланням; лише тоді повідомлення надійде:

    { $link }

    Посилання дійсне 48 годин. Якщо це були не Ви, просто видаліть цей лист.
# machine-drafted
mail-inbox-received-subject = Ваше повідомлення надійшло
# machine-drafted
mail-inbox-received-body =
    Добрий день,

    Ваше повідомлення до бюро з питань інтеграції надійшло. Стан і наші відповіді Ви бачите на своїй особистій сторінці; там Ви також можете відповісти:

    { $link }

    Будь ласка, нікому не передавайте це посилання.
# machine-drafted
mail-inbox-reply-subject = Бюро з питань інтеграції відповіло на Ваше повідомлення
# machine-drafted
mail-inbox-reply-body =
    Добрий день,

    бюро з питань інтеграції відповіло Вам:

    { $reply }

    { $has_link ->
        [yes] Листування і відповідь:
       *[no] Щоб переглянути листування і відповісти, відкрийте, будь ласка, посилання з нашого першого листа («Ваше повідомлення надійшло»).
    }

    { $link }

# machine-drafted
inbox-matching-report-suggested = Хибний збіг: для потреби «{ $need }» ({ $need_url }) показано пропозицію «{ $offer }» ({ $offer_url }). Вона не підходить, бо:
# machine-drafted
inbox-matching-report-missed = Пропущений збіг: для потреби «{ $need }» ({ $need_url }) не показано пропозицію «{ $offer }» ({ $offer_url }). Вона підходить, бо:
