home-title = Start
home-heading = Vereine und Initiativen für Integration in { $city }
home-intro = Knotenpunkt verbindet die Vereine, Migrantenselbstorganisationen und Initiativen der Stadt mit dem Integrationsbüro der Stadt. Finden Sie Angebote, Ansprechpersonen und Möglichkeiten zur Zusammenarbeit.
home-count = { $count ->
    [one] 1 Verein oder Initiative im Netzwerk
   *[other] { $count } Vereine und Initiativen im Netzwerk
}
home-browse-all = Alle anzeigen
home-fields = Tätigkeitsfelder
home-office-heading = Das Integrationsbüro
home-office-text = Ideen, Anliegen oder Fragen? { $office } ist Ihre Anlaufstelle für das Netzwerk.
home-office-link = Kontakt aufnehmen
