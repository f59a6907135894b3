//! The survey of associations: the office's list and dashboard, invitations with a personal
//! link per association, and the respondent's form answered page by page through that link.

mod build;
mod dashboard;
mod export;
mod invite;
mod respond;

use std::sync::Arc;

use domain::survey::{SurveyId, SurveyStatus};

use crate::accounts::sign_in::Viewer;
use crate::accounts::tokens::{hash_secret, new_secret};
use crate::ports::{AccountStore, Clock, DirectoryStore, RevisionStore, StoreError, SurveyRecord, SurveyStore};

pub use build::{check_save, BuildError};
pub use dashboard::{build as build_dashboard, Dashboard, Facets, Filter, Grouping, QuestionResult};
pub use export::csv;
pub use invite::{reached, InvitationsView, InvitedRow, Reminded, SendReminders, Sent, SEND_REMINDERS};
pub use respond::{Action, Form, PageOutcome};

/// The stores the survey use cases reach, and the time.
pub struct Surveys {
    pub store: Arc<dyn SurveyStore>,
    /// The associations (MSO, fields, district) for filters and cross-tabs; the category list.
    pub directory: Arc<dyn DirectoryStore>,
    /// The directory's in-memory index, when the process has one: the dashboard reads the
    /// associations' MSO, fields and district from it instead of every profile from the store.
    pub index: Option<Arc<crate::directory::Directory>>,
    /// The editors of an association (who gets its invitation), their languages.
    pub accounts: Arc<dyn AccountStore>,
    /// Where a consented profile update goes: a pending revision the office reviews.
    pub revisions: Arc<dyn RevisionStore>,
    pub clock: Arc<dyn Clock>,
}

/// Why a survey use case did nothing.
#[derive(Debug, thiserror::Error)]
pub enum SurveyError {
    #[error("not allowed")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// The survey takes no answers (not open yet, or closed).
    #[error("survey not open")]
    NotOpen,
    #[error(transparent)]
    Store(StoreError),
}

impl SurveyError {
    /// The message id of a refusal the page shows.
    pub fn code(&self) -> &'static str {
        match self {
            SurveyError::Forbidden => "forbidden",
            SurveyError::NotFound => "survey-not-found",
            SurveyError::NotOpen => "survey-not-open",
            SurveyError::Store(_) => "unavailable",
        }
    }
}

impl From<StoreError> for SurveyError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound(_) => SurveyError::NotFound,
            other => SurveyError::Store(other),
        }
    }
}

/// One line of the survey list (the office's page and `knotenpunkt survey list`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SurveySummary {
    pub slug: String,
    pub title: String,
    pub status: &'static str,
    pub invited: i64,
    pub responses: i64,
}

impl Surveys {
    pub fn new(stores: &crate::ports::Stores) -> Self {
        Surveys {
            store: stores.survey.clone(),
            directory: stores.directory.clone(),
            index: None,
            accounts: stores.accounts.clone(),
            revisions: stores.revisions.clone(),
            clock: stores.clock.clone(),
        }
    }

    /// Reads the associations for the dashboard from the directory's index.
    pub fn with_index(mut self, directory: Arc<crate::directory::Directory>) -> Self {
        self.index = Some(directory);
        self
    }

    fn now(&self) -> i64 {
        self.clock.now().unix_secs()
    }

    /// The survey by slug, or `NotFound`.
    pub async fn by_slug(&self, slug: &str) -> Result<SurveyRecord, SurveyError> {
        self.store.survey_by_slug(slug).await?.ok_or(SurveyError::NotFound)
    }

    /// Where the survey is in its life now.
    pub fn status(&self, record: &SurveyRecord) -> SurveyStatus {
        record.survey.status(self.now())
    }

    /// Every survey with its counts, newest first (German titles).
    pub async fn summaries(&self) -> Result<Vec<SurveySummary>, SurveyError> {
        let counts = self.store.survey_counts(None, None).await?;
        let now = self.now();
        Ok(self
            .store
            .surveys()
            .await?
            .into_iter()
            .map(|r| {
                let c = counts.iter().find(|c| c.survey == r.id);
                SurveySummary {
                    title: r.survey.title.choose("de").map(|c| c.text.to_owned()).unwrap_or_default(),
                    status: r.survey.status(now).key(),
                    invited: c.map_or(0, |c| c.invited),
                    responses: c.map_or(0, |c| c.responses),
                    slug: r.slug,
                }
            })
            .collect())
    }

    /// Invites associations to a survey (the office only): each new one gets a personal link,
    /// returned with it as `(association, secret)` for the mail; the database keeps its hash.
    /// Associations invited already keep their link and are not returned.
    pub async fn invite(
        &self,
        viewer: Option<&Viewer>,
        survey: SurveyId,
        orgs: &[domain::ids::OrgId],
    ) -> Result<Vec<(domain::ids::OrgId, String)>, SurveyError> {
        if viewer.is_some_and(|v| !v.is_staff()) {
            return Err(SurveyError::Forbidden);
        }
        let at = self.now();
        let mut links = Vec::new();
        for org in orgs {
            let secret = new_secret();
            if self.store.invite(survey, *org, &hash_secret(&secret), at).await? {
                links.push((*org, secret));
            }
        }
        Ok(links)
    }
}
