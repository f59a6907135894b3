//! Every cell of the access matrix (`web::access::MATRIX`): each route, each kind of user,
//! one real request. The expectations are written out here, independent of the code that
//! enforces them.

use testkit::roles::Subject::{self, *};
use testkit::roles::{browser_for, concrete, Users, SUBJECTS};
use testkit::spawn_app;
use web::access::{Access, MATRIX};

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

/// True when the response lets the subject in: not refused (403), not sent to log in. A form
/// that answers its empty input with an error (401 for wrong credentials, 422) let the subject in.
fn allowed(status: u16, location: Option<&str>) -> bool {
    let to_login = location.is_some_and(|l| l.starts_with("/login"));
    !(status == 403 || to_login)
}

#[tokio::test]
async fn every_route_gives_every_kind_of_user_exactly_the_access_of_the_matrix() {
    let app = spawn_app().await;
    let users = Users::create(&app).await;
    let mut failures = Vec::new();
    let mut cells = 0;
    for rule in MATRIX {
        let path = concrete(&app, &users, rule.path);
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
