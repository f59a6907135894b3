//! Fixes from the security review (issue 12): each test failed before its fix.

use domain::accounts::Role;
use testkit::{spawn_app, PASSWORD};

/// Posts a form with the visitor's CSRF cookie and token and the given extra headers.
async fn post_with_headers(app: &testkit::TestApp, path: &str, fields: &[(&str, &str)], headers: &[(&str, &str)]) -> reqwest::Response {
    let mut browser = app.browser();
    browser.get("/").await;
    // `__Host-kp_csrf` when the app is configured for https.
    let (name, csrf) = browser.cookies.iter().find(|(name, _)| name.ends_with("kp_csrf")).map(|(n, v)| (n.clone(), v.clone())).unwrap();
    let mut all = fields.to_vec();
    all.push(("csrf", &csrf));
    let mut request = app.client.post(app.url(path)).header("cookie", format!("{name}={csrf}")).form(&all);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn mail_links_start_at_the_configured_address_whatever_host_the_request_names() {
    let app = spawn_app().await;
    let fields = [("email", "neu@verein.example"), ("password", PASSWORD), ("password_repeat", PASSWORD)];
    let response = post_with_headers(&app, "/register", &fields, &[("host", "evil.example")]).await;
    assert!(response.status().is_success() || response.status().is_redirection(), "{}", response.status());
    app.user("vera@verein.example", Role::Representative).await;
    let response = post_with_headers(&app, "/password/forgot", &[("email", "vera@verein.example")], &[("host", "evil.example")]).await;
    assert!(response.status().is_success() || response.status().is_redirection(), "{}", response.status());
    let mails = app.mails().await;
    assert_eq!(mails.len(), 2, "{mails:?}");
    for (to, _, body) in mails {
        assert!(!body.contains("evil.example"), "mail to {to}: {body}");
        assert!(body.contains(&format!("{}/", app.base)), "mail to {to} links to {}: {body}", app.base);
    }
}

/// The app behind a reverse proxy on 127.0.0.1 (the test client), which names clients in
/// `X-Forwarded-For`.
async fn behind_proxy() -> testkit::TestApp {
    testkit::spawn_configured(testkit::Backend::Sqlite, true, |config| {
        config.trusted_proxies = web::client_address::TrustedProxies::parse(&["127.0.0.1"]).unwrap();
    })
    .await
    .unwrap()
}

/// A visitor whose requests the proxy forwards for `client`.
fn visitor(app: &testkit::TestApp, client: &str) -> testkit::browser::Browser {
    app.browser().with_header("x-forwarded-for", &format!("203.0.113.99, {client}"))
}

async fn login(browser: &mut testkit::browser::Browser, email: &str, password: &str) -> u16 {
    browser.post("/login", &[("email", email), ("password", password)]).await.status
}

#[tokio::test]
async fn wrong_codes_of_some_accounts_do_not_lock_the_office_out_of_the_second_factor() {
    let app = behind_proxy().await;
    for n in 0..5 {
        let email = format!("selbst{n}@verein.example");
        let id = app.user(&email, Role::Representative).await;
        app.with_totp(id).await;
        let mut attacker = visitor(&app, &format!("198.51.100.{n}"));
        assert_eq!(login(&mut attacker, &email, PASSWORD).await, 303);
        for _ in 0..5 {
            let page = attacker.post("/login/code", &[("code", "000000")]).await;
            assert!(matches!(page.status, 422 | 429), "{}", page.status);
        }
    }
    let admin = app.user("admin@stadt.example", Role::Administrator).await;
    let secret = app.with_totp(admin).await;
    let mut office = visitor(&app, "192.0.2.10");
    assert_eq!(login(&mut office, "admin@stadt.example", PASSWORD).await, 303);
    let page = office.post("/login/code", &[("code", &testkit::totp_now(&secret))]).await;
    assert_eq!(page.status, 303, "the administrator's code is accepted: {}", page.body);
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_limit_and_ipv6_counts_per_64() {
    let app = behind_proxy().await;
    app.user("vera@verein.example", Role::Representative).await;
    for n in 0..20 {
        let mut guesser = visitor(&app, &format!("2001:db8:1:2::{n:x}"));
        assert_eq!(login(&mut guesser, &format!("nobody{n}@verein.example"), "falsch falsch falsch").await, 401);
    }
    let mut same_network = visitor(&app, "2001:db8:1:2:ffff::1");
    assert_eq!(login(&mut same_network, "vera@verein.example", PASSWORD).await, 429, "the /64 used up its failures");
    let mut neighbour = visitor(&app, "2001:db8:1:3::1");
    assert_eq!(login(&mut neighbour, "vera@verein.example", PASSWORD).await, 303, "another /64 is another client");
    let mut other = visitor(&app, "192.0.2.55");
    assert_eq!(login(&mut other, "vera@verein.example", PASSWORD).await, 303);
}

#[tokio::test]
async fn forwarded_addresses_are_ignored_unless_the_peer_is_a_trusted_proxy() {
    let app = spawn_app().await;
    app.user("vera@verein.example", Role::Representative).await;
    for n in 0..20 {
        let mut guesser = visitor(&app, &format!("198.51.100.{n}"));
        assert_eq!(login(&mut guesser, &format!("nobody{n}@verein.example"), "falsch falsch falsch").await, 401);
    }
    let mut spoofer = visitor(&app, "192.0.2.55");
    assert_eq!(login(&mut spoofer, "vera@verein.example", PASSWORD).await, 429, "the peer is the client");
}

#[tokio::test]
async fn wrong_passwords_from_elsewhere_do_not_lock_the_owner_out() {
    let app = behind_proxy().await;
    app.user("vera@verein.example", Role::Representative).await;
    let mut attacker = visitor(&app, "198.51.100.7");
    for _ in 0..5 {
        assert_eq!(login(&mut attacker, "vera@verein.example", "falsch falsch falsch").await, 401);
    }
    assert_eq!(login(&mut attacker, "vera@verein.example", PASSWORD).await, 429, "the address that failed waits");
    let mut owner = visitor(&app, "192.0.2.20");
    assert_eq!(login(&mut owner, "vera@verein.example", PASSWORD).await, 303, "the owner signs in from an address that did not fail");
}

#[tokio::test]
async fn the_login_never_sends_people_to_another_host() {
    let app = spawn_app().await;
    app.user("vera@verein.example", Role::Representative).await;
    for next in ["/\t/evil.example", "/\n/evil.example", "\t//evil.example", "/\\evil.example", "/ /evil.example"] {
        let mut browser = app.browser();
        let page = browser.get(&format!("/login?{}", serde_urlencoded_pair("next", next))).await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains(r#"name="next" value="/account""#), "{next:?} replaced in the form");
        let page = browser.post("/login", &[("email", "vera@verein.example"), ("password", PASSWORD), ("next", next)]).await;
        assert_eq!((page.status, page.location.as_deref()), (303, Some("/account")), "{next:?}");
    }
}

/// `name=value`, percent-encoded as a browser sends it.
fn serde_urlencoded_pair(name: &str, value: &str) -> String {
    let encode = |text: &str| {
        text.bytes()
            .map(|b| if b.is_ascii_alphanumeric() || b"/.-_".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
            .collect::<String>()
    };
    format!("{}={}", encode(name), encode(value))
}

#[tokio::test]
async fn a_role_change_ends_the_sessions_of_the_account() {
    let app = spawn_app().await;
    let admin = app.user("admin@stadt.example", Role::Administrator).await;
    let secret = app.with_totp(admin).await;
    let vera = app.user("vera@verein.example", Role::Representative).await;
    let mut promoted = app.signed_in("vera@verein.example", None).await;
    assert_eq!(promoted.get("/account").await.status, 200);
    let mut office = app.signed_in("admin@stadt.example", Some(&secret)).await;
    let page = office.post(&format!("/admin/users/{vera}/role"), &[("role", "coordinator")]).await;
    assert_eq!(page.location.as_deref(), Some("/admin/users?done=role"), "{}", page.body);
    let page = promoted.get("/office/review").await;
    assert_ne!(page.status, 200, "the old session does not act as staff without a second factor");
    assert_eq!(promoted.get("/account").await.status, 303, "the session has ended: {:?}", promoted.cookies);
    assert_eq!(office.get("/admin/users").await.status, 200, "the administrator's own session goes on");
}

const SLUG: &str = "kulturverein-brueckenschlag";

/// The office invites `email` to the demo association; returns the link's token.
async fn invite(app: &testkit::TestApp, email: &str) -> String {
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    let mut office = app.signed_in("koordination@stadt.example", Some(&secret)).await;
    let page = office.post(&format!("/organisations/{SLUG}/members"), &[("email", email), ("role", "owner")]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let link = app.link_in_mail(email, "/invitation?token=").await;
    link.split("token=").nth(1).unwrap().split('&').next().unwrap().to_owned()
}

async fn is_member(app: &testkit::TestApp, user: domain::accounts::UserId) -> bool {
    !app.state.accounts.memberships_of(user).await.unwrap().is_empty()
}

#[tokio::test]
async fn an_invitation_for_an_existing_account_needs_that_accounts_sign_in() {
    let app = spawn_app().await;
    let vera = app.user("vera@verein.example", Role::Representative).await;
    let token = invite(&app, "vera@verein.example").await;
    let mut stranger = app.browser();
    let page = stranger.post("/invitation", &[("token", &token), ("password", ""), ("password_repeat", "")]).await;
    assert_eq!(page.status, 303);
    assert!(page.location.as_deref().unwrap().starts_with("/login?next=%2Finvitation%3Ftoken%3D"), "{:?}", page.location);
    assert!(!stranger.cookies.contains_key("kp_session"), "nobody is signed in as vera without her password");
    assert!(!is_member(&app, vera).await);
    let mut owner = app.signed_in("vera@verein.example", None).await;
    let page = owner.get(&format!("/invitation?token={token}")).await;
    assert!(page.body.contains("Melden Sie sich damit an"), "the page says so");
    let page = owner.post("/invitation", &[("token", &token)]).await;
    assert_eq!(page.location.as_deref(), Some("/account?welcome=1"), "{}", page.body);
    assert!(is_member(&app, vera).await);
}

#[tokio::test]
async fn an_unconfirmed_account_verified_by_an_invitation_gets_the_invitees_password() {
    let app = spawn_app().await;
    let planted = "Vorher angelegt vom Angreifer";
    let page =
        app.browser().post("/register", &[("email", "opfer@verein.example"), ("password", planted), ("password_repeat", planted)]).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let token = invite(&app, "opfer@verein.example").await;
    let mut invitee = app.browser();
    let page = invitee.post("/invitation", &[("token", &token), ("password", PASSWORD), ("password_repeat", PASSWORD)]).await;
    assert_eq!(page.location.as_deref(), Some("/account?welcome=1"), "{}", page.body);
    let mut attacker = app.browser();
    let page = attacker.post("/login", &[("email", "opfer@verein.example"), ("password", planted)]).await;
    assert_eq!(page.status, 401, "the planted password no longer works");
    app.signed_in("opfer@verein.example", None).await;
}

#[tokio::test]
async fn deleting_the_account_with_wrong_passwords_is_throttled() {
    let app = spawn_app().await;
    app.user("vera@verein.example", Role::Representative).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    for _ in 0..5 {
        assert_eq!(vera.post("/account/delete", &[("password", "falsch falsch falsch")]).await.status, 422);
    }
    let page = vera.post("/account/delete", &[("password", PASSWORD)]).await;
    assert_eq!(page.status, 429, "{}", page.body);
    assert!(page.body.contains("Minute"), "a translated message: {}", page.body);
}

#[tokio::test]
async fn other_requests_are_answered_while_twenty_deletions_with_wrong_passwords_run() {
    let app = behind_proxy().await;
    let mut sessions = Vec::new();
    for n in 0..20 {
        let email = format!("verein{n}@verein.example");
        app.user(&email, Role::Representative).await;
        let mut browser = visitor(&app, &format!("198.51.100.{n}"));
        assert_eq!(login(&mut browser, &email, PASSWORD).await, 303);
        let token = browser.csrf_token().await;
        sessions.push((n, browser.cookies["kp_session"].clone(), browser.cookies["kp_csrf"].clone(), token));
    }
    let start = std::time::Instant::now();
    let deletions: Vec<_> = sessions
        .into_iter()
        .map(|(n, session, csrf, token)| {
            let request = app
                .client
                .post(app.url("/account/delete"))
                .header("cookie", format!("kp_session={session}; kp_csrf={csrf}"))
                .header("x-forwarded-for", format!("198.51.100.{n}"))
                .form(&[("password", "falsch falsch falsch"), ("csrf", token.as_str())]);
            tokio::spawn(async move { request.send().await.unwrap().status().as_u16() })
        })
        .collect();
    let mut slowest = std::time::Duration::ZERO;
    let mut answered = 0;
    while !deletions.iter().all(tokio::task::JoinHandle::is_finished) {
        let asked = std::time::Instant::now();
        assert_eq!(app.get("/healthz").await.status(), 200);
        slowest = slowest.max(asked.elapsed());
        answered += 1;
    }
    let all = start.elapsed();
    for deletion in deletions {
        assert_eq!(deletion.await.unwrap(), 422);
    }
    assert!(answered >= 3 && slowest * 4 < all, "{answered} health checks answered during {all:?}, the slowest took {slowest:?}");
}

#[tokio::test]
async fn signed_in_pages_are_not_stored_and_https_sites_send_hsts() {
    let app = spawn_app().await;
    app.user("vera@verein.example", Role::Representative).await;
    let vera = app.signed_in("vera@verein.example", None).await;
    let response =
        app.client.get(app.url("/account")).header("cookie", format!("kp_session={}", vera.cookies["kp_session"])).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let public = app.get("/").await;
    assert!(public.headers().get("cache-control").is_none(), "public pages may be cached");
    assert!(public.headers().get("strict-transport-security").is_none(), "not over plain http");

    let https = testkit::spawn_configured(testkit::Backend::Sqlite, false, |config| {
        config.site.public_url = Some("https://kp.example.org".into());
    })
    .await
    .unwrap();
    assert_eq!(https.get("/").await.headers()["strict-transport-security"], "max-age=31536000");
}

#[tokio::test]
async fn a_form_from_the_public_origin_passes_behind_a_proxy_that_rewrites_the_host() {
    let app = testkit::spawn_configured(testkit::Backend::Sqlite, false, |config| {
        config.site.public_url = Some("https://kp.example.org".into());
    })
    .await
    .unwrap();
    app.user("vera@verein.example", Role::Representative).await;
    let fields = [("email", "vera@verein.example"), ("password", PASSWORD)];
    let response = post_with_headers(&app, "/login", &fields, &[("origin", "https://kp.example.org"), ("host", "backend:8080")]).await;
    assert_eq!(response.status(), 303);
    let response = post_with_headers(&app, "/login", &fields, &[("origin", "https://evil.example"), ("host", "backend:8080")]).await;
    assert_eq!(response.status(), 403);
}

#[tokio::test]
async fn representatives_do_not_see_office_addresses_in_the_history() {
    let app = spawn_app().await;
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    let mut office = app.signed_in("koordination@stadt.example", Some(&secret)).await;
    let page = office.post(&format!("/organisations/{SLUG}/history/1/restore"), &[]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let page = office.get(&format!("/organisations/{SLUG}/history")).await;
    assert!(page.body.contains("koordination@stadt.example"), "the office sees who it was");
    app.representative_of("vera@verein.example", SLUG).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let page = vera.get(&format!("/organisations/{SLUG}/history")).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("koordination@stadt.example"), "{}", page.body);
}

#[tokio::test]
async fn sign_ins_failed_sign_ins_refusals_and_role_changes_are_audited() {
    let app = spawn_app().await;
    let vera = app.user("vera@verein.example", Role::Representative).await;
    let mut browser = app.browser();
    assert_eq!(login(&mut browser, "vera@verein.example", "falsch falsch falsch").await, 401);
    let mut vera_browser = app.signed_in("vera@verein.example", None).await;
    assert_eq!(vera_browser.get("/admin/users").await.status, 403);
    let admin = app.user("admin@stadt.example", Role::Administrator).await;
    let secret = app.with_totp(admin).await;
    let mut office = app.signed_in("admin@stadt.example", Some(&secret)).await;
    office.post(&format!("/admin/users/{vera}/role"), &[("role", "coordinator")]).await;
    let events = app.state.accounts.audit_events(50).await.unwrap();
    let has = |action: &str, target: &str| events.iter().any(|e| e.action == action && e.target == target);
    assert!(has("user.sign_in_failed", &format!("user:{vera}")), "{events:?}");
    assert!(has("user.sign_in", &format!("user:{vera}")), "{events:?}");
    assert!(has("request.refused", "GET /admin/users"), "{events:?}");
    assert!(has("user.role", &format!("user:{vera}")), "{events:?}");
    assert!(events.iter().all(|e| !e.detail.contains("falsch")), "no passwords in the log");
}

#[tokio::test]
async fn the_cached_csv_export_follows_changes_of_the_directory() {
    let app = spawn_app().await;
    let first = app.get("/api/v1/organisations.csv").await.text().await.unwrap();
    assert!(first.contains(SLUG));
    assert_eq!(app.get("/api/v1/organisations.csv").await.text().await.unwrap(), first, "the same file again");
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    let mut office = app.signed_in("koordination@stadt.example", Some(&secret)).await;
    let page = office.post(&format!("/organisations/{SLUG}/archive"), &[("value", "1")]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let after = app.get("/api/v1/organisations.csv").await.text().await.unwrap();
    assert!(!after.contains(&format!(",{SLUG},")), "the archived association left the export");
}

#[tokio::test]
async fn over_https_cookies_carry_the_host_prefix_and_planted_plain_ones_do_not_count() {
    let app = testkit::spawn_configured(testkit::Backend::Sqlite, false, |config| {
        config.site.public_url = Some("https://kp.example.org".into());
    })
    .await
    .unwrap();
    app.user("vera@verein.example", Role::Representative).await;
    let response = app.get("/login").await;
    let set = response.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(set.starts_with("__Host-kp_csrf=") && set.contains("; Secure") && set.contains("Path=/"), "{set}");
    let csrf = set.trim_start_matches("__Host-kp_csrf=").split(';').next().unwrap().to_owned();
    let form = [("email", "vera@verein.example"), ("password", PASSWORD), ("csrf", csrf.as_str())];
    let planted = app.client.post(app.url("/login")).header("cookie", format!("kp_csrf={csrf}")).form(&form).send().await.unwrap();
    assert_eq!(planted.status(), 403, "a cookie without the prefix may come from a sibling subdomain");
    let response = app.client.post(app.url("/login")).header("cookie", format!("__Host-kp_csrf={csrf}")).form(&form).send().await.unwrap();
    assert_eq!(response.status(), 303);
    let session = response.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).collect::<Vec<_>>();
    assert!(session.iter().any(|c| c.starts_with("__Host-kp_session=")), "{session:?}");
}

/// Posts a form by hand with exactly these cookies and this CSRF token.
async fn post_as(app: &testkit::TestApp, cookies: &std::collections::BTreeMap<String, String>, path: &str, token: &str) -> u16 {
    let cookie = cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    let response = app.client.post(app.url(path)).header("cookie", cookie).form(&[("csrf", token)]).send().await.unwrap();
    response.status().as_u16()
}

#[tokio::test]
async fn once_signed_in_the_csrf_token_is_the_sessions_and_signing_in_replaces_it() {
    let app = spawn_app().await;
    app.user("vera@verein.example", Role::Representative).await;
    app.user("emre@verein.example", Role::Representative).await;
    let mut vera = app.browser();
    vera.get("/login").await;
    let before = vera.cookies["kp_csrf"].clone();
    assert_eq!(login(&mut vera, "vera@verein.example", PASSWORD).await, 303);
    assert_ne!(vera.cookies["kp_csrf"], before, "signing in replaces the visitor's secret");
    let token = vera.csrf_token().await;
    assert_ne!(token, before);

    // The token from before the sign-in, sent with its own cookie as it was, is refused.
    let mut with_old_cookie = vera.cookies.clone();
    with_old_cookie.insert("kp_csrf".into(), before.clone());
    assert_eq!(post_as(&app, &with_old_cookie, "/logout", &before).await, 403, "a token from before the sign-in");
    // So is the current visitor cookie's value: it is no longer the token once signed in.
    let cookie_value = vera.cookies["kp_csrf"].clone();
    assert_eq!(post_as(&app, &vera.cookies, "/logout", &cookie_value).await, 403, "the cookie's value");

    // Another session's token (another account, and the same account signed in elsewhere).
    let mut emre = app.browser();
    assert_eq!(login(&mut emre, "emre@verein.example", PASSWORD).await, 303);
    let emres = emre.csrf_token().await;
    assert_ne!(emres, token);
    assert_eq!(post_as(&app, &vera.cookies, "/logout", &emres).await, 403, "another account's session");
    let mut vera_elsewhere = app.browser();
    assert_eq!(login(&mut vera_elsewhere, "vera@verein.example", PASSWORD).await, 303);
    let elsewhere = vera_elsewhere.csrf_token().await;
    assert_ne!(elsewhere, token, "every sign-in gets its own token");
    assert_eq!(post_as(&app, &vera.cookies, "/logout", &elsewhere).await, 403, "the same account's other session");

    // The page's token passes; after signing out and in again the old one is refused.
    let signed_in_cookies = vera.cookies.clone();
    assert_eq!(post_as(&app, &vera.cookies, "/logout", &token).await, 303, "the session's own token");
    assert_eq!(login(&mut vera, "vera@verein.example", PASSWORD).await, 303);
    let again = vera.csrf_token().await;
    assert_ne!(again, token, "signing in again rotates the token");
    assert_eq!(post_as(&app, &vera.cookies, "/logout", &token).await, 403, "the last session's token");
    assert_ne!(signed_in_cookies["kp_session"], vera.cookies["kp_session"]);
    app.cleanup().await;
}
