# Netzwerktreffen: Seiten, Formulare und E-Mails.

nav-meetings = Netzwerktreffen
meetings-title = Netzwerktreffen
meetings-intro = Bei den Netzwerktreffen lernen sich die Vereine kennen: an Tischen, in mehreren Runden, mit immer neuen Gesprächspartnerinnen und -partnern.
meetings-new = Neues Netzwerktreffen
meetings-edit = Treffen bearbeiten
meetings-upcoming = Kommende Treffen
meetings-past = Vergangene Treffen
meetings-none-upcoming = Zurzeit ist kein Treffen geplant.
meetings-none-past = Noch keine vergangenen Treffen.
meetings-free-places = { $count ->
    [0] Keine freien Plätze mehr
    [one] Noch ein freier Platz
   *[other] Noch { $count } freie Plätze
}
meetings-capacity = { $count } Plätze insgesamt
meetings-waitlisted-count = { $count } auf der Warteliste
meetings-summary-link = Zusammenfassung
meetings-when = Wann
meetings-status = Stand
meetings-places = Plätze
meetings-deadline = Anmeldeschluss
meetings-calendar = In den Kalender übernehmen (.ics)
meetings-results = Ergebnisse
meetings-office-nav = Verwaltung des Treffens
meetings-participants = Teilnehmende
meetings-plan = Tischplan
meetings-check-in = Einlass
meetings-venue = Ort
meetings-agenda = Ablauf
meetings-rounds = Runden
meetings-tables = Tische
meetings-minutes = { $count } Minuten
meetings-tables-count = { $count ->
    [one] An einem Tisch.
   *[other] An { $count } Tischen.
}
meetings-register-heading = Anmeldung
meetings-register = Personen anmelden
meetings-register-how = Vereinsvertreterinnen und -vertreter melden die Personen ihres Vereins hier an, nachdem sie sich angemeldet haben.
meetings-register-members-only = Anmelden können Vertreterinnen und Vertreter eines Vereins im Netzwerk. Fragen Sie das Integrationsbüro, wenn Ihr Konto noch keinem Verein zugeordnet ist.
meetings-register-closed = Die Anmeldung ist geschlossen.
meetings-own-registrations = Angemeldet von Ihrem Verein
meetings-state-confirmed = Bestätigt
meetings-state-waitlisted = Warteliste
meetings-state-cancelled = Abgemeldet
meetings-cancel-registration = Abmelden
meetings-done-registered = Die Anmeldung ist bestätigt. Eine E-Mail mit dem Kalendereintrag ist unterwegs.
meetings-done-waitlisted = Das Treffen ist voll: Die Person steht auf der Warteliste und erhält eine E-Mail, sobald ein Platz frei wird.
meetings-done-cancelled = Die Anmeldung ist storniert.
meetings-done-saved = Gespeichert.
meetings-register-intro = Bitte melden Sie jede Person einzeln an. Sie erhält eine Bestätigung per E-Mail in ihrer Sprache.
meetings-field-association = Verein
meetings-field-name = Name
meetings-field-email = E-Mail-Adresse
meetings-field-languages = Sprachen
meetings-languages-hint = Die erste Sprache der Oberfläche, die die Person spricht, ist die Sprache ihrer E-Mails.
meetings-field-accessibility = Barrierefreiheit (z. B. Rollstuhl, Gebärdensprache)
meetings-field-consent = Die Person ist einverstanden, dass Name und Verein auf Tischlisten, Namensschildern und persönlichen Unterlagen stehen.
meetings-register-submit = Anmelden
meetings-field-title = Titel
meetings-field-starts-at = Beginn
meetings-field-ends-at = Ende
meetings-field-deadline = Anmeldeschluss
meetings-deadline-hint = Leer lassen: Anmeldung bis zum Beginn.
meetings-field-venue-name = Ort (Name)
meetings-field-venue-address = Adresse
meetings-field-position = Punkt auf der Karte
meetings-position-hint = Breite und Länge in Dezimalgrad, zum Beispiel 48.8975 und 9.1920. Leer lassen, wenn keine Karte gezeigt werden soll.
meetings-field-lat = Breite
meetings-field-lon = Länge
meetings-field-agenda = Ablauf
meetings-agenda-hint = Markdown ist erlaubt: Absätze, Listen, **fett**, Links.
meetings-field-capacity = Teilnehmende höchstens
meetings-field-limit = Personen je Verein höchstens
meetings-round-n = Runde { $number }
meetings-table-n = Tisch { $number }
meetings-field-topic = Thema
meetings-field-minutes = Dauer in Minuten
meetings-rows-hint = Leere Zeilen werden nicht gespeichert.
meetings-add-round = Runde hinzufügen
meetings-field-table-name = Name des Tisches
meetings-field-table-capacity = Plätze
meetings-field-moderator = Tischmoderation
meetings-no-moderator = Noch niemand
meetings-add-table = Tisch hinzufügen
meetings-save = Speichern
meetings-cancel-hint = Beim Absagen erhalten alle Angemeldeten eine E-Mail.
meetings-cancel-meeting = Treffen absagen
meetings-participants-counts = { $confirmed } von { $capacity } Plätzen vergeben, { $waiting } auf der Warteliste.
meetings-participants-none = Noch niemand ist angemeldet.
meetings-participants-added = Die Person ist eingetragen.
meetings-col-state = Stand
meetings-col-action = Aktion
meetings-no-consent = Ohne Einwilligung für Listen
meetings-remove = Entfernen
meetings-add-participant = Person eintragen
meetings-add-participant-hint = Das Integrationsbüro kann auch über die Grenze je Verein und nach dem Anmeldeschluss eintragen; ist das Treffen voll, kommt die Person auf die Warteliste.
meetings-planning = Die Tische werden geplant
meetings-planning-running = Die Tische für { $people } Personen werden geplant ({ $seconds } s). Die Seite aktualisiert sich selbst.
meetings-planning-refresh = Seite neu laden
meetings-replan-from = Neu planen ab
meetings-replan = Neu planen
meetings-plan-tables = Tische planen
meetings-explanation = Was der Plan erreicht
meetings-unseated = Noch ohne Platz (bitte neu planen):
meetings-round-held = hat stattgefunden
meetings-locked = festgehalten
meetings-lock-table = Tisch festhalten
meetings-unlock-table = Tisch lösen
meetings-lock = Festhalten
meetings-unlock = Lösen
meetings-walk-in = spontan dazugekommen
meetings-move-label = Tisch für { $name } in Runde { $round }
meetings-move = Setzen
meetings-move-title = { $name }: Tisch wechseln oder festhalten
meetings-no-plan = Noch kein Tischplan. Sobald die Anmeldungen da sind: „Tische planen“.
meetings-arrived = { $arrived } von { $expected } da.
meetings-search-name = Name suchen
meetings-search = Suchen
meetings-attendance-registered = erwartet
meetings-attendance-checked_in = da
meetings-attendance-no_show = nicht erschienen
meetings-check-in-button = Einlassen
meetings-no-show-button = Nicht erschienen
meetings-undo-button = Zurücknehmen
meetings-check-in-none = Niemand gefunden.
meetings-walk-in-heading = Spontan dazugekommen
meetings-walk-in-submit = Eintragen und einlassen
meetings-record-results = Ergebnisse eintragen
meetings-results-none = Noch keine Ergebnisse eingetragen.
meetings-ideas = Ideen
meetings-visions = Visionen
meetings-contacts = Kontakte zwischen Vereinen
meetings-projects = Geplante Projekte
meetings-next-step = Nächster Schritt
meetings-publish-heading = Veröffentlichen
meetings-publish-label = Die Ergebnisse für die teilnehmenden Vereine freigeben
meetings-summary-label = Öffentliche Zusammenfassung (freiwillig)
meetings-summary-hint = Markdown ist erlaubt. Sie ist für alle sichtbar, sobald die Ergebnisse freigegeben sind.
meetings-publish-save = Speichern
meetings-held-label = Das Treffen hat stattgefunden (wer zusammensaß, gilt beim nächsten Treffen als bekannt)
meetings-held-save = Speichern
meetings-result-hint = Bitte tragen Sie mindestens eine Idee, eine Vision, einen Kontakt oder ein Projekt ein.
meetings-one-a-line = Eine pro Zeile.
meetings-project-n = Projekt { $number }
meetings-project-title = Titel
meetings-project-partners = Beteiligte Vereine
meetings-add-project = Projekt hinzufügen

meeting-plan-none = Es gibt noch keinen Tischplan.
meeting-plan-conflict = Der Plan wurde inzwischen geändert (vielleicht in einem anderen Fenster). Bitte sehen Sie ihn sich noch einmal an.

error-meeting-not-found-title = Treffen nicht gefunden
error-meeting-not-found-text = Dieses Netzwerktreffen gibt es nicht (mehr).
error-meeting-conflict-title = Das ging nicht
error-meeting-conflict-text = Das Treffen hat sich inzwischen geändert. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.

mail-meeting-confirmed-subject = Anmeldung bestätigt: { $meeting }
mail-meeting-confirmed-body =
    Guten Tag,

    Ihre Anmeldung zu „{ $meeting }“ ist bestätigt.

    Wann: { $when }
    Wo: { $venue }

    Den Kalendereintrag finden Sie im Anhang. Alles zum Treffen: { $link }
mail-meeting-waitlisted-subject = Warteliste: { $meeting }
mail-meeting-waitlisted-body =
    Guten Tag,

    „{ $meeting }“ ({ $when }, { $venue }) ist zurzeit voll. Sie stehen auf der Warteliste und erhalten eine E-Mail, sobald ein Platz für Sie frei wird.

    { $link }
mail-meeting-promoted-subject = Ein Platz ist frei: { $meeting }
mail-meeting-promoted-body =
    Guten Tag,

    für „{ $meeting }“ ist ein Platz frei geworden: Ihre Anmeldung ist jetzt bestätigt.

    Wann: { $when }
    Wo: { $venue }

    Den Kalendereintrag finden Sie im Anhang. Alles zum Treffen: { $link }
mail-meeting-cancelled-subject = Abgesagt: { $meeting }
mail-meeting-cancelled-body =
    Guten Tag,

    das Integrationsbüro hat „{ $meeting }“ am { $when } ({ $venue }) leider abgesagt. Bitte entfernen Sie den Termin aus Ihrem Kalender.

    { $link }
mail-meeting-registration-cancelled-subject = Abmeldung: { $meeting }
mail-meeting-registration-cancelled-body =
    Guten Tag,

    Ihre Anmeldung zu „{ $meeting }“ am { $when } ({ $venue }) ist storniert.

    { $link }
