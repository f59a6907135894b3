# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.

# Pages about a network meeting's print material (print bundle, changed only, by email) and the
# mail with the personal handout.

# machine-drafted
meetings-print = Пакет для друку
# machine-drafted
meetings-print-title = Пакет для друку та особисті матеріали
# machine-drafted
meetings-print-count = Особисті матеріали: { $handouts }, аркуші столів: { $sheets }, а також бейджі.
# machine-drafted
meetings-print-download = Завантажити пакет для друку (PDF)
# machine-drafted
meetings-print-changed-heading = Змінено після останнього друку
# machine-drafted
meetings-print-not-printed = Ще не надруковано: пакет для друку містить усе.
# machine-drafted
meeting-print-nothing-changed = Після останнього друку нічого не змінилося.
# machine-drafted
meetings-print-changed-sheets = Змінені аркуші столів: { $count }
# machine-drafted
meetings-print-download-changed = Завантажити лише змінене (PDF)
# machine-drafted
meetings-print-mail-heading = Електронною поштою
# machine-drafted
meetings-print-mail-text = Кожен учасник отримує свої особисті матеріали у форматі PDF на адресу, з якою зареєструвався, своєю мовою.
# machine-drafted
meetings-print-mail-submit = Надіслати особисті матеріали електронною поштою
# machine-drafted
meetings-print-mailed = Особисті матеріали надсилаються електронною поштою учасникам: { $count }.
# machine-drafted
meetings-own-handouts = Особисті матеріали
# machine-drafted
meetings-own-handout-link = Матеріали: { $name } (PDF)
# machine-drafted
mail-meeting-handout-subject = Ваші матеріали: { $meeting }
# machine-drafted
mail-meeting-handout-body =
    Доброго дня!

    У вкладенні Ваші особисті матеріали до «{ $meeting }»: Ваш стіл у кожному раунді, хто за ним сидить і з ким Вам варто поговорити.

    Коли: { $when }
    Де: { $venue }

    Усе про зустріч: { $link }
