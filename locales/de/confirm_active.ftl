# Die jährliche Nachfrage „Noch aktiv?“: Bestätigungslink und die Liste des Integrationsbüros.

confirm-active-title = Eintrag bestätigen
confirm-active-question = Ist der Eintrag von „{ $organisation }“ noch aktuell?
confirm-active-yes = Ja, alles stimmt noch
confirm-active-edit = Nein, ich möchte den Eintrag bearbeiten
confirm-active-edit-hint = Zum Bearbeiten melden Sie sich an.
confirm-active-done = Vielen Dank! Der Eintrag von „{ $organisation }“ ist als aktuell bestätigt.
confirm-active-invalid = Dieser Link ist ungültig, wurde schon verwendet oder ist abgelaufen. Wenden Sie sich bei Fragen an das Integrationsbüro.

inactive-title = Möglicherweise inaktive Vereine
inactive-intro = Diese Vereine haben auf die jährliche Nachfrage nicht geantwortet. Sie können sie archivieren; archivierte Einträge lassen sich wiederherstellen.
inactive-empty = Zurzeit ist kein Verein markiert.
inactive-organisation = Verein
inactive-reminded = Nachfrage verschickt
inactive-flagged = Markiert
inactive-actions = Aktionen
inactive-no-recipient = keine Adresse bekannt
inactive-archive = Archivieren
