# Neue Personen auf dem Weg zu ihrem Verein: was das Konto noch nicht kann, und was im Prüfauftrag wartet.
introductions-unlinked = Ihr Konto ist noch mit keinem Verein verbunden. Anfragen an Ihren Verein sehen Sie hier, sobald das Integrationsbüro bestätigt hat, dass Sie ihn vertreten: Suchen Sie Ihren Verein im Verzeichnis und wählen Sie dort „Das ist unser Verein“.
introductions-unlinked-find = Ihren Verein im Verzeichnis suchen
claims-waiting =
    { $count ->
        [one] Eine Kontaktanfrage wartet auf diesen Verein, von:
       *[other] { $count } Kontaktanfragen warten auf diesen Verein, von:
    }
