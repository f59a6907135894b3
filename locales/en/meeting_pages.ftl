# Network meetings: pages, forms and mails.

nav-meetings = Network meetings
meetings-title = Network meetings
meetings-intro = At the network meetings the associations get to know each other: at tables, over several rounds, always with new people to talk to.
meetings-new = New network meeting
meetings-edit = Edit meeting
meetings-upcoming = Upcoming meetings
meetings-past = Past meetings
meetings-none-upcoming = No meeting is planned at the moment.
meetings-none-past = No past meetings yet.
meetings-free-places = { $count ->
    [0] No places left
    [one] One place left
   *[other] { $count } places left
}
meetings-capacity = { $count } places in all
meetings-waitlisted-count = { $count } on the waiting list
meetings-summary-link = Summary
meetings-when = When
meetings-status = Status
meetings-places = Places
meetings-deadline = Registration deadline
meetings-calendar = Add to calendar (.ics)
meetings-results = Results
meetings-office-nav = Running the meeting
meetings-participants = Participants
meetings-plan = Seating plan
meetings-check-in = Check-in
meetings-venue = Venue
meetings-agenda = Agenda
meetings-rounds = Rounds
meetings-tables = Tables
meetings-minutes = { $count } minutes
meetings-tables-count = { $count ->
    [one] At one table.
   *[other] At { $count } tables.
}
meetings-register-heading = Registration
meetings-register = Register people
meetings-register-how = Representatives of associations register their association's people here after signing in.
meetings-register-members-only = Representatives of an association in the network can register people. Ask the integration office if your account is not linked to an association yet.
meetings-register-closed = Registration is closed.
meetings-own-registrations = Registered by your association
meetings-state-confirmed = Confirmed
meetings-state-waitlisted = Waiting list
meetings-state-cancelled = Cancelled
meetings-cancel-registration = Cancel registration
meetings-done-registered = The registration is confirmed. An email with the calendar entry is on its way.
meetings-done-waitlisted = The meeting is full: the person is on the waiting list and will get an email as soon as a place is free.
meetings-done-cancelled = The registration is cancelled.
meetings-done-saved = Saved.
meetings-register-intro = Please register each person separately. They get a confirmation by email in their language.
meetings-field-association = Association
meetings-field-name = Name
meetings-field-email = Email address
meetings-field-languages = Languages
meetings-languages-hint = The first interface language the person speaks is the language of their emails.
meetings-field-accessibility = Accessibility needs (e.g. wheelchair, sign language)
meetings-field-consent = The person agrees that their name and association appear on table lists, name badges and personal handouts.
meetings-register-submit = Register
meetings-field-title = Title
meetings-field-starts-at = Start
meetings-field-ends-at = End
meetings-field-deadline = Registration deadline
meetings-deadline-hint = Leave empty: registration until the start.
meetings-field-venue-name = Venue (name)
meetings-field-venue-address = Address
meetings-field-position = Point on the map
meetings-position-hint = Latitude and longitude in decimal degrees, for example 48.8975 and 9.1920. Leave empty to show no map.
meetings-field-lat = Latitude
meetings-field-lon = Longitude
meetings-field-agenda = Agenda
meetings-agenda-hint = Markdown is allowed: paragraphs, lists, **bold**, links.
meetings-field-capacity = Participants at most
meetings-field-limit = People per association at most
meetings-round-n = Round { $number }
meetings-table-n = Table { $number }
meetings-field-topic = Topic
meetings-field-minutes = Duration in minutes
meetings-rows-hint = Empty rows are not saved.
meetings-add-round = Add a round
meetings-field-table-name = Name of the table
meetings-field-table-capacity = Seats
meetings-field-moderator = Moderator
meetings-no-moderator = Nobody yet
meetings-add-table = Add a table
meetings-save = Save
meetings-cancel-hint = When the meeting is cancelled, everyone registered gets an email.
meetings-cancel-meeting = Cancel the meeting
meetings-participants-counts = { $confirmed } of { $capacity } places taken, { $waiting } on the waiting list.
meetings-participants-none = Nobody has registered yet.
meetings-participants-added = The person is registered.
meetings-col-state = Status
meetings-col-action = Action
meetings-no-consent = No consent for lists
meetings-remove = Remove
meetings-add-participant = Add a person
meetings-add-participant-hint = The integration office may register beyond the limit per association and after the deadline; when the meeting is full, the person goes on the waiting list.
meetings-planning = The tables are being planned
meetings-planning-running = The tables for { $people } people are being planned ({ $seconds } s). The page refreshes itself.
meetings-planning-refresh = Reload the page
meetings-replan-from = Re-plan from
meetings-replan = Re-plan
meetings-plan-tables = Plan the tables
meetings-explanation = What the plan achieves
meetings-unseated = Not seated yet (please re-plan):
meetings-round-held = held
meetings-locked = locked
meetings-lock-table = Lock table
meetings-unlock-table = Unlock table
meetings-lock = Lock
meetings-unlock = Unlock
meetings-walk-in = walk-in
meetings-move-label = Table for { $name } in round { $round }
meetings-move = Move
meetings-move-title = { $name }: change table or lock
meetings-no-plan = No seating plan yet. Once people have registered: "Plan the tables".
meetings-arrived = { $arrived } of { $expected } arrived.
meetings-search-name = Search a name
meetings-search = Search
meetings-attendance-registered = expected
meetings-attendance-checked_in = arrived
meetings-attendance-no_show = did not come
meetings-check-in-button = Check in
meetings-no-show-button = Did not come
meetings-undo-button = Undo
meetings-check-in-none = Nobody found.
meetings-walk-in-heading = Walk-ins
meetings-walk-in-submit = Add and check in
meetings-record-results = Record results
meetings-results-none = No results recorded yet.
meetings-ideas = Ideas
meetings-visions = Visions
meetings-contacts = Contacts between associations
meetings-projects = Planned projects
meetings-next-step = Next step
meetings-publish-heading = Publish
meetings-publish-label = Release the results to the participating associations
meetings-summary-label = Public summary (optional)
meetings-summary-hint = Markdown is allowed. Everyone can read it once the results are released.
meetings-publish-save = Save
meetings-held-label = The meeting was held (who sat together counts as known at the next meeting)
meetings-held-save = Save
meetings-result-hint = Please record at least one idea, vision, contact or project.
meetings-one-a-line = One per line.
meetings-project-n = Project { $number }
meetings-project-title = Title
meetings-project-partners = Associations taking part
meetings-add-project = Add a project

meeting-plan-none = There is no seating plan yet.
meeting-plan-conflict = The plan was changed meanwhile (perhaps in another window). Please look at it again.

error-meeting-not-found-title = Meeting not found
error-meeting-not-found-text = This network meeting does not exist (any more).
error-meeting-conflict-title = That did not work
error-meeting-conflict-text = The meeting has changed meanwhile. Please reload the page and try again.

mail-meeting-confirmed-subject = Registration confirmed: { $meeting }
mail-meeting-confirmed-body =
    Hello,

    your registration for "{ $meeting }" is confirmed.

    When: { $when }
    Where: { $venue }

    The calendar entry is attached. Everything about the meeting: { $link }
mail-meeting-waitlisted-subject = Waiting list: { $meeting }
mail-meeting-waitlisted-body =
    Hello,

    "{ $meeting }" ({ $when }, { $venue }) is full at the moment. You are on the waiting list and will get an email as soon as a place is free for you.

    { $link }
mail-meeting-promoted-subject = A place is free: { $meeting }
mail-meeting-promoted-body =
    Hello,

    a place has become free for "{ $meeting }": your registration is now confirmed.

    When: { $when }
    Where: { $venue }

    The calendar entry is attached. Everything about the meeting: { $link }
mail-meeting-cancelled-subject = Cancelled: { $meeting }
mail-meeting-cancelled-body =
    Hello,

    the integration office has unfortunately cancelled "{ $meeting }" on { $when } ({ $venue }). Please remove it from your calendar.

    { $link }
mail-meeting-registration-cancelled-subject = Registration cancelled: { $meeting }
mail-meeting-registration-cancelled-body =
    Hello,

    your registration for "{ $meeting }" on { $when } ({ $venue }) is cancelled.

    { $link }
