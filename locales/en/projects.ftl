# Cooperation projects: pages, forms and messages.

nav-projects = Projects
projects-board = Cooperation projects
projects-board-intro = All cooperation projects of the network by status. Projects nobody has updated for 90 days are marked: ask the associations taking part.
projects-stale-count = { $count ->
    [one] One project has not been updated for 90 days.
   *[other] { $count } projects have not been updated for 90 days.
}
projects-stale = Not updated for 90 days
projects-not-public = Not public
projects-column-empty = No projects.
projects-proposals = Submitted projects
projects-proposals-none = No submitted projects are waiting for confirmation.
projects-confirm = Confirm
projects-updated = Last updated
project-status-label = Status
project-status-idea = Idea
project-status-planned = Planned
project-status-running = Running
project-status-done = Completed
project-status-stopped = Stopped
projects-partners = Associations taking part
projects-origin = Origin
project-origin-meeting = From the results of “{ $meeting }”
project-origin-introduction = From a contact request
project-origin-office = Entered by the integration office
projects-description = Description
projects-description-hint = What is it about, who does what? Markdown works, for example **bold** or lists with “-”.
projects-stop-reason = Why the project stopped
projects-next-steps = Next steps
projects-next-steps-none = No next steps entered yet.
projects-step-due = by
projects-step-done = done
projects-mark-done = Done
projects-history = History
projects-event-created = Created with the status “{ $status }”
projects-event-status = Status changed: { $status }
projects-event-step = Next step entered: { $step }
projects-event-step-done = Done: { $step }
projects-event-visible = Shown publicly
projects-event-hidden = No longer shown publicly
projects-event-confirmed = Confirmed by the integration office
projects-update-heading = Update the project
projects-status-new = New status
projects-reason-label = Reason (only when the project stops)
projects-status-save = Save status
projects-step-add-heading = Enter a next step
projects-step-label = What needs doing next?
projects-due-label = By when? (optional)
projects-due-hint = A date, for example 2027-03-31.
projects-step-save = Save step
projects-visible-label = Show publicly: on its own page and on the profiles of the associations taking part
projects-visible-save = Save visibility
projects-saved = Saved.
projects-conflict = Someone changed the project in the meantime. What you typed is still in the form: please check the new state and save again.
projects-pending = This project was submitted and is waiting for confirmation by the integration office. Until then only the associations taking part and the integration office see it.
projects-hidden = This project is not public: only the associations taking part and the integration office see it.
projects-form-new = New cooperation project
projects-form-track = Track a planned project as a cooperation project
projects-form-propose = Submit a cooperation project
projects-form-from-meeting = From the results of “{ $meeting }”. Check and complete the details; the project starts with the status “Planned”.
projects-form-from-introduction = From the contact request between { $first } and { $second }. The integration office confirms the project before others see it.
projects-title-label = Title
projects-partners-hint = At least two associations.
projects-first-step-label = Next step (optional)
projects-create = Create project
projects-propose = Submit project
projects-tracked-already = This project is already tracked:
projects-track = Track as a cooperation project
projects-tracked = Tracked as a cooperation project:
projects-from-introduction = Turn this into a cooperation project
projects-profile-heading = Cooperation projects
projects-with = with
form-error-project-partners = Please choose at least two associations taking part.
form-error-project-reason = Please write why the project stops.
form-error-project-transition = That is not possible from this status: a project only moves forward or stops.
error-project-not-found-title = Project not found
error-project-not-found-text = This cooperation project does not exist, or it is not public.
error-project-conflict-title = That did not work
error-project-conflict-text = The project has changed in the meantime or is already tracked. Please reload the page.
projects-details-heading = Title and associations taking part
projects-details-hint = Associations added or no longer taking part get an email.
projects-details-save = Save title and associations
projects-event-details-title = Title changed: { $title }
projects-event-partner-added = Association added: { $organisation }
projects-event-partner-removed = Association no longer taking part: { $organisation }
form-error-project-keep-own = Your own association has to keep taking part.
mail-project-proposed-subject = New cooperation project: { $project }
mail-project-proposed-body =
    Hello,

    { $organisation } submitted the cooperation project “{ $project }” with your association. The integration office confirms it before others see it.

    { $link }
mail-project-confirmed-subject = Cooperation project confirmed: { $project }
mail-project-confirmed-body =
    Hello,

    the integration office confirmed the cooperation project “{ $project }”. Your association takes part and can enter its status and next steps there:

    { $link }
mail-project-partner-added-subject = Your association now takes part: { $project }
mail-project-partner-added-body =
    Hello,

    your association now takes part in the cooperation project “{ $project }”. You can enter its status and next steps there:

    { $link }
mail-project-partner-removed-subject = Your association no longer takes part: { $project }
mail-project-partner-removed-body =
    Hello,

    your association is no longer listed in the cooperation project “{ $project }”. If this is a mistake, please answer the integration office.

    { $link }
