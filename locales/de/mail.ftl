# E-Mails. Argumente: $link, $organisation, $comment, $confirm_link, $edit_link, $instance.
mail-signature = { $instance } – Vernetzung der Vereine und des Integrationsbüros
mail-verify-email-subject = Bitte bestätigen Sie Ihre E-Mail-Adresse
mail-verify-email-body =
    Guten Tag,

    Sie haben bei { $instance } ein Konto angelegt. Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link:

    { $link }

    Der Link gilt 48 Stunden. Wenn Sie kein Konto angelegt haben, können Sie diese E-Mail einfach löschen.
mail-already-registered-subject = Sie haben schon ein Konto
mail-already-registered-body =
    Guten Tag,

    jemand wollte mit Ihrer E-Mail-Adresse ein Konto bei { $instance } anlegen. Sie haben dort aber schon ein Konto.

    Wenn Sie Ihr Passwort vergessen haben, wählen Sie mit diesem Link ein neues (gültig eine Stunde):

    { $link }

    Wenn Sie das nicht waren, können Sie diese E-Mail löschen.
mail-reset-password-subject = Neues Passwort für { $instance }
mail-reset-password-body =
    Guten Tag,

    mit diesem Link wählen Sie ein neues Passwort (gültig eine Stunde, nur einmal):

    { $link }

    Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail löschen; Ihr Passwort bleibt, wie es ist.
mail-invitation-subject = Einladung: Eintrag von { $organisation } pflegen
mail-invitation-body =
    Guten Tag,

    das Integrationsbüro lädt Sie ein, den Eintrag von „{ $organisation }“ bei { $instance } zu pflegen: Beschreibung, Kontakt, Angebote und Gesuche.

    Mit diesem Link nehmen Sie die Einladung an und wählen ein Passwort (gültig 14 Tage):

    { $link }
mail-revision-approved-subject = Ihre Änderung an { $organisation } ist veröffentlicht
mail-revision-approved-body =
    Guten Tag,

    das Integrationsbüro hat Ihre Änderung am Eintrag „{ $organisation }“ freigegeben. Sie ist jetzt öffentlich sichtbar.

    { $has_comment ->
        [yes] Kommentar des Integrationsbüros: { $comment }
       *[no] { "" }
    }

    { $link }
mail-revision-rejected-subject = Ihre Änderung an { $organisation } wurde nicht freigegeben
mail-revision-rejected-body =
    Guten Tag,

    das Integrationsbüro hat Ihre Änderung am Eintrag „{ $organisation }“ nicht freigegeben. Der Kommentar dazu:

    { $comment }

    Sie können den Eintrag hier noch einmal bearbeiten:

    { $link }
mail-verify-proposal-subject = Bitte bestätigen Sie Ihren Vorschlag „{ $organisation }“
mail-verify-proposal-body =
    Guten Tag,

    Sie haben „{ $organisation }“ für { $instance } vorgeschlagen. Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link; danach prüft das Integrationsbüro den Vorschlag:

    { $link }
mail-confirm-active-subject = Ist { $organisation } noch aktiv?
mail-confirm-active-body =
    Guten Tag,

    der Eintrag von „{ $organisation }“ bei { $instance } wurde seit einem Jahr nicht bestätigt. Stimmt noch alles? Dann genügt ein Klick, ohne Anmeldung:

    { $confirm_link }

    Wenn sich etwas geändert hat, bearbeiten Sie den Eintrag hier:

    { $edit_link }
mail-proposal-approved-subject = Ihr Vorschlag „{ $organisation }“ ist veröffentlicht
mail-proposal-approved-body =
    Guten Tag,

    das Integrationsbüro hat Ihren Vorschlag „{ $organisation }“ geprüft und freigegeben. Der Eintrag ist jetzt bei { $instance } öffentlich zu sehen:

    { $has_comment ->
        [yes] Kommentar des Integrationsbüros: { $comment }
       *[no] { "" }
    }

    { $link }

    Vielen Dank für Ihren Hinweis!
mail-proposal-rejected-subject = Ihr Vorschlag „{ $organisation }“ wurde nicht aufgenommen
mail-proposal-rejected-body =
    Guten Tag,

    vielen Dank für Ihren Vorschlag „{ $organisation }“. Das Integrationsbüro hat ihn geprüft und nicht in das Vereinsverzeichnis aufgenommen. Die Begründung:

    { $comment }

    Wenn Sie die Angaben ergänzen oder berichtigen möchten, können Sie hier einen neuen Vorschlag schicken:

    { $link }
mail-claim-approved-subject = Sie können den Eintrag von { $organisation } jetzt bearbeiten
mail-claim-approved-body =
    Guten Tag,

    das Integrationsbüro hat bestätigt, dass Sie „{ $organisation }“ vertreten. Sie können den Eintrag bei { $instance } jetzt selbst pflegen: Beschreibung, Kontakt, Angebote und Gesuche.

    Hier bearbeiten Sie den Eintrag (nach der Anmeldung):

    { $link }
mail-claim-rejected-subject = Ihr Antrag zu { $organisation }
mail-claim-rejected-body =
    Guten Tag,

    vielen Dank für Ihre Nachricht, dass Sie „{ $organisation }“ vertreten. Das Integrationsbüro konnte das leider nicht bestätigen; den Eintrag können Sie deshalb nicht bearbeiten.

    { $has_comment ->
        [yes] Begründung des Integrationsbüros: { $comment }
       *[no] { "" }
    }

    Wenn Sie glauben, dass es sich um einen Irrtum handelt, wenden Sie sich bitte an das Integrationsbüro.

    Der Eintrag:

    { $link }
