//! Contract of `AccountStore`.

use app::accounts::create_admin::{create_administrator, CreateAdminError};
use app::accounts::password_hash::verify_password;
use app::accounts::sign_in::{authenticate, logout, Attempt, LoginError, NextStep, SessionPolicy, SignedIn, Throttle};
use app::accounts::tokens::hash_secret;
use app::ports::{AuditEvent, MemberRole, Membership, NewSession, NewToken, NewUser, StoreError, TokenPurpose};
use domain::accounts::{EmailAddress, PasswordError, Role, UserId};
use domain::ids::OrgId;

use crate::directory::new_org;
use crate::TestStores;

fn new_user(email: &str, role: Role) -> NewUser {
    NewUser {
        email: EmailAddress::parse(email).unwrap(),
        role,
        password_hash: format!("$argon2id$v=19$test${email}"),
        email_verified: false,
        language: None,
    }
}

/// Signs in from one address, counting failures in the database under test.
async fn login(stores: &TestStores, email: &str, password: &str, now: i64) -> Result<SignedIn, LoginError> {
    let attempt = Attempt { email, password, ip: "192.0.2.1" };
    app::accounts::sign_in::login(stores.accounts.as_ref(), &Throttle::new(stores.rate_limits.clone()), &attempt, now).await
}

fn email(raw: &str) -> EmailAddress {
    EmailAddress::parse(raw).unwrap()
}

const GOOD: &str = "Lindenblüte am Marktplatz";

pub async fn users_round_trip(stores: TestStores) {
    let email = EmailAddress::parse("amira@example.de").unwrap();
    assert_eq!(stores.accounts.user_by_email(&email).await.unwrap(), None);
    let id = stores.accounts.create_user(&new_user("amira@example.de", Role::Coordinator)).await.unwrap();
    let user = stores.accounts.user_by_email(&email).await.unwrap().unwrap();
    assert_eq!(user.id, id);
    assert_eq!(user.email, email);
    assert_eq!(user.role, Role::Coordinator);
    assert_eq!(user.password_hash, "$argon2id$v=19$test$amira@example.de");
    assert!(!user.disabled);
    assert!(user.created_at.starts_with("20") && user.created_at.ends_with('Z'), "{}", user.created_at);
    assert_eq!(stores.accounts.user_by_email(&EmailAddress::parse("other@example.de").unwrap()).await.unwrap(), None);
}

pub async fn a_user_s_mail_language_is_kept_and_changed(stores: TestStores) {
    use domain::language::UiLocale;
    let new = NewUser { language: Some(UiLocale::Ar), ..new_user("layla@example.de", Role::Representative) };
    let id = stores.accounts.create_user(&new).await.unwrap();
    assert_eq!(stores.accounts.user(id).await.unwrap().unwrap().language, Some(UiLocale::Ar));
    stores.accounts.set_language(id, Some(UiLocale::Uk)).await.unwrap();
    assert_eq!(stores.accounts.user(id).await.unwrap().unwrap().language, Some(UiLocale::Uk));
    stores.accounts.set_language(id, None).await.unwrap();
    assert_eq!(stores.accounts.user(id).await.unwrap().unwrap().language, None, "back to the instance's language");
    let other = stores.accounts.create_user(&new_user("ben@example.de", Role::Representative)).await.unwrap();
    assert_eq!(stores.accounts.user(other).await.unwrap().unwrap().language, None);
}

pub async fn a_registered_email_is_refused_whatever_its_case(stores: TestStores) {
    stores.accounts.create_user(&new_user("amira@example.de", Role::Representative)).await.unwrap();
    let err = stores.accounts.create_user(&new_user(" Amira@Example.DE ", Role::Administrator)).await.unwrap_err();
    assert!(matches!(err, StoreError::EmailTaken), "{err:?}");
    assert_eq!(stores.accounts.count_users_with_role(Role::Administrator).await.unwrap(), 0);
}

pub async fn users_are_counted_by_role(stores: TestStores) {
    for role in Role::ALL {
        assert_eq!(stores.accounts.count_users_with_role(role).await.unwrap(), 0);
    }
    stores.accounts.create_user(&new_user("a@example.de", Role::Administrator)).await.unwrap();
    stores.accounts.create_user(&new_user("b@example.de", Role::Representative)).await.unwrap();
    stores.accounts.create_user(&new_user("c@example.de", Role::Representative)).await.unwrap();
    assert_eq!(stores.accounts.count_users_with_role(Role::Administrator).await.unwrap(), 1);
    assert_eq!(stores.accounts.count_users_with_role(Role::Coordinator).await.unwrap(), 0);
    assert_eq!(stores.accounts.count_users_with_role(Role::Representative).await.unwrap(), 2);
}

pub async fn an_administrator_is_created_with_an_argon2id_hash(stores: TestStores) {
    let id = create_administrator(stores.accounts.as_ref(), " Admin@Stadt.Example ", GOOD).await.unwrap();
    let user = stores.accounts.user_by_email(&email("admin@stadt.example")).await.unwrap().unwrap();
    assert_eq!((user.id, user.role, user.disabled, user.email_verified), (id, Role::Administrator, false, true));
    assert!(user.password_hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{}", user.password_hash);
    assert!(verify_password(GOOD, &user.password_hash));
    assert!(!verify_password("Lindenblüte am Marktplatz!", &user.password_hash));
}

pub async fn an_administrator_needs_a_good_email_and_password(stores: TestStores) {
    let store = stores.accounts.as_ref();
    let err = create_administrator(store, "admin", GOOD).await.unwrap_err();
    assert!(matches!(err, CreateAdminError::InvalidEmail), "{err:?}");
    let err = create_administrator(store, "admin@stadt.example", "passwort1234").await.unwrap_err();
    assert!(matches!(err, CreateAdminError::WeakPassword(PasswordError::TooCommon)), "{err:?}");
    assert_eq!(create_administrator(store, "admin@stadt.example", "kurz").await.unwrap_err().code(), "password_too_short");
    assert_eq!(store.count_users_with_role(Role::Administrator).await.unwrap(), 0);
    let existing = NewUser { password_hash: "old".into(), ..new_user("admin@stadt.example", Role::Coordinator) };
    store.create_user(&existing).await.unwrap();
    let err = create_administrator(store, "ADMIN@stadt.example", GOOD).await.unwrap_err();
    assert!(matches!(err, CreateAdminError::EmailTaken), "{err:?}");
    let user = store.user_by_email(&existing.email).await.unwrap().unwrap();
    assert_eq!((user.role, user.password_hash.as_str()), (Role::Coordinator, "old"));
}

/// A verified representative with the password [`GOOD`].
async fn representative(stores: &TestStores, address: &str) -> UserId {
    let hash = app::accounts::password_hash::hash_password(&domain::accounts::Password::parse(GOOD, &email(address)).unwrap()).unwrap();
    let id = stores.accounts.create_user(&NewUser { password_hash: hash, ..new_user(address, Role::Representative) }).await.unwrap();
    stores.accounts.set_email_verified(id).await.unwrap();
    id
}

pub async fn login_starts_a_fresh_session_each_time(stores: TestStores) {
    let store = stores.accounts.as_ref();
    let id = representative(&stores, "vera@verein.example").await;
    let first = login(&stores, " Vera@Verein.example", GOOD, 1_000).await.unwrap();
    let second = login(&stores, "vera@verein.example", GOOD, 1_010).await.unwrap();
    assert_ne!(first.token, second.token, "every login gets a new session id");
    assert_eq!(first.next, NextStep::Done);
    assert_eq!(store.session(&first.token).await.unwrap(), None, "only the hash of the token is stored");
    let viewer = authenticate(store, &second.token, 1_020, SessionPolicy::default()).await.unwrap().unwrap();
    assert_eq!(viewer.user.id, id);
    assert!(viewer.is_complete() && !viewer.is_staff());
    logout(store, &second.token).await.unwrap();
    assert!(authenticate(store, &second.token, 1_030, SessionPolicy::default()).await.unwrap().is_none());
    assert!(authenticate(store, &first.token, 1_030, SessionPolicy::default()).await.unwrap().is_some(), "other sessions stay");
}

pub async fn login_refuses_alike_whatever_is_wrong(stores: TestStores) {
    let id = representative(&stores, "vera@verein.example").await;
    let unverified = stores.accounts.create_user(&new_user("neu@verein.example", Role::Representative)).await.unwrap();
    let _ = unverified;
    for (address, password) in
        [("vera@verein.example", "falsches Passwort 123"), ("niemand@verein.example", GOOD), ("neu@verein.example", GOOD), ("kaputt", GOOD)]
    {
        let err = login(&stores, address, password, 1_000).await.unwrap_err();
        assert!(matches!(err, LoginError::InvalidCredentials), "{address}: {err:?}");
    }
    stores.accounts.set_disabled(id, true).await.unwrap();
    assert!(matches!(login(&stores, "vera@verein.example", GOOD, 1_000).await.unwrap_err(), LoginError::InvalidCredentials));
}

pub async fn sessions_end_when_idle_or_too_old(stores: TestStores) {
    let store = stores.accounts.as_ref();
    representative(&stores, "vera@verein.example").await;
    let policy = SessionPolicy { idle_secs: 100, absolute_secs: 250 };
    let token = login(&stores, "vera@verein.example", GOOD, 1_000).await.unwrap().token;
    assert!(authenticate(store, &token, 1_090, policy).await.unwrap().is_some());
    assert!(authenticate(store, &token, 1_180, policy).await.unwrap().is_some(), "each request keeps it alive");
    assert!(authenticate(store, &token, 1_240, policy).await.unwrap().is_some());
    assert!(authenticate(store, &token, 1_260, policy).await.unwrap().is_none(), "absolute timeout");
    let token = login(&stores, "vera@verein.example", GOOD, 2_000).await.unwrap().token;
    assert!(authenticate(store, &token, 2_101, policy).await.unwrap().is_none(), "idle timeout");
    assert!(authenticate(store, &token, 2_050, policy).await.unwrap().is_none(), "an expired session is gone for good");
    assert!(authenticate(store, "not a token", 2_000, policy).await.unwrap().is_none());
}

pub async fn office_staff_must_pass_a_second_factor(stores: TestStores) {
    let store = stores.accounts.as_ref();
    let id = create_administrator(store, "admin@stadt.example", GOOD).await.unwrap();
    let signed_in = login(&stores, "admin@stadt.example", GOOD, 1_000).await.unwrap();
    assert_eq!(signed_in.next, NextStep::SetUpSecondFactor);
    let viewer = authenticate(store, &signed_in.token, 1_001, SessionPolicy::default()).await.unwrap().unwrap();
    assert!(!viewer.is_complete() && !viewer.is_staff() && !viewer.is_admin());
    store.set_totp(id, Some("JBSWY3DPEHPK3PXP"), &["h1".into(), "h2".into()]).await.unwrap();
    let signed_in = login(&stores, "admin@stadt.example", GOOD, 1_002).await.unwrap();
    assert_eq!(signed_in.next, NextStep::EnterCode);
    store.complete_second_factor(&hash_secret(&signed_in.token)).await.unwrap();
    let viewer = authenticate(store, &signed_in.token, 1_003, SessionPolicy::default()).await.unwrap().unwrap();
    assert!(viewer.is_staff() && viewer.is_admin());
}

pub async fn totp_steps_and_recovery_codes_are_single_use(stores: TestStores) {
    let store = stores.accounts.as_ref();
    let id = store.create_user(&new_user("k@stadt.example", Role::Coordinator)).await.unwrap();
    store.set_totp(id, Some("JBSWY3DPEHPK3PXP"), &["a".into(), "b".into()]).await.unwrap();
    let user = store.user(id).await.unwrap().unwrap();
    assert_eq!((user.totp_secret.as_deref(), user.totp_last_step), (Some("JBSWY3DPEHPK3PXP"), None));
    assert!(store.advance_totp_step(id, 100).await.unwrap());
    assert!(!store.advance_totp_step(id, 100).await.unwrap(), "the same step twice");
    assert!(!store.advance_totp_step(id, 99).await.unwrap(), "an older step");
    assert!(store.advance_totp_step(id, 101).await.unwrap());
    assert_eq!(store.unused_recovery_codes(id).await.unwrap().len(), 2);
    assert!(store.use_recovery_code(id, "a", 5).await.unwrap());
    assert!(!store.use_recovery_code(id, "a", 6).await.unwrap());
    assert!(!store.use_recovery_code(id, "zzz", 6).await.unwrap());
    assert_eq!(store.unused_recovery_codes(id).await.unwrap(), ["b"]);
    store.set_totp(id, None, &[]).await.unwrap();
    assert_eq!(store.user(id).await.unwrap().unwrap().totp_secret, None);
    assert!(store.unused_recovery_codes(id).await.unwrap().is_empty());
}

pub async fn tokens_are_single_use_and_expire(stores: TestStores) {
    let store = stores.accounts.as_ref();
    let ids = stores.directory.create_organisations(&[new_org("verein", "Verein")], &app::ports::Author::system("test")).await.unwrap();
    let token = |hash: &str, purpose, expires_at| NewToken {
        token_hash: hash.into(),
        purpose,
        user: None,
        email: Some(email("neu@verein.example")),
        organisation: Some(ids[0]),
        payload: r#"{"role":"owner"}"#.into(),
        expires_at,
    };
    store.create_token(&token("h1", TokenPurpose::Invitation, 2_000)).await.unwrap();
    store.create_token(&token("h2", TokenPurpose::ResetPassword, 2_000)).await.unwrap();
    let peeked = store.valid_token("h1", TokenPurpose::Invitation, 1_000).await.unwrap().unwrap();
    assert_eq!(peeked.organisation, Some(ids[0]));
    assert_eq!(store.valid_token("h1", TokenPurpose::ResetPassword, 1_000).await.unwrap(), None, "wrong purpose");
    assert_eq!(store.consume_token("h1", TokenPurpose::VerifyEmail, 1_000).await.unwrap(), None);
    let used = store.consume_token("h1", TokenPurpose::Invitation, 1_000).await.unwrap().unwrap();
    assert_eq!(used.email, Some(email("neu@verein.example")));
    assert_eq!((used.organisation, used.user, used.payload.as_str()), (Some(ids[0]), None, r#"{"role":"owner"}"#));
    assert_eq!(store.consume_token("h1", TokenPurpose::Invitation, 1_001).await.unwrap(), None, "used once");
    assert_eq!(store.valid_token("h1", TokenPurpose::Invitation, 1_001).await.unwrap(), None);
    assert_eq!(store.consume_token("h2", TokenPurpose::ResetPassword, 2_000).await.unwrap(), None, "expired");
    assert_eq!(store.consume_token("nope", TokenPurpose::ResetPassword, 1_000).await.unwrap(), None);
}

pub async fn pending_invitations_are_listed_and_revoked_per_address(stores: TestStores) {
    let store = stores.accounts.as_ref();
    let ids = stores
        .directory
        .create_organisations(&[new_org("verein", "Verein"), new_org("anderer", "Anderer")], &app::ports::Author::system("test"))
        .await
        .unwrap();
    let token = |hash: &str, to: &str, org: OrgId, purpose, expires_at| NewToken {
        token_hash: hash.into(),
        purpose,
        user: None,
        email: Some(email(to)),
        organisation: Some(org),
        payload: r#"{"role":"editor"}"#.into(),
        expires_at,
    };
    store.create_token(&token("a1", "vera@verein.example", ids[0], TokenPurpose::Invitation, 2_000)).await.unwrap();
    store.create_token(&token("a2", "ali@verein.example", ids[0], TokenPurpose::Invitation, 2_000)).await.unwrap();
    store.create_token(&token("a3", "ali@verein.example", ids[0], TokenPurpose::Invitation, 3_000)).await.unwrap();
    store.create_token(&token("old", "alt@verein.example", ids[0], TokenPurpose::Invitation, 900)).await.unwrap();
    store.create_token(&token("b1", "vera@verein.example", ids[1], TokenPurpose::Invitation, 2_000)).await.unwrap();
    store.create_token(&token("r1", "vera@verein.example", ids[0], TokenPurpose::ResetPassword, 2_000)).await.unwrap();
    let listed =
        |list: Vec<app::ports::PendingInvitation>| list.into_iter().map(|p| (p.email.to_string(), p.expires_at)).collect::<Vec<_>>();
    assert_eq!(
        listed(store.pending_invitations(ids[0], 1_000).await.unwrap()),
        [("vera@verein.example".into(), 2_000), ("ali@verein.example".into(), 2_000), ("ali@verein.example".into(), 3_000)],
        "unused, unexpired invitations of this association only"
    );
    assert_eq!(store.pending_invitations(ids[0], 1_000).await.unwrap()[0].payload, r#"{"role":"editor"}"#);
    assert_eq!(store.revoke_invitations(ids[0], &email("ali@verein.example"), 1_000).await.unwrap(), 2);
    assert_eq!(listed(store.pending_invitations(ids[0], 1_000).await.unwrap()), [("vera@verein.example".into(), 2_000)]);
    assert_eq!(store.consume_token("a3", TokenPurpose::Invitation, 1_001).await.unwrap(), None, "a revoked link is dead");
    assert_eq!(store.revoke_invitations(ids[0], &email("ali@verein.example"), 1_002).await.unwrap(), 0);
    assert_eq!(store.revoke_invitations(ids[0], &email("vera@verein.example"), 1_003).await.unwrap(), 1);
    assert!(store.valid_token("b1", TokenPurpose::Invitation, 1_004).await.unwrap().is_some(), "the other association's stays");
    assert!(store.valid_token("r1", TokenPurpose::ResetPassword, 1_004).await.unwrap().is_some(), "other purposes stay");
}

pub async fn memberships_link_users_and_associations(stores: TestStores) {
    let store = stores.accounts.as_ref();
    let orgs =
        stores.directory.create_organisations(&[new_org("a", "A"), new_org("b", "B")], &app::ports::Author::system("test")).await.unwrap();
    let vera = store.create_user(&new_user("vera@verein.example", Role::Representative)).await.unwrap();
    let ali = store.create_user(&new_user("ali@verein.example", Role::Representative)).await.unwrap();
    store.save_membership(&Membership { user: vera, organisation: orgs[0], role: MemberRole::Owner }).await.unwrap();
    store.save_membership(&Membership { user: vera, organisation: orgs[1], role: MemberRole::Editor }).await.unwrap();
    store.save_membership(&Membership { user: ali, organisation: orgs[0], role: MemberRole::Editor }).await.unwrap();
    store.save_membership(&Membership { user: ali, organisation: orgs[0], role: MemberRole::Owner }).await.unwrap();
    let of_vera = store.memberships_of(vera).await.unwrap();
    assert_eq!(
        of_vera.iter().map(|m| (m.organisation, m.role)).collect::<Vec<_>>(),
        [(orgs[0], MemberRole::Owner), (orgs[1], MemberRole::Editor)]
    );
    let members = store.members_of(orgs[0]).await.unwrap();
    assert_eq!(
        members.iter().map(|(m, e)| (e.as_str(), m.role)).collect::<Vec<_>>(),
        [("ali@verein.example", MemberRole::Owner), ("vera@verein.example", MemberRole::Owner)]
    );
    store.remove_membership(ali, orgs[0]).await.unwrap();
    assert_eq!(store.members_of(orgs[0]).await.unwrap().len(), 1);
    assert_eq!(store.memberships_of(UserId(9_999)).await.unwrap(), []);
    assert!(store.members_of(OrgId(9_999)).await.unwrap().is_empty());
}

pub async fn a_deleted_account_keeps_its_row_but_no_personal_data(stores: TestStores) {
    let store = stores.accounts.as_ref();
    let orgs =
        stores.directory.create_organisations(&[new_org("a", "A"), new_org("b", "B")], &app::ports::Author::system("test")).await.unwrap();
    let vera = representative(&stores, "vera@verein.example").await;
    store.save_membership(&Membership { user: vera, organisation: orgs[0], role: MemberRole::Owner }).await.unwrap();
    store.create_session(&NewSession { token_hash: "s".into(), user: vera, second_factor_done: true, now: 1 }).await.unwrap();
    store.anonymise_user(vera).await.unwrap();
    assert_eq!(store.user(vera).await.unwrap(), None);
    assert_eq!(store.user_by_email(&email("vera@verein.example")).await.unwrap(), None);
    assert_eq!(store.session("s").await.unwrap(), None);
    assert!(store.memberships_of(vera).await.unwrap().is_empty());
    assert!(store.users().await.unwrap().is_empty());
    // The address is free again.
    store.create_user(&new_user("vera@verein.example", Role::Representative)).await.unwrap();
}

pub async fn the_audit_log_is_append_only_and_newest_first(stores: TestStores) {
    let store = stores.accounts.as_ref();
    for action in ["revision.approve", "organisation.archive"] {
        let event = AuditEvent {
            actor: "user:1".into(),
            action: action.into(),
            target: "organisation:3".into(),
            detail: "ok".into(),
            at: String::new(),
        };
        store.record_audit(&event).await.unwrap();
    }
    let events = store.audit_events(10).await.unwrap();
    assert_eq!(events.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(), ["organisation.archive", "revision.approve"]);
    assert!(events[0].at.starts_with("20") && events[0].at.ends_with('Z'), "{}", events[0].at);
    assert_eq!(store.audit_events(1).await.unwrap().len(), 1);
}

pub async fn repeated_failures_lock_out_even_the_right_password(stores: TestStores) {
    let store = stores.accounts.as_ref();
    representative(&stores, "vera@verein.example").await;
    let throttle = Throttle::new(stores.rate_limits.clone());
    let attempt = |password| Attempt { email: "vera@verein.example", password, ip: "192.0.2.7" };
    for _ in 0..5 {
        let err = app::accounts::sign_in::login(store, &throttle, &attempt("falsch falsch falsch"), 1_000).await.unwrap_err();
        assert!(matches!(err, LoginError::InvalidCredentials), "{err:?}");
    }
    let err = app::accounts::sign_in::login(store, &throttle, &attempt(GOOD), 1_000).await.unwrap_err();
    assert!(matches!(err, LoginError::RateLimited { retry_after_secs } if retry_after_secs > 800), "{err:?}");
    let other_process = Throttle::new(stores.rate_limits.clone());
    let err = app::accounts::sign_in::login(store, &other_process, &attempt(GOOD), 1_001).await.unwrap_err();
    assert!(matches!(err, LoginError::RateLimited { .. }), "another server process sees the same count: {err:?}");
    assert!(app::accounts::sign_in::login(store, &throttle, &attempt(GOOD), 1_000 + 15 * 60).await.is_ok());
}

pub async fn a_second_factor_is_set_up_then_required_and_never_replayed(stores: TestStores) {
    use app::accounts::second_factor::{confirm_setup, enter_code, offer_setup, CodeAttempt, SecondFactorError};
    use app::accounts::totp::TotpSecret;
    let store = stores.accounts.as_ref();
    let throttle = Throttle::new(stores.rate_limits.clone());
    const IP: &str = "192.0.2.7";
    create_administrator(store, "admin@stadt.example", GOOD).await.unwrap();
    let now = 1_700_000_000;
    let signed_in = login(&stores, "admin@stadt.example", GOOD, now).await.unwrap();
    let viewer = authenticate(store, &signed_in.token, now, SessionPolicy::default()).await.unwrap().unwrap();
    let offer = offer_setup(&viewer, "Knotenpunkt", None);
    assert!(offer.uri.starts_with("otpauth://totp/Knotenpunkt:admin%40stadt.example?secret="), "{}", offer.uri);
    let secret = TotpSecret::from_base32(&offer.secret).unwrap();
    let code_at = |t: i64| app::accounts::totp::code_at(&secret, u64::try_from(t).unwrap());
    let err = confirm_setup(store, &throttle, &viewer, &offer.secret, "000000", CodeAttempt { ip: IP, now }).await.unwrap_err();
    assert!(matches!(err, SecondFactorError::WrongCode) || code_at(now) == "000000", "{err:?}");
    let passed = confirm_setup(store, &throttle, &viewer, &offer.secret, &code_at(now), CodeAttempt { ip: IP, now }).await.unwrap();
    assert_eq!(passed.recovery_codes.len(), 10);
    let recovery_codes = passed.recovery_codes.clone();
    assert!(authenticate(store, &signed_in.token, now, SessionPolicy::default()).await.unwrap().is_none(), "the half session ended");
    let full = authenticate(store, &passed.token, now, SessionPolicy::default()).await.unwrap().unwrap();
    assert!(full.is_admin());

    // The next login asks for a code; the code just used is refused, the next one works.
    let signed_in = login(&stores, "admin@stadt.example", GOOD, now + 5).await.unwrap();
    assert_eq!(signed_in.next, NextStep::EnterCode);
    let viewer = authenticate(store, &signed_in.token, now + 5, SessionPolicy::default()).await.unwrap().unwrap();
    assert!(!viewer.is_staff());
    let err = enter_code(store, &throttle, &viewer, &code_at(now), CodeAttempt { ip: IP, now: now + 5 }).await.unwrap_err();
    assert!(matches!(err, SecondFactorError::WrongCode), "replayed code: {err:?}");
    let passed = enter_code(store, &throttle, &viewer, &code_at(now + 30), CodeAttempt { ip: IP, now: now + 31 }).await.unwrap();
    assert!(authenticate(store, &passed.token, now + 31, SessionPolicy::default()).await.unwrap().unwrap().is_staff());

    // A recovery code works once.
    let signed_in = login(&stores, "admin@stadt.example", GOOD, now + 40).await.unwrap();
    let viewer = authenticate(store, &signed_in.token, now + 40, SessionPolicy::default()).await.unwrap().unwrap();
    let passed =
        enter_code(store, &throttle, &viewer, &recovery_codes[3].to_uppercase(), CodeAttempt { ip: IP, now: now + 40 }).await.unwrap();
    assert!(authenticate(store, &passed.token, now + 40, SessionPolicy::default()).await.unwrap().unwrap().is_staff());
    let signed_in = login(&stores, "admin@stadt.example", GOOD, now + 50).await.unwrap();
    let viewer = authenticate(store, &signed_in.token, now + 50, SessionPolicy::default()).await.unwrap().unwrap();
    let err = enter_code(store, &throttle, &viewer, &recovery_codes[3], CodeAttempt { ip: IP, now: now + 50 }).await.unwrap_err();
    assert!(matches!(err, SecondFactorError::WrongCode), "a used recovery code: {err:?}");
    assert_eq!(store.unused_recovery_codes(viewer.user.id).await.unwrap().len(), 9);
}

pub async fn a_claim_approved_by_the_office_makes_an_owner(stores: TestStores) {
    use app::accounts::claims::{claim, decide_claim, pending_claims, ClaimError};
    use app::accounts::sign_in::Viewer;
    let store = stores.accounts.as_ref();
    let orgs =
        stores.directory.create_organisations(&[new_org("a", "A"), new_org("b", "B")], &app::ports::Author::system("test")).await.unwrap();
    let vera = representative(&stores, "vera@verein.example").await;
    let office = store.create_user(&new_user("k@stadt.example", Role::Coordinator)).await.unwrap();
    let viewer = |id, complete| async move {
        let user = store.user(id).await.unwrap().unwrap();
        Viewer { memberships: store.memberships_of(id).await.unwrap(), user, second_factor_done: complete, session_hash: String::new() }
    };
    let as_vera = viewer(vera, true).await;
    let id = claim(store, &as_vera, orgs[0], "Ich bin die Vorsitzende.").await.unwrap();
    assert!(matches!(claim(store, &as_vera, orgs[0], "").await.unwrap_err(), ClaimError::AlreadyOpen));
    assert!(matches!(pending_claims(store, &as_vera).await.unwrap_err(), ClaimError::Forbidden));
    assert!(
        matches!(decide_claim(store, &viewer(office, false).await, id, true).await.unwrap_err(), ClaimError::Forbidden),
        "no second factor yet"
    );
    let as_office = viewer(office, true).await;
    let open = pending_claims(store, &as_office).await.unwrap();
    assert_eq!((open.len(), open[0].email.as_str(), open[0].message.as_str()), (1, "vera@verein.example", "Ich bin die Vorsitzende."));
    let decided = decide_claim(store, &as_office, id, true).await.unwrap();
    assert_eq!((decided.user, decided.email.as_str(), decided.organisation), (vera, "vera@verein.example", orgs[0]), "whom to tell");
    assert!(matches!(decide_claim(store, &as_office, id, false).await.unwrap_err(), ClaimError::NotOpen));
    assert_eq!(store.memberships_of(vera).await.unwrap()[0].role, MemberRole::Owner);
    assert!(pending_claims(store, &as_office).await.unwrap().is_empty());
    assert!(
        matches!(claim(store, &viewer(vera, true).await, orgs[0], "").await.unwrap_err(), ClaimError::AlreadyEditor),
        "already an editor"
    );
    assert_eq!(store.audit_events(1).await.unwrap()[0].action, "claim.approve");

    // A rejected claim names the claimant too, and gives no membership.
    let id = claim(store, &viewer(vera, true).await, orgs[1], "").await.unwrap();
    let rejected = decide_claim(store, &as_office, id, false).await.unwrap();
    assert_eq!((rejected.email.as_str(), rejected.organisation), ("vera@verein.example", orgs[1]));
    assert!(matches!(decide_claim(store, &as_office, id, true).await.unwrap_err(), ClaimError::NotOpen));
    assert_eq!(store.memberships_of(vera).await.unwrap().len(), 1, "only the approved claim");
    assert_eq!(store.audit_events(1).await.unwrap()[0].action, "claim.reject");
}

pub async fn audit_events_are_found_by_actor(stores: TestStores) {
    let store = stores.accounts.as_ref();
    for (actor, action) in [("user:1", "user.role"), ("user:2", "revision.approve"), ("user:1", "user.disable")] {
        let event =
            AuditEvent { actor: actor.into(), action: action.into(), target: "user:3".into(), detail: String::new(), at: String::new() };
        store.record_audit(&event).await.unwrap();
    }
    let mine = store.audit_events_by_actor("user:1").await.unwrap();
    assert_eq!(mine.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(), ["user.role", "user.disable"], "oldest first");
    assert!(mine.iter().all(|e| e.actor == "user:1" && e.at.ends_with('Z')));
    assert!(store.audit_events_by_actor("user:9").await.unwrap().is_empty());
}

pub async fn digest_subscriptions_are_kept_and_dropped(stores: TestStores) {
    let store = stores.accounts.as_ref();
    let vera = representative(&stores, "vera@verein.example").await;
    let ali = representative(&stores, "ali@verein.example").await;
    store.set_digest(vera, true).await.unwrap();
    store.set_digest(vera, true).await.unwrap();
    store.set_digest(ali, true).await.unwrap();
    store.set_digest(ali, false).await.unwrap();
    assert!(store.is_digest_subscriber(vera).await.unwrap() && !store.is_digest_subscriber(ali).await.unwrap());
    assert_eq!(store.digest_subscribers().await.unwrap(), [(vera, email("vera@verein.example"))]);
    store.anonymise_user(vera).await.unwrap();
    assert!(store.digest_subscribers().await.unwrap().is_empty(), "a deleted account gets no mail");
}
