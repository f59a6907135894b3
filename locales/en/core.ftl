# Knotenpunkt – shared texts (English)
nav-skip = Skip to content
nav-main-label = Main navigation
nav-home = Home
nav-directory = Directory of associations
nav-contact = Contact
nav-language-label = Choose language
footer-open-data = Open data (API)
imprint-title = Legal notice
privacy-title = Privacy policy
legal-missing = This text has not been provided yet. Please contact the integration office.
content-fallback-note = This text is not available in your language. It is shown in { $language }.
error-back-to-directory = To the directory
error-not-found-title = Page not found
error-not-found-text = This page does not exist (any more). Perhaps you will find what you are looking for in the directory.
error-bad-request-title = Request could not be read
error-bad-request-text = The address or the form you sent could not be read. Please go back and try again using the form on the page.
error-organisation-not-found-title = Association not found
error-organisation-not-found-text = This entry does not exist or is no longer public.
count-organisations = { $count ->
    [one] 1 association
   *[other] { $count } associations
}
error-unavailable-title = Temporarily unavailable
error-unavailable-text = The data cannot be loaded right now. Please try again in a few minutes.
nav-offers = Associations offer
nav-needs = Associations seek
# The German legal name of the imprint, shown beside the title in other languages (lang="de").
imprint-legal-term = Impressum
