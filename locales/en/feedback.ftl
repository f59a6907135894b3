# Feedback after an action: the word each kind of notice starts with, and the notices after
# ?posted=1, ?asked=1, ?welcome=1, ?verified=1 and so on.
notice-success = Done
notice-info = Note
notice-warning = Caution
notice-error = Error
notice-item-posted-offer = Your offer is published. Below you see associations looking for something like it – ask for an introduction there.
notice-item-posted-need = Your request is published. Below you see matching offers of other associations – ask for an introduction there.
notice-item-dismissed = The suggestion is hidden. Your association will not see it again.
notice-introduction-asked = Your request is sent. The other side gets an email. As soon as they agree, you see their contact details here and they see yours.
notice-account-welcome = Welcome! Your account is set up. Here you see your associations and your settings.
notice-login-verified = Your email address is confirmed. Sign in now with your password.
notice-login-reset = Your password is changed. Sign in now with the new password.
