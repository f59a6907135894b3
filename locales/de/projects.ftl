# Kooperationsprojekte: Seiten, Formulare und Meldungen.

nav-projects = Projekte
projects-board = Kooperationsprojekte
projects-board-intro = Alle Kooperationsprojekte des Netzwerks nach ihrem Stand. Projekte, die seit 90 Tagen niemand aktualisiert hat, sind markiert: Fragen Sie bei den beteiligten Vereinen nach.
projects-stale-count = { $count ->
    [one] Ein Projekt wurde seit 90 Tagen nicht aktualisiert.
   *[other] { $count } Projekte wurden seit 90 Tagen nicht aktualisiert.
}
projects-stale = Seit 90 Tagen nicht aktualisiert
projects-not-public = Nicht öffentlich
projects-column-empty = Keine Projekte.
projects-proposals = Eingereichte Projekte
projects-proposals-none = Keine eingereichten Projekte warten auf Bestätigung.
projects-confirm = Bestätigen
projects-updated = Zuletzt aktualisiert
project-status-label = Stand
project-status-idea = Idee
project-status-planned = Geplant
project-status-running = Läuft
project-status-done = Abgeschlossen
project-status-stopped = Beendet
projects-partners = Beteiligte Vereine
projects-origin = Entstanden
project-origin-meeting = Aus den Ergebnissen von „{ $meeting }“
project-origin-introduction = Aus einer Kontaktanfrage
project-origin-office = Vom Integrationsbüro eingetragen
projects-description = Beschreibung
projects-description-hint = Worum geht es, wer macht was? Markdown ist möglich, zum Beispiel **fett** oder Listen mit „-“.
projects-stop-reason = Warum das Projekt beendet wurde
projects-next-steps = Nächste Schritte
projects-next-steps-none = Noch keine nächsten Schritte eingetragen.
projects-step-due = bis
projects-step-done = erledigt
projects-mark-done = Erledigt
projects-history = Verlauf
projects-event-created = Angelegt mit dem Stand „{ $status }“
projects-event-status = Stand geändert: { $status }
projects-event-step = Nächster Schritt eingetragen: { $step }
projects-event-step-done = Erledigt: { $step }
projects-event-visible = Wird öffentlich gezeigt
projects-event-hidden = Wird nicht mehr öffentlich gezeigt
projects-event-confirmed = Vom Integrationsbüro bestätigt
projects-update-heading = Projekt aktualisieren
projects-status-new = Neuer Stand
projects-reason-label = Grund (nur wenn das Projekt beendet wird)
projects-status-save = Stand speichern
projects-step-add-heading = Nächsten Schritt eintragen
projects-step-label = Was ist als Nächstes zu tun?
projects-due-label = Bis wann? (freiwillig)
projects-due-hint = Ein Datum, zum Beispiel 2027-03-31.
projects-step-save = Schritt speichern
projects-visible-label = Öffentlich zeigen: auf einer eigenen Seite und auf den Profilen der beteiligten Vereine
projects-visible-save = Sichtbarkeit speichern
projects-saved = Gespeichert.
projects-conflict = Jemand hat das Projekt inzwischen geändert. Ihre Eingaben stehen noch im Formular: Bitte prüfen Sie den neuen Stand und speichern Sie noch einmal.
projects-pending = Dieses Projekt wurde eingereicht und wartet auf die Bestätigung durch das Integrationsbüro. Bis dahin sehen es nur die beteiligten Vereine und das Integrationsbüro.
projects-hidden = Dieses Projekt ist nicht öffentlich: Nur die beteiligten Vereine und das Integrationsbüro sehen es.
projects-form-new = Neues Kooperationsprojekt
projects-form-track = Geplantes Projekt als Kooperationsprojekt verfolgen
projects-form-propose = Kooperationsprojekt einreichen
projects-form-from-meeting = Aus den Ergebnissen von „{ $meeting }“. Prüfen und ergänzen Sie die Angaben; das Projekt beginnt mit dem Stand „Geplant“.
projects-form-from-introduction = Aus der Kontaktanfrage zwischen { $first } und { $second }. Das Integrationsbüro bestätigt das Projekt, bevor andere es sehen.
projects-title-label = Titel
projects-partners-hint = Mindestens zwei Vereine.
projects-first-step-label = Nächster Schritt (freiwillig)
projects-create = Projekt anlegen
projects-propose = Projekt einreichen
projects-tracked-already = Dieses Projekt wird schon verfolgt:
projects-track = Als Kooperationsprojekt verfolgen
projects-tracked = Als Kooperationsprojekt verfolgt:
projects-from-introduction = Daraus ein Kooperationsprojekt machen
projects-profile-heading = Kooperationsprojekte
projects-with = mit
form-error-project-partners = Bitte wählen Sie mindestens zwei beteiligte Vereine.
form-error-project-reason = Bitte schreiben Sie, warum das Projekt beendet wird.
form-error-project-transition = Von diesem Stand aus geht das nicht: Ein Projekt geht nur vorwärts oder wird beendet.
error-project-not-found-title = Projekt nicht gefunden
error-project-not-found-text = Dieses Kooperationsprojekt gibt es nicht, oder es ist nicht öffentlich.
error-project-conflict-title = Das ging nicht
error-project-conflict-text = Das Projekt hat sich inzwischen geändert oder wird schon verfolgt. Bitte laden Sie die Seite neu.
projects-details-heading = Titel und beteiligte Vereine
projects-details-hint = Hinzugekommene und nicht mehr beteiligte Vereine bekommen eine E-Mail.
projects-details-save = Titel und Vereine speichern
projects-event-details-title = Titel geändert: { $title }
projects-event-partner-added = Verein hinzugekommen: { $organisation }
projects-event-partner-removed = Verein nicht mehr beteiligt: { $organisation }
form-error-project-keep-own = Ihr eigener Verein muss beteiligt bleiben.
mail-project-proposed-subject = Neues Kooperationsprojekt: { $project }
mail-project-proposed-body =
    Guten Tag,

    { $organisation } hat das Kooperationsprojekt „{ $project }“ mit Ihrem Verein eingereicht. Das Integrationsbüro bestätigt es, bevor andere es sehen.

    { $link }
mail-project-confirmed-subject = Kooperationsprojekt bestätigt: { $project }
mail-project-confirmed-body =
    Guten Tag,

    das Integrationsbüro hat das Kooperationsprojekt „{ $project }“ bestätigt. Ihr Verein ist beteiligt und kann dort den Stand und die nächsten Schritte eintragen:

    { $link }
mail-project-partner-added-subject = Ihr Verein ist jetzt beteiligt: { $project }
mail-project-partner-added-body =
    Guten Tag,

    Ihr Verein ist jetzt beim Kooperationsprojekt „{ $project }“ beteiligt. Sie können dort den Stand und die nächsten Schritte eintragen:

    { $link }
mail-project-partner-removed-subject = Ihr Verein ist nicht mehr beteiligt: { $project }
mail-project-partner-removed-body =
    Guten Tag,

    Ihr Verein ist beim Kooperationsprojekt „{ $project }“ nicht mehr eingetragen. Wenn das ein Irrtum ist, antworten Sie bitte dem Integrationsbüro.

    { $link }
