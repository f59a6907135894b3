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

# The office's view of the engine on a need's page: scores, offers not shown and why, reporting a mistake.
match-score = Treffer-Wert { $score }
match-report = Fehler melden
match-office-hint = Für das Integrationsbüro: Der Treffer-Wert (0 bis 1) ist der Anteil der Treffer mit diesem Wert, die in den Testdaten wirklich passten. Einen falschen Treffer melden Sie mit dem Link darunter.
why-not-heading = Nicht gezeigte Angebote: warum nicht?
why-not-intro = Nur das Integrationsbüro sieht diesen Teil: Angebote zum selben Thema, die hier nicht als Treffer erscheinen, und was jedes ausgeschlossen hat. Passt eines doch, melden Sie es mit seinem Link.
why-not-empty = Kein weiteres Angebot zum selben Thema.
why-not-label = Warum nicht
miss-same-organisation = vom selben Verein
miss-no-common-weekday = kein gemeinsamer Wochentag
miss-audience = für eine andere Zielgruppe (Frauen, Männer, Jugendliche)
miss-too-far = nur vor Ort, und der Ort ist zu weit entfernt
miss-language = eine verlangte Sprache wird nicht gesprochen
miss-too-few-places = zu wenige Plätze für die Größe der Gruppe
miss-no-common-period = keine gemeinsame Zeit im Jahr (Monate, Jahreszeit oder Ferien passen nicht zusammen)
miss-online-only = nur online, der Bedarf ist vor Ort
miss-below-threshold = zu wenig gemeinsam für einen Treffer (Treffer-Wert { $score })
miss-unscored = zu wenig gemeinsam, um einen Treffer-Wert zu berechnen
# The soft rule that lowered the score of an offer not shown (after "miss-below-threshold: ").
shortfall-language = spricht keine der Sprachen, um die es geht
shortfall-audience = für eine andere Zielgruppe
shortfall-role = bietet die Tätigkeit, nicht die Person dafür (Trainer, Leitung, Helfende)
shortfall-condition = eine verlangte Bedingung fehlt (z. B. beglaubigt)
shortfall-kind-of-service = Dolmetschen statt schriftlicher Übersetzung oder umgekehrt
shortfall-other-language-taught = unterrichtet eine andere Sprache
shortfall-main-subject = das Hauptthema fehlt
shortfall-days = keine gemeinsamen Tage
shortfall-times = keine gemeinsame Uhrzeit
shortfall-part-time = nur für einen Teil der gewünschten Zeit frei
shortfall-group-size = die Gruppe ist größer als die Plätze
shortfall-amount = es wird mehr Geld gebraucht, als das Angebot höchstens gibt
shortfall-period = die genannten Zeiten im Jahr (Monate, Jahreszeit, Ferien) passen nicht zusammen
shortfall-far = weit weg von den genannten Stadtteilen
