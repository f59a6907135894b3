# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
diff-legend-before = Раніше:
# machine-drafted
diff-legend-removed = видалені слова
# machine-drafted
diff-legend-after = Нове:
# machine-drafted
diff-legend-added = додані слова
# machine-drafted
diff-moved = { $metres } м на { $direction }
# machine-drafted
diff-direction-north = північ
# machine-drafted
diff-direction-north-east = північний схід
# machine-drafted
diff-direction-east = схід
# machine-drafted
diff-direction-south-east = південний схід
# machine-drafted
diff-direction-south = південь
# machine-drafted
diff-direction-south-west = південний захід
# machine-drafted
diff-direction-west = захід
# machine-drafted
diff-direction-north-west = північний захід
# machine-drafted
history-restored-from = відновлено з версії { $number }
# machine-drafted
history-restore-confirm-title = Відновити версію { $number }?
# machine-drafted
history-restore-confirm-text = Запис знову стане таким, яким був у версії { $number }, і одразу буде публічним. Це відбувається як нова версія – жодна версія не втрачається, навіть сьогоднішня. Усі, хто редагує запис, отримають лист.
# machine-drafted
history-restore-confirm-submit = Так, відновити версію { $number }
# machine-drafted
history-cancel = Скасувати й повернутися до версій
# machine-drafted
history-restored-note = Версію { $from } відновлено як нову версію { $number }. { $told ->
        [0] Запис ще ніхто не редагує; лист не надіслано.
       *[other] Людей, які редагують запис, повідомлено листом: { $told }.
    }
# machine-drafted
history-danger-heading = Небезпечна зона
# machine-drafted
history-danger-text = Архівований запис зникає з довідника, мапи, пошуку та пропозицій. Нічого не видаляється; бюро з питань інтеграції може будь-коли його повернути.
# machine-drafted
history-archive-start = Архівувати запис …
# machine-drafted
history-archive-confirm-title = Архівувати «{ $name }»?
# machine-drafted
history-archive-confirm-submit = Так, архівувати
# machine-drafted
history-archived-note = Запис архівовано, він більше не публічний.
# machine-drafted
history-unarchived-note = Запис повернуто, він знову публічний.
# machine-drafted
mail-revision-restored-subject = Бюро з питань інтеграції відновило попередню версію { $organisation }
# machine-drafted
mail-revision-restored-body = 
    Добрий день,

    бюро з питань інтеграції відновило версію { $number } запису «{ $organisation }». Тепер вона публічна. Пізніші зміни не втрачено: усі версії залишаються в списку версій.

    Версії та що змінилося:

    { $link }

    На запитання відповідає бюро з питань інтеграції.
