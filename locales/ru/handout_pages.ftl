# Machine-drafted translation (Russian), awaiting review by a native speaker.

# Pages about a network meeting's print material (print bundle, changed only, by email) and the
# mail with the personal handout.

# machine-drafted
meetings-print = Пакет для печати
# machine-drafted
meetings-print-title = Пакет для печати и личные материалы
# machine-drafted
meetings-print-count = Личные материалы: { $handouts }, листы столов: { $sheets }, а также бейджи.
# machine-drafted
meetings-print-download = Скачать пакет для печати (PDF)
# machine-drafted
meetings-print-changed-heading = Изменено после последней печати
# machine-drafted
meetings-print-not-printed = Ещё не напечатано: пакет для печати содержит всё.
# machine-drafted
meeting-print-nothing-changed = После последней печати ничего не изменилось.
# machine-drafted
meetings-print-changed-sheets = Изменённые листы столов: { $count }
# machine-drafted
meetings-print-download-changed = Скачать только изменённое (PDF)
# machine-drafted
meetings-print-mail-heading = По электронной почте
# machine-drafted
meetings-print-mail-text = Каждый участник получает свои личные материалы в формате PDF на адрес, с которым зарегистрировался, на своём языке.
# machine-drafted
meetings-print-mail-submit = Отправить личные материалы по электронной почте
# machine-drafted
meetings-print-mailed = Личные материалы отправляются по электронной почте участникам: { $count }.
# machine-drafted
meetings-own-handouts = Личные материалы
# machine-drafted
meetings-own-handout-link = Материалы: { $name } (PDF)
# machine-drafted
mail-meeting-handout-subject = Ваши материалы: { $meeting }
# machine-drafted
mail-meeting-handout-body =
    Здравствуйте!

    Во вложении Ваши личные материалы к «{ $meeting }»: Ваш стол в каждом раунде, кто за ним сидит и с кем Вам стоит поговорить.

    Когда: { $when }
    Где: { $venue }

    Всё о встрече: { $link }
