//! The inbox: cases, their append-only history and their private links. A change of a case is
//! one transaction that checks the status it was decided on, updates the case, appends its
//! entries and stores a further private link when it brings one.

use app::ports::{CaseChange, CaseEntry, CaseFilter, CaseRecord, CaseTimes, EntryKind, InboxStore, NewCase, StoreError};
use async_trait::async_trait;
use domain::accounts::{EmailAddress, UserId};
use domain::ids::OrgId;
use domain::inbox::{CaseId, CaseKind, CaseStatus, Outcome, ResponseTimes};
use domain::language::UiLocale;
use sqlx::types::Json;

use crate::rows::IdRow;
use crate::{corrupt, db_error, Conn, Dialect, SqlStore, Statement, TxOf, NETWORK};

const CASE_COLUMNS: &str = "id, kind, topic, body, email, language, concerns, sender_id, on_behalf_id, status, assignee_id, \
     outcome, merged_into, arrived_at, changed_at, first_answer_at, closed_at";

#[derive(sqlx::FromRow)]
struct CaseRow {
    id: i64,
    kind: String,
    topic: Option<String>,
    body: String,
    email: String,
    language: String,
    concerns: Json<Vec<String>>,
    sender_id: Option<i64>,
    on_behalf_id: Option<i64>,
    status: String,
    assignee_id: Option<i64>,
    outcome: Option<String>,
    merged_into: Option<i64>,
    arrived_at: i64,
    changed_at: i64,
    first_answer_at: Option<i64>,
    closed_at: Option<i64>,
}

impl TryFrom<CaseRow> for CaseRecord {
    type Error = StoreError;

    fn try_from(row: CaseRow) -> Result<Self, StoreError> {
        let bad = |what: &str, value: &str| StoreError::Corrupt(format!("inbox case {}: {what} {value:?}", row.id));
        Ok(CaseRecord {
            id: CaseId(row.id),
            kind: CaseKind::parse(&row.kind).ok_or_else(|| bad("kind", &row.kind))?,
            topic: row.topic.clone(),
            text: row.body.clone(),
            email: EmailAddress::parse(&row.email).map_err(|_| bad("email", &row.email))?,
            language: UiLocale::parse(&row.language).ok_or_else(|| bad("language", &row.language))?,
            concerns: row.concerns.0.clone(),
            sender: row.sender_id.map(UserId),
            on_behalf: row.on_behalf_id.map(OrgId),
            status: CaseStatus::parse(&row.status).ok_or_else(|| bad("status", &row.status))?,
            assignee: row.assignee_id.map(UserId),
            outcome: match &row.outcome {
                Some(key) => Some(Outcome::parse(key).ok_or_else(|| bad("outcome", key))?),
                None => None,
            },
            merged_into: row.merged_into.map(CaseId),
            created_at: row.arrived_at,
            changed_at: row.changed_at,
            first_answer_at: row.first_answer_at,
            closed_at: row.closed_at,
        })
    }
}

#[derive(sqlx::FromRow)]
struct EntryRow {
    kind: String,
    author: String,
    body: String,
    at: i64,
}

#[derive(sqlx::FromRow)]
struct StatusRow {
    status: String,
}

fn records(rows: Vec<CaseRow>) -> Result<Vec<CaseRecord>, StoreError> {
    rows.into_iter().map(CaseRecord::try_from).collect()
}

fn select_cases(condition: &'static str) -> String {
    format!("SELECT {CASE_COLUMNS} FROM inbox_case WHERE network_id = $1 AND {condition}")
}

async fn append<D: Dialect>(tx: &mut TxOf<D>, id: CaseId, entry: &CaseEntry) -> Result<(), StoreError> {
    let st = Statement::new("INSERT INTO inbox_entry (case_id, kind, author, body, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id.0)
        .bind(entry.kind.key())
        .bind(&entry.author)
        .bind(&entry.body)
        .bind(entry.at);
    tx.execute(st).await.map_err(db_error)?;
    Ok(())
}

/// The case's status inside the transaction, after taking its row for writing.
async fn status_of<D: Dialect>(tx: &mut TxOf<D>, id: CaseId) -> Result<CaseStatus, StoreError> {
    let st =
        Statement::new(format!("SELECT status FROM inbox_case WHERE id = $1 AND network_id = $2{}", D::ROW_LOCK)).bind(id.0).bind(NETWORK);
    let row =
        tx.fetch_optional::<StatusRow>(st).await.map_err(db_error)?.ok_or_else(|| StoreError::NotFound(format!("inbox case {id}")))?;
    CaseStatus::parse(&row.status).ok_or_else(|| corrupt(format!("inbox case {id}: status {:?}", row.status)))
}

#[async_trait]
impl<D: Dialect> InboxStore for SqlStore<D> {
    async fn create_case(&self, case: &NewCase) -> Result<CaseId, StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let st = Statement::new(
            "INSERT INTO inbox_case (network_id, kind, topic, body, email, language, concerns, sender_id, on_behalf_id, access_hash, \
             arrived_at, changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
        )
        .bind(NETWORK)
        .bind(case.kind.key())
        .bind(case.topic.as_deref())
        .bind(&case.text)
        .bind(case.email.as_str())
        .bind(case.language.code())
        .bind_json(&case.concerns)?
        .bind(case.sender.map(|u| u.0))
        .bind(case.on_behalf.map(|o| o.0))
        .bind(&case.access_hash)
        .bind(case.at);
        let id = CaseId(tx.fetch_one::<IdRow>(st).await.map_err(db_error)?.id);
        let author = case.sender.map_or_else(|| "sender".to_owned(), |u| format!("user:{u}"));
        append::<D>(&mut tx, id, &CaseEntry { kind: EntryKind::Event, author, body: "created".into(), at: case.at }).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(id)
    }

    async fn case(&self, id: CaseId) -> Result<Option<CaseRecord>, StoreError> {
        let st = Statement::new(select_cases("id = $2")).bind(NETWORK).bind(id.0);
        self.db.fetch_optional::<CaseRow>(st).await.map_err(db_error)?.map(CaseRecord::try_from).transpose()
    }

    async fn case_by_access(&self, access_hash: &str) -> Result<Option<CaseRecord>, StoreError> {
        let st = Statement::new(select_cases("(access_hash = $2 OR id IN (SELECT case_id FROM inbox_case_link WHERE access_hash = $2))"))
            .bind(NETWORK)
            .bind(access_hash);
        self.db.fetch_optional::<CaseRow>(st).await.map_err(db_error)?.map(CaseRecord::try_from).transpose()
    }

    async fn queue(&self, filter: &CaseFilter) -> Result<Vec<CaseRecord>, StoreError> {
        let st = Statement::new(format!(
            "{} ORDER BY arrived_at, id",
            select_cases(
                "($2 IS NULL OR status = $2) AND ($3 = FALSE OR status <> 'done') AND ($4 IS NULL OR kind = $4) \
                 AND ($5 IS NULL OR topic = $5) AND ($6 IS NULL OR assignee_id = $6) AND ($7 IS NULL OR arrived_at <= $7)"
            )
        ))
        .bind(NETWORK)
        .bind(filter.status.map(CaseStatus::key))
        .bind(filter.open_only)
        .bind(filter.kind.map(CaseKind::key))
        .bind(filter.topic.as_deref())
        .bind(filter.assignee.map(|u| u.0))
        .bind(filter.arrived_before);
        records(self.db.fetch_all(st).await.map_err(db_error)?)
    }

    async fn cases_of_sender(&self, sender: UserId) -> Result<Vec<CaseRecord>, StoreError> {
        let st =
            Statement::new(format!("{} ORDER BY arrived_at DESC, id DESC", select_cases("sender_id = $2"))).bind(NETWORK).bind(sender.0);
        records(self.db.fetch_all(st).await.map_err(db_error)?)
    }

    async fn cases_of_association(&self, organisation: OrgId) -> Result<Vec<CaseRecord>, StoreError> {
        let st = Statement::new(format!("{} ORDER BY arrived_at DESC, id DESC", select_cases("on_behalf_id = $2")))
            .bind(NETWORK)
            .bind(organisation.0);
        records(self.db.fetch_all(st).await.map_err(db_error)?)
    }

    async fn entries(&self, id: CaseId) -> Result<Vec<CaseEntry>, StoreError> {
        let st = Statement::new("SELECT kind, author, body, at FROM inbox_entry WHERE case_id = $1 ORDER BY id").bind(id.0);
        let rows: Vec<EntryRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter()
            .map(|r| {
                let kind = EntryKind::parse(&r.kind).ok_or_else(|| corrupt(format!("inbox entry of case {id}: kind {:?}", r.kind)))?;
                Ok(CaseEntry { kind, author: r.author, body: r.body, at: r.at })
            })
            .collect()
    }

    async fn change_case(&self, id: CaseId, change: &CaseChange) -> Result<(), StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let now = status_of::<D>(&mut tx, id).await?;
        if now != change.expected {
            return Err(StoreError::Conflict(format!("inbox case {id} is {} now", now.key())));
        }
        let done = change.status == CaseStatus::Done;
        let st = Statement::new(format!(
            "UPDATE inbox_case SET status = $1, changed_at = $2, \
             assignee_id = CASE WHEN $3 THEN $4 ELSE assignee_id END, \
             outcome = CASE WHEN $5 THEN COALESCE($6, outcome) ELSE NULL END, \
             closed_at = CASE WHEN $5 THEN COALESCE(closed_at, $2) ELSE NULL END, \
             first_answer_at = CASE WHEN $7 THEN COALESCE(first_answer_at, $2) ELSE first_answer_at END, \
             updated_at = {} WHERE id = $8",
            D::NOW
        ))
        .bind(change.status.key())
        .bind(change.at)
        .bind(change.assignee.is_some())
        .bind(change.assignee.flatten().map(|u| u.0))
        .bind(done)
        .bind(change.outcome.map(Outcome::key))
        .bind(change.answered)
        .bind(id.0);
        tx.execute(st).await.map_err(db_error)?;
        for entry in &change.entries {
            append::<D>(&mut tx, id, entry).await?;
        }
        if let Some(hash) = &change.new_link {
            let st = Statement::new("INSERT INTO inbox_case_link (case_id, access_hash, issued_at) VALUES ($1, $2, $3)")
                .bind(id.0)
                .bind(hash)
                .bind(change.at);
            tx.execute(st).await.map_err(db_error)?;
        }
        tx.commit().await.map_err(db_error)
    }

    async fn merge_cases(&self, duplicate: CaseId, into: CaseId, author: &str, at: i64) -> Result<(), StoreError> {
        if duplicate == into {
            return Err(StoreError::Conflict("a case cannot be merged into itself".into()));
        }
        let mut tx = self.db.begin().await.map_err(db_error)?;
        // Lock both in id order, so that two opposite merges cannot wait for each other.
        let (first, second) = if duplicate.0 < into.0 { (duplicate, into) } else { (into, duplicate) };
        let first_status = status_of::<D>(&mut tx, first).await?;
        let second_status = status_of::<D>(&mut tx, second).await?;
        let from_status = if first == duplicate { first_status } else { second_status };
        if from_status == CaseStatus::Done {
            return Err(StoreError::Conflict(format!("inbox case {duplicate} is done")));
        }
        let st = Statement::new(format!(
            "UPDATE inbox_case SET status = 'done', outcome = 'duplicate', merged_into = $1, changed_at = $2, \
             closed_at = COALESCE(closed_at, $2), updated_at = {} WHERE id = $3",
            D::NOW
        ))
        .bind(into.0)
        .bind(at)
        .bind(duplicate.0);
        tx.execute(st).await.map_err(db_error)?;
        let st =
            Statement::new(format!("UPDATE inbox_case SET changed_at = $1, updated_at = {} WHERE id = $2", D::NOW)).bind(at).bind(into.0);
        tx.execute(st).await.map_err(db_error)?;
        let event = |body: String| CaseEntry { kind: EntryKind::Event, author: author.to_owned(), body, at };
        append::<D>(&mut tx, duplicate, &event(format!("merged_into:{into}"))).await?;
        append::<D>(&mut tx, into, &event(format!("merged_from:{duplicate}"))).await?;
        tx.commit().await.map_err(db_error)
    }

    async fn case_times(&self, from: i64, until: i64) -> Result<Vec<CaseTimes>, StoreError> {
        let st = Statement::new(format!("{} ORDER BY arrived_at, id", select_cases("arrived_at >= $2 AND arrived_at < $3")))
            .bind(NETWORK)
            .bind(from)
            .bind(until);
        let cases = records(self.db.fetch_all(st).await.map_err(db_error)?)?;
        Ok(cases
            .into_iter()
            .map(|c| CaseTimes {
                id: c.id,
                kind: c.kind,
                topic: c.topic.clone(),
                created_at: c.created_at,
                times: ResponseTimes::of(c.created_at, c.first_answer_at, c.closed_at),
            })
            .collect())
    }
}
