//! The second factor: setting up an authenticator app (TOTP) with recovery codes, and
//! entering a code after the password. Passing it starts a new session (a new id for the
//! raised privilege), and failures count against the same limit as passwords.

use rand::rngs::OsRng;
use rand::TryRngCore;

use crate::accounts::recovery_codes::{find_recovery_code, generate_recovery_codes, hash_recovery_code, RECOVERY_CODE_COUNT};
use crate::accounts::sign_in::{start_session, Throttle, Viewer};
use crate::accounts::totp::{otpauth_uri, verify, TotpError, TotpSecret};
use crate::accounts::totp_qr::qr_code_svg;
use crate::ports::{AccountStore, SessionStore, StoreError, UserStore};

/// Why a code was refused.
#[derive(Debug, thiserror::Error)]
pub enum SecondFactorError {
    #[error("the code is wrong or expired")]
    WrongCode,
    #[error("the setup was interrupted; start again")]
    BadSetup,
    #[error("no second factor is set up")]
    NotSetUp,
    #[error("too many attempts; try again in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SecondFactorError {
    /// Stable identifier for translations.
    pub fn code(&self) -> &'static str {
        match self {
            SecondFactorError::WrongCode => "code_wrong",
            SecondFactorError::BadSetup => "setup_interrupted",
            SecondFactorError::NotSetUp => "not_set_up",
            SecondFactorError::RateLimited { .. } => "rate_limited",
            SecondFactorError::Store(_) => "storage_failed",
        }
    }
}

/// What the setup page shows: the secret to type in, and the same as a link and a QR code.
#[derive(Debug, Clone)]
pub struct SetupOffer {
    /// Base32, for the form's hidden field.
    pub secret: String,
    /// Base32 in groups of four, for typing into an app.
    pub secret_grouped: String,
    pub uri: String,
    /// Inline SVG, or `None` when the link is too long for a QR code.
    pub qr_svg: Option<String>,
}

/// A fresh secret to set up, or the one from the form again after a wrong code.
pub fn offer_setup(viewer: &Viewer, issuer: &str, previous: Option<&str>) -> SetupOffer {
    let secret = previous.and_then(|p| TotpSecret::from_base32(p).ok()).unwrap_or_else(|| TotpSecret::generate(&mut OsRng.unwrap_err()));
    let uri = otpauth_uri(&secret, issuer, &viewer.user.email);
    SetupOffer { secret: secret.to_base32(), secret_grouped: secret.to_base32_grouped(), qr_svg: qr_code_svg(&uri).ok(), uri }
}

/// Where and when a code was entered.
#[derive(Debug, Clone, Copy)]
pub struct CodeAttempt<'a> {
    /// The client's address, for the per-address limit.
    pub ip: &'a str,
    /// Unix seconds.
    pub now: i64,
}

/// The result of a passed second factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passed {
    /// The new session's cookie secret; the old session is ended.
    pub token: String,
    /// Recovery codes to show once (after setup), or empty.
    pub recovery_codes: Vec<String>,
}

fn unix_secs(now: i64) -> u64 {
    u64::try_from(now).unwrap_or(0)
}

/// Confirms the setup with a first code from the app; stores the secret and fresh recovery codes.
pub async fn confirm_setup(
    store: &dyn AccountStore,
    throttle: &Throttle,
    viewer: &Viewer,
    secret: &str,
    code: &str,
    attempt: CodeAttempt<'_>,
) -> Result<Passed, SecondFactorError> {
    let CodeAttempt { ip, now } = attempt;
    let account = viewer.user.email.as_str();
    throttle
        .check_code(account, ip, now)
        .await
        .map_err(|r| r.into_error(|retry_after_secs| SecondFactorError::RateLimited { retry_after_secs }))?;
    let secret = TotpSecret::from_base32(secret).map_err(|_| SecondFactorError::BadSetup)?;
    let step = match verify(&secret, code, unix_secs(now), None) {
        Ok(step) => step,
        Err(_) => {
            throttle.record_code_failure(account, ip, now).await?;
            return Err(SecondFactorError::WrongCode);
        }
    };
    let mut rng = OsRng.unwrap_err();
    let codes = generate_recovery_codes(&mut rng, RECOVERY_CODE_COUNT);
    let hashes = codes.iter().filter_map(|c| hash_recovery_code(&mut rng, c).ok()).collect::<Vec<_>>();
    store.set_totp(viewer.user.id, Some(&secret.to_base32()), &hashes).await?;
    store.advance_totp_step(viewer.user.id, i64::try_from(step).unwrap_or(i64::MAX)).await?;
    throttle.record_code_success(account).await?;
    let token = upgrade_session(store, viewer, now).await?;
    Ok(Passed { token, recovery_codes: codes })
}

/// Checks a code from the app, or a recovery code, after the password.
pub async fn enter_code(
    store: &dyn AccountStore,
    throttle: &Throttle,
    viewer: &Viewer,
    code: &str,
    attempt: CodeAttempt<'_>,
) -> Result<Passed, SecondFactorError> {
    let CodeAttempt { ip, now } = attempt;
    let account = viewer.user.email.as_str();
    throttle
        .check_code(account, ip, now)
        .await
        .map_err(|r| r.into_error(|retry_after_secs| SecondFactorError::RateLimited { retry_after_secs }))?;
    let Some(secret) = viewer.user.totp_secret.as_deref() else { return Err(SecondFactorError::NotSetUp) };
    let secret = TotpSecret::from_base32(secret).map_err(|_| SecondFactorError::NotSetUp)?;
    let last = viewer.user.totp_last_step.and_then(|s| u64::try_from(s).ok());
    let accepted = match verify(&secret, code, unix_secs(now), last) {
        Ok(step) => store.advance_totp_step(viewer.user.id, i64::try_from(step).unwrap_or(i64::MAX)).await?,
        Err(TotpError::Malformed) => use_recovery_code(store, viewer, code, now).await?,
        Err(_) => false,
    };
    if !accepted {
        throttle.record_code_failure(account, ip, now).await?;
        return Err(SecondFactorError::WrongCode);
    }
    throttle.record_code_success(account).await?;
    let token = upgrade_session(store, viewer, now).await?;
    Ok(Passed { token, recovery_codes: Vec::new() })
}

async fn use_recovery_code(store: &dyn UserStore, viewer: &Viewer, code: &str, now: i64) -> Result<bool, StoreError> {
    let hashes = store.unused_recovery_codes(viewer.user.id).await?;
    match find_recovery_code(code, &hashes) {
        Some(i) => store.use_recovery_code(viewer.user.id, &hashes[i], now).await,
        None => Ok(false),
    }
}

/// Ends the half-done session and starts a complete one under a new id.
async fn upgrade_session(store: &dyn SessionStore, viewer: &Viewer, now: i64) -> Result<String, StoreError> {
    let token = start_session(store, &viewer.user, true, now).await?;
    store.delete_session(&viewer.session_hash).await?;
    Ok(token)
}
