//! Decoding rows that a storage adapter read into entities, shared by the SQLite and the
//! PostgreSQL adapter so that both read stored data the same way and report the same errors.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use domain::accounts::{EmailAddress, Role, UserId};
use domain::ids::OrgId;
use domain::marketplace::{Item, ItemContent, ItemId, ItemKind};
use domain::organisation::{Organisation, Profile};
use domain::slug::Slug;

use domain::geo::GeoPoint;

use crate::ports::{
    Job, JobId, JobState, JobSummary, MemberRole, Membership, OrgPosition, OrgRecord, PendingReview, Revision, RevisionInfo, StoreError,
    UsedToken, User,
};

fn corrupt(error: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(error.to_string())
}

/// An organisation from its id, slug, approved revision content (JSON) and change time.
pub fn organisation(id: i64, slug: &str, content: &str, updated_at: String) -> Result<Organisation, StoreError> {
    let profile: Profile = serde_json::from_str(content).map_err(corrupt)?;
    Ok(Organisation { id: OrgId(id), slug: Slug::parse(slug).map_err(corrupt)?, profile, updated_at })
}

/// The stored columns of an organisation record, in this order: id, slug, name, archived, trusted,
/// approved revision number, confirmed_at, inactive_flagged_at,
/// confirmation_sent_at, approved content (JSON).
pub type OrgRecordColumns = (i64, String, String, bool, bool, Option<i64>, Option<i64>, Option<i64>, Option<i64>, Option<String>);

/// An organisation record from its stored columns.
pub fn org_record(columns: OrgRecordColumns) -> Result<OrgRecord, StoreError> {
    let (id, slug, name, archived, trusted, approved, confirmed_at, inactive_flagged_at, confirmation_sent_at, content) = columns;
    let profile = content.map(|c| serde_json::from_str::<Profile>(&c)).transpose().map_err(corrupt)?;
    Ok(OrgRecord {
        id: OrgId(id),
        slug: Slug::parse(&slug).map_err(corrupt)?,
        name,
        archived,
        trusted,
        approved,
        confirmed_at,
        inactive_flagged_at,
        confirmation_sent_at,
        profile,
    })
}

/// The stored columns of a revision, in this order: number, author, review_state, created_at,
/// review_comment, reviewed_by, reviewed_at.
pub type RevisionInfoColumns = (i64, String, String, String, Option<String>, Option<String>, Option<i64>);

/// A revision's description from its stored columns.
pub fn revision_info(columns: RevisionInfoColumns) -> RevisionInfo {
    let (number, author, review_state, created_at, comment, reviewed_by, reviewed_at) = columns;
    RevisionInfo { number, author, review_state, created_at, comment, reviewed_by, reviewed_at }
}

/// A revision from its stored columns and content (JSON).
pub fn revision(columns: RevisionInfoColumns, content: &str) -> Result<Revision, StoreError> {
    Ok(Revision { info: revision_info(columns), profile: serde_json::from_str(content).map_err(corrupt)? })
}

/// The stored columns of a review queue entry, in this order: organisation id, slug, name,
/// revision number, author, created_at, is_new.
pub type PendingReviewColumns = (i64, String, String, i64, String, String, bool);

/// A review queue entry from its stored columns.
pub fn pending_review(columns: PendingReviewColumns) -> Result<PendingReview, StoreError> {
    let (org, slug, name, number, author, created_at, is_new) = columns;
    Ok(PendingReview { org: OrgId(org), slug: Slug::parse(&slug).map_err(corrupt)?, name, number, author, created_at, is_new })
}

/// The stored columns of an organisation's position: id, slug, name, latitude, longitude.
pub type OrgPositionColumns = (i64, String, String, Option<f64>, Option<f64>);

/// An organisation's position from its stored columns.
pub fn org_position(columns: OrgPositionColumns) -> Result<OrgPosition, StoreError> {
    let (id, slug, name, lat, lon) = columns;
    let position = match (lat, lon) {
        (Some(lat), Some(lon)) => Some(GeoPoint::new(lat, lon).map_err(corrupt)?),
        _ => None,
    };
    Ok((OrgId(id), Slug::parse(&slug).map_err(corrupt)?, name, position))
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

/// The stored columns of a user account, in this order:
/// id, email, role, password_hash, disabled, email_verified, totp_secret, totp_last_step, created_at,
/// language.
pub type UserColumns = (i64, String, String, String, bool, bool, Option<String>, Option<i64>, String, Option<String>);

/// A user account from its stored columns.
pub fn user(columns: UserColumns) -> Result<User, StoreError> {
    let (id, email, role, password_hash, disabled, email_verified, totp_secret, totp_last_step, created_at, language) = columns;
    Ok(User {
        id: UserId(id),
        email: EmailAddress::parse(&email).map_err(corrupt)?,
        role: Role::from_key(&role).map_err(corrupt)?,
        password_hash,
        disabled,
        email_verified,
        totp_secret,
        totp_last_step,
        created_at,
        // A language no longer offered falls back to the instance's.
        language: language.as_deref().and_then(domain::language::UiLocale::parse),
    })
}

/// A membership from its stored columns.
pub fn membership(user: i64, organisation: i64, role: &str) -> Result<Membership, StoreError> {
    let role = MemberRole::from_key(role).ok_or_else(|| StoreError::Corrupt(format!("unknown membership role {role}")))?;
    Ok(Membership { user: UserId(user), organisation: OrgId(organisation), role })
}

/// A membership with the member's address, from its stored columns.
pub fn member(user: i64, organisation: i64, role: &str, email: &str) -> Result<(Membership, EmailAddress), StoreError> {
    Ok((membership(user, organisation, role)?, EmailAddress::parse(email).map_err(corrupt)?))
}

/// A used single-use token from its stored columns: user, email, organisation, payload.
pub fn used_token(columns: (Option<i64>, Option<String>, Option<i64>, String)) -> Result<UsedToken, StoreError> {
    let (user, email, organisation, payload) = columns;
    Ok(UsedToken {
        user: user.map(UserId),
        email: email.map(|e| EmailAddress::parse(&e)).transpose().map_err(corrupt)?,
        organisation: organisation.map(OrgId),
        payload,
    })
}

/// The stored columns of a claim: id, user, email, organisation, message, created_at.
pub type ClaimRow = (i64, i64, String, i64, String, String);

/// A claim from its stored columns.
pub fn claim(row: ClaimRow) -> Result<crate::ports::Claim, StoreError> {
    let (id, user, email, organisation, message, created_at) = row;
    Ok(crate::ports::Claim {
        id,
        user: UserId(user),
        email: EmailAddress::parse(&email).map_err(corrupt)?,
        organisation: OrgId(organisation),
        message,
        created_at,
    })
}

/// The stored columns of an introduction, in this order: id, need, offer, requester_org,
/// responder_org, requested_by, responded_by, state, message, updated_at.
pub type IntroductionRow = (i64, i64, i64, i64, i64, i64, Option<i64>, String, String, String);

/// An introduction from its stored columns.
pub fn introduction(row: IntroductionRow) -> Result<crate::ports::Introduction, StoreError> {
    let (id, need, offer, requester_org, responder_org, requested_by, responded_by, state, message, updated_at) = row;
    Ok(crate::ports::Introduction {
        id,
        need: ItemId(need),
        offer: ItemId(offer),
        requester_org: OrgId(requester_org),
        responder_org: OrgId(responder_org),
        requested_by: UserId(requested_by),
        responded_by: responded_by.map(UserId),
        state: domain::marketplace::IntroductionState::from_key(&state)
            .ok_or_else(|| StoreError::Corrupt(format!("unknown introduction state {state}")))?,
        message,
        updated_at,
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
        let user = |email: &str, role: &str| (1, email.into(), role.into(), String::new(), false, false, None, None, String::new(), None);
        assert!(super::user(user("no-at-sign", "administrator")).is_err());
        assert!(super::user(user("a@example.de", "king")).is_err());
        assert!(super::user(user("a@example.de", "coordinator")).is_ok());
        assert!(super::membership(1, 2, "owner").is_ok());
        assert!(super::membership(1, 2, "boss").is_err());
        assert!(super::organisation(1, "ok", r#"{"name":"x","legal_form":"other"}"#, String::new()).is_ok());
    }
}
