# Machine-drafted translation (Russian), awaiting review by a native speaker.
# Проекты сотрудничества.

# machine-drafted
nav-projects = Проекты
# machine-drafted
projects-board = Проекты сотрудничества
# machine-drafted
projects-board-intro = Все проекты сотрудничества сети по состоянию. Проекты, которые никто не обновлял 90 дней, отмечены: спросите объединения-участники.
# machine-drafted
projects-stale-count = { $count ->
    [one] { $count } проект не обновлялся 90 дней.
    [few] { $count } проекта не обновлялись 90 дней.
    [many] { $count } проектов не обновлялись 90 дней.
   *[other] { $count } проекта не обновлялись 90 дней.
}
# machine-drafted
projects-stale = Не обновлялся 90 дней
# machine-drafted
projects-not-public = Не публичный
# machine-drafted
projects-column-empty = Нет проектов.
# machine-drafted
projects-proposals = Поданные проекты
# machine-drafted
projects-proposals-none = Нет поданных проектов, ожидающих подтверждения.
# machine-drafted
projects-confirm = Подтвердить
# machine-drafted
projects-updated = Последнее обновление
# machine-drafted
project-status-label = Состояние
# machine-drafted
project-status-idea = Идея
# machine-drafted
project-status-planned = Запланирован
# machine-drafted
project-status-running = Идёт
# machine-drafted
project-status-done = Завершён
# machine-drafted
project-status-stopped = Прекращён
# machine-drafted
projects-partners = Объединения-участники
# machine-drafted
projects-origin = Происхождение
# machine-drafted
project-origin-meeting = Из результатов «{ $meeting }»
# machine-drafted
project-origin-introduction = Из запроса на контакт
# machine-drafted
project-origin-office = Внесён бюро по вопросам интеграции
# machine-drafted
projects-description = Описание
# machine-drafted
projects-description-hint = О чём речь, кто что делает? Можно использовать Markdown, например **жирный** или списки с «-».
# machine-drafted
projects-stop-reason = Почему проект прекращён
# machine-drafted
projects-next-steps = Следующие шаги
# machine-drafted
projects-next-steps-none = Следующие шаги ещё не внесены.
# machine-drafted
projects-step-due = до
# machine-drafted
projects-step-done = выполнено
# machine-drafted
projects-mark-done = Выполнено
# machine-drafted
projects-history = История
# machine-drafted
projects-event-created = Создан с состоянием «{ $status }»
# machine-drafted
projects-event-status = Состояние изменено: { $status }
# machine-drafted
projects-event-step = Внесён следующий шаг: { $step }
# machine-drafted
projects-event-step-done = Выполнено: { $step }
# machine-drafted
projects-event-visible = Показывается публично
# machine-drafted
projects-event-hidden = Больше не показывается публично
# machine-drafted
projects-event-confirmed = Подтверждён бюро по вопросам интеграции
# machine-drafted
projects-update-heading = Обновить проект
# machine-drafted
projects-status-new = Новое состояние
# machine-drafted
projects-reason-label = Причина (только если проект прекращается)
# machine-drafted
projects-status-save = Сохранить состояние
# machine-drafted
projects-step-add-heading = Внести следующий шаг
# machine-drafted
projects-step-label = Что нужно сделать дальше?
# machine-drafted
projects-due-label = До какого числа? (необязательно)
# machine-drafted
projects-due-hint = Дата, например 2027-03-31.
# machine-drafted
projects-step-save = Сохранить шаг
# machine-drafted
projects-visible-label = Показывать публично: на отдельной странице и в профилях объединений-участников
# machine-drafted
projects-visible-save = Сохранить видимость
# machine-drafted
projects-saved = Сохранено.
# machine-drafted
projects-conflict = Тем временем кто-то изменил проект. Ваши данные остались в форме: пожалуйста, проверьте новое состояние и сохраните ещё раз.
# machine-drafted
projects-pending = Этот проект подан и ждёт подтверждения бюро по вопросам интеграции. До тех пор его видят только объединения-участники и бюро по вопросам интеграции.
# machine-drafted
projects-hidden = Этот проект не публичный: его видят только объединения-участники и бюро по вопросам интеграции.
# machine-drafted
projects-form-new = Новый проект сотрудничества
# machine-drafted
projects-form-track = Отслеживать запланированный проект как проект сотрудничества
# machine-drafted
projects-form-propose = Подать проект сотрудничества
# machine-drafted
projects-form-from-meeting = Из результатов «{ $meeting }». Проверьте и дополните данные; проект начинается с состояния «Запланирован».
# machine-drafted
projects-form-from-introduction = Из запроса на контакт между { $first } и { $second }. Бюро по вопросам интеграции подтверждает проект, прежде чем его увидят другие.
# machine-drafted
projects-title-label = Название
# machine-drafted
projects-partners-hint = Не меньше двух объединений.
# machine-drafted
projects-first-step-label = Следующий шаг (необязательно)
# machine-drafted
projects-create = Создать проект
# machine-drafted
projects-propose = Подать проект
# machine-drafted
projects-tracked-already = Этот проект уже отслеживается:
# machine-drafted
projects-track = Отслеживать как проект сотрудничества
# machine-drafted
projects-tracked = Отслеживается как проект сотрудничества:
# machine-drafted
projects-from-introduction = Сделать из этого проект сотрудничества
# machine-drafted
projects-profile-heading = Проекты сотрудничества
# machine-drafted
projects-with = вместе с
# machine-drafted
form-error-project-partners = Пожалуйста, выберите не меньше двух объединений-участников.
# machine-drafted
form-error-project-reason = Пожалуйста, напишите, почему проект прекращается.
# machine-drafted
form-error-project-transition = Из этого состояния так нельзя: проект движется только вперёд или прекращается.
# machine-drafted
error-project-not-found-title = Проект не найден
# machine-drafted
error-project-not-found-text = Такого проекта сотрудничества нет, или он не публичный.
# machine-drafted
error-project-conflict-title = Не получилось
# machine-drafted
error-project-conflict-text = Проект тем временем изменился или уже отслеживается. Пожалуйста, перезагрузите страницу.
# machine-drafted
projects-details-heading = Название и объединения-участники
# machine-drafted
projects-details-hint = Добавленные объединения и те, что больше не участвуют, получают электронное письмо.
# machine-drafted
projects-details-save = Сохранить название и объединения
# machine-drafted
projects-event-details-title = Название изменено: { $title }
# machine-drafted
projects-event-partner-added = Добавлено объединение: { $organisation }
# machine-drafted
projects-event-partner-removed = Объединение больше не участвует: { $organisation }
# machine-drafted
form-error-project-keep-own = Ваше собственное объединение должно остаться участником.
# machine-drafted
mail-project-proposed-subject = Новый проект сотрудничества: { $project }
# machine-drafted
mail-project-proposed-body =
    Здравствуйте,

    { $organisation } подало проект сотрудничества «{ $project }» вместе с Вашим объединением. Бюро по вопросам интеграции подтверждает его, прежде чем его увидят другие.

    { $link }
# machine-drafted
mail-project-confirmed-subject = Проект сотрудничества подтверждён: { $project }
# machine-drafted
mail-project-confirmed-body =
    Здравствуйте,

    бюро по вопросам интеграции подтвердило проект сотрудничества «{ $project }». Ваше объединение участвует в нём и может вносить там состояние и следующие шаги:

    { $link }
# machine-drafted
mail-project-partner-added-subject = Ваше объединение теперь участвует: { $project }
# machine-drafted
mail-project-partner-added-body =
    Здравствуйте,

    Ваше объединение теперь участвует в проекте сотрудничества «{ $project }». Вы можете вносить там состояние и следующие шаги:

    { $link }
# machine-drafted
mail-project-partner-removed-subject = Ваше объединение больше не участвует: { $project }
# machine-drafted
mail-project-partner-removed-body =
    Здравствуйте,

    Ваше объединение больше не значится в проекте сотрудничества «{ $project }». Если это ошибка, пожалуйста, напишите бюро по вопросам интеграции.

    { $link }
