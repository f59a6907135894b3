# The yearly "still active?" check: the confirmation link and the office's list.

confirm-active-title = Confirm entry
confirm-active-question = Is the entry of “{ $organisation }” still up to date?
confirm-active-yes = Yes, everything is still correct
confirm-active-edit = No, I want to edit the entry
confirm-active-edit-hint = To edit, please sign in.
confirm-active-done = Thank you! The entry of “{ $organisation }” is confirmed as up to date.
confirm-active-invalid = This link is invalid, was already used or has expired. If you have questions, please contact the office.

inactive-title = Possibly inactive associations
inactive-intro = These associations did not answer the yearly check. You can archive them; archived entries can be restored.
inactive-empty = No association is flagged at the moment.
inactive-organisation = Association
inactive-reminded = Reminder sent
inactive-flagged = Flagged
inactive-actions = Actions
inactive-no-recipient = no address known
inactive-archive = Archive
