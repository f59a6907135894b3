//! Parked forms. Taking one is a single `DELETE … RETURNING`, so a form is given back at most once.

use app::ports::{ParkedForm, ParkedFormStore, StoreError};
use async_trait::async_trait;

use crate::rows::ParkedFormRow;
use crate::{db_error, Dialect, SqlStore, Statement};

#[async_trait]
impl<D: Dialect> ParkedFormStore for SqlStore<D> {
    async fn park_form(&self, form: &ParkedForm) -> Result<(), StoreError> {
        let st = Statement::new(format!(
            "INSERT INTO parked_form (secret_hash, path, body, expires_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (secret_hash, path) DO UPDATE SET body = excluded.body, expires_at = excluded.expires_at, updated_at = {}",
            D::NOW
        ))
        .bind(&form.secret_hash)
        .bind(&form.path)
        .bind(&form.body)
        .bind(form.expires_at);
        self.db.execute(st).await.map_err(db_error)?;
        Ok(())
    }

    async fn take_parked_form(&self, secret_hash: &str, path: &str, now: i64) -> Result<Option<ParkedForm>, StoreError> {
        let st =
            Statement::new("DELETE FROM parked_form WHERE secret_hash = $1 AND path = $2 RETURNING secret_hash, path, body, expires_at")
                .bind(secret_hash)
                .bind(path);
        let row: Option<ParkedFormRow> = self.db.write_optional(st).await.map_err(db_error)?;
        Ok(row.filter(|r| r.expires_at > now).map(ParkedForm::from))
    }

    async fn discard_parked_forms(&self, secret_hash: &str) -> Result<(), StoreError> {
        self.db.execute(Statement::new("DELETE FROM parked_form WHERE secret_hash = $1").bind(secret_hash)).await.map_err(db_error)?;
        Ok(())
    }

    async fn delete_expired_parked_forms(&self, now: i64) -> Result<u64, StoreError> {
        self.db.execute(Statement::new("DELETE FROM parked_form WHERE expires_at <= $1").bind(now)).await.map_err(db_error)
    }
}
