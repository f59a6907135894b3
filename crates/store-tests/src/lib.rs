//! The storage contract: every adapter must pass these checks. `tests/contract.rs` runs
//! them against SQLite always and PostgreSQL when it is reachable (required in CI).

#![allow(clippy::unwrap_used)]

pub mod directory;
pub mod postgres;
