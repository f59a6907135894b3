-- The language a user's mails are written in (a UI locale code); empty: the instance's language.

ALTER TABLE app_user ADD COLUMN language TEXT;
