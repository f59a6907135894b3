//! Personal data of an account (GDPR Art. 15 and 17): everything stored about the signed-in
//! user as one document to download, and deleting the account. Authored revisions stay (the
//! history is append-only); they then name a deleted account.

use domain::accounts::UserId;
use serde::Serialize;

use crate::accounts::password_hash::verify_password_off_thread;
use crate::accounts::sign_in::{Throttle, Viewer};
use crate::directory::Directory;
use crate::ports::{AccountStore, AdminGuard, AuditEvent, Author, StoreError};

/// Why the personal data was not exported or the account not deleted.
#[derive(Debug, thiserror::Error)]
pub enum PersonalDataError {
    /// The session is not complete (second factor missing).
    #[error("not allowed")]
    Forbidden,
    /// The password given to confirm the deletion is wrong.
    #[error("wrong password")]
    WrongPassword,
    /// The only active administrator cannot delete their account.
    #[error("the last active administrator cannot delete their account")]
    LastAdministrator,
    /// Too many wrong passwords from this account and address lately.
    #[error("too many attempts; try again in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl PersonalDataError {
    /// Stable code that the interface translates.
    pub fn code(&self) -> &'static str {
        match self {
            PersonalDataError::Forbidden => "forbidden",
            PersonalDataError::WrongPassword => "wrong_password",
            PersonalDataError::LastAdministrator => "last_administrator",
            PersonalDataError::RateLimited { .. } => "rate_limited",
            PersonalDataError::Store(_) => "unavailable",
        }
    }
}

/// Everything stored about one account, without secrets (password hash, TOTP secret, recovery codes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonalData {
    pub account: AccountData,
    pub memberships: Vec<MembershipData>,
    pub revisions: Vec<RevisionData>,
    pub consents_recorded: Vec<ConsentData>,
    pub audit_events: Vec<AuditData>,
}

/// The account's own fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountData {
    pub id: i64,
    pub email: String,
    pub role: &'static str,
    pub email_verified: bool,
    pub disabled: bool,
    pub second_factor: bool,
    pub created_at: String,
    /// The language chosen for mails; absent: the site's.
    pub mail_language: Option<&'static str>,
}

/// A link to an association.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MembershipData {
    pub organisation_id: i64,
    pub organisation: String,
    pub slug: String,
    pub role: &'static str,
}

/// A revision the account authored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RevisionData {
    pub organisation: String,
    pub slug: String,
    pub number: i64,
    pub created_at: String,
    pub review_state: String,
}

/// A contact person's consent that the account recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsentData {
    pub organisation: String,
    pub contact_person: String,
    pub given_at: String,
    pub text_version: String,
}

/// An entry of the audit log where the account acted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditData {
    pub action: String,
    pub target: String,
    pub detail: String,
    pub at: String,
}

impl From<AuditEvent> for AuditData {
    fn from(e: AuditEvent) -> Self {
        AuditData { action: e.action, target: e.target, detail: e.detail, at: e.at }
    }
}

/// The viewer's personal data. Any complete session, for its own account only.
pub async fn export_personal_data(
    accounts: &dyn AccountStore,
    directory: &Directory,
    viewer: &Viewer,
) -> Result<PersonalData, PersonalDataError> {
    if !viewer.is_complete() {
        return Err(PersonalDataError::Forbidden);
    }
    let user = accounts.user(viewer.user.id).await?.ok_or(PersonalDataError::Forbidden)?;
    let label = Author::User(user.id).label();
    let account = AccountData {
        id: user.id.0,
        email: user.email.to_string(),
        role: user.role.key(),
        email_verified: user.email_verified,
        disabled: user.disabled,
        second_factor: user.totp_secret.is_some(),
        created_at: user.created_at.clone(),
        mail_language: user.language.map(domain::language::UiLocale::code),
    };
    let mut memberships = Vec::new();
    for m in accounts.memberships_of(user.id).await? {
        let record = directory.store().organisation_record(m.organisation).await?;
        let (organisation, slug) = record.map(|r| (r.name, r.slug.to_string())).unwrap_or_default();
        memberships.push(MembershipData { organisation_id: m.organisation.0, organisation, slug, role: m.role.key() });
    }
    let authored = directory.revisions().revisions_by_author(&label).await?;
    let mut consents_recorded: Vec<ConsentData> = Vec::new();
    for r in &authored {
        let Some(revision) = directory.revisions().revision(r.org, r.number).await? else { continue };
        for person in revision.profile.contact_persons {
            let Some(consent) = person.consent.filter(|c| c.recorded_by.as_deref() == Some(label.as_str())) else { continue };
            let entry = ConsentData {
                organisation: r.organisation.clone(),
                contact_person: person.name,
                given_at: consent.given_at,
                text_version: consent.text_version,
            };
            if !consents_recorded.contains(&entry) {
                consents_recorded.push(entry);
            }
        }
    }
    let revisions = authored
        .into_iter()
        .map(|r| RevisionData {
            organisation: r.organisation,
            slug: r.slug.to_string(),
            number: r.number,
            created_at: r.created_at,
            review_state: r.review_state.key().to_owned(),
        })
        .collect();
    let audit_events = accounts.audit_events_by_actor(&label).await?.into_iter().map(AuditData::from).collect();
    Ok(PersonalData { account, memberships, revisions, consents_recorded, audit_events })
}

/// [`delete_account`] behind the sign-in throttle: every attempt counts as a failure of the
/// account at this address until it succeeded (then the account is gone), so that parallel
/// attempts cannot all slip past the check before the first failure is recorded.
pub async fn delete_account_throttled(
    accounts: &dyn AccountStore,
    throttle: &Throttle,
    viewer: &Viewer,
    password: &str,
    ip: &str,
    now: i64,
) -> Result<(), PersonalDataError> {
    let email = viewer.user.email.as_str();
    throttle
        .check(email, ip, now)
        .await
        .map_err(|r| r.into_error(|retry_after_secs| PersonalDataError::RateLimited { retry_after_secs }))?;
    throttle.record_failure(email, ip, now).await?;
    let outcome = delete_account(accounts, viewer, password).await;
    if outcome.is_ok() {
        throttle.record_success(email, ip).await?;
    }
    outcome
}

/// Deletes the viewer's account after checking the password: personal data is removed, the
/// sessions end, authored revisions stay. The last active administrator cannot delete themself.
/// Records `user.delete` in the audit log.
pub async fn delete_account(accounts: &dyn AccountStore, viewer: &Viewer, password: &str) -> Result<(), PersonalDataError> {
    if !viewer.is_complete() {
        return Err(PersonalDataError::Forbidden);
    }
    let user = accounts.user(viewer.user.id).await?.ok_or(PersonalDataError::Forbidden)?;
    if !verify_password_off_thread(password, &user.password_hash).await {
        return Err(PersonalDataError::WrongPassword);
    }
    if accounts.anonymise_user(user.id).await? == AdminGuard::LastAdministrator {
        return Err(PersonalDataError::LastAdministrator);
    }
    let id: UserId = user.id;
    let event = AuditEvent {
        actor: Author::User(id).label(),
        action: "user.delete".into(),
        target: format!("user:{id}"),
        detail: String::new(),
        at: String::new(),
    };
    accounts.record_audit(&event).await?;
    Ok(())
}
