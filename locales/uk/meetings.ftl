# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# Зустрічі мережі: помилки форми, реєстрація, відмітка присутності, план столів і його пояснення.

meeting-status-upcoming = Майбутня
meeting-status-past = Минула
meeting-status-cancelled = Скасована

form-error-meeting-datetime = Будь ласка, вкажіть дату й час, наприклад 2026-01-11 10:00.
form-error-meeting-start-past = Початок у минулому. Нова зустріч має починатися в майбутньому.
form-error-meeting-end-before-start = Кінець має бути після початку.
form-error-meeting-deadline-after-start = Кінцевий термін реєстрації має бути до початку. Якщо залишити порожнім, реєстрація відкрита до початку.
form-error-meeting-capacity-range = Будь ласка, вкажіть число від 1 до 1000.
form-error-meeting-limit-range = Будь ласка, вкажіть число від 1. Якщо залишити порожнім — 2 особи від об'єднання.
form-error-meeting-limit-over-tables = Об'єднання може надіслати щонайбільше стільки людей, скільки є столів: люди з одного об'єднання ніколи не сидять за одним столом.
form-error-meeting-seats-short = Разом у столів менше місць, ніж учасників зустрічі. Будь ласка, додайте столи чи місця або зменште кількість учасників.
form-error-meeting-rounds-too-long = Раунди разом тривають довше, ніж зустріч.
form-error-meeting-rounds-missing = Будь ласка, додайте щонайменше один раунд.
form-error-meeting-rounds-too-many = Зустріч має щонайбільше 12 раундів.
form-error-meeting-round-minutes = Раунд триває від 5 до 240 хвилин.
form-error-meeting-tables-missing = Будь ласка, додайте щонайменше один стіл.
form-error-meeting-tables-too-many = Зустріч має щонайбільше 100 столів.
form-error-meeting-table-name-twice = Цю назву вже має інший стіл.
form-error-meeting-table-capacity = Стіл має від 2 до 50 місць.
form-error-meeting-moderator-unknown = Модератор столу має бути підтвердженою реєстрацією на цю зустріч.
form-error-meeting-moderator-twice = Ця особа вже модерує інший стіл.
form-error-meeting-project-partners = Будь ласка, виберіть щонайменше одне об'єднання-учасника.
form-error-meeting-result-empty = Будь ласка, внесіть щонайменше одну ідею, візію, контакт або проєкт.

meeting-refused-cancelled = Цю зустріч скасовано.
meeting-refused-past = Ця зустріч уже відбулася.
meeting-refused-deadline = Термін реєстрації минув. Будь ласка, зверніться до бюро з інтеграції.
meeting-refused-association-limit = Ваше об'єднання вже зареєструвало найбільшу можливу кількість людей ({ $limit }); більше на цю зустріч не можна.
meeting-refused-already-registered = Цю адресу електронної пошти вже зареєстровано на цю зустріч.
meeting-checkin-not-confirmed = Відмітити присутність можна лише для підтверджених реєстрацій. Людей зі списку очікування бюро спершу додає як учасників.

meeting-move-round-held = Цей раунд уже відбувся; він залишається таким, як був.
meeting-move-no-such-place = Такого раунду чи столу немає.
meeting-move-not-seated = Ця особа не має столу в цьому раунді.
meeting-move-locked = Місце цієї особи закріплено. Спершу зніміть закріплення.
meeting-move-table-full = Цей стіл у цьому раунді вже заповнений.
meeting-move-same-association = За цим столом уже сидить хтось із того самого об'єднання.

meeting-plan-new-contacts = { $count ->
    [one] Виникає { $count } новий контакт.
    [few] Виникають { $count } нові контакти.
   *[other] Виникає { $count } нових контактів.
}
meeting-plan-interests = { $met } з { $total } пар об'єднань, у яких пропозиція відповідає потребі, хоча б раз сидять разом.
meeting-plan-known-pairs = Пар, знайомих з попередніх зустрічей, які знову сидять разом: { $count }.
meeting-plan-no-compromise = План не потребував компромісів.
meeting-plan-changed-by-hand = План змінено вручну; показники перераховано.
meeting-plan-repeats = Пари сидять разом більше одного разу, загалом на { $count } разів більше.

meeting-compromise-repeats-unavoidable = Деякі люди сидять разом більше одного разу. З цими столами й раундами цього не уникнути: потрібно щонайменше { $count } повторів, і план не має більше.
meeting-compromise-repeats-above-bound = Пари сидять разом більше одного разу, загалом на { $count } разів більше. Можливо, вистачило б { $bound }; кращого плану за доступний час не знайдено.
meeting-compromise-three-times = Пар, які сидять разом тричі або частіше: { $count }.
meeting-compromise-known-pairs = Люди, знайомі з попередніх зустрічей, сидять разом стільки разів: { $count }.
meeting-compromise-interests-unmet = { $unmet } з { $total } пар людей, чиї об'єднання мають відповідні пропозиції та потреби, жодного разу не сидять за одним столом.
meeting-compromise-uneven-tables = У раунді { $round } столи заповнені нерівно: від { $smallest } до { $largest } осіб.
meeting-compromise-people-moved = Під час повторного планування стіл змінюють осіб: { $count }.

meeting-plan-error-association-too-large = У раунді { $round } присутні { $count } особи з { $association }, але столів лише { $tables }. Люди з одного об'єднання ніколи не сидять разом: будь ласка, додайте стіл або скасуйте чиюсь реєстрацію.
meeting-plan-error-too-few-seats = У раунді { $round } присутні { $count } осіб, але столи разом мають лише { $seats } місць. Будь ласка, додайте місця або стіл.
meeting-plan-error-unseatable = У раунді { $round } місця та закріплені особи не дозволяють розсадити людей з одного об'єднання окремо. Будь ласка, зніміть закріплення або додайте місця.
meeting-plan-error-locks = Закріплені місця суперечать одне одному (наприклад, дві особи з одного об'єднання за одним столом або переповнений стіл). Будь ласка, зніміть одне із закріплень.
meeting-plan-error-no-plan = За доступний час не знайдено плану, що виконує всі правила. Будь ласка, спробуйте ще раз або зніміть закріплення.
meeting-plan-error-internal = План не вдалося скласти через помилку в Knotenpunkt. Будь ласка, повідомте адміністраторів.
