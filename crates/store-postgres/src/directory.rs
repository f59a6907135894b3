//! The directory port on PostgreSQL.

use app::ports::{Author, DirectoryStamp, DirectoryStore, NewOrganisation, OrgPosition, OrgRecord, StoreError};
use async_trait::async_trait;
use domain::category::Category;
use domain::district::District;
use domain::geo::GeoPoint;
use domain::ids::OrgId;
use domain::organisation::Organisation;
use domain::slug::Slug;
use futures_util::TryStreamExt;
use sqlx::{Postgres, Transaction};

use crate::{corrupt, revisions, unavailable, PostgresStore};

pub(crate) const NETWORK: i64 = 1;

type OrgRow = (i64, String, String, String);

fn to_organisation((id, slug, content, updated_at): OrgRow) -> Result<Organisation, StoreError> {
    app::stored::organisation(id, &slug, &content, updated_at)
}

pub(crate) async fn bump_version(tx: &mut Transaction<'_, Postgres>) -> Result<(), StoreError> {
    sqlx::query("UPDATE content_version SET version = version + 1 WHERE network_id = $1 AND scope = 'directory'")
        .bind(NETWORK)
        .execute(&mut **tx)
        .await
        .map_err(unavailable)?;
    Ok(())
}

const PUBLISHED: &str = "SELECT o.id, o.slug, r.content::text, to_char(o.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM organisation o \
     JOIN organisation_revision r ON r.id = o.approved_revision_id \
     WHERE o.network_id = $1 AND NOT o.archived";

#[async_trait]
impl DirectoryStore for PostgresStore {
    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await.map_err(unavailable)?;
        Ok(())
    }

    async fn is_empty(&self) -> Result<bool, StoreError> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisation").fetch_one(&self.pool).await.map_err(unavailable)?;
        Ok(n == 0)
    }

    async fn categories(&self) -> Result<Vec<Category>, StoreError> {
        let rows: Vec<(String, i64, String)> =
            sqlx::query_as("SELECT key, position::bigint, labels::text FROM category WHERE network_id = $1 ORDER BY position, key")
                .bind(NETWORK)
                .fetch_all(&self.pool)
                .await
                .map_err(unavailable)?;
        rows.into_iter()
            .map(|(key, position, labels)| {
                Ok(Category { key, position: position as i32, labels: serde_json::from_str(&labels).map_err(corrupt)? })
            })
            .collect()
    }

    async fn save_category(&self, category: &Category) -> Result<(), StoreError> {
        let labels = serde_json::to_string(&category.labels).map_err(corrupt)?;
        let mut tx = self.pool.begin().await.map_err(unavailable)?;
        sqlx::query(
            "INSERT INTO category (network_id, key, position, labels) VALUES ($1, $2, $3, $4::jsonb) \
             ON CONFLICT (network_id, key) DO UPDATE SET position = excluded.position, labels = excluded.labels, \
             updated_at = now()",
        )
        .bind(NETWORK)
        .bind(&category.key)
        .bind(category.position)
        .bind(labels)
        .execute(&mut *tx)
        .await
        .map_err(unavailable)?;
        bump_version(&mut tx).await?;
        tx.commit().await.map_err(unavailable)
    }

    async fn districts(&self) -> Result<Vec<District>, StoreError> {
        let rows: Vec<(String, String, Option<f64>, Option<f64>, String, String)> = sqlx::query_as(
            "SELECT key, name, centre_lat, centre_lon, postcodes::text, neighbours::text FROM district WHERE network_id = $1 ORDER BY name",
        )
        .bind(NETWORK)
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        rows.into_iter()
            .map(|(key, name, lat, lon, postcodes, neighbours)| {
                let centre = match (lat, lon) {
                    (Some(lat), Some(lon)) => Some(GeoPoint::new(lat, lon).map_err(corrupt)?),
                    _ => None,
                };
                Ok(District {
                    key,
                    name,
                    centre,
                    postcodes: serde_json::from_str(&postcodes).map_err(corrupt)?,
                    neighbours: serde_json::from_str(&neighbours).map_err(corrupt)?,
                })
            })
            .collect()
    }

    async fn save_district(&self, district: &District) -> Result<(), StoreError> {
        let postcodes = serde_json::to_string(&district.postcodes).map_err(corrupt)?;
        let neighbours = serde_json::to_string(&district.neighbours).map_err(corrupt)?;
        let mut tx = self.pool.begin().await.map_err(unavailable)?;
        sqlx::query(
            "INSERT INTO district (network_id, key, name, centre_lat, centre_lon, postcodes, neighbours) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb) \
             ON CONFLICT (network_id, key) DO UPDATE SET name = excluded.name, centre_lat = excluded.centre_lat, \
             centre_lon = excluded.centre_lon, postcodes = excluded.postcodes, neighbours = excluded.neighbours, \
             updated_at = now()",
        )
        .bind(NETWORK)
        .bind(&district.key)
        .bind(&district.name)
        .bind(district.centre.map(|c| c.lat()))
        .bind(district.centre.map(|c| c.lon()))
        .bind(postcodes)
        .bind(neighbours)
        .execute(&mut *tx)
        .await
        .map_err(unavailable)?;
        bump_version(&mut tx).await?;
        tx.commit().await.map_err(unavailable)
    }

    async fn create_organisations(&self, batch: &[NewOrganisation], author: &Author) -> Result<Vec<OrgId>, StoreError> {
        let author = author.label();
        let now = app::accounts::sign_in::unix_now();
        let mut tx = self.pool.begin().await.map_err(unavailable)?;
        let mut ids = Vec::with_capacity(batch.len());
        for new in batch {
            let content = serde_json::to_string(&new.profile).map_err(corrupt)?;
            let inserted: Result<(i64,), sqlx::Error> =
                sqlx::query_as("INSERT INTO organisation (network_id, slug, name, confirmed_at) VALUES ($1, $2, $3, $4) RETURNING id")
                    .bind(NETWORK)
                    .bind(new.slug.as_str())
                    .bind(&new.profile.name)
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await;
            let (id,) = match inserted {
                Ok(row) => row,
                Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Err(StoreError::SlugTaken(new.slug.to_string())),
                Err(e) => return Err(unavailable(e)),
            };
            let (revision,): (i64,) = sqlx::query_as(
                "INSERT INTO organisation_revision (organisation_id, number, author, content, review_state) \
                 VALUES ($1, 1, $2, $3::jsonb, 'approved') RETURNING id",
            )
            .bind(id)
            .bind(&author)
            .bind(content)
            .fetch_one(&mut *tx)
            .await
            .map_err(unavailable)?;
            sqlx::query("UPDATE organisation SET approved_revision_id = $1 WHERE id = $2")
                .bind(revision)
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(unavailable)?;
            ids.push(OrgId(id));
        }
        bump_version(&mut tx).await?;
        tx.commit().await.map_err(unavailable)?;
        Ok(ids)
    }

    async fn organisation(&self, slug: &Slug) -> Result<Option<Organisation>, StoreError> {
        let row: Option<OrgRow> = sqlx::query_as(&format!("{PUBLISHED} AND o.slug = $2"))
            .bind(NETWORK)
            .bind(slug.as_str())
            .fetch_optional(&self.pool)
            .await
            .map_err(unavailable)?;
        row.map(to_organisation).transpose()
    }

    async fn published_organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        let query = format!("{PUBLISHED} ORDER BY o.id");
        let mut rows = sqlx::query_as::<_, OrgRow>(&query).bind(NETWORK).fetch(&self.pool);
        let mut all = Vec::new();
        while let Some(row) = rows.try_next().await.map_err(unavailable)? {
            all.push(to_organisation(row)?);
        }
        Ok(all)
    }

    async fn directory_stamp(&self) -> Result<DirectoryStamp, StoreError> {
        let (organisations, version): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM organisation WHERE network_id = $1 AND NOT archived AND approved_revision_id IS NOT NULL), \
             (SELECT version FROM content_version WHERE network_id = $1 AND scope = 'directory')",
        )
        .bind(NETWORK)
        .fetch_one(&self.pool)
        .await
        .map_err(unavailable)?;
        Ok(DirectoryStamp { organisations, last_change: version.to_string() })
    }

    async fn organisation_record(&self, id: OrgId) -> Result<Option<OrgRecord>, StoreError> {
        revisions::organisation_record(self, id).await
    }

    async fn organisation_record_by_slug(&self, slug: &Slug) -> Result<Option<OrgRecord>, StoreError> {
        revisions::organisation_record_by_slug(self, slug).await
    }

    async fn set_archived(&self, org: OrgId, archived: bool) -> Result<(), StoreError> {
        revisions::set_archived(self, org, archived).await
    }

    async fn set_trusted(&self, org: OrgId, trusted: bool) -> Result<(), StoreError> {
        revisions::set_trusted(self, org, trusted).await
    }

    async fn all_positions(&self) -> Result<Vec<OrgPosition>, StoreError> {
        revisions::all_positions(self).await
    }
}
