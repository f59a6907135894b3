# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
duplicate-contained-name = одинаковые характерные части названия
# machine-drafted
propose-claim = Это наше объединение
# machine-drafted
propose-claim-hint = Если да: ничего предлагать не нужно. Кнопкой «Это наше объединение» Вы просите бюро по вопросам интеграции передать Вам запись; бюро проверит и ответит письмом.
# machine-drafted
propose-claim-hint-sign-in = Если да: ничего предлагать не нужно. «Это наше объединение» ведёт ко входу (или регистрации); затем Вы просите бюро по вопросам интеграции передать Вам запись.
