contact-title = Kontakt zum Integrationsbüro
contact-intro = Das Integrationsbüro ist Anlaufstelle für Ideen und Anliegen der Vereine und entwickelt das Netzwerk gemeinsam mit ihnen weiter.
contact-opening-hours = Sprechzeiten
