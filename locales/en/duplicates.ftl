# Duplicates when proposing: "This is our association" instead of only sending people to the office.
duplicate-contained-name = same distinctive name parts
propose-claim = This is our association
propose-claim-hint = If so: you need not propose anything. With “This is our association” you ask the integration office to hand the entry over to you; it checks and answers by email.
propose-claim-hint-sign-in = If so: you need not propose anything. “This is our association” takes you to sign in (or register); then you ask the integration office to hand the entry over to you.
