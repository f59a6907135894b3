//! Logo pictures on PostgreSQL: one row per hash, written once.

use app::ports::{LogoStore, StoreError, StoredLogo};
use async_trait::async_trait;
use domain::logo::LogoHash;

use crate::{corrupt, unavailable, PostgresStore};

#[async_trait]
impl LogoStore for PostgresStore {
    async fn save_logo(&self, logo: &StoredLogo) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO logo (hash, png, width, height) VALUES ($1, $2, $3, $4) ON CONFLICT (hash) DO NOTHING")
            .bind(logo.hash.as_str())
            .bind(&logo.png)
            .bind(i32::try_from(logo.width).map_err(corrupt)?)
            .bind(i32::try_from(logo.height).map_err(corrupt)?)
            .execute(&self.pool)
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    async fn logo(&self, hash: &LogoHash) -> Result<Option<StoredLogo>, StoreError> {
        let row: Option<(Vec<u8>, i32, i32)> = sqlx::query_as("SELECT png, width, height FROM logo WHERE hash = $1")
            .bind(hash.as_str())
            .fetch_optional(&self.pool)
            .await
            .map_err(unavailable)?;
        row.map(|(png, width, height)| {
            let side = |v: i32| u32::try_from(v).map_err(corrupt);
            Ok(StoredLogo { hash: hash.clone(), png, width: side(width)?, height: side(height)? })
        })
        .transpose()
    }
}
