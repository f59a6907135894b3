//! Knotenpunkt's outbound adapters. Mail: [`mail::SmtpMailer`] delivers over SMTP,
//! [`mail::OutboxMailer`] writes each mail as an `.eml` file that an admin page lists.
//! (The geocoder adapters still live in the `knotenpunkt` crate.)

pub mod mail;
