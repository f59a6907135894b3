# The survey of associations: list and dashboard for the office, questionnaire for the associations.

nav-surveys = Surveys

survey-list-title = Surveys of associations
survey-list-none = There is no survey yet.
survey-title = Title
survey-status = Status
survey-status-draft = draft
survey-status-open = open
survey-status-closed = closed
survey-invited = Invited
survey-responses = Responses
survey-rate = Response rate
survey-dashboard = Results
survey-anonymous = evaluated anonymously
survey-export-csv = Download the responses as CSV
survey-export-codebook = Codebook (CSV)
survey-filters = Filter and compare
survey-filter-mso = Migrant self-organisation
survey-filter-field = Field of activity
survey-filter-district = District
survey-filter-all = all
survey-cross-by = Cross-tab by
survey-cross-none = none
survey-by-mso = Migrant self-organisation yes/no
survey-by-field = Field of activity
survey-by-district = District
survey-search = Search the free texts
survey-apply = Show
survey-suppression-rule = This survey is anonymous: filtered views and cross-tabs do not show groups of fewer than { $min } responses.
survey-shown = { $count ->
    [one] Filtered: 1 response.
   *[other] Filtered: { $count } responses.
}
survey-suppressed = Too few responses for this selection: below { $min } responses an anonymous survey shows no figures.
survey-answered = { $count ->
    [one] 1 response
   *[other] { $count } responses
}
survey-cross-suppressed = In the cross-tab, groups of fewer than { $min } responses are hidden.
survey-mean = Mean
survey-answer = Answer
survey-count = Count
survey-no-answers = no answers
survey-chart-desc = { $answered } responses. Most frequent: { $top } ({ $count }).
survey-chart-desc-none = { $answered } responses, nothing chosen.
survey-texts = Free texts
survey-texts-none = No free texts (or none contain what you searched for).
survey-group = Group
survey-group-mso = Migrant self-organisation
survey-group-not-mso = other associations
survey-group-no-district = no district
survey-group-suppressed = fewer than { $min } responses – not shown
survey-cross-caption = { $question } by { $by }
survey-kind-single-choice = Single choice
survey-kind-multiple-choice = Multiple choice
survey-kind-scale = Scale 1–5
survey-kind-number = Number
survey-kind-short-text = Short text
survey-kind-long-text = Long text
survey-kind-yes-no = Yes/no
survey-kind-categories = Fields of activity
survey-kind-languages = Languages
survey-yes = Yes
survey-no = No
survey-other = Other
survey-other-text = Other, namely:

survey-for = For
survey-progress = Page { $number } of { $total }
survey-required = required
survey-in-german = This question is not available in your language yet; it is shown in German.
survey-next = Next
survey-back = Back
survey-submit = Send the answers
survey-later = Save and continue later
survey-thanks = Thank you! Your answers are saved. Until the survey closes you can still change them with the same link.
survey-saved-later = Saved. You can continue here at any time with the same link.
survey-editable = Your answers have been sent. You can change them until the survey closes.
survey-not-open = This survey is not taking answers at the moment.

survey-error-required = Please answer this question.
survey-error-unknown-option = Please choose one of the given answers.
survey-error-other-text-missing = You chose "Other": please write what you mean.
survey-error-single-value = Please choose only one answer.
survey-error-not-a-number = Please enter a whole number, e.g. 12.
survey-error-out-of-range = This number is outside the allowed range.
survey-error-too-long = This text is too long.
survey-error-unknown-language = We do not know this language.
survey-error-unknown-category = This field of activity does not exist.
survey-error-too-many = These are too many answers.

error-survey-not-found-title = Survey not found
error-survey-not-found-text = This link does not exist (any more). Perhaps a reminder with a new link arrived meanwhile; otherwise please ask the integration office.
error-survey-not-open-title = Survey not open
error-survey-not-open-text = This survey is not taking answers at the moment.

# Invitations and reminders (the office's page) and their mails.
survey-invite-title = Invitations
survey-invite-progress = Responses so far
survey-invite-state-submitted = sent
survey-invite-state-started = started
survey-invite-state-waiting = not started yet
survey-invite-send = Invite associations
survey-invite-hint = Each association gets a personal link by email: to its representatives, else to its public address. Associations invited already get no second invitation.
survey-invite-whom = Whom to invite?
survey-invite-scope-all = every association not invited yet ({ $count })
survey-invite-scope-filter = associations with these features
survey-invite-scope-list = only the ticked associations
survey-invite-everyone = Every published association is invited already.
survey-invite-submit = Send invitations
survey-remind-title = Remind
survey-remind-rule = Only associations that have not sent their answers are reminded, each at most once a week. The reminder carries a new link; the old one stops working, saved answers are kept.
survey-remind-submit = { $count ->
    [one] Remind 1 association
   *[other] Remind { $count } associations
}
survey-remind-none = No reminder is due right now.
survey-invite-list = Invited associations
survey-invite-none = No association is invited yet.
survey-invite-association = Association
survey-invite-invited-on = Invited on
survey-invite-reminded-on = Last reminded
survey-invite-next-reminder = Next reminder
survey-invite-remind-now = possible now
survey-invite-remind-from = from { $date }
survey-invite-unpublished = (association no longer published)
survey-invite-done = { $count ->
    [one] 1 association invited.
   *[other] { $count } associations invited.
}
survey-invite-already = { $count ->
    [one] 1 association was invited already.
   *[other] { $count } associations were invited already.
}
survey-invite-no-address = { $count ->
    [one] 1 association has no email address and was not written to.
   *[other] { $count } associations have no email address and were not written to.
}
survey-invite-refused-closed = This survey is closed: no more associations can be invited.
survey-remind-refused-not-open = Reminders go out only while the survey is open.
survey-invite-error-filter = Please choose at least one feature.
survey-invite-error-list = Please tick at least one association.
survey-invite-error-scope = Please choose whom you want to invite.
mail-survey-invitation-subject = Invitation to the survey “{ $survey }”
mail-survey-invitation-body =
    Hello,

    the integration office invites “{ $organisation }” to the survey “{ $survey }”. With this personal link anyone from your association can answer, without logging in; you can save in between and continue later:

    { $link }

    { $has_closes ->
        [yes] The survey is open until { $closes }.
       *[no] { "" }
    }

    Please do not pass the link on to strangers.
mail-survey-reminder-subject = Reminder: survey “{ $survey }”
mail-survey-reminder-body =
    Hello,

    Your association “{ $organisation }” has not sent its answers to the survey “{ $survey }” yet. The integration office looks forward to your answers. Here is your new personal link; the earlier one no longer works, answers saved already are kept:

    { $link }

    { $has_closes ->
        [yes] The survey is open until { $closes }.
       *[no] { "" }
    }

# The office's questionnaire builder and the preview.
survey-build-title = Edit questionnaire
survey-build-new = New survey
survey-build-create = Create survey
survey-build-slug = Address (short name)
survey-build-slug-hint = Lowercase letters, digits and hyphens, e.g. survey-2027. Leave empty to make it from the title.
survey-build-links = Edit and invitations
survey-build-saved = Saved.
survey-build-has-answers = There are answers already. Adding questions and answer options and changing texts is fine; changes that would make saved answers unusable are refused. Removing a question asks first; its answers stay stored.
survey-build-preview = Preview
survey-build-preview-note = Preview: this is how an association sees the questionnaire. Nothing is saved here; questions with a condition are all shown, each with a note.
survey-build-questions = Questions
survey-build-no-questions = No questions yet.
survey-build-condition = Condition
survey-build-edit = Edit
survey-build-up = Move up
survey-build-down = Move down
survey-build-remove = Remove
survey-build-remove-confirm = Yes, remove it – the saved answers are kept
survey-build-cancel = Cancel
survey-build-add = Add question
survey-build-edit-question = Edit question
survey-build-section = Part
survey-build-new-section = new part (a new page)
survey-build-kind = Type of question
survey-build-key = Key
survey-build-key-hint = Lowercase letters, digits and _, e.g. rooms. It is the column in the CSV export.
survey-build-text = Question text
survey-build-help = Help text
survey-build-options = Answer options
survey-build-options-hint = One a line, as “key | text” or only the text. In the other languages: the texts in the same order.
survey-build-other = Allow “Other: …”
survey-build-low = Text at 1
survey-build-high = Text at 5
survey-build-min = Smallest number
survey-build-max = Largest number
survey-build-profile-linked = Answers may go into the profile with consent (fields of activity and languages only)
survey-build-condition-question = Show only when the answer to this question …
survey-build-always = (always show)
survey-build-condition-value = … is this value
survey-build-condition-value-hint = The key of an answer option, yes or no, or 1 to 5 for a scale.
survey-build-translations = Translations
survey-build-translations-hint = Where a translation is missing, the German text is shown, and the questionnaire says so.
survey-build-save = Save
survey-build-settings = Title, dates and anonymity
survey-build-intro = Introduction
survey-build-section-title = Heading of part
survey-build-anonymous = Evaluate anonymously (small groups are not shown in filtered views)
survey-build-opens = Opens on
survey-build-closes = Closes on
survey-build-shown-when = Shown only when “{ $question }” was answered with “{ $value }”.
survey-build-conflict = Someone else changed the questionnaire meanwhile. Please reload the page and try again.
survey-build-error-title = Please enter a German title.
survey-build-error-date = Please give a date and time, e.g. 2027-03-01 09:00.
survey-build-error-dates = The end must be after the start.
survey-build-error-slug = Please use only lowercase letters, digits and hyphens.
survey-build-error-slug-taken = Another survey has this address already.
survey-build-error-section = Please choose a part.
survey-build-error-key = The key is lowercase letters, digits and _ (at most 40 characters).
survey-build-error-text-missing = Please enter the question text in German.
survey-build-error-too-many-options = At most 50 answer options.
survey-build-error-option-key = Every answer option must have a text and a key of lowercase letters, digits and _ (“other” is taken).
survey-build-error-option-twice = Two answer options have the same key.
survey-build-error-no-options = Please give at least one answer option.
survey-build-error-scale-ends = Please label both ends of the scale in German.
survey-build-error-range = The smallest number may not be larger than the largest.
survey-build-error-range-number = Please give the smallest and the largest number as whole numbers.
survey-build-error-kind = Please choose a type of question.
survey-build-error-condition-value-missing = Please give the value at which the question appears.
survey-build-invalid-empty = The questionnaire has no question yet.
survey-build-invalid-invalid-key = This key is not valid.
survey-build-invalid-duplicate-key = The questionnaire has this key already.
survey-build-invalid-missing-text = A question has no German text.
survey-build-invalid-no-options = A choice question has no answer options.
survey-build-invalid-bad-range = The smallest number is larger than the largest.
survey-build-invalid-condition-unknown = The condition must name a question of an earlier part.
survey-build-invalid-condition-value = The named question cannot have this value.
survey-build-refused-kind = There are answers already: the type of question { $question } can no longer change.
survey-build-refused-option = There are answers already: the answer option { $option } of { $question } can no longer be removed.
survey-build-refused-range = There are answers already: the number range of { $question } can only grow.
survey-build-refused-other = There are answers already: “Other” of { $question } can no longer be removed.
survey-build-confirm-remove = Question { $question } has answers already. If you remove it, it no longer appears in the questionnaire and the results; the answers stay stored.

survey-consent = Update our profile with these answers (fields of activity and languages)
survey-consent-hint = The integration office checks the change before it appears in the profile. Without the tick the profile stays as it is.

# The PDF report (documents crate)
survey-export-pdf = Download the report as PDF
survey-export-pdf-filtered = Download the report of this selection as PDF
survey-report-period = Survey from { $from } to { $to }
survey-report-filtered = Selection: { $filters }.
survey-report-response = Response
survey-report-def-invited = Associations that received a personal invitation.
survey-report-def-responses = Associations that submitted the questionnaire.
survey-report-def-rate = Responses divided by invited associations.
survey-report-part = Part { $number }
survey-report-no-texts = no free-text answers

# Delivery of the invitation mails; reminders through the job queue
survey-invite-state-mail-pending = mail being sent
survey-invite-state-mail-failed = mail failed
survey-invite-mail-pending = { $count ->
    [one] 1 invitation is still waiting to be sent and does not count as invited yet.
   *[other] { $count } invitations are still waiting to be sent and do not count as invited yet.
}
survey-invite-mail-failed = { $count ->
    [one] The mail to 1 association failed: it does not count as invited and can be reminded again at once.
   *[other] The mail to { $count } associations failed: they do not count as invited and can be reminded again at once.
}
survey-remind-queued = { $count ->
    [0] No reminder is due right now.
    [one] 1 reminder is being sent in the background.
   *[other] { $count } reminders are being sent in the background.
}

## The summary at the top of the dashboard ("at a glance")
survey-glance-title = At a glance
survey-glance-rate = { $responses } of { $invited } invited associations answered ({ $rate }).
survey-glance-varied = Great variety in
survey-glance-shared = Similar answers in
survey-glance-spread-varied = Great variety
survey-glance-spread-mixed = Partly similar, partly different
survey-glance-spread-shared = Similar answers
survey-glance-measure-varied = { $distinct } different answers; the { $top } most frequent make up { $cover } % of all mentions.
survey-glance-measure-shared = Each of the { $top } most frequent answers was named by at least { $reach } % of the associations ({ $distinct } different answers in all).
survey-glance-measure-mixed = { $distinct } different answers; the { $top } most frequent make up { $cover } % of all mentions, each was named by at least { $reach } % of the associations.
survey-glance-measure-few = { $distinct } different answers; too few responses to judge.
survey-glance-share = { $percent } % ({ $count } of { $answered })
survey-glance-mean = Average { $mean } on a scale from 1 ({ $low }) to 5 ({ $high }).
survey-glance-legend = How it is measured: shares are of the associations that answered the question; several answers are possible. “Similar answers”: each of the { $top } most frequent answers was named by at least { $shared } % of the associations. “Great variety”: at least { $distinct } different answers, and at least one of the { $top } most frequent was named by fewer than { $varied } % of the associations. Below { $min } responses there is no judgement.
survey-glance-share-heading = Share of the associations that answered
