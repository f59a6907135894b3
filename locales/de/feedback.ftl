# Rückmeldungen nach einer Aktion: die Wörter, mit denen jede Art von Hinweis beginnt, und die
# Hinweise nach ?posted=1, ?asked=1, ?welcome=1, ?verified=1 usw.
notice-success = Erledigt
notice-info = Hinweis
notice-warning = Achtung
notice-error = Fehler
notice-item-posted-offer = Ihr Angebot ist veröffentlicht. Darunter sehen Sie Vereine, die so etwas suchen – fragen Sie dort nach einer Vermittlung.
notice-item-posted-need = Ihr Gesuch ist veröffentlicht. Darunter sehen Sie passende Angebote anderer Vereine – bitten Sie dort um eine Vermittlung.
notice-item-dismissed = Der Vorschlag ist ausgeblendet. Er erscheint für Ihren Verein nicht mehr.
notice-introduction-asked = Ihre Anfrage ist verschickt. Die andere Seite bekommt eine E-Mail. Sobald sie zustimmt, sehen Sie hier ihre Kontaktdaten und sie Ihre.
notice-account-welcome = Willkommen! Ihr Konto ist eingerichtet. Hier sehen Sie Ihre Vereine und Ihre Einstellungen.
notice-login-verified = Ihre E-Mail-Adresse ist bestätigt. Melden Sie sich jetzt mit Ihrem Passwort an.
notice-login-reset = Ihr Passwort ist geändert. Melden Sie sich jetzt mit dem neuen Passwort an.
