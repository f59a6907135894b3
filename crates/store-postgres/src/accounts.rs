//! The accounts port on PostgreSQL: users, sessions, single-use tokens, memberships, audit log.

use app::ports::{
    AccountStore, AuditEvent, Claim, Membership, NewSession, NewToken, NewUser, SessionRecord, StoreError, TokenPurpose, UsedToken, User,
};
use app::stored::{ClaimRow, UserColumns};
use async_trait::async_trait;
use domain::accounts::{EmailAddress, Role, UserId};
use domain::ids::OrgId;
use domain::language::UiLocale;

use crate::{unavailable, PostgresStore};

const NETWORK: i64 = 1;

const USER_COLUMNS: &str = "id, email, role, password_hash, disabled, email_verified, totp_secret, totp_last_step, \
     to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), language";

fn to_users(rows: Vec<UserColumns>) -> Result<Vec<User>, StoreError> {
    rows.into_iter().map(app::stored::user).collect()
}

impl PostgresStore {
    async fn execute<'q>(&self, query: sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>) -> Result<u64, StoreError> {
        Ok(query.execute(&self.pool).await.map_err(unavailable)?.rows_affected())
    }
}

#[async_trait]
impl AccountStore for PostgresStore {
    async fn create_user(&self, user: &NewUser) -> Result<UserId, StoreError> {
        let inserted: Result<(i64,), sqlx::Error> = sqlx::query_as(
            "INSERT INTO app_user (network_id, email, password_hash, role, email_verified, language) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(NETWORK)
        .bind(user.email.as_str())
        .bind(&user.password_hash)
        .bind(user.role.key())
        .bind(user.email_verified)
        .bind(user.language.map(UiLocale::code))
        .fetch_one(&self.pool)
        .await;
        match inserted {
            Ok((id,)) => Ok(UserId(id)),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(StoreError::EmailTaken),
            Err(e) => Err(unavailable(e)),
        }
    }

    async fn user_by_email(&self, email: &EmailAddress) -> Result<Option<User>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM app_user WHERE network_id = $1 AND email = $2 AND deleted_at IS NULL");
        let row: Option<UserColumns> =
            sqlx::query_as(&sql).bind(NETWORK).bind(email.as_str()).fetch_optional(&self.pool).await.map_err(unavailable)?;
        row.map(app::stored::user).transpose()
    }

    async fn user(&self, id: UserId) -> Result<Option<User>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM app_user WHERE id = $1 AND deleted_at IS NULL");
        let row: Option<UserColumns> = sqlx::query_as(&sql).bind(id.0).fetch_optional(&self.pool).await.map_err(unavailable)?;
        row.map(app::stored::user).transpose()
    }

    async fn users(&self) -> Result<Vec<User>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM app_user WHERE network_id = $1 AND deleted_at IS NULL ORDER BY email");
        to_users(sqlx::query_as(&sql).bind(NETWORK).fetch_all(&self.pool).await.map_err(unavailable)?)
    }

    async fn count_users_with_role(&self, role: Role) -> Result<i64, StoreError> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM app_user WHERE network_id = $1 AND role = $2 AND deleted_at IS NULL")
            .bind(NETWORK)
            .bind(role.key())
            .fetch_one(&self.pool)
            .await
            .map_err(unavailable)?;
        Ok(n)
    }

    async fn set_password_hash(&self, id: UserId, password_hash: &str) -> Result<(), StoreError> {
        self.execute(
            sqlx::query("UPDATE app_user SET password_hash = $1, updated_at = now() WHERE id = $2").bind(password_hash).bind(id.0),
        )
        .await?;
        Ok(())
    }

    async fn set_email_verified(&self, id: UserId) -> Result<(), StoreError> {
        self.execute(sqlx::query("UPDATE app_user SET email_verified = TRUE, updated_at = now() WHERE id = $1").bind(id.0)).await?;
        Ok(())
    }

    async fn set_language(&self, id: UserId, language: Option<UiLocale>) -> Result<(), StoreError> {
        self.execute(
            sqlx::query("UPDATE app_user SET language = $1, updated_at = now() WHERE id = $2")
                .bind(language.map(UiLocale::code))
                .bind(id.0),
        )
        .await?;
        Ok(())
    }

    async fn set_role(&self, id: UserId, role: Role) -> Result<(), StoreError> {
        self.execute(sqlx::query("UPDATE app_user SET role = $1, updated_at = now() WHERE id = $2").bind(role.key()).bind(id.0)).await?;
        Ok(())
    }

    async fn set_disabled(&self, id: UserId, disabled: bool) -> Result<(), StoreError> {
        self.execute(sqlx::query("UPDATE app_user SET disabled = $1, updated_at = now() WHERE id = $2").bind(disabled).bind(id.0)).await?;
        Ok(())
    }

    async fn set_totp(&self, id: UserId, secret: Option<&str>, recovery_code_hashes: &[String]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(unavailable)?;
        sqlx::query("UPDATE app_user SET totp_secret = $1, totp_last_step = NULL, updated_at = now() WHERE id = $2")
            .bind(secret)
            .bind(id.0)
            .execute(&mut *tx)
            .await
            .map_err(unavailable)?;
        sqlx::query("DELETE FROM recovery_code WHERE user_id = $1").bind(id.0).execute(&mut *tx).await.map_err(unavailable)?;
        for hash in recovery_code_hashes {
            sqlx::query("INSERT INTO recovery_code (user_id, code_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(id.0)
                .bind(hash)
                .execute(&mut *tx)
                .await
                .map_err(unavailable)?;
        }
        tx.commit().await.map_err(unavailable)
    }

    async fn advance_totp_step(&self, id: UserId, step: i64) -> Result<bool, StoreError> {
        let changed = self
            .execute(
                sqlx::query("UPDATE app_user SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $3)")
                    .bind(step)
                    .bind(id.0)
                    .bind(step),
            )
            .await?;
        Ok(changed == 1)
    }

    async fn use_recovery_code(&self, id: UserId, code_hash: &str, now: i64) -> Result<bool, StoreError> {
        let changed = self
            .execute(
                sqlx::query("UPDATE recovery_code SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL")
                    .bind(now)
                    .bind(id.0)
                    .bind(code_hash),
            )
            .await?;
        Ok(changed == 1)
    }

    async fn unused_recovery_codes(&self, id: UserId) -> Result<Vec<String>, StoreError> {
        let rows: Vec<(String,)> = sqlx::query_as("SELECT code_hash FROM recovery_code WHERE user_id = $1 AND used_at IS NULL")
            .bind(id.0)
            .fetch_all(&self.pool)
            .await
            .map_err(unavailable)?;
        Ok(rows.into_iter().map(|(hash,)| hash).collect())
    }

    async fn anonymise_user(&self, id: UserId) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(unavailable)?;
        for sql in [
            "DELETE FROM user_session WHERE user_id = $1",
            "DELETE FROM membership WHERE user_id = $1",
            "DELETE FROM recovery_code WHERE user_id = $1",
            "DELETE FROM digest_subscription WHERE user_id = $1",
            "DELETE FROM one_time_token WHERE user_id = $1",
            "UPDATE app_user SET email = 'deleted-' || id::text || '@invalid.invalid', password_hash = '', totp_secret = NULL, \
             totp_last_step = NULL, disabled = TRUE, deleted_at = now(), \
             updated_at = now() WHERE id = $1",
        ] {
            sqlx::query(sql).bind(id.0).execute(&mut *tx).await.map_err(unavailable)?;
        }
        tx.commit().await.map_err(unavailable)
    }

    async fn create_session(&self, session: &NewSession) -> Result<(), StoreError> {
        self.execute(
            sqlx::query(
                "INSERT INTO user_session (token_hash, user_id, second_factor_done, started_at, last_seen_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(&session.token_hash)
            .bind(session.user.0)
            .bind(session.second_factor_done)
            .bind(session.now)
            .bind(session.now),
        )
        .await?;
        Ok(())
    }

    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>, StoreError> {
        let row: Option<(i64, bool, i64, i64)> =
            sqlx::query_as("SELECT user_id, second_factor_done, started_at, last_seen_at FROM user_session WHERE token_hash = $1")
                .bind(token_hash)
                .fetch_optional(&self.pool)
                .await
                .map_err(unavailable)?;
        Ok(row.map(|(user, second_factor_done, started_at, last_seen_at)| SessionRecord {
            user: UserId(user),
            second_factor_done,
            started_at,
            last_seen_at,
        }))
    }

    async fn touch_session(&self, token_hash: &str, now: i64) -> Result<(), StoreError> {
        self.execute(sqlx::query("UPDATE user_session SET last_seen_at = $1 WHERE token_hash = $2").bind(now).bind(token_hash)).await?;
        Ok(())
    }

    async fn complete_second_factor(&self, token_hash: &str) -> Result<(), StoreError> {
        self.execute(sqlx::query("UPDATE user_session SET second_factor_done = TRUE WHERE token_hash = $1").bind(token_hash)).await?;
        Ok(())
    }

    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        self.execute(sqlx::query("DELETE FROM user_session WHERE token_hash = $1").bind(token_hash)).await?;
        Ok(())
    }

    async fn delete_sessions_of(&self, id: UserId) -> Result<(), StoreError> {
        self.execute(sqlx::query("DELETE FROM user_session WHERE user_id = $1").bind(id.0)).await?;
        Ok(())
    }

    async fn create_token(&self, token: &NewToken) -> Result<(), StoreError> {
        self.execute(
            sqlx::query(
                "INSERT INTO one_time_token (token_hash, purpose, user_id, email, organisation_id, payload, expires_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(&token.token_hash)
            .bind(token.purpose.key())
            .bind(token.user.map(|u| u.0))
            .bind(token.email.as_ref().map(EmailAddress::as_str))
            .bind(token.organisation.map(|o| o.0))
            .bind(&token.payload)
            .bind(token.expires_at),
        )
        .await?;
        Ok(())
    }

    async fn consume_token(&self, token_hash: &str, purpose: TokenPurpose, now: i64) -> Result<Option<UsedToken>, StoreError> {
        let row: Option<(Option<i64>, Option<String>, Option<i64>, String)> = sqlx::query_as(
            "UPDATE one_time_token SET used_at = $1, updated_at = now() \
             WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $4 \
             RETURNING user_id, email, organisation_id, payload",
        )
        .bind(now)
        .bind(token_hash)
        .bind(purpose.key())
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(unavailable)?;
        row.map(app::stored::used_token).transpose()
    }

    async fn valid_token(&self, token_hash: &str, purpose: TokenPurpose, now: i64) -> Result<Option<UsedToken>, StoreError> {
        let row: Option<(Option<i64>, Option<String>, Option<i64>, String)> = sqlx::query_as(
            "SELECT user_id, email, organisation_id, payload FROM one_time_token \
             WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
        )
        .bind(token_hash)
        .bind(purpose.key())
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(unavailable)?;
        row.map(app::stored::used_token).transpose()
    }

    async fn save_membership(&self, membership: &Membership) -> Result<(), StoreError> {
        self.execute(
            sqlx::query(
                "INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, $3) \
                 ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = excluded.role, \
                 updated_at = now()",
            )
            .bind(membership.user.0)
            .bind(membership.organisation.0)
            .bind(membership.role.key()),
        )
        .await?;
        Ok(())
    }

    async fn remove_membership(&self, user: UserId, organisation: OrgId) -> Result<(), StoreError> {
        self.execute(sqlx::query("DELETE FROM membership WHERE user_id = $1 AND organisation_id = $2").bind(user.0).bind(organisation.0))
            .await?;
        Ok(())
    }

    async fn memberships_of(&self, user: UserId) -> Result<Vec<Membership>, StoreError> {
        let rows: Vec<(i64, i64, String)> =
            sqlx::query_as("SELECT user_id, organisation_id, role FROM membership WHERE user_id = $1 ORDER BY organisation_id")
                .bind(user.0)
                .fetch_all(&self.pool)
                .await
                .map_err(unavailable)?;
        rows.into_iter().map(|(u, o, r)| app::stored::membership(u, o, &r)).collect()
    }

    async fn members_of(&self, organisation: OrgId) -> Result<Vec<(Membership, EmailAddress)>, StoreError> {
        let rows: Vec<(i64, i64, String, String)> = sqlx::query_as(
            "SELECT m.user_id, m.organisation_id, m.role, u.email FROM membership m JOIN app_user u ON u.id = m.user_id \
             WHERE m.organisation_id = $1 AND u.deleted_at IS NULL ORDER BY u.email",
        )
        .bind(organisation.0)
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        rows.into_iter().map(|(u, o, r, email)| app::stored::member(u, o, &r, &email)).collect()
    }

    async fn create_claim(&self, user: UserId, organisation: OrgId, message: &str) -> Result<i64, StoreError> {
        let inserted: Result<(i64,), sqlx::Error> =
            sqlx::query_as("INSERT INTO membership_claim (user_id, organisation_id, message) VALUES ($1, $2, $3) RETURNING id")
                .bind(user.0)
                .bind(organisation.0)
                .bind(message)
                .fetch_one(&self.pool)
                .await;
        match inserted {
            Ok((id,)) => Ok(id),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(StoreError::Conflict("claim already open".into())),
            Err(e) => Err(unavailable(e)),
        }
    }

    async fn pending_claims(&self) -> Result<Vec<Claim>, StoreError> {
        let rows: Vec<ClaimRow> = sqlx::query_as(
            "SELECT c.id, c.user_id, u.email, c.organisation_id, c.message, to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM membership_claim c \
             JOIN app_user u ON u.id = c.user_id WHERE c.state = 'pending' AND u.deleted_at IS NULL ORDER BY c.id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        rows.into_iter().map(app::stored::claim).collect()
    }

    async fn decide_claim(&self, id: i64, approve: bool, decided_by: &str) -> Result<Option<Claim>, StoreError> {
        let mut tx = self.pool.begin().await.map_err(unavailable)?;
        let state = if approve { "approved" } else { "rejected" };
        let decided: Option<(i64, i64)> = sqlx::query_as(
            "UPDATE membership_claim SET state = $1, decided_by = $2, updated_at = now() WHERE id = $3 AND state = 'pending' \
             RETURNING user_id, organisation_id",
        )
        .bind(state)
        .bind(decided_by)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await
        .map_err(unavailable)?;
        let Some((user, organisation)) = decided else { return Ok(None) };
        if approve {
            sqlx::query(
                "INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'owner') \
                 ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = 'owner'",
            )
            .bind(user)
            .bind(organisation)
            .execute(&mut *tx)
            .await
            .map_err(unavailable)?;
        }
        let row: ClaimRow = sqlx::query_as(
            "SELECT c.id, c.user_id, u.email, c.organisation_id, c.message, to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM membership_claim c \
             JOIN app_user u ON u.id = c.user_id WHERE c.id = $1",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await
        .map_err(unavailable)?;
        tx.commit().await.map_err(unavailable)?;
        app::stored::claim(row).map(Some)
    }

    async fn set_digest(&self, user: UserId, on: bool) -> Result<(), StoreError> {
        let sql = if on {
            "INSERT INTO digest_subscription (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING"
        } else {
            "DELETE FROM digest_subscription WHERE user_id = $1"
        };
        sqlx::query(sql).bind(user.0).execute(&self.pool).await.map_err(unavailable)?;
        Ok(())
    }

    async fn is_digest_subscriber(&self, user: UserId) -> Result<bool, StoreError> {
        let row: Option<(i64,)> = sqlx::query_as("SELECT user_id FROM digest_subscription WHERE user_id = $1")
            .bind(user.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(unavailable)?;
        Ok(row.is_some())
    }

    async fn digest_subscribers(&self) -> Result<Vec<(UserId, EmailAddress)>, StoreError> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT u.id, u.email FROM digest_subscription d JOIN app_user u ON u.id = d.user_id \
             WHERE u.deleted_at IS NULL AND u.disabled = FALSE ORDER BY u.id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        rows.into_iter()
            .map(|(id, email)| Ok((UserId(id), EmailAddress::parse(&email).map_err(|e| StoreError::Corrupt(e.to_string()))?)))
            .collect()
    }

    async fn record_audit(&self, event: &AuditEvent) -> Result<(), StoreError> {
        self.execute(
            sqlx::query("INSERT INTO audit_event (network_id, actor, action, target, detail) VALUES ($1, $2, $3, $4, $5)")
                .bind(NETWORK)
                .bind(&event.actor)
                .bind(&event.action)
                .bind(&event.target)
                .bind(&event.detail),
        )
        .await?;
        Ok(())
    }

    async fn audit_events(&self, limit: i64) -> Result<Vec<AuditEvent>, StoreError> {
        let rows: Vec<(String, String, String, String, String)> = sqlx::query_as(
            "SELECT actor, action, target, detail, \
             to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM audit_event WHERE network_id = $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(NETWORK)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        Ok(rows.into_iter().map(|(actor, action, target, detail, at)| AuditEvent { actor, action, target, detail, at }).collect())
    }

    async fn audit_events_by_actor(&self, actor: &str) -> Result<Vec<AuditEvent>, StoreError> {
        let rows: Vec<(String, String, String, String, String)> = sqlx::query_as(
            "SELECT actor, action, target, detail, \
             to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM audit_event \
             WHERE network_id = $1 AND actor = $2 ORDER BY id",
        )
        .bind(NETWORK)
        .bind(actor)
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        Ok(rows.into_iter().map(|(actor, action, target, detail, at)| AuditEvent { actor, action, target, detail, at }).collect())
    }
}
