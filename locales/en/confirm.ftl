# The yearly "still active?" check: the confirmation link and the office's list.

confirm-title = Confirm entry
confirm-question = Is the entry of “{ $organisation }” still up to date?
confirm-yes = Yes, everything is still correct
confirm-edit = No, I want to edit the entry
confirm-edit-hint = To edit, please sign in.
confirm-done = Thank you! The entry of “{ $organisation }” is confirmed as up to date.
confirm-invalid = This link is invalid, was already used or has expired. If you have questions, please contact the office.

inactive-title = Possibly inactive associations
inactive-intro = These associations did not answer the yearly check. You can archive them; archived entries can be restored.
inactive-empty = No association is flagged at the moment.
inactive-organisation = Association
inactive-reminded = Reminder sent
inactive-flagged = Flagged
inactive-actions = Actions
inactive-no-recipient = no address known
inactive-archive = Archive
