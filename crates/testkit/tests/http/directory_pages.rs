//! The directory's HTML pages as a visitor uses them.

use testkit::spawn_app;

#[tokio::test]
async fn start_page_has_search_and_links() {
    let app = spawn_app().await;
    let (status, html) = app.text("/").await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"action="/organisations""#));
    assert!(html.contains(r#"name="q""#));
    assert!(html.contains(r#"href="/contact""#));
    assert!(html.contains("Ludwigsburg"));
}

#[tokio::test]
async fn search_finds_and_links_profiles() {
    let app = spawn_app().await;
    let (status, html) = app.text("/organisations?q=Frauen").await;
    assert_eq!(status, 200);
    assert!(html.contains("Frauencafé Lindenblüte"));
    assert!(html.contains(r#"href="/organisations/frauencafe-lindenbluete""#));
    let (status, profile) = app.text("/organisations/frauencafe-lindenbluete").await;
    assert_eq!(status, 200);
    assert!(profile.contains("application/ld+json"));
    assert!(profile.contains(r#""@type":"Organization""#));
}

#[tokio::test]
async fn facets_show_counts_and_keep_a_stable_url() {
    let app = spawn_app().await;
    let (_, html) = app.text("/organisations?category=language&mso=true").await;
    assert!(html.contains(r#"<option value="language" selected>"#));
    assert!(html.contains("Filter entfernen"));
    let (_, paged) = app.text("/organisations?per_page=10").await;
    assert!(paged.contains(r#"href="/organisations?per_page=10&#38;page=2""#), "paging keeps the search");
}

#[tokio::test]
async fn no_results_suggest_loosening() {
    let app = spawn_app().await;
    let (status, html) = app.text("/organisations?q=Quantenchromodynamik&district=mitte").await;
    assert_eq!(status, 200);
    assert!(html.contains("Keine Vereine gefunden"));
    assert!(html.contains("weniger Filtern"));
    assert!(html.contains(r#"href="/organisations?district=mitte""#), "link that drops the text");
}

#[tokio::test]
async fn a_bad_query_shows_a_translated_message_and_keeps_the_input() {
    let app = spawn_app().await;
    let (status, html) = app.text("/organisations?q=Kultur&per_page=1000").await;
    assert_eq!(status, 400);
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains("1 bis 100"));
    assert!(html.contains(r#"value="Kultur""#));
    let (status, html) = app.text("/organisations?category=nope&lang=en").await;
    assert_eq!(status, 400);
    assert!(html.contains("This field of activity does not exist"));
}

#[tokio::test]
async fn only_consenting_contact_persons_are_published() {
    let app = spawn_app().await;
    let batch = knotenpunkt::demo::batch().unwrap();
    let org = batch
        .organisations
        .iter()
        .find(|o| {
            o.profile.contact_persons.iter().any(|p| p.consent.is_some()) && o.profile.contact_persons.iter().any(|p| p.consent.is_none())
        })
        .expect("demo has an organisation with and without consent");
    let (_, html) = app.text(&format!("/organisations/{}", org.slug)).await;
    let (_, json) = app.json(&format!("/api/v1/organisations/{}", org.slug)).await;
    let csv = app.get("/api/v1/organisations.csv").await.text().await.unwrap();
    for person in &org.profile.contact_persons {
        let shown = html.contains(&person.name);
        assert_eq!(shown, person.consent.is_some(), "{} on the page", person.name);
        assert_eq!(json.to_string().contains(&person.name), person.consent.is_some(), "{} in the API", person.name);
        assert_eq!(csv.contains(&person.name), person.consent.is_some(), "{} in the CSV", person.name);
    }
}

#[tokio::test]
async fn text_without_german_is_shown_with_a_note() {
    let app = spawn_app().await;
    let batch = knotenpunkt::demo::batch().unwrap();
    let org = batch.organisations.iter().find(|o| o.profile.description.exact("de").is_none()).unwrap();
    let (_, html) = app.text(&format!("/organisations/{}?lang=de", org.slug)).await;
    assert!(html.contains("nicht in Ihrer Sprache verfügbar"), "fallback note for {}", org.slug);
}

#[tokio::test]
async fn contact_and_legal_pages_come_from_configuration() {
    let app = spawn_app().await;
    let (status, html) = app.text("/contact").await;
    assert_eq!(status, 200);
    for part in
        ["Büro für Integration und Migration", "Obere Marktstraße 1", "71634 Ludwigsburg", "integration@ludwigsburg.de", "07141 910-2714"]
    {
        assert!(html.contains(part), "contact page lacks {part}");
    }
    let (status, imprint) = app.text("/imprint").await;
    assert_eq!(status, 200);
    assert!(imprint.contains("Demo-Installation"));
    let (status, _) = app.text("/privacy").await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn unknown_pages_are_translated_404s() {
    let app = spawn_app().await;
    let (status, html) = app.text("/gibt/es/nicht").await;
    assert_eq!(status, 404);
    assert!(html.contains("Seite nicht gefunden"));
    let (status, html) = app.text("/organisations/unbekannt?lang=en").await;
    assert_eq!(status, 404);
    assert!(html.contains("Association not found"));
    let (status, html) = app.text("/organisations/%FF").await;
    assert_eq!(status, 404, "a path that is not valid text is an unknown page, not a bare error");
    assert!(html.contains("Verein nicht gefunden"));
    assert_eq!(app.json("/api/v1/organisations/%FF").await.0, 404);
    assert_eq!(app.text("/needs/%FF").await.0, 404);
}
