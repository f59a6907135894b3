nav-graph = Netzwerkbild
graph-title = Netzwerkbild
graph-intro = Welche Vereine sich begegnet sind: an einem Tisch eines Netzwerktreffens, über eine vereinbarte Kontaktanfrage oder in einem gemeinsamen Kooperationsprojekt. Vereine ohne Verbindung stehen in der Liste – mit ihnen lohnt sich ein Gespräch.
graph-from = Von (Datum)
graph-to = Bis (Datum)
graph-date-hint = Datum als JJJJ-MM-TT, zum Beispiel 2020-01-31. Leer lassen für „seit Beginn“ bzw. „bis heute“.
graph-kinds = Verbindungen
graph-kind-met = Am Tisch getroffen (durchgezogene Linie)
graph-kind-introduction = Kontaktanfrage vereinbart (gestrichelte Linie)
graph-kind-project = Gemeinsames Kooperationsprojekt (gepunktete Linie)
graph-show = Anzeigen
graph-reset = Filter zurücksetzen
graph-summary = { $associations } Vereine, { $edges } Verbindungen, { $isolated } ohne Verbindung.
graph-isolated = Vereine ohne Verbindung
graph-isolated-intro = Diese Vereine hatten im gewählten Zeitraum keine der gewählten Verbindungen. Der Name führt zum Profil.
graph-isolated-none = Jeder Verein hat mindestens eine Verbindung.
graph-activity = { $count ->
    [one] 1 Aktivität
   *[other] { $count } Aktivitäten
}
graph-drawing = Netzwerk als Bild
graph-zoom-in = Vergrößern
graph-zoom-out = Verkleinern
graph-zoom-reset = Ganzes Bild
graph-zoom-hint = Ziehen verschiebt das Bild, das Mausrad vergrößert.
graph-legend = Legende
graph-legend-size = Je größer ein Zeichen, desto aktiver der Verein (Netzwerktreffen, Kontaktanfragen, Kooperationsprojekte im Zeitraum). Farbe und Form zeigen das erste Tätigkeitsfeld:
graph-export = Herunterladen
graph-export-intro = Dieselben Daten mit denselben Filtern, zum Beispiel für Gephi.
graph-export-graphml = Netzwerk als GraphML
graph-export-csv = Verbindungen als CSV-Liste
graph-node-title = { $name } – { $field } – Aktivitäten: { $activity }, Verbindungen: { $degree }
graph-field-none = ohne Tätigkeitsfeld
form-error-graph-period-order = Das Enddatum liegt vor dem Anfangsdatum.
