//! Hostile input on every route of the access matrix (`web::access::MATRIX`): every POST route
//! as a user who may use it, with a valid CSRF token and the field names of its form, gets
//! empty, huge, control, markup, number, date, indexed and duplicated fields, bodies that are
//! not UTF-8 or not urlencoded, and (upload routes) bad files; every GET route gets hostile
//! query strings and bad path parameters. Each answer must come within a few seconds, not be
//! a 5xx, be a full page in the request's language when it is HTML (or a body at all), show no
//! reflected markup unescaped; afterwards the server still answers `/healthz`.

use std::time::{Duration, Instant};

use testkit::browser::Page;
use testkit::roles::Subject::{self, *};
use testkit::roles::{browser_for, concrete, Users};
use testkit::{spawn, Backend, TestApp};
use web::access::{Access, Rule, MATRIX};

/// How long an answer may take.
const PATIENCE: Duration = Duration::from_secs(5);

const SCRIPT: &str = "<script>alert('kp-hostile')</script>";
const IMG: &str = "\"><img src=x onerror=alert('kp-hostile')>";

/// Values every field of a form gets at once, one variant each.
fn values() -> Vec<(&'static str, String)> {
    vec![
        ("empty", String::new()),
        ("100000 chars", "x".repeat(100_000)),
        ("2000 umlauts", "ä".repeat(2_000)),
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
    ]
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

/// Routes whose success ends the session or the account: swept last.
fn destructive(rule: &Rule) -> bool {
    rule.path.starts_with("/admin/") || rule.path == "/account/delete" || rule.path == "/logout"
}

/// The named fields of the form that posts to `action` in `html` (`csrf` left out); `None`
/// when the page has no such form. File inputs are returned separately.
fn form_fields(html: &str, action: &str) -> Option<(Vec<String>, Vec<String>)> {
    let mut rest = html;
    while let Some(start) = rest.find("<form") {
        let form = &rest[start..];
        let end = form.find("</form>").unwrap_or(form.len());
        let body = &form[..end];
        rest = &form[end..];
        let tag_end = body.find('>').unwrap_or(body.len());
        let target = attribute(&body[..tag_end], "action").unwrap_or_default().replace("&amp;", "&");
        let target = target.split('?').next().unwrap_or_default();
        if target != action {
            continue;
        }
        let (mut fields, mut files) = (Vec::new(), Vec::new());
        for tag in ["<input", "<select", "<textarea", "<button"] {
            let mut inner = body;
            while let Some(at) = inner.find(tag) {
                let element = &inner[at..];
                let close = element.find('>').unwrap_or(element.len());
                let open = &element[..close];
                if let Some(name) = attribute(open, "name").filter(|n| n != "csrf") {
                    let list = if attribute(open, "type").as_deref() == Some("file") { &mut files } else { &mut fields };
                    if !list.contains(&name) {
                        list.push(name);
                    }
                }
                inner = &element[close.max(1)..];
            }
        }
        return Some((fields, files));
    }
    None
}

/// The value of `name="…"` in an opening tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')?;
    Some(tag[start..start + end].to_owned())
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
    }
    None
}

/// Sends one request and judges it; the failures go to `failures`.
async fn check<F: std::future::Future<Output = Page>>(failures: &mut Vec<String>, what: String, lang: &str, api: bool, request: F) {
    let started = Instant::now();
    match tokio::time::timeout(PATIENCE * 3, request).await {
        Ok(page) => failures.extend(judge(&what, &page, started.elapsed(), lang, api)),
        Err(_) => failures.push(format!("{what}: no answer within {:?}", PATIENCE * 3)),
    }
}

/// `fields` as one urlencoded body with the CSRF token, values already encoded.
fn raw_body(fields: &[String], value: &[u8], csrf: &str) -> Vec<u8> {
    let mut body = Vec::new();
    for field in fields {
        body.extend_from_slice(field.as_bytes());
        body.push(b'=');
        body.extend_from_slice(value);
        body.push(b'&');
    }
    body.extend_from_slice(format!("csrf={csrf}").as_bytes());
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

/// Posts every variant to every POST route; returns (routes, variants sent, routes with their
/// form found, failures).
async fn sweep_forms(app: &TestApp) -> (usize, usize, usize, Vec<String>) {
    let users = Users::create(app).await;
    let mut rules: Vec<&Rule> = MATRIX.iter().filter(|r| r.method == "POST").collect();
    rules.sort_by_key(|r| destructive(r));
    let mut failures = Vec::new();
    let (mut sent, mut found) = (0, 0);
    let upload_limit = web::Limits::default().of(None).0;
    for rule in &rules {
        let path = concrete(app, rule.path);
        let subject = subject_for(rule);
        let mut browser = browser_for(app, subject, &users).await;
        let mut form = None;
        for page in form_pages(rule.path) {
            let html = browser.get(&concrete(app, page)).await.body;
            if let Some(fields) = form_fields(&html, &path) {
                form = Some(fields);
                break;
            }
        }
        let (fields, files) = match form {
            Some(form) => {
                found += 1;
                form
            }
            None => (["name", "title", "text", "email", "password", "code", "date", "status"].map(String::from).to_vec(), Vec::new()),
        };
        let csrf = browser.csrf_token().await;
        let route = format!("POST {path} as {subject:?}");
        for (label, value) in values() {
            let mut all: Vec<(&str, &str)> = fields.iter().map(|f| (f.as_str(), value.as_str())).collect();
            all.push(("csrf", &csrf));
            check(&mut failures, format!("{route} [{label}]"), "de", false, browser.post_raw(&path, &all)).await;
            sent += 1;
        }
        for (label, value) in [("ar empty", String::new()), ("ar script", SCRIPT.to_owned())] {
            let mut all: Vec<(&str, &str)> = fields.iter().map(|f| (f.as_str(), value.as_str())).collect();
            all.push(("csrf", &csrf));
            let arabic = format!("{path}?lang=ar");
            check(&mut failures, format!("{route} [{label}]"), "ar", false, browser.post_raw(&arabic, &all)).await;
            sent += 1;
        }
        // Indexed fields: far out of range, negative, over u64.
        let mut indexed: Vec<(String, String)> = vec![
            ("tables.999999999.name".into(), "x".into()),
            ("rounds.-1.topic".into(), "x".into()),
            ("sections.18446744073709551616.x".into(), "x".into()),
        ];
        for field in fields.iter().filter(|f| f.contains('.')) {
            for index in ["999999999", "-1", "18446744073709551616"] {
                indexed.push((reindexed(field, index), "1".into()));
            }
        }
        indexed.extend(fields.iter().map(|f| (f.clone(), "1".into())));
        indexed.push(("csrf".into(), csrf.clone()));
        let all: Vec<(&str, &str)> = indexed.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        check(&mut failures, format!("{route} [indexed fields]"), "de", false, browser.post_raw(&path, &all)).await;
        // Every key twice.
        let mut twice: Vec<(&str, &str)> = fields.iter().flat_map(|f| [(f.as_str(), "1"), (f.as_str(), SCRIPT)]).collect();
        twice.push(("csrf", &csrf));
        check(&mut failures, format!("{route} [duplicated keys]"), "de", false, browser.post_raw(&path, &twice)).await;
        // Bodies that are not UTF-8 or not urlencoded.
        let form_type = "application/x-www-form-urlencoded";
        let bodies: [(&str, &str, Vec<u8>); 5] = [
            ("percent-encoded invalid UTF-8", form_type, raw_body(&fields, b"%FF%FE%C0", &csrf)),
            ("raw invalid UTF-8", form_type, raw_body(&fields, b"\xff\xfe\xc0", &csrf)),
            ("malformed urlencoded", form_type, format!("=&&==%%%zz&%&csrf={csrf}&{}", fields.join("&")).into_bytes()),
            ("JSON body", "application/json", format!("{{\"csrf\":\"{csrf}\",\"name\":1}}").into_bytes()),
            ("no content type", "", raw_body(&fields, b"1", &csrf)),
        ];
        for (label, content_type, body) in bodies {
            check(&mut failures, format!("{route} [{label}]"), "de", false, browser.post_body(&path, content_type, body)).await;
        }
        sent += 7;
        // Upload routes: bad files as multipart.
        if web::Limits::default().of(Some(rule.path)).0 > upload_limit {
            let file_field = files.first().cloned().unwrap_or_else(|| "file".into());
            let huge = vec![0u8; 20 * 1024 * 1024];
            let bad_files: [(&str, &str, &str, &[u8]); 4] = [
                ("wrong content type", "logo.png", "text/html", SCRIPT.as_bytes()),
                ("empty file", "logo.png", "image/png", b""),
                ("20 MB file", "logo.png", "image/png", &huge),
                ("file name ../../x", "../../x", "image/png", b"\x89PNG\r\n\x1a\n"),
            ];
            for (label, name, content_type, bytes) in bad_files {
                let csrf_field = [("csrf", csrf.as_str())];
                let upload = browser.post_multipart(&path, &csrf_field, Some((&file_field, name, content_type, bytes)));
                check(&mut failures, format!("{route} [{label}]"), "de", false, upload).await;
                sent += 1;
            }
            let truncated =
                format!("------x\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n------x\r\nContent-Disp").into_bytes();
            check(
                &mut failures,
                format!("{route} [truncated multipart]"),
                "de",
                false,
                browser.post_body(&path, "multipart/form-data; boundary=----x", truncated),
            )
            .await;
            sent += 1;
        }
        let health = app.browser().get("/healthz").await;
        if health.status != 200 {
            failures.push(format!("{route}: /healthz answers {} afterwards", health.status));
        }
    }
    (rules.len(), sent, found, failures)
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
        let path = concrete(app, rule.path);
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

async fn forms_on(backend: Backend) {
    let Some(app) = spawn(backend, true).await else { return };
    let started = Instant::now();
    let (routes, sent, found, failures) = sweep_forms(&app).await;
    eprintln!(
        "hostile forms on {backend:?}: {routes} POST routes ({found} with their form found), {sent} requests, {:?}",
        started.elapsed()
    );
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

// The form finder itself.
#[test]
fn the_form_of_an_action_is_found_among_the_forms_of_a_page() {
    let html = r#"<form method="post" action="/logout"><input type="hidden" name="csrf" value="t"><button>Out</button></form>
        <form method="post" action="/organisations/x/logo" enctype="multipart/form-data"><input type="hidden" name="csrf" value="t">
        <input type="file" name="logo" accept="image/png"><textarea id="a" name="alt"></textarea><select name="kind"></select></form>"#;
    assert_eq!(form_fields(html, "/organisations/x/logo"), Some((vec!["kind".to_owned(), "alt".to_owned()], vec!["logo".to_owned()])));
    assert_eq!(form_fields(html, "/logout"), Some((Vec::new(), Vec::new())));
    assert_eq!(form_fields(html, "/nowhere"), None);
    assert_eq!(reindexed("persons.0.name", "-1"), "persons.-1.name");
    assert_eq!(with_params("/meetings/{meeting}/results/{round}/{table}", "-1"), "/meetings/-1/results/-1/-1");
    assert!(form_pages("/organisations/{slug}/items").contains(&"/organisations/{slug}/items/new"));
}
