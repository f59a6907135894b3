# Versions and review: how changes are shown, restoring with a confirmation, archiving in the danger zone.
diff-legend-before = Before:
diff-legend-removed = removed words
diff-legend-after = New:
diff-legend-added = added words
diff-moved = { $metres } m to the { $direction }
diff-direction-north = north
diff-direction-north-east = north-east
diff-direction-east = east
diff-direction-south-east = south-east
diff-direction-south = south
diff-direction-south-west = south-west
diff-direction-west = west
diff-direction-north-west = north-west
history-restored-from = restored from version { $number }
history-restore-confirm-title = Restore version { $number }?
history-restore-confirm-text = The entry becomes again what it was in version { $number }, and is public at once. This happens as a new version – no version is lost, not even today's. Everyone who edits the entry gets an email.
history-restore-confirm-submit = Yes, restore version { $number }
history-cancel = Cancel and back to the versions
history-restored-note = Version { $from } is restored, as the new version { $number }. { $told ->
        [0] Nobody edits the entry yet; no email was sent.
        [one] One person who edits the entry was told by email.
       *[other] { $told } people who edit the entry were told by email.
    }
history-danger-heading = Danger zone
history-danger-text = An archived entry disappears from the directory, the map, search and suggestions. Nothing is deleted; the integration office can bring it back at any time.
history-archive-start = Archive the entry …
history-archive-confirm-title = Archive “{ $name }”?
history-archive-confirm-submit = Yes, archive
history-archived-note = The entry is archived and no longer public.
history-unarchived-note = The entry is back and public again.
mail-revision-restored-subject = The integration office restored an earlier version of { $organisation }
mail-revision-restored-body = 
    Hello,

    the integration office restored version { $number } of the entry “{ $organisation }”. It is public now. Later changes are not lost: every version stays in the list of versions.

    The versions and what changed:

    { $link }

    The integration office answers questions about it.
