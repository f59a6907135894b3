//! In-memory implementations of the ports, for use-case tests.

use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use domain::category::Category;
use domain::district::District;
use domain::ids::OrgId;
use domain::organisation::Organisation;
use domain::slug::Slug;

use domain::organisation::Profile;

use crate::mail::{MailError, Mailer, OutgoingMail};
use crate::ports::{
    Author, DirectoryStamp, DirectoryStore, Job, JobId, JobState, JobStore, JobSummary, NewOrganisation, OrgPosition, OrgRecord,
    PendingReview, Revision, RevisionInfo, StoreError,
};

#[derive(Default)]
struct State {
    categories: Vec<Category>,
    districts: Vec<District>,
    organisations: Vec<Organisation>,
    revisions: Vec<(OrgId, RevisionInfo)>,
    changes: i64,
}

/// A directory store in memory.
#[derive(Default)]
pub struct InMemoryDirectory {
    state: Mutex<State>,
}

impl InMemoryDirectory {
    fn with_state<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        match self.state.lock() {
            Ok(mut guard) => f(&mut guard),
            Err(poisoned) => f(&mut poisoned.into_inner()),
        }
    }
}

#[async_trait]
impl DirectoryStore for InMemoryDirectory {
    async fn ping(&self) -> Result<(), StoreError> {
        Ok(())
    }

    async fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.with_state(|s| s.organisations.is_empty()))
    }

    async fn categories(&self) -> Result<Vec<Category>, StoreError> {
        Ok(self.with_state(|s| {
            let mut list = s.categories.clone();
            list.sort_by_key(|c| c.position);
            list
        }))
    }

    async fn save_category(&self, category: &Category) -> Result<(), StoreError> {
        self.with_state(|s| {
            s.categories.retain(|c| c.key != category.key);
            s.categories.push(category.clone());
            s.changes += 1;
        });
        Ok(())
    }

    async fn districts(&self) -> Result<Vec<District>, StoreError> {
        Ok(self.with_state(|s| {
            let mut list = s.districts.clone();
            list.sort_by(|a, b| a.name.cmp(&b.name));
            list
        }))
    }

    async fn save_district(&self, district: &District) -> Result<(), StoreError> {
        self.with_state(|s| {
            s.districts.retain(|d| d.key != district.key);
            s.districts.push(district.clone());
            s.changes += 1;
        });
        Ok(())
    }

    async fn create_organisations(&self, batch: &[NewOrganisation], author: &Author) -> Result<Vec<OrgId>, StoreError> {
        self.with_state(|s| {
            for new in batch {
                let taken = s.organisations.iter().any(|o| o.slug == new.slug);
                let twice = batch.iter().filter(|o| o.slug == new.slug).count() > 1;
                if taken || twice {
                    return Err(StoreError::SlugTaken(new.slug.to_string()));
                }
            }
            let mut ids = Vec::new();
            for new in batch {
                let id = OrgId(s.organisations.len() as i64 + 1);
                s.organisations.push(Organisation {
                    id,
                    slug: new.slug.clone(),
                    profile: new.profile.clone(),
                    updated_at: format!("2026-01-01T00:00:{:02}Z", s.changes % 60),
                });
                s.revisions.push((
                    id,
                    RevisionInfo {
                        number: 1,
                        author: author.label(),
                        review_state: "approved".into(),
                        created_at: "2026-01-01T00:00:00Z".into(),
                        comment: None,
                        reviewed_by: None,
                        reviewed_at: None,
                    },
                ));
                ids.push(id);
            }
            s.changes += 1;
            Ok(ids)
        })
    }

    async fn organisation(&self, slug: &Slug) -> Result<Option<Organisation>, StoreError> {
        Ok(self.with_state(|s| s.organisations.iter().find(|o| &o.slug == slug).cloned()))
    }

    async fn published_organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        Ok(self.with_state(|s| s.organisations.clone()))
    }

    async fn revisions(&self, id: OrgId) -> Result<Vec<RevisionInfo>, StoreError> {
        Ok(self.with_state(|s| s.revisions.iter().filter(|(o, _)| *o == id).map(|(_, r)| r.clone()).collect()))
    }

    async fn revisions_by_author(&self, author: &str) -> Result<Vec<crate::ports::AuthoredRevision>, StoreError> {
        Ok(self.with_state(|s| {
            s.revisions
                .iter()
                .filter(|(_, r)| r.author == author)
                .filter_map(|(org, r)| {
                    let o = s.organisations.iter().find(|o| o.id == *org)?;
                    Some(crate::ports::AuthoredRevision {
                        org: *org,
                        slug: o.slug.clone(),
                        organisation: o.profile.name.clone(),
                        number: r.number,
                        review_state: r.review_state.clone(),
                        created_at: r.created_at.clone(),
                    })
                })
                .collect()
        }))
    }

    async fn directory_stamp(&self) -> Result<DirectoryStamp, StoreError> {
        Ok(self.with_state(|s| DirectoryStamp { organisations: s.organisations.len() as i64, last_change: s.changes.to_string() }))
    }

    async fn organisation_record(&self, id: OrgId) -> Result<Option<OrgRecord>, StoreError> {
        Ok(self.with_state(|s| s.organisations.iter().find(|o| o.id == id).map(record)))
    }

    async fn organisation_record_by_slug(&self, slug: &Slug) -> Result<Option<OrgRecord>, StoreError> {
        Ok(self.with_state(|s| s.organisations.iter().find(|o| &o.slug == slug).map(record)))
    }

    async fn revision(&self, _org: OrgId, _number: i64) -> Result<Option<Revision>, StoreError> {
        Err(unsupported())
    }

    async fn revision_history(&self, _org: OrgId) -> Result<Vec<Revision>, StoreError> {
        Err(unsupported())
    }

    async fn add_revision(&self, _org: OrgId, _profile: &Profile, _author: &Author, _publish: bool) -> Result<i64, StoreError> {
        Err(unsupported())
    }

    async fn review_revision(
        &self,
        _org: OrgId,
        _number: i64,
        _approve: bool,
        _comment: &str,
        _reviewer: &Author,
        _now: i64,
    ) -> Result<(), StoreError> {
        Err(unsupported())
    }

    async fn pending_reviews(&self) -> Result<Vec<PendingReview>, StoreError> {
        Ok(Vec::new())
    }

    async fn set_archived(&self, _org: OrgId, _archived: bool) -> Result<(), StoreError> {
        Err(unsupported())
    }

    async fn set_trusted(&self, _org: OrgId, _trusted: bool) -> Result<(), StoreError> {
        Err(unsupported())
    }

    async fn set_confirmed(&self, _org: OrgId, _now: i64) -> Result<(), StoreError> {
        Err(unsupported())
    }

    async fn confirmation_due(&self, _before: i64) -> Result<Vec<OrgRecord>, StoreError> {
        Err(unsupported())
    }

    async fn set_confirmation_sent(&self, _org: OrgId, _at: Option<i64>) -> Result<(), StoreError> {
        Err(unsupported())
    }

    async fn set_inactive_flag(&self, _org: OrgId, _at: Option<i64>) -> Result<(), StoreError> {
        Err(unsupported())
    }

    async fn flagged_inactive(&self) -> Result<Vec<OrgRecord>, StoreError> {
        Ok(Vec::new())
    }

    async fn create_proposal(&self, _slug: &Slug, _profile: &Profile, _author: &Author) -> Result<OrgId, StoreError> {
        Err(unsupported())
    }

    async fn all_positions(&self) -> Result<Vec<OrgPosition>, StoreError> {
        Ok(self
            .with_state(|s| s.organisations.iter().map(|o| (o.id, o.slug.clone(), o.profile.name.clone(), o.profile.position)).collect()))
    }
}

/// The fake keeps published organisations only; moderation is tested against the real stores
/// (`store-tests`).
fn unsupported() -> StoreError {
    StoreError::Unavailable("moderation is not supported by the in-memory directory".into())
}

fn record(o: &Organisation) -> OrgRecord {
    OrgRecord {
        id: o.id,
        slug: o.slug.clone(),
        name: o.profile.name.clone(),
        archived: false,
        trusted: false,
        approved: Some(1),
        confirmed_at: None,
        inactive_flagged_at: None,
        confirmation_sent_at: None,
        profile: Some(o.profile.clone()),
    }
}

/// A job queue in memory, with the same claiming rules as the storage adapters.
#[derive(Default)]
pub struct InMemoryJobs {
    jobs: Mutex<Vec<StoredJob>>,
}

#[derive(Clone)]
struct StoredJob {
    job: Job,
    state: JobState,
    run_at: SystemTime,
    locked_until: Option<SystemTime>,
    last_error: Option<String>,
}

impl InMemoryJobs {
    fn with_jobs<T>(&self, f: impl FnOnce(&mut Vec<StoredJob>) -> T) -> T {
        match self.jobs.lock() {
            Ok(mut guard) => f(&mut guard),
            Err(poisoned) => f(&mut poisoned.into_inner()),
        }
    }
}

#[async_trait]
impl JobStore for InMemoryJobs {
    async fn enqueue(&self, kind: &str, payload: &serde_json::Value, run_at: SystemTime) -> Result<JobId, StoreError> {
        Ok(self.with_jobs(|jobs| {
            let id = JobId(i64::try_from(jobs.len()).unwrap_or(i64::MAX) + 1);
            let job = Job { id, kind: kind.to_owned(), payload: payload.clone(), attempts: 0, max_attempts: 5 };
            jobs.push(StoredJob { job, state: JobState::Queued, run_at, locked_until: None, last_error: None });
            id
        }))
    }

    async fn claim_next(&self, now: SystemTime, lease: Duration) -> Result<Option<Job>, StoreError> {
        Ok(self.with_jobs(|jobs| {
            let lease_ended = |j: &StoredJob| j.state == JobState::Running && j.locked_until.is_some_and(|t| t <= now);
            for j in jobs.iter_mut().filter(|j| lease_ended(j) && j.job.attempts >= j.job.max_attempts) {
                j.state = JobState::Failed;
                j.locked_until = None;
            }
            let due = jobs
                .iter_mut()
                .filter(|j| j.job.attempts < j.job.max_attempts && ((j.state == JobState::Queued && j.run_at <= now) || lease_ended(j)))
                .min_by_key(|j| (j.run_at, j.job.id))?;
            due.state = JobState::Running;
            due.job.attempts += 1;
            due.locked_until = Some(now + lease);
            Some(due.job.clone())
        }))
    }

    async fn complete(&self, id: JobId) -> Result<(), StoreError> {
        self.with_jobs(|jobs| {
            if let Some(j) = jobs.iter_mut().find(|j| j.job.id == id && j.state == JobState::Running) {
                j.state = JobState::Done;
                j.locked_until = None;
            }
        });
        Ok(())
    }

    async fn fail(&self, id: JobId, error: &str, retry_at: Option<SystemTime>) -> Result<Option<JobState>, StoreError> {
        Ok(self.with_jobs(|jobs| {
            let j = jobs.iter_mut().find(|j| j.job.id == id && j.state == JobState::Running)?;
            match retry_at.filter(|_| j.job.attempts < j.job.max_attempts) {
                Some(at) => {
                    j.state = JobState::Queued;
                    j.run_at = at;
                }
                None => j.state = JobState::Failed,
            }
            j.locked_until = None;
            j.last_error = Some(error.to_owned());
            Some(j.state)
        }))
    }

    async fn recent_jobs(&self, limit: u32) -> Result<Vec<JobSummary>, StoreError> {
        Ok(self.with_jobs(|jobs| {
            jobs.iter()
                .rev()
                .take(usize::try_from(limit).unwrap_or(usize::MAX))
                .map(|j| JobSummary {
                    id: j.job.id,
                    kind: j.job.kind.clone(),
                    state: j.state,
                    attempts: j.job.attempts,
                    max_attempts: j.job.max_attempts,
                    run_at: j.run_at,
                    last_error: j.last_error.clone(),
                    created_at: String::new(),
                    updated_at: String::new(),
                })
                .collect()
        }))
    }
}

/// Makes the error a failing [`RecordingMailer`] answers with, e.g. `MailError::Unavailable`.
pub type MailFailure = fn(String) -> MailError;

/// A mailer that keeps what it was given; it can be told to fail.
#[derive(Default)]
pub struct RecordingMailer {
    sent: Mutex<Vec<OutgoingMail>>,
    failure: Mutex<Option<MailFailure>>,
}

impl RecordingMailer {
    /// The mail sent so far, oldest first.
    pub fn sent(&self) -> Vec<OutgoingMail> {
        match self.sent.lock() {
            Ok(sent) => sent.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// From now on every send fails with the error `failure` makes (e.g. `MailError::Unavailable`); `None`: succeed again.
    pub fn fail_with(&self, failure: Option<MailFailure>) {
        match self.failure.lock() {
            Ok(mut f) => *f = failure,
            Err(poisoned) => *poisoned.into_inner() = failure,
        }
    }
}

#[async_trait]
impl Mailer for RecordingMailer {
    async fn send(&self, mail: &OutgoingMail) -> Result<(), MailError> {
        let failure = match self.failure.lock() {
            Ok(f) => *f,
            Err(poisoned) => *poisoned.into_inner(),
        };
        if let Some(failure) = failure {
            return Err(failure("test failure".to_owned()));
        }
        match self.sent.lock() {
            Ok(mut sent) => sent.push(mail.clone()),
            Err(poisoned) => poisoned.into_inner().push(mail.clone()),
        }
        Ok(())
    }
}
