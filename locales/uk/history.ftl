# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
diff-legend-before = Раніше:
diff-legend-removed = видалені слова
diff-legend-after = Нове:
diff-legend-added = додані слова
diff-moved = { $metres } м на { $direction }
diff-direction-north = північ
diff-direction-north-east = північний схід
diff-direction-east = схід
diff-direction-south-east = південний схід
diff-direction-south = південь
diff-direction-south-west = південний захід
diff-direction-west = захід
diff-direction-north-west = північний захід
history-restored-from = відновлено з версії { $number }
history-restore-confirm-title = Відновити версію { $number }?
history-restore-confirm-text = Запис знову стане таким, яким був у версії { $number }, і одразу буде публічним. Це відбувається як нова версія – жодна версія не втрачається, навіть сьогоднішня. Усі, хто редагує запис, отримають лист.
history-restore-confirm-submit = Так, відновити версію { $number }
history-cancel = Скасувати й повернутися до версій
history-restored-note = Версію { $from } відновлено як нову версію { $number }. { $told ->
        [0] Запис ще ніхто не редагує; лист не надіслано.
       *[other] Людей, які редагують запис, повідомлено листом: { $told }.
    }
history-danger-heading = Небезпечна зона
history-danger-text = Архівований запис зникає з довідника, мапи, пошуку та пропозицій. Нічого не видаляється; бюро з питань інтеграції може будь-коли його повернути.
history-archive-start = Архівувати запис …
history-archive-confirm-title = Архівувати «{ $name }»?
history-archive-confirm-submit = Так, архівувати
history-archived-note = Запис архівовано, він більше не публічний.
history-unarchived-note = Запис повернуто, він знову публічний.
mail-revision-restored-subject = Бюро з питань інтеграції відновило попередню версію { $organisation }
mail-revision-restored-body = 
    Добрий день,

    бюро з питань інтеграції відновило версію { $number } запису «{ $organisation }». Тепер вона публічна. Пізніші зміни не втрачено: усі версії залишаються в списку версій.

    Версії та що змінилося:

    { $link }

    На запитання відповідає бюро з питань інтеграції.
