# Marketplace: offers and needs.
offers-title = Associations offer
offers-intro = What associations in the network offer others: rooms, interpreting, know-how, equipment, volunteers and more.
needs-title = Associations seek
needs-intro = What associations in the network are looking for – perhaps your association can help.
item-category = Category
filter-apply = Show
item-anywhere = anywhere
item-any-day = by arrangement
item-days = Days
item-time = Time
item-kind-offer = Offer
item-kind-need = Need
suggestions-heading = Matching offers in the network
suggestions-empty = There is no matching offer in the network yet. The integration office is happy to help.
seekers-heading = Who is looking for this?
seekers-empty = No other association is looking for this at the moment.
match-strong = strong match
match-good = good match
match-partial = partial match
match-order = The strongest matches come first: ●●● strong, ●●○ good, ●○○ partial. Each says below why it fits.
match-reasons = Why
reason-topic = Topic: { $label }
reason-same-category = both in { $category }
reason-speaks = speaks { $language }
reason-time = time fits
reason-same-district = both in { $district }
reason-neighbour = { $offer } borders { $need }
reason-audience-women = for women
reason-audience-men = for men
reason-audience-youth = for young people
profile-offers = We offer
profile-needs = We are looking for
weekday-mo = Monday
weekday-di = Tuesday
weekday-mi = Wednesday
weekday-do = Thursday
weekday-fr = Friday
weekday-sa = Saturday
weekday-so = Sunday
item-category-rooms = Rooms
item-category-language = Language & translation
item-category-education = Education & tutoring
item-category-counselling = Counselling
item-category-funding = Funding & finance
item-category-volunteers = Volunteers
item-category-events = Events & culture
item-category-sport = Sport
item-category-women = Women
item-category-youth = Youth
item-category-health = Health
item-category-work = Work & training
item-category-material = Equipment & transport
item-category-publicity = Public relations
item-category-digital = Digital
offers-count = { $count ->
    [0] No offers
    [one] 1 offer
   *[other] { $count } offers
}
needs-count = { $count ->
    [0] No requests
    [one] 1 request
   *[other] { $count } requests
}
reason-weekdays = { $days } { $count ->
    [one] fits
   *[other] fit
}
item-network-only = network only
items-search-placeholder = e.g. hall, interpreting, tutoring

# The office's view of the engine on a need's page: scores, offers not shown and why, reporting a mistake.
match-score = match score { $score }
match-report = Report a mistake
match-office-hint = For the integration office: the match score (0 to 1) is the share of matches with that score that really fitted in the test data. Report a wrong match with the link below it.
why-not-heading = Offers not shown: why not?
why-not-intro = Only the integration office sees this part: offers on the same subject that do not appear here as matches, and what kept each of them out. If one does fit, report it with its link.
why-not-empty = No further offer on the same subject.
why-not-label = Why not
miss-same-organisation = from the same association
miss-no-common-weekday = no weekday in common
miss-audience = for another target group (women, men, young people)
miss-too-far = only on site, and that is too far away
miss-language = a required language is not spoken
miss-too-few-places = too few places for the size of the group
miss-no-common-period = no time of the year in common (months, season or holidays do not meet)
miss-online-only = online only, and the need is on site
miss-below-threshold = too little in common for a match (match score { $score })
miss-unscored = too little in common to compute a match score
# The soft rule that lowered the score of an offer not shown (after "miss-below-threshold: ").
shortfall-language = does not speak the language it is about
shortfall-audience = for another target group
shortfall-role = offers the activity, not the person for it (trainer, leader, helper)
shortfall-condition = a required condition is missing (e.g. certified)
shortfall-kind-of-service = interpreting instead of written translation, or the other way round
shortfall-other-language-taught = teaches another language
shortfall-main-subject = the main subject is missing
shortfall-days = no days in common
shortfall-times = no time of day in common
shortfall-part-time = free for only part of the time asked for
shortfall-group-size = the group is larger than the places
shortfall-amount = the amount asked for is more than the offer gives at most
shortfall-period = the times of the year named (months, season, holidays) do not meet
shortfall-far = far from the districts named
