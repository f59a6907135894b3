# Neue Personen auf dem Weg zu ihrem Verein: was das Konto noch nicht kann, und was im Prüfauftrag wartet.
introductions-unlinked = Ihr Konto ist noch mit keinem Verein verbunden. Anfragen an Ihren Verein sehen Sie hier, sobald das Integrationsbüro bestätigt hat, dass Sie ihn vertreten: Suchen Sie Ihren Verein im Verzeichnis und wählen Sie dort „Das ist unser Verein“.
introductions-unlinked-find = Ihren Verein im Verzeichnis suchen
claims-waiting =
    { $count ->
        [one] Eine Kontaktanfrage wartet auf diesen Verein, von:
       *[other] { $count } Kontaktanfragen warten auf diesen Verein, von:
    }

# Der geführte Weg vom Verein aus: Konto, Adresse bestätigen, „Das ist unser Verein“, Profil und Anfragen.
guide-where = Schritt { $step } von { $total }: { $title }
guide-for = Für den Verein { $organisation }
guide-done = erledigt
guide-step-register = Konto anlegen oder anmelden
guide-step-verify = E-Mail-Adresse bestätigen
guide-step-claim = Bestätigen: „Das ist unser Verein“
guide-step-profile = Profil ergänzen und Kontaktanfragen beantworten
guide-after-verify = Nach der Bestätigung melden Sie sich an und kommen direkt zu Schritt 3: „Das ist unser Verein“.
guide-login-then-claim = Nach der Anmeldung geht es weiter mit Schritt 3: „Das ist unser Verein“.
join-title = Das ist unser Verein
join-start-intro = Sie vertreten { $organisation }? In vier Schritten verbinden Sie ein Konto mit Ihrem Verein.
join-start-text = Zuerst legen Sie ein Konto an – oder melden sich an, wenn Sie schon eines haben – und bestätigen Ihre E-Mail-Adresse. Danach bringt Sie der Link in der E-Mail hierher zurück.
join-register = Konto anlegen
join-login = Ich habe schon ein Konto: anmelden
join-claim-intro = Sie sind angemeldet. Bestätigen Sie jetzt, dass Sie { $organisation } vertreten.
join-claim-then = Das Integrationsbüro prüft den Antrag und schreibt Ihnen eine E-Mail.
join-what-now = Wie geht es weiter?
join-waiting-office = Das Integrationsbüro prüft Ihren Antrag.
join-waiting-mail = Sobald es entschieden hat, bekommen Sie eine E-Mail.
join-waiting-then = Danach ergänzen Sie das Profil Ihres Vereins und beantworten Kontaktanfragen an ihn.
join-editor-text = Sie bearbeiten jetzt { $organisation }. Ergänzen Sie das Profil und beantworten Sie Kontaktanfragen an Ihren Verein.
join-edit = Profil ergänzen
join-introductions = Kontaktanfragen ansehen
join-to-profile = Zum öffentlichen Profil des Vereins
