contact-title = Contact the coordination office
contact-intro = The coordination office is the contact point for the associations' ideas and concerns and develops the network together with them.
contact-opening-hours = Office hours
