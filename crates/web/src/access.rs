//! The access-control matrix: every route, every method, who may use it. It is data, in
//! one place; the `enforce` middleware applies it to every request (a route missing from the
//! matrix is refused: fail closed), and the matrix test checks every cell over HTTP.
//! Use cases check again what only they can know, e.g. that a representative belongs to the
//! association being edited.

use axum::extract::{MatchedPath, Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use crate::accounts::session::CurrentViewer;
use crate::page::Visit;
use crate::parked_forms;
use crate::urls;
use crate::SharedState;

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Everybody, signed in or not.
    Public,
    /// Anybody with a session, even before the second factor (to enter or set it up).
    Session,
    /// A complete session of any role.
    SignedIn,
    /// Representatives and office staff; the use case checks the association.
    Member,
    /// Coordinators and administrators.
    Staff,
    /// Administrators only.
    Admin,
}

/// A row of the matrix.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub method: &'static str,
    /// The route as registered in the router.
    pub path: &'static str,
    pub access: Access,
}

const fn rule(method: &'static str, path: &'static str, access: Access) -> Rule {
    Rule { method, path, access }
}

use Access::*;

/// Every route of the application.
pub const MATRIX: &[Rule] = &[
    // Public pages and open data.
    rule("GET", "/", Public),
    rule("GET", "/organisations", Public),
    rule("GET", "/organisations/{slug}", Public),
    rule("GET", "/map", Public),
    rule("GET", "/map/embed", Public),
    rule("GET", "/embed/map", Public),
    rule("GET", "/offers", Public),
    rule("GET", "/offers/{id}", Public),
    rule("GET", "/needs", Public),
    rule("GET", "/needs/{id}", Public),
    rule("GET", "/contact", Public),
    rule("GET", "/imprint", Public),
    rule("GET", "/privacy", Public),
    rule("GET", "/healthz", Public),
    rule("GET", "/healthz/live", Public),
    rule("GET", "/healthz/ready", Public),
    // Off unless `server.metrics_allow` lists addresses; then only from those (checked there).
    rule("GET", "/metrics", Public),
    rule("GET", "/assets/{*file}", Public),
    rule("GET", "/api/openapi.json", Public),
    rule("GET", "/api/v1/organisations", Public),
    rule("GET", "/api/v1/organisations.csv", Public),
    rule("GET", "/api/v1/organisations.geojson", Public),
    rule("GET", "/api/v1/organisations/{slug}", Public),
    rule("GET", "/api/v1/offers", Public),
    rule("GET", "/api/v1/needs", Public),
    rule("GET", "/api/v1/needs/{id}/suggestions", Public),
    rule("GET", "/logos/{file}", Public),
    // News and pages of the office.
    rule("GET", "/news", Public),
    rule("GET", "/news.atom", Public),
    rule("GET", "/news/{slug}", Public),
    rule("GET", "/news/images/{file}", Public),
    rule("GET", "/pages/{slug}", Public),
    rule("GET", "/api/v1/news", Public),
    rule("GET", "/office/news", Staff),
    rule("GET", "/office/news/new", Staff),
    rule("POST", "/office/news/new", Staff),
    rule("GET", "/office/news/{slug}/edit", Staff),
    rule("POST", "/office/news/{slug}/edit", Staff),
    rule("POST", "/office/news/{slug}/publish", Staff),
    rule("POST", "/office/news/{slug}/image", Staff),
    rule("POST", "/office/news/{slug}/image/remove", Staff),
    rule("GET", "/office/news/{slug}/revisions", Staff),
    rule("POST", "/office/news/{slug}/revisions/{number}/restore", Staff),
    // Signing in and out.
    rule("GET", "/login", Public),
    rule("POST", "/login", Public),
    rule("POST", "/logout", Session),
    rule("GET", "/login/code", Session),
    rule("POST", "/login/code", Session),
    rule("GET", "/account/second-factor", Session),
    rule("POST", "/account/second-factor", Session),
    rule("GET", "/account", SignedIn),
    rule("POST", "/account/digest", SignedIn),
    rule("POST", "/account/language", SignedIn),
    rule("GET", "/account/data.json", SignedIn),
    rule("GET", "/account/delete", SignedIn),
    rule("POST", "/account/delete", SignedIn),
    rule("GET", "/register", Public),
    rule("POST", "/register", Public),
    rule("GET", "/register/verify", Public),
    rule("POST", "/register/verify", Public),
    rule("GET", "/password/forgot", Public),
    rule("POST", "/password/forgot", Public),
    rule("GET", "/password/reset", Public),
    rule("POST", "/password/reset", Public),
    rule("GET", "/invitation", Public),
    rule("POST", "/invitation", Public),
    // Editing and moderation.
    rule("GET", "/organisations/propose", Public),
    rule("POST", "/organisations/propose", Public),
    rule("GET", "/organisations/propose/verify", Public),
    rule("POST", "/organisations/propose/verify", Public),
    rule("GET", "/organisations/confirm", Public),
    rule("POST", "/organisations/confirm", Public),
    rule("GET", "/organisations/{slug}/edit", Member),
    rule("POST", "/organisations/{slug}/edit", Member),
    rule("POST", "/organisations/{slug}/logo", Member),
    rule("POST", "/organisations/{slug}/logo/remove", Member),
    rule("GET", "/organisations/{slug}/history", Member),
    rule("GET", "/organisations/{slug}/history/{number}/restore", Staff),
    rule("POST", "/organisations/{slug}/history/{number}/restore", Staff),
    rule("GET", "/organisations/{slug}/archive", Staff),
    rule("POST", "/organisations/{slug}/archive", Staff),
    rule("POST", "/organisations/{slug}/trust", Staff),
    rule("GET", "/organisations/{slug}/members", Member),
    rule("POST", "/organisations/{slug}/members", Member),
    rule("POST", "/organisations/{slug}/members/invitations/resend", Member),
    rule("POST", "/organisations/{slug}/members/invitations/revoke", Member),
    rule("POST", "/organisations/{slug}/members/remove", Member),
    rule("GET", "/organisations/{slug}/items/new", Member),
    rule("POST", "/organisations/{slug}/items", Member),
    rule("POST", "/items/{id}/close", Member),
    rule("GET", "/items/{id}/edit", Member),
    rule("POST", "/items/{id}", Member),
    rule("POST", "/organisations/{slug}/claim", SignedIn),
    rule("GET", "/organisations/{slug}/join", Public),
    rule("POST", "/office/claims/{id}", Staff),
    rule("GET", "/introductions", SignedIn),
    rule("POST", "/introductions", SignedIn),
    rule("POST", "/introductions/{id}", SignedIn),
    rule("GET", "/office/synergy", Staff),
    rule("GET", "/office/review", Staff),
    rule("GET", "/office/inactive", Staff),
    rule("POST", "/office/review/{slug}/{number}", Staff),
    rule("GET", "/office/audit", Staff),
    // Network meetings.
    rule("GET", "/meetings", Public),
    rule("GET", "/meetings/{meeting}", Public),
    rule("GET", "/meetings/{meeting}/calendar.ics", Public),
    rule("GET", "/meetings/{meeting}/summary", Public),
    rule("GET", "/api/v1/meetings", Public),
    rule("GET", "/meetings/{meeting}/register", SignedIn),
    rule("POST", "/meetings/{meeting}/register", SignedIn),
    rule("POST", "/meetings/{meeting}/registrations/{id}/cancel", SignedIn),
    rule("GET", "/meetings/{meeting}/handouts/{id}", SignedIn),
    rule("GET", "/meetings/{meeting}/results", SignedIn),
    rule("GET", "/meetings/{meeting}/results/{round}/{table}", SignedIn),
    rule("POST", "/meetings/{meeting}/results/{round}/{table}", SignedIn),
    rule("GET", "/office/meetings/new", Staff),
    rule("POST", "/office/meetings/new", Staff),
    rule("GET", "/office/meetings/{meeting}/edit", Staff),
    rule("POST", "/office/meetings/{meeting}/edit", Staff),
    rule("POST", "/office/meetings/{meeting}/cancel", Staff),
    rule("GET", "/office/meetings/{meeting}/participants", Staff),
    rule("POST", "/office/meetings/{meeting}/participants", Staff),
    rule("GET", "/office/meetings/{meeting}/plan", Staff),
    rule("POST", "/office/meetings/{meeting}/plan", Staff),
    rule("GET", "/office/meetings/{meeting}/plan/move", Staff),
    rule("POST", "/office/meetings/{meeting}/plan/move", Staff),
    rule("POST", "/office/meetings/{meeting}/plan/lock", Staff),
    rule("GET", "/office/meetings/{meeting}/check-in", Staff),
    rule("POST", "/office/meetings/{meeting}/check-in/walk-in", Staff),
    rule("POST", "/office/meetings/{meeting}/check-in/{id}", Staff),
    rule("GET", "/office/meetings/{meeting}/handouts", Staff),
    rule("GET", "/office/meetings/{meeting}/handouts/bundle", Staff),
    rule("POST", "/office/meetings/{meeting}/handouts/mail", Staff),
    rule("POST", "/office/meetings/{meeting}/publish", Staff),
    rule("POST", "/office/meetings/{meeting}/held", Staff),
    // Surveys of associations: the office's pages; the form behind a personal link.
    rule("GET", "/office/surveys", Staff),
    rule("GET", "/office/surveys/new", Staff),
    rule("POST", "/office/surveys/new", Staff),
    rule("GET", "/office/surveys/{survey}", Staff),
    rule("GET", "/office/surveys/{survey}/edit", Staff),
    rule("POST", "/office/surveys/{survey}/edit", Staff),
    rule("GET", "/office/surveys/{survey}/preview", Staff),
    rule("GET", "/office/surveys/{survey}/invitations", Staff),
    rule("POST", "/office/surveys/{survey}/invitations", Staff),
    rule("POST", "/office/surveys/{survey}/reminders", Staff),
    rule("GET", "/office/surveys/{survey}/export.csv", Staff),
    rule("GET", "/office/surveys/{survey}/codebook.csv", Staff),
    rule("GET", "/office/surveys/{survey}/report.pdf", Staff),
    rule("GET", "/survey/{token}", Public),
    rule("POST", "/survey/{token}", Public),
    // Cooperation projects.
    rule("GET", "/projects/{project}", Public),
    rule("GET", "/api/v1/projects", Public),
    rule("POST", "/projects/{project}/status", Member),
    rule("POST", "/projects/{project}/steps", Member),
    rule("POST", "/projects/{project}/steps/{number}/done", Member),
    rule("POST", "/projects/{project}/visibility", Member),
    rule("POST", "/projects/{project}/details", Member),
    rule("GET", "/introductions/{id}/project", SignedIn),
    rule("POST", "/introductions/{id}/project", SignedIn),
    rule("GET", "/office/projects", Staff),
    rule("GET", "/office/projects/new", Staff),
    rule("POST", "/office/projects/new", Staff),
    rule("POST", "/office/projects/{project}/confirm", Staff),
    rule("GET", "/office/invite", Staff),
    // The network graph and its exports (issue 17).
    rule("GET", "/office/graph", Staff),
    rule("GET", "/office/graph/graphml", Staff),
    rule("GET", "/office/graph/csv", Staff),
    // The inbox for ideas and concerns (Anliegen): anyone sends, the sender follows the case by
    // a private link or signed in, the office works the queue.
    rule("POST", "/contact", Public),
    rule("GET", "/contact/confirm", Public),
    rule("POST", "/contact/confirm", Public),
    rule("GET", "/inbox/{secret}", Public),
    rule("POST", "/inbox/{secret}", Public),
    rule("GET", "/account/inbox", SignedIn),
    rule("GET", "/account/inbox/{case}", SignedIn),
    rule("POST", "/account/inbox/{case}", SignedIn),
    rule("GET", "/office/inbox", Staff),
    rule("GET", "/office/inbox/{case}", Staff),
    rule("POST", "/office/inbox/{case}/reply", Staff),
    rule("POST", "/office/inbox/{case}/note", Staff),
    rule("POST", "/office/inbox/{case}/assign", Staff),
    rule("POST", "/office/inbox/{case}/status", Staff),
    rule("POST", "/office/inbox/{case}/close", Staff),
    rule("POST", "/office/inbox/{case}/merge", Staff),
    // The office's full export of the directory.
    rule("GET", "/office/export/{format}", Staff),
    rule("GET", "/office/export/items/{format}", Staff),
    // The office's import: upload, preview with the column mapping, confirmation, progress, report.
    rule("GET", "/office/import", Staff),
    rule("POST", "/office/import", Staff),
    rule("GET", "/office/import/{upload}", Staff),
    rule("POST", "/office/import/{upload}/mapping", Staff),
    rule("POST", "/office/import/{upload}/confirm", Staff),
    // The office's reports: the dashboard, its narrative and the funding report's downloads.
    rule("GET", "/office/reports", Staff),
    rule("POST", "/office/reports/narrative", Staff),
    rule("GET", "/office/reports/funding.pdf", Staff),
    rule("GET", "/office/reports/funding.csv", Staff),
    // Administration.
    rule("GET", "/admin/users", Admin),
    rule("POST", "/admin/users/{id}/role", Admin),
    rule("POST", "/admin/users/{id}/disabled", Admin),
    rule("GET", "/admin/outbox", Admin),
    rule("GET", "/admin/outbox/{file}", Admin),
];

/// The rule of a route, if it is in the matrix.
pub fn rule_for(method: &Method, path: &str) -> Option<&'static Rule> {
    let method = if *method == Method::HEAD { "GET" } else { method.as_str() };
    MATRIX.iter().find(|r| r.method == method && r.path == path)
}

/// What the matrix says about a viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Not signed in: go to the login page.
    SignIn,
    /// Signed in, second factor still missing: go and enter it.
    SecondFactor,
    Deny,
}

/// Decides a cell of the matrix.
pub fn decide(access: Access, viewer: &CurrentViewer) -> Decision {
    let Some(viewer) = viewer.0.as_deref() else {
        return if access == Public { Decision::Allow } else { Decision::SignIn };
    };
    let allowed = match access {
        Public | Session => true,
        SignedIn | Member => viewer.is_complete(),
        Staff => viewer.is_staff(),
        Admin => viewer.is_admin(),
    };
    match (allowed, viewer.is_complete()) {
        (true, _) => Decision::Allow,
        (false, false) => Decision::SecondFactor,
        (false, true) => Decision::Deny,
    }
}

pub async fn enforce(State(state): State<SharedState>, path: Option<MatchedPath>, request: Request, next: Next) -> Response {
    let Some(path) = path else { return next.run(request).await };
    let Some(rule) = rule_for(request.method(), path.as_str()) else {
        tracing::error!(method = %request.method(), path = path.as_str(), "route missing from the access matrix: refused");
        return forbidden(&state, &request);
    };
    let viewer = request.extensions().get::<CurrentViewer>().cloned().unwrap_or_default();
    match decide(rule.access, &viewer) {
        Decision::Allow => next.run(request).await,
        Decision::SignIn if request.method() == Method::GET => {
            let here = request.uri().path_and_query().map_or("/", |p| p.as_str());
            Redirect::to(&urls::login_then(here, false)).into_response()
        }
        // A long form sent after the session ended: kept for after signing in (the CSRF check
        // has passed already; it runs before this middleware).
        Decision::SignIn if parked_forms::keeps(request.method(), rule.path) => {
            match parked_forms::park(&state, request, rule.path).await {
                Ok(response) => response,
                Err(request) => forbidden(&state, &request),
            }
        }
        Decision::SecondFactor if request.method() == Method::GET => Redirect::to(urls::LOGIN_CODE).into_response(),
        Decision::Deny => {
            audit_refusal(&state, &viewer, request.method(), rule.path).await;
            forbidden(&state, &request)
        }
        Decision::SignIn | Decision::SecondFactor => forbidden(&state, &request),
    }
}

/// A signed-in account refused by the matrix goes to the audit log (`request.refused`); refusals
/// of visitors without an account are only logged, so that nobody can fill the audit log.
async fn audit_refusal(state: &SharedState, viewer: &CurrentViewer, method: &Method, path: &str) {
    let Some(viewer) = viewer.0.as_ref() else { return };
    let event = app::ports::AuditEvent {
        actor: format!("user:{}", viewer.user.id),
        action: "request.refused".into(),
        target: format!("{method} {path}"),
        detail: String::new(),
        at: String::new(),
    };
    if let Err(error) = state.accounts.record_audit(&event).await {
        tracing::error!(%error, "refused request not audited");
    }
}

/// The translated "not allowed" page.
pub fn forbidden(state: &SharedState, request: &Request) -> Response {
    let visit = Visit::of(request.extensions(), request.uri(), state.site.default_locale);
    crate::error::error_page(state, &visit, StatusCode::FORBIDDEN, "forbidden")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_is_in_the_matrix_once() {
        for (i, a) in MATRIX.iter().enumerate() {
            assert!(MATRIX[i + 1..].iter().all(|b| (a.method, a.path) != (b.method, b.path)), "{} {} twice", a.method, a.path);
        }
    }

    #[test]
    fn visitors_only_reach_public_routes() {
        let nobody = CurrentViewer(None);
        assert_eq!(decide(Public, &nobody), Decision::Allow);
        for access in [Session, SignedIn, Member, Staff, Admin] {
            assert_eq!(decide(access, &nobody), Decision::SignIn);
        }
    }
}
