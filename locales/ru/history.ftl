# Machine-drafted translation (Russian), awaiting review by a native speaker.
diff-legend-before = Было:
diff-legend-removed = удалённые слова
diff-legend-after = Стало:
diff-legend-added = добавленные слова
diff-moved = { $metres } м на { $direction }
diff-direction-north = север
diff-direction-north-east = северо-восток
diff-direction-east = восток
diff-direction-south-east = юго-восток
diff-direction-south = юг
diff-direction-south-west = юго-запад
diff-direction-west = запад
diff-direction-north-west = северо-запад
history-restored-from = восстановлено из версии { $number }
history-restore-confirm-title = Восстановить версию { $number }?
history-restore-confirm-text = Запись снова станет такой, какой была в версии { $number }, и сразу будет опубликована. Это происходит как новая версия – ни одна версия не теряется, даже сегодняшняя. Все, кто редактирует запись, получат письмо.
history-restore-confirm-submit = Да, восстановить версию { $number }
history-cancel = Отменить и вернуться к версиям
history-restored-note = Версия { $from } восстановлена как новая версия { $number }. { $told ->
        [0] Запись пока никто не редактирует; письмо не отправлено.
       *[other] Редакторам записи отправлено писем: { $told }.
    }
history-danger-heading = Опасная зона
history-danger-text = Архивированная запись исчезает из справочника, карты, поиска и предложений. Ничего не удаляется; бюро по вопросам интеграции может в любой момент её вернуть.
history-archive-start = Архивировать запись …
history-archive-confirm-title = Архивировать «{ $name }»?
history-archive-confirm-submit = Да, архивировать
history-archived-note = Запись архивирована и больше не опубликована.
history-unarchived-note = Запись возвращена и снова опубликована.
mail-revision-restored-subject = Бюро по вопросам интеграции восстановило прежнюю версию { $organisation }
mail-revision-restored-body = 
    Здравствуйте,

    бюро по вопросам интеграции восстановило версию { $number } записи «{ $organisation }». Теперь она опубликована. Более поздние изменения не потеряны: все версии остаются в списке версий.

    Версии и что изменилось:

    { $link }

    На вопросы отвечает бюро по вопросам интеграции.
