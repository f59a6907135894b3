//! The survey of associations: the survey (its questionnaire and dates as one record), and per
//! invited association one row holding its personal link's hash, the reminders, and its one
//! response (answers saved page by page, submitted, editable until the close date).

use super::StoreError;
use async_trait::async_trait;
use domain::ids::OrgId;
use domain::survey::{Answers, Delivery, Survey, SurveyId};

use super::JobId;

/// A survey to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSurvey {
    pub slug: String,
    pub survey: Survey,
    /// Unix seconds (from the `Clock`).
    pub at: i64,
}

/// A stored survey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyRecord {
    pub id: SurveyId,
    pub slug: String,
    pub survey: Survey,
    /// Counted up by every change, for compare-and-set.
    pub version: i64,
    /// Unix seconds of the last change.
    pub changed_at: i64,
}

/// An invited association and where its response stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitationRecord {
    pub organisation: OrgId,
    /// Unix seconds.
    pub invited_at: i64,
    pub reminded_at: Option<i64>,
    /// When answers were last saved (a page or the whole), if ever.
    pub saved_at: Option<i64>,
    pub submitted_at: Option<i64>,
    /// Where the mails with its current link are (from the job queue).
    pub delivery: Delivery,
}

/// The one response of an association.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseRecord {
    pub organisation: OrgId,
    pub answers: Answers,
    /// The page the respondent continues on (0-based).
    pub section: i64,
    /// Unix seconds.
    pub saved_at: i64,
    pub submitted_at: Option<i64>,
    /// "Update our profile with these answers" was ticked.
    pub profile_consent: bool,
}

/// Answers to save for an invited association.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveResponse<'a> {
    pub answers: &'a Answers,
    pub section: i64,
    /// Unix seconds.
    pub at: i64,
    /// Marks the response submitted (keeps the first submission time).
    pub submit: bool,
    pub profile_consent: bool,
}

/// Invited and responded, per survey: what the reports count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyCounts {
    pub survey: SurveyId,
    pub slug: String,
    /// Associations invited (up to the period's end) whose link went out: not those whose mail
    /// is still queued or failed for good (see [`Delivery`]).
    pub invited: i64,
    /// Responses submitted (within the period).
    pub responses: i64,
}

/// Storage of surveys, invitations and responses.
#[async_trait]
pub trait SurveyStore: Send + Sync + 'static {
    /// Stores a survey. A taken slug is [`StoreError::SlugTaken`].
    async fn create_survey(&self, new: &NewSurvey) -> Result<SurveyId, StoreError>;
    async fn survey_by_slug(&self, slug: &str) -> Result<Option<SurveyRecord>, StoreError>;
    async fn survey_by_id(&self, id: SurveyId) -> Result<Option<SurveyRecord>, StoreError>;
    /// Every survey, newest first.
    async fn surveys(&self) -> Result<Vec<SurveyRecord>, StoreError>;
    /// Replaces the survey if it is still at `version`: [`StoreError::Conflict`] when someone
    /// changed it meanwhile, [`StoreError::NotFound`] for an unknown survey.
    async fn update_survey(&self, id: SurveyId, survey: &Survey, version: i64, at: i64) -> Result<(), StoreError>;
    /// Invites an association with the hash of its personal link. `false` when it was invited
    /// already (its link and response stay as they are).
    async fn invite(&self, survey: SurveyId, org: OrgId, token_hash: &str, at: i64) -> Result<bool, StoreError>;
    /// Gives an invited association a new link (the old one stops working) and notes a
    /// reminder at `at`. [`StoreError::NotFound`] when it is not invited.
    async fn remind(&self, survey: SurveyId, org: OrgId, token_hash: &str, at: i64) -> Result<(), StoreError>;
    /// Records the mail jobs that carry an invited association's current link (one per
    /// recipient), replacing those of its earlier link: its [`InvitationRecord::delivery`] is
    /// read from their states.
    async fn record_mails(&self, survey: SurveyId, org: OrgId, jobs: &[JobId]) -> Result<(), StoreError>;
    /// The survey and association of a personal link.
    async fn invitation_by_token(&self, token_hash: &str) -> Result<Option<(SurveyId, OrgId)>, StoreError>;
    /// Every invitation of a survey, by association id.
    async fn invitations(&self, survey: SurveyId) -> Result<Vec<InvitationRecord>, StoreError>;
    /// The response of an association, once something was saved.
    async fn response(&self, survey: SurveyId, org: OrgId) -> Result<Option<ResponseRecord>, StoreError>;
    /// Saves an invited association's answers (all of them, replacing what was saved).
    /// [`StoreError::NotFound`] when it is not invited.
    async fn save_response(&self, survey: SurveyId, org: OrgId, save: &SaveResponse<'_>) -> Result<(), StoreError>;
    /// The submitted responses of a survey, by association id.
    async fn responses(&self, survey: SurveyId) -> Result<Vec<ResponseRecord>, StoreError>;
    /// Whether any association saved answers (then the questionnaire may only change in ways
    /// that keep them, see `domain::survey::check_change`).
    async fn has_answers(&self, survey: SurveyId) -> Result<bool, StoreError>;
    /// Per survey, the associations invited up to `until` and the responses submitted from
    /// `since` to `until` (Unix seconds, both inclusive; `None` is open), oldest survey first.
    async fn survey_counts(&self, since: Option<i64>, until: Option<i64>) -> Result<Vec<SurveyCounts>, StoreError>;
}
