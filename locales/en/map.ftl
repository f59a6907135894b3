# Knotenpunkt – city map (English)
nav-map = City map
map-title = Digital city map of integration
map-filters = Search and filters
map-apply = Update map
map-as-directory = Show as a list in the directory
map-show-search = Show this search on the city map
map-toggle-map = Map
map-toggle-list = List
map-pane-label = Map
map-skip = Skip the map, go to the list
map-list-heading = Associations on the map
map-count = { $count ->
    [one] 1 association on the map
   *[other] { $count } associations on the map
}
map-zoom-for-more = Not every association in view fits into the list. Zoom in or narrow the search.
map-unplaced = Not placed on the map
map-legend = Legend: fields of activity
map-show-on-map = Show on the map
map-to-profile = Open profile
map-cluster-count = { $count ->
    [one] { $count } association here, select to zoom in
   *[other] { $count } associations here, select to zoom in
}
map-in-view-count = { $count ->
    [0] In this part of the map: no association (of { $total })
    [one] In this part of the map: { $count } association (of { $total })
   *[other] In this part of the map: { $count } associations (of { $total })
}
map-load-error = The associations could not be loaded for the map. The list in the directory still works.
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-consent-title = Load the map
map-consent-text = The map images come from { $provider }.
map-consent-transmitted = If you load the map, { $host } receives your IP address and which part of the map you are looking at. Until then you see the associations on a plain background.
map-consent-privacy = More in the privacy notice
map-consent-load = Load the map
map-consent-remember = Remember my choice on this device
map-consent-withdraw = Stop loading map images
map-show-on-city-map = Show on the city map
map-embed-link = Embed this map on your own website
map-embed-back = Open a larger map at { $site }
map-embed-title = Embed the city map
map-embed-intro = Choose which associations the map shows. Paste the code below into your website; the preview shows how the map will look there.
map-embed-language = Language of the map
map-embed-height = Height in pixels
map-embed-update = Update code and preview
map-embed-snippet = Code to embed
map-embed-snippet-help = HTML code for your website (select to copy)
map-embed-preview = Preview
map-embed-frame-title = City map of associations – { $site }
map-filter-offers = Offers
map-filter-offers-any = anything
map-filter-needs = Seeks
map-filter-needs-any = anything
map-item-offers = offers
map-item-seeks = seeks
query-error-unknown-item-category = There is no such category of offers and needs. Please choose one from the list.
map-container-label = Map of the associations: move with the arrow keys, zoom with plus and minus
map-popup-close = Close
map-popup-opened = Opened on the map: { $name }
