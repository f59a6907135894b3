nav-graph = Network graph
graph-title = Network graph
graph-intro = Which associations have met: at a table of a network meeting, through an agreed contact request or in a joint cooperation project. Associations without any tie are in the list – they are worth a conversation.
graph-from = From (date)
graph-to = To (date)
graph-date-hint = Date as YYYY-MM-DD, for example 2020-01-31. Leave empty for “since the beginning” or “until today”.
graph-kinds = Ties
graph-kind-met = Met at a table (solid line)
graph-kind-introduction = Contact request agreed (dashed line)
graph-kind-project = Joint cooperation project (dotted line)
graph-show = Show
graph-reset = Reset filters
graph-summary = { $associations } associations, { $edges } ties, { $isolated } without any tie.
graph-isolated = Associations without a tie
graph-isolated-intro = These associations had none of the chosen ties in the chosen period. The name leads to the profile.
graph-isolated-none = Every association has at least one tie.
graph-activity = { $count ->
    [one] 1 activity
   *[other] { $count } activities
}
graph-drawing = The network as a picture
graph-zoom-in = Zoom in
graph-zoom-out = Zoom out
graph-zoom-reset = Whole picture
graph-zoom-hint = Drag to move the picture, use the mouse wheel to zoom.
graph-legend = Legend
graph-legend-size = The larger a symbol, the more active the association (network meetings, contact requests, cooperation projects in the period). Colour and shape show the first field of activity:
graph-export = Download
graph-export-intro = The same data with the same filters, for example for Gephi.
graph-export-graphml = Network as GraphML
graph-export-csv = Ties as a CSV list
graph-node-title = { $name } – { $field } – activities: { $activity }, ties: { $degree }
graph-field-none = no field of activity
form-error-graph-period-order = The end date is before the start date.
