//! Accounts: password hashing and the use cases that create and manage users.

pub mod create_admin;
pub mod password_hash;
pub mod recovery_codes;
pub mod totp;
