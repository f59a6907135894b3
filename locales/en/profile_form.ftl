# The profile form: overview, formatting hint, map hint.
edit-overview = The form has six parts:
edit-overview-hint = Save at the end with “Save changes”; what you do not change stays as it is.
edit-markdown-hint = Formatting: an empty line separates paragraphs; a line starting with “- ” becomes a list item; **bold**, *italic*; links as [text](https://…).
edit-position-address-first = Easiest: enter the address above and save – Knotenpunkt then places the pin itself. The map shows streets only after “Load the map”; before that you see a grey area.
# Saving one part alone, and the preview of the public page.
edit-section-only = edit only this part
edit-section-alone = You are editing only this part; everything else stays as it is.
edit-section-all = Show all parts
edit-submit-section = Save this part
edit-preview = Preview
edit-preview-heading = Preview of the public page
edit-preview-note = This is how the page looks once the changes apply. Nothing is saved yet: save at the bottom of the form.
