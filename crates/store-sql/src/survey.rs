//! Surveys: the survey row (content as JSON beside slug, dates and version) and one row per
//! invited association with its link's hash and its response. Saving answers replaces them
//! whole; a change of the survey is a compare-and-set on `version`.

use app::ports::{InvitationRecord, JobId, NewSurvey, ResponseRecord, SaveResponse, StoreError, SurveyCounts, SurveyRecord, SurveyStore};
use async_trait::async_trait;
use domain::ids::OrgId;
use domain::survey::{Answers, Delivery, Survey, SurveyId};
use sqlx::types::Json;

use crate::rows::IdRow;
use crate::{db_error, is_unique_violation, Conn, Dialect, SqlStore, Statement, NETWORK};

const SURVEY: &str = "SELECT id, slug, content, version, changed_at FROM survey";

const RESPONSE: &str = "SELECT organisation_id, answers, section, saved_at, submitted_at, profile_consent FROM survey_invitation";

/// A survey as stored.
#[derive(sqlx::FromRow)]
struct SurveyRow {
    id: i64,
    slug: String,
    content: Json<Survey>,
    version: i64,
    changed_at: i64,
}

impl From<SurveyRow> for SurveyRecord {
    fn from(row: SurveyRow) -> Self {
        SurveyRecord { id: SurveyId(row.id), slug: row.slug, survey: row.content.0, version: row.version, changed_at: row.changed_at }
    }
}

#[derive(sqlx::FromRow)]
struct InvitationRow {
    organisation_id: i64,
    invited_at: i64,
    reminded_at: Option<i64>,
    saved_at: Option<i64>,
    submitted_at: Option<i64>,
    mails: i64,
    mails_sent: i64,
    mails_failed: i64,
}

/// Per invitation (`i`), the jobs of its current link's mails that the queue still has:
/// how many, how many sent, how many failed for good.
const MAIL_COUNTS: &str = "(SELECT COUNT(*) FROM survey_invitation_mail m JOIN job j ON j.id = m.job_id \
     WHERE m.survey_id = i.survey_id AND m.organisation_id = i.organisation_id) AS mails, \
     (SELECT COUNT(*) FROM survey_invitation_mail m JOIN job j ON j.id = m.job_id \
     WHERE m.survey_id = i.survey_id AND m.organisation_id = i.organisation_id AND j.state = 'done') AS mails_sent, \
     (SELECT COUNT(*) FROM survey_invitation_mail m JOIN job j ON j.id = m.job_id \
     WHERE m.survey_id = i.survey_id AND m.organisation_id = i.organisation_id AND j.state = 'failed') AS mails_failed";

/// An invitation (`i`) counts as invited once its link went out (see `Delivery::of`): it was
/// used, no mail of it is recorded, or one of them was sent.
const REACHED: &str = "(i.saved_at IS NOT NULL \
     OR NOT EXISTS (SELECT 1 FROM survey_invitation_mail m JOIN job j ON j.id = m.job_id \
         WHERE m.survey_id = i.survey_id AND m.organisation_id = i.organisation_id) \
     OR EXISTS (SELECT 1 FROM survey_invitation_mail m JOIN job j ON j.id = m.job_id \
         WHERE m.survey_id = i.survey_id AND m.organisation_id = i.organisation_id AND j.state = 'done'))";

#[derive(sqlx::FromRow)]
struct ResponseRow {
    organisation_id: i64,
    answers: Option<Json<Answers>>,
    section: i64,
    saved_at: Option<i64>,
    submitted_at: Option<i64>,
    profile_consent: bool,
}

impl ResponseRow {
    /// The response, once answers were saved.
    fn into_record(self) -> Option<ResponseRecord> {
        Some(ResponseRecord {
            organisation: OrgId(self.organisation_id),
            answers: self.answers?.0,
            section: self.section,
            saved_at: self.saved_at?,
            submitted_at: self.submitted_at,
            profile_consent: self.profile_consent,
        })
    }
}

#[derive(sqlx::FromRow)]
struct PairRow {
    survey_id: i64,
    organisation_id: i64,
}

#[derive(sqlx::FromRow)]
struct CountsRow {
    id: i64,
    slug: String,
    invited: i64,
    responses: i64,
}

#[async_trait]
impl<D: Dialect> SurveyStore for SqlStore<D> {
    async fn create_survey(&self, new: &NewSurvey) -> Result<SurveyId, StoreError> {
        let st = Statement::new(
            "INSERT INTO survey (network_id, slug, content, opens_at, closes_at, changed_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(NETWORK)
        .bind(&new.slug)
        .bind_json(&new.survey)?
        .bind(new.survey.opens_at)
        .bind(new.survey.closes_at)
        .bind(new.at);
        match self.db.fetch_optional::<IdRow>(st).await {
            Ok(Some(row)) => Ok(SurveyId(row.id)),
            Ok(None) => Err(StoreError::Unavailable("no id returned".into())),
            Err(e) if is_unique_violation(&e) => Err(StoreError::SlugTaken(new.slug.clone())),
            Err(e) => Err(db_error(e)),
        }
    }

    async fn survey_by_slug(&self, slug: &str) -> Result<Option<SurveyRecord>, StoreError> {
        let st = Statement::new(format!("{SURVEY} WHERE network_id = $1 AND slug = $2")).bind(NETWORK).bind(slug);
        Ok(self.db.fetch_optional::<SurveyRow>(st).await.map_err(db_error)?.map(Into::into))
    }

    async fn survey_by_id(&self, id: SurveyId) -> Result<Option<SurveyRecord>, StoreError> {
        let st = Statement::new(format!("{SURVEY} WHERE id = $1")).bind(id.0);
        Ok(self.db.fetch_optional::<SurveyRow>(st).await.map_err(db_error)?.map(Into::into))
    }

    async fn surveys(&self) -> Result<Vec<SurveyRecord>, StoreError> {
        let st = Statement::new(format!("{SURVEY} WHERE network_id = $1 ORDER BY id DESC")).bind(NETWORK);
        Ok(self.db.fetch_all::<SurveyRow>(st).await.map_err(db_error)?.into_iter().map(Into::into).collect())
    }

    async fn update_survey(&self, id: SurveyId, survey: &Survey, version: i64, at: i64) -> Result<(), StoreError> {
        let st = Statement::new(format!(
            "UPDATE survey SET content = $1, opens_at = $2, closes_at = $3, changed_at = $4, version = version + 1, updated_at = {} \
             WHERE id = $5 AND version = $6",
            D::NOW
        ))
        .bind_json(survey)?
        .bind(survey.opens_at)
        .bind(survey.closes_at)
        .bind(at)
        .bind(id.0)
        .bind(version);
        if self.db.execute(st).await.map_err(db_error)? == 0 {
            return Err(match self.survey_by_id(id).await? {
                Some(_) => StoreError::Conflict(format!("survey {id} changed meanwhile")),
                None => StoreError::NotFound(format!("survey {id}")),
            });
        }
        Ok(())
    }

    async fn invite(&self, survey: SurveyId, org: OrgId, token_hash: &str, at: i64) -> Result<bool, StoreError> {
        let st = Statement::new(
            "INSERT INTO survey_invitation (survey_id, organisation_id, token_hash, invited_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (survey_id, organisation_id) DO NOTHING",
        )
        .bind(survey.0)
        .bind(org.0)
        .bind(token_hash)
        .bind(at);
        Ok(self.db.execute(st).await.map_err(db_error)? == 1)
    }

    async fn remind(&self, survey: SurveyId, org: OrgId, token_hash: &str, at: i64) -> Result<(), StoreError> {
        let st = Statement::new(format!(
            "UPDATE survey_invitation SET token_hash = $1, reminded_at = $2, updated_at = {} WHERE survey_id = $3 AND organisation_id = $4",
            D::NOW
        ))
        .bind(token_hash)
        .bind(at)
        .bind(survey.0)
        .bind(org.0);
        match self.db.execute(st).await.map_err(db_error)? {
            0 => Err(StoreError::NotFound(format!("invitation of {org} to survey {survey}"))),
            _ => Ok(()),
        }
    }

    async fn invitation_by_token(&self, token_hash: &str) -> Result<Option<(SurveyId, OrgId)>, StoreError> {
        let st = Statement::new("SELECT survey_id, organisation_id FROM survey_invitation WHERE token_hash = $1").bind(token_hash);
        let row: Option<PairRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        Ok(row.map(|r| (SurveyId(r.survey_id), OrgId(r.organisation_id))))
    }

    async fn invitations(&self, survey: SurveyId) -> Result<Vec<InvitationRecord>, StoreError> {
        let st = Statement::new(format!(
            "SELECT i.organisation_id, i.invited_at, i.reminded_at, i.saved_at, i.submitted_at, {MAIL_COUNTS} \
             FROM survey_invitation i WHERE i.survey_id = $1 ORDER BY i.organisation_id"
        ))
        .bind(survey.0);
        let rows: Vec<InvitationRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|r| InvitationRecord {
                organisation: OrgId(r.organisation_id),
                invited_at: r.invited_at,
                reminded_at: r.reminded_at,
                saved_at: r.saved_at,
                submitted_at: r.submitted_at,
                delivery: Delivery::of(r.mails, r.mails_sent, r.mails_failed),
            })
            .collect())
    }

    async fn record_mails(&self, survey: SurveyId, org: OrgId, jobs: &[JobId]) -> Result<(), StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let invited: Option<PairRow> = tx
            .fetch_optional(
                Statement::new("SELECT survey_id, organisation_id FROM survey_invitation WHERE survey_id = $1 AND organisation_id = $2")
                    .bind(survey.0)
                    .bind(org.0),
            )
            .await
            .map_err(db_error)?;
        if invited.is_none() {
            return Err(StoreError::NotFound(format!("invitation of {org} to survey {survey}")));
        }
        let clear =
            Statement::new("DELETE FROM survey_invitation_mail WHERE survey_id = $1 AND organisation_id = $2").bind(survey.0).bind(org.0);
        tx.execute(clear).await.map_err(db_error)?;
        for job in jobs {
            let st = Statement::new("INSERT INTO survey_invitation_mail (survey_id, organisation_id, job_id) VALUES ($1, $2, $3)")
                .bind(survey.0)
                .bind(org.0)
                .bind(job.0);
            tx.execute(st).await.map_err(db_error)?;
        }
        tx.commit().await.map_err(db_error)
    }

    async fn response(&self, survey: SurveyId, org: OrgId) -> Result<Option<ResponseRecord>, StoreError> {
        let st = Statement::new(format!("{RESPONSE} WHERE survey_id = $1 AND organisation_id = $2")).bind(survey.0).bind(org.0);
        let row: Option<ResponseRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        Ok(row.and_then(ResponseRow::into_record))
    }

    async fn save_response(&self, survey: SurveyId, org: OrgId, save: &SaveResponse<'_>) -> Result<(), StoreError> {
        // A submission keeps its first time; saving a page later does not withdraw it.
        let st = Statement::new(format!(
            "UPDATE survey_invitation SET answers = $1, section = $2, saved_at = $3, \
             submitted_at = CASE WHEN $4 THEN COALESCE(submitted_at, $3) ELSE submitted_at END, \
             profile_consent = $5, updated_at = {} WHERE survey_id = $6 AND organisation_id = $7",
            D::NOW
        ))
        .bind_json(save.answers)?
        .bind(save.section)
        .bind(save.at)
        .bind(save.submit)
        .bind(save.profile_consent)
        .bind(survey.0)
        .bind(org.0);
        match self.db.execute(st).await.map_err(db_error)? {
            0 => Err(StoreError::NotFound(format!("invitation of {org} to survey {survey}"))),
            _ => Ok(()),
        }
    }

    async fn responses(&self, survey: SurveyId) -> Result<Vec<ResponseRecord>, StoreError> {
        let st =
            Statement::new(format!("{RESPONSE} WHERE survey_id = $1 AND submitted_at IS NOT NULL ORDER BY organisation_id")).bind(survey.0);
        let rows: Vec<ResponseRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        Ok(rows.into_iter().filter_map(ResponseRow::into_record).collect())
    }

    async fn has_answers(&self, survey: SurveyId) -> Result<bool, StoreError> {
        let st =
            Statement::new("SELECT organisation_id AS id FROM survey_invitation WHERE survey_id = $1 AND saved_at IS NOT NULL LIMIT 1")
                .bind(survey.0);
        Ok(self.db.fetch_optional::<IdRow>(st).await.map_err(db_error)?.is_some())
    }

    async fn survey_counts(&self, since: Option<i64>, until: Option<i64>) -> Result<Vec<SurveyCounts>, StoreError> {
        let st = Statement::new(format!(
            "SELECT s.id, s.slug, \
             (SELECT COUNT(*) FROM survey_invitation i WHERE i.survey_id = s.id AND i.invited_at <= $2 AND {REACHED}) AS invited, \
             (SELECT COUNT(*) FROM survey_invitation i WHERE i.survey_id = s.id AND i.submitted_at >= $1 AND i.submitted_at <= $2) AS responses \
             FROM survey s WHERE s.network_id = $3 ORDER BY s.id"
        ))
        .bind(since.unwrap_or(i64::MIN))
        .bind(until.unwrap_or(i64::MAX))
        .bind(NETWORK);
        let rows: Vec<CountsRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|r| SurveyCounts { survey: SurveyId(r.id), slug: r.slug, invited: r.invited, responses: r.responses })
            .collect())
    }
}
