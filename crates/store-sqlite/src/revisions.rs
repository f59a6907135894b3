//! Moderation on SQLite: organisation records, revisions and their review.

use app::ports::{Author, AuthoredRevision, OrgPosition, OrgRecord, PendingReview, Revision, RevisionInfo, RevisionStore, StoreError};
use app::stored::{OrgPositionColumns, OrgRecordColumns, PendingReviewColumns, RevisionInfoColumns};
use async_trait::async_trait;
use domain::ids::OrgId;
use domain::organisation::Profile;
use domain::slug::Slug;
use sqlx::{Sqlite, Transaction};

use crate::directory::{bump_version, NETWORK};
use crate::{corrupt, unavailable, SqliteStore};

const NOW_ISO: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

pub(crate) const RECORD: &str = "SELECT o.id, o.slug, o.name, o.archived, o.trusted, r.number, o.confirmed_at, o.inactive_flagged_at, o.confirmation_sent_at, r.content \
     FROM organisation o LEFT JOIN organisation_revision r ON r.id = o.approved_revision_id WHERE o.network_id = ?";

const REVISION: &str = "SELECT number, author, review_state, created_at, review_comment, reviewed_by, reviewed_at, content \
     FROM organisation_revision WHERE organisation_id = ?";

type RevisionRow = (i64, String, String, String, Option<String>, Option<String>, Option<i64>, String);

fn to_revision(
    (number, author, state, created_at, comment, reviewed_by, reviewed_at, content): RevisionRow,
) -> Result<Revision, StoreError> {
    let columns: RevisionInfoColumns = (number, author, state, created_at, comment, reviewed_by, reviewed_at);
    app::stored::revision(columns, &content)
}

pub(crate) async fn organisation_record(store: &SqliteStore, id: OrgId) -> Result<Option<OrgRecord>, StoreError> {
    let row: Option<OrgRecordColumns> = sqlx::query_as(&format!("{RECORD} AND o.id = ?"))
        .bind(NETWORK)
        .bind(id.0)
        .fetch_optional(&store.reader)
        .await
        .map_err(unavailable)?;
    row.map(app::stored::org_record).transpose()
}

pub(crate) async fn organisation_record_by_slug(store: &SqliteStore, slug: &Slug) -> Result<Option<OrgRecord>, StoreError> {
    let row: Option<OrgRecordColumns> = sqlx::query_as(&format!("{RECORD} AND o.slug = ?"))
        .bind(NETWORK)
        .bind(slug.as_str())
        .fetch_optional(&store.reader)
        .await
        .map_err(unavailable)?;
    row.map(app::stored::org_record).transpose()
}

pub(crate) async fn revision(store: &SqliteStore, org: OrgId, number: i64) -> Result<Option<Revision>, StoreError> {
    let row: Option<RevisionRow> = sqlx::query_as(&format!("{REVISION} AND number = ?"))
        .bind(org.0)
        .bind(number)
        .fetch_optional(&store.reader)
        .await
        .map_err(unavailable)?;
    row.map(to_revision).transpose()
}

pub(crate) async fn revision_history(store: &SqliteStore, org: OrgId) -> Result<Vec<Revision>, StoreError> {
    let rows: Vec<RevisionRow> =
        sqlx::query_as(&format!("{REVISION} ORDER BY number")).bind(org.0).fetch_all(&store.reader).await.map_err(unavailable)?;
    rows.into_iter().map(to_revision).collect()
}

/// Points the organisation at an approved revision, takes its name, counts the entry as
/// confirmed and closes older pending revisions.
async fn publish(tx: &mut Transaction<'_, Sqlite>, org: i64, number: i64, reviewer: &str, now: i64) -> Result<(), StoreError> {
    let (revision, name): (i64, String) =
        sqlx::query_as("SELECT id, json_extract(content, '$.name') FROM organisation_revision WHERE organisation_id = ? AND number = ?")
            .bind(org)
            .bind(number)
            .fetch_one(&mut **tx)
            .await
            .map_err(unavailable)?;
    sqlx::query(&format!(
        "UPDATE organisation SET approved_revision_id = ?, name = ?, confirmed_at = ?, inactive_flagged_at = NULL, updated_at = {NOW_ISO} \
         WHERE id = ?"
    ))
    .bind(revision)
    .bind(name)
    .bind(now)
    .bind(org)
    .execute(&mut **tx)
    .await
    .map_err(unavailable)?;
    supersede(tx, org, number, reviewer, now).await?;
    bump_version(tx).await
}

/// Rejects the pending revisions older than `number` as `superseded`.
async fn supersede(tx: &mut Transaction<'_, Sqlite>, org: i64, number: i64, reviewer: &str, now: i64) -> Result<(), StoreError> {
    sqlx::query(&format!(
        "UPDATE organisation_revision SET review_state = 'rejected', review_comment = 'superseded', reviewed_by = ?, reviewed_at = ?, \
         updated_at = {NOW_ISO} WHERE organisation_id = ? AND number < ? AND review_state = 'pending'"
    ))
    .bind(reviewer)
    .bind(now)
    .bind(org)
    .bind(number)
    .execute(&mut **tx)
    .await
    .map_err(unavailable)?;
    Ok(())
}

pub(crate) async fn add_revision(
    store: &SqliteStore,
    org: OrgId,
    profile: &Profile,
    author: &Author,
    publish_now: bool,
) -> Result<i64, StoreError> {
    let author = author.label();
    let content = serde_json::to_string(profile).map_err(corrupt)?;
    let now = app::accounts::sign_in::unix_now();
    let mut tx = store.writer.begin().await.map_err(unavailable)?;
    let exists: Option<(i64,)> = sqlx::query_as("SELECT id FROM organisation WHERE id = ? AND network_id = ?")
        .bind(org.0)
        .bind(NETWORK)
        .fetch_optional(&mut *tx)
        .await
        .map_err(unavailable)?;
    if exists.is_none() {
        return Err(StoreError::NotFound(format!("organisation {org}")));
    }
    let (number,): (i64,) = sqlx::query_as("SELECT COALESCE(MAX(number), 0) + 1 FROM organisation_revision WHERE organisation_id = ?")
        .bind(org.0)
        .fetch_one(&mut *tx)
        .await
        .map_err(unavailable)?;
    let (state, reviewed_by, reviewed_at) = if publish_now { ("approved", Some(&author), Some(now)) } else { ("pending", None, None) };
    sqlx::query(
        "INSERT INTO organisation_revision (organisation_id, number, author, content, review_state, reviewed_by, reviewed_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(org.0)
    .bind(number)
    .bind(&author)
    .bind(content)
    .bind(state)
    .bind(reviewed_by)
    .bind(reviewed_at)
    .execute(&mut *tx)
    .await
    .map_err(unavailable)?;
    if publish_now {
        publish(&mut tx, org.0, number, &author, now).await?;
    }
    tx.commit().await.map_err(unavailable)?;
    Ok(number)
}

pub(crate) async fn review_revision(
    store: &SqliteStore,
    org: OrgId,
    number: i64,
    approve: bool,
    comment: &str,
    reviewer: &Author,
    now: i64,
) -> Result<(), StoreError> {
    let reviewer = reviewer.label();
    let comment = Some(comment.trim()).filter(|c| !c.is_empty());
    let mut tx = store.writer.begin().await.map_err(unavailable)?;
    let state: Option<(String,)> = sqlx::query_as(
        "SELECT r.review_state FROM organisation_revision r JOIN organisation o ON o.id = r.organisation_id \
         WHERE o.network_id = ? AND r.organisation_id = ? AND r.number = ?",
    )
    .bind(NETWORK)
    .bind(org.0)
    .bind(number)
    .fetch_optional(&mut *tx)
    .await
    .map_err(unavailable)?;
    match state {
        None => return Err(StoreError::NotFound(format!("revision {number} of organisation {org}"))),
        Some((state,)) if state != "pending" => return Err(StoreError::Conflict(format!("revision {number} is {state}, not pending"))),
        Some(_) => {}
    }
    sqlx::query(&format!(
        "UPDATE organisation_revision SET review_state = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?, updated_at = {NOW_ISO} \
         WHERE organisation_id = ? AND number = ?"
    ))
    .bind(if approve { "approved" } else { "rejected" })
    .bind(comment)
    .bind(&reviewer)
    .bind(now)
    .bind(org.0)
    .bind(number)
    .execute(&mut *tx)
    .await
    .map_err(unavailable)?;
    if approve {
        publish(&mut tx, org.0, number, &reviewer, now).await?;
    } else {
        supersede(&mut tx, org.0, number, &reviewer, now).await?;
    }
    tx.commit().await.map_err(unavailable)
}

pub(crate) async fn pending_reviews(store: &SqliteStore) -> Result<Vec<PendingReview>, StoreError> {
    let rows: Vec<PendingReviewColumns> = sqlx::query_as(
        "SELECT o.id, o.slug, o.name, r.number, r.author, r.created_at, o.approved_revision_id IS NULL \
         FROM organisation o JOIN organisation_revision r ON r.organisation_id = o.id \
         WHERE o.network_id = ? AND o.archived = 0 AND r.review_state = 'pending' \
         AND r.number = (SELECT MAX(p.number) FROM organisation_revision p WHERE p.organisation_id = o.id AND p.review_state = 'pending') \
         ORDER BY r.created_at, r.id",
    )
    .bind(NETWORK)
    .fetch_all(&store.reader)
    .await
    .map_err(unavailable)?;
    rows.into_iter().map(app::stored::pending_review).collect()
}

/// Sets one column of an organisation; an unknown organisation gives `NotFound`.
async fn set_column(store: &SqliteStore, org: OrgId, assignment: &str, value: i64, bump: bool) -> Result<(), StoreError> {
    let mut tx = store.writer.begin().await.map_err(unavailable)?;
    let done = sqlx::query(&format!("UPDATE organisation SET {assignment}, updated_at = {NOW_ISO} WHERE id = ? AND network_id = ?"))
        .bind(value)
        .bind(org.0)
        .bind(NETWORK)
        .execute(&mut *tx)
        .await
        .map_err(unavailable)?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound(format!("organisation {org}")));
    }
    if bump {
        bump_version(&mut tx).await?;
    }
    tx.commit().await.map_err(unavailable)
}

pub(crate) async fn set_archived(store: &SqliteStore, org: OrgId, archived: bool) -> Result<(), StoreError> {
    set_column(store, org, "archived = ?", i64::from(archived), true).await
}

pub(crate) async fn set_trusted(store: &SqliteStore, org: OrgId, trusted: bool) -> Result<(), StoreError> {
    set_column(store, org, "trusted = ?", i64::from(trusted), false).await
}

pub(crate) async fn set_confirmed(store: &SqliteStore, org: OrgId, now: i64) -> Result<(), StoreError> {
    set_column(store, org, "confirmed_at = ?, inactive_flagged_at = NULL, confirmation_sent_at = NULL", now, false).await
}

pub(crate) async fn create_proposal(store: &SqliteStore, slug: &Slug, profile: &Profile, author: &Author) -> Result<OrgId, StoreError> {
    let content = serde_json::to_string(profile).map_err(corrupt)?;
    let mut tx = store.writer.begin().await.map_err(unavailable)?;
    let inserted: Result<(i64,), sqlx::Error> =
        sqlx::query_as("INSERT INTO organisation (network_id, slug, name) VALUES (?, ?, ?) RETURNING id")
            .bind(NETWORK)
            .bind(slug.as_str())
            .bind(&profile.name)
            .fetch_one(&mut *tx)
            .await;
    let (id,) = match inserted {
        Ok(row) => row,
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Err(StoreError::SlugTaken(slug.to_string())),
        Err(e) => return Err(unavailable(e)),
    };
    sqlx::query(
        "INSERT INTO organisation_revision (organisation_id, number, author, content, review_state) VALUES (?, 1, ?, ?, 'pending')",
    )
    .bind(id)
    .bind(author.label())
    .bind(content)
    .execute(&mut *tx)
    .await
    .map_err(unavailable)?;
    tx.commit().await.map_err(unavailable)?;
    Ok(OrgId(id))
}

pub(crate) async fn all_positions(store: &SqliteStore) -> Result<Vec<OrgPosition>, StoreError> {
    let rows: Vec<OrgPositionColumns> = sqlx::query_as(
        "SELECT o.id, o.slug, o.name, json_extract(r.content, '$.position.lat'), json_extract(r.content, '$.position.lon') \
         FROM organisation o JOIN organisation_revision r ON r.id = COALESCE(o.approved_revision_id, \
             (SELECT p.id FROM organisation_revision p WHERE p.organisation_id = o.id AND p.review_state = 'pending' \
              ORDER BY p.number DESC LIMIT 1)) \
         WHERE o.network_id = ? AND o.archived = 0 ORDER BY o.id",
    )
    .bind(NETWORK)
    .fetch_all(&store.reader)
    .await
    .map_err(unavailable)?;
    rows.into_iter().map(app::stored::org_position).collect()
}

#[async_trait]
impl RevisionStore for SqliteStore {
    async fn revisions(&self, id: OrgId) -> Result<Vec<RevisionInfo>, StoreError> {
        let rows: Vec<RevisionInfoColumns> = sqlx::query_as(
            "SELECT number, author, review_state, created_at, review_comment, reviewed_by, reviewed_at \
             FROM organisation_revision WHERE organisation_id = ? ORDER BY number",
        )
        .bind(id.0)
        .fetch_all(&self.reader)
        .await
        .map_err(unavailable)?;
        Ok(rows.into_iter().map(app::stored::revision_info).collect())
    }

    async fn revisions_by_author(&self, author: &str) -> Result<Vec<AuthoredRevision>, StoreError> {
        let rows: Vec<(i64, String, String, i64, String, String)> = sqlx::query_as(
            "SELECT o.id, o.slug, o.name, r.number, r.review_state, r.created_at FROM organisation_revision r \
             JOIN organisation o ON o.id = r.organisation_id WHERE o.network_id = ? AND r.author = ? ORDER BY r.created_at, r.id",
        )
        .bind(NETWORK)
        .bind(author)
        .fetch_all(&self.reader)
        .await
        .map_err(unavailable)?;
        rows.into_iter()
            .map(|(id, slug, organisation, number, review_state, created_at)| {
                let slug = Slug::parse(&slug).map_err(|e| StoreError::Corrupt(format!("slug {slug:?}: {e}")))?;
                Ok(AuthoredRevision { org: OrgId(id), slug, organisation, number, review_state, created_at })
            })
            .collect()
    }

    async fn revision(&self, org: OrgId, number: i64) -> Result<Option<Revision>, StoreError> {
        revision(self, org, number).await
    }

    async fn revision_history(&self, org: OrgId) -> Result<Vec<Revision>, StoreError> {
        revision_history(self, org).await
    }

    async fn add_revision(&self, org: OrgId, profile: &Profile, author: &Author, publish: bool) -> Result<i64, StoreError> {
        add_revision(self, org, profile, author, publish).await
    }

    async fn review_revision(
        &self,
        org: OrgId,
        number: i64,
        approve: bool,
        comment: &str,
        reviewer: &Author,
        now: i64,
    ) -> Result<(), StoreError> {
        review_revision(self, org, number, approve, comment, reviewer, now).await
    }

    async fn pending_reviews(&self) -> Result<Vec<PendingReview>, StoreError> {
        pending_reviews(self).await
    }

    async fn create_proposal(&self, slug: &Slug, profile: &Profile, author: &Author) -> Result<OrgId, StoreError> {
        create_proposal(self, slug, profile, author).await
    }
}
