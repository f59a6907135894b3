# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# Проєкти співпраці.

# machine-drafted
nav-projects = Проєкти
# machine-drafted
projects-board = Проєкти співпраці
# machine-drafted
projects-board-intro = Усі проєкти співпраці мережі за станом. Проєкти, які ніхто не оновлював 90 днів, позначені: розпитайте об’єднання-учасників.
# machine-drafted
projects-stale-count = { $count ->
    [one] { $count } проєкт не оновлювався 90 днів.
    [few] { $count } проєкти не оновлювалися 90 днів.
    [many] { $count } проєктів не оновлювалися 90 днів.
   *[other] { $count } проєкту не оновлювалися 90 днів.
}
# machine-drafted
projects-stale = Не оновлювався 90 днів
# machine-drafted
projects-not-public = Не публічний
# machine-drafted
projects-column-empty = Немає проєктів.
# machine-drafted
projects-proposals = Подані проєкти
# machine-drafted
projects-proposals-none = Немає поданих проєктів, що чекають на підтвердження.
# machine-drafted
projects-confirm = Підтвердити
# machine-drafted
projects-updated = Останнє оновлення
# machine-drafted
project-status-label = Стан
# machine-drafted
project-status-idea = Ідея
# machine-drafted
project-status-planned = Заплановано
# machine-drafted
project-status-running = Триває
# machine-drafted
project-status-done = Завершено
# machine-drafted
project-status-stopped = Припинено
# machine-drafted
projects-partners = Об’єднання-учасники
# machine-drafted
projects-origin = Походження
# machine-drafted
project-origin-meeting = З результатів «{ $meeting }»
# machine-drafted
project-origin-introduction = Із запиту на контакт
# machine-drafted
project-origin-office = Внесено бюро з питань інтеграції
# machine-drafted
projects-description = Опис
# machine-drafted
projects-description-hint = Про що йдеться, хто що робить? Можна використовувати Markdown, наприклад **жирний** або списки з «-».
# machine-drafted
projects-stop-reason = Чому проєкт припинено
# machine-drafted
projects-next-steps = Наступні кроки
# machine-drafted
projects-next-steps-none = Наступних кроків ще не внесено.
# machine-drafted
projects-step-due = до
# machine-drafted
projects-step-done = виконано
# machine-drafted
projects-mark-done = Виконано
# machine-drafted
projects-history = Історія
# machine-drafted
projects-event-created = Створено зі станом «{ $status }»
# machine-drafted
projects-event-status = Стан змінено: { $status }
# machine-drafted
projects-event-step = Внесено наступний крок: { $step }
# machine-drafted
projects-event-step-done = Виконано: { $step }
# machine-drafted
projects-event-visible = Показується публічно
# machine-drafted
projects-event-hidden = Більше не показується публічно
# machine-drafted
projects-event-confirmed = Підтверджено бюро з питань інтеграції
# machine-drafted
projects-update-heading = Оновити проєкт
# machine-drafted
projects-status-new = Новий стан
# machine-drafted
projects-reason-label = Причина (лише якщо проєкт припиняється)
# machine-drafted
projects-status-save = Зберегти стан
# machine-drafted
projects-step-add-heading = Внести наступний крок
# machine-drafted
projects-step-label = Що треба зробити далі?
# machine-drafted
projects-due-label = До коли? (необов’язково)
# machine-drafted
projects-due-hint = Дата, наприклад 2027-03-31.
# machine-drafted
projects-step-save = Зберегти крок
# machine-drafted
projects-visible-label = Показувати публічно: на окремій сторінці та в профілях об’єднань-учасників
# machine-drafted
projects-visible-save = Зберегти видимість
# machine-drafted
projects-saved = Збережено.
# machine-drafted
projects-conflict = Тим часом хтось змінив проєкт. Ваші дані досі у формі: будь ласка, перевірте новий стан і збережіть ще раз.
# machine-drafted
projects-pending = Цей проєкт подано, і він чекає на підтвердження бюро з питань інтеграції. До того його бачать лише об’єднання-учасники та бюро з питань інтеграції.
# machine-drafted
projects-hidden = Цей проєкт не публічний: його бачать лише об’єднання-учасники та бюро з питань інтеграції.
# machine-drafted
projects-form-new = Новий проєкт співпраці
# machine-drafted
projects-form-track = Відстежувати запланований проєкт як проєкт співпраці
# machine-drafted
projects-form-propose = Подати проєкт співпраці
# machine-drafted
projects-form-from-meeting = З результатів «{ $meeting }». Перевірте й доповніть дані; проєкт починається зі стану «Заплановано».
# machine-drafted
projects-form-from-introduction = Із запиту на контакт між { $first } і { $second }. Бюро з питань інтеграції підтверджує проєкт, перш ніж його побачать інші.
# machine-drafted
projects-title-label = Назва
# machine-drafted
projects-partners-hint = Щонайменше два об’єднання.
# machine-drafted
projects-first-step-label = Наступний крок (необов’язково)
# machine-drafted
projects-create = Створити проєкт
# machine-drafted
projects-propose = Подати проєкт
# machine-drafted
projects-tracked-already = Цей проєкт уже відстежується:
# machine-drafted
projects-track = Відстежувати як проєкт співпраці
# machine-drafted
projects-tracked = Відстежується як проєкт співпраці:
# machine-drafted
projects-from-introduction = Зробити з цього проєкт співпраці
# machine-drafted
projects-profile-heading = Проєкти співпраці
# machine-drafted
projects-with = разом із
# machine-drafted
form-error-project-partners = Будь ласка, виберіть щонайменше два об’єднання-учасники.
# machine-drafted
form-error-project-reason = Будь ласка, напишіть, чому проєкт припиняється.
# machine-drafted
form-error-project-transition = Із цього стану так не можна: проєкт рухається лише вперед або припиняється.
# machine-drafted
error-project-not-found-title = Проєкт не знайдено
# machine-drafted
error-project-not-found-text = Такого проєкту співпраці немає, або він не публічний.
# machine-drafted
error-project-conflict-title = Не вдалося
# machine-drafted
error-project-conflict-text = Проєкт тим часом змінився або вже відстежується. Будь ласка, перезавантажте сторінку.
# machine-drafted
projects-details-heading = Назва та об’єднання-учасники
# machine-drafted
projects-details-hint = Додані об’єднання та ті, що більше не беруть участі, отримують електронний лист.
# machine-drafted
projects-details-save = Зберегти назву та об’єднання
# machine-drafted
projects-event-details-title = Назву змінено: { $title }
# machine-drafted
projects-event-partner-added = Додано об’єднання: { $organisation }
# machine-drafted
projects-event-partner-removed = Об’єднання більше не бере участі: { $organisation }
# machine-drafted
form-error-project-keep-own = Ваше власне об’єднання має залишатися учасником.
# machine-drafted
mail-project-proposed-subject = Новий проєкт співпраці: { $project }
# machine-drafted
mail-project-proposed-body =
    Добрий день,

    { $organisation } подало проєкт співпраці «{ $project }» разом із Вашим об’єднанням. Бюро з питань інтеграції підтверджує його, перш ніж його побачать інші.

    { $link }
# machine-drafted
mail-project-confirmed-subject = Проєкт співпраці підтверджено: { $project }
# machine-drafted
mail-project-confirmed-body =
    Добрий день,

    бюро з питань інтеграції підтвердило проєкт співпраці «{ $project }». Ваше об’єднання бере в ньому участь і може вносити там стан і наступні кроки:

    { $link }
# machine-drafted
mail-project-partner-added-subject = Ваше об’єднання тепер бере участь: { $project }
# machine-drafted
mail-project-partner-added-body =
    Добрий день,

    Ваше об’єднання тепер бере участь у проєкті співпраці «{ $project }». Ви можете вносити там стан і наступні кроки:

    { $link }
# machine-drafted
mail-project-partner-removed-subject = Ваше об’єднання більше не бере участі: { $project }
# machine-drafted
mail-project-partner-removed-body =
    Добрий день,

    Ваше об’єднання більше не значиться в проєкті співпраці «{ $project }». Якщо це помилка, будь ласка, напишіть бюро з питань інтеграції.

    { $link }
