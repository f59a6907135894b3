# Header and start page.
nav-menu = Menu
home-propose-hint = Your association is missing from the directory? Propose it – the integration office checks the proposal.
