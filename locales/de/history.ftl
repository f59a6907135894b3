# Versionen und Prüfung: wie Änderungen gezeigt werden, Wiederherstellen mit Rückfrage, Archivieren im Gefahrenbereich.
diff-legend-before = Bisher:
diff-legend-removed = entfernte Wörter
diff-legend-after = Neu:
diff-legend-added = neue Wörter
diff-moved = { $metres } m nach { $direction }
diff-direction-north = Norden
diff-direction-north-east = Nordosten
diff-direction-east = Osten
diff-direction-south-east = Südosten
diff-direction-south = Süden
diff-direction-south-west = Südwesten
diff-direction-west = Westen
diff-direction-north-west = Nordwesten
history-restored-from = wiederhergestellt aus Fassung { $number }
history-restore-confirm-title = Fassung { $number } wiederherstellen?
history-restore-confirm-text = Der Eintrag wird wieder so, wie er in Fassung { $number } war, und ist sofort öffentlich. Das geschieht als neue Fassung – keine Fassung geht verloren, auch die heutige nicht. Alle, die den Eintrag bearbeiten, bekommen eine E-Mail.
history-restore-confirm-submit = Ja, Fassung { $number } wiederherstellen
history-cancel = Abbrechen und zurück zu den Versionen
history-restored-note = Fassung { $from } ist wiederhergestellt, als neue Fassung { $number }. { $told ->
        [0] Der Eintrag hat noch niemanden, der ihn bearbeitet; es ging keine E-Mail hinaus.
        [one] Eine Person, die den Eintrag bearbeitet, ist per E-Mail informiert.
       *[other] { $told } Personen, die den Eintrag bearbeiten, sind per E-Mail informiert.
    }
history-danger-heading = Gefahrenbereich
history-danger-text = Ein archivierter Eintrag verschwindet aus Verzeichnis, Karte, Suche und Vorschlägen. Nichts wird gelöscht; das Integrationsbüro kann ihn jederzeit zurückholen.
history-archive-start = Eintrag archivieren …
history-archive-confirm-title = „{ $name }“ archivieren?
history-archive-confirm-submit = Ja, archivieren
history-archived-note = Der Eintrag ist archiviert und nicht mehr öffentlich.
history-unarchived-note = Der Eintrag ist zurückgeholt und wieder öffentlich.
mail-revision-restored-subject = Das Integrationsbüro hat eine frühere Fassung von { $organisation } wiederhergestellt
mail-revision-restored-body = 
    Guten Tag,

    das Integrationsbüro hat beim Eintrag „{ $organisation }“ die Fassung { $number } wiederhergestellt. Sie ist jetzt öffentlich zu sehen. Spätere Änderungen sind nicht verloren: Alle Fassungen stehen weiter in der Versionsliste.

    Die Versionen und was sich geändert hat:

    { $link }

    Fragen dazu beantwortet das Integrationsbüro.
