# Die Vereinsbefragung: Liste und Auswertung für das Integrationsbüro, Fragebogen für die Vereine.

nav-surveys = Befragungen

survey-list-title = Befragungen der Vereine
survey-list-none = Es gibt noch keine Befragung.
survey-title = Titel
survey-status = Stand
survey-status-draft = Entwurf
survey-status-open = läuft
survey-status-closed = abgeschlossen
survey-invited = Eingeladen
survey-responses = Antworten
survey-rate = Rücklaufquote
survey-dashboard = Auswertung
survey-anonymous = anonym ausgewertet
survey-export-csv = Antworten als CSV herunterladen
survey-export-codebook = Codebuch (CSV)
survey-filters = Filtern und vergleichen
survey-filter-mso = Migrantenselbstorganisation
survey-filter-field = Tätigkeitsfeld
survey-filter-district = Stadtteil
survey-filter-all = alle
survey-cross-by = Kreuztabelle nach
survey-cross-none = keine
survey-by-mso = Migrantenselbstorganisation ja/nein
survey-by-field = Tätigkeitsfeld
survey-by-district = Stadtteil
survey-search = Freitexte durchsuchen
survey-apply = Anzeigen
survey-suppression-rule = Diese Befragung ist anonym: In gefilterten Ansichten und Kreuztabellen werden Gruppen mit weniger als { $min } Antworten nicht gezeigt.
survey-shown = { $count ->
    [one] Gefiltert: 1 Antwort.
   *[other] Gefiltert: { $count } Antworten.
}
survey-suppressed = Zu wenige Antworten für diese Auswahl: Unter { $min } Antworten zeigen wir in einer anonymen Befragung keine Zahlen.
survey-answered = { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
}
survey-cross-suppressed = In der Kreuztabelle sind Gruppen mit weniger als { $min } Antworten ausgeblendet.
survey-mean = Mittelwert
survey-answer = Antwort
survey-count = Anzahl
survey-no-answers = keine Antworten
survey-chart-desc = { $answered } Antworten. Am häufigsten: { $top } ({ $count }).
survey-chart-desc-none = { $answered } Antworten, keine Auswahl getroffen.
survey-texts = Freitexte
survey-texts-none = Keine Freitexte (oder keine passen zur Suche).
survey-group = Gruppe
survey-group-mso = Migrantenselbstorganisation
survey-group-not-mso = andere Vereine
survey-group-no-district = ohne Stadtteil
survey-group-suppressed = weniger als { $min } Antworten – nicht gezeigt
survey-cross-caption = { $question } nach { $by }
survey-kind-single-choice = Einfachauswahl
survey-kind-multiple-choice = Mehrfachauswahl
survey-kind-scale = Skala 1–5
survey-kind-number = Zahl
survey-kind-short-text = kurzer Text
survey-kind-long-text = langer Text
survey-kind-yes-no = Ja/Nein
survey-kind-categories = Tätigkeitsfelder
survey-kind-languages = Sprachen
survey-yes = Ja
survey-no = Nein
survey-other = Sonstiges
survey-other-text = Sonstiges, und zwar:

survey-for = Für
survey-progress = Seite { $number } von { $total }
survey-required = Pflichtangabe
survey-in-german = Diese Frage gibt es noch nicht in Ihrer Sprache; sie steht hier auf Deutsch.
survey-next = Weiter
survey-back = Zurück
survey-submit = Antworten absenden
survey-later = Speichern und später weitermachen
survey-thanks = Vielen Dank! Ihre Antworten sind gespeichert. Bis zum Ende der Befragung können Sie sie über denselben Link noch ändern.
survey-saved-later = Gespeichert. Mit demselben Link können Sie jederzeit hier weitermachen.
survey-editable = Ihre Antworten sind schon abgeschickt. Sie können sie bis zum Ende der Befragung ändern.
survey-not-open = Diese Befragung nimmt gerade keine Antworten an.

survey-error-required = Bitte beantworten Sie diese Frage.
survey-error-unknown-option = Bitte wählen Sie eine der vorgegebenen Antworten.
survey-error-other-text-missing = Sie haben „Sonstiges“ gewählt: Bitte schreiben Sie dazu, was Sie meinen.
survey-error-single-value = Bitte wählen Sie nur eine Antwort.
survey-error-not-a-number = Bitte geben Sie eine ganze Zahl ein, z. B. 12.
survey-error-out-of-range = Diese Zahl liegt außerhalb der erlaubten Grenzen.
survey-error-too-long = Dieser Text ist zu lang.
survey-error-unknown-language = Diese Sprache kennen wir nicht.
survey-error-unknown-category = Dieses Tätigkeitsfeld gibt es nicht.
survey-error-too-many = Das sind zu viele Antworten.

error-survey-not-found-title = Befragung nicht gefunden
error-survey-not-found-text = Diesen Link gibt es nicht (mehr). Vielleicht kam inzwischen eine Erinnerung mit einem neuen Link; sonst fragen Sie bitte das Integrationsbüro.
error-survey-not-open-title = Befragung nicht geöffnet
error-survey-not-open-text = Diese Befragung nimmt gerade keine Antworten an.

# Einladungen und Erinnerungen (Seite des Integrationsbüros) und ihre E-Mails.
survey-invite-title = Einladungen
survey-invite-progress = Rücklauf
survey-invite-state-submitted = abgeschickt
survey-invite-state-started = angefangen
survey-invite-state-waiting = noch nicht begonnen
survey-invite-send = Vereine einladen
survey-invite-hint = Jeder Verein bekommt per E-Mail einen persönlichen Link: an seine Vertreterinnen und Vertreter, sonst an seine öffentliche Adresse. Schon eingeladene Vereine bekommen keine zweite Einladung.
survey-invite-whom = Wen einladen?
survey-invite-scope-all = alle noch nicht eingeladenen Vereine ({ $count })
survey-invite-scope-filter = Vereine mit diesen Merkmalen
survey-invite-scope-list = nur die angekreuzten Vereine
survey-invite-everyone = Alle veröffentlichten Vereine sind schon eingeladen.
survey-invite-submit = Einladungen senden
survey-remind-title = Erinnern
survey-remind-rule = Erinnert werden nur Vereine, die noch nicht abgeschickt haben, jeder höchstens einmal pro Woche. Die Erinnerung enthält einen neuen Link; der alte gilt dann nicht mehr, gespeicherte Antworten bleiben erhalten.
survey-remind-submit = { $count ->
    [one] 1 Verein erinnern
   *[other] { $count } Vereine erinnern
}
survey-remind-none = Gerade ist keine Erinnerung fällig.
survey-invite-list = Eingeladene Vereine
survey-invite-none = Noch ist kein Verein eingeladen.
survey-invite-association = Verein
survey-invite-invited-on = Eingeladen am
survey-invite-reminded-on = Zuletzt erinnert
survey-invite-next-reminder = Nächste Erinnerung
survey-invite-remind-now = jetzt möglich
survey-invite-remind-from = ab { $date }
survey-invite-unpublished = (Verein nicht mehr veröffentlicht)
survey-invite-done = { $count ->
    [one] 1 Verein eingeladen.
   *[other] { $count } Vereine eingeladen.
}
survey-invite-already = { $count ->
    [one] 1 Verein war schon eingeladen.
   *[other] { $count } Vereine waren schon eingeladen.
}
survey-invite-no-address = { $count ->
    [one] 1 Verein hat keine E-Mail-Adresse und wurde nicht angeschrieben.
   *[other] { $count } Vereine haben keine E-Mail-Adresse und wurden nicht angeschrieben.
}
survey-invite-refused-closed = Diese Befragung ist abgeschlossen: Es können keine Vereine mehr eingeladen werden.
survey-remind-refused-not-open = Erinnerungen gehen nur, solange die Befragung läuft.
survey-invite-error-filter = Bitte wählen Sie mindestens ein Merkmal.
survey-invite-error-list = Bitte kreuzen Sie mindestens einen Verein an.
survey-invite-error-scope = Bitte wählen Sie, wen Sie einladen möchten.
mail-survey-invitation-subject = Einladung zur Befragung „{ $survey }“
mail-survey-invitation-body =
    Guten Tag,

    das Integrationsbüro lädt „{ $organisation }“ zur Befragung „{ $survey }“ ein. Mit diesem persönlichen Link kann jede Person aus Ihrem Verein antworten, ohne Anmeldung; Sie können zwischendurch speichern und später weitermachen:

    { $link }

    { $has_closes ->
        [yes] Die Befragung läuft bis { $closes }.
       *[no] { "" }
    }

    Bitte geben Sie den Link nicht an Fremde weiter.
mail-survey-reminder-subject = Erinnerung: Befragung „{ $survey }“
mail-survey-reminder-body =
    Guten Tag,

    Ihr Verein „{ $organisation }“ hat die Befragung „{ $survey }“ noch nicht abgeschickt. Das Integrationsbüro freut sich über Ihre Antworten. Hier ist Ihr neuer persönlicher Link; der frühere gilt nicht mehr, schon gespeicherte Antworten bleiben erhalten:

    { $link }

    { $has_closes ->
        [yes] Die Befragung läuft bis { $closes }.
       *[no] { "" }
    }

# Der Fragebogen-Baukasten des Integrationsbüros und die Vorschau.
survey-build-title = Fragebogen bearbeiten
survey-build-new = Neue Befragung
survey-build-create = Befragung anlegen
survey-build-slug = Adresse (Kurzname)
survey-build-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, z. B. vereinsbefragung-2027. Leer lassen: Sie wird aus dem Titel gebildet.
survey-build-links = Bearbeiten und Einladungen
survey-build-saved = Gespeichert.
survey-build-has-answers = Es gibt schon Antworten. Fragen und Antwortmöglichkeiten hinzufügen und Texte ändern geht; Änderungen, die gespeicherte Antworten unbrauchbar machen, werden abgelehnt. Wer eine Frage entfernt, wird vorher gefragt; ihre Antworten bleiben gespeichert.
survey-build-preview = Vorschau
survey-build-preview-note = Vorschau: So sieht der Fragebogen für einen Verein aus. Hier wird nichts gespeichert; Fragen mit Bedingung sind alle gezeigt und tragen einen Hinweis.
survey-build-questions = Fragen
survey-build-no-questions = Noch keine Fragen.
survey-build-condition = Bedingung
survey-build-edit = Bearbeiten
survey-build-up = Nach oben
survey-build-down = Nach unten
survey-build-remove = Entfernen
survey-build-remove-confirm = Ja, entfernen – die gespeicherten Antworten bleiben erhalten
survey-build-cancel = Abbrechen
survey-build-add = Frage hinzufügen
survey-build-edit-question = Frage bearbeiten
survey-build-section = Teil
survey-build-new-section = neuer Teil (eine neue Seite)
survey-build-kind = Art der Frage
survey-build-key = Kennung
survey-build-key-hint = Kleinbuchstaben, Ziffern und _, z. B. raeume. Sie ist die Spalte im CSV-Export.
survey-build-text = Fragetext
survey-build-help = Hilfetext
survey-build-options = Antwortmöglichkeiten
survey-build-options-hint = Eine pro Zeile, als „kennung | Text“ oder nur der Text. In den anderen Sprachen: die Texte in derselben Reihenfolge.
survey-build-other = Auch „Sonstiges, und zwar …“ zulassen
survey-build-low = Text bei 1
survey-build-high = Text bei 5
survey-build-min = Kleinste Zahl
survey-build-max = Größte Zahl
survey-build-profile-linked = Antworten dürfen mit Zustimmung ins Profil übernommen werden (nur Tätigkeitsfelder und Sprachen)
survey-build-condition-question = Nur zeigen, wenn die Antwort auf diese Frage …
survey-build-always = (immer zeigen)
survey-build-condition-value = … dieser Wert ist
survey-build-condition-value-hint = Die Kennung einer Antwortmöglichkeit, yes oder no, oder bei einer Skala 1 bis 5.
survey-build-translations = Übersetzungen
survey-build-translations-hint = Fehlt eine Übersetzung, steht dort der deutsche Text, und der Fragebogen sagt das.
survey-build-save = Speichern
survey-build-settings = Titel, Zeitraum und Anonymität
survey-build-intro = Einleitung
survey-build-section-title = Überschrift von Teil
survey-build-anonymous = Anonym auswerten (kleine Gruppen werden in gefilterten Ansichten nicht gezeigt)
survey-build-opens = Beginnt am
survey-build-closes = Endet am
survey-build-shown-when = Nur sichtbar, wenn „{ $question }“ mit „{ $value }“ beantwortet wurde.
survey-build-conflict = Jemand anderes hat den Fragebogen inzwischen geändert. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.
survey-build-error-title = Bitte geben Sie einen deutschen Titel ein.
survey-build-error-date = Bitte geben Sie Datum und Uhrzeit an, z. B. 2027-03-01 09:00.
survey-build-error-dates = Das Ende muss nach dem Beginn liegen.
survey-build-error-slug = Bitte nur Kleinbuchstaben, Ziffern und Bindestriche.
survey-build-error-slug-taken = Diese Adresse hat schon eine andere Befragung.
survey-build-error-section = Bitte wählen Sie einen Teil.
survey-build-error-key = Die Kennung besteht aus Kleinbuchstaben, Ziffern und _ (höchstens 40 Zeichen).
survey-build-error-text-missing = Bitte geben Sie den Fragetext auf Deutsch ein.
survey-build-error-too-many-options = Höchstens 50 Antwortmöglichkeiten.
survey-build-error-option-key = Jede Antwortmöglichkeit braucht einen Text und eine Kennung aus Kleinbuchstaben, Ziffern und _ („other“ ist vergeben).
survey-build-error-option-twice = Zwei Antwortmöglichkeiten haben dieselbe Kennung.
survey-build-error-no-options = Bitte geben Sie mindestens eine Antwortmöglichkeit an.
survey-build-error-scale-ends = Bitte beschriften Sie beide Enden der Skala auf Deutsch.
survey-build-error-range = Die kleinste Zahl darf nicht größer als die größte sein.
survey-build-error-range-number = Bitte geben Sie die kleinste und die größte Zahl als ganze Zahlen an.
survey-build-error-kind = Bitte wählen Sie eine Art der Frage.
survey-build-error-condition-value-missing = Bitte geben Sie den Wert an, bei dem die Frage erscheint.
survey-build-invalid-empty = Der Fragebogen hat noch keine Frage.
survey-build-invalid-invalid-key = Diese Kennung ist ungültig.
survey-build-invalid-duplicate-key = Diese Kennung gibt es im Fragebogen schon.
survey-build-invalid-missing-text = Eine Frage hat keinen deutschen Text.
survey-build-invalid-no-options = Eine Auswahlfrage hat keine Antwortmöglichkeiten.
survey-build-invalid-bad-range = Die kleinste Zahl ist größer als die größte.
survey-build-invalid-condition-unknown = Die Bedingung muss eine Frage aus einem früheren Teil nennen.
survey-build-invalid-condition-value = Diesen Wert kann die genannte Frage nicht haben.
survey-build-refused-kind = Es gibt schon Antworten: Die Art der Frage { $question } kann nicht mehr geändert werden.
survey-build-refused-option = Es gibt schon Antworten: Die Antwortmöglichkeit { $option } von { $question } kann nicht mehr entfernt werden.
survey-build-refused-range = Es gibt schon Antworten: Der Zahlenbereich von { $question } kann nur noch größer werden.
survey-build-refused-other = Es gibt schon Antworten: „Sonstiges“ bei { $question } kann nicht mehr entfernt werden.
survey-build-confirm-remove = Die Frage { $question } hat schon Antworten. Wenn Sie sie entfernen, erscheint sie nicht mehr im Fragebogen und in der Auswertung; die Antworten bleiben gespeichert.

survey-consent = Unser Profil mit diesen Antworten aktualisieren (Tätigkeitsfelder und Sprachen)
survey-consent-hint = Das Integrationsbüro prüft die Änderung, bevor sie im Profil erscheint. Ohne Haken bleibt das Profil, wie es ist.

# The PDF report (documents crate)
survey-export-pdf = Bericht als PDF herunterladen
survey-export-pdf-filtered = Bericht als PDF mit dieser Auswahl herunterladen
survey-report-period = Befragung vom { $from } bis { $to }
survey-report-filtered = Auswahl: { $filters }.
survey-report-response = Rücklauf
survey-report-def-invited = Vereine, die eine persönliche Einladung bekommen haben.
survey-report-def-responses = Vereine, die den Fragebogen abgeschickt haben.
survey-report-def-rate = Antworten geteilt durch Eingeladene.
survey-report-part = Teil { $number }
survey-report-no-texts = keine Freitexte

# Delivery of the invitation mails; reminders through the job queue
survey-invite-state-mail-pending = E-Mail wird gesendet
survey-invite-state-mail-failed = E-Mail fehlgeschlagen
survey-invite-mail-pending = { $count ->
    [one] 1 Einladung wartet noch auf den Versand und zählt noch nicht als eingeladen.
   *[other] { $count } Einladungen warten noch auf den Versand und zählen noch nicht als eingeladen.
}
survey-invite-mail-failed = { $count ->
    [one] Bei 1 Verein ist die E-Mail fehlgeschlagen: Er zählt nicht als eingeladen und kann sofort erneut erinnert werden.
   *[other] Bei { $count } Vereinen ist die E-Mail fehlgeschlagen: Sie zählen nicht als eingeladen und können sofort erneut erinnert werden.
}
survey-remind-queued = { $count ->
    [0] Gerade ist keine Erinnerung fällig.
    [one] 1 Erinnerung wird im Hintergrund gesendet.
   *[other] { $count } Erinnerungen werden im Hintergrund gesendet.
}

## The summary at the top of the dashboard ("at a glance")
survey-glance-title = Auf einen Blick
survey-glance-rate = { $responses ->
    [one] { $responses } von { $invited } eingeladenen Vereinen hat geantwortet ({ $rate }).
   *[other] { $responses } von { $invited } eingeladenen Vereinen haben geantwortet ({ $rate }).
}
survey-glance-varied = Große Vielfalt bei
survey-glance-shared = Ähnliche Antworten bei
survey-glance-spread-varied = Große Vielfalt
survey-glance-spread-mixed = Teils ähnlich, teils verschieden
survey-glance-spread-shared = Ähnliche Antworten
survey-glance-measure-varied = { $distinct } verschiedene Antworten; die { $top } häufigsten machen { $cover } % aller Nennungen aus.
survey-glance-measure-shared = Jede der { $top } häufigsten Antworten wurde von mindestens { $reach } % der Vereine genannt (insgesamt { $distinct } verschiedene Antworten).
survey-glance-measure-mixed = { $distinct } verschiedene Antworten; die { $top } häufigsten machen { $cover } % aller Nennungen aus, jede wurde von mindestens { $reach } % der Vereine genannt.
survey-glance-measure-few = { $distinct } verschiedene Antworten; zu wenige Antworten für eine Einschätzung.
survey-glance-share = { $percent } % ({ $count } von { $answered })
survey-glance-mean = Durchschnitt { $mean } auf einer Skala von 1 ({ $low }) bis 5 ({ $high }).
survey-glance-legend = So ist gemessen: Anteile beziehen sich auf die Vereine, die die Frage beantwortet haben; mehrere Antworten sind möglich. „Ähnliche Antworten“: Jede der { $top } häufigsten Antworten wurde von mindestens { $shared } % der Vereine genannt. „Große Vielfalt“: mindestens { $distinct } verschiedene Antworten, und mindestens eine der { $top } häufigsten wurde von weniger als { $varied } % der Vereine genannt. Unter { $min } Antworten gibt es keine Einschätzung.
survey-glance-share-heading = Anteil der antwortenden Vereine
