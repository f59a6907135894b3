# Machine-drafted translation (Russian), awaiting review by a native speaker.
# Встречи сети: ошибки формы, регистрация, отметка присутствия, план столов и его объяснение.

meeting-status-upcoming = Предстоящая
meeting-status-past = Прошедшая
meeting-status-cancelled = Отменена

form-error-meeting-datetime = Пожалуйста, укажите дату и время, например 2026-01-11 10:00.
form-error-meeting-start-past = Начало в прошлом. Новая встреча должна начинаться в будущем.
form-error-meeting-end-before-start = Окончание должно быть после начала.
form-error-meeting-deadline-after-start = Срок регистрации должен быть до начала. Если оставить пустым, регистрация открыта до начала.
form-error-meeting-capacity-range = Пожалуйста, укажите число от 1 до 1000.
form-error-meeting-limit-range = Пожалуйста, укажите число от 1. Если оставить пустым — 2 человека от объединения.
form-error-meeting-limit-over-tables = Объединение может прислать не больше людей, чем есть столов: люди из одного объединения никогда не сидят за одним столом.
form-error-meeting-seats-short = Вместе у столов меньше мест, чем участников встречи. Пожалуйста, добавьте столы или места или уменьшите число участников.
form-error-meeting-rounds-too-long = Раунды вместе длятся дольше, чем встреча.
form-error-meeting-rounds-missing = Пожалуйста, добавьте хотя бы один раунд.
form-error-meeting-rounds-too-many = У встречи не больше 12 раундов.
form-error-meeting-round-minutes = Раунд длится от 5 до 240 минут.
form-error-meeting-tables-missing = Пожалуйста, добавьте хотя бы один стол.
form-error-meeting-tables-too-many = У встречи не больше 100 столов.
form-error-meeting-table-name-twice = Это название уже носит другой стол.
form-error-meeting-table-capacity = У стола от 2 до 50 мест.
form-error-meeting-moderator-unknown = Модератор стола должен быть подтверждённой регистрацией на эту встречу.
form-error-meeting-moderator-twice = Этот человек уже модерирует другой стол.
form-error-meeting-project-partners = Пожалуйста, выберите хотя бы одно участвующее объединение.
form-error-meeting-result-empty = Пожалуйста, внесите хотя бы одну идею, видение, контакт или проект.

meeting-refused-cancelled = Эта встреча отменена.
meeting-refused-past = Эта встреча уже прошла.
meeting-refused-deadline = Срок регистрации истёк. Пожалуйста, обратитесь в бюро по интеграции.
meeting-refused-association-limit = От Вашего объединения уже зарегистрировано максимальное число людей ({ $limit }); больше на эту встречу нельзя.
meeting-refused-already-registered = Этот адрес электронной почты уже зарегистрирован на эту встречу.
meeting-checkin-not-confirmed = Отметить присутствие можно только для подтверждённых регистраций. Людей из списка ожидания бюро сначала добавляет как участников.

meeting-move-round-held = Этот раунд уже прошёл; он остаётся как был.
meeting-move-no-such-place = Такого раунда или стола нет.
meeting-move-not-seated = У этого человека нет стола в этом раунде.
meeting-move-locked = Место этого человека закреплено. Сначала снимите закрепление.
meeting-move-table-full = Этот стол в этом раунде уже заполнен.
meeting-move-same-association = За этим столом уже сидит кто-то из того же объединения.

meeting-plan-new-contacts = { $count ->
    [one] Возникает { $count } новый контакт.
    [few] Возникают { $count } новых контакта.
   *[other] Возникает { $count } новых контактов.
}
meeting-plan-interests = { $met } из { $total } пар объединений, у которых предложение подходит к потребности, хотя бы раз сидят вместе.
meeting-plan-known-pairs = Пар, знакомых по прежним встречам, которые снова сидят вместе: { $count }.
meeting-plan-no-compromise = План не потребовал компромиссов.
meeting-plan-changed-by-hand = План изменён вручную; показатели пересчитаны.
meeting-plan-repeats = Пары сидят вместе больше одного раза, всего на { $count } раз больше.

meeting-compromise-repeats-unavoidable = Некоторые люди сидят вместе больше одного раза. При этих столах и раундах этого не избежать: нужно не меньше { $count } повторов, и в плане их не больше.
meeting-compromise-repeats-above-bound = Пары сидят вместе больше одного раза, всего на { $count } раз больше. Возможно, хватило бы { $bound }; лучшего плана за доступное время не найдено.
meeting-compromise-three-times = Пар, которые сидят вместе три раза или чаще: { $count }.
meeting-compromise-known-pairs = Люди, знакомые по прежним встречам, сидят вместе столько раз: { $count }.
meeting-compromise-interests-unmet = { $unmet } из { $total } пар людей, чьи объединения имеют подходящие предложения и потребности, ни разу не сидят за одним столом.
meeting-compromise-uneven-tables = В раунде { $round } столы заполнены неравномерно: от { $smallest } до { $largest } человек.
meeting-compromise-people-moved = При перепланировании стол меняют человек: { $count }.

meeting-plan-error-association-too-large = В раунде { $round } присутствуют { $count } человека из { $association }, но столов только { $tables }. Люди из одного объединения никогда не сидят вместе: пожалуйста, добавьте стол или отмените чью-то регистрацию.
meeting-plan-error-too-few-seats = В раунде { $round } присутствуют { $count } человек, но у столов вместе только { $seats } мест. Пожалуйста, добавьте места или стол.
meeting-plan-error-unseatable = В раунде { $round } места и закреплённые люди не позволяют рассадить людей одного объединения отдельно. Пожалуйста, снимите закрепления или добавьте места.
meeting-plan-error-locks = Закреплённые места противоречат друг другу (например, два человека из одного объединения за одним столом или переполненный стол). Пожалуйста, снимите одно из закреплений.
meeting-plan-error-no-plan = За доступное время не найден план, соблюдающий все правила. Пожалуйста, попробуйте ещё раз или снимите закрепления.
meeting-plan-error-internal = План не удалось составить из-за ошибки в Knotenpunkt. Пожалуйста, сообщите администраторам.
