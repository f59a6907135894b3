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
