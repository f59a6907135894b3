introductions-title = Contact requests
introductions-intro = Here you see who would like to meet your association and whom you asked. Contact details appear only once both sides agreed.
introductions-none = No contact requests yet.
introductions-contact = How to reach the contact person:
introductions-accept = Accept and exchange contact details
introductions-decline = Decline
introductions-done = Cooperation done
introductions-ask = Ask for contact
introductions-message = Message to the other association (optional)
introductions-send = Send request
introductions-dismiss = Does not fit – hide
introduction-state-requested = requested
introduction-state-agreed = agreed
introduction-state-declined = declined
introduction-state-done = done
introduction-state-dismissed = hidden
error-introduction-conflict-title = Already requested
error-introduction-conflict-text = There already is a request for this offer and need, or it was already answered.
mail-introduction-requested-subject = { $organisation } would like to meet your association
mail-introduction-requested-body =
    Hello,

    “{ $organisation }” is interested in your offer “{ $offer }” – it fits their need “{ $need }”.

    { $message }

    Decide here whether you want to exchange contact details:

    { $link }
mail-introduction-agreed-subject = Contact with { $organisation }
mail-introduction-agreed-body =
    Hello,

    both sides agreed: need “{ $need }” and offer “{ $offer }”.

    How to reach “{ $organisation }”: { $contact }

    { $link }
synergy-title = Synergies: offers and needs
synergy-intro = Where needs find no fitting offer yet, which offers nobody seeks, and which contacts are requested or agreed – by category and district.
synergy-by-category = By category
synergy-by-district = By district
synergy-needs = Needs
synergy-needs-without-offer = Needs without a fitting offer
synergy-offers = Offers
synergy-offers-unasked = Offers nobody seeks
synergy-in-progress = Requested contacts
synergy-agreed = Agreed cooperation
synergy-none = None.
digest-label = A weekly email with new, well-fitting offers and needs for our associations
digest-save = Save setting
mail-digest-subject = New fitting offers and needs for your association
mail-digest-body =
    Hello,

    this week there are new, well-fitting offers and needs for your association:

    { $matches }

    You can ask for contact on the need's page. Unsubscribe from the weekly email in your account:

    { $link }
