//! Logo pictures on SQLite: one row per hash, written once.

use app::ports::{LogoStore, StoreError, StoredLogo};
use async_trait::async_trait;
use domain::logo::LogoHash;

use crate::{corrupt, unavailable, SqliteStore};

#[async_trait]
impl LogoStore for SqliteStore {
    async fn save_logo(&self, logo: &StoredLogo) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO logo (hash, png, width, height) VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING")
            .bind(logo.hash.as_str())
            .bind(&logo.png)
            .bind(i64::from(logo.width))
            .bind(i64::from(logo.height))
            .execute(&self.writer)
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    async fn logo(&self, hash: &LogoHash) -> Result<Option<StoredLogo>, StoreError> {
        let row: Option<(Vec<u8>, i64, i64)> = sqlx::query_as("SELECT png, width, height FROM logo WHERE hash = ?")
            .bind(hash.as_str())
            .fetch_optional(&self.reader)
            .await
            .map_err(unavailable)?;
        row.map(|(png, width, height)| {
            let side = |v: i64| u32::try_from(v).map_err(corrupt);
            Ok(StoredLogo { hash: hash.clone(), png, width: side(width)?, height: side(height)? })
        })
        .transpose()
    }
}
