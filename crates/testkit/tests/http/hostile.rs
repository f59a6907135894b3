//! Hostile input on every route of the access matrix (`web::access::MATRIX`): every POST route
//! as a user who may use it, with a valid CSRF token and the field names of its form, gets
//! empty, huge, control, markup, number, date, indexed and duplicated fields, bodies that are
//! not UTF-8 or not urlencoded, and (upload routes) bad files; every GET route gets hostile
//! query strings and bad path parameters. Each answer must come within a few seconds, not be
//! a 5xx, be a full page in the request's language when it is HTML (or a body at all), show no
//! reflected markup unescaped; afterwards the server still answers `/healthz`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use app::ports::CaseFilter;
use domain::accounts::Role;

use testkit::browser::{Browser, Page};
use testkit::forms::{forms, Field, Form, Kind};
use testkit::roles::Subject::{self, *};
use testkit::roles::{browser_for, concrete, Users, OTHER, OWN};
use testkit::{spawn, Backend, TestApp};
use web::access::{Access, Rule, MATRIX};

/// How long an answer may take.
const PATIENCE: Duration = Duration::from_secs(5);

const SCRIPT: &str = "<script>alert('kp-hostile')</script>";
const IMG: &str = "\"><img src=x onerror=alert('kp-hostile')>";

/// Values every field a person types into gets at once, one variant each (with an overlong
/// text and many umlauts sized to the form, so that the body stays under the limit).
fn values() -> Vec<(&'static str, String)> {
    vec![
        ("empty", String::new()),
        ("control characters", "\u{1}\u{7}\u{1b}[2J\r\n\t\u{7f}\u{85}".into()),
        ("NUL", "a\u{0}b".into()),
        ("RTL override", "\u{202E}gnp.exe\u{202C}".into()),
        ("emoji", "👩‍👩‍👧‍👦🇺🇦💥".into()),
        ("script", SCRIPT.into()),
        ("img onerror", IMG.into()),
        ("SQL quotes", "' OR '1'='1'; DROP TABLE organisation; --".into()),
        ("path traversal", "../../etc/passwd".into()),
        ("-1", "-1".into()),
        ("1e309", "1e309".into()),
        ("20 nines", "99999999999999999999".into()),
        ("NaN", "NaN".into()),
        ("2026-02-30", "2026-02-30".into()),
        ("0000-00-00", "0000-00-00".into()),
        ("9999-12-31T25:61", "9999-12-31T25:61".into()),
        ("formula", FORMULA.into()),
    ]
}

/// A spreadsheet formula: a cell of an export must never start with it (see [`exports_hold_no_formula`]).
const FORMULA: &str = "=cmd|' /C calc'!A0";

/// Every CSV export the office and the public may download, none with a cell that a
/// spreadsheet would run as the formula typed into the forms; how often the formula's text
/// (escaped) was found in them.
async fn exports_hold_no_formula(app: &TestApp, users: &Users, failures: &mut Vec<String>) -> usize {
    let mut office = browser_for(app, Coordinator, users).await;
    let mut seen = 0;
    for rule in MATRIX.iter().filter(|r| r.method == "GET" && (r.path.ends_with(".csv") || r.path.ends_with("/csv"))) {
        let path = concrete(app, users, rule.path);
        let (status, _, bytes) = office.download(&path).await;
        let text = String::from_utf8_lossy(&bytes);
        seen += text.matches(&FORMULA[1..]).count();
        let cell_starts = [",", ";", "\t", "\n", "\""].iter().any(|before| text.contains(&format!("{before}{FORMULA}")));
        if status >= 500 || text.starts_with(FORMULA) || cell_starts {
            failures.push(format!("GET {path}: status {status}, a cell starts with the formula {FORMULA:?}"));
        }
    }
    seen
}

/// Who uses a route of this access level in the sweep.
fn subject_for(rule: &Rule) -> Subject {
    match rule.access {
        Access::Public => Visitor,
        Access::Session if rule.path == "/login/code" => PendingCoordinator,
        Access::Session | Access::Staff => Coordinator,
        Access::SignedIn | Access::Member => Representative,
        Access::Admin => Administrator,
    }
}

/// True when the subject may open a route of this access level.
fn may(subject: Subject, access: Access) -> bool {
    match access {
        Access::Public => true,
        Access::Session => subject != Visitor,
        Access::SignedIn | Access::Member => !matches!(subject, Visitor | PendingCoordinator),
        Access::Staff => matches!(subject, Coordinator | Administrator),
        Access::Admin => subject == Administrator,
    }
}

/// Routes whose success ends the session or the account, takes the association of the other
/// routes out of the directory, or cancels the registration that makes the representative a
/// table's moderator: swept last.
fn destructive(rule: &Rule) -> bool {
    rule.path.starts_with("/admin/")
        || ["/account/delete", "/logout", "/organisations/{slug}/archive", "/meetings/{meeting}/registrations/{id}/cancel"]
            .contains(&rule.path)
}

/// True when `path` is an address of the route `pattern` (`{…}` stands for one segment).
fn matches(pattern: &str, path: &str) -> bool {
    let (pattern, path): (Vec<&str>, Vec<&str>) = (pattern.split('/').collect(), path.split('/').collect());
    pattern.len() == path.len() && pattern.iter().zip(&path).all(|(p, s)| if p.starts_with('{') { !s.is_empty() } else { p == s })
}

/// Pages that may hold the form of a POST route: the same path, its parents, `…/new`, `…/edit`.
fn form_pages(route: &str) -> Vec<&'static str> {
    let mut candidates = vec![route.to_owned(), format!("{route}/new"), format!("{route}/edit")];
    let mut parent = route;
    while let Some((head, _)) = parent.rsplit_once('/') {
        if head.is_empty() {
            break;
        }
        candidates.push(head.to_owned());
        parent = head;
    }
    candidates.iter().filter_map(|c| MATRIX.iter().find(|r| r.method == "GET" && r.path == c).map(|r| r.path)).collect()
}

/// GET routes that answer with a page (not a download, a feed, data or a document to print).
fn is_page(rule: &Rule) -> bool {
    let p = rule.path;
    rule.method == "GET"
        && !p.starts_with("/api/")
        && !p.starts_with("/healthz")
        && !["/metrics", "/assets/{*file}", "/logos/{file}", "/news/images/{file}", "/admin/outbox/{file}"].contains(&p)
        && ![".csv", ".pdf", ".ics", ".json", ".atom", "/graphml", "/csv", "/bundle"].iter().any(|end| p.ends_with(end))
        && !p.starts_with("/office/export/")
        && !p.contains("/handouts/")
        && !web::limits::PRINT_ROUTES.contains(&p)
}

/// Finds the forms of POST routes on the pages of the site, as each kind of user sees them.
struct Finder {
    /// Every page a kind of user may open, read once when first needed: its post forms.
    crawled: Vec<(Subject, Vec<Form>)>,
    /// `(route, page)`: pages made for the sweep (see [`fixtures`]) that show a route's form.
    fixtures: Vec<(&'static str, String)>,
}

impl Finder {
    /// The forms (at most three with different fields) that post to `rule`'s route, as the
    /// subject sees them: first on the likely pages, else on every page the subject may open.
    async fn forms(&mut self, app: &TestApp, users: &Users, rule: &Rule, subject: Subject) -> Vec<Form> {
        let mut browser = browser_for(app, subject, users).await;
        let mut found = Vec::new();
        let made = self.fixtures.iter().filter(|(route, _)| *route == rule.path).map(|(_, page)| page.clone());
        let likely = form_pages(rule.path).into_iter().map(|page| concrete(app, users, page));
        let pages: Vec<String> = made.chain(likely).collect();
        for page in pages {
            let html = browser.get(&page).await.body;
            found.extend(posted_forms(&html, &page).filter(|f| matches(rule.path, f.path())));
            if !found.is_empty() {
                break;
            }
        }
        if found.is_empty() {
            if !self.crawled.iter().any(|(s, _)| *s == subject) {
                let mut all = Vec::new();
                for page in MATRIX.iter().filter(|r| is_page(r) && may(subject, r.access)) {
                    let page = concrete(app, users, page.path);
                    let html = browser.get(&page).await.body;
                    all.extend(posted_forms(&html, &page));
                }
                self.crawled.push((subject, all));
            }
            let crawled = self.crawled.iter().find(|(s, _)| *s == subject).map(|(_, f)| f.as_slice()).unwrap_or_default();
            found.extend(crawled.iter().filter(|f| matches(rule.path, f.path())).cloned());
        }
        let mut distinct: Vec<Form> = Vec::new();
        for form in found {
            let names = form.names(|_| true);
            if distinct.len() < 3 && !distinct.iter().any(|d| d.names(|_| true) == names) {
                distinct.push(form);
            }
        }
        distinct
    }
}

/// The forms of a page at `address` that post; one without an action posts to the page.
fn posted_forms<'a>(html: &str, address: &'a str) -> impl Iterator<Item = Form> + 'a {
    forms(html).into_iter().filter(|f| f.method == "post").map(move |mut form| {
        if form.action.is_empty() {
            address.clone_into(&mut form.action);
        }
        form
    })
}

/// The path (from `path` on) of the last link to `path…` mailed to an address containing `to`.
async fn mailed(app: &TestApp, to: &str, path: &str) -> Option<String> {
    let mails = app.mails().await;
    let (_, _, body) = mails.iter().rev().find(|(t, _, b)| t.contains(to) && b.contains(path))?;
    let start = body.find(path)?;
    let end = body[start..].find(char::is_whitespace).map_or(body.len(), |e| start + e);
    Some(body[start..end].to_owned())
}

/// Sends the form of `page` that posts to `action` as a person would: its values as shown, the
/// fields one types into set by `fill` (name → value, `None` keeps the page's), `values` on top.
async fn submit(
    browser: &mut Browser,
    page: &str,
    action: &str,
    fill: impl Fn(&str) -> Option<String>,
    values: &[(&str, &str)],
) -> Option<Page> {
    let html = browser.get(page).await.body;
    let form = posted_forms(&html, page).find(|f| f.path() == action)?;
    let mut pairs = form.unchanged();
    for (name, value) in pairs.iter_mut() {
        if form.fields.iter().any(|f| f.name == *name && f.typed()) {
            if let Some(filled) = fill(name) {
                *value = filled;
            }
        }
    }
    for (name, value) in values {
        match pairs.iter_mut().find(|(k, _)| k == name) {
            Some(pair) => (*value).clone_into(&mut pair.1),
            None => pairs.push(((*name).to_owned(), (*value).to_owned())),
        }
    }
    let all: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    Some(browser.post_raw(&form.action, &all).await)
}

/// A small PNG picture.
fn picture() -> Vec<u8> {
    let image = image::ImageBuffer::from_fn(64, 64, |x, y| image::Rgba([(x * 4) as u8, (y * 4) as u8, 90, 255]));
    let mut bytes = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(image).write_to(&mut bytes, image::ImageFormat::Png).unwrap();
    bytes.into_inner()
}

/// `(route, page)`: what the sweep's users need so that a page shows them the forms of the
/// routes they would otherwise post to with guessed names — links from mails, a second member
/// and a pending invitation, a logo and a news picture, a claim, a proposal to review, a seating
/// plan, cases in the inbox, uploads to import — made as people make them, through the forms.
async fn fixtures(app: &TestApp, users: &Users) -> Vec<(&'static str, String)> {
    let mut pages: Vec<(&'static str, String)> = Vec::new();
    let mut rep = browser_for(app, Representative, users).await;
    let mut office = browser_for(app, Coordinator, users).await;
    let now = app.state.clock.now().unix_secs();
    let category = app.state.directory.index().categories().first().map(|c| c.key.clone()).unwrap_or_default();
    let password = testkit::PASSWORD;

    // Links from mails: registration, password reset, invitation, proposal, confirmation, case.
    let mut visitor = app.browser();
    let register = [("email", "neu@verein.example"), ("password", password), ("password_repeat", password)];
    submit(&mut visitor, "/register", "/register", |_| None, &register).await;
    app.user("vergessen@verein.example", Role::Representative).await;
    submit(&mut visitor, "/password/forgot", "/password/forgot", |_| None, &[("email", "vergessen@verein.example")]).await;
    let members = format!("/organisations/{OWN}/members");
    // Two invitations: one whose link is swept (a valid password accepts it), one left pending
    // to send again and withdraw.
    for email in ["eingeladen@verein.example", "wartet@verein.example"] {
        submit(&mut rep, &members, &members, |_| None, &[("email", email)]).await;
    }
    for (name, proposer) in [("Brücke der Nachbarn", "vorschlag@verein.example"), ("Treffpunkt Weststadt", "zweiter@verein.example")] {
        let proposal = [
            ("name", name),
            ("legal_form", "registered_association"),
            ("summary.de", "Wir verbinden Nachbarn über Sprachgrenzen hinweg."),
            ("categories", category.as_str()),
            ("languages", "de"),
            ("street", "Marktplatz 1"),
            ("postcode", "71634"),
            ("city", "Ludwigsburg"),
            ("email", "info@bruecke.example"),
            ("proposer_email", proposer),
        ];
        visitor.post("/organisations/propose", &proposal).await;
    }
    // The first proposal confirmed, for the office's review.
    if let Some(link) = mailed(app, "vorschlag@verein.example", "/organisations/propose/verify?token=").await {
        let token = link.split("token=").nth(1).unwrap_or_default().to_owned();
        visitor.post("/organisations/propose/verify", &[("token", &token)]).await;
    }
    let scan = app::moderation::confirm_active::ConfirmActiveScan {
        confirm_active: app.state.directory.confirm_active().clone(),
        memberships: app.state.accounts.clone(),
        tokens: app.state.accounts.clone(),
        audit: app.state.accounts.clone(),
        jobs: app.state.jobs.store().clone(),
        text: Arc::new(web::mail_text::FluentMail { locale: domain::language::UiLocale::De, instance: "Knotenpunkt Test".into() }),
        base_url: app.base.clone(),
        rules: app::moderation::confirm_active::Rules::default(),
        clock: app.state.clock.clone(),
    };
    let _ = scan.scan(now + 400 * app::moderation::confirm_active::DAY).await;
    // Two cases of a visitor: one confirmed (its private page), one waiting for its link.
    let case = |email: &'static str| {
        let topic = category.clone();
        move |name: &str| match name {
            "text" => Some("Wir suchen einen Raum für Sprachkurse am Abend.".to_owned()),
            "email" => Some(email.to_owned()),
            "topic" => Some(topic.clone()),
            _ => None,
        }
    };
    let kind = [("kind", "concern"), ("language", "de")];
    submit(&mut visitor, "/contact", "/contact", case("layla@example.org"), &kind).await;
    if let Some(link) = mailed(app, "layla@example.org", "/contact/confirm?token=").await {
        let token = link.split("token=").nth(1).unwrap_or_default().to_owned();
        if let Some(location) = visitor.post("/contact/confirm", &[("token", &token)]).await.location {
            pages.push(("/inbox/{secret}", location.split('?').next().unwrap_or_default().to_owned()));
        }
    }
    submit(&mut visitor, "/contact", "/contact", case("samir@example.org"), &kind).await;
    // A case of the representative, signed in.
    submit(&mut rep, "/contact", "/contact", case("vera@verein.example"), &kind).await;
    for (route, to, path) in [
        ("/register/verify", "neu@verein.example", "/register/verify?token="),
        ("/password/reset", "vergessen@verein.example", "/password/reset?token="),
        ("/invitation", "eingeladen@verein.example", "/invitation?token="),
        ("/organisations/propose/verify", "zweiter@verein.example", "/organisations/propose/verify?token="),
        ("/organisations/confirm", "", "/organisations/confirm?token="),
        ("/contact/confirm", "samir@example.org", "/contact/confirm?token="),
    ] {
        if let Some(link) = mailed(app, to, path).await {
            pages.push((route, link));
        }
    }
    let cases = app.state.inbox.store.queue(&CaseFilter::default()).await.unwrap_or_default();
    if let Some(case) = cases.iter().find(|c| c.email.as_str() == "vera@verein.example") {
        pages.push(("/account/inbox/{case}", format!("/account/inbox/{}", case.id)));
    }
    if let Some(case) = cases.iter().find(|c| c.email.as_str() == "layla@example.org") {
        pages.push(("/office/inbox/{case}/reply", format!("/office/inbox/{}", case.id)));
    }

    // A second member of the association (listed with a removal button), a logo waiting for
    // review, a picture for the news report and a second revision of it.
    if let Some(own) = app.state.directory.index().get(OWN).map(|o| o.id()) {
        let anna = app.user("anna@verein.example", Role::Representative).await;
        let membership = app::ports::Membership { user: anna, organisation: own, role: app::ports::MemberRole::Editor };
        let _ = app.state.accounts.save_membership(&membership).await;
    }
    rep.post_file(&format!("/organisations/{OWN}/logo"), &[], ("logo", "logo.png", "image/png", &picture())).await;
    let report = knotenpunkt::demo_news::REPORT_SLUG;
    let alt = [("image_alt", "Ein Saal voller Menschen")];
    office.post_file(&format!("/office/news/{report}/image"), &alt, ("image", "foto.png", "image/png", &picture())).await;
    let edit = format!("/office/news/{report}/edit");
    let revised = |name: &str| (name == "title").then(|| "Erstes Netzwerktreffen im Kulturzentrum (überarbeitet)".to_owned());
    submit(&mut office, &edit, &edit, revised, &[]).await;
    pages.push(("/office/news/{slug}/revisions/{number}/restore", format!("/office/news/{report}/revisions")));
    pages.push(("/office/news/{slug}/image/remove", edit));

    // A formula typed into the association's profile and approved by the office, so that the
    // exports checked after the sweep hold it (see [`exports_hold_no_formula`]).
    let profile = format!("/organisations/{OWN}/edit");
    let formula = |name: &str| name.starts_with("summary.de").then(|| FORMULA.to_owned());
    submit(&mut rep, &profile, &profile, formula, &[]).await;
    let queue = office.get("/office/review").await.body;
    let decision = posted_forms(&queue, "/office/review").find(|f| f.path().starts_with(&format!("/office/review/{OWN}/")));
    if let Some(decision) = decision {
        submit(&mut office, "/office/review", &decision.action, |_| None, &[("decision", "approve")]).await;
    }

    // A claim of an association nobody represents yet, for the office to decide.
    let slugs: Vec<String> =
        app.state.directory.index().listings().map(|o| o.slug().to_owned()).filter(|s| s != OWN && s != OTHER).collect();
    for slug in slugs.iter().take(40) {
        let profile = format!("/organisations/{slug}");
        let claim = format!("/organisations/{slug}/claim");
        if rep.get(&profile).await.body.contains(&format!("action=\"{claim}\"")) {
            pages.push(("/organisations/{slug}/claim", profile.clone()));
            let statement = |_: &str| Some("Ich bin im Vorstand dieses Vereins und kümmere mich um den Eintrag.".to_owned());
            submit(&mut rep, &profile, &claim, statement, &[]).await;
            break;
        }
    }
    // A contact request: the page of a need of the representative's association, with the
    // offers that match it.
    if let Some(own) = app.state.directory.index().get(OWN).map(|o| o.id()) {
        let items = app.state.marketplace.view().of_organisation(own, domain::organisation::Audience::Office);
        for item in items.iter().filter(|i| i.kind == domain::marketplace::ItemKind::Need) {
            pages.push(("/introductions", format!("/needs/{}", item.id.0)));
        }
    }

    // A contact request from those pages, accepted by the offering association, to propose a
    // project from (its form swept); at least one form is left for the sweep of `/introductions`.
    let mut offered: Vec<Form> = Vec::new();
    for (_, page) in pages.iter().filter(|(route, _)| *route == "/introductions") {
        let html = rep.get(page).await.body;
        offered.extend(posted_forms(&html, page).filter(|f| f.path() == "/introductions"));
    }
    if offered.len() > 1 {
        agreed(app, &mut rep, &offered[0], "antwort1@verein.example").await;
    }
    if let Some(link) = proposable(&mut rep).await.into_iter().next() {
        pages.push(("/introductions/{id}/project", link));
    }
    // A project proposed by a third association from its own agreed contact request, waiting
    // for the office's confirmation on the board.
    let taken: Vec<String> = pages.iter().map(|(_, page)| page.clone()).collect();
    for (n, slug) in slugs.iter().filter(|s| !taken.contains(&format!("/organisations/{s}"))).take(40).enumerate() {
        let Some(id) = app.state.directory.index().get(slug).map(|o| o.id()) else { continue };
        let items = app.state.marketplace.view().of_organisation(id, domain::organisation::Audience::Office);
        let needs: Vec<String> =
            items.iter().filter(|i| i.kind == domain::marketplace::ItemKind::Need).map(|i| format!("/needs/{}", i.id.0)).collect();
        if needs.is_empty() {
            continue;
        }
        let mut third = signed_in(app, &format!("partner{n}@verein.example"), slug).await;
        let mut asked = None;
        for page in &needs {
            let html = third.get(page).await.body;
            asked = posted_forms(&html, page).find(|f| f.path() == "/introductions");
            if asked.is_some() {
                break;
            }
        }
        let Some(form) = asked else { continue };
        agreed(app, &mut third, &form, &format!("antwort-partner{n}@verein.example")).await;
        if let Some(link) = proposable(&mut third).await.into_iter().next() {
            let title = |name: &str| (name == "title").then(|| "Elternabende mit Sprachbegleitung in der Weststadt".to_owned());
            submit(&mut third, &link, &link, title, &[]).await;
            break;
        }
    }

    // The representative as the moderator of a table of the coming demo meeting: registered by
    // the office (the association has used up its places) in the participants' form, chosen as
    // the first table's moderator in the meeting's form, so that the table's result form is
    // shown to them.
    let coming = knotenpunkt::demo_meetings::second_slug(now);
    let participants = format!("/office/meetings/{coming}/participants");
    let person = |name: &str| match name {
        "name" => Some("Vera Moderatorin".to_owned()),
        "email" => Some("vera@verein.example".to_owned()),
        _ => None,
    };
    let own = app.state.directory.index().get(OWN).map(|o| o.id().0.to_string()).unwrap_or_default();
    submit(&mut office, &participants, &participants, person, &[("association", &own), ("languages", "de"), ("consent", "1")]).await;
    let edit = format!("/office/meetings/{coming}/edit");
    // The meeting and the association's places are full: more places move the registration up
    // from the waiting list.
    let html = office.get(&edit).await.body;
    let number = |name: &str| {
        posted_forms(&html, &edit)
            .flat_map(|f| f.fields)
            .find(|f| f.name == name)
            .and_then(|f| f.value.parse::<u32>().ok())
            .unwrap_or_default()
    };
    let capacity = (number("capacity") + 10).to_string();
    let table = (number("tables.0.capacity") + 10).to_string();
    let limit = (number("per_association_limit").max(2) + 1).to_string();
    let more = [("capacity", capacity.as_str()), ("tables.0.capacity", &table), ("per_association_limit", &limit)];
    submit(&mut office, &edit, &edit, |_| None, &more).await;
    let html = office.get(&edit).await.body;
    let chosen = html.split("<option value=\"").skip(1).find(|o| o.contains(">Vera Moderatorin (")).and_then(|o| o.split('"').next());
    if let Some(registration) = chosen.map(str::to_owned) {
        submit(&mut office, &edit, &edit, |_| None, &[("tables.0.moderator", &registration)]).await;
        pages.push(("/meetings/{meeting}/results/{round}/{table}", format!("/meetings/{coming}/results/1/1")));
    }

    // A seating plan of the coming demo meeting, to move seats in and lock.
    let plan = format!("/office/meetings/{coming}/plan");
    submit(&mut office, &plan, &plan, |_| None, &[]).await;
    let shown = office.get(&plan).await.body;
    let link = format!("/office/meetings/{coming}/plan/move?");
    if let Some(start) = shown.find(&link) {
        let end = shown[start..].find('"').map_or(shown.len(), |e| start + e);
        pages.push(("/office/meetings/{meeting}/plan/move", shown[start..end].replace("&amp;", "&")));
    }
    pages.push(("/office/meetings/{meeting}/plan/lock", plan));

    // Uploads to import: one whose columns need mapping, one ready to confirm.
    let unclear = "Titel des Vereins;Rechtsform;PLZ;Ort\nNachbarschaftstreff Am Bahnhof;e.V.;71634;Ludwigsburg\n";
    let ready = "Name;Rechtsform;PLZ;Ort\nGute Nachbarn Oststadt;e.V.;71634;Ludwigsburg\n";
    for (route, file) in [("/office/import/{upload}/mapping", unclear), ("/office/import/{upload}/confirm", ready)] {
        let sent = office.post_file("/office/import", &[("format", "csv")], ("file", "vereine.csv", "text/csv", file.as_bytes())).await;
        if let Some(location) = sent.location {
            pages.push((route, location.split('?').next().unwrap_or_default().to_owned()));
        }
    }
    pages
}

/// A browser signed in as a new representative (`email`) of the association `slug`.
async fn signed_in(app: &TestApp, email: &str, slug: &str) -> Browser {
    let user = app.representative_of(email, slug).await;
    let mut browser = app.browser();
    if let Ok(Some(user)) = app.state.accounts.user(user).await {
        let now = app.state.clock.now().unix_secs();
        if let Ok(token) = app::accounts::sign_in::start_session(app.state.accounts.as_ref(), &user, true, now).await {
            browser.cookies.insert("kp_session".into(), token);
        }
    }
    browser
}

/// Sends the contact request `form` (a need's page) with a message, and has a new
/// representative (`responder`) of the offering association accept it.
async fn agreed(app: &TestApp, asker: &mut Browser, form: &Form, responder: &str) {
    let offer = form.fields.iter().find(|f| f.name == "offer").and_then(|f| f.value.parse::<i64>().ok()).unwrap_or_default();
    let view = app.state.marketplace.view();
    let Some(item) = view.visible(domain::marketplace::ItemId(offer), domain::organisation::Audience::Office) else { return };
    let Some(listing) = app.state.directory.index().by_id(item.org) else { return };
    let mut pairs = form.unchanged();
    pairs.retain(|(k, _)| k != "message");
    pairs.push(("message".into(), "Wir würden gern mit Ihnen zusammenarbeiten.".into()));
    let all: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    asker.post_raw("/introductions", &all).await;
    let mut other = signed_in(app, responder, listing.slug()).await;
    let list = other.get("/introductions").await.body;
    let answer = posted_forms(&list, "/introductions").find(|f| f.fields.iter().any(|b| b.kind == Kind::Submit && b.value == "accept"));
    if let Some(answer) = answer {
        let pairs = answer.unchanged();
        let all: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        other.post_raw(&answer.action, &all).await;
    }
}

/// The pages of the browser's agreed contact requests that show the form to propose a project.
async fn proposable(browser: &mut Browser) -> Vec<String> {
    let list = browser.get("/introductions").await.body;
    let mut links: Vec<String> = list
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.starts_with("/introductions/") && href.ends_with("/project"))
        .map(str::to_owned)
        .collect();
    links.dedup();
    let mut shown = Vec::new();
    for link in links {
        let html = browser.get(&link).await.body;
        if posted_forms(&html, &link).any(|f| f.path() == link) {
            shown.push(link);
        }
    }
    shown
}

/// What went wrong with an answer, if anything.
fn judge(what: &str, page: &Page, elapsed: Duration, lang: &str, api: bool) -> Option<String> {
    let short: String = page.body.chars().take(300).collect::<String>().replace('\n', " ");
    if page.status == 0 {
        return Some(format!("{what}: no answer ({short})"));
    }
    if page.status >= 500 {
        return Some(format!("{what}: status {} {short}", page.status));
    }
    if elapsed > PATIENCE {
        return Some(format!("{what}: took {elapsed:?}"));
    }
    if page.body.contains("<script>alert('kp-hostile')") || page.body.contains("<img src=x onerror") {
        return Some(format!("{what}: reflected markup unescaped"));
    }
    if (300..400).contains(&page.status) {
        return None;
    }
    if page.content_type.starts_with("text/html") || (!api && page.status >= 400) {
        if !page.content_type.starts_with("text/html") {
            return Some(format!("{what}: status {} answered {:?}, not a page: {short}", page.status, page.content_type));
        }
        if !(page.body.contains("<html") && page.body.contains("</html>")) {
            return Some(format!("{what}: status {} not a full page: {short}", page.status));
        }
        if !page.body.contains(&format!("lang=\"{lang}\"")) {
            return Some(format!("{what}: status {} not in {lang}", page.status));
        }
        if let Some(id) = untranslated(&page.body) {
            return Some(format!("{what}: status {} shows the message id {id:?} untranslated", page.status));
        }
    }
    None
}

/// The ids of the German messages (`locales/de/*.ftl`).
fn message_ids() -> &'static Vec<String> {
    static IDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/de");
        let mut ids = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            ids.extend(text.lines().filter_map(|l| l.split_once(" =").map(|(id, _)| id)).filter(|id| is_id(id)).map(str::to_owned));
        }
        ids
    })
}

/// True for a word shaped like a message id: lower-case words joined by hyphens.
fn is_id(word: &str) -> bool {
    word.contains('-')
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && word.split('-').all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// A text of the page that is a message id (the translation was missing): a whole text
/// between tags shaped like an id whose first word begins ids of the locale files.
fn untranslated(body: &str) -> Option<String> {
    let ids = message_ids();
    body.split('<').filter_map(|part| part.split_once('>').map(|(_, text)| text.trim())).find_map(|text| {
        let first = text.split('-').next().unwrap_or_default();
        (is_id(text) && ids.iter().any(|id| id.starts_with(&format!("{first}-")))).then(|| text.to_owned())
    })
}

/// `value` as askama writes it into a page.
fn escaped(value: &str) -> String {
    value.replace('&', "&#38;").replace('<', "&#60;").replace('>', "&#62;").replace('"', "&#34;").replace('\'', "&#39;")
}

/// Sends one request and judges it; the failures go to `failures`; the answer, if any.
async fn check<F: std::future::Future<Output = Page>>(
    failures: &mut Vec<String>,
    what: String,
    lang: &str,
    api: bool,
    request: F,
) -> Option<Page> {
    let started = Instant::now();
    match tokio::time::timeout(PATIENCE * 3, request).await {
        Ok(page) => {
            failures.extend(judge(&what, &page, started.elapsed(), lang, api));
            Some(page)
        }
        Err(_) => {
            failures.push(format!("{what}: no answer within {:?}", PATIENCE * 3));
            None
        }
    }
}

/// True when the answer shows the form again (not a redirect, the same form's action on it).
fn form_again(page: &Page, form: &Form) -> bool {
    !(300..400).contains(&page.status) && forms(&page.body).iter().any(|f| f.path() == form.path())
}

/// The form as a person sends it: `value` typed into every field one types into, choices,
/// hidden fields and the main button (see [`Form::unchanged`]) as on the page, the browser's CSRF token. With
/// `tamper`, the choices and hidden fields (not the token) get `value` too.
fn filled(form: &Form, value: &str, csrf: &str, tamper: bool) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut pressed = form.plain_submit && !tamper;
    for field in &form.fields {
        let sent = match field.kind {
            Kind::File => continue,
            _ if field.name == "csrf" => csrf.to_owned(),
            Kind::Submit if pressed => continue,
            Kind::Submit => {
                pressed = true;
                if tamper {
                    value.to_owned()
                } else {
                    field.value.clone()
                }
            }
            _ if field.typed() || tamper => {
                if pairs.iter().any(|(k, _)| *k == field.name) {
                    continue;
                }
                value.to_owned()
            }
            Kind::Checkbox | Kind::Radio if !field.checked => continue,
            _ => field.value.clone(),
        };
        pairs.push((field.name.clone(), sent));
    }
    if !pairs.iter().any(|(k, _)| k == "csrf") {
        pairs.push(("csrf".into(), csrf.to_owned()));
    }
    pairs
}

/// `pairs` as one urlencoded body, `value` (already encoded) in place of every value but the token's.
fn raw_body(pairs: &[(String, String)], value: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, sent) in pairs {
        if !body.is_empty() {
            body.push(b'&');
        }
        body.extend_from_slice(name.as_bytes());
        body.push(b'=');
        if name == "csrf" {
            body.extend_from_slice(sent.as_bytes());
        } else {
            body.extend_from_slice(value);
        }
    }
    body
}

/// Every index in a dotted field name (`persons.0.name`) replaced by `index`.
fn reindexed(field: &str, index: &str) -> String {
    field
        .split('.')
        .map(|part| if part.chars().all(|c| c.is_ascii_digit()) && !part.is_empty() { index } else { part })
        .collect::<Vec<_>>()
        .join(".")
}

/// Posts `pairs` as the form would: multipart for an upload form, else urlencoded.
async fn send(browser: &mut Browser, form: &Form, path: &str, pairs: &[(String, String)]) -> Page {
    let all: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    if form.multipart {
        let mut first = all.clone();
        first.sort_by_key(|(k, _)| *k != "csrf");
        browser.post_multipart(path, &first, None).await
    } else {
        browser.post_raw(path, &all).await
    }
}

/// What the sweep counted.
#[derive(Default)]
struct Tally {
    routes: usize,
    /// Routes whose form was found on a page, and the forms and distinct fields posted into.
    found: usize,
    /// Routes no page showed a form of: posted with guessed field names.
    guessed: Vec<&'static str>,
    forms: usize,
    fields: usize,
    sent: usize,
}

/// Values whose text a form shown again must still hold in the field they were typed into.
const KEPT: [&str; 7] = ["umlauts", "emoji", "SQL quotes", "script", "-1", "2026-02-30", "20 nines"];

/// Posts every variant into the real fields of every form of every POST route.
async fn sweep_forms(app: &TestApp) -> (Tally, Vec<String>) {
    let users = Users::create(app).await;
    // A second factor to enter, so that `/login/code` shows its form (else: set one up).
    app.with_totp(users.pending).await;
    let mut rules: Vec<&Rule> = MATRIX.iter().filter(|r| r.method == "POST").collect();
    rules.sort_by_key(|r| destructive(r));
    let mut failures = Vec::new();
    let mut tally = Tally { routes: rules.len(), ..Tally::default() };
    let mut finder = Finder { crawled: Vec::new(), fixtures: fixtures(app, &users).await };
    let upload_limit = web::Limits::default().of(None).0;
    // The formula of the fixtures' profile edit is in the directory's export; what the forms
    // took is looked for again before the routes that end sessions and accounts.
    let formulas = exports_hold_no_formula(app, &users, &mut failures).await;
    if formulas == 0 {
        failures.push("the formula typed into the profile reached no export: the exports were not checked".into());
    }
    let mut exported = false;
    for rule in &rules {
        if destructive(rule) && !exported {
            exports_hold_no_formula(app, &users, &mut failures).await;
            exported = true;
        }
        let subject = subject_for(rule);
        let mut found = finder.forms(app, &users, rule, subject).await;
        let guessed = found.is_empty();
        if guessed {
            tally.guessed.push(rule.path);
            let path = concrete(app, &users, rule.path);
            let mut fields: Vec<Field> = Vec::new();
            for name in ["name", "title", "text", "email", "password", "code", "date", "status"] {
                fields.push(Field {
                    name: name.into(),
                    kind: Kind::Typed,
                    value: String::new(),
                    checked: true,
                    required: false,
                    input_type: "text".into(),
                    max_length: None,
                });
            }
            found.push(Form { action: path, method: "post".into(), multipart: false, fields, plain_submit: true });
        } else {
            tally.found += 1;
            tally.forms += found.len();
            let mut names: Vec<String> = found.iter().flat_map(|f| f.names(|f| f.name != "csrf")).collect();
            names.sort();
            names.dedup();
            tally.fields += names.len();
        }
        let mut browser = browser_for(app, subject, &users).await;
        let csrf = browser.csrf_token().await;
        for form in &found {
            tally.sent += sweep_form(&mut browser, rule, subject, (form, guessed), &csrf, &mut failures).await;
        }
        if web::Limits::default().of(Some(rule.path)).0 > upload_limit {
            tally.sent += sweep_upload(&mut browser, &found[0], rule, &csrf, &mut failures).await;
        }
        let health = app.browser().get("/healthz").await;
        if health.status != 200 {
            failures.push(format!("POST {}: /healthz answers {} afterwards", rule.path, health.status));
        }
    }
    (tally, failures)
}

/// Every hostile variant into one form; the number of requests.
/// `guessed`: no page showed the form, its fields are guesses (what was typed is not checked).
async fn sweep_form(
    browser: &mut Browser,
    rule: &Rule,
    subject: Subject,
    (form, guessed): (&Form, bool),
    csrf: &str,
    failures: &mut Vec<String>,
) -> usize {
    let path = form.action.split('#').next().unwrap_or_default();
    let route = format!("POST {path} as {subject:?}");
    let typed = if guessed { Vec::new() } else { form.names(|f| f.typed() && f.kind != Kind::Password) };
    let mut sent = 0;
    let n = form.names(Field::typed).len().max(1);
    // Every field a person types into sent twice: the form comes back with both and a message.
    // First, while the form is still shown: a value below may be taken and use up what the form
    // acts on (a claim decided, a revision approved).
    let single: Vec<&String> = typed.iter().filter(|name| !form.repeated(name)).collect();
    if !single.is_empty() {
        let mut pairs = filled(form, "", csrf, false);
        pairs.retain(|(k, _)| !single.contains(&k));
        for name in &single {
            pairs.push(((*name).clone(), FIRST.into()));
            pairs.push(((*name).clone(), SECOND.into()));
        }
        let what = format!("{route} [duplicated keys]");
        if let Some(page) = check(failures, what.clone(), "de", false, send(browser, form, path, &pairs)).await {
            if !form_again(&page, form) {
                failures.push(format!("{what}: status {} without the form: what was typed is lost", page.status));
            } else if !(page.body.contains(FIRST) && page.body.contains(SECOND)) {
                failures.push(format!("{what}: the form came back without both values typed"));
            } else if !page.body.contains(&repeated_message()) {
                failures.push(format!("{what}: the form came back without saying a field came twice"));
            }
        }
        sent += 1;
    }
    let mut variants = values();
    variants.push(("overlong", "x".repeat((60_000 / n).min(20_000))));
    variants.push(("umlauts", "ä".repeat((9_000 / n).min(2_000))));
    for (label, value) in variants {
        let pairs = filled(form, &value, csrf, false);
        let page = check(failures, format!("{route} [{label}]"), "de", false, send(browser, form, path, &pairs)).await;
        sent += 1;
        let Some(page) = page else { continue };
        // Too many tries of a code or a password: the form is shown again, the value not kept.
        if page.status == 429 {
            continue;
        }
        if form_again(&page, form) && KEPT.contains(&label) {
            let kept = escaped(value.trim());
            if !typed.is_empty() && !page.body.contains(&kept) && !page.body.contains(value.trim()) {
                failures
                    .push(format!("{route} [{label}]: status {} shows the form again without what was typed into {typed:?}", page.status));
            }
        } else if [400, 422].contains(&page.status) && !typed.is_empty() && !form_again(&page, form) {
            failures.push(format!("{route} [{label}]: status {} without the form: what was typed is lost", page.status));
        }
    }
    // Choices, hidden fields and the button not as the page has them.
    for (label, value) in
        [("tampered: script", SCRIPT), ("tampered: -1", "-1"), ("tampered: 20 nines", "99999999999999999999"), ("tampered: empty", "")]
    {
        let pairs = filled(form, value, csrf, true);
        check(failures, format!("{route} [{label}]"), "de", false, send(browser, form, path, &pairs)).await;
        sent += 1;
    }
    // Indexed fields: far out of range, negative, over u64.
    let mut indexed: Vec<(String, String)> = filled(form, "1", csrf, false);
    indexed.extend([
        ("tables.999999999.name".into(), "x".into()),
        ("rounds.-1.topic".into(), "x".into()),
        ("sections.18446744073709551616.x".into(), "x".into()),
    ]);
    for field in form.names(|f| f.name.contains('.')) {
        for index in ["999999999", "-1", "18446744073709551616"] {
            indexed.push((reindexed(&field, index), "1".into()));
        }
    }
    check(failures, format!("{route} [indexed fields]"), "de", false, send(browser, form, path, &indexed)).await;
    // Unexpected extra fields.
    let mut extra = filled(form, "1", csrf, false);
    extra.extend([("is_admin".into(), "true".into()), ("role".into(), "administrator".into()), ("id".into(), "1".into())]);
    check(failures, format!("{route} [extra fields]"), "de", false, send(browser, form, path, &extra)).await;
    sent += 2;
    if !form.multipart {
        sent += sweep_bodies(browser, rule, &route, (form, path), csrf, failures).await;
    }
    // Last, as the language stays chosen for the browser afterwards.
    for (label, value) in [("ar empty", String::new()), ("ar script", SCRIPT.to_owned())] {
        let arabic = if path.contains('?') { format!("{path}&lang=ar") } else { format!("{path}?lang=ar") };
        let pairs = filled(form, &value, csrf, false);
        check(failures, format!("{route} [{label}]"), "ar", false, send(browser, form, &arabic, &pairs)).await;
        sent += 1;
    }
    browser.cookies.remove("lang");
    sent
}

/// Bodies that are not UTF-8, not urlencoded, or over the limit; the number of requests.
async fn sweep_bodies(
    browser: &mut Browser,
    rule: &Rule,
    route: &str,
    (form, path): (&Form, &str),
    csrf: &str,
    failures: &mut Vec<String>,
) -> usize {
    let form_type = "application/x-www-form-urlencoded";
    let pairs = filled(form, "1", csrf, false);
    let names: Vec<String> = pairs.iter().map(|(k, _)| k.clone()).collect();
    let oversized = raw_body(&pairs, "y".repeat(web::Limits::default().of(Some(rule.path)).0 + 1).as_bytes());
    let bodies: [(&str, &str, Vec<u8>); 6] = [
        ("percent-encoded invalid UTF-8", form_type, raw_body(&pairs, b"%FF%FE%C0")),
        ("raw invalid UTF-8", form_type, raw_body(&pairs, b"\xff\xfe\xc0")),
        ("malformed urlencoded", form_type, format!("=&&==%%%zz&%&csrf={csrf}&{}", names.join("&")).into_bytes()),
        ("JSON body", "application/json", format!("{{\"csrf\":\"{csrf}\",\"name\":1}}").into_bytes()),
        ("no content type", "", raw_body(&pairs, b"1")),
        ("oversized body", form_type, oversized),
    ];
    for (label, content_type, body) in bodies {
        check(failures, format!("{route} [{label}]"), "de", false, browser.post_body(path, content_type, body)).await;
    }
    6
}

/// Bad files and a broken multipart body to an upload route; the number of requests.
async fn sweep_upload(browser: &mut Browser, form: &Form, rule: &Rule, csrf: &str, failures: &mut Vec<String>) -> usize {
    let path = form.action.split('#').next().unwrap_or_default();
    let route = format!("POST {path} (upload of {})", rule.path);
    let file_field = form.names(|f| f.kind == Kind::File).first().cloned().unwrap_or_else(|| "file".into());
    let huge = vec![0u8; 20 * 1024 * 1024];
    let bomb = png_header(60_000, 60_000);
    let formula = "Name;Rechtsform;PLZ;Ort\n=cmd|' /C calc'!A0;e.V.;71634;Ludwigsburg\n+SUM(1;2);@x;-1;=HYPERLINK(\"http://x\")\n";
    let bad_files: [(&str, &str, &str, &[u8]); 10] = [
        ("wrong content type", "logo.png", "text/html", SCRIPT.as_bytes()),
        ("empty file", "logo.png", "image/png", b""),
        ("20 MB file", "logo.png", "image/png", &huge),
        ("file name ../../x", "../../x", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("not an image", "logo.png", "image/png", b"GIF89a\x01\x00\x01\x00 this is no picture"),
        ("60000 x 60000 picture", "bomb.png", "image/png", &bomb),
        ("a picture as CSV", "vereine.csv", "text/csv", &bomb),
        ("CSV in broken encoding", "vereine.csv", "text/csv", b"Name;Rechtsform;PLZ;Ort\n\xff\xfe\xc0\x00;e.V.;71634;Ludwigsburg\n"),
        ("CSV with formula cells", "vereine.csv", "text/csv", formula.as_bytes()),
        ("CSV with wrong columns", "vereine.csv", "text/csv", b"a,b,c\n1,2,3\n\"unclosed,4\n"),
    ];
    // The form's other fields as shown (the import's format), the token first.
    let mut shown: Vec<(String, String)> = form.unchanged().into_iter().filter(|(k, _)| k != "csrf").collect();
    shown.insert(0, ("csrf".into(), csrf.to_owned()));
    let fields: Vec<(&str, &str)> = shown.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    for (label, name, content_type, bytes) in bad_files {
        let upload = browser.post_multipart(path, &fields, Some((&file_field, name, content_type, bytes)));
        check(failures, format!("{route} [{label}]"), "de", false, upload).await;
    }
    let truncated =
        format!("------x\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n------x\r\nContent-Disp").into_bytes();
    let broken = browser.post_body(path, "multipart/form-data; boundary=----x", truncated);
    check(failures, format!("{route} [truncated multipart]"), "de", false, broken).await;
    11
}

/// The first bytes of a PNG picture of `width` × `height` (signature and header chunk, with its
/// checksum): what a decompression bomb shows before its data.
fn png_header(width: u32, height: u32) -> Vec<u8> {
    let mut chunk = b"IHDR".to_vec();
    chunk.extend(width.to_be_bytes());
    chunk.extend(height.to_be_bytes());
    chunk.extend([8, 6, 0, 0, 0]);
    let mut crc = 0xFFFF_FFFFu32;
    for byte in &chunk {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(13u32.to_be_bytes());
    png.extend(&chunk);
    png.extend((!crc).to_be_bytes());
    png.extend([0, 0, 0, 0]);
    png.extend(b"IDAT");
    png.extend([0x35, 0xAF, 0x06, 0x1E]);
    png
}

/// The two values of a field sent twice.
const FIRST: &str = "Erster Wert";
const SECOND: &str = "Zweiter Wert";

/// The German message of a field sent more than once (`form-error-repeated`).
fn repeated_message() -> String {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/de/moderation.ftl");
    let text = std::fs::read_to_string(file).unwrap();
    let line = text.lines().find_map(|l| l.strip_prefix("form-error-repeated = ")).unwrap_or("form-error-repeated");
    escaped(line.trim())
}

/// Query strings every GET route gets.
fn queries() -> Vec<(&'static str, String)> {
    vec![
        ("page=-1", "page=-1".into()),
        ("per_page=1000000", "per_page=1000000".into()),
        ("q of 10000 chars", format!("q={}", "%C3%BC".repeat(10_000))),
        ("lang=xx", "lang=xx".into()),
        ("huge page, invalid UTF-8 q", "page=99999999999999999999&q=%FF%FE&offset=NaN&limit=1e309".into()),
        ("NUL in q", "q=a%00b&page=%00&lang=%00".into()),
        ("script in q", "q=%3Cscript%3Ealert('kp-hostile')%3C%2Fscript%3E&from=2026-02-30&to=0000-00-00".into()),
    ]
}

/// Values put in place of every path parameter.
const BAD_IDS: [&str; 6] =
    ["-1", "99999999999999999999", "%00", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3Ealert('kp-hostile')%3C%2Fscript%3E", "%FF%FE"];

/// `route` with every parameter replaced by `value`.
fn with_params(route: &str, value: &str) -> String {
    route.split('/').map(|part| if part.starts_with('{') { value } else { part }).collect::<Vec<_>>().join("/")
}

/// Sends hostile queries and bad ids to every GET route; returns (routes, requests, failures).
async fn sweep_queries(app: &TestApp) -> (usize, usize, Vec<String>) {
    let users = Users::create(app).await;
    let rules: Vec<&Rule> = MATRIX.iter().filter(|r| r.method == "GET").collect();
    let mut failures = Vec::new();
    let mut sent = 0;
    for rule in &rules {
        let subject = subject_for(rule);
        let mut browser = browser_for(app, subject, &users).await;
        let path = concrete(app, &users, rule.path);
        let api = rule.path.starts_with("/api/") || rule.path == "/metrics";
        // Documents typeset as PDF take long in a debug build: only their bad ids are sent.
        let print = web::limits::PRINT_ROUTES.contains(&rule.path) || rule.path.ends_with(".pdf");
        for (label, query) in queries().into_iter().filter(|_| !print) {
            let url = format!("{path}?{query}");
            check(&mut failures, format!("GET {path} as {subject:?} [{label}]"), "de", api, browser.get(&url)).await;
            sent += 1;
        }
        if rule.path.contains('{') {
            for bad in BAD_IDS {
                let url = with_params(rule.path, bad);
                check(&mut failures, format!("GET {url} as {subject:?}"), "de", api, browser.get(&url)).await;
                sent += 1;
            }
            let arabic = format!("{}?lang=ar", with_params(rule.path, "-1"));
            check(&mut failures, format!("GET {arabic} as {subject:?}"), "ar", api, browser.get(&arabic)).await;
            sent += 1;
        }
    }
    let health = app.browser().get("/healthz").await;
    if health.status != 200 {
        failures.push(format!("/healthz answers {} after the GET sweep", health.status));
    }
    (rules.len(), sent, failures)
}

/// `value` percent-encoded for a query string (every byte but the unreserved ones).
fn encoded(value: &str) -> String {
    value
        .bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

/// Types hostile values into every search and filter form (`method="get"`) of every page each
/// kind of user may open, as a browser sends it: the fields in the query string. Each answer
/// must pass [`judge`], and one that shows the form again must keep what was typed; returns
/// (forms, requests, failures).
async fn sweep_get_forms(app: &TestApp) -> (usize, usize, Vec<String>) {
    let users = Users::create(app).await;
    let mut failures = Vec::new();
    let (mut seen, mut sent): (Vec<(String, Vec<String>)>, usize) = (Vec::new(), 0);
    for subject in [Visitor, Representative, Coordinator, Administrator] {
        let mut browser = browser_for(app, subject, &users).await;
        for rule in MATRIX.iter().filter(|r| is_page(r) && may(subject, r.access) && !destructive(r)) {
            let address = concrete(app, &users, rule.path);
            let html = browser.get(&address).await.body;
            for mut form in forms(&html).into_iter().filter(|f| f.method == "get") {
                if form.action.is_empty() {
                    address.clone_into(&mut form.action);
                }
                let key = (form.path().to_owned(), form.names(|_| true));
                if seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                let typed = form.names(Field::typed);
                let n = typed.len().max(1);
                let mut variants = values();
                variants.push(("overlong", "x".repeat(8_000 / n)));
                variants.push(("umlauts", "ä".repeat(1_000 / n)));
                let tampered = [("tampered: script", SCRIPT.to_owned()), ("tampered: 20 nines", "99999999999999999999".to_owned())];
                for (label, value, tamper) in variants.into_iter().map(|(l, v)| (l, v, false)).chain(tampered.map(|(l, v)| (l, v, true))) {
                    let pairs: Vec<String> = filled(&form, &value, "", tamper)
                        .into_iter()
                        .filter(|(k, _)| k != "csrf")
                        .map(|(k, v)| format!("{}={}", encoded(&k), encoded(&v)))
                        .collect();
                    let url = format!("{}?{}", form.path(), pairs.join("&"));
                    let what = format!("GET form {} on {address} as {subject:?} [{label}]", form.path());
                    sent += 1;
                    let Some(page) = check(&mut failures, what.clone(), "de", false, browser.get(&url)).await else { continue };
                    // Only what a browser lets a person type into one of the fields is looked for.
                    let typeable = form.fields.iter().any(|f| f.typed() && f.accepts(&value));
                    if tamper || !typeable || !KEPT.contains(&label) {
                        continue;
                    }
                    let again = forms(&page.body).into_iter().any(|f| f.method == "get" && [form.path(), ""].contains(&f.path()));
                    let kept = escaped(value.trim());
                    if !again {
                        failures.push(format!("{what}: status {} without the form: what was typed is lost", page.status));
                    } else if !page.body.contains(&kept) && !page.body.contains(value.trim()) {
                        failures.push(format!("{what}: status {} shows the form again without what was typed into {typed:?}", page.status));
                    }
                }
            }
        }
    }
    (seen.len(), sent, failures)
}

async fn get_forms_on(backend: Backend) {
    let Some(app) = spawn(backend, true).await else { return };
    let started = Instant::now();
    let (found, sent, failures) = sweep_get_forms(&app).await;
    eprintln!("hostile search and filter forms on {backend:?}: {found} forms, {sent} requests, {:?}", started.elapsed());
    app.cleanup().await;
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[tokio::test]
async fn every_search_and_filter_form_takes_hostile_input_on_sqlite() {
    get_forms_on(Backend::Sqlite).await;
}

#[tokio::test]
async fn every_search_and_filter_form_takes_hostile_input_on_postgres() {
    get_forms_on(Backend::Postgres).await;
}

async fn forms_on(backend: Backend) {
    let Some(app) = spawn(backend, true).await else { return };
    let started = Instant::now();
    let (tally, failures) = sweep_forms(&app).await;
    eprintln!(
        "hostile forms on {backend:?}: {} POST routes, {} with their form found ({} forms, {} distinct fields), {} requests, {:?}",
        tally.routes,
        tally.found,
        tally.forms,
        tally.fields,
        tally.sent,
        started.elapsed()
    );
    eprintln!("posted with guessed fields (no page shows their form to the sweep's users): {:?}", tally.guessed);
    app.cleanup().await;
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

async fn queries_on(backend: Backend) {
    let Some(app) = spawn(backend, true).await else { return };
    let started = Instant::now();
    let (routes, sent, failures) = sweep_queries(&app).await;
    eprintln!("hostile queries on {backend:?}: {routes} GET routes, {sent} requests, {:?}", started.elapsed());
    app.cleanup().await;
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[tokio::test]
async fn every_form_takes_hostile_input_without_a_server_error_on_sqlite() {
    forms_on(Backend::Sqlite).await;
}

#[tokio::test]
async fn every_form_takes_hostile_input_without_a_server_error_on_postgres() {
    forms_on(Backend::Postgres).await;
}

#[tokio::test]
async fn every_page_takes_hostile_queries_and_ids_on_sqlite() {
    queries_on(Backend::Sqlite).await;
}

#[tokio::test]
async fn every_page_takes_hostile_queries_and_ids_on_postgres() {
    queries_on(Backend::Postgres).await;
}

// The sweep's own helpers.
#[test]
fn routes_match_their_addresses_and_forms_are_filled_as_a_person_would() {
    assert!(matches("/items/{id}/close", "/items/12/close"));
    assert!(!matches("/items/{id}/close", "/items/12"));
    assert!(!matches("/items/{id}", "/items/"));
    assert_eq!(reindexed("persons.0.name", "-1"), "persons.-1.name");
    assert_eq!(with_params("/meetings/{meeting}/results/{round}/{table}", "-1"), "/meetings/-1/results/-1/-1");
    assert!(form_pages("/organisations/{slug}/items").contains(&"/organisations/{slug}/items/new"));
    let form = &forms(
        r#"<form method="post" action="/x"><input type="hidden" name="csrf" value="old"><input type="hidden" name="v" value="3">
        <input name="t"><select name="s"><option value="a">A</option></select><button name="go" value="1">Go</button></form>"#,
    )[0];
    let sent = |value, tamper| filled(form, value, "new", tamper).into_iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>();
    assert_eq!(sent("X", false), ["csrf=new", "v=3", "t=X", "s=a", "go=1"]);
    assert_eq!(sent("X", true), ["csrf=new", "v=X", "t=X", "s=X", "go=X"]);
    assert_eq!(untranslated("<p>Bitte ausfüllen.</p><p>form-error-required</p>").as_deref(), Some("form-error-required"));
    assert_eq!(untranslated("<td>kulturverein-brueckenschlag</td>"), None);
}
