# Knotenpunkt – gemeinsame Texte (Deutsch, Ausgangssprache)
nav-skip = Zum Inhalt springen
nav-main-label = Hauptnavigation
nav-home = Start
nav-directory = Vereinsverzeichnis
nav-contact = Kontakt
nav-language-label = Sprache wählen
footer-open-data = Offene Daten (API)
imprint-title = Impressum
privacy-title = Datenschutzerklärung
legal-missing = Dieser Text wurde noch nicht hinterlegt. Bitte wenden Sie sich an das Integrationsbüro.
content-fallback-note = Dieser Text ist nicht in Ihrer Sprache verfügbar. Er wird auf { $language } angezeigt.
error-back-to-directory = Zum Vereinsverzeichnis
error-not-found-title = Seite nicht gefunden
error-not-found-text = Diese Seite gibt es nicht (mehr). Vielleicht finden Sie, was Sie suchen, im Verzeichnis.
error-bad-request-title = Anfrage nicht lesbar
error-bad-request-text = Die Adresse oder das gesendete Formular konnte nicht gelesen werden. Bitte gehen Sie zurück und versuchen Sie es noch einmal über das Formular der Seite.
error-organisation-not-found-title = Verein nicht gefunden
error-organisation-not-found-text = Diesen Eintrag gibt es nicht oder er ist nicht mehr öffentlich.
count-organisations = { $count ->
    [one] 1 Verein
   *[other] { $count } Vereine
}
error-unavailable-title = Vorübergehend nicht erreichbar
error-unavailable-text = Die Daten können gerade nicht geladen werden. Bitte versuchen Sie es in einigen Minuten noch einmal.
nav-offers = Vereine bieten
nav-needs = Vereine suchen
# The German legal name of the imprint, shown beside the title in other languages (lang="de").
imprint-legal-term = Impressum
