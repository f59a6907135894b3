# Machine-drafted translation (Russian), awaiting review by a native speaker.
# Встречи сети: ошибки формы, регистрация, отметка присутствия, план столов и его объяснение.

# machine-drafted
meeting-status-upcoming = Предстоящая
# machine-drafted
meeting-status-past = Прошедшая
# machine-drafted
meeting-status-cancelled = Отменена

# machine-drafted
form-error-meeting-datetime = Пожалуйста, укажите дату и время, например 2026-01-11 10:00.
# machine-drafted
form-error-meeting-start-past = Начало в прошлом. Новая встреча должна начинаться в будущем.
# machine-drafted
form-error-meeting-end-before-start = Окончание должно быть после начала.
# machine-drafted
form-error-meeting-deadline-after-start = Срок регистрации должен быть до начала. Если оставить пустым, регистрация открыта до начала.
# machine-drafted
form-error-meeting-capacity-range = Пожалуйста, укажите число от 1 до 1000.
# machine-drafted
form-error-meeting-limit-range = Пожалуйста, укажите число от 1. Если оставить пустым — 2 человека от объединения.
# machine-drafted
form-error-meeting-limit-over-tables = Объединение может прислать не больше людей, чем есть столов: люди из одного объединения никогда не сидят за одним столом.
# machine-drafted
form-error-meeting-seats-short = Вместе у столов меньше мест, чем участников встречи. Пожалуйста, добавьте столы или места или уменьшите число участников.
# machine-drafted
form-error-meeting-rounds-too-long = Раунды вместе длятся дольше, чем встреча.
# machine-drafted
form-error-meeting-rounds-missing = Пожалуйста, добавьте хотя бы один раунд.
# machine-drafted
form-error-meeting-rounds-too-many = У встречи не больше 12 раундов.
# machine-drafted
form-error-meeting-round-minutes = Раунд длится от 5 до 240 минут.
# machine-drafted
form-error-meeting-tables-missing = Пожалуйста, добавьте хотя бы один стол.
# machine-drafted
form-error-meeting-tables-too-many = У встречи не больше 100 столов.
# machine-drafted
form-error-meeting-table-name-twice = Это название уже носит другой стол.
# machine-drafted
form-error-meeting-table-capacity = У стола от 2 до 50 мест.
# machine-drafted
form-error-meeting-moderator-unknown = Модератор стола должен быть подтверждённой регистрацией на эту встречу.
# machine-drafted
form-error-meeting-moderator-twice = Этот человек уже модерирует другой стол.
# machine-drafted
form-error-meeting-project-partners = Пожалуйста, выберите хотя бы одно участвующее объединение.
# machine-drafted
form-error-meeting-result-empty = Пожалуйста, внесите хотя бы одну идею, видение, контакт или проект.

# machine-drafted
meeting-refused-cancelled = Эта встреча отменена.
# machine-drafted
meeting-refused-past = Эта встреча уже прошла.
# machine-drafted
meeting-refused-deadline = Срок регистрации истёк. Пожалуйста, обратитесь в бюро по интеграции.
# machine-drafted
meeting-refused-association-limit = От Вашего объединения уже зарегистрировано максимальное число людей ({ $limit }); больше на эту встречу нельзя.
# machine-drafted
meeting-refused-already-registered = Этот адрес электронной почты уже зарегистрирован на эту встречу.
# machine-drafted
meeting-checkin-not-confirmed = Отметить присутствие можно только для подтверждённых регистраций. Людей из списка ожидания бюро сначала добавляет как участников.

# machine-drafted
meeting-move-round-held = Этот раунд уже прошёл; он остаётся как был.
# machine-drafted
meeting-move-no-such-place = Такого раунда или стола нет.
# machine-drafted
meeting-move-not-seated = У этого человека нет стола в этом раунде.
# machine-drafted
meeting-move-locked = Место этого человека закреплено. Сначала снимите закрепление.
# machine-drafted
meeting-move-table-full = Этот стол в этом раунде уже заполнен.
# machine-drafted
meeting-move-same-association = За этим столом уже сидит кто-то из того же объединения.

# machine-drafted
meeting-plan-new-contacts = { $count ->
    [one] Возникает { $count } новый контакт.
    [few] Возникают { $count } новых контакта.
   *[other] Возникает { $count } новых контактов.
}
# machine-drafted
meeting-plan-interests = { $met } из { $total } пар объединений, у которых предложение подходит к потребности, хотя бы раз сидят вместе.
# machine-drafted
meeting-plan-known-pairs = Пар, знакомых по прежним встречам, которые снова сидят вместе: { $count }.
# machine-drafted
meeting-plan-no-compromise = План не потребовал компромиссов.
# machine-drafted
meeting-plan-changed-by-hand = План изменён вручную; показатели пересчитаны.
# machine-drafted
meeting-plan-repeats = Пары сидят вместе больше одного раза, всего на { $count } раз больше.

# machine-drafted
meeting-compromise-repeats-unavoidable = Некоторые люди сидят вместе больше одного раза. При этих столах и раундах этого не избежать: нужно не меньше { $count } повторов, и в плане их не больше.
# machine-drafted
meeting-compromise-repeats-above-bound = Пары сидят вместе больше одного раза, всего на { $count } раз больше. Возможно, хватило бы { $bound }; лучшего плана за доступное время не найдено.
# machine-drafted
meeting-compromise-three-times = Пар, которые сидят вместе три раза или чаще: { $count }.
# machine-drafted
meeting-compromise-known-pairs = Люди, знакомые по прежним встречам, сидят вместе столько раз: { $count }.
# machine-drafted
meeting-compromise-interests-unmet = { $unmet } из { $total } пар людей, чьи объединения имеют подходящие предложения и потребности, ни разу не сидят за одним столом.
# machine-drafted
meeting-compromise-uneven-tables = В раунде { $round } столы заполнены неравномерно: от { $smallest } до { $largest } человек.
# machine-drafted
meeting-compromise-people-moved = При перепланировании стол меняют человек: { $count }.

# machine-drafted
meeting-plan-error-association-too-large = В раунде { $round } присутствуют { $count } человека из { $association }, но столов только { $tables }. Люди из одного объединения никогда не сидят вместе: пожалуйста, добавьте стол или отмените чью-то регистрацию.
# machine-drafted
meeting-plan-error-too-few-seats = В раунде { $round } присутствуют { $count } человек, но у столов вместе только { $seats } мест. Пожалуйста, добавьте места или стол.
# machine-drafted
meeting-plan-error-unseatable = В раунде { $round } места и закреплённые люди не позволяют рассадить людей одного объединения отдельно. Пожалуйста, снимите закрепления или добавьте места.
# machine-drafted
meeting-plan-error-locks = Закреплённые места противоречат друг другу (например, два человека из одного объединения за одним столом или переполненный стол). Пожалуйста, снимите одно из закреплений.
# machine-drafted
meeting-plan-error-no-plan = За доступное время не найден план, соблюдающий все правила. Пожалуйста, попробуйте ещё раз или снимите закрепления.
# machine-drafted
meeting-plan-error-internal = План не удалось составить из-за ошибки в Knotenpunkt. Пожалуйста, сообщите администраторам.
