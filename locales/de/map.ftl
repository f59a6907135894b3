# Knotenpunkt – Stadtkarte (Deutsch, Ausgangssprache)
nav-map = Stadtkarte
map-title = Digitale Stadtkarte Integration
map-filters = Suche und Filter
map-apply = Karte aktualisieren
map-as-directory = Als Liste im Verzeichnis
map-show-search = Diese Suche auf der Stadtkarte zeigen
map-toggle-map = Karte
map-toggle-list = Liste
map-pane-label = Karte
map-skip = Karte überspringen, zur Liste
map-list-heading = Vereine auf der Karte
map-count = { $count ->
    [one] 1 Verein auf der Karte
   *[other] { $count } Vereine auf der Karte
}
map-zoom-for-more = Nicht alle Vereine im Ausschnitt passen in die Liste. Vergrößern Sie die Karte oder grenzen Sie die Suche ein.
map-unplaced = Ohne Ort auf der Karte
map-legend = Legende: Tätigkeitsfelder
map-show-on-map = Auf der Karte zeigen
map-to-profile = Zum Profil
map-cluster-count = { $count ->
    [one] { $count } Verein an diesem Ort, zum Vergrößern auswählen
   *[other] { $count } Vereine an diesem Ort, zum Vergrößern auswählen
}
map-in-view-count = { $count ->
    [0] Im Kartenausschnitt: kein Verein (von { $total })
    [one] Im Kartenausschnitt: { $count } Verein (von { $total })
   *[other] Im Kartenausschnitt: { $count } Vereine (von { $total })
}
map-load-error = Die Vereine für die Karte konnten nicht geladen werden. Die Liste im Verzeichnis funktioniert weiterhin.
map-zoom-in = Vergrößern
map-zoom-out = Verkleinern
map-consent-title = Karte laden
map-consent-text = Die Kartenbilder kommen von { $provider }.
map-consent-transmitted = Wenn Sie die Karte laden, erhält { $host } Ihre IP-Adresse und die Information, welchen Kartenausschnitt Sie ansehen. Bis dahin sehen Sie die Vereine auf einem einfachen Hintergrund.
map-consent-privacy = Mehr in der Datenschutzerklärung
map-consent-load = Karte laden
map-consent-remember = Entscheidung auf diesem Gerät merken
map-consent-withdraw = Kartenbilder nicht mehr laden
map-show-on-city-map = Auf der Stadtkarte zeigen
map-embed-link = Diese Karte auf der eigenen Website einbinden
map-embed-back = Größere Karte bei { $site } öffnen
map-embed-title = Stadtkarte einbinden
map-embed-intro = Wählen Sie, welche Vereine die Karte zeigen soll. Den Code darunter fügen Sie in Ihre Website ein; die Vorschau zeigt, wie die Karte dort aussieht.
map-embed-language = Sprache der Karte
map-embed-height = Höhe in Pixeln
map-embed-update = Code und Vorschau aktualisieren
map-embed-snippet = Code zum Einbinden
map-embed-snippet-help = HTML-Code für Ihre Website (zum Kopieren markieren)
map-embed-preview = Vorschau
map-embed-frame-title = Stadtkarte der Vereine – { $site }
map-filter-offers = Bietet
map-filter-offers-any = irgendetwas
map-filter-needs = Sucht
map-filter-needs-any = irgendetwas
map-item-offers = bietet
map-item-seeks = sucht
query-error-unknown-item-category = Diese Kategorie von Angeboten und Gesuchen gibt es nicht. Bitte wählen Sie eine aus der Liste.
map-container-label = Karte der Vereine: mit den Pfeiltasten verschieben, mit Plus und Minus vergrößern oder verkleinern
map-popup-close = Schließen
map-popup-opened = Auf der Karte geöffnet: { $name }
