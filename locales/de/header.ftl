# Kopfzeile und Startseite.
nav-menu = Menü
home-propose-hint = Ihr Verein fehlt im Verzeichnis? Schlagen Sie ihn vor – das Integrationsbüro prüft den Vorschlag.
