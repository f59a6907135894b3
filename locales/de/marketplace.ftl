# Marketplace: offers and needs.
offers-title = Vereine bieten
offers-intro = Was Vereine im Netzwerk anderen anbieten: Räume, Dolmetschen, Wissen, Material, Ehrenamtliche und mehr.
needs-title = Vereine suchen
needs-intro = Was Vereine im Netzwerk suchen – vielleicht kann Ihr Verein helfen.
item-category = Bereich
filter-apply = Anzeigen
item-anywhere = überall
item-any-day = nach Absprache
item-days = Tage
item-time = Uhrzeit
item-kind-offer = Angebot
item-kind-need = Gesuch
suggestions-heading = Passende Angebote im Netzwerk
suggestions-empty = Im Netzwerk gibt es noch kein passendes Angebot. Das Integrationsbüro hilft gern weiter.
seekers-heading = Wer sucht das?
seekers-empty = Zurzeit sucht kein anderer Verein danach.
match-strong = passt sehr gut
match-good = passt
match-partial = passt teilweise
match-order = Die stärksten Treffer stehen oben: ●●● passt sehr gut, ●●○ passt, ●○○ passt teilweise. Warum, steht unter jedem Treffer.
match-reasons = Warum
reason-topic = Thema: { $label }
reason-same-category = beide im Bereich { $category }
reason-speaks = spricht { $language }
reason-time = Uhrzeit passt
reason-same-district = beide in { $district }
reason-neighbour = { $offer } grenzt an { $need }
reason-audience-women = für Frauen
reason-audience-men = für Männer
reason-audience-youth = für Jugendliche
profile-offers = Wir bieten
profile-needs = Wir suchen
weekday-mo = Montag
weekday-di = Dienstag
weekday-mi = Mittwoch
weekday-do = Donnerstag
weekday-fr = Freitag
weekday-sa = Samstag
weekday-so = Sonntag
item-category-rooms = Räume
item-category-language = Sprache & Übersetzung
item-category-education = Bildung & Nachhilfe
item-category-counselling = Beratung
item-category-funding = Förderung & Finanzen
item-category-volunteers = Ehrenamtliche
item-category-events = Veranstaltungen & Kultur
item-category-sport = Sport
item-category-women = Frauen
item-category-youth = Jugend
item-category-health = Gesundheit
item-category-work = Arbeit & Ausbildung
item-category-material = Material & Transport
item-category-publicity = Öffentlichkeitsarbeit
item-category-digital = Digitales
offers-count = { $count ->
    [0] Keine Angebote
    [one] 1 Angebot
   *[other] { $count } Angebote
}
needs-count = { $count ->
    [0] Keine Gesuche
    [one] 1 Gesuch
   *[other] { $count } Gesuche
}
reason-weekdays = { $count ->
    [one] { $days } passt
   *[other] { $days } passen
}
item-network-only = nur im Netzwerk
items-search-placeholder = z. B. Saal, Dolmetschen, Nachhilfe
