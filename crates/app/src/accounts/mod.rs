//! Accounts: password hashing, sessions, the second factor (TOTP and recovery codes), login
//! rate limiting and the use cases that create and manage users.

pub mod admin_users;
pub mod claims;
pub mod create_admin;
pub mod invitations;
pub mod notify_claimant;
pub mod password_hash;
pub mod personal_data;
pub mod rate_limit;
pub mod recovery_codes;
pub mod registration;
pub mod second_factor;
pub mod settings;
pub mod sign_in;
pub mod tokens;
pub mod totp;
pub mod totp_qr;
