# Pages about a network meeting's print material (print bundle, changed only, by email) and the
# mail with the personal handout.

meetings-print = Print bundle
meetings-print-title = Print bundle and personal handouts
meetings-print-count = { $handouts } personal handouts, { $sheets } table sheets and the name badges.
meetings-print-download = Download the print bundle (PDF)
meetings-print-changed-heading = Changed since the last print
meetings-print-not-printed = Not printed yet: the print bundle contains everything.
meeting-print-nothing-changed = Nothing has changed since the last print.
meetings-print-changed-sheets = Changed table sheets: { $count }
meetings-print-download-changed = Download only what changed (PDF)
meetings-print-mail-heading = By email
meetings-print-mail-text = Every participant receives their own personal handout as a PDF at the address they registered with, in their language.
meetings-print-mail-submit = Send the personal handouts by email
meetings-print-mailed = The personal handouts are being emailed to { $count } participants.
meetings-own-handouts = Personal handouts
meetings-own-handout-link = Handout of { $name } (PDF)
mail-meeting-handout-subject = Your handout: { $meeting }
mail-meeting-handout-body =
    Hello,

    attached is your personal handout for “{ $meeting }”: your table in each round, who sits there and whom you should talk to.

    When: { $when }
    Where: { $venue }

    Everything about the meeting: { $link }
