# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# Зустрічі мережі: помилки форми, реєстрація, відмітка присутності, план столів і його пояснення.

# machine-drafted
meeting-status-upcoming = Майбутня
# machine-drafted
meeting-status-past = Минула
# machine-drafted
meeting-status-cancelled = Скасована

# machine-drafted
form-error-meeting-datetime = Будь ласка, вкажіть дату й час, наприклад 2026-01-11 10:00.
# machine-drafted
form-error-meeting-start-past = Початок у минулому. Нова зустріч має починатися в майбутньому.
# machine-drafted
form-error-meeting-end-before-start = Кінець має бути після початку.
# machine-drafted
form-error-meeting-deadline-after-start = Кінцевий термін реєстрації має бути до початку. Якщо залишити порожнім, реєстрація відкрита до початку.
# machine-drafted
form-error-meeting-capacity-range = Будь ласка, вкажіть число від 1 до 1000.
# machine-drafted
form-error-meeting-limit-range = Будь ласка, вкажіть число від 1. Якщо залишити порожнім — 2 особи від об'єднання.
# machine-drafted
form-error-meeting-limit-over-tables = Об'єднання може надіслати щонайбільше стільки людей, скільки є столів: люди з одного об'єднання ніколи не сидять за одним столом.
# machine-drafted
form-error-meeting-seats-short = Разом у столів менше місць, ніж учасників зустрічі. Будь ласка, додайте столи чи місця або зменште кількість учасників.
# machine-drafted
form-error-meeting-rounds-too-long = Раунди разом тривають довше, ніж зустріч.
# machine-drafted
form-error-meeting-rounds-missing = Будь ласка, додайте щонайменше один раунд.
# machine-drafted
form-error-meeting-rounds-too-many = Зустріч має щонайбільше 12 раундів.
# machine-drafted
form-error-meeting-round-minutes = Раунд триває від 5 до 240 хвилин.
# machine-drafted
form-error-meeting-tables-missing = Будь ласка, додайте щонайменше один стіл.
# machine-drafted
form-error-meeting-tables-too-many = Зустріч має щонайбільше 100 столів.
# machine-drafted
form-error-meeting-table-name-twice = Цю назву вже має інший стіл.
# machine-drafted
form-error-meeting-table-capacity = Стіл має від 2 до 50 місць.
# machine-drafted
form-error-meeting-moderator-unknown = Модератор столу має бути підтвердженою реєстрацією на цю зустріч.
# machine-drafted
form-error-meeting-moderator-twice = Ця особа вже модерує інший стіл.
# machine-drafted
form-error-meeting-project-partners = Будь ласка, виберіть щонайменше одне об'єднання-учасника.
# machine-drafted
form-error-meeting-result-empty = Будь ласка, внесіть щонайменше одну ідею, візію, контакт або проєкт.

# machine-drafted
meeting-refused-cancelled = Цю зустріч скасовано.
# machine-drafted
meeting-refused-past = Ця зустріч уже відбулася.
# machine-drafted
meeting-refused-deadline = Термін реєстрації минув. Будь ласка, зверніться до бюро з інтеграції.
# machine-drafted
meeting-refused-association-limit = Ваше об'єднання вже зареєструвало найбільшу можливу кількість людей ({ $limit }); більше на цю зустріч не можна.
# machine-drafted
meeting-refused-already-registered = Цю адресу електронної пошти вже зареєстровано на цю зустріч.
# machine-drafted
meeting-checkin-not-confirmed = Відмітити присутність можна лише для підтверджених реєстрацій. Людей зі списку очікування бюро спершу додає як учасників.

# machine-drafted
meeting-move-round-held = Цей раунд уже відбувся; він залишається таким, як був.
# machine-drafted
meeting-move-no-such-place = Такого раунду чи столу немає.
# machine-drafted
meeting-move-not-seated = Ця особа не має столу в цьому раунді.
# machine-drafted
meeting-move-locked = Місце цієї особи закріплено. Спершу зніміть закріплення.
# machine-drafted
meeting-move-table-full = Цей стіл у цьому раунді вже заповнений.
# machine-drafted
meeting-move-same-association = За цим столом уже сидить хтось із того самого об'єднання.

# machine-drafted
meeting-plan-new-contacts = { $count ->
    [one] Виникає { $count } новий контакт.
    [few] Виникають { $count } нові контакти.
   *[other] Виникає { $count } нових контактів.
}
# machine-drafted
meeting-plan-interests = { $met } з { $total } пар об'єднань, у яких пропозиція відповідає потребі, хоча б раз сидять разом.
# machine-drafted
meeting-plan-known-pairs = Пар, знайомих з попередніх зустрічей, які знову сидять разом: { $count }.
# machine-drafted
meeting-plan-no-compromise = План не потребував компромісів.
# machine-drafted
meeting-plan-changed-by-hand = План змінено вручну; показники перераховано.
# machine-drafted
meeting-plan-repeats = Пари сидять разом більше одного разу, загалом на { $count } разів більше.

# machine-drafted
meeting-compromise-repeats-unavoidable = Деякі люди сидять разом більше одного разу. З цими столами й раундами цього не уникнути: потрібно щонайменше { $count } повторів, і план не має більше.
# machine-drafted
meeting-compromise-repeats-above-bound = Пари сидять разом більше одного разу, загалом на { $count } разів більше. Можливо, вистачило б { $bound }; кращого плану за доступний час не знайдено.
# machine-drafted
meeting-compromise-three-times = Пар, які сидять разом тричі або частіше: { $count }.
# machine-drafted
meeting-compromise-known-pairs = Люди, знайомі з попередніх зустрічей, сидять разом стільки разів: { $count }.
# machine-drafted
meeting-compromise-interests-unmet = { $unmet } з { $total } пар людей, чиї об'єднання мають відповідні пропозиції та потреби, жодного разу не сидять за одним столом.
# machine-drafted
meeting-compromise-uneven-tables = У раунді { $round } столи заповнені нерівно: від { $smallest } до { $largest } осіб.
# machine-drafted
meeting-compromise-people-moved = Під час повторного планування стіл змінюють осіб: { $count }.

# machine-drafted
meeting-plan-error-association-too-large = У раунді { $round } присутні { $count } особи з { $association }, але столів лише { $tables }. Люди з одного об'єднання ніколи не сидять разом: будь ласка, додайте стіл або скасуйте чиюсь реєстрацію.
# machine-drafted
meeting-plan-error-too-few-seats = У раунді { $round } присутні { $count } осіб, але столи разом мають лише { $seats } місць. Будь ласка, додайте місця або стіл.
# machine-drafted
meeting-plan-error-unseatable = У раунді { $round } місця та закріплені особи не дозволяють розсадити людей з одного об'єднання окремо. Будь ласка, зніміть закріплення або додайте місця.
# machine-drafted
meeting-plan-error-locks = Закріплені місця суперечать одне одному (наприклад, дві особи з одного об'єднання за одним столом або переповнений стіл). Будь ласка, зніміть одне із закріплень.
# machine-drafted
meeting-plan-error-no-plan = За доступний час не знайдено плану, що виконує всі правила. Будь ласка, спробуйте ще раз або зніміть закріплення.
# machine-drafted
meeting-plan-error-internal = План не вдалося скласти через помилку в Knotenpunkt. Будь ласка, повідомте адміністраторів.
