# Das Profilformular: Überblick, Formatierungshinweis, Kartenhinweis.
edit-overview = Das Formular hat sechs Teile:
edit-overview-hint = Speichern Sie am Ende mit „Änderungen speichern“; was Sie nicht ändern, bleibt, wie es ist.
edit-markdown-hint = Formatieren: eine Leerzeile trennt Absätze; eine Zeile mit „- “ am Anfang wird ein Listenpunkt; **fett**, *kursiv*; Links als [Text](https://…).
edit-position-address-first = Am einfachsten: oben die Adresse eintragen und speichern – Knotenpunkt setzt den Punkt dann selbst. Die Karte zeigt Straßen erst nach „Karte laden“; vorher sehen Sie nur eine graue Fläche.
# Einen Teil allein speichern, und die Vorschau der öffentlichen Seite.
edit-section-only = nur diesen Teil bearbeiten
edit-section-alone = Sie bearbeiten nur diesen Teil; alles andere bleibt, wie es ist.
edit-section-all = Alle Teile zeigen
edit-submit-section = Diesen Teil speichern
edit-preview = Vorschau ansehen
edit-preview-heading = Vorschau der öffentlichen Seite
edit-preview-note = So sieht die Seite aus, wenn die Änderungen gelten. Noch ist nichts gespeichert: Speichern Sie unten im Formular.
