# Network meetings: form errors, registration, check-in, the seating plan and its explanation.

meeting-status-upcoming = Upcoming
meeting-status-past = Past
meeting-status-cancelled = Cancelled

form-error-meeting-datetime = Please give a date and time, for example 2026-01-11 10:00.
form-error-meeting-start-past = The start is in the past. A new meeting must start in the future.
form-error-meeting-end-before-start = The end must be after the start.
form-error-meeting-deadline-after-start = The registration deadline must be before the start. Leave it empty to accept registrations until the start.
form-error-meeting-capacity-range = Please give a number from 1 to 1000.
form-error-meeting-limit-range = Please give a number of 1 or more. Leave it empty for 2 people per association.
form-error-meeting-limit-over-tables = An association can send at most as many people as there are tables – people of one association never share a table.
form-error-meeting-seats-short = The tables together have fewer seats than the meeting has participants. Please add tables or seats, or lower the number of participants.
form-error-meeting-rounds-too-long = The rounds together last longer than the meeting.
form-error-meeting-rounds-missing = Please add at least one round.
form-error-meeting-rounds-too-many = A meeting has at most 12 rounds.
form-error-meeting-round-minutes = A round lasts 5 to 240 minutes.
form-error-meeting-tables-missing = Please add at least one table.
form-error-meeting-tables-too-many = A meeting has at most 100 tables.
form-error-meeting-table-name-twice = Another table already has this name.
form-error-meeting-table-capacity = A table has 2 to 50 seats.
form-error-meeting-moderator-unknown = The moderator must be a confirmed registration for this meeting.
form-error-meeting-moderator-twice = This person already moderates another table.
form-error-meeting-project-partners = Please choose at least one association taking part.
form-error-meeting-result-empty = Please enter at least one idea, vision, contact or project.

meeting-refused-cancelled = This meeting has been cancelled.
meeting-refused-past = This meeting is over.
meeting-refused-deadline = The registration deadline has passed. Please contact the integration office.
meeting-refused-association-limit = Your association has already registered { $limit ->
    [one] one person
   *[other] { $limit } people
}; no more are possible for this meeting.
meeting-refused-already-registered = This email address is already registered for this meeting.
meeting-checkin-not-confirmed = Only confirmed registrations can be checked in. The office first adds people from the waiting list as participants.

meeting-move-round-held = This round has already taken place; it stays as it was.
meeting-move-no-such-place = This round or table does not exist.
meeting-move-not-seated = This person has no table in this round.
meeting-move-locked = This person's seat is locked. Unlock it first.
meeting-move-table-full = This table is already full in this round.
meeting-move-same-association = Someone of the same association already sits at this table.

meeting-plan-new-contacts = { $count ->
    [one] One new contact is made.
   *[other] { $count } new contacts are made.
}
meeting-plan-interests = { $met } of { $total } pairs of associations whose offer and need fit sit together at least once.
meeting-plan-known-pairs = { $count ->
    [one] One pair who know each other from earlier meetings sits together again.
   *[other] { $count } pairs who know each other from earlier meetings sit together again.
}
meeting-plan-no-compromise = The plan needed no compromises.
meeting-plan-changed-by-hand = The plan was changed by hand; the figures have been recounted.
meeting-plan-repeats = { $count ->
    [one] One pair sits together more than once.
   *[other] Pairs sit together more than once, { $count } extra times in all.
}

meeting-compromise-repeats-unavoidable = Some people sit together more than once. With these tables and rounds this cannot be avoided: at least { $count } repeats are needed, and the plan has no more than that.
meeting-compromise-repeats-above-bound = Pairs sit together more than once, { $count } extra times in all. Perhaps only { $bound } would be needed; no better plan was found in the time available.
meeting-compromise-three-times = { $count ->
    [one] One pair sits together three times or more.
   *[other] { $count } pairs sit together three times or more.
}
meeting-compromise-known-pairs = { $count ->
    [one] Once, people who already know each other from earlier meetings sit together.
   *[other] { $count } times, people who already know each other from earlier meetings sit together.
}
meeting-compromise-interests-unmet = { $unmet } of { $total } pairs of people whose associations have fitting offers and needs never share a table.
meeting-compromise-uneven-tables = In round { $round } the tables are unevenly filled: { $smallest } to { $largest } people.
meeting-compromise-people-moved = { $count ->
    [one] Re-planning moves one person to another table.
   *[other] Re-planning moves { $count } people to other tables.
}

meeting-plan-error-association-too-large = In round { $round }, { $count } people of { $association } are present, but there are only { $tables } tables. People of one association never sit together: please add a table or cancel someone's registration.
meeting-plan-error-too-few-seats = In round { $round }, { $count } people are present, but the tables have only { $seats } seats together. Please add seats or a table.
meeting-plan-error-unseatable = In round { $round } the seats and the locked people allow no seating in which people of one association sit apart. Please unlock seats or add seats.
meeting-plan-error-locks = The locked seats contradict each other (for example two people of one association at the same table, or an overfull table). Please unlock one of them.
meeting-plan-error-no-plan = No plan keeping every rule was found in the time available. Please try again or unlock seats.
meeting-plan-error-internal = The plan could not be made because of an error in Knotenpunkt. Please tell the administrators.
