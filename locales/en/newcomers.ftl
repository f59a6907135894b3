# Newcomers on their way to their association: what the account cannot do yet, and what waits in the review queue.
introductions-unlinked = Your account is not linked to an association yet. Requests to your association appear here once the integration office confirms that you represent it: find your association in the directory and choose “This is our association” there.
introductions-unlinked-find = Find your association in the directory
claims-waiting =
    { $count ->
        [one] One introduction request waits for this association, from:
       *[other] { $count } introduction requests wait for this association, from:
    }
