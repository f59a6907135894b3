//! Signing in and out: password check, sessions with idle and absolute timeouts, and who
//! the holder of a session cookie is.

use domain::accounts::{EmailAddress, Password, Role, UserId};
use domain::organisation::Audience;

use std::sync::Arc;

#[cfg(test)]
use crate::accounts::password_hash::verify_password;
use crate::accounts::password_hash::{hash_password, verify_password_off_thread};
use crate::accounts::rate_limit::{RateLimitPolicy, RateLimiter, Refusal};
use crate::accounts::tokens::{hash_secret, looks_like_secret, new_secret};
use crate::ports::{AccountStore, Membership, NewSession, RateLimitStore, SessionStore, StoreError, User, UserStore};

/// How long sessions live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionPolicy {
    /// A session unused for this many seconds ends.
    pub idle_secs: i64,
    /// A session ends this many seconds after login, however active.
    pub absolute_secs: i64,
}

impl Default for SessionPolicy {
    /// One hour idle, twelve hours at most (OWASP ASVS 3.3.2 allows up to 12 hours).
    fn default() -> Self {
        Self { idle_secs: 60 * 60, absolute_secs: 12 * 60 * 60 }
    }
}

/// What a user has to do after the password was right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// Nothing: the session is complete.
    Done,
    /// Enter the code of the authenticator app (or a recovery code).
    EnterCode,
    /// Set up the second factor, which the role requires, before anything else.
    SetUpSecondFactor,
}

/// A new session: the secret for the cookie and what comes next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedIn {
    /// The cookie value; only its hash is stored.
    pub token: String,
    pub next: NextStep,
    pub user: User,
}

/// Why nobody was signed in. Deliberately one case for unknown address, wrong password,
/// unconfirmed address and disabled account, so that the answer reveals no account.
#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    #[error("email address or password wrong")]
    InvalidCredentials,
    #[error("too many attempts; try again in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// True for roles that must use a second factor.
pub fn requires_second_factor(role: Role) -> bool {
    matches!(role, Role::Administrator | Role::Coordinator)
}

/// The hash of a random password nobody knows, made once with the current parameters and
/// verified when the address is unknown, so that an unknown address takes as long as a wrong password.
fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| {
        let email = EmailAddress::parse("nobody@invalid.invalid").ok();
        let password = email.and_then(|e| Password::parse(&new_secret(), &e).ok());
        password.and_then(|p| hash_password(&p).ok()).unwrap_or_default()
    })
}

/// Failed sign-in attempts and second-factor codes (OWASP ASVS 2.2.1).
///
/// Passwords count per account *at one address* and per address: anyone can send five wrong
/// passwords for someone else's address, but that must not keep the owner out at their own
/// address. Codes, which only someone past the password can send, count per account across
/// addresses and per address, never under one shared key.
#[derive(Clone)]
pub struct Throttle {
    /// Failures per account and address (passwords) and per account (codes).
    pub per_account: RateLimiter,
    pub per_ip: RateLimiter,
}

/// The account part of a limit's key: the address as typed, trimmed and in lower case, without
/// control characters (no address has one, and PostgreSQL refuses a NUL in text), at most 320
/// characters (an address has at most 254), so that any input is a key the store can keep.
fn account_key(account: &str) -> String {
    account.trim().chars().filter(|c| !c.is_control()).take(320).collect::<String>().to_lowercase()
}

impl Throttle {
    /// The sign-in limits, counted in `store` (shared by every server process on the database).
    pub fn new(store: Arc<dyn RateLimitStore>) -> Self {
        Self {
            per_account: RateLimiter::new("login.account", RateLimitPolicy::PER_ACCOUNT, store.clone()),
            per_ip: RateLimiter::new("login.ip", RateLimitPolicy::PER_IP, store),
        }
    }

    fn keys(account: &str, ip: &str) -> (String, String) {
        (format!("account:{} ip:{ip}", account_key(account)), format!("ip:{ip}"))
    }

    fn code_keys(account: &str, ip: &str) -> (String, String) {
        (format!("code:{}", account_key(account)), format!("ip:{ip}"))
    }

    async fn check_keys(&self, (account, ip): &(String, String), now: i64) -> Result<(), Refusal> {
        self.per_account.check(account, now).await?;
        self.per_ip.check(ip, now).await
    }

    async fn fail_keys(&self, (account, ip): &(String, String), now: i64) -> Result<(), StoreError> {
        self.per_account.record_failure(account, now).await?;
        self.per_ip.record_failure(ip, now).await
    }

    /// Refuses a password when the account at this address, or the address, failed too often lately.
    pub async fn check(&self, account: &str, ip: &str, now: i64) -> Result<(), Refusal> {
        self.check_keys(&Self::keys(account, ip), now).await
    }

    pub async fn record_failure(&self, account: &str, ip: &str, now: i64) -> Result<(), StoreError> {
        self.fail_keys(&Self::keys(account, ip), now).await
    }

    /// After a success only the account's counter at this address is cleared, never the address's.
    pub async fn record_success(&self, account: &str, ip: &str) -> Result<(), StoreError> {
        self.per_account.reset(&Self::keys(account, ip).0).await
    }

    /// Refuses a second-factor code when the account or the address failed too often lately.
    pub async fn check_code(&self, account: &str, ip: &str, now: i64) -> Result<(), Refusal> {
        self.check_keys(&Self::code_keys(account, ip), now).await
    }

    pub async fn record_code_failure(&self, account: &str, ip: &str, now: i64) -> Result<(), StoreError> {
        self.fail_keys(&Self::code_keys(account, ip), now).await
    }

    pub async fn record_code_success(&self, account: &str) -> Result<(), StoreError> {
        self.per_account.reset(&Self::code_keys(account, "").0).await
    }
}

/// One sign-in attempt.
pub struct Attempt<'a> {
    pub email: &'a str,
    pub password: &'a str,
    /// The client's address, for the per-address limit.
    pub ip: &'a str,
}

/// Checks email and password; on success starts a new session (a fresh token, so a session
/// id planted before login is never promoted). Too many failures for the account or the
/// address refuse further attempts for a while, whether the password is right or not.
pub async fn login(store: &dyn AccountStore, throttle: &Throttle, attempt: &Attempt<'_>, now: i64) -> Result<SignedIn, LoginError> {
    throttle
        .check(attempt.email, attempt.ip, now)
        .await
        .map_err(|r| r.into_error(|retry_after_secs| LoginError::RateLimited { retry_after_secs }))?;
    match check_password(store, attempt.email, attempt.password).await? {
        Ok(user) => {
            throttle.record_success(attempt.email, attempt.ip).await?;
            audit_sign_in(store, "user.sign_in", Some(user.id), attempt.ip).await?;
            start(store, user, now).await
        }
        Err(known) => {
            throttle.record_failure(attempt.email, attempt.ip, now).await?;
            audit_sign_in(store, "user.sign_in_failed", known, attempt.ip).await?;
            Err(LoginError::InvalidCredentials)
        }
    }
}

/// The account when the password is right and the account may sign in; else the account the
/// address belongs to, if any.
async fn check_password(store: &dyn UserStore, email: &str, password: &str) -> Result<Result<User, Option<UserId>>, StoreError> {
    let user = match EmailAddress::parse(email) {
        Ok(email) => store.user_by_email(&email).await?,
        Err(_) => None,
    };
    let Some(user) = user else {
        verify_password_off_thread(password, dummy_hash()).await;
        return Ok(Err(None));
    };
    let ok = verify_password_off_thread(password, &user.password_hash).await && !user.disabled && user.email_verified;
    Ok(if ok { Ok(user) } else { Err(Some(user.id)) })
}

/// A sign-in or a failed one in the audit log: the account (when the address has one) and the
/// client's address. Attempted addresses without an account are not kept.
async fn audit_sign_in(store: &dyn AccountStore, action: &str, user: Option<UserId>, ip: &str) -> Result<(), StoreError> {
    let account = user.map_or_else(|| "user:unknown".to_owned(), |id| format!("user:{id}"));
    let actor = if action == "user.sign_in" { account.clone() } else { format!("client:{ip}") };
    store
        .record_audit(&crate::ports::AuditEvent {
            actor,
            action: action.into(),
            target: account,
            detail: format!("client {ip}"),
            at: String::new(),
        })
        .await
}

/// Starts the session after a right password: complete, or waiting for the second factor.
async fn start(store: &dyn AccountStore, user: User, now: i64) -> Result<SignedIn, LoginError> {
    let next = match (&user.totp_secret, requires_second_factor(user.role)) {
        (Some(_), _) => NextStep::EnterCode,
        (None, true) => NextStep::SetUpSecondFactor,
        (None, false) => NextStep::Done,
    };
    let token = start_session(store, &user, next == NextStep::Done, now).await?;
    Ok(SignedIn { token, next, user })
}

/// Stores a new session for the user and returns its cookie secret.
pub async fn start_session(store: &dyn SessionStore, user: &User, second_factor_done: bool, now: i64) -> Result<String, StoreError> {
    let token = new_secret();
    store.create_session(&NewSession { token_hash: hash_secret(&token), user: user.id, second_factor_done, now }).await?;
    Ok(token)
}

/// The holder of a valid session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Viewer {
    pub user: User,
    pub memberships: Vec<Membership>,
    /// False while a required or set-up second factor is still to be entered.
    pub second_factor_done: bool,
    /// Hash of the session token, to end or upgrade this session.
    pub session_hash: String,
}

impl Viewer {
    /// True when the session may act with the account's role.
    pub fn is_complete(&self) -> bool {
        self.second_factor_done
    }

    /// True for a complete session of office staff.
    pub fn is_staff(&self) -> bool {
        self.is_complete() && matches!(self.user.role, Role::Administrator | Role::Coordinator)
    }

    pub fn is_admin(&self) -> bool {
        self.is_complete() && self.user.role == Role::Administrator
    }

    /// True when the viewer may edit the association: its representatives and the office.
    pub fn may_edit(&self, organisation: domain::ids::OrgId) -> bool {
        self.is_staff() || (self.is_complete() && self.memberships.iter().any(|m| m.organisation == organisation))
    }

    /// Whose view of the network this is: the office sees everything, a representative of an
    /// association what the network shares, anyone else (also a signed-in account that does not
    /// represent an association yet) what the public sees.
    pub fn audience(&self) -> Audience {
        if self.is_staff() {
            Audience::Office
        } else if self.is_complete() && !self.memberships.is_empty() {
            Audience::Network
        } else {
            Audience::Public
        }
    }

    /// The audience of a visit, with or without a session.
    pub fn audience_of(viewer: Option<&Viewer>) -> Audience {
        viewer.map_or(Audience::Public, Viewer::audience)
    }

    /// True when the viewer may add co-editors: its owners and the office.
    pub fn may_manage_members(&self, organisation: domain::ids::OrgId) -> bool {
        self.is_staff()
            || (self.is_complete()
                && self.memberships.iter().any(|m| m.organisation == organisation && m.role == crate::ports::MemberRole::Owner))
    }
}

/// Seconds between two recorded "last seen" times of a session; fewer writes, same timeout.
const TOUCH_EVERY_SECS: i64 = 60;

/// Who holds the session cookie, or `None` for an unknown, expired or ended session.
/// Expired sessions are deleted on the way.
pub async fn authenticate(store: &dyn AccountStore, token: &str, now: i64, policy: SessionPolicy) -> Result<Option<Viewer>, StoreError> {
    if !looks_like_secret(token) {
        return Ok(None);
    }
    let session_hash = hash_secret(token);
    let Some(session) = store.session(&session_hash).await? else { return Ok(None) };
    let expired = now - session.last_seen_at > policy.idle_secs || now - session.started_at > policy.absolute_secs;
    if expired {
        store.delete_session(&session_hash).await?;
        return Ok(None);
    }
    let Some(user) = store.user(session.user).await?.filter(|u| !u.disabled) else {
        store.delete_session(&session_hash).await?;
        return Ok(None);
    };
    if now - session.last_seen_at >= TOUCH_EVERY_SECS {
        store.touch_session(&session_hash, now).await?;
    }
    let memberships = store.memberships_of(user.id).await?;
    Ok(Some(Viewer { user, memberships, second_factor_done: session.second_factor_done, session_hash }))
}

/// Ends the session of this cookie, if any.
pub async fn logout(store: &dyn SessionStore, token: &str) -> Result<(), StoreError> {
    if looks_like_secret(token) {
        store.delete_session(&hash_secret(token)).await?;
    }
    Ok(())
}

#[cfg(test)]
impl Viewer {
    /// A viewer with account 1 (`a@example.org`) for use-case tests.
    pub(crate) fn for_test(role: Role, memberships: Vec<Membership>, second_factor_done: bool) -> Viewer {
        let user = User {
            id: domain::accounts::UserId(1),
            email: EmailAddress::parse("a@example.org").unwrap_or_else(|_| unreachable!()),
            role,
            password_hash: String::new(),
            disabled: false,
            email_verified: true,
            totp_secret: None,
            totp_last_step: None,
            created_at: String::new(),
            language: None,
        };
        Viewer { user, memberships, second_factor_done, session_hash: String::new() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dummy_hash_is_an_argon2id_hash_with_the_current_cost() {
        assert!(dummy_hash().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{}", dummy_hash());
        assert!(!verify_password("anything", dummy_hash()));
    }

    #[test]
    fn account_keys_hold_no_control_characters_and_stay_short() {
        assert_eq!(account_key(" Vera@Verein.example "), "vera@verein.example");
        assert_eq!(account_key("a\u{0}b\u{1b}@x.example"), "ab@x.example");
        assert_eq!(account_key(&"x".repeat(100_000)).len(), 320);
    }

    fn throttle() -> Throttle {
        Throttle::new(Arc::new(crate::fakes::InMemoryRateLimits::default()))
    }

    #[tokio::test]
    async fn wrong_passwords_from_one_address_do_not_lock_the_account_at_another() {
        let throttle = throttle();
        let now = 1_780_000_000;
        for _ in 0..5 {
            throttle.record_failure("Vera@Verein.example", "198.51.100.1", now).await.ok();
        }
        assert!(throttle.check("vera@verein.example", "198.51.100.1", now).await.is_err());
        assert!(throttle.check("vera@verein.example", "203.0.113.7", now).await.is_ok());
        assert!(throttle.check("other@verein.example", "198.51.100.1", now).await.is_ok(), "20 per address");
    }

    #[tokio::test]
    async fn wrong_codes_count_per_account_and_address_not_under_one_key() {
        let throttle = throttle();
        let now = 1_780_000_000;
        for _ in 0..5 {
            throttle.record_code_failure("self@registered.example", "198.51.100.1", now).await.ok();
        }
        assert!(throttle.check_code("self@registered.example", "203.0.113.7", now).await.is_err(), "per account across addresses");
        assert!(throttle.check_code("admin@stadt.example", "203.0.113.7", now).await.is_ok());
        throttle.record_code_success("self@registered.example").await.ok();
        assert!(throttle.check_code("self@registered.example", "203.0.113.7", now).await.is_ok());
    }

    #[test]
    fn office_roles_need_a_second_factor() {
        assert!(requires_second_factor(Role::Administrator));
        assert!(requires_second_factor(Role::Coordinator));
        assert!(!requires_second_factor(Role::Representative));
    }

    #[test]
    fn only_representatives_and_the_office_are_the_network() {
        use crate::ports::{MemberRole, Membership};
        use domain::accounts::UserId;
        let viewer = |role: Role, member: bool, done: bool| {
            let memberships = if member {
                vec![Membership { user: UserId(1), organisation: domain::ids::OrgId(7), role: MemberRole::Editor }]
            } else {
                Vec::new()
            };
            Viewer::for_test(role, memberships, done)
        };
        assert_eq!(Viewer::audience_of(None), Audience::Public);
        assert_eq!(viewer(Role::Representative, false, true).audience(), Audience::Public, "an account alone is not the network");
        assert_eq!(viewer(Role::Representative, true, true).audience(), Audience::Network);
        assert_eq!(viewer(Role::Coordinator, false, true).audience(), Audience::Office);
        assert_eq!(viewer(Role::Coordinator, false, false).audience(), Audience::Public, "not before the second factor");
    }
}
