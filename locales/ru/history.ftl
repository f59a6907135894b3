# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
diff-legend-before = Было:
# machine-drafted
diff-legend-removed = удалённые слова
# machine-drafted
diff-legend-after = Стало:
# machine-drafted
diff-legend-added = добавленные слова
# machine-drafted
diff-moved = { $metres } м на { $direction }
# machine-drafted
diff-direction-north = север
# machine-drafted
diff-direction-north-east = северо-восток
# machine-drafted
diff-direction-east = восток
# machine-drafted
diff-direction-south-east = юго-восток
# machine-drafted
diff-direction-south = юг
# machine-drafted
diff-direction-south-west = юго-запад
# machine-drafted
diff-direction-west = запад
# machine-drafted
diff-direction-north-west = северо-запад
# machine-drafted
history-restored-from = восстановлено из версии { $number }
# machine-drafted
history-restore-confirm-title = Восстановить версию { $number }?
# machine-drafted
history-restore-confirm-text = Запись снова станет такой, какой была в версии { $number }, и сразу будет опубликована. Это происходит как новая версия – ни одна версия не теряется, даже сегодняшняя. Все, кто редактирует запись, получат письмо.
# machine-drafted
history-restore-confirm-submit = Да, восстановить версию { $number }
# machine-drafted
history-cancel = Отменить и вернуться к версиям
# machine-drafted
history-restored-note = Версия { $from } восстановлена как новая версия { $number }. { $told ->
        [0] Запись пока никто не редактирует; письмо не отправлено.
       *[other] Редакторам записи отправлено писем: { $told }.
    }
# machine-drafted
history-danger-heading = Опасная зона
# machine-drafted
history-danger-text = Архивированная запись исчезает из справочника, карты, поиска и предложений. Ничего не удаляется; бюро по вопросам интеграции может в любой момент её вернуть.
# machine-drafted
history-archive-start = Архивировать запись …
# machine-drafted
history-archive-confirm-title = Архивировать «{ $name }»?
# machine-drafted
history-archive-confirm-submit = Да, архивировать
# machine-drafted
history-archived-note = Запись архивирована и больше не опубликована.
# machine-drafted
history-unarchived-note = Запись возвращена и снова опубликована.
# machine-drafted
mail-revision-restored-subject = Бюро по вопросам интеграции восстановило прежнюю версию { $organisation }
# machine-drafted
mail-revision-restored-body = 
    Здравствуйте,

    бюро по вопросам интеграции восстановило версию { $number } записи «{ $organisation }». Теперь она опубликована. Более поздние изменения не потеряны: все версии остаются в списке версий.

    Версии и что изменилось:

    { $link }

    На вопросы отвечает бюро по вопросам интеграции.
