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
