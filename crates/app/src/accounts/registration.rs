//! Registering with a verified address, resetting a forgotten password, and joining an
//! association by invitation. No answer reveals whether an address has an account; every
//! link is a single-use token, stored hashed, that expires.

use domain::accounts::{EmailAddress, Password, PasswordError, Role, UserId};
use domain::ids::OrgId;
use domain::language::UiLocale;
use domain::local_path::LocalPath;

use crate::accounts::password_hash::hash_password_off_thread;
use crate::accounts::sign_in::{start_session, Throttle, Viewer};
use crate::accounts::tokens::{hash_secret, looks_like_secret, new_secret};
pub use crate::mail::compose::Mailing;
use crate::mail::compose::{send, MailKind};
use crate::ports::{
    AccountStore, AuditEvent, MemberRole, Membership, NewToken, NewUser, StoreError, TokenPurpose, TokenStore, UsedToken, UserStore,
};

/// How long links stay valid, in seconds.
pub const VERIFY_EMAIL_SECS: i64 = 48 * 3600;
pub const RESET_PASSWORD_SECS: i64 = 3600;
pub const INVITATION_SECS: i64 = 14 * 24 * 3600;

/// Why a form was refused; `code()` names the message.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("invalid email address")]
    InvalidEmail,
    #[error(transparent)]
    WeakPassword(PasswordError),
    #[error("the passwords differ")]
    PasswordsDiffer,
    #[error("the link is invalid, used or expired")]
    InvalidLink,
    #[error("too many attempts; try again in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    #[error("not allowed")]
    Forbidden,
    #[error("sign in with the invited account first")]
    SignInFirst,
    #[error("storage failed: {0}")]
    Store(#[from] StoreError),
    #[error("password hashing failed")]
    Hashing,
}

impl AccountError {
    pub fn code(&self) -> &'static str {
        match self {
            AccountError::InvalidEmail => "invalid_email",
            AccountError::WeakPassword(e) => e.code(),
            AccountError::PasswordsDiffer => "passwords_differ",
            AccountError::InvalidLink => "invalid_link",
            AccountError::RateLimited { .. } => "rate_limited",
            AccountError::Forbidden => "forbidden",
            AccountError::SignInFirst => "sign_in_first",
            AccountError::Store(_) | AccountError::Hashing => "storage_failed",
        }
    }
}

async fn new_token(store: &dyn TokenStore, token: NewToken) -> Result<String, StoreError> {
    let secret = new_secret();
    store.create_token(&NewToken { token_hash: hash_secret(&secret), ..token }).await?;
    Ok(secret)
}

fn check_password(password: &str, repeated: &str, email: &EmailAddress) -> Result<Password, AccountError> {
    let password = Password::parse(password, email).map_err(AccountError::WeakPassword)?;
    if password.expose() != repeated {
        return Err(AccountError::PasswordsDiffer);
    }
    Ok(password)
}

async fn hash(password: &Password) -> Result<String, AccountError> {
    hash_password_off_thread(password).await.map_err(|_| AccountError::Hashing)
}

/// Registers a representative account and mails a confirmation link. For an address that
/// already has an account, that account's owner gets a mail with a reset link instead;
/// the caller cannot tell the two apart. `next` (a path on this site, such as a newcomer's
/// guided path from an association) rides with the confirmation link's token, not in its URL,
/// and is where the person goes on after confirming.
#[allow(clippy::too_many_arguments)]
pub async fn register(
    store: &dyn AccountStore,
    throttle: &Throttle,
    mailing: &Mailing<'_>,
    (email, password, repeated): (&str, &str, &str),
    next: Option<&LocalPath>,
    ip: &str,
    now: i64,
) -> Result<(), AccountError> {
    let address = EmailAddress::parse(email).map_err(|_| AccountError::InvalidEmail)?;
    let password = check_password(password, repeated, &address)?;
    let key = format!("register:{ip}");
    throttle.per_ip.count(&key, now).await.map_err(|r| r.into_error(|retry_after_secs| AccountError::RateLimited { retry_after_secs }))?;
    // Hashed for known addresses too, so that both answers take the same time.
    let password_hash = hash(&password).await?;
    if let Some(existing) = store.user_by_email(&address).await? {
        let token = NewToken { purpose: TokenPurpose::ResetPassword, user: Some(existing.id), ..blank_token(now + RESET_PASSWORD_SECS) };
        let secret = new_token(store, token).await?;
        let kind = MailKind::AlreadyRegistered { reset_link: format!("{}/password/reset?token={secret}", mailing.base_url) };
        send(mailing.jobs, mailing.text, &address, Some(mailing.locale), &kind).await?;
        return Ok(());
    }
    let user = match store
        .create_user(&NewUser {
            email: address.clone(),
            role: Role::Representative,
            password_hash,
            email_verified: false,
            language: Some(mailing.locale),
        })
        .await
    {
        Ok(user) => user,
        // Registered in between: answer as for an existing account.
        Err(StoreError::EmailTaken) => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    let payload = next.map_or_else(|| "{}".to_owned(), |path| serde_json::json!({ "next": path.as_str() }).to_string());
    let token = NewToken { purpose: TokenPurpose::VerifyEmail, user: Some(user), payload, ..blank_token(now + VERIFY_EMAIL_SECS) };
    let secret = new_token(store, token).await?;
    let kind = MailKind::VerifyEmail { link: format!("{}/register/verify?token={secret}", mailing.base_url) };
    send(mailing.jobs, mailing.text, &address, Some(mailing.locale), &kind).await?;
    Ok(())
}

fn blank_token(expires_at: i64) -> NewToken {
    NewToken {
        token_hash: String::new(),
        purpose: TokenPurpose::VerifyEmail,
        user: None,
        email: None,
        organisation: None,
        payload: "{}".into(),
        expires_at,
    }
}

/// Confirms an address with the link from the mail; answers where the person goes on (the
/// `next` given at registration), if anywhere.
pub async fn verify_email(store: &dyn AccountStore, token: &str, now: i64) -> Result<Option<LocalPath>, AccountError> {
    let used = consume(store, token, TokenPurpose::VerifyEmail, now).await?;
    let user = used.user.ok_or(AccountError::InvalidLink)?;
    store.set_email_verified(user).await?;
    Ok(next_of(&used))
}

/// The path a confirmation link leads on to, checked again on the way out.
pub fn next_of(token: &UsedToken) -> Option<LocalPath> {
    let payload = serde_json::from_str::<serde_json::Value>(&token.payload).ok()?;
    LocalPath::parse(payload.get("next")?.as_str()?)
}

async fn consume(store: &dyn TokenStore, token: &str, purpose: TokenPurpose, now: i64) -> Result<UsedToken, AccountError> {
    if !looks_like_secret(token) {
        return Err(AccountError::InvalidLink);
    }
    store.consume_token(&hash_secret(token), purpose, now).await?.ok_or(AccountError::InvalidLink)
}

/// The token's data when the link is still good, without using it up.
pub async fn check_link(store: &dyn TokenStore, token: &str, purpose: TokenPurpose, now: i64) -> Result<UsedToken, AccountError> {
    if !looks_like_secret(token) {
        return Err(AccountError::InvalidLink);
    }
    store.valid_token(&hash_secret(token), purpose, now).await?.ok_or(AccountError::InvalidLink)
}

/// Mails a reset link when the address has an account; says nothing either way.
pub async fn request_password_reset(
    store: &dyn AccountStore,
    throttle: &Throttle,
    mailing: &Mailing<'_>,
    email: &str,
    ip: &str,
    now: i64,
) -> Result<(), AccountError> {
    let address = EmailAddress::parse(email).map_err(|_| AccountError::InvalidEmail)?;
    let key = format!("reset:{ip}");
    throttle.per_ip.count(&key, now).await.map_err(|r| r.into_error(|retry_after_secs| AccountError::RateLimited { retry_after_secs }))?;
    let Some(user) = store.user_by_email(&address).await?.filter(|u| !u.disabled) else { return Ok(()) };
    let secret =
        new_token(store, NewToken { purpose: TokenPurpose::ResetPassword, user: Some(user.id), ..blank_token(now + RESET_PASSWORD_SECS) })
            .await?;
    // In the language of the page the reset was asked on: that is what the person reads now.
    send(
        mailing.jobs,
        mailing.text,
        &address,
        Some(mailing.locale),
        &MailKind::ResetPassword { link: format!("{}/password/reset?token={secret}", mailing.base_url) },
    )
    .await?;
    Ok(())
}

/// Sets a new password with the link from the mail; ends every session of the account.
/// The address counts as confirmed, since the link reached it.
pub async fn reset_password(store: &dyn AccountStore, token: &str, password: &str, repeated: &str, now: i64) -> Result<(), AccountError> {
    let peek = check_link(store, token, TokenPurpose::ResetPassword, now).await?;
    let user = store.user(peek.user.ok_or(AccountError::InvalidLink)?).await?.ok_or(AccountError::InvalidLink)?;
    let password = check_password(password, repeated, &user.email)?;
    let password_hash = hash(&password).await?;
    consume(store, token, TokenPurpose::ResetPassword, now).await?;
    store.set_password_hash(user.id, &password_hash).await?;
    store.set_email_verified(user.id).await?;
    store.delete_sessions_of(user.id).await?;
    Ok(())
}

/// The office invites someone to edit an association (as its owner or a co-editor); owners
/// may invite co-editors. The mail is in `language` (the inviter's choice; an existing
/// account's own language wins), and its link opens the page in that language.
#[allow(clippy::too_many_arguments)]
pub async fn invite(
    store: &dyn AccountStore,
    mailing: &Mailing<'_>,
    viewer: &Viewer,
    organisation: (OrgId, &str),
    email: &str,
    role: MemberRole,
    language: UiLocale,
    now: i64,
) -> Result<(), AccountError> {
    let (org, org_name) = organisation;
    let allowed = viewer.is_staff() || (role == MemberRole::Editor && viewer.may_manage_members(org));
    if !allowed {
        return Err(AccountError::Forbidden);
    }
    let address = EmailAddress::parse(email).map_err(|_| AccountError::InvalidEmail)?;
    let payload = serde_json::json!({ "role": role.key() }).to_string();
    let token = NewToken {
        purpose: TokenPurpose::Invitation,
        email: Some(address.clone()),
        organisation: Some(org),
        payload,
        ..blank_token(now + INVITATION_SECS)
    };
    let secret = new_token(store, token).await?;
    let language = store.user_by_email(&address).await?.and_then(|u| u.language).unwrap_or(language);
    let link = format!("{}/invitation?token={secret}&lang={}", mailing.base_url, language.code());
    let kind = MailKind::Invitation { link, organisation: org_name.to_owned() };
    send(mailing.jobs, mailing.text, &address, Some(language), &kind).await?;
    store
        .record_audit(&AuditEvent {
            actor: format!("user:{}", viewer.user.id),
            action: "invitation.send".into(),
            target: format!("organisation:{org}"),
            detail: format!("{} ({})", address, role.key()),
            at: String::new(),
        })
        .await?;
    Ok(())
}

/// An invitation as the accept page shows it.
pub struct Invitation {
    pub email: EmailAddress,
    pub organisation: OrgId,
    pub role: MemberRole,
    /// The address has a confirmed account: accepting needs that account's sign-in, no password.
    /// An unconfirmed account (anyone may have registered the address) chooses a new password.
    pub has_account: bool,
}

/// Reads an invitation link without using it.
pub async fn read_invitation(store: &dyn AccountStore, token: &str, now: i64) -> Result<Invitation, AccountError> {
    let peek = check_link(store, token, TokenPurpose::Invitation, now).await?;
    invitation_of(store, &peek).await
}

async fn invitation_of(store: &dyn UserStore, token: &UsedToken) -> Result<Invitation, AccountError> {
    let email = token.email.clone().ok_or(AccountError::InvalidLink)?;
    let organisation = token.organisation.ok_or(AccountError::InvalidLink)?;
    let role = serde_json::from_str::<serde_json::Value>(&token.payload)
        .ok()
        .and_then(|v| v.get("role").and_then(|r| r.as_str()).and_then(MemberRole::from_key))
        .unwrap_or(MemberRole::Editor);
    let has_account = store.user_by_email(&email).await?.is_some_and(|user| user.email_verified);
    Ok(Invitation { email, organisation, role, has_account })
}

/// What accepting an invitation did to the visitor's session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accepted {
    /// The invited account, already signed in, joined; its session goes on.
    Joined,
    /// A new session for the account that got its password now (the cookie secret).
    SignedIn(String),
}

/// Accepts an invitation and joins the association. A confirmed account must be signed in
/// (complete session) as the invited address; an account whose address was never confirmed
/// (whoever registered it) and a new one get the password chosen here, a verified address and
/// a new session, and every other session of that account ends. A new account's mails are in
/// `locale`, the language the page was read in.
pub async fn accept_invitation(
    store: &dyn AccountStore,
    token: &str,
    viewer: Option<&Viewer>,
    (password, repeated): (&str, &str),
    locale: UiLocale,
    now: i64,
) -> Result<Accepted, AccountError> {
    let invitation = read_invitation(store, token, now).await?;
    let existing = store.user_by_email(&invitation.email).await?;
    if let Some(user) = existing.as_ref().filter(|user| user.email_verified) {
        if !viewer.is_some_and(|v| v.user.id == user.id && v.is_complete()) {
            return Err(AccountError::SignInFirst);
        }
        join(store, token, &invitation, user.id, now).await?;
        return Ok(Accepted::Joined);
    }
    let password = check_password(password, repeated, &invitation.email)?;
    let password_hash = hash(&password).await?;
    let id = match existing {
        Some(unconfirmed) => {
            store.set_password_hash(unconfirmed.id, &password_hash).await?;
            store.delete_sessions_of(unconfirmed.id).await?;
            unconfirmed.id
        }
        None => {
            let new = NewUser {
                email: invitation.email.clone(),
                role: Role::Representative,
                password_hash,
                email_verified: true,
                language: Some(locale),
            };
            store.create_user(&new).await?
        }
    };
    join(store, token, &invitation, id, now).await?;
    store.set_email_verified(id).await?;
    let user = store.user(id).await?.ok_or(AccountError::InvalidLink)?;
    // An account with a second factor still has to enter it.
    let complete = user.totp_secret.is_none() && !crate::accounts::sign_in::requires_second_factor(user.role);
    Ok(Accepted::SignedIn(start_session(store, &user, complete, now).await?))
}

/// Uses the link and records the membership.
async fn join(store: &dyn AccountStore, token: &str, invitation: &Invitation, user: UserId, now: i64) -> Result<(), AccountError> {
    consume(store, token, TokenPurpose::Invitation, now).await?;
    store.save_membership(&Membership { user, organisation: invitation.organisation, role: invitation.role }).await?;
    store
        .record_audit(&AuditEvent {
            actor: format!("user:{user}"),
            action: "invitation.accept".into(),
            target: format!("organisation:{}", invitation.organisation),
            detail: invitation.role.key().into(),
            at: String::new(),
        })
        .await?;
    Ok(())
}
