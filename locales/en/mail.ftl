# Emails. Arguments: $link, $organisation, $comment, $confirm_link, $edit_link, $instance.
mail-signature = { $instance } – connecting associations and the integration office
mail-verify-email-subject = Please confirm your email address
mail-verify-email-body =
    Hello,

    you created an account at { $instance }. Please confirm your email address with this link:

    { $link }

    The link is valid for 48 hours. If you did not create an account, you can simply delete this email.
mail-already-registered-subject = You already have an account
mail-already-registered-body =
    Hello,

    someone tried to create an account at { $instance } with your email address. You already have an account there.

    If you forgot your password, choose a new one with this link (valid for one hour):

    { $link }

    If this was not you, you can delete this email.
mail-reset-password-subject = New password for { $instance }
mail-reset-password-body =
    Hello,

    with this link you choose a new password (valid for one hour, once):

    { $link }

    If you did not ask for a new password, you can delete this email; your password stays as it is.
mail-invitation-subject = Invitation: keep the entry of { $organisation } up to date
mail-invitation-body =
    Hello,

    the integration office invites you to keep the entry of “{ $organisation }” at { $instance } up to date: description, contact, offers and needs.

    With this link you accept the invitation and choose a password (valid for 14 days):

    { $link }
mail-revision-approved-subject = Your change to { $organisation } is published
mail-revision-approved-body =
    Hello,

    the integration office approved your change to the entry “{ $organisation }”. It is now publicly visible.

    { $has_comment ->
        [yes] The integration office's comment: { $comment }
       *[no] { "" }
    }

    { $link }
mail-revision-rejected-subject = Your change to { $organisation } was not approved
mail-revision-rejected-body =
    Hello,

    the integration office did not approve your change to the entry “{ $organisation }”. Their comment:

    { $comment }

    You can edit the entry again here:

    { $link }
mail-verify-proposal-subject = Please confirm your proposal “{ $organisation }”
mail-verify-proposal-body =
    Hello,

    you proposed “{ $organisation }” for { $instance }. Please confirm your email address with this link; then the integration office reviews the proposal:

    { $link }
mail-confirm-active-subject = Is { $organisation } still active?
mail-confirm-active-body =
    Hello,

    the entry of “{ $organisation }” at { $instance } has not been confirmed for a year. Is everything still right? Then one click is enough, no login needed:

    { $confirm_link }

    If something changed, edit the entry here:

    { $edit_link }
mail-proposal-approved-subject = Your proposal “{ $organisation }” is published
mail-proposal-approved-body =
    Hello,

    the integration office reviewed and approved your proposal “{ $organisation }”. The entry is now publicly visible at { $instance }:

    { $has_comment ->
        [yes] The integration office's comment: { $comment }
       *[no] { "" }
    }

    { $link }

    Thank you for the proposal!
mail-proposal-rejected-subject = Your proposal “{ $organisation }” was not added
mail-proposal-rejected-body =
    Hello,

    thank you for proposing “{ $organisation }”. The integration office reviewed the proposal and did not add it to the directory. Their reason:

    { $comment }

    If you would like to complete or correct the details, you can send a new proposal here:

    { $link }
mail-claim-approved-subject = You can now edit the entry of { $organisation }
mail-claim-approved-body =
    Hello,

    the integration office confirmed that you represent “{ $organisation }”. You can now keep its entry at { $instance } up to date yourself: description, contact, offers and needs.

    Edit the entry here (after signing in):

    { $link }
mail-claim-rejected-subject = Your claim to { $organisation }
mail-claim-rejected-body =
    Hello,

    thank you for letting us know that you represent “{ $organisation }”. Unfortunately the integration office could not confirm this, so you cannot edit the entry.

    { $has_comment ->
        [yes] The integration office's reason: { $comment }
       *[no] { "" }
    }

    If you think this is a mistake, please contact the integration office.

    The entry:

    { $link }
