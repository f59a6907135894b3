# Doppelte Einträge beim Vorschlagen: „Das ist unser Verein“ statt nur an das Integrationsbüro zu verweisen.
duplicate-contained-name = gleiche kennzeichnende Namensteile
propose-claim = Das ist unser Verein
propose-claim-hint = Wenn ja: Sie müssen nichts vorschlagen. Mit „Das ist unser Verein“ bitten Sie das Integrationsbüro, Ihnen den Eintrag zu übergeben; es prüft das und meldet sich per E-Mail.
propose-claim-hint-sign-in = Wenn ja: Sie müssen nichts vorschlagen. „Das ist unser Verein“ führt Sie zur Anmeldung (oder Registrierung); danach bitten Sie das Integrationsbüro, Ihnen den Eintrag zu übergeben.
