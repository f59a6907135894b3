## Anliegen: Ideen und Anliegen an das Integrationsbüro (Formular, Seite der Absender, Eingang des Büros)

nav-inbox = Anliegen
inbox-form-heading = Ihr Anliegen an das Integrationsbüro
inbox-form-intro = Eine Idee, ein Anliegen, eine Frage oder Sie brauchen Unterstützung? Schreiben Sie uns. Wir antworten in der Sprache, die Sie wählen.
inbox-profile-link = Anliegen an das Integrationsbüro
inbox-choose = Bitte wählen
inbox-kind-idea = Idee
inbox-kind-concern = Problem oder Kritik
inbox-kind-question = Frage
inbox-kind-support = Bitte um Unterstützung
inbox-topic-other = Anderes Thema
inbox-field-kind = Art
inbox-field-topic = Tätigkeitsfeld
inbox-field-text = Ihre Nachricht
inbox-field-text-hint = Höchstens { $max } Zeichen. Schreiben Sie in Ihrer Sprache.
inbox-field-on-behalf = Absender
inbox-on-behalf-none = Nur ich persönlich
inbox-field-concerns = Betrifft folgende Vereine
inbox-field-concerns-hint = Freiwillig. Mehrere mit Strg oder lange antippen.
inbox-field-email = E-Mail-Adresse für die Antwort
inbox-field-email-hint = Wir schicken Ihnen zuerst einen Link zur Bestätigung. Erst danach kommt Ihre Nachricht an.
inbox-field-email-hint-account = Leer lassen: Die Antwort geht an die Adresse Ihres Kontos.
inbox-field-language = Antwort in dieser Sprache
inbox-honeypot = Bitte dieses Feld leer lassen
inbox-privacy-hint = Ihre Nachricht sieht nur das Integrationsbüro. Niemand sonst kann sie lesen.
inbox-send = Absenden
inbox-step-title = Ihr Anliegen
inbox-step-sent = Fast geschafft: Wir haben einen Link an { $email } geschickt. Bitte öffnen Sie ihn, damit Ihre Nachricht ankommt.
inbox-step-sent-hint = Der Link gilt 48 Stunden. Keine E-Mail bekommen? Schauen Sie auch im Spam-Ordner nach.
inbox-step-confirm = Bitte bestätigen Sie, dass Sie diese Nachricht mit der Adresse { $email } senden möchten:
inbox-step-confirm-button = Ja, Nachricht senden
inbox-step-invalid = Dieser Link gilt nicht (mehr): Er wurde schon benutzt oder ist abgelaufen.
inbox-step-again = Nachricht neu schreiben
inbox-case-title = Anliegen Nr. { $id }
inbox-link-hint = Diese Seite ist nur über Ihren persönlichen Link erreichbar. Bitte geben Sie ihn nicht weiter.
inbox-conversation = Verlauf
inbox-sender-reply = Antworten
inbox-sender-reply-label = Ihre Antwort
inbox-sender-reply-send = Antwort senden
inbox-fact-status = Stand
inbox-fact-arrived = Eingegangen
inbox-fact-assignee = Zuständig
inbox-fact-age = Alter
inbox-fact-first-answer = Erste Antwort
inbox-fact-closed = Abgeschlossen
inbox-fact-merged = Zusammengeführt mit
inbox-who-sender = Absender
inbox-who-office = Integrationsbüro
inbox-note-internal = interne Notiz
inbox-status-new = Neu
inbox-status-in-progress = In Bearbeitung
inbox-status-waiting = Wartet auf Sie
inbox-status-done = Erledigt
inbox-outcome-resolved = Beantwortet oder gelöst
inbox-outcome-taken-up = Aufgegriffen
inbox-outcome-referred = An eine zuständige Stelle weitergegeben
inbox-outcome-not-possible = Nicht möglich
inbox-outcome-duplicate = Doppelt
inbox-outcome-no-response = Keine Rückmeldung
inbox-event-created = Eingegangen
inbox-event-unassigned = Niemand mehr zuständig
inbox-event-assigned = Zuständig: { $value }
inbox-event-status = Stand: { $value }
inbox-event-closed = Abgeschlossen: { $value }
inbox-event-merged-into = Zusammengeführt mit { $value }
inbox-event-merged-from = { $value } wurde hierher zusammengeführt
inbox-notice-received = Ihre Nachricht ist angekommen. Wir haben Ihnen den Link zu dieser Seite auch per E-Mail geschickt.
inbox-notice-replied = Die Antwort ist gespeichert.
inbox-notice-noted = Die Notiz ist gespeichert.
inbox-notice-assigned = Die Zuständigkeit ist gespeichert.
inbox-notice-status = Der Stand ist geändert.
inbox-notice-closed = Das Anliegen ist abgeschlossen.
inbox-notice-merged = Das Anliegen ist zusammengeführt.
inbox-refused-closed = Das Anliegen ist abgeschlossen. Setzen Sie es zuerst wieder auf „In Bearbeitung“.
inbox-refused-transition = Dieser Wechsel des Stands ist nicht möglich.
inbox-refused-conflict = Jemand hat das Anliegen inzwischen geändert. Bitte prüfen Sie den Verlauf und versuchen Sie es noch einmal.
inbox-refused-rate = Zu viele Nachrichten in kurzer Zeit. Bitte versuchen Sie es in einer Stunde noch einmal.
inbox-refused-link = Dieser Link gilt nicht (mehr).
inbox-mine-title = Meine Anliegen
inbox-mine-intro = Ihre Nachrichten an das Integrationsbüro und die Ihres Vereins, mit dem Stand und den Antworten.
inbox-mine-new = Neues Anliegen
inbox-mine-empty = Sie haben noch kein Anliegen geschickt.
inbox-queue-title = Eingang der Anliegen
inbox-filters = Filter
inbox-filter-open = Offen (nicht erledigt)
inbox-filter-all = Alle
inbox-filter-any = Alle
inbox-filter-anyone = Alle Personen
inbox-filter-older = älter als { $days } Tage
inbox-filter-apply = Filtern
inbox-queue-empty = Keine Anliegen für diese Auswahl.
inbox-case = Anliegen
inbox-age-days = { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
}
inbox-history = Verlauf mit Notizen
inbox-office-reply = Antwort an den Absender
inbox-office-reply-hint = Wird auf der Seite des Absenders gezeigt und per E-Mail in seiner gewählten Sprache geschickt.
inbox-office-reply-send = Antwort senden
inbox-office-note = Interne Notiz
inbox-office-note-hint = Nur für das Integrationsbüro sichtbar.
inbox-office-note-save = Notiz speichern
inbox-assign-nobody = Niemand
inbox-assign = Zuständigkeit speichern
inbox-set-status = Stand ändern
inbox-set-status-button = Stand speichern
inbox-close = Abschließen
inbox-outcome = Ergebnis
inbox-close-remark = Bemerkung (intern, freiwillig)
inbox-close-button = Abschließen
inbox-merge-into = Doppelt: zusammenführen mit Anliegen Nr.
inbox-merge-hint = Dieses Anliegen wird als doppelt abgeschlossen; der Verlauf beider Anliegen nennt das andere.
inbox-merge = Zusammenführen
form-error-inbox-text-too-long = Der Text ist zu lang. Bitte kürzen Sie ihn auf höchstens 4000 Zeichen.
error-inbox-not-found-title = Anliegen nicht gefunden
error-inbox-not-found-text = Dieses Anliegen gibt es nicht, oder der Link ist nicht vollständig.
error-inbox-conflict-title = Das ging nicht
error-inbox-conflict-text = Das Anliegen hat sich inzwischen geändert. Bitte laden Sie die Seite neu.
mail-inbox-verify-subject = Bitte bestätigen Sie Ihre Nachricht an das Integrationsbüro
mail-inbox-verify-body =
    Guten Tag,

    Sie haben über { $instance } eine Nachricht an das Integrationsbüro geschrieben. Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link; erst dann kommt die Nachricht an:

    { $link }

    Der Link gilt 48 Stunden. Waren Sie das nicht, löschen Sie diese E-Mail einfach.
mail-inbox-received-subject = Ihre Nachricht ist angekommen
mail-inbox-received-body =
    Guten Tag,

    Ihre Nachricht an das Integrationsbüro ist angekommen. Den Stand und unsere Antworten sehen Sie auf Ihrer persönlichen Seite; dort können Sie auch antworten:

    { $link }

    Bitte geben Sie diesen Link nicht weiter.
mail-inbox-reply-subject = Antwort des Integrationsbüros auf Ihre Nachricht
mail-inbox-reply-body =
    Guten Tag,

    das Integrationsbüro hat Ihnen geantwortet:

    { $reply }

    { $has_link ->
        [yes] Zum Verlauf und zum Antworten:
       *[no] Zum Verlauf und zum Antworten öffnen Sie bitte den Link aus unserer ersten E-Mail („Ihre Nachricht ist angekommen“).
    }

    { $link }

# The contact form filled in from "report a mistake" on a need's page (office only).
inbox-matching-report-suggested = Falscher Treffer: Für das Gesuch „{ $need }“ ({ $need_url }) wird das Angebot „{ $offer }“ ({ $offer_url }) gezeigt. Es passt nicht, weil:
inbox-matching-report-missed = Fehlender Treffer: Für das Gesuch „{ $need }“ ({ $need_url }) wird das Angebot „{ $offer }“ ({ $offer_url }) nicht gezeigt. Es passt doch, weil:
