//! Decoding rows that a storage adapter read into entities, shared by the SQLite and the
//! PostgreSQL adapter so that both read stored data the same way and report the same errors.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use domain::accounts::{EmailAddress, Role, UserId};
use domain::ids::OrgId;
use domain::marketplace::{Item, ItemContent, ItemId, ItemKind};
use domain::organisation::{Organisation, Profile};
use domain::slug::Slug;

use crate::ports::{Job, JobId, JobState, JobSummary, StoreError, User};

fn corrupt(error: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(error.to_string())
}

/// An organisation from its id, slug, approved revision content (JSON) and change time.
pub fn organisation(id: i64, slug: &str, content: &str, updated_at: String) -> Result<Organisation, StoreError> {
    let profile: Profile = serde_json::from_str(content).map_err(corrupt)?;
    Ok(Organisation { id: OrgId(id), slug: Slug::parse(slug).map_err(corrupt)?, profile, updated_at })
}

/// An offer or need from its id, organisation, kind key and content (JSON).
pub fn item(id: i64, org: i64, kind: &str, content: &str) -> Result<Item, StoreError> {
    let kind = match kind {
        "offer" => ItemKind::Offer,
        "need" => ItemKind::Need,
        other => return Err(StoreError::Corrupt(format!("unknown item kind {other}"))),
    };
    let content: ItemContent = serde_json::from_str(content).map_err(corrupt)?;
    Ok(Item { id: ItemId(id), org: OrgId(org), kind, content })
}

/// A user account from its stored columns.
pub fn user(id: i64, email: &str, role: &str, password_hash: String, disabled: bool, created_at: String) -> Result<User, StoreError> {
    Ok(User {
        id: UserId(id),
        email: EmailAddress::parse(email).map_err(corrupt)?,
        role: Role::from_key(role).map_err(corrupt)?,
        password_hash,
        disabled,
        created_at,
    })
}

/// Milliseconds since the Unix epoch, the form job times are compared in (negative before 1970).
pub fn unix_millis(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_millis()).unwrap_or(i64::MAX),
        Err(before) => i64::try_from(before.duration().as_millis()).map_or(i64::MIN, |ms| -ms),
    }
}

/// The time `millis` milliseconds after the Unix epoch.
pub fn from_unix_millis(millis: i64) -> SystemTime {
    let offset = Duration::from_millis(millis.unsigned_abs());
    if millis >= 0 {
        UNIX_EPOCH + offset
    } else {
        UNIX_EPOCH - offset
    }
}

/// A claimed job from its id, kind, payload (JSON text) and attempt counts.
pub fn job(id: i64, kind: String, payload: &str, attempts: i32, max_attempts: i32) -> Result<Job, StoreError> {
    let payload = serde_json::from_str(payload).map_err(corrupt)?;
    Ok(Job { id: JobId(id), kind, payload, attempts, max_attempts })
}

/// A job's state from its stored key.
pub fn job_state(key: &str) -> Result<JobState, StoreError> {
    JobState::from_key(key).ok_or_else(|| StoreError::Corrupt(format!("unknown job state {key}")))
}

/// The columns of a job in the admin list, in the order adapters select them: id, kind, state,
/// attempts, max_attempts, run_at (Unix ms), last_error, created_at, updated_at.
pub type JobSummaryRow = (i64, String, String, i32, i32, i64, Option<String>, String, String);

/// A job of the admin list from its row.
pub fn job_summary(row: JobSummaryRow) -> Result<JobSummary, StoreError> {
    let (id, kind, state, attempts, max_attempts, run_at, last_error, created_at, updated_at) = row;
    Ok(JobSummary {
        id: JobId(id),
        kind,
        state: job_state(&state)?,
        attempts,
        max_attempts,
        run_at: from_unix_millis(run_at),
        last_error,
        created_at,
        updated_at,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn bad_stored_data_is_reported_as_corrupt() {
        assert!(super::item(1, 1, "gift", "{}").is_err());
        assert!(super::organisation(1, "Not A Slug", r#"{"name":"x","legal_form":"other"}"#, String::new()).is_err());
        assert!(super::user(1, "no-at-sign", "administrator", String::new(), false, String::new()).is_err());
        assert!(super::organisation(1, "ok", r#"{"name":"x","legal_form":"other"}"#, String::new()).is_ok());
    }
}
