introductions-title = Kontaktanfragen
introductions-intro = Hier sehen Sie, wer Ihren Verein kennenlernen möchte und wen Sie angefragt haben. Kontaktdaten erscheinen erst, wenn beide Seiten zugestimmt haben.
introductions-none = Noch keine Kontaktanfragen.
introductions-contact = So erreichen Sie die Ansprechperson:
introductions-accept = Annehmen und Kontaktdaten austauschen
introductions-decline = Ablehnen
introductions-done = Zusammenarbeit erledigt
introductions-ask = Kontakt anfragen
introductions-message = Nachricht an den anderen Verein (freiwillig)
introductions-send = Anfrage schicken
introductions-dismiss = Passt nicht – ausblenden
introduction-state-requested = angefragt
introduction-state-agreed = vereinbart
introduction-state-declined = abgelehnt
introduction-state-done = erledigt
introduction-state-dismissed = ausgeblendet
error-introduction-conflict-title = Schon angefragt
error-introduction-conflict-text = Für dieses Angebot und Gesuch gibt es schon eine Anfrage, oder sie wurde bereits beantwortet.
mail-introduction-requested-subject = { $organisation } möchte Ihren Verein kennenlernen
mail-introduction-requested-body =
    Guten Tag,

    „{ $organisation }“ interessiert sich für Ihr Angebot „{ $offer }“ – es passt zu ihrem Gesuch „{ $need }“.

    { $message }

    Ob Sie Kontaktdaten austauschen möchten, entscheiden Sie hier:

    { $link }
mail-introduction-agreed-subject = Kontakt mit { $organisation }
mail-introduction-agreed-body =
    Guten Tag,

    beide Seiten haben zugestimmt: Gesuch „{ $need }“ und Angebot „{ $offer }“.

    So erreichen Sie „{ $organisation }“: { $contact }

    { $link }
synergy-title = Synergien: Angebote und Gesuche
synergy-intro = Wo Gesuche noch kein passendes Angebot finden, welche Angebote niemand sucht und welche Kontakte angefragt oder vereinbart sind – nach Bereich und Stadtteil.
synergy-by-category = Nach Bereich
synergy-by-district = Nach Stadtteil
synergy-needs = Gesuche
synergy-needs-without-offer = Gesuche ohne passendes Angebot
synergy-offers = Angebote
synergy-offers-unasked = Angebote, die niemand sucht
synergy-in-progress = Angefragte Kontakte
synergy-agreed = Vereinbarte Zusammenarbeit
synergy-none = Keine.
digest-label = Jede Woche eine E-Mail mit neuen, gut passenden Angeboten und Gesuchen für unsere Vereine
digest-save = Einstellung speichern
mail-digest-subject = Neue passende Angebote und Gesuche für Ihren Verein
mail-digest-body =
    Guten Tag,

    diese Woche gibt es neue, gut passende Angebote und Gesuche für Ihren Verein:

    { $matches }

    Kontakt anfragen können Sie auf der Seite des Gesuchs. Die wöchentliche E-Mail bestellen Sie in Ihrem Konto ab:

    { $link }
