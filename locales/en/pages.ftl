contact-title = Contact the integration office
contact-intro = The integration office is the contact point for the associations' ideas and concerns and develops the network together with them.
contact-opening-hours = Office hours
