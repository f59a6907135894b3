//! Rows as both databases return them (named fields, decoded by `sqlx::FromRow`), and how each
//! becomes an entity. Bad stored data is reported as [`StoreError::Corrupt`].

use app::ports::{
    AuditEvent, Author, AuthoredRevision, Claim, Introduction, MemberRole, Membership, OrgPosition, OrgRecord, ParkedForm,
    PendingInvitation, PendingReview, ReviewState, Revision, RevisionInfo, SessionRecord, StoreError, UsedToken, User, RESTORED_PREFIX,
};
use domain::accounts::{EmailAddress, Role, UserId};
use domain::category::Category;
use domain::district::District;
use domain::geo::GeoPoint;
use domain::ids::OrgId;
use domain::localized::LocalizedText;
use domain::marketplace::{IntroductionState, Item, ItemContent, ItemId, ItemKind};
use domain::organisation::{Organisation, Profile};
use domain::slug::Slug;
use sqlx::types::Json;

use crate::corrupt;

fn slug(text: &str) -> Result<Slug, StoreError> {
    Slug::parse(text).map_err(|e| StoreError::Corrupt(format!("slug {text:?}: {e}")))
}

fn email(text: &str) -> Result<EmailAddress, StoreError> {
    EmailAddress::parse(text).map_err(corrupt)
}

fn point(lat: Option<f64>, lon: Option<f64>) -> Result<Option<GeoPoint>, StoreError> {
    match (lat, lon) {
        (Some(lat), Some(lon)) => Ok(Some(GeoPoint::new(lat, lon).map_err(corrupt)?)),
        _ => Ok(None),
    }
}

/// A single id, e.g. from `INSERT … RETURNING id`.
#[derive(sqlx::FromRow)]
pub struct IdRow {
    pub id: i64,
}

/// A single count.
#[derive(sqlx::FromRow)]
pub struct CountRow {
    pub n: i64,
}

/// A single text.
#[derive(sqlx::FromRow)]
pub struct TextRow {
    pub text: String,
}

#[derive(sqlx::FromRow)]
pub struct CategoryRow {
    pub key: String,
    pub position: i32,
    pub labels: Json<LocalizedText>,
}

impl From<CategoryRow> for Category {
    fn from(row: CategoryRow) -> Self {
        Category { key: row.key, position: row.position, labels: row.labels.0 }
    }
}

#[derive(sqlx::FromRow)]
pub struct DistrictRow {
    pub key: String,
    pub name: String,
    pub centre_lat: Option<f64>,
    pub centre_lon: Option<f64>,
    pub postcodes: Json<Vec<String>>,
    pub neighbours: Json<Vec<String>>,
}

impl DistrictRow {
    pub fn into_district(self) -> Result<District, StoreError> {
        Ok(District {
            key: self.key,
            name: self.name,
            centre: point(self.centre_lat, self.centre_lon)?,
            postcodes: self.postcodes.0,
            neighbours: self.neighbours.0,
        })
    }
}

/// A published organisation: its approved content and change time.
#[derive(sqlx::FromRow)]
pub struct OrganisationRow {
    pub id: i64,
    pub slug: String,
    pub content: Json<Profile>,
    pub updated_at: String,
}

impl OrganisationRow {
    pub fn into_organisation(self) -> Result<Organisation, StoreError> {
        Ok(Organisation { id: OrgId(self.id), slug: slug(&self.slug)?, profile: self.content.0, updated_at: self.updated_at })
    }
}

/// An organisation whatever its state, with its approved revision's number and content.
#[derive(sqlx::FromRow)]
pub struct OrgRecordRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub archived: bool,
    pub trusted: bool,
    pub approved: Option<i64>,
    pub confirmed_at: Option<i64>,
    pub inactive_flagged_at: Option<i64>,
    pub confirmation_sent_at: Option<i64>,
    pub content: Option<Json<Profile>>,
}

impl OrgRecordRow {
    pub fn into_record(self) -> Result<OrgRecord, StoreError> {
        Ok(OrgRecord {
            id: OrgId(self.id),
            slug: slug(&self.slug)?,
            name: self.name,
            archived: self.archived,
            trusted: self.trusted,
            approved: self.approved,
            confirmed_at: self.confirmed_at,
            inactive_flagged_at: self.inactive_flagged_at,
            confirmation_sent_at: self.confirmation_sent_at,
            profile: self.content.map(|c| c.0),
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct RevisionInfoRow {
    pub number: i64,
    pub author: String,
    pub review_state: String,
    pub created_at: String,
    pub review_comment: Option<String>,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<i64>,
}

fn author(label: &str) -> Result<Author, StoreError> {
    Author::parse(label).ok_or_else(|| StoreError::Corrupt(format!("author {label:?}")))
}

fn review_state(key: &str) -> Result<ReviewState, StoreError> {
    ReviewState::from_key(key).ok_or_else(|| StoreError::Corrupt(format!("review state {key:?}")))
}

impl RevisionInfoRow {
    pub fn into_info(self) -> Result<RevisionInfo, StoreError> {
        Ok(RevisionInfo {
            number: self.number,
            author: author(&self.author)?,
            review_state: review_state(&self.review_state)?,
            created_at: self.created_at,
            restored_from: self.review_comment.as_deref().and_then(|c| c.strip_prefix(RESTORED_PREFIX)).and_then(|n| n.parse().ok()),
            comment: self.review_comment.filter(|c| !c.starts_with(RESTORED_PREFIX)),
            reviewed_by: self.reviewed_by.as_deref().map(author).transpose()?,
            reviewed_at: self.reviewed_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct RevisionRow {
    #[sqlx(flatten)]
    pub info: RevisionInfoRow,
    pub content: Json<Profile>,
}

impl RevisionRow {
    pub fn into_revision(self) -> Result<Revision, StoreError> {
        Ok(Revision { info: self.info.into_info()?, profile: self.content.0 })
    }
}

#[derive(sqlx::FromRow)]
pub struct AuthoredRevisionRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub number: i64,
    pub review_state: String,
    pub created_at: String,
}

impl AuthoredRevisionRow {
    pub fn into_authored(self) -> Result<AuthoredRevision, StoreError> {
        Ok(AuthoredRevision {
            org: OrgId(self.id),
            slug: slug(&self.slug)?,
            organisation: self.name,
            number: self.number,
            review_state: review_state(&self.review_state)?,
            created_at: self.created_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct PendingReviewRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub number: i64,
    pub author: String,
    pub created_at: String,
    pub is_new: bool,
}

impl PendingReviewRow {
    pub fn into_pending(self) -> Result<PendingReview, StoreError> {
        Ok(PendingReview {
            org: OrgId(self.id),
            slug: slug(&self.slug)?,
            name: self.name,
            number: self.number,
            author: author(&self.author)?,
            created_at: self.created_at,
            is_new: self.is_new,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct PositionRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

impl PositionRow {
    pub fn into_position(self) -> Result<OrgPosition, StoreError> {
        Ok((OrgId(self.id), slug(&self.slug)?, self.name, point(self.lat, self.lon)?))
    }
}

#[derive(sqlx::FromRow)]
pub struct ItemRow {
    pub id: i64,
    pub organisation_id: i64,
    pub kind: String,
    pub content: Json<ItemContent>,
    pub status: String,
}

impl ItemRow {
    /// The item and whether it is open.
    pub fn into_item(self) -> Result<(Item, bool), StoreError> {
        let kind = match self.kind.as_str() {
            "offer" => ItemKind::Offer,
            "need" => ItemKind::Need,
            other => return Err(StoreError::Corrupt(format!("unknown item kind {other}"))),
        };
        let item = Item { id: ItemId(self.id), org: OrgId(self.organisation_id), kind, content: self.content.0 };
        Ok((item, self.status == "open"))
    }
}

#[derive(sqlx::FromRow)]
pub struct IntroductionRow {
    pub id: i64,
    pub need_id: i64,
    pub offer_id: i64,
    pub requester_org: i64,
    pub responder_org: i64,
    pub requested_by: i64,
    pub responded_by: Option<i64>,
    pub state: String,
    pub message: String,
    pub updated_at: String,
    pub agreed_at: Option<i64>,
}

impl IntroductionRow {
    pub fn into_introduction(self) -> Result<Introduction, StoreError> {
        let state = IntroductionState::from_key(&self.state)
            .ok_or_else(|| StoreError::Corrupt(format!("unknown introduction state {}", self.state)))?;
        Ok(Introduction {
            id: self.id,
            need: ItemId(self.need_id),
            offer: ItemId(self.offer_id),
            requester_org: OrgId(self.requester_org),
            responder_org: OrgId(self.responder_org),
            requested_by: UserId(self.requested_by),
            responded_by: self.responded_by.map(UserId),
            state,
            message: self.message,
            updated_at: self.updated_at,
            agreed_at: self.agreed_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub password_hash: String,
    pub disabled: bool,
    pub email_verified: bool,
    pub totp_secret: Option<String>,
    pub totp_last_step: Option<i64>,
    pub created_at: String,
    pub language: Option<String>,
}

impl UserRow {
    pub fn into_user(self) -> Result<User, StoreError> {
        Ok(User {
            id: UserId(self.id),
            email: email(&self.email)?,
            role: Role::from_key(&self.role).map_err(corrupt)?,
            password_hash: self.password_hash,
            disabled: self.disabled,
            email_verified: self.email_verified,
            totp_secret: self.totp_secret,
            totp_last_step: self.totp_last_step,
            created_at: self.created_at,
            // A language no longer offered falls back to the instance's.
            language: self.language.as_deref().and_then(domain::language::UiLocale::parse),
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct SessionRow {
    pub user_id: i64,
    pub second_factor_done: bool,
    pub started_at: i64,
    pub last_seen_at: i64,
}

impl From<SessionRow> for SessionRecord {
    fn from(row: SessionRow) -> Self {
        SessionRecord {
            user: UserId(row.user_id),
            second_factor_done: row.second_factor_done,
            started_at: row.started_at,
            last_seen_at: row.last_seen_at,
        }
    }
}

#[derive(sqlx::FromRow)]
pub struct TokenRow {
    pub user_id: Option<i64>,
    pub email: Option<String>,
    pub organisation_id: Option<i64>,
    pub payload: String,
}

impl TokenRow {
    pub fn into_used(self) -> Result<UsedToken, StoreError> {
        Ok(UsedToken {
            user: self.user_id.map(UserId),
            email: self.email.as_deref().map(email).transpose()?,
            organisation: self.organisation_id.map(OrgId),
            payload: self.payload,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct PendingInvitationRow {
    pub email: String,
    pub payload: String,
    pub expires_at: i64,
}

impl PendingInvitationRow {
    pub fn into_pending(self) -> Result<PendingInvitation, StoreError> {
        Ok(PendingInvitation { email: email(&self.email)?, payload: self.payload, expires_at: self.expires_at })
    }
}

#[derive(sqlx::FromRow)]
pub struct MembershipRow {
    pub user_id: i64,
    pub organisation_id: i64,
    pub role: String,
}

impl MembershipRow {
    pub fn into_membership(self) -> Result<Membership, StoreError> {
        let role = MemberRole::from_key(&self.role).ok_or_else(|| StoreError::Corrupt(format!("unknown membership role {}", self.role)))?;
        Ok(Membership { user: UserId(self.user_id), organisation: OrgId(self.organisation_id), role })
    }
}

#[derive(sqlx::FromRow)]
pub struct MemberRow {
    #[sqlx(flatten)]
    pub membership: MembershipRow,
    pub email: String,
}

impl MemberRow {
    pub fn into_member(self) -> Result<(Membership, EmailAddress), StoreError> {
        Ok((self.membership.into_membership()?, email(&self.email)?))
    }
}

#[derive(sqlx::FromRow)]
pub struct SubscriberRow {
    pub id: i64,
    pub email: String,
}

impl SubscriberRow {
    pub fn into_subscriber(self) -> Result<(UserId, EmailAddress), StoreError> {
        Ok((UserId(self.id), email(&self.email)?))
    }
}

#[derive(sqlx::FromRow)]
pub struct ClaimRow {
    pub id: i64,
    pub user_id: i64,
    pub email: String,
    pub organisation_id: i64,
    pub message: String,
    pub created_at: String,
}

impl ClaimRow {
    pub fn into_claim(self) -> Result<Claim, StoreError> {
        Ok(Claim {
            id: self.id,
            user: UserId(self.user_id),
            email: email(&self.email)?,
            organisation: OrgId(self.organisation_id),
            message: self.message,
            created_at: self.created_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct ClaimantRow {
    pub user_id: i64,
    pub organisation_id: i64,
}

#[derive(sqlx::FromRow)]
pub struct AuditRow {
    pub actor: String,
    pub action: String,
    pub target: String,
    pub detail: String,
    pub created_at: String,
}

impl From<AuditRow> for AuditEvent {
    fn from(row: AuditRow) -> Self {
        AuditEvent { actor: row.actor, action: row.action, target: row.target, detail: row.detail, at: row.created_at }
    }
}

#[derive(sqlx::FromRow)]
pub struct ParkedFormRow {
    pub secret_hash: String,
    pub path: String,
    pub body: String,
    pub expires_at: i64,
}

impl From<ParkedFormRow> for ParkedForm {
    fn from(row: ParkedFormRow) -> Self {
        ParkedForm { secret_hash: row.secret_hash, path: row.path, body: row.body, expires_at: row.expires_at }
    }
}

#[derive(sqlx::FromRow)]
pub struct LogoRow {
    pub png: Vec<u8>,
    pub width: i32,
    pub height: i32,
}

#[derive(sqlx::FromRow)]
pub struct LogoUsageRow {
    pub logos: i64,
    pub bytes: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(email: &str, role: &str) -> UserRow {
        UserRow {
            id: 1,
            email: email.into(),
            role: role.into(),
            password_hash: String::new(),
            disabled: false,
            email_verified: false,
            totp_secret: None,
            totp_last_step: None,
            created_at: String::new(),
            language: None,
        }
    }

    fn item(kind: &str) -> ItemRow {
        let content: ItemContent =
            serde_json::from_str(r#"{"title":"Saal","description":"","category":"rooms","languages":[],"text_lang":"de"}"#)
                .unwrap_or_else(|e| panic!("{e}"));
        ItemRow { id: 1, organisation_id: 1, kind: kind.into(), content: Json(content), status: "open".into() }
    }

    fn organisation(slug: &str) -> OrganisationRow {
        let profile: Profile = serde_json::from_str(r#"{"name":"x","legal_form":"other"}"#).unwrap_or_else(|e| panic!("{e}"));
        OrganisationRow { id: 1, slug: slug.into(), content: Json(profile), updated_at: String::new() }
    }

    #[test]
    fn bad_stored_data_is_reported_as_corrupt() {
        assert!(matches!(item("gift").into_item(), Err(StoreError::Corrupt(_))));
        assert!(item("offer").into_item().is_ok());
        assert!(matches!(organisation("Not A Slug").into_organisation(), Err(StoreError::Corrupt(_))));
        assert!(organisation("ok").into_organisation().is_ok());
        assert!(matches!(user("no-at-sign", "administrator").into_user(), Err(StoreError::Corrupt(_))));
        assert!(matches!(user("a@example.de", "king").into_user(), Err(StoreError::Corrupt(_))));
        assert!(user("a@example.de", "coordinator").into_user().is_ok());
        let membership = |role: &str| MembershipRow { user_id: 1, organisation_id: 2, role: role.into() };
        assert!(membership("owner").into_membership().is_ok());
        assert!(matches!(membership("boss").into_membership(), Err(StoreError::Corrupt(_))));
    }
}
