# Seiten zu den gedruckten Unterlagen eines Netzwerktreffens (Druckpaket, nur geänderte, per E-Mail)
# und die E-Mail mit den persönlichen Unterlagen.

meetings-print = Druckpaket
meetings-print-title = Druckpaket und persönliche Unterlagen
meetings-print-count = { $handouts } persönliche Unterlagen, { $sheets } Tischbögen und die Namensschilder.
meetings-print-download = Druckpaket herunterladen (PDF)
meetings-print-changed-heading = Geändert seit dem letzten Druck
meetings-print-not-printed = Noch nicht gedruckt: Das Druckpaket enthält alles.
meeting-print-nothing-changed = Seit dem letzten Druck hat sich nichts geändert.
meetings-print-changed-sheets = Geänderte Tischbögen: { $count }
meetings-print-download-changed = Nur geänderte herunterladen (PDF)
meetings-print-mail-heading = Per E-Mail
meetings-print-mail-text = Alle Teilnehmenden erhalten ihre eigenen persönlichen Unterlagen als PDF an die Adresse ihrer Anmeldung, in ihrer Sprache.
meetings-print-mail-submit = Persönliche Unterlagen per E-Mail senden
meetings-print-mailed = Die persönlichen Unterlagen gehen per E-Mail an { $count } Teilnehmende.
meetings-own-handouts = Persönliche Unterlagen
meetings-own-handout-link = Unterlagen von { $name } (PDF)
mail-meeting-handout-subject = Ihre Unterlagen: { $meeting }
mail-meeting-handout-body =
    Guten Tag,

    im Anhang finden Sie Ihre persönlichen Unterlagen für „{ $meeting }“: Ihren Tisch in jeder Runde, wer dort sitzt und mit wem Sie sprechen sollten.

    Wann: { $when }
    Wo: { $venue }

    Alles zum Treffen: { $link }
