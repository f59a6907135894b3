//! Logo pictures: one row per hash, written once.

use app::ports::{LogoStore, StoreError, StoredLogo};
use async_trait::async_trait;
use domain::logo::LogoHash;

use crate::rows::LogoRow;
use crate::{corrupt, db_error, Dialect, SqlStore, Statement};

#[async_trait]
impl<D: Dialect> LogoStore for SqlStore<D> {
    async fn save_logo(&self, logo: &StoredLogo) -> Result<(), StoreError> {
        let st = Statement::new("INSERT INTO logo (hash, png, width, height) VALUES ($1, $2, $3, $4) ON CONFLICT (hash) DO NOTHING")
            .bind(logo.hash.as_str())
            .bind(&logo.png)
            .bind(logo.width)
            .bind(logo.height);
        self.db.execute(st).await.map_err(db_error)?;
        Ok(())
    }

    async fn logo(&self, hash: &LogoHash) -> Result<Option<StoredLogo>, StoreError> {
        let st = Statement::new("SELECT png, width, height FROM logo WHERE hash = $1").bind(hash.as_str());
        let row: Option<LogoRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        row.map(|r| {
            let side = |v: i32| u32::try_from(v).map_err(corrupt);
            Ok(StoredLogo { hash: hash.clone(), png: r.png, width: side(r.width)?, height: side(r.height)? })
        })
        .transpose()
    }
}
