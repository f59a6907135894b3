//! Revisions of organisation profiles: appended, reviewed, published.

use app::ports::{
    Author, AuthoredRevision, PendingReview, ReviewState, Revision, RevisionInfo, RevisionStore, StoreError, RESTORED_PREFIX,
};
use async_trait::async_trait;
use domain::ids::OrgId;
use domain::organisation::Profile;
use domain::slug::Slug;

use crate::directory::bump_version;
use crate::rows::{AuthoredRevisionRow, IdRow, PendingReviewRow, RevisionInfoRow, RevisionRow, TextRow};
use crate::{db_error, is_unique_violation, Conn, Dialect, SqlStore, Statement, TxOf, NETWORK};

/// The revisions of one organisation (`$1`); `content` only `with_content`.
fn revisions<D: Dialect>(with_content: bool, rest: &str) -> String {
    format!(
        "SELECT number, author, review_state, {created_at} AS created_at, review_comment, reviewed_by, reviewed_at{content} \
         FROM organisation_revision WHERE organisation_id = $1 {rest}",
        created_at = D::iso("created_at"),
        content = if with_content { ", content" } else { "" },
    )
}

/// Points the organisation at an approved revision, takes its name, counts the entry as
/// confirmed and closes older pending revisions.
pub(crate) async fn publish<D: Dialect>(tx: &mut TxOf<D>, org: i64, number: i64, reviewer: &str, now: i64) -> Result<(), StoreError> {
    let name: TextRow = tx
        .fetch_one(
            Statement::new(format!(
                "SELECT {name} AS text FROM organisation_revision WHERE organisation_id = $1 AND number = $2",
                name = D::json_text("content", "name")
            ))
            .bind(org)
            .bind(number),
        )
        .await
        .map_err(db_error)?;
    let st = Statement::new(format!(
        "UPDATE organisation SET approved_revision_id = (SELECT id FROM organisation_revision WHERE organisation_id = $1 AND number = $2), \
         name = $3, confirmed_at = $4, published_at = COALESCE(published_at, $4), inactive_flagged_at = NULL, updated_at = {now} \
         WHERE id = $1",
        now = D::NOW
    ))
    .bind(org)
    .bind(number)
    .bind(name.text)
    .bind(now);
    tx.execute(st).await.map_err(db_error)?;
    supersede::<D>(tx, org, number, reviewer, now).await?;
    tx.execute(bump_version()).await.map_err(db_error)?;
    Ok(())
}

/// Rejects the pending revisions older than `number` as `superseded`.
async fn supersede<D: Dialect>(tx: &mut TxOf<D>, org: i64, number: i64, reviewer: &str, now: i64) -> Result<(), StoreError> {
    let st = Statement::new(format!(
        "UPDATE organisation_revision SET review_state = 'rejected', review_comment = 'superseded', reviewed_by = $1, reviewed_at = $2, \
         updated_at = {now} WHERE organisation_id = $3 AND number < $4 AND review_state = 'pending'",
        now = D::NOW
    ))
    .bind(reviewer)
    .bind(now)
    .bind(org)
    .bind(number);
    tx.execute(st).await.map_err(db_error)?;
    Ok(())
}

/// Appends a revision inside a transaction (see [`RevisionStore::add_revision`]); `comment` is
/// the review comment a published revision starts with (the restore mark).
async fn append<D: Dialect>(
    tx: &mut TxOf<D>,
    org: OrgId,
    profile: &Profile,
    author: &str,
    publish_now: bool,
    comment: Option<&str>,
    now: i64,
) -> Result<i64, StoreError> {
    let exists: Option<IdRow> = tx
        .fetch_optional(Statement::new("SELECT id FROM organisation WHERE id = $1 AND network_id = $2").bind(org.0).bind(NETWORK))
        .await
        .map_err(db_error)?;
    if exists.is_none() {
        return Err(StoreError::NotFound(format!("organisation {org}")));
    }
    let next =
        Statement::new("SELECT COALESCE(MAX(number), 0) + 1 AS id FROM organisation_revision WHERE organisation_id = $1").bind(org.0);
    let number = tx.fetch_one::<IdRow>(next).await.map_err(db_error)?.id;
    let (state, reviewed_by, reviewed_at) =
        if publish_now { (ReviewState::Approved, Some(author), Some(now)) } else { (ReviewState::Pending, None, None) };
    let insert = Statement::new(
            "INSERT INTO organisation_revision (organisation_id, number, author, content, review_state, reviewed_by, reviewed_at, review_comment) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(org.0)
        .bind(number)
        .bind(author)
        .bind_json(profile)?
        .bind(state.key())
        .bind(reviewed_by)
        .bind(reviewed_at)
        .bind(comment);
    tx.execute(insert).await.map_err(db_error)?;
    if publish_now {
        publish::<D>(tx, org.0, number, author, now).await?;
    }
    Ok(number)
}

#[async_trait]
impl<D: Dialect> RevisionStore for SqlStore<D> {
    async fn revisions(&self, id: OrgId) -> Result<Vec<RevisionInfo>, StoreError> {
        let rows: Vec<RevisionInfoRow> =
            self.db.fetch_all(Statement::new(revisions::<D>(false, "ORDER BY number")).bind(id.0)).await.map_err(db_error)?;
        rows.into_iter().map(RevisionInfoRow::into_info).collect()
    }

    async fn revisions_by_author(&self, author: &str) -> Result<Vec<AuthoredRevision>, StoreError> {
        let st = Statement::new(format!(
            "SELECT o.id, o.slug, o.name, r.number, r.review_state, {created_at} AS created_at FROM organisation_revision r \
             JOIN organisation o ON o.id = r.organisation_id WHERE o.network_id = $1 AND r.author = $2 ORDER BY r.created_at, r.id",
            created_at = D::iso("r.created_at")
        ))
        .bind(NETWORK)
        .bind(author);
        let rows: Vec<AuthoredRevisionRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(AuthoredRevisionRow::into_authored).collect()
    }

    async fn revision(&self, org: OrgId, number: i64) -> Result<Option<Revision>, StoreError> {
        let st = Statement::new(revisions::<D>(true, "AND number = $2")).bind(org.0).bind(number);
        let row: Option<RevisionRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        row.map(RevisionRow::into_revision).transpose()
    }

    async fn revision_history(&self, org: OrgId) -> Result<Vec<Revision>, StoreError> {
        let rows: Vec<RevisionRow> =
            self.db.fetch_all(Statement::new(revisions::<D>(true, "ORDER BY number")).bind(org.0)).await.map_err(db_error)?;
        rows.into_iter().map(RevisionRow::into_revision).collect()
    }

    async fn add_revision(&self, org: OrgId, profile: &Profile, author: &Author, publish_now: bool) -> Result<i64, StoreError> {
        let now = self.clock.now().unix_secs();
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let number = append::<D>(&mut tx, org, profile, &author.label(), publish_now, None, now).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(number)
    }

    async fn replace_pending_revision(&self, org: OrgId, profile: &Profile, author: &Author) -> Result<i64, StoreError> {
        let now = self.clock.now().unix_secs();
        let label = author.label();
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let number = append::<D>(&mut tx, org, profile, &label, false, None, now).await?;
        let st = Statement::new(format!(
            "UPDATE organisation_revision SET review_state = 'rejected', review_comment = 'superseded', reviewed_by = $1, \
             reviewed_at = $2, updated_at = {now} WHERE organisation_id = $3 AND author = $1 AND number < $4 AND review_state = 'pending'",
            now = D::NOW
        ))
        .bind(&label)
        .bind(now)
        .bind(org.0)
        .bind(number);
        tx.execute(st).await.map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(number)
    }

    async fn restore_revision(&self, org: OrgId, from: i64, author: &Author) -> Result<i64, StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let st = Statement::new(revisions::<D>(true, "AND number = $2")).bind(org.0).bind(from);
        let old: Option<RevisionRow> = tx.fetch_optional(st).await.map_err(db_error)?;
        let Some(old) = old else { return Err(StoreError::NotFound(format!("revision {from} of organisation {org}"))) };
        let mut profile = old.into_revision()?.profile;
        // A logo purged since (no revision named it for the grace period) is not restored:
        // the profile comes back without one.
        if let Some(hash) = &profile.logo {
            let kept: Option<TextRow> = tx
                .fetch_optional(Statement::new("SELECT hash AS text FROM logo WHERE hash = $1").bind(hash.as_str()))
                .await
                .map_err(db_error)?;
            if kept.is_none() {
                profile.logo = None;
            }
        }
        let mark = format!("{RESTORED_PREFIX}{from}");
        let now = self.clock.now().unix_secs();
        let number = append::<D>(&mut tx, org, &profile, &author.label(), true, Some(&mark), now).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(number)
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
        let reviewer = reviewer.label();
        let comment = Some(comment.trim()).filter(|c| !c.is_empty());
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let state: Option<TextRow> = tx
            .fetch_optional(
                Statement::new(
                    "SELECT r.review_state AS text FROM organisation_revision r JOIN organisation o ON o.id = r.organisation_id \
                     WHERE o.network_id = $1 AND r.organisation_id = $2 AND r.number = $3",
                )
                .bind(NETWORK)
                .bind(org.0)
                .bind(number),
            )
            .await
            .map_err(db_error)?;
        match state {
            None => return Err(StoreError::NotFound(format!("revision {number} of organisation {org}"))),
            Some(TextRow { text }) if text != ReviewState::Pending.key() => {
                return Err(StoreError::Conflict(format!("revision {number} is {text}, not pending")))
            }
            Some(_) => {}
        }
        let st = Statement::new(format!(
            "UPDATE organisation_revision SET review_state = $1, review_comment = $2, reviewed_by = $3, reviewed_at = $4, \
             updated_at = {now} WHERE organisation_id = $5 AND number = $6",
            now = D::NOW
        ))
        .bind(if approve { ReviewState::Approved } else { ReviewState::Rejected }.key())
        .bind(comment)
        .bind(&reviewer)
        .bind(now)
        .bind(org.0)
        .bind(number);
        tx.execute(st).await.map_err(db_error)?;
        if approve {
            publish::<D>(&mut tx, org.0, number, &reviewer, now).await?;
        } else {
            supersede::<D>(&mut tx, org.0, number, &reviewer, now).await?;
        }
        tx.commit().await.map_err(db_error)
    }

    async fn pending_reviews(&self) -> Result<Vec<PendingReview>, StoreError> {
        let st = Statement::new(format!(
            "SELECT o.id, o.slug, o.name, r.number, r.author, {created_at} AS created_at, o.approved_revision_id IS NULL AS is_new \
             FROM organisation o JOIN organisation_revision r ON r.organisation_id = o.id \
             WHERE o.network_id = $1 AND NOT o.archived AND r.review_state = 'pending' \
             AND r.number = (SELECT MAX(p.number) FROM organisation_revision p WHERE p.organisation_id = o.id AND p.review_state = 'pending') \
             ORDER BY r.created_at, r.id",
            created_at = D::iso("r.created_at")
        ))
        .bind(NETWORK);
        let rows: Vec<PendingReviewRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(PendingReviewRow::into_pending).collect()
    }

    async fn create_proposal(&self, slug: &Slug, profile: &Profile, author: &Author) -> Result<OrgId, StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let insert = Statement::new("INSERT INTO organisation (network_id, slug, name) VALUES ($1, $2, $3) RETURNING id")
            .bind(NETWORK)
            .bind(slug.as_str())
            .bind(&profile.name);
        let id = match tx.fetch_one::<IdRow>(insert).await {
            Ok(row) => row.id,
            Err(e) if is_unique_violation(&e) => return Err(StoreError::SlugTaken(slug.to_string())),
            Err(e) => return Err(db_error(e)),
        };
        let revision = Statement::new(
            "INSERT INTO organisation_revision (organisation_id, number, author, content, review_state) VALUES ($1, 1, $2, $3, 'pending')",
        )
        .bind(id)
        .bind(author.label())
        .bind_json(profile)?;
        tx.execute(revision).await.map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(OrgId(id))
    }
}
