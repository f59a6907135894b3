//! News items and pages: the current row, its append-only revisions, its links to associations,
//! meetings and projects (replaced with every save), and pictures stored once by hash.

use app::ports::{Author, NewsRecord, NewsRevision, NewsStore, NewsTarget, StoreError, StoredLogo};
use async_trait::async_trait;
use domain::logo::LogoHash;
use domain::news::{NewsContent, NewsId, NewsKind, Placement};
use sqlx::types::Json;

use crate::rows::{CountRow, IdRow, LogoRow};
use crate::{corrupt, db_error, is_unique_violation, Conn, Dialect, SqlStore, Statement, TxOf, NETWORK};

/// The newest first: by the item's date, then the latest created.
const NEWEST: &str = "ORDER BY news_date DESC, id DESC";

fn items<D: Dialect>(condition: &str) -> String {
    format!(
        "SELECT id, slug, content, revision, published, published_at, {updated_at} AS updated_at \
         FROM news_item WHERE network_id = $1 AND {condition}",
        updated_at = D::iso("updated_at")
    )
}

fn target_key(target: NewsTarget<'_>) -> (&'static str, &str) {
    match target {
        NewsTarget::Association(slug) => ("association", slug),
        NewsTarget::Meeting(slug) => ("meeting", slug),
        NewsTarget::Project(slug) => ("project", slug),
    }
}

/// Makes the row follow `content` (links too) as revision `number`, in the transaction.
async fn make_current<D: Dialect>(tx: &mut TxOf<D>, id: NewsId, content: &NewsContent, number: i64) -> Result<(), StoreError> {
    let st = Statement::new(format!(
        "UPDATE news_item SET kind = $1, news_date = $2, placement = $3, content = $4, revision = $5, updated_at = {} WHERE id = $6",
        D::NOW
    ))
    .bind(content.kind.key())
    .bind(&content.date)
    .bind(content.placement.key())
    .bind_json(content)?
    .bind(number)
    .bind(id.0);
    tx.execute(st).await.map_err(db_error)?;
    tx.execute(Statement::new("DELETE FROM news_link WHERE news_id = $1").bind(id.0)).await.map_err(db_error)?;
    let links = content
        .associations
        .iter()
        .map(|s| ("association", s))
        .chain(content.meetings.iter().map(|s| ("meeting", s)))
        .chain(content.projects.iter().map(|s| ("project", s)));
    for (kind, slug) in links {
        let st = Statement::new("INSERT INTO news_link (news_id, target_kind, target_slug) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(id.0)
            .bind(kind)
            .bind(slug);
        tx.execute(st).await.map_err(db_error)?;
    }
    Ok(())
}

async fn append_revision<D: Dialect>(
    tx: &mut TxOf<D>,
    id: NewsId,
    number: i64,
    content: &NewsContent,
    author: &Author,
    restored_from: Option<i64>,
    now: i64,
) -> Result<(), StoreError> {
    let st = Statement::new(
        "INSERT INTO news_revision (news_id, number, author, content, restored_from, saved_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id.0)
    .bind(number)
    .bind(author.label())
    .bind_json(content)?
    .bind(restored_from)
    .bind(now);
    tx.execute(st).await.map_err(db_error)?;
    Ok(())
}

fn records(rows: Vec<NewsRow>) -> Vec<NewsRecord> {
    rows.into_iter().map(NewsRecord::from).collect()
}

#[async_trait]
impl<D: Dialect> NewsStore for SqlStore<D> {
    async fn create_news(&self, slug: &str, content: &NewsContent, author: &Author, now: i64) -> Result<NewsId, StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let st = Statement::new(
            "INSERT INTO news_item (network_id, slug, kind, news_date, placement, content, revision) \
             VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING id",
        )
        .bind(NETWORK)
        .bind(slug)
        .bind(content.kind.key())
        .bind(&content.date)
        .bind(content.placement.key())
        .bind_json(content)?;
        let id = match tx.fetch_one::<IdRow>(st).await {
            Ok(row) => NewsId(row.id),
            Err(e) if is_unique_violation(&e) => return Err(StoreError::SlugTaken(slug.to_owned())),
            Err(e) => return Err(db_error(e)),
        };
        append_revision::<D>(&mut tx, id, 1, content, author, None, now).await?;
        make_current::<D>(&mut tx, id, content, 1).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(id)
    }

    async fn save_news(
        &self,
        id: NewsId,
        content: &NewsContent,
        author: &Author,
        restored_from: Option<i64>,
        now: i64,
    ) -> Result<i64, StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let st = Statement::new(format!("SELECT revision AS n FROM news_item WHERE id = $1{}", D::ROW_LOCK)).bind(id.0);
        let Some(current) = tx.fetch_optional::<CountRow>(st).await.map_err(db_error)? else {
            return Err(StoreError::NotFound(format!("news {id}")));
        };
        let number = current.n + 1;
        append_revision::<D>(&mut tx, id, number, content, author, restored_from, now).await?;
        make_current::<D>(&mut tx, id, content, number).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(number)
    }

    async fn news(&self, id: NewsId) -> Result<Option<NewsRecord>, StoreError> {
        let st = Statement::new(items::<D>("id = $2")).bind(NETWORK).bind(id.0);
        Ok(self.db.fetch_optional::<NewsRow>(st).await.map_err(db_error)?.map(NewsRecord::from))
    }

    async fn news_by_slug(&self, slug: &str) -> Result<Option<NewsRecord>, StoreError> {
        let st = Statement::new(items::<D>("slug = $2")).bind(NETWORK).bind(slug);
        Ok(self.db.fetch_optional::<NewsRow>(st).await.map_err(db_error)?.map(NewsRecord::from))
    }

    async fn all_news(&self, kind: NewsKind) -> Result<Vec<NewsRecord>, StoreError> {
        let st = Statement::new(format!("{} {NEWEST}", items::<D>("kind = $2"))).bind(NETWORK).bind(kind.key());
        Ok(records(self.db.fetch_all(st).await.map_err(db_error)?))
    }

    async fn published_news(&self, kind: NewsKind, offset: i64, limit: i64) -> Result<Vec<NewsRecord>, StoreError> {
        let st = Statement::new(format!("{} {NEWEST} LIMIT $3 OFFSET $4", items::<D>("kind = $2 AND published")))
            .bind(NETWORK)
            .bind(kind.key())
            .bind(limit.max(0))
            .bind(offset.max(0));
        Ok(records(self.db.fetch_all(st).await.map_err(db_error)?))
    }

    async fn count_published(&self, kind: NewsKind) -> Result<i64, StoreError> {
        let st = Statement::new("SELECT COUNT(*) AS n FROM news_item WHERE network_id = $1 AND kind = $2 AND published")
            .bind(NETWORK)
            .bind(kind.key());
        Ok(self.db.fetch_one::<CountRow>(st).await.map_err(db_error)?.n)
    }

    async fn set_published(&self, id: NewsId, published: bool, now: i64) -> Result<(), StoreError> {
        let st = Statement::new(format!(
            "UPDATE news_item SET published = $1, published_at = CASE WHEN $1 THEN COALESCE(published_at, $2) ELSE published_at END, \
             updated_at = {} WHERE id = $3",
            D::NOW
        ))
        .bind(published)
        .bind(now)
        .bind(id.0);
        match self.db.execute(st).await.map_err(db_error)? {
            0 => Err(StoreError::NotFound(format!("news {id}"))),
            _ => Ok(()),
        }
    }

    async fn news_revisions(&self, id: NewsId) -> Result<Vec<NewsRevision>, StoreError> {
        let st =
            Statement::new("SELECT number, author, content, restored_from, saved_at FROM news_revision WHERE news_id = $1 ORDER BY number")
                .bind(id.0);
        let rows: Vec<NewsRevisionRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter()
            .map(|r| {
                let author = Author::parse(&r.author).ok_or_else(|| StoreError::Corrupt(format!("author label {}", r.author)))?;
                Ok(NewsRevision { number: r.number, author, created_at: r.saved_at, restored_from: r.restored_from, content: r.content.0 })
            })
            .collect()
    }

    async fn news_linking(&self, target: NewsTarget<'_>) -> Result<Vec<NewsRecord>, StoreError> {
        let (kind, slug) = target_key(target);
        let condition = "kind = 'news' AND published AND id IN \
             (SELECT news_id FROM news_link WHERE target_kind = $2 AND target_slug = $3)";
        let st = Statement::new(format!("{} {NEWEST}", items::<D>(condition))).bind(NETWORK).bind(kind).bind(slug);
        Ok(records(self.db.fetch_all(st).await.map_err(db_error)?))
    }

    async fn placed_pages(&self, placement: Placement) -> Result<Vec<NewsRecord>, StoreError> {
        let st = Statement::new(format!("{} ORDER BY id", items::<D>("kind = 'page' AND published AND placement = $2")))
            .bind(NETWORK)
            .bind(placement.key());
        Ok(records(self.db.fetch_all(st).await.map_err(db_error)?))
    }

    async fn save_news_image(&self, image: &StoredLogo) -> Result<(), StoreError> {
        let st = Statement::new("INSERT INTO news_image (hash, png, width, height) VALUES ($1, $2, $3, $4) ON CONFLICT (hash) DO NOTHING")
            .bind(image.hash.as_str())
            .bind(&image.png)
            .bind(image.width)
            .bind(image.height);
        self.db.execute(st).await.map_err(db_error)?;
        Ok(())
    }

    async fn news_image(&self, hash: &LogoHash) -> Result<Option<StoredLogo>, StoreError> {
        let st = Statement::new("SELECT png, width, height FROM news_image WHERE hash = $1").bind(hash.as_str());
        let row: Option<LogoRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        row.map(|r| {
            let side = |v: i32| u32::try_from(v).map_err(corrupt);
            Ok(StoredLogo { hash: hash.clone(), png: r.png, width: side(r.width)?, height: side(r.height)? })
        })
        .transpose()
    }
}

/// An item's current row.
#[derive(sqlx::FromRow)]
struct NewsRow {
    id: i64,
    slug: String,
    content: Json<NewsContent>,
    revision: i64,
    published: bool,
    published_at: Option<i64>,
    updated_at: String,
}

impl From<NewsRow> for NewsRecord {
    fn from(row: NewsRow) -> Self {
        NewsRecord {
            id: NewsId(row.id),
            slug: row.slug,
            content: row.content.0,
            revision: row.revision,
            published: row.published,
            published_at: row.published_at,
            updated_at: row.updated_at,
        }
    }
}

#[derive(sqlx::FromRow)]
struct NewsRevisionRow {
    number: i64,
    author: String,
    content: Json<NewsContent>,
    restored_from: Option<i64>,
    saved_at: i64,
}
