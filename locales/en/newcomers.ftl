# Newcomers on their way to their association: what the account cannot do yet, and what waits in the review queue.
introductions-unlinked = Your account is not linked to an association yet. Requests to your association appear here once the integration office confirms that you represent it: find your association in the directory and choose “This is our association” there.
introductions-unlinked-find = Find your association in the directory
claims-waiting =
    { $count ->
        [one] One introduction request waits for this association, from:
       *[other] { $count } introduction requests wait for this association, from:
    }

# The guided path from an association: account, confirm the address, "this is our association", profile and contact requests.
guide-where = Step { $step } of { $total }: { $title }
guide-for = For the association { $organisation }
guide-done = done
guide-step-register = Create an account or sign in
guide-step-verify = Confirm your email address
guide-step-claim = Confirm: "This is our association"
guide-step-profile = Complete the profile and answer contact requests
guide-after-verify = Once confirmed, you sign in and go straight on to step 3: "This is our association".
guide-login-then-claim = After signing in you go on with step 3: "This is our association".
join-title = This is our association
join-start-intro = You represent { $organisation }? Link an account to your association in four steps.
join-start-text = First create an account – or sign in if you already have one – and confirm your email address. The link in the email then brings you back here.
join-register = Create an account
join-login = I already have an account: sign in
join-claim-intro = You are signed in. Now confirm that you represent { $organisation }.
join-claim-then = The integration office checks the claim and sends you an email.
join-what-now = What happens now?
join-waiting-office = The integration office checks your claim.
join-waiting-mail = You get an email as soon as it has decided.
join-waiting-then = Then you complete your association's profile and answer contact requests to it.
join-editor-text = You now edit { $organisation }. Complete the profile and answer contact requests to your association.
join-edit = Complete the profile
join-introductions = See contact requests
join-to-profile = To the association's public profile
