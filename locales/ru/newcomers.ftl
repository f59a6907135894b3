# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
introductions-unlinked = Ваша учётная запись ещё не связана ни с одним объединением. Запросы к Вашему объединению появятся здесь, как только бюро по вопросам интеграции подтвердит, что Вы его представляете: найдите своё объединение в каталоге и выберите там «Это наше объединение».
# machine-drafted
introductions-unlinked-find = Найти своё объединение в каталоге
# machine-drafted
claims-waiting =
    { $count ->
        [one] Этого объединения ждёт один запрос на знакомство, от:
       *[other] Запросов на знакомство, ждущих это объединение: { $count }, от:
    }

# machine-drafted
guide-where = Шаг { $step } из { $total }: { $title }
# machine-drafted
guide-for = Для объединения { $organisation }
# machine-drafted
guide-done = выполнено
# machine-drafted
guide-step-register = Создать учётную запись или войти
# machine-drafted
guide-step-verify = Подтвердить адрес электронной почты
# machine-drafted
guide-step-claim = Подтвердить: «Это наше объединение»
# machine-drafted
guide-step-profile = Дополнить профиль и ответить на запросы на контакт
# machine-drafted
guide-after-verify = После подтверждения Вы входите и сразу переходите к шагу 3: «Это наше объединение».
# machine-drafted
guide-login-then-claim = После входа Вы продолжите с шага 3: «Это наше объединение».
# machine-drafted
join-title = Это наше объединение
# machine-drafted
join-start-intro = Вы представляете { $organisation }? За четыре шага свяжите учётную запись со своим объединением.
# machine-drafted
join-start-text = Сначала создайте учётную запись – или войдите, если она у Вас уже есть, – и подтвердите адрес электронной почты. Ссылка в письме затем вернёт Вас сюда.
# machine-drafted
join-register = Создать учётную запись
# machine-drafted
join-login = У меня уже есть учётная запись: войти
# machine-drafted
join-claim-intro = Вы вошли. Теперь подтвердите, что Вы представляете { $organisation }.
# machine-drafted
join-claim-then = Бюро по вопросам интеграции проверит заявку и напишет Вам письмо.
# machine-drafted
join-what-now = Что дальше?
# machine-drafted
join-waiting-office = Бюро по вопросам интеграции проверяет Вашу заявку.
# machine-drafted
join-waiting-mail = Как только решение будет принято, Вы получите письмо.
# machine-drafted
join-waiting-then = После этого Вы дополните профиль своего объединения и будете отвечать на запросы на контакт к нему.
# machine-drafted
join-editor-text = Теперь Вы редактируете { $organisation }. Дополните профиль и отвечайте на запросы на контакт к Вашему объединению.
# machine-drafted
join-edit = Дополнить профиль
# machine-drafted
join-introductions = Посмотреть запросы на контакт
# machine-drafted
join-to-profile = К публичному профилю объединения
