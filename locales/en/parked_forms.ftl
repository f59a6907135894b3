# Forms sent after the session had ended: what was typed is kept.
parked-login-note = Your session had ended. Sign in again – what you typed is kept.
parked-form-note = Your input was kept – please check it and save. Nothing has been saved yet.
