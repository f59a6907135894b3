//! Choosing the interface language, right-to-left layout, complete translations.

use domain::language::UiLocale;
use testkit::spawn_app;
use web::i18n::catalog;

#[tokio::test]
async fn query_parameter_wins_and_is_remembered() {
    let app = spawn_app().await;
    let response = app.get_lang("/organisations?lang=ar", "en").await;
    let cookie = response.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap()).find(|c| c.starts_with("lang=")).unwrap();
    assert!(cookie.starts_with("lang=ar;") && cookie.contains("SameSite=Lax"), "{cookie}");
    let html = response.text().await.unwrap();
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    let html = app
        .client
        .get(app.url("/"))
        .header("cookie", "lang=fa")
        .header("accept-language", "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"<html lang="fa" dir="rtl">"#), "cookie beats the browser");
}

#[tokio::test]
async fn browser_language_is_the_first_guess() {
    let app = spawn_app().await;
    let html = app.get_lang("/", "uk-UA,uk;q=0.9,en;q=0.5").await.text().await.unwrap();
    assert!(html.contains(r#"<html lang="uk" dir="ltr">"#));
    let html = app.get_lang("/", "fr-FR").await.text().await.unwrap();
    assert!(html.contains(r#"<html lang="de" dir="ltr">"#), "unknown languages fall back to German");
}

#[tokio::test]
async fn language_switcher_keeps_the_search() {
    let app = spawn_app().await;
    let (_, html) = app.text("/organisations?q=Sport").await;
    assert!(html.contains(r#"href="/organisations?q=Sport&#38;lang=tr""#));
}

/// Every message German has exists in every other interface language, and no language has
/// messages German lacks.
#[test]
fn every_language_is_complete() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales");
    let ids = |lang: &str| -> std::collections::BTreeSet<String> {
        let mut ids = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(format!("{root}/{lang}")).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if !id.starts_with(' ') && !id.starts_with('#') && !id.is_empty() {
                        ids.insert(id.to_owned());
                    }
                }
            }
        }
        ids
    };
    let german = ids("de");
    assert!(german.len() > 100);
    for locale in UiLocale::ALL {
        let other = ids(locale.code());
        let missing: Vec<_> = german.difference(&other).collect();
        let extra: Vec<_> = other.difference(&german).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, extra {extra:?}", locale.code());
        for id in &german {
            assert!(catalog().has(locale, id), "{} does not parse {id}", locale.code());
        }
    }
}

/// German content on other-language pages says so (`lang="de"`): the office's configured block,
/// a district's German name, the legal term beside the translated "Imprint".
#[tokio::test]
async fn german_parts_of_other_language_pages_carry_lang_de() {
    let app = spawn_app().await;
    let (_, contact) = app.text("/contact?lang=ar").await;
    assert!(contact.contains(r#"<h2 id="office-name" dir="auto" lang="de">"#), "{contact}");
    assert!(contact.contains(r#"<span lang="de">(Impressum)</span>"#), "the footer's legal term");
    let (_, german) = app.text("/contact?lang=de").await;
    assert!(!german.contains(r#"<span lang="de">(Impressum)</span>"#), "no repetition on German pages");

    let all = app.state.directory.index().search(&domain::directory_query::DirectoryQuery { page: 1, per_page: 100, ..Default::default() });
    let with_district = all.items.iter().find(|l| l.district().is_some()).expect("a demo association with a district");
    let (_, profile) = app.text(&format!("/organisations/{}?lang=uk", with_district.slug())).await;
    assert!(profile.contains(r#"<dd lang="de" dir="auto">"#), "the district's German name: {profile}");
}

/// A search names its result count in the page title.
#[tokio::test]
async fn a_search_puts_its_count_in_the_title() {
    let app = spawn_app().await;
    let (_, html) = app.text("/organisations?q=Frauen&lang=de").await;
    let title = html.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).unwrap_or_default();
    assert!(title.contains("gefunden – Vereinsverzeichnis"), "{title}");
    assert!(html.contains(r#"id="results-heading" tabindex="-1" autofocus"#), "focus starts on the count");
    let (_, plain) = app.text("/organisations?lang=de").await;
    assert!(plain.contains("<title>Vereinsverzeichnis – "), "no count before a search");
}
