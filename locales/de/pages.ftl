contact-title = Kontakt zur Koordinierungsstelle
contact-intro = Die Koordinierungsstelle ist Anlaufstelle für Ideen und Anliegen der Vereine und entwickelt das Netzwerk gemeinsam mit ihnen weiter.
contact-opening-hours = Sprechzeiten
