home-title = Home
home-heading = Associations and initiatives for integration in { $city }
home-intro = Knotenpunkt connects the city's associations, migrant self-organisations and initiatives with the city's integration office. Find offers, contact persons and ways to work together.
home-count = { $count ->
    [one] 1 association or initiative in the network
   *[other] { $count } associations and initiatives in the network
}
home-browse-all = Show all
home-fields = Fields of activity
home-office-heading = The integration office
home-office-text = Ideas, concerns or questions? { $office } is your contact point for the network.
home-office-link = Get in touch
