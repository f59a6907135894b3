//! The kinds of user the HTTP tests sign in as, and the routes of `web::access::MATRIX` with
//! their parameters filled in: shared by the access-matrix test and the hostile-input sweep.

use app::accounts::sign_in::start_session;
use domain::accounts::Role;

use crate::browser::Browser;
use crate::TestApp;

/// A kind of user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
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

pub const SUBJECTS: [Subject; 6] = [Visitor, PendingCoordinator, Representative, OtherRepresentative, Coordinator, Administrator];

/// The association whose representative is [`Subject::Representative`].
pub const OWN: &str = "kulturverein-brueckenschlag";
/// The association whose representative is [`Subject::OtherRepresentative`].
pub const OTHER: &str = "circolo-il-ponte";

/// The demo's held meeting, its results published.
pub const MEETING: &str = "netzwerktreffen-2020-01-11";

/// The demo's project from a contact request: its partners are the association in the path
/// and another one, not `OTHER`; it is public, so that `OTHER`'s representative is refused.
pub const PROJECT: &str = "elternabende-mit-sprachbegleitung";

/// A well-formed outbox file name that names no mail: the page answers 404, not 403.
pub const OUTBOX_FILE: &str = "20260101T000000.000Z-0000.eml";

/// A well-formed private link of the inbox that opens no case: the page answers 404, not 403.
pub const INBOX_SECRET: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// The survey made by [`Users::create`]: open for a month, [`OWN`] invited (the demo's own
/// survey is closed, so its answer form and its invitation form are not shown).
pub const SURVEY: &str = "offene-befragung";

/// The route with its parameters filled in. `{id}` is an item's id (and, for the account
/// routes, a user id, which the empty form leaves unchanged); `{survey}` is [`SURVEY`] and
/// `{token}` [`OWN`]'s personal link to it.
/// The number of a contact request that does not exist (see [`concrete`]).
pub const NO_INTRODUCTION: i64 = 999_999;

pub fn concrete(app: &TestApp, users: &Users, path: &str) -> String {
    // An item of the association in the path, so that its representative may close it (1 once
    // the association has left the public index, e.g. archived by a test).
    let own = app.state.directory.index().get(OWN).map(|o| o.id());
    let items = |own| app.state.marketplace.view().of_organisation(own, domain::organisation::Audience::Office);
    let item = own.and_then(|own| items(own).first().map(|i| i.id.0)).unwrap_or(1);
    let asset = app.state.assets.url("app.css");
    let slug = if path.starts_with("/office/news/") || path.starts_with("/news/") { knotenpunkt::demo_news::REPORT_SLUG } else { OWN };
    // A contact request no one is a party to (none has this number): the matrix checks access to
    // the route; who may answer a contact request is `marketplace.rs`'s test. (The demo has
    // contact requests of its own associations, so an item's number may name one of theirs.)
    let id = if path.starts_with("/introductions/") { NO_INTRODUCTION.to_string() } else { item.to_string() };
    path.replace("{slug}", slug)
        .replace("{id}", &id)
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
        .replace("{survey}", SURVEY)
        .replace("{token}", &users.survey_token)
        .replace("/assets/{*file}", &asset)
}

/// One account of each kind (the visitor has none), and the personal link of [`OWN`] to
/// [`SURVEY`].
pub struct Users {
    pub pending: domain::accounts::UserId,
    pub rep: domain::accounts::UserId,
    pub other: domain::accounts::UserId,
    pub coordinator: domain::accounts::UserId,
    pub admin: domain::accounts::UserId,
    pub survey_token: String,
}

impl Users {
    /// Creates the accounts: the representatives of [`OWN`] and [`OTHER`], the office's; and
    /// [`SURVEY`], a copy of the demo's questionnaire, with [`OWN`] invited.
    pub async fn create(app: &TestApp) -> Users {
        Users {
            pending: app.user("halb@stadt.example", Role::Coordinator).await,
            rep: app.representative_of("vera@verein.example", OWN).await,
            other: app.representative_of("ali@verein.example", OTHER).await,
            coordinator: app.user("koordination@stadt.example", Role::Coordinator).await,
            admin: app.user("admin@stadt.example", Role::Administrator).await,
            survey_token: open_survey(app).await,
        }
    }
}

/// Creates [`SURVEY`], open from an hour ago for 30 days, and invites [`OWN`]; its link's secret.
async fn open_survey(app: &TestApp) -> String {
    let now = app.state.clock.now().unix_secs();
    let mut survey = knotenpunkt::demo_survey::survey();
    survey.opens_at = Some(now - 3600);
    survey.closes_at = Some(now + 30 * 86_400);
    let surveys = &app.state.surveys;
    let id = surveys.store.create_survey(&app::ports::NewSurvey { slug: SURVEY.into(), survey, at: now }).await.unwrap();
    let own = app.state.directory.index().get(OWN).unwrap().id();
    let links = surveys.invite(None, id, &[own]).await.unwrap();
    links.into_iter().next().map(|(_, secret)| secret).unwrap()
}

/// A fresh browser with a new session of this kind of user (none for the visitor).
pub async fn browser_for(app: &TestApp, subject: Subject, users: &Users) -> Browser {
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
