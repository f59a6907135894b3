//! Every cell of the access matrix (`web::access::MATRIX`): each route, each kind of user,
//! one real request. The expectations are written out here, independent of the code that
//! enforces them.

use app::accounts::sign_in::start_session;
use domain::accounts::Role;
use testkit::browser::Browser;
use testkit::{spawn_app, TestApp};
use web::access::{Access, MATRIX};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subject {
    Visitor,
    /// A coordinator who entered the password but not yet the second factor.
    PendingCoordinator,
    /// A representative of the association in the path.
    Representative,
    /// A representative of another association.
    OtherRepresentative,
    Coordinator,
    Administrator,
}

use Subject::*;

const SUBJECTS: [Subject; 6] = [Visitor, PendingCoordinator, Representative, OtherRepresentative, Coordinator, Administrator];

/// Who may use a route of each access level.
fn expected(access: Access, subject: Subject) -> bool {
    match access {
        Access::Public => true,
        Access::Session => subject != Visitor,
        Access::SignedIn => !matches!(subject, Visitor | PendingCoordinator),
        Access::Member => matches!(subject, Representative | Coordinator | Administrator),
        Access::Staff => matches!(subject, Coordinator | Administrator),
        Access::Admin => subject == Administrator,
    }
}

const OWN: &str = "kulturverein-brueckenschlag";
const OTHER: &str = "circolo-il-ponte";

/// The demo's held meeting, its results published.
const MEETING: &str = "netzwerktreffen-2020-01-11";

/// The demo's project from a contact request: its partners are the association in the path
/// and another one, not `OTHER`; it is public, so that `OTHER`'s representative is refused.
const PROJECT: &str = "elternabende-mit-sprachbegleitung";

/// A well-formed outbox file name that names no mail: the page answers 404, not 403.
const OUTBOX_FILE: &str = "20260101T000000.000Z-0000.eml";

/// A well-formed private link of the inbox that opens no case: the page answers 404, not 403.
const INBOX_SECRET: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// The route with its parameters filled in. `{id}` is an item's id (and, for the account
/// routes, a user id, which the empty form leaves unchanged).
fn concrete(app: &TestApp, path: &str) -> String {
    // An item of the association in the path, so that its representative may close it.
    let own = app.state.directory.index().get(OWN).unwrap().id;
    let item = app.state.marketplace.view().of_organisation(own, domain::organisation::Audience::Office).first().map_or(1, |i| i.id.0);
    let asset = app.state.assets.url("app.css");
    path.replace("{slug}", OWN)
        .replace("{id}", &item.to_string())
        .replace("{number}", "1")
        .replace("{meeting}", MEETING)
        .replace("{project}", PROJECT)
        .replace("{round}", "1")
        .replace("{table}", "1")
        .replace("{file}", OUTBOX_FILE)
        .replace("{case}", "1")
        .replace("{secret}", INBOX_SECRET)
        .replace("{format}", "csv")
        .replace("{upload}", "1")
        .replace("/assets/{*file}", &asset)
}

async fn browser_for(app: &TestApp, subject: Subject, users: &Users) -> Browser {
    let mut browser = app.browser();
    browser.get("/healthz").await;
    let (user, complete) = match subject {
        Visitor => return browser,
        PendingCoordinator => (users.pending, false),
        Representative => (users.rep, true),
        OtherRepresentative => (users.other, true),
        Coordinator => (users.coordinator, true),
        Administrator => (users.admin, true),
    };
    let user = app.state.accounts.user(user).await.unwrap().unwrap();
    let token = start_session(app.state.accounts.as_ref(), &user, complete, app.state.clock.now().unix_secs()).await.unwrap();
    browser.cookies.insert("kp_session".into(), token);
    browser
}

struct Users {
    pending: domain::accounts::UserId,
    rep: domain::accounts::UserId,
    other: domain::accounts::UserId,
    coordinator: domain::accounts::UserId,
    admin: domain::accounts::UserId,
}

/// True when the response lets the subject in: not refused (403), not sent to log in. A form
/// that answers its empty input with an error (401 for wrong credentials, 422) let the subject in.
fn allowed(status: u16, location: Option<&str>) -> bool {
    let to_login = location.is_some_and(|l| l.starts_with("/login"));
    !(status == 403 || to_login)
}

#[tokio::test]
async fn every_route_gives_every_kind_of_user_exactly_the_access_of_the_matrix() {
    let app = spawn_app().await;
    let users = Users {
        pending: app.user("halb@stadt.example", Role::Coordinator).await,
        rep: app.representative_of("vera@verein.example", OWN).await,
        other: app.representative_of("ali@verein.example", OTHER).await,
        coordinator: app.user("koordination@stadt.example", Role::Coordinator).await,
        admin: app.user("admin@stadt.example", Role::Administrator).await,
    };
    let mut failures = Vec::new();
    let mut cells = 0;
    for rule in MATRIX {
        let path = concrete(&app, rule.path);
        for subject in SUBJECTS {
            let mut browser = browser_for(&app, subject, &users).await;
            let page = match rule.method {
                "GET" => browser.get(&path).await,
                _ => browser.post(&path, &[]).await,
            };
            cells += 1;
            let got = allowed(page.status, page.location.as_deref());
            if got != expected(rule.access, subject) {
                failures.push(format!("{} {path} as {subject:?}: status {} location {:?}", rule.method, page.status, page.location));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {cells} cells wrong:\n{}", failures.len(), failures.join("\n"));
    eprintln!("access matrix: {} routes × {} kinds of user = {cells} cells checked", MATRIX.len(), SUBJECTS.len());
}
