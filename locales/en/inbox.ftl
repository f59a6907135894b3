## Concerns: ideas and concerns for the integration office (form, the sender's page, the office's queue)

nav-inbox = Concerns
inbox-form-heading = Your concern for the integration office
inbox-form-intro = An idea, a concern, a question, or do you want support? Write to us. We answer in the language you choose.
inbox-profile-link = Contact the integration office about this
inbox-choose = Please choose
inbox-kind-idea = Idea
inbox-kind-concern = Problem or criticism
inbox-kind-question = Question
inbox-kind-support = Asking for support
inbox-topic-other = Other topic
inbox-field-kind = Type
inbox-field-topic = Field of activity
inbox-field-text = Your message
inbox-field-text-hint = At most { $max } characters. Write in your own language.
inbox-field-on-behalf = Sender
inbox-on-behalf-none = Only me personally
inbox-field-concerns = Concerns these associations
inbox-field-concerns-hint = Optional. Several with Ctrl or a long tap.
inbox-field-email = Email address for the answer
inbox-field-email-hint = We first send you a link to confirm it. Only then does your message arrive.
inbox-field-email-hint-account = Leave empty: the answer goes to your account's address.
inbox-field-language = Answer in this language
inbox-honeypot = Please leave this field empty
inbox-privacy-hint = Only the integration office sees your message. Nobody else can read it.
inbox-send = Send
inbox-step-title = Your concern
inbox-step-sent = Almost done: we sent a link to { $email }. Please open it so that your message arrives.
inbox-step-sent-hint = The link is valid for 48 hours. No email? Please look in your spam folder too.
inbox-step-confirm = Please confirm that you want to send this message with the address { $email }:
inbox-step-confirm-button = Yes, send the message
inbox-step-invalid = This link is not valid (any more): it was used already or has expired.
inbox-step-again = Write the message again
inbox-case-title = Concern no. { $id }
inbox-link-hint = Only your personal link opens this page. Please do not pass it on.
inbox-conversation = Conversation
inbox-sender-reply = Answer
inbox-sender-reply-label = Your answer
inbox-sender-reply-send = Send answer
inbox-fact-status = Status
inbox-fact-arrived = Arrived
inbox-fact-assignee = Assigned to
inbox-fact-age = Age
inbox-fact-first-answer = First answer
inbox-fact-closed = Closed
inbox-fact-merged = Merged with
inbox-who-sender = Sender
inbox-who-office = Integration office
inbox-note-internal = internal note
inbox-status-new = New
inbox-status-in-progress = In progress
inbox-status-waiting = Waiting for you
inbox-status-done = Done
inbox-outcome-resolved = Answered or resolved
inbox-outcome-taken-up = Taken up
inbox-outcome-referred = Passed on to a responsible service
inbox-outcome-not-possible = Not possible
inbox-outcome-duplicate = Duplicate
inbox-outcome-no-response = No response
inbox-event-created = Arrived
inbox-event-unassigned = Nobody assigned any more
inbox-event-assigned = Assigned to { $value }
inbox-event-status = Status: { $value }
inbox-event-closed = Closed: { $value }
inbox-event-merged-into = Merged with { $value }
inbox-event-merged-from = { $value } was merged into this one
inbox-notice-received = Your message has arrived. We also emailed you the link to this page.
inbox-notice-replied = The answer is saved.
inbox-notice-noted = The note is saved.
inbox-notice-assigned = The assignment is saved.
inbox-notice-status = The status is changed.
inbox-notice-closed = The concern is closed.
inbox-notice-merged = The concern is merged.
inbox-refused-closed = The concern is closed. Set it back to “In progress” first.
inbox-refused-transition = This change of status is not possible.
inbox-refused-conflict = Someone changed the concern meanwhile. Please check the conversation and try again.
inbox-refused-rate = Too many messages in a short time. Please try again in an hour.
inbox-refused-link = This link is not valid (any more).
inbox-mine-title = My concerns
inbox-mine-intro = Your messages to the integration office and those of your association, with their status and the answers.
inbox-mine-new = New concern
inbox-mine-empty = You have not sent a concern yet.
inbox-queue-title = Incoming concerns
inbox-filters = Filters
inbox-filter-open = Open (not done)
inbox-filter-all = All
inbox-filter-any = All
inbox-filter-anyone = Everyone
inbox-filter-older = older than { $days } days
inbox-filter-apply = Filter
inbox-queue-empty = No concerns for this selection.
inbox-case = Concern
inbox-age-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
inbox-history = Conversation with notes
inbox-office-reply = Answer to the sender
inbox-office-reply-hint = Shown on the sender's page and emailed in the language they chose.
inbox-office-reply-send = Send answer
inbox-office-note = Internal note
inbox-office-note-hint = Visible to the integration office only.
inbox-office-note-save = Save note
inbox-assign-nobody = Nobody
inbox-assign = Save assignment
inbox-set-status = Change status
inbox-set-status-button = Save status
inbox-close = Close
inbox-outcome = Outcome
inbox-close-remark = Remark (internal, optional)
inbox-close-button = Close
inbox-merge-into = Duplicate: merge with concern no.
inbox-merge-hint = This concern is closed as a duplicate; the conversation of both names the other.
inbox-merge = Merge
form-error-inbox-text-too-long = The text is too long. Please shorten it to 4000 characters at most.
error-inbox-not-found-title = Concern not found
error-inbox-not-found-text = This concern does not exist, or the link is incomplete.
error-inbox-conflict-title = That did not work
error-inbox-conflict-text = The concern has changed meanwhile. Please reload the page.
mail-inbox-verify-subject = Please confirm your message to the integration office
mail-inbox-verify-body =
    Hello,

    you wrote a message to the integration office through { $instance }. Please confirm your email address with this link; only then does the message arrive:

    { $link }

    The link is valid for 48 hours. If this was not you, simply delete this email.
mail-inbox-received-subject = Your message has arrived
mail-inbox-received-body =
    Hello,

    your message to the integration office has arrived. You see its status and our answers on your personal page, where you can also answer:

    { $link }

    Please do not pass this link on.
mail-inbox-reply-subject = The integration office answered your message
mail-inbox-reply-body =
    Hello,

    the integration office answered you:

    { $reply }

    { $has_link ->
        [yes] The conversation, and where to answer:
       *[no] To see the conversation and answer, please open the link from our first email (“Your message has arrived”).
    }

    { $link }

# The contact form filled in from "report a mistake" on a need's page (office only).
inbox-matching-report-suggested = Wrong match: for the need “{ $need }” ({ $need_url }) the offer “{ $offer }” ({ $offer_url }) is shown. It does not fit because:
inbox-matching-report-missed = Missing match: for the need “{ $need }” ({ $need_url }) the offer “{ $offer }” ({ $offer_url }) is not shown. It does fit because:
