# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
introductions-unlinked = Ваш обліковий запис ще не пов’язаний з жодним об’єднанням. Запити до Вашого об’єднання з’являться тут, щойно бюро з питань інтеграції підтвердить, що Ви його представляєте: знайдіть своє об’єднання в довіднику й оберіть там «Це наше об’єднання».
# machine-drafted
introductions-unlinked-find = Знайти своє об’єднання в довіднику
# machine-drafted
claims-waiting =
    { $count ->
        [one] На це об’єднання чекає один запит на знайомство, від:
       *[other] Запитів на знайомство, що чекають на це об’єднання: { $count }, від:
    }

# machine-drafted
guide-where = Крок { $step } з { $total }: { $title }
# machine-drafted
guide-for = Для об’єднання { $organisation }
# machine-drafted
guide-done = виконано
# machine-drafted
guide-step-register = Створити обліковий запис або увійти
# machine-drafted
guide-step-verify = Підтвердити адресу електронної пошти
# machine-drafted
guide-step-claim = Підтвердити: «Це наше об’єднання»
# machine-drafted
guide-step-profile = Доповнити профіль і відповісти на запити на контакт
# machine-drafted
guide-after-verify = Після підтвердження Ви входите й одразу переходите до кроку 3: «Це наше об’єднання».
# machine-drafted
guide-login-then-claim = Після входу Ви продовжите з кроку 3: «Це наше об’єднання».
# machine-drafted
join-title = Це наше об’єднання
# machine-drafted
join-start-intro = Ви представляєте { $organisation }? За чотири кроки пов’яжіть обліковий запис зі своїм об’єднанням.
# machine-drafted
join-start-text = Спочатку створіть обліковий запис – або увійдіть, якщо він у Вас уже є, – і підтвердьте адресу електронної пошти. Посилання в листі потім поверне Вас сюди.
# machine-drafted
join-register = Створити обліковий запис
# machine-drafted
join-login = У мене вже є обліковий запис: увійти
# machine-drafted
join-claim-intro = Ви увійшли. Тепер підтвердьте, що Ви представляєте { $organisation }.
# machine-drafted
join-claim-then = Бюро з питань інтеграції перевірить заявку й напише Вам листа.
# machine-drafted
join-what-now = Що далі?
# machine-drafted
join-waiting-office = Бюро з питань інтеграції перевіряє Вашу заявку.
# machine-drafted
join-waiting-mail = Щойно рішення буде ухвалено, Ви отримаєте листа.
# machine-drafted
join-waiting-then = Після цього Ви доповните профіль свого об’єднання та відповідатимете на запити на контакт до нього.
# machine-drafted
join-editor-text = Тепер Ви редагуєте { $organisation }. Доповніть профіль і відповідайте на запити на контакт до Вашого об’єднання.
# machine-drafted
join-edit = Доповнити профіль
# machine-drafted
join-introductions = Переглянути запити на контакт
# machine-drafted
join-to-profile = До публічного профілю об’єднання
