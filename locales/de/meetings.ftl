# Netzwerktreffen: Formularfehler, Anmeldung, Einlass, Tischplan und seine Erklärung.

meeting-status-upcoming = Bevorstehend
meeting-status-past = Vergangen
meeting-status-cancelled = Abgesagt

form-error-meeting-datetime = Bitte geben Sie Datum und Uhrzeit an, zum Beispiel 2026-01-11 10:00.
form-error-meeting-start-past = Der Beginn liegt in der Vergangenheit. Ein neues Treffen muss in der Zukunft beginnen.
form-error-meeting-end-before-start = Das Ende muss nach dem Beginn liegen.
form-error-meeting-deadline-after-start = Der Anmeldeschluss muss vor dem Beginn liegen. Leer lassen heißt: Anmeldung bis zum Beginn.
form-error-meeting-capacity-range = Bitte geben Sie eine Zahl von 1 bis 1000 an.
form-error-meeting-limit-range = Bitte geben Sie eine Zahl ab 1 an. Leer lassen heißt: 2 Personen je Verein.
form-error-meeting-limit-over-tables = Ein Verein kann höchstens so viele Personen schicken, wie es Tische gibt – Personen eines Vereins sitzen nie am selben Tisch.
form-error-meeting-seats-short = Die Tische haben zusammen weniger Plätze als das Treffen Teilnehmende hat. Bitte fügen Sie Tische oder Plätze hinzu oder senken Sie die Teilnehmendenzahl.
form-error-meeting-rounds-too-long = Die Runden dauern zusammen länger als das Treffen.
form-error-meeting-rounds-missing = Bitte legen Sie mindestens eine Runde an.
form-error-meeting-rounds-too-many = Ein Treffen hat höchstens 12 Runden.
form-error-meeting-round-minutes = Eine Runde dauert 5 bis 240 Minuten.
form-error-meeting-tables-missing = Bitte legen Sie mindestens einen Tisch an.
form-error-meeting-tables-too-many = Ein Treffen hat höchstens 100 Tische.
form-error-meeting-table-name-twice = Diesen Namen trägt schon ein anderer Tisch.
form-error-meeting-table-capacity = Ein Tisch hat 2 bis 50 Plätze.
form-error-meeting-moderator-unknown = Die Tischmoderation muss eine bestätigte Anmeldung zu diesem Treffen sein.
form-error-meeting-moderator-twice = Diese Person moderiert schon einen anderen Tisch.
form-error-meeting-project-partners = Bitte wählen Sie mindestens einen beteiligten Verein.
form-error-meeting-result-empty = Bitte tragen Sie mindestens eine Idee, eine Vision, einen Kontakt oder ein Projekt ein.

meeting-refused-cancelled = Dieses Treffen wurde abgesagt.
meeting-refused-past = Dieses Treffen ist vorbei.
meeting-refused-deadline = Der Anmeldeschluss ist vorbei. Bitte wenden Sie sich an das Integrationsbüro.
meeting-refused-association-limit = Ihr Verein hat schon { $limit ->
    [one] eine Person
   *[other] { $limit } Personen
} angemeldet, mehr sind für dieses Treffen nicht möglich.
meeting-refused-already-registered = Diese E-Mail-Adresse ist für dieses Treffen schon angemeldet.
meeting-checkin-not-confirmed = Nur bestätigte Anmeldungen können eingelassen werden. Personen von der Warteliste trägt das Büro zuerst als Teilnehmende ein.

meeting-move-round-held = Diese Runde hat schon stattgefunden; sie bleibt, wie sie war.
meeting-move-no-such-place = Diese Runde oder diesen Tisch gibt es nicht.
meeting-move-not-seated = Diese Person sitzt in dieser Runde an keinem Tisch.
meeting-move-locked = Der Platz dieser Person ist festgehalten. Lösen Sie zuerst die Sperre.
meeting-move-table-full = Dieser Tisch ist in dieser Runde schon voll.
meeting-move-same-association = An diesem Tisch sitzt schon jemand aus demselben Verein.

meeting-plan-new-contacts = { $count ->
    [one] Es entsteht ein neuer Kontakt.
   *[other] Es entstehen { $count } neue Kontakte.
}
meeting-plan-interests = { $met } von { $total } Vereinspaaren, bei denen ein Angebot zu einem Gesuch passt, sitzen mindestens einmal zusammen.
meeting-plan-known-pairs = { $count ->
    [one] Ein Paar, das sich von früheren Treffen kennt, sitzt wieder zusammen.
   *[other] { $count } Paare, die sich von früheren Treffen kennen, sitzen wieder zusammen.
}
meeting-plan-no-compromise = Der Plan musste keine Kompromisse eingehen.
meeting-plan-changed-by-hand = Der Plan wurde von Hand geändert; die Zahlen sind neu gezählt.
meeting-plan-repeats = { $count ->
    [one] Ein Paar sitzt mehr als einmal zusammen.
   *[other] Paare sitzen insgesamt { $count }-mal öfter als einmal zusammen.
}

meeting-compromise-repeats-unavoidable = Manche Personen sitzen mehr als einmal zusammen. Das lässt sich bei diesen Tischen und Runden nicht vermeiden: mindestens { $count } Wiederholungen sind nötig, und der Plan kommt mit genau so wenigen aus.
meeting-compromise-repeats-above-bound = Paare sitzen insgesamt { $count }-mal öfter als einmal zusammen. Nötig wären vielleicht nur { $bound }; ein besserer Plan wurde in der verfügbaren Zeit nicht gefunden.
meeting-compromise-three-times = { $count ->
    [one] Ein Paar sitzt dreimal oder öfter zusammen.
   *[other] { $count } Paare sitzen dreimal oder öfter zusammen.
}
meeting-compromise-known-pairs = { $count ->
    [one] Einmal sitzen Personen zusammen, die sich schon von früheren Treffen kennen.
   *[other] { $count }-mal sitzen Personen zusammen, die sich schon von früheren Treffen kennen.
}
meeting-compromise-interests-unmet = { $unmet } von { $total } Personenpaaren, deren Vereine zueinander passende Angebote und Gesuche haben, sitzen nie am selben Tisch.
meeting-compromise-uneven-tables = In Runde { $round } sind die Tische ungleich besetzt: { $smallest } bis { $largest } Personen.
meeting-compromise-people-moved = { $count ->
    [one] Beim Neuplanen wechselt eine Person den Tisch.
   *[other] Beim Neuplanen wechseln { $count } Personen den Tisch.
}

meeting-plan-error-association-too-large = In Runde { $round } sind { $count } Personen von { $association } da, aber es gibt nur { $tables } Tische. Personen eines Vereins sitzen nie zusammen: Bitte fügen Sie einen Tisch hinzu oder melden Sie jemanden ab.
meeting-plan-error-too-few-seats = In Runde { $round } sind { $count } Personen da, aber die Tische haben zusammen nur { $seats } Plätze. Bitte fügen Sie Plätze oder einen Tisch hinzu.
meeting-plan-error-unseatable = In Runde { $round } lassen die Plätze und die festgehaltenen Personen keine Sitzordnung zu, in der Personen eines Vereins getrennt sitzen. Bitte lösen Sie Sperren oder fügen Sie Plätze hinzu.
meeting-plan-error-locks = Die festgehaltenen Plätze widersprechen sich (zum Beispiel zwei Personen eines Vereins am selben Tisch oder ein überfüllter Tisch). Bitte lösen Sie eine der Sperren.
meeting-plan-error-no-plan = In der verfügbaren Zeit wurde kein Plan gefunden, der alle Regeln einhält. Bitte versuchen Sie es noch einmal oder lösen Sie Sperren.
meeting-plan-error-internal = Der Plan konnte wegen eines Fehlers in Knotenpunkt nicht erstellt werden. Bitte melden Sie das der Administration.
