//! News and pages over HTTP: the demo's report in the list, on its page, in the Atom feed (parsed
//! and checked element by element) and the API; the office writes, previews, publishes,
//! withdraws and restores; bad input comes back kept and translated; pages in the footer;
//! "In den Nachrichten" on a linked association's profile and meeting page; a picture with alt text.

use std::io::Cursor;

use domain::accounts::Role;
use image::{ImageBuffer, ImageFormat, Rgba};
use testkit::browser::{Browser, Page};
use testkit::{spawn_app, TestApp};

const REPORT: &str = "2020-01-11-erstes-netzwerktreffen-im-kulturzentrum";
const MEETING: &str = "netzwerktreffen-2020-01-11";
const OWN: &str = "kulturverein-brueckenschlag";
const ATOM: &str = "http://www.w3.org/2005/Atom";

async fn office(app: &TestApp) -> Browser {
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    app.signed_in("koordination@stadt.example", Some(&secret)).await
}

fn form(title: &str, body: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "news".into()),
        ("date", "2026-11-30".into()),
        ("de.title", title.into()),
        ("de.teaser", "Kurz gesagt".into()),
        ("de.body", body.into()),
        ("ar.title", String::new()),
        ("associations", OWN.into()),
        ("meetings", MEETING.into()),
        ("action", "save".into()),
    ]
}

async fn post(browser: &mut Browser, path: &str, fields: &[(&str, String)]) -> Page {
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.post(path, &borrowed).await
}

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    node.children().find(|c| c.tag_name().name() == name && c.tag_name().namespace() == Some(ATOM))
}

fn text(node: roxmltree::Node, name: &str) -> String {
    child(node, name).and_then(|n| n.text()).unwrap_or_default().to_owned()
}

/// The feed parsed; panics with the text when it is not well-formed XML.
fn entries_of(feed: &str) -> Vec<(String, String, String, String)> {
    let doc = roxmltree::Document::parse(feed).unwrap_or_else(|e| panic!("{e}\n{feed}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some(ATOM));
    assert_eq!(root.tag_name().name(), "feed");
    let is_time = |t: &str| domain::timestamp::Timestamp::parse_rfc3339(t).is_ok();
    for required in ["id", "title", "updated"] {
        assert!(!text(root, required).is_empty(), "feed {required} missing");
    }
    assert!(is_time(&text(root, "updated")), "feed updated is RFC 3339: {}", text(root, "updated"));
    assert!(child(root, "author").and_then(|a| child(a, "name")).is_some(), "feed author");
    let alternate = root.children().find(|c| c.tag_name().name() == "link" && c.attribute("rel") == Some("alternate")).unwrap();
    assert!(alternate.attribute("href").unwrap().starts_with("http"), "absolute link");
    root.children()
        .filter(|c| c.tag_name().name() == "entry")
        .map(|entry| {
            for required in ["id", "title", "updated"] {
                assert!(!text(entry, required).is_empty(), "entry {required} missing");
            }
            assert!(is_time(&text(entry, "updated")), "entry updated: {}", text(entry, "updated"));
            let link = entry.children().find(|c| c.tag_name().name() == "link" && c.attribute("rel") == Some("alternate")).unwrap();
            let href = link.attribute("href").unwrap().to_owned();
            assert!(href.starts_with("http://") || href.starts_with("https://"), "absolute: {href}");
            (text(entry, "id"), text(entry, "title"), href, text(entry, "content"))
        })
        .collect()
}

#[tokio::test]
async fn the_demo_report_is_in_the_list_its_page_the_feed_and_the_api() {
    let app = spawn_app().await;
    let (status, list) = app.text("/news?lang=de").await;
    assert_eq!(status, 200);
    assert!(list.contains(&format!("/news/{REPORT}")) && list.contains("Erstes Netzwerktreffen im Kulturzentrum"), "{list}");
    assert!(list.contains("href=\"/news.atom\""), "the feed is linked");

    let (status, page) = app.text(&format!("/news/{REPORT}?lang=de")).await;
    assert_eq!(status, 200);
    assert!(page.contains("<h2>So lief der Vormittag</h2>"), "Markdown rendered");
    assert!(page.contains(&format!("href=\"/meetings/{MEETING}\"")), "links its meeting");
    let (_, arabic) = app.text(&format!("/news/{REPORT}?lang=ar")).await;
    assert!(arabic.contains("lang=\"de\"") && arabic.contains("Erstes Netzwerktreffen"), "German as the fallback");
    assert!(arabic.contains("notice-info"), "the fallback is said");
    let (_, english) = app.text(&format!("/news/{REPORT}?lang=en")).await;
    assert!(english.contains("First network meeting at the Kulturzentrum") && !english.contains("notice-info"));

    let feed = app.get("/news.atom").await;
    assert_eq!(feed.headers()["content-type"], "application/atom+xml; charset=utf-8");
    let entries = entries_of(&feed.text().await.unwrap());
    assert_eq!(entries.len(), 1);
    let (id, title, href, content) = &entries[0];
    assert!(href.ends_with(&format!("/news/{REPORT}")) && id == href, "{id} {href}");
    assert_eq!(title, "Erstes Netzwerktreffen im Kulturzentrum");
    assert!(content.contains("<h2>So lief der Vormittag</h2>"), "HTML content, escaped in the XML");

    let (status, json) = app.json("/api/v1/news").await;
    assert_eq!(status, 200);
    let item = &json["items"][0];
    assert_eq!(item["slug"], REPORT);
    assert_eq!(item["title"], "Erstes Netzwerktreffen im Kulturzentrum");
    assert_eq!(item["published_at"], "2020-01-20T09:00:00Z");
    assert!(item["url"].as_str().unwrap().ends_with(&format!("/news/{REPORT}")));
    let (_, openapi) = app.json("/api/openapi.json").await;
    assert!(openapi["paths"]["/api/v1/news"].is_object());
}

#[tokio::test]
async fn the_about_page_is_in_the_footer_with_the_contact_block() {
    let app = spawn_app().await;
    let (_, home) = app.text("/?lang=de").await;
    let footer = &home[home.find("site-footer").unwrap()..];
    assert!(footer.contains("href=\"/pages/ueber-uns\"") && footer.contains("Über uns"), "{footer}");
    let (status, page) = app.text("/pages/ueber-uns?lang=de").await;
    assert_eq!(status, 200);
    assert!(page.contains("office-card") && page.contains("mailto:"), "the office's contact block");
    assert_eq!(app.text("/news/ueber-uns").await.0, 404, "a page is not a news item");
    assert_eq!(app.text(&format!("/pages/{REPORT}")).await.0, 404);
    assert_eq!(app.text("/news/gibt-es-nicht").await.0, 404);
}

#[tokio::test]
async fn linked_association_and_meeting_show_the_news() {
    let app = spawn_app().await;
    let (_, meeting) = app.text(&format!("/meetings/{MEETING}?lang=de")).await;
    assert!(meeting.contains("In den Nachrichten") && meeting.contains(&format!("/news/{REPORT}")), "meeting page");
    let (_, profile) = app.text(&format!("/organisations/{OWN}?lang=de")).await;
    assert!(profile.contains("In den Nachrichten"), "the demo report links the first associations");
}

#[tokio::test]
async fn the_office_writes_previews_publishes_withdraws_and_restores() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let page = office.get("/office/news/new").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("name=\"de.title\"") && page.body.contains("name=\"csrf\""));

    // Preview: rendered through the sanitiser, nothing saved.
    let mut preview = form("Vorschau-Titel", "**fett**<script>alert(1)</script>");
    preview.retain(|(k, _)| *k != "action");
    preview.push(("action", "preview".into()));
    let page = post(&mut office, "/office/news/new", &preview).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<strong>fett</strong>") && !page.body.contains("<script>alert"), "sanitised preview");
    assert!(page.body.contains("value=\"Vorschau-Titel\""), "the form keeps what was typed");
    assert_eq!(app.json("/api/v1/news").await.1["items"].as_array().unwrap().len(), 1, "nothing saved");

    // Bad input: kept and translated, 422, nothing saved.
    let mut bad = form("", "Text bleibt");
    bad.push(("ar.body", "نص بلا عنوان".into()));
    bad.retain(|(k, _)| *k != "date");
    bad.push(("date", "31.11.2026".into()));
    let page = post(&mut office, "/office/news/new", &bad).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("Bitte ausfüllen.") && page.body.contains("Bitte ein Datum angeben"), "{}", page.body);
    assert!(page.body.contains("Text bleibt") && page.body.contains("نص بلا عنوان") && page.body.contains("31.11.2026"));
    let mut unknown = form("Titel", "Text");
    unknown.retain(|(k, _)| *k != "associations");
    unknown.push(("associations", "gibt-es-nicht".into()));
    let page = post(&mut office, "/office/news/new", &unknown).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("Diese Adresse gibt es nicht.") && page.body.contains("gibt-es-nicht"));

    // Saved as a draft: the office sees it, visitors do not.
    let page = post(&mut office, "/office/news/new", &form("Rückblick Herbst", "Erste Fassung")).await;
    let slug = "2026-11-30-rueckblick-herbst";
    assert_eq!(page.location.as_deref(), Some(&*format!("/office/news/{slug}/edit?saved=created")), "{}", page.body);
    assert_eq!(app.text(&format!("/news/{slug}")).await.0, 404, "a draft is not public");
    let draft = office.get(&format!("/news/{slug}")).await;
    assert!(draft.status == 200 && draft.body.contains("notice-warning"), "the office sees the draft, marked");

    let page = post(&mut office, &format!("/office/news/{slug}/edit"), &form("Rückblick Herbst", "Zweite Fassung")).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/office/news/{slug}/edit?saved=saved")));
    let page = post(&mut office, &format!("/office/news/{slug}/publish"), &[("published", "1".into())]).await;
    assert_eq!(page.status, 303);
    let (_, public) = app.text(&format!("/news/{slug}?lang=de")).await;
    assert!(public.contains("Zweite Fassung"));
    let (_, list) = app.text("/news?lang=de").await;
    assert!(list.find(slug).unwrap() < list.find(REPORT).unwrap(), "the latest first");
    let entries = entries_of(&app.get("/news.atom").await.text().await.unwrap());
    assert_eq!(entries.len(), 2);
    assert!(entries[0].2.ends_with(slug));
    let (_, profile) = app.text(&format!("/organisations/{OWN}?lang=de")).await;
    assert!(profile.contains(&format!("/news/{slug}")), "the linked association shows it");

    // Revisions: restore the first; the second stays listed.
    let revisions = office.get(&format!("/office/news/{slug}/revisions")).await;
    assert!(revisions.body.contains("revision-2") && revisions.body.contains("revision-1"));
    let page = post(&mut office, &format!("/office/news/{slug}/revisions/1/restore"), &[]).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/office/news/{slug}/edit?saved=restored")));
    let (_, public) = app.text(&format!("/news/{slug}?lang=de")).await;
    assert!(public.contains("Erste Fassung"));
    let revisions = office.get(&format!("/office/news/{slug}/revisions")).await;
    assert!(revisions.body.contains("revision-3") && revisions.body.contains("wiederhergestellt aus Version 1"));

    // Withdrawn: gone from the public again.
    post(&mut office, &format!("/office/news/{slug}/publish"), &[("published", "0".into())]).await;
    assert_eq!(app.text(&format!("/news/{slug}")).await.0, 404);
    assert_eq!(app.json("/api/v1/news").await.1["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn representatives_cannot_write_news() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", OWN).await;
    let mut rep = app.signed_in("vera@verein.example", None).await;
    assert_eq!(rep.get("/office/news/new").await.status, 403);
    assert_eq!(post(&mut rep, "/office/news/new", &form("Titel", "Text")).await.status, 403);
    assert_eq!(post(&mut rep, &format!("/office/news/{REPORT}/publish"), &[("published", "0".into())]).await.status, 403);
    assert_eq!(app.text(&format!("/news/{REPORT}")).await.0, 200, "still published");
}

#[tokio::test]
async fn a_page_placed_in_the_header_appears_there_and_paging_works() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let page = vec![
        ("kind", "page".to_owned()),
        ("date", "2026-11-30".into()),
        ("placement", "header".into()),
        ("de.title", "Förderung".into()),
        ("de.body", "Wie Vereine Geld bekommen.".into()),
        ("action", "save".into()),
    ];
    let created = post(&mut office, "/office/news/new?kind=page", &page).await;
    assert_eq!(created.location.as_deref(), Some("/office/news/foerderung/edit?saved=created"), "{}", created.body);
    post(&mut office, "/office/news/foerderung/publish", &[("published", "1".into())]).await;
    let (_, home) = app.text("/?lang=de").await;
    let header = &home[..home.find("<main").unwrap()];
    assert!(header.contains("href=\"/pages/foerderung\""), "in the header menu");

    for i in 0..11 {
        let mut f = form(&format!("Meldung {i}"), "Text");
        f.retain(|(k, _)| *k != "associations" && *k != "meetings");
        let saved = post(&mut office, "/office/news/new", &f).await;
        let slug = saved.location.unwrap().split('/').nth(3).unwrap().to_owned();
        post(&mut office, &format!("/office/news/{slug}/publish"), &[("published", "1".into())]).await;
    }
    let (_, first) = app.text("/news?lang=de").await;
    assert!(first.contains("Seite 1 von 2") && first.contains("href=\"/news?page=2\"") && !first.contains(REPORT));
    let (_, second) = app.text("/news?page=2&lang=de").await;
    assert!(second.contains(REPORT) && second.contains("Seite 2 von 2"));
    assert_eq!(app.text("/news?page=abc").await.0, 200, "a bad page number is the first page");
    assert_eq!(app.text("/news?page=99").await.0, 200);
}

fn picture() -> Vec<u8> {
    let image = ImageBuffer::from_fn(64, 48, |x, y| Rgba([(x * 4) as u8, (y * 5) as u8, 90, 255]));
    let mut bytes = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(image).write_to(&mut bytes, ImageFormat::Png).unwrap();
    bytes.into_inner()
}

#[tokio::test]
async fn a_picture_needs_alt_text_and_is_served_by_hash() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let path = format!("/office/news/{REPORT}/image");
    let page = office.post_file(&path, &[("image_alt", "")], ("image", "foto.png", "image/png", &picture())).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("Bitte beschreiben Sie das Bild."));
    let page = office.post_file(&path, &[("image_alt", "Ein Saal voller Menschen")], ("image", "x.txt", "text/plain", b"nope")).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("kein Bild") && page.body.contains("Ein Saal voller Menschen"), "message, alt text kept");
    let page = office.post_file(&path, &[("image_alt", "Ein Saal voller Menschen")], ("image", "foto.png", "image/png", &picture())).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/office/news/{REPORT}/edit?saved=image")), "{}", page.body);
    let (_, public) = app.text(&format!("/news/{REPORT}?lang=de")).await;
    let start = public.find("/news/images/").unwrap();
    let src = &public[start..start + public[start..].find('"').unwrap()];
    assert!(public.contains("alt=\"Ein Saal voller Menschen\""));
    let image = app.get(src).await;
    assert_eq!(image.status(), 200);
    assert_eq!(image.headers()["content-type"], "image/png");
    assert_eq!(app.text("/news/images/0000.png").await.0, 404);
}

#[tokio::test]
async fn the_editor_offers_the_existing_associations_and_meetings_to_choose_from() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let new = office.get("/office/news/new").await;
    assert!(!new.body.contains("<textarea id=\"f-associations\""), "nothing to type");
    for slug in [OWN, "circolo-il-ponte", MEETING] {
        assert!(new.body.contains(&format!("<option value=\"{slug}\" dir=\"auto\">")), "{slug} offered: {}", new.body);
    }
    let report = office.get(&format!("/office/news/{REPORT}/edit")).await;
    assert!(report.body.contains(&format!("<option value=\"{MEETING}\" dir=\"auto\" selected>")), "{}", report.body);

    let mut two = form("Zwei Vereine, ein Fest", "Text");
    two.push(("associations", "circolo-il-ponte".into()));
    let saved = post(&mut office, "/office/news/new", &two).await;
    let edit = saved.location.unwrap();
    let page = office.get(&edit).await;
    for slug in [OWN, "circolo-il-ponte", MEETING] {
        assert!(page.body.contains(&format!("<option value=\"{slug}\" dir=\"auto\" selected>")), "{slug} chosen: {}", page.body);
    }
    let slug = edit.split('/').nth(3).unwrap().to_owned();
    post(&mut office, &format!("/office/news/{slug}/publish"), &[("published", "1".into())]).await;
    let (_, profile) = app.text("/organisations/circolo-il-ponte").await;
    assert!(profile.contains("Zwei Vereine, ein Fest"), "the second chosen association shows the news");
    app.cleanup().await;
}

#[tokio::test]
async fn news_linking_a_project_is_shown_on_its_page_and_hidden_projects_are_not_named() {
    const PROJECT: &str = "elternabende-mit-sprachbegleitung";
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let new = office.get("/office/news/new?lang=de").await;
    assert!(new.body.contains(&format!("<option value=\"{PROJECT}\" dir=\"auto\">")), "{}", new.body);
    assert!(new.body.contains("Verlinkte Kooperationsprojekte"));

    let mut unknown = form("Elternabende", "Text");
    unknown.push(("projects", "gibt-es-nicht".into()));
    let page = post(&mut office, "/office/news/new", &unknown).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("Diese Adresse gibt es nicht.") && page.body.contains("<option value=\"gibt-es-nicht\""), "{}", page.body);

    let mut linked = form("Elternabende an zwei Grundschulen", "Die ersten Abende haben stattgefunden.");
    linked.push(("projects", PROJECT.into()));
    let saved = post(&mut office, "/office/news/new", &linked).await;
    let slug = saved.location.unwrap().split('/').nth(3).unwrap().to_owned();
    post(&mut office, &format!("/office/news/{slug}/publish"), &[("published", "1".into())]).await;
    let (_, project) = app.text(&format!("/projects/{PROJECT}?lang=de")).await;
    assert!(project.contains("In den Nachrichten") && project.contains(&format!("href=\"/news/{slug}\"")), "{project}");
    let (_, item) = app.text(&format!("/news/{slug}")).await;
    assert!(item.contains(&format!("href=\"/projects/{PROJECT}\"")), "the news names the project: {item}");

    // Hidden from the partners' profiles: the news item no longer names it.
    let mut record = app.state.projects.store.project_by_slug(PROJECT).await.unwrap().unwrap();
    record.project.visible = false;
    let event = app::ports::ProjectEvent { kind: "visibility".into(), detail: "hidden".into(), actor: "system:test".into(), at: 0 };
    app.state.projects.store.update_project(record.id, &record.project, record.version, &event).await.unwrap();
    let (_, item) = app.text(&format!("/news/{slug}")).await;
    assert!(!item.contains(&format!("href=\"/projects/{PROJECT}\"")), "{item}");
    app.cleanup().await;
}
