//! Anyone proposes a new association, without an account. Nothing is stored as an
//! organisation until the proposer confirms their address: the profile waits in the payload
//! of a single-use link, and only using the link creates the proposal in the review queue.

use domain::accounts::EmailAddress;
use domain::duplicates::Candidate;
use domain::ids::OrgId;
use domain::organisation::Profile;
use domain::slug::Slug;
use serde::{Deserialize, Serialize};

use super::review_queue::{possible_duplicates, PossibleDuplicate};
use crate::accounts::registration::Mailing;
use crate::accounts::sign_in::Throttle;
use crate::accounts::tokens::{hash_secret, looks_like_secret, new_secret};
use crate::directory::Directory;
use crate::mail::compose::{send, MailKind};
use crate::ports::{AccountStore, AuditEvent, Author, NewToken, StoreError, TokenPurpose, TokenStore, UsedToken};

/// How long the confirmation link stays valid, in seconds.
pub const VERIFY_PROPOSAL_SECS: i64 = 48 * 3600;

/// Longest note to the office, in characters.
pub const MAX_NOTE: usize = 2000;

/// Slugs that are paths of their own under `/organisations/`.
const RESERVED_SLUGS: [&str; 1] = ["propose"];

/// How many numbered variants of a taken slug are tried (`name-2` … `name-50`).
const MAX_SLUG_SUFFIX: u32 = 50;

/// Why a proposal was refused; `code()` names the message.
#[derive(Debug, thiserror::Error)]
pub enum ProposalError {
    #[error("invalid email address")]
    InvalidEmail,
    #[error("the note is too long")]
    NoteTooLong,
    #[error("the link is invalid, used or expired")]
    InvalidLink,
    #[error("too many attempts; try again in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    /// No free slug could be derived from the name.
    #[error("no free address for the name")]
    NoSlug,
    #[error("storage failed: {0}")]
    Store(#[from] StoreError),
}

impl ProposalError {
    /// Stable code that the interface translates.
    pub fn code(&self) -> &'static str {
        match self {
            ProposalError::InvalidEmail => "invalid_email",
            ProposalError::NoteTooLong => "note_too_long",
            ProposalError::InvalidLink => "invalid_link",
            ProposalError::RateLimited { .. } => "rate_limited",
            ProposalError::NoSlug | ProposalError::Store(_) => "unavailable",
        }
    }
}

/// A proposal as the visitor sent it; the profile has passed the form's rules.
pub struct Proposal<'a> {
    pub profile: Profile,
    pub proposer_email: &'a str,
    pub note: &'a str,
    /// The visitor saw the possible duplicates and said it is a different association.
    pub confirmed_new: bool,
}

/// Who sends the proposal, and when.
pub struct Request<'a> {
    pub ip: &'a str,
    /// Unix seconds.
    pub now: i64,
}

/// What became of a proposal.
#[derive(Debug, Clone, PartialEq)]
pub enum ProposalOutcome {
    /// Published associations with a similar name or place: nothing was stored or sent; the
    /// visitor is asked whether it is one of these.
    PossibleDuplicates(Vec<PossibleDuplicate>),
    /// The confirmation link was mailed to this address.
    VerificationSent(EmailAddress),
}

/// What the confirmation link carries.
#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    profile: Profile,
    #[serde(default)]
    note: String,
}

/// A proposal waiting for its confirmation, as the confirm page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitingProposal {
    pub name: String,
    pub email: EmailAddress,
}

/// A confirmed proposal, now in the office's review queue.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredProposal {
    pub org: OrgId,
    pub slug: Slug,
    pub name: String,
}

/// Published associations that may be the proposed one, strongest first. Proposals still
/// under review are left out: the public must not see what the office has not approved.
pub async fn duplicates_for(directory: &Directory, profile: &Profile) -> Result<Vec<PossibleDuplicate>, StoreError> {
    let index = directory.index();
    let published: Vec<_> = directory.store().all_positions().await?.into_iter().filter(|(id, ..)| index.by_id(*id).is_some()).collect();
    let proposal = Candidate { id: None, slug: None, name: &profile.name, position: profile.position };
    Ok(possible_duplicates(&proposal, &published))
}

/// Checks a proposal and mails its proposer a confirmation link that carries the profile.
/// With possible duplicates and no `confirmed_new`, nothing is stored and nothing is sent.
/// Each mail sent counts against the sender's address (`propose:<ip>`).
pub async fn propose(
    directory: &Directory,
    accounts: &dyn AccountStore,
    throttle: &Throttle,
    mailing: &Mailing<'_>,
    proposal: Proposal<'_>,
    request: &Request<'_>,
) -> Result<ProposalOutcome, ProposalError> {
    let email = EmailAddress::parse(proposal.proposer_email).map_err(|_| ProposalError::InvalidEmail)?;
    let note = proposal.note.trim();
    if note.chars().count() > MAX_NOTE {
        return Err(ProposalError::NoteTooLong);
    }
    if !proposal.confirmed_new {
        let duplicates = duplicates_for(directory, &proposal.profile).await?;
        if !duplicates.is_empty() {
            return Ok(ProposalOutcome::PossibleDuplicates(duplicates));
        }
    }
    let key = format!("propose:{}", request.ip);
    throttle
        .per_ip
        .count(&key, request.now)
        .await
        .map_err(|r| r.into_error(|retry_after_secs| ProposalError::RateLimited { retry_after_secs }))?;
    let payload = serde_json::to_string(&Payload { profile: proposal.profile.clone(), note: note.to_owned() })
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let secret = new_secret();
    let token = NewToken {
        token_hash: hash_secret(&secret),
        purpose: TokenPurpose::VerifyProposal,
        user: None,
        email: Some(email.clone()),
        organisation: None,
        payload,
        expires_at: request.now + VERIFY_PROPOSAL_SECS,
    };
    accounts.create_token(&token).await?;
    let kind = MailKind::VerifyProposal {
        link: format!("{}/organisations/propose/verify?token={secret}", mailing.base_url),
        organisation: proposal.profile.name,
    };
    send(mailing.jobs, mailing.text, &email, Some(mailing.locale), &kind).await?;
    Ok(ProposalOutcome::VerificationSent(email))
}

/// Reads a confirmation link without using it.
pub async fn read_proposal(accounts: &dyn TokenStore, token: &str, now: i64) -> Result<WaitingProposal, ProposalError> {
    if !looks_like_secret(token) {
        return Err(ProposalError::InvalidLink);
    }
    let used = accounts.valid_token(&hash_secret(token), TokenPurpose::VerifyProposal, now).await?.ok_or(ProposalError::InvalidLink)?;
    let (email, payload) = contents(&used)?;
    Ok(WaitingProposal { name: payload.profile.name, email })
}

/// Uses a confirmation link: stores the proposal as a new organisation with a pending first
/// revision by `proposal:<email>`, for the office to review, and records the note to the
/// office in the audit log (`organisation.propose`). The link works once.
pub async fn verify_proposal(
    directory: &Directory,
    accounts: &dyn AccountStore,
    token: &str,
    now: i64,
) -> Result<StoredProposal, ProposalError> {
    if !looks_like_secret(token) {
        return Err(ProposalError::InvalidLink);
    }
    let used = accounts.consume_token(&hash_secret(token), TokenPurpose::VerifyProposal, now).await?.ok_or(ProposalError::InvalidLink)?;
    let (email, payload) = contents(&used)?;
    let author = Author::Proposer(email);
    let (org, slug) = store_with_free_slug(directory, &payload.profile, &author).await?;
    let event = AuditEvent {
        actor: author.label(),
        action: "organisation.propose".into(),
        target: format!("organisation:{org}"),
        detail: payload.note,
        at: String::new(),
    };
    accounts.record_audit(&event).await?;
    Ok(StoredProposal { org, slug, name: payload.profile.name })
}

fn contents(used: &UsedToken) -> Result<(EmailAddress, Payload), ProposalError> {
    let email = used.email.clone().ok_or(ProposalError::InvalidLink)?;
    let payload: Payload = serde_json::from_str(&used.payload).map_err(|_| ProposalError::InvalidLink)?;
    Ok((email, payload))
}

/// Creates the proposal under the slug of its name, or the first free `name-2`, `name-3` ….
async fn store_with_free_slug(directory: &Directory, profile: &Profile, author: &Author) -> Result<(OrgId, Slug), ProposalError> {
    // A name without Latin letters (e.g. Arabic only) gives no slug of its own.
    let base = Slug::from_name(&profile.name).map_or_else(|_| "verein".to_owned(), |s| s.as_str().to_owned());
    for n in 1..=MAX_SLUG_SUFFIX {
        let Some(slug) = numbered_slug(&base, n) else { continue };
        if RESERVED_SLUGS.contains(&slug.as_str()) {
            continue;
        }
        match directory.revisions().create_proposal(&slug, profile, author).await {
            Ok(org) => return Ok((org, slug)),
            Err(StoreError::SlugTaken(_)) => continue,
            Err(other) => return Err(other.into()),
        }
    }
    Err(ProposalError::NoSlug)
}

/// `base` for 1, `base-n` otherwise, shortened so that it stays a valid slug.
fn numbered_slug(base: &str, n: u32) -> Option<Slug> {
    if n == 1 {
        return Slug::parse(base).ok();
    }
    let suffix = format!("-{n}");
    let room = Slug::MAX_LEN.saturating_sub(suffix.len());
    let stem = base.get(..room.min(base.len())).unwrap_or(base).trim_end_matches('-');
    Slug::parse(&format!("{stem}{suffix}")).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_slugs_stay_valid() {
        assert_eq!(numbered_slug("kulturverein", 1).map(|s| s.as_str().to_owned()).as_deref(), Some("kulturverein"));
        assert_eq!(numbered_slug("kulturverein", 3).map(|s| s.as_str().to_owned()).as_deref(), Some("kulturverein-3"));
        let long = format!("{}-b", "a".repeat(77));
        let slug = numbered_slug(&long, 12);
        assert!(slug.as_ref().is_some_and(|s| s.as_str().len() <= Slug::MAX_LEN && s.as_str().ends_with("-12")), "{slug:?}");
    }

    #[test]
    fn error_codes_are_stable() {
        assert_eq!(ProposalError::InvalidEmail.code(), "invalid_email");
        assert_eq!(ProposalError::InvalidLink.code(), "invalid_link");
        assert_eq!(ProposalError::RateLimited { retry_after_secs: 1 }.code(), "rate_limited");
    }
}
