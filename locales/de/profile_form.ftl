# Das Profilformular: Überblick, Formatierungshinweis, Kartenhinweis.
edit-overview = Das Formular hat sechs Teile:
edit-overview-hint = Speichern Sie am Ende mit „Änderungen speichern“; was Sie nicht ändern, bleibt, wie es ist.
edit-markdown-hint = Formatieren: eine Leerzeile trennt Absätze; eine Zeile mit „- “ am Anfang wird ein Listenpunkt; **fett**, *kursiv*; Links als [Text](https://…).
edit-position-address-first = Am einfachsten: oben die Adresse eintragen und speichern – Knotenpunkt setzt den Punkt dann selbst. Die Karte zeigt Straßen erst nach „Karte laden“; vorher sehen Sie nur eine graue Fläche.
