//! The directory: organisations with their published profile, categories, districts.

use app::ports::{Author, DirectoryStamp, DirectoryStore, NewOrganisation, OrgPosition, OrgRecord, StoreError};
use async_trait::async_trait;
use domain::category::Category;
use domain::district::District;
use domain::ids::OrgId;
use domain::organisation::Organisation;
use domain::slug::Slug;

use crate::rows::{CategoryRow, CountRow, DistrictRow, IdRow, OrgRecordRow, OrganisationRow, PositionRow};
use crate::{db_error, is_unique_violation, Conn, Dialect, SqlStore, Statement, NETWORK};

/// Bumps the directory's content version, in the transaction that changes published content.
pub(crate) fn bump_version() -> Statement {
    Statement::new("UPDATE content_version SET version = version + 1 WHERE network_id = $1 AND scope = 'directory'").bind(NETWORK)
}

/// Organisation records of the network (`$1`); callers add conditions.
pub(crate) const RECORD: &str = "SELECT o.id, o.slug, o.name, o.archived, o.trusted, r.number AS approved, o.confirmed_at, \
     o.inactive_flagged_at, o.confirmation_sent_at, r.content \
     FROM organisation o LEFT JOIN organisation_revision r ON r.id = o.approved_revision_id WHERE o.network_id = $1";

fn published<D: Dialect>(condition: &str) -> Statement {
    Statement::new(format!(
        "SELECT o.id, o.slug, r.content, {updated_at} AS updated_at FROM organisation o \
         JOIN organisation_revision r ON r.id = o.approved_revision_id WHERE o.network_id = $1 AND NOT o.archived {condition}",
        updated_at = D::iso("o.updated_at")
    ))
    .bind(NETWORK)
}

/// Sets columns of one organisation (`$1` the value, `$2` the id); an unknown organisation gives `NotFound`.
pub(crate) async fn update_organisation<D: Dialect>(
    db: &D,
    assignment: &'static str,
    value: impl Into<crate::Arg>,
    org: OrgId,
    bump: bool,
) -> Result<(), StoreError> {
    let sql = format!("UPDATE organisation SET {assignment}, updated_at = {} WHERE id = $2 AND network_id = $3", D::NOW);
    let mut tx = db.begin().await.map_err(db_error)?;
    let done = tx.execute(Statement::new(sql).bind(value).bind(org.0).bind(NETWORK)).await.map_err(db_error)?;
    if done == 0 {
        return Err(StoreError::NotFound(format!("organisation {org}")));
    }
    if bump {
        tx.execute(bump_version()).await.map_err(db_error)?;
    }
    tx.commit().await.map_err(db_error)
}

#[async_trait]
impl<D: Dialect> DirectoryStore for SqlStore<D> {
    async fn ping(&self) -> Result<(), StoreError> {
        self.db.fetch_one::<CountRow>(Statement::new("SELECT CAST(1 AS BIGINT) AS n")).await.map_err(db_error)?;
        Ok(())
    }

    async fn is_empty(&self) -> Result<bool, StoreError> {
        let row: CountRow = self.db.fetch_one(Statement::new("SELECT COUNT(*) AS n FROM organisation")).await.map_err(db_error)?;
        Ok(row.n == 0)
    }

    async fn categories(&self) -> Result<Vec<Category>, StoreError> {
        let st = Statement::new("SELECT key, position, labels FROM category WHERE network_id = $1 ORDER BY position, key").bind(NETWORK);
        let rows: Vec<CategoryRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        Ok(rows.into_iter().map(Category::from).collect())
    }

    async fn save_category(&self, category: &Category) -> Result<(), StoreError> {
        let st = save_category_statement::<D>(category)?;
        let mut tx = self.db.begin().await.map_err(db_error)?;
        tx.execute(st).await.map_err(db_error)?;
        tx.execute(bump_version()).await.map_err(db_error)?;
        tx.commit().await.map_err(db_error)
    }

    async fn districts(&self) -> Result<Vec<District>, StoreError> {
        let st = Statement::new(
            "SELECT key, name, centre_lat, centre_lon, postcodes, neighbours FROM district WHERE network_id = $1 ORDER BY name",
        )
        .bind(NETWORK);
        let rows: Vec<DistrictRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(DistrictRow::into_district).collect()
    }

    async fn save_district(&self, district: &District) -> Result<(), StoreError> {
        let st = save_district_statement::<D>(district)?;
        let mut tx = self.db.begin().await.map_err(db_error)?;
        tx.execute(st).await.map_err(db_error)?;
        tx.execute(bump_version()).await.map_err(db_error)?;
        tx.commit().await.map_err(db_error)
    }

    async fn create_organisations(&self, batch: &[NewOrganisation], author: &Author) -> Result<Vec<OrgId>, StoreError> {
        let author = author.label();
        let now = self.clock.now().unix_secs();
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let mut ids = Vec::with_capacity(batch.len());
        for new in batch {
            let insert =
                Statement::new("INSERT INTO organisation (network_id, slug, name, confirmed_at) VALUES ($1, $2, $3, $4) RETURNING id")
                    .bind(NETWORK)
                    .bind(new.slug.as_str())
                    .bind(&new.profile.name)
                    .bind(now);
            let id = match tx.fetch_one::<IdRow>(insert).await {
                Ok(row) => row.id,
                Err(e) if is_unique_violation(&e) => return Err(StoreError::SlugTaken(new.slug.to_string())),
                Err(e) => return Err(db_error(e)),
            };
            let revision = Statement::new(
                "INSERT INTO organisation_revision (organisation_id, number, author, content, review_state) \
                 VALUES ($1, 1, $2, $3, 'approved') RETURNING id",
            )
            .bind(id)
            .bind(&author)
            .bind_json(&new.profile)?;
            let revision: IdRow = tx.fetch_one(revision).await.map_err(db_error)?;
            let point = Statement::new("UPDATE organisation SET approved_revision_id = $1, published_at = $3 WHERE id = $2")
                .bind(revision.id)
                .bind(id)
                .bind(now);
            tx.execute(point).await.map_err(db_error)?;
            ids.push(OrgId(id));
        }
        tx.execute(bump_version()).await.map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(ids)
    }

    async fn organisation(&self, slug: &Slug) -> Result<Option<Organisation>, StoreError> {
        let row: Option<OrganisationRow> =
            self.db.fetch_optional(published::<D>("AND o.slug = $2").bind(slug.as_str())).await.map_err(db_error)?;
        row.map(OrganisationRow::into_organisation).transpose()
    }

    async fn published_organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        let rows: Vec<OrganisationRow> = self.db.fetch_all(published::<D>("ORDER BY o.id")).await.map_err(db_error)?;
        rows.into_iter().map(OrganisationRow::into_organisation).collect()
    }

    async fn each_published_organisation(&self, visit: &mut (dyn FnMut(Organisation) + Send)) -> Result<(), StoreError> {
        // Streamed: the index is built while the rows arrive, so the full profiles of a large
        // directory are never all in memory at once (see docs/benchmarks.md, memory at 100,000).
        let mut corrupt = None;
        self.db
            .for_each(published::<D>("ORDER BY o.id"), |row: OrganisationRow| match row.into_organisation() {
                Ok(org) if corrupt.is_none() => visit(org),
                Ok(_) => {}
                Err(e) => {
                    corrupt.get_or_insert(e);
                }
            })
            .await
            .map_err(db_error)?;
        corrupt.map_or(Ok(()), Err)
    }

    async fn published_organisations_among(&self, ids: &[OrgId]) -> Result<Vec<Organisation>, StoreError> {
        let mut ids = ids.to_vec();
        ids.sort_unstable();
        ids.dedup();
        let mut found = Vec::with_capacity(ids.len());
        // In slices: both databases limit the number of bound values of one statement.
        for slice in ids.chunks(500) {
            let placeholders: Vec<String> = (0..slice.len()).map(|i| format!("${}", i + 2)).collect();
            let mut st = published::<D>(&format!("AND o.id IN ({}) ORDER BY o.id", placeholders.join(", ")));
            for id in slice {
                st = st.bind(id.0);
            }
            let rows: Vec<OrganisationRow> = self.db.fetch_all(st).await.map_err(db_error)?;
            for row in rows {
                found.push(row.into_organisation()?);
            }
        }
        Ok(found)
    }

    async fn directory_stamp(&self) -> Result<DirectoryStamp, StoreError> {
        #[derive(sqlx::FromRow)]
        struct StampRow {
            organisations: i64,
            version: i64,
        }
        let st = Statement::new(
            "SELECT (SELECT COUNT(*) FROM organisation WHERE network_id = $1 AND NOT archived AND approved_revision_id IS NOT NULL) \
             AS organisations, (SELECT version FROM content_version WHERE network_id = $1 AND scope = 'directory') AS version",
        )
        .bind(NETWORK);
        let row: StampRow = self.db.fetch_one(st).await.map_err(db_error)?;
        Ok(DirectoryStamp { organisations: row.organisations, last_change: row.version.to_string() })
    }

    async fn organisation_record(&self, id: OrgId) -> Result<Option<OrgRecord>, StoreError> {
        let st = Statement::new(format!("{RECORD} AND o.id = $2")).bind(NETWORK).bind(id.0);
        let row: Option<OrgRecordRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        row.map(OrgRecordRow::into_record).transpose()
    }

    async fn organisation_record_by_slug(&self, slug: &Slug) -> Result<Option<OrgRecord>, StoreError> {
        let st = Statement::new(format!("{RECORD} AND o.slug = $2")).bind(NETWORK).bind(slug.as_str());
        let row: Option<OrgRecordRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        row.map(OrgRecordRow::into_record).transpose()
    }

    async fn set_archived(&self, org: OrgId, archived: bool) -> Result<(), StoreError> {
        update_organisation(&self.db, "archived = $1", archived, org, true).await
    }

    async fn set_trusted(&self, org: OrgId, trusted: bool) -> Result<(), StoreError> {
        update_organisation(&self.db, "trusted = $1", trusted, org, false).await
    }

    async fn all_positions(&self) -> Result<Vec<OrgPosition>, StoreError> {
        let st = Statement::new(format!(
            "SELECT o.id, o.slug, o.name, {lat} AS lat, {lon} AS lon \
             FROM organisation o JOIN organisation_revision r ON r.id = COALESCE(o.approved_revision_id, \
                 (SELECT p.id FROM organisation_revision p WHERE p.organisation_id = o.id AND p.review_state = 'pending' \
                  ORDER BY p.number DESC LIMIT 1)) \
             WHERE o.network_id = $1 AND NOT o.archived ORDER BY o.id",
            lat = D::json_number("r.content", "position", "lat"),
            lon = D::json_number("r.content", "position", "lon"),
        ))
        .bind(NETWORK);
        let rows: Vec<PositionRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(PositionRow::into_position).collect()
    }
}

/// Saves a field of activity (a new one, or its labels and position again).
pub(crate) fn save_category_statement<D: Dialect>(category: &Category) -> Result<Statement, StoreError> {
    Statement::new(format!(
        "INSERT INTO category (network_id, key, position, labels) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (network_id, key) DO UPDATE SET position = excluded.position, labels = excluded.labels, updated_at = {}",
        D::NOW
    ))
    .bind(NETWORK)
    .bind(&category.key)
    .bind(category.position)
    .bind_json(&category.labels)
}

/// Saves a district (a new one, or all of it again).
pub(crate) fn save_district_statement<D: Dialect>(district: &District) -> Result<Statement, StoreError> {
    Statement::new(format!(
        "INSERT INTO district (network_id, key, name, centre_lat, centre_lon, postcodes, neighbours) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (network_id, key) DO UPDATE SET name = excluded.name, centre_lat = excluded.centre_lat, \
         centre_lon = excluded.centre_lon, postcodes = excluded.postcodes, neighbours = excluded.neighbours, updated_at = {}",
        D::NOW
    ))
    .bind(NETWORK)
    .bind(&district.key)
    .bind(&district.name)
    .bind(district.centre.map(|c| c.lat()))
    .bind(district.centre.map(|c| c.lon()))
    .bind_json(&district.postcodes)?
    .bind_json(&district.neighbours)
}
