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
