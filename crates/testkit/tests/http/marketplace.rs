//! "Vereine bieten / Vereine suchen": lists, items with suggestions and reasons.

use testkit::spawn_app;

fn links(html: &str, prefix: &str) -> Vec<String> {
    html.match_indices(&format!("href=\"{prefix}"))
        .filter_map(|(i, _)| {
            let rest = &html[i + 6..];
            rest.find('"').map(|end| rest[..end].to_owned())
        })
        .filter(|l| l[prefix.len()..].chars().all(|c| c.is_ascii_digit()))
        .collect()
}

#[tokio::test]
async fn lists_show_the_demo_offers_and_needs() {
    let app = spawn_app().await;
    let (status, offers) = app.text("/offers").await;
    assert_eq!(status, 200);
    assert!(links(&offers, "/offers/").len() >= 80);
    let (status, needs) = app.text("/needs?category=rooms").await;
    assert_eq!(status, 200);
    let rooms = links(&needs, "/needs/").len();
    assert!(rooms > 0 && rooms < 40, "{rooms} room needs");
    let (status, html) = app.text("/needs?category=Raumfahrt").await;
    assert_eq!(status, 400);
    assert!(html.contains("role=\"alert\""));
}

#[tokio::test]
async fn needs_show_offers_of_other_associations_with_reasons() {
    let app = spawn_app().await;
    let (_, needs) = app.text("/needs").await;
    let mut with_suggestions = 0;
    for url in links(&needs, "/needs/") {
        let (status, html) = app.text(&url).await;
        assert_eq!(status, 200);
        let own = html
            .split("class=\"lead\"")
            .nth(1)
            .and_then(|s| s.split("href=\"").nth(1))
            .and_then(|s| s.split('"').next())
            .map(str::to_owned);
        let suggestions = html.split("id=\"pairings-heading\"").nth(1).unwrap_or_default();
        if suggestions.contains("class=\"reasons\"") {
            with_suggestions += 1;
            if let Some(own) = own {
                assert!(!suggestions.contains(&format!("href=\"{own}\"")), "{url} suggests its own association");
            }
        }
    }
    assert!(with_suggestions >= 10, "only {with_suggestions} needs with suggestions");
}

#[tokio::test]
async fn reasons_are_translated() {
    let app = spawn_app().await;
    let (_, needs) = app.text("/needs?category=rooms").await;
    for url in links(&needs, "/needs/") {
        let (_, de) = app.text(&format!("{url}?lang=de")).await;
        if de.contains("Uhrzeit passt") {
            let (_, ar) = app.text(&format!("{url}?lang=ar")).await;
            assert!(ar.contains("الوقت مناسب"), "{url}");
            return;
        }
    }
    panic!("no room need with a time reason");
}

#[tokio::test]
async fn wrong_kind_or_unknown_ids_are_404() {
    let app = spawn_app().await;
    let (_, needs) = app.text("/needs").await;
    let need = links(&needs, "/needs/").into_iter().next().unwrap();
    let id = need.trim_start_matches("/needs/");
    assert_eq!(app.text(&format!("/offers/{id}")).await.0, 404);
    assert_eq!(app.text("/needs/abc").await.0, 404);
    assert_eq!(app.text("/needs/999999999").await.0, 404);
}

#[tokio::test]
async fn profiles_list_their_offers_and_needs() {
    let app = spawn_app().await;
    let (_, html) = app.text("/organisations/frauencafe-lindenbluete").await;
    assert!(html.contains("Wir bieten") && html.contains("Wir suchen"));
    assert!(!links(&html, "/offers/").is_empty());
}

#[tokio::test]
async fn offers_needs_and_suggestions_as_open_data() {
    let app = spawn_app().await;
    let (status, offers) = app.json("/api/v1/offers?category=rooms").await;
    assert_eq!(status, 200);
    let items = offers["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(items.iter().all(|i| i["category"] == "rooms" && i["kind"] == "offer"));
    let (_, needs) = app.json("/api/v1/needs").await;
    let mut found = false;
    for need in needs["items"].as_array().unwrap() {
        let (status, list) = app.json(&format!("/api/v1/needs/{}/suggestions?lang=en", need["id"])).await;
        assert_eq!(status, 200);
        for s in list.as_array().unwrap() {
            assert_ne!(s["offer"]["organisation"], need["organisation"], "never the same association");
            assert!(s["reasons"].as_array().is_some_and(|r| !r.is_empty()));
            found = true;
        }
    }
    assert!(found);
    assert_eq!(app.json("/api/v1/needs/0/suggestions").await.0, 404);
    assert_eq!(app.json("/api/v1/offers?category=nope").await.1["error"]["code"], "unknown_category");
    let (_, doc) = app.json("/api/openapi.json").await;
    assert!(doc["paths"].get("/api/v1/needs/{id}/suggestions").is_some());
}

#[tokio::test]
async fn a_representative_posts_a_need_sees_fitting_offers_and_closes_it() {
    let app = testkit::spawn_app().await;
    app.representative_of("vera@verein.example", "kulturverein-brueckenschlag").await;
    app.representative_of("ali@verein.example", "circolo-il-ponte").await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let page = vera.get("/organisations/kulturverein-brueckenschlag/items/new?kind=need").await;
    assert_eq!(page.status, 200);
    let page =
        vera.post("/organisations/kulturverein-brueckenschlag/items", &[("kind", "need"), ("title", ""), ("category", "rooms")]).await;
    assert_eq!(page.status, 422, "a missing title is named");
    assert!(page.body.contains("err-title"));
    let fields = [
        ("kind", "need"),
        ("title", "Raum für unser Familienfest gesucht"),
        ("description", "Wir suchen einen Saal für 60 Personen mit Küche."),
        ("category", "rooms"),
        ("weekdays", "Sa"),
        ("languages", "de"),
        ("text_lang", "de"),
    ];
    let page = vera.post("/organisations/kulturverein-brueckenschlag/items", &fields).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let location = page.location.unwrap();
    assert!(location.starts_with("/needs/"), "{location}");
    let page = vera.get(&location).await;
    assert!(page.body.contains("Raum für unser Familienfest gesucht"));
    assert!(page.body.contains("/offers/"), "fitting offers are suggested at once");
    let id = location.trim_start_matches("/needs/").split('?').next().unwrap().to_owned();
    let mut ali = app.signed_in("ali@verein.example", None).await;
    let page = ali.post(&format!("/items/{id}/close"), &[]).await;
    assert_eq!(page.status, 403, "another association cannot close it");
    let page = vera.post(&format!("/items/{id}/close"), &[]).await;
    assert_eq!(page.status, 303);
    let (status, body) = app.text("/needs").await;
    assert_eq!(status, 200);
    assert!(!body.contains("Raum für unser Familienfest gesucht"), "closed needs leave the list");
}

#[tokio::test]
async fn an_introduction_is_asked_accepted_and_only_then_shares_contacts() {
    let app = testkit::spawn_app().await;
    app.representative_of("vera@verein.example", "kulturverein-brueckenschlag").await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let fields = [("kind", "need"), ("title", "Saal für Familienfest gesucht"), ("category", "rooms"), ("text_lang", "de")];
    let location = vera.post("/organisations/kulturverein-brueckenschlag/items", &fields).await.location.unwrap();
    let need: i64 = location.trim_start_matches("/needs/").split('?').next().unwrap().parse().unwrap();
    let suggestions = app.state.marketplace.view().suggestions(domain::marketplace::ItemId(need), domain::organisation::Audience::Office);
    assert!(suggestions.len() >= 2, "the demo city has rooms on offer");
    let (first, second) = (&suggestions[0].other, &suggestions[1].other);
    let slug = |org| app.state.directory.index().by_id(org).unwrap().slug().to_owned();
    app.representative_of("anbieter@verein.example", &slug(first.org)).await;
    let page = vera.get(&location).await;
    assert!(page.body.contains(r#"action="/introductions""#), "the seeker can ask");

    // Dismissed suggestions stay hidden.
    let page =
        vera.post("/introductions", &[("need", &need.to_string()), ("offer", &second.id.0.to_string()), ("action", "dismiss")]).await;
    assert_eq!(page.status, 303);
    let page = vera.get(&location).await;
    assert!(!page.body.contains(&format!("/offers/{}\"", second.id.0)), "dismissed offer hidden");

    let page = vera
        .post(
            "/introductions",
            &[("need", &need.to_string()), ("offer", &first.id.0.to_string()), ("action", "request"), ("message", "Wir feiern im Mai.")],
        )
        .await;
    assert_eq!(page.location.as_deref(), Some("/introductions?asked=1"));
    let mails = app.mails().await;
    assert!(mails.iter().any(|(to, _, body)| to.contains("anbieter@") && body.contains("Wir feiern im Mai.")), "{mails:?}");
    let page = vera.get("/introductions").await;
    assert!(page.body.contains("angefragt") && !page.body.contains("mailto:anbieter@"), "no contact before acceptance");

    let mut anbieter = app.signed_in("anbieter@verein.example", None).await;
    let page = anbieter.get("/introductions").await;
    let id = page
        .body
        .split(r#"action="/introductions/"#)
        .nth(1)
        .unwrap_or_else(|| panic!("{}", page.body))
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(vera.post(&format!("/introductions/{id}"), &[("action", "accept")]).await.status, 403, "the asking side cannot accept");
    assert_eq!(anbieter.post(&format!("/introductions/{id}"), &[("action", "accept")]).await.status, 303);
    let page = vera.get("/introductions").await;
    assert!(page.body.contains("mailto:anbieter@verein.example"), "contact shown after acceptance");
    let mails = app.mails().await;
    assert!(mails.iter().any(|(to, _, body)| to.contains("vera@") && body.contains("anbieter@verein.example")));
    assert!(mails.iter().any(|(to, _, body)| to.contains("anbieter@") && body.contains("vera@verein.example")));
    assert_eq!(vera.post(&format!("/introductions/{id}"), &[("action", "done")]).await.status, 303);
    assert!(vera.get("/introductions").await.body.contains("erledigt"));

    // The office's synergy board lists the cooperation; representatives may not see the board.
    assert_eq!(vera.get("/office/synergy").await.status, 403);
    let office_id = app.user("koordination@stadt.example", domain::accounts::Role::Coordinator).await;
    let secret = app.with_totp(office_id).await;
    let mut office = app.signed_in("koordination@stadt.example", Some(&secret)).await;
    let page = office.get("/office/synergy").await;
    assert_eq!(page.status, 200);
    let agreed = page.body.split("Vereinbarte Zusammenarbeit").nth(1).unwrap();
    assert!(agreed.contains("Saal für Familienfest gesucht"), "{agreed}");
    assert!(page.body.contains("Räume") && page.body.contains("Gesuche ohne passendes Angebot"));
}

#[tokio::test]
async fn the_weekly_digest_goes_to_subscribers_with_strong_new_matches_only() {
    use app::marketplace::digest::{Digest, STRONG};
    use domain::marketplace::{ItemId, ItemKind};
    let app = testkit::spawn_app().await;
    let view = app.state.marketplace.view();
    let need = view
        .list(ItemKind::Need, &Default::default(), domain::organisation::Audience::Office)
        .into_iter()
        .find(|n| view.suggestions(n.id, domain::organisation::Audience::Office).iter().any(|p| p.score >= STRONG))
        .unwrap();
    let slug = app.state.directory.index().by_id(need.org).unwrap().slug().to_owned();
    app.representative_of("abo@verein.example", &slug).await;
    app.representative_of("ohne@verein.example", &slug).await;
    let mut rep = app.signed_in("abo@verein.example", None).await;
    assert_eq!(rep.post("/account/digest", &[("digest", "on")]).await.status, 303);
    assert!(rep.get("/account").await.body.contains(r#"name="digest" type="checkbox" value="on" checked"#));
    let digest = Digest {
        directory: app.state.directory.store().clone(),
        items: app.state.marketplace.items().clone(),
        introductions: app.state.marketplace.introductions().clone(),
        accounts: app.state.accounts.clone(),
        jobs: app.state.jobs.store().clone(),
        text: std::sync::Arc::new(web::mail_text::FluentMail { locale: domain::language::UiLocale::De, instance: "Knotenpunkt".into() }),
        base_url: app.base.clone(),
        clock: app.state.clock.clone(),
    };
    let (newest, sent) = digest.send(ItemId(0)).await.unwrap();
    assert_eq!(sent, 1, "one subscriber, one mail");
    let mails = app.mails().await;
    let (_, subject, body) = mails.iter().find(|(to, _, _)| to.contains("abo@")).unwrap();
    assert!(subject.contains("passende") && body.contains(&need.content.title), "{body}");
    assert!(body.contains(&format!("{}/needs/{}", app.base, need.id)), "each pairing links to the need's page: {body}");
    assert!(!mails.iter().any(|(to, _, _)| to.contains("ohne@")), "only subscribers get it");
    let (_, sent) = digest.send(newest).await.unwrap();
    assert_eq!(sent, 0, "nothing new, nothing sent");
}

#[tokio::test]
async fn network_only_items_are_seen_by_the_network_only() {
    use domain::organisation::Audience;
    let app = testkit::spawn_app().await;
    app.representative_of("vera@verein.example", "kulturverein-brueckenschlag").await;
    app.representative_of("ali@verein.example", "circolo-il-ponte").await;
    app.user("neu@example.org", domain::accounts::Role::Representative).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let form = vera.get("/organisations/kulturverein-brueckenschlag/items/new?kind=offer").await;
    assert!(form.body.contains(r#"name="visibility" type="radio" value="network""#), "the form asks who may see it");
    let offer = [
        ("kind", "offer"),
        ("title", "Festsaal für Familienfeiern, samstags"),
        ("description", "Unser Festsaal für 60 Personen mit Küche ist samstags frei."),
        ("category", "rooms"),
        ("weekdays", "Sa"),
        ("text_lang", "de"),
        ("visibility", "network"),
    ];
    let location = vera.post("/organisations/kulturverein-brueckenschlag/items", &offer).await.location.unwrap();
    let offer_url = location.split('?').next().unwrap().to_owned();
    let offer_id: i64 = offer_url.trim_start_matches("/offers/").parse().unwrap();

    // The public sees it nowhere: not in the list, not as a page, not on the profile, not in the API.
    let title = "Festsaal für Familienfeiern, samstags";
    assert!(!app.text("/offers").await.1.contains(title));
    assert_eq!(app.text(&offer_url).await.0, 404);
    assert!(!app.text("/organisations/kulturverein-brueckenschlag").await.1.contains(title));
    assert!(!app.text("/api/v1/offers?category=rooms").await.1.contains(title));
    // Nor does an account that represents no association.
    let mut newcomer = app.signed_in("neu@example.org", None).await;
    assert_eq!(newcomer.get(&offer_url).await.status, 404);
    assert!(!newcomer.get("/offers").await.body.contains(title));

    // Another association's representative sees it, marked as shared with the network only.
    let mut ali = app.signed_in("ali@verein.example", None).await;
    let list = ali.get("/offers?category=rooms").await.body;
    assert!(list.contains(title) && list.contains("nur im Netzwerk"), "members see it with its note");
    assert_eq!(ali.get(&offer_url).await.status, 200);
    assert!(ali.get("/organisations/kulturverein-brueckenschlag").await.body.contains(title));

    // It is suggested for a fitting need to members, never to the public.
    let need = [
        ("kind", "need"),
        ("title", "Saal für unser Familienfest am Samstag gesucht"),
        ("description", "Wir suchen einen Festsaal mit Küche für 50 Personen."),
        ("category", "rooms"),
        ("weekdays", "Sa"),
        ("text_lang", "de"),
    ];
    let need_url = ali.post("/organisations/circolo-il-ponte/items", &need).await.location.unwrap();
    let need_url = need_url.split('?').next().unwrap().to_owned();
    let need_id: i64 = need_url.trim_start_matches("/needs/").parse().unwrap();
    let view = app.state.marketplace.view();
    let office = view.suggestions(domain::marketplace::ItemId(need_id), Audience::Office);
    assert!(office.iter().any(|p| p.other.id.0 == offer_id), "the engine pairs them");
    let public = view.suggestions(domain::marketplace::ItemId(need_id), Audience::Public);
    assert!(public.iter().all(|p| p.other.id.0 != offer_id));
    assert!(public.len() >= office.len().min(10) - 1, "hiding one offer does not shorten the public list by more than it");
    let link = format!("href=\"{offer_url}\"");
    assert!(ali.get(&need_url).await.body.contains(&link));
    assert!(!app.text(&need_url).await.1.contains(&link));
    let (_, api) = app.json(&format!("/api/v1/needs/{need_id}/suggestions")).await;
    assert!(api.as_array().unwrap().iter().all(|s| s["offer"]["id"] != offer_id));

    // A visibility that is not offered is named at its field, with the input kept.
    let mut wrong = need.to_vec();
    wrong.retain(|(k, _)| *k != "visibility");
    wrong.push(("visibility", "geheim"));
    let page = ali.post("/organisations/circolo-il-ponte/items", &wrong).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("err-visibility") && page.body.contains("Saal für unser Familienfest am Samstag gesucht"));
}

#[tokio::test]
async fn lists_are_searched_by_words_across_languages_and_filtered_by_language() {
    let app = spawn_app().await;
    // "Dolmetschen" finds offers written in Turkish, Ukrainian and Arabic.
    let (status, html) = app.text("/offers?q=Dolmetschen&lang=de").await;
    assert_eq!(status, 200);
    for title in
        ["Türkçe–Almanca tercümanlık", "Усний переклад українською та російською", "ترجمة عربي – ألماني", "Dolmetschen Polnisch–Deutsch"]
    {
        assert!(html.contains(title), "{title} is found by “Dolmetschen”");
    }
    assert!(!html.contains("Hausaufgabenhilfe für Grundschulkinder"));
    assert!(html.contains(r#"name="q" type="search" value="Dolmetschen""#), "the words are kept");
    assert!(html.contains(r#"href="/needs?q=Dolmetschen""#), "the other list with the same search");
    // And a need written in Ukrainian is found by the German word.
    let (_, needs) = app.text("/needs?q=Raum").await;
    assert!(needs.contains("Приміщення для суботньої школи") && needs.contains("Raum für unsere Samstagsschule"));
    // Words that start a word match too ("Haus" → "Hausaufgabenhilfe").
    assert!(app.text("/offers?q=Haus").await.1.contains("Hausaufgabenhilfe für Grundschulkinder"));
    assert!(links(&app.text("/offers?q=Zebrastreifen").await.1, "/offers/").is_empty());

    // Language: offered in it or written in it.
    let (_, arabic) = app.json("/api/v1/offers?language=ar").await;
    let arabic = arabic["items"].as_array().unwrap();
    assert!(arabic.len() >= 3);
    assert!(arabic.iter().all(|i| i["text_lang"] == "ar" || i["languages"].as_array().unwrap().iter().any(|l| l == "ar")));
    let (_, html) = app.text("/offers?language=ar&lang=de").await;
    assert!(html.contains(r#"<option value="ar" selected>Arabisch</option>"#));

    // A district includes what is offered anywhere in the city.
    let (_, west) = app.json("/api/v1/offers?district=weststadt").await;
    let west = west["items"].as_array().unwrap();
    assert!(west.iter().any(|i| i["district"].is_null()) && west.iter().any(|i| i["district"] == "weststadt"));
    assert!(west.iter().all(|i| i["district"].is_null() || i["district"] == "weststadt"));

    // Bad input: a translated message, the words kept, a stable code in the API.
    let (status, html) = app.text("/offers?q=Saal&language=x!&lang=de").await;
    assert_eq!(status, 400);
    assert!(html.contains("role=\"alert\"") && html.contains(r#"value="Saal""#));
    let long = "a".repeat(201);
    assert_eq!(app.json(&format!("/api/v1/needs?q={long}")).await.1["error"]["code"], "query_too_long");
    assert_eq!(app.json("/api/v1/needs?language=x!").await.1["error"]["code"], "invalid_language");
}

#[tokio::test]
async fn a_representative_changes_an_item_and_its_suggestions_follow() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", "kulturverein-brueckenschlag").await;
    app.representative_of("ali@verein.example", "circolo-il-ponte").await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let need =
        [("kind", "need"), ("title", "Raum für Familienfest gesucht"), ("category", "rooms"), ("weekdays", "Sa"), ("text_lang", "de")];
    let location = vera.post("/organisations/kulturverein-brueckenschlag/items", &need).await.location.unwrap();
    let id: i64 = location.trim_start_matches("/needs/").split('?').next().unwrap().parse().unwrap();
    let page = vera.get(&format!("/needs/{id}")).await;
    assert!(page.body.contains(&format!(r#"href="/items/{id}/edit""#)), "its representative sees how to change it");
    assert!(!app.text(&format!("/needs/{id}")).await.1.contains("/edit\""), "visitors do not");

    // The form comes filled; a bad change is named and keeps the input.
    let form = vera.get(&format!("/items/{id}/edit")).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains(r#"value="Raum für Familienfest gesucht""#) && form.body.contains(r#"value="Sa" checked"#));
    assert!(form.body.contains(&format!(r#"action="/items/{id}""#)));
    let page = vera.post(&format!("/items/{id}"), &[("title", "x"), ("category", "language"), ("description", "Bitte bis Mai")]).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("err-title") && page.body.contains("Bitte bis Mai"));

    // Another association may not change it.
    let mut ali = app.signed_in("ali@verein.example", None).await;
    assert_eq!(ali.get(&format!("/items/{id}/edit")).await.status, 403);
    assert_eq!(ali.post(&format!("/items/{id}"), &[("title", "Übernommen"), ("category", "rooms")]).await.status, 403);

    // A good change takes effect at once: new text, new suggestions.
    let before = app.state.marketplace.view().suggestions(domain::marketplace::ItemId(id), domain::organisation::Audience::Office);
    assert!(before.iter().all(|p| p.other.content.category == "rooms" || p.other.content.category == "events"));
    let change = [
        ("title", "Dolmetschen Arabisch–Deutsch gesucht"),
        ("description", "Für Elterngespräche in der Schule."),
        ("category", "language"),
        ("languages", "ar"),
        ("text_lang", "de"),
    ];
    let page = vera.post(&format!("/items/{id}"), &change).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/needs/{id}?saved=1")));
    let page = vera.get(&format!("/needs/{id}?saved=1")).await;
    assert!(page.body.contains("Dolmetschen Arabisch–Deutsch gesucht") && page.body.contains(r#"id="saved""#));
    let after = app.state.marketplace.view().suggestions(domain::marketplace::ItemId(id), domain::organisation::Audience::Office);
    assert!(!after.is_empty() && after.iter().all(|p| p.other.content.category == "language"), "now interpreters are suggested");
    let (_, found) = app.text("/needs?q=Dolmetschen").await;
    assert!(found.contains("Dolmetschen Arabisch–Deutsch gesucht"), "the search knows the new words");
    assert!(!app.text("/needs?q=Familienfest").await.1.contains(&format!(r#"/needs/{id}""#)), "and forgot the old ones");
    let audit = app.state.accounts.audit_events(50).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "item.edit" && e.target == format!("item:{id}")));

    // A closed item cannot be changed any more.
    vera.post(&format!("/items/{id}/close"), &[]).await;
    assert_eq!(vera.get(&format!("/items/{id}/edit")).await.status, 404);
    assert_eq!(vera.post(&format!("/items/{id}"), &change).await.status, 404);
}

#[tokio::test]
async fn an_item_past_its_end_date_leaves_the_lists_until_it_is_extended() {
    use app::ports::{Author, NewItem};
    use domain::marketplace::{ItemContent, ItemKind};
    let app = spawn_app().await;
    let org = app.state.directory.index().get("kulturverein-brueckenschlag").unwrap().id();
    let content = |title: &str, end: &str| ItemContent {
        title: title.into(),
        description: "Für 40 Personen.".into(),
        category: "rooms".into(),
        languages: Vec::new(),
        weekdays: None,
        time: None,
        district: None,
        end_date: Some(end.into()),
        text_lang: "de".into(),
        visibility: Default::default(),
    };
    let items = [
        NewItem { org, kind: ItemKind::Need, content: content("Alter Raumbedarf", "2020-01-01") },
        NewItem { org, kind: ItemKind::Offer, content: content("Saal bis 2099", "2099-12-31") },
    ];
    let ids = app.state.marketplace.items().create_items(&items, &Author::system("test")).await.unwrap();
    app.state.marketplace.refresh_if_changed().await.unwrap();

    let (_, needs) = app.text("/needs").await;
    assert!(!needs.contains("Alter Raumbedarf"), "expired needs are not listed");
    assert_eq!(app.text(&format!("/needs/{}", ids[0].0)).await.0, 404);
    let view = app.state.marketplace.view();
    let all_offers = view.list(ItemKind::Offer, &Default::default(), domain::organisation::Audience::Office);
    assert!(all_offers.iter().all(|o| view.seekers(o.id, domain::organisation::Audience::Office).iter().all(|p| p.other.id != ids[0])));
    let (_, offers) = app.text("/offers?lang=de").await;
    assert!(offers.contains("Saal bis 2099") && offers.contains("gilt bis: <span dir=\"ltr\">2099-12-31</span>"));

    // Its association sees it on the edit page, marked, and extends it.
    app.representative_of("vera@verein.example", "kulturverein-brueckenschlag").await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let edit = vera.get("/organisations/kulturverein-brueckenschlag/edit?lang=de").await;
    assert!(edit.body.contains("abgelaufen am 2020-01-01") && edit.body.contains(&format!(r#"href="/items/{}/edit""#, ids[0].0)));
    let extend = [("title", "Alter Raumbedarf"), ("category", "rooms"), ("text_lang", "de"), ("end_date", "2099-01-01")];
    let page = vera.post(&format!("/items/{}", ids[0].0), &extend).await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert!(app.text("/needs").await.1.contains("Alter Raumbedarf"), "listed again");
}

#[tokio::test]
async fn suggestions_show_their_strength_in_dots_and_words_strongest_first() {
    let app = spawn_app().await;
    let (_, needs) = app.text("/needs?lang=de").await;
    let ids: Vec<String> = needs.split("href=\"/needs/").skip(1).filter_map(|s| s.split('"').next()).map(str::to_owned).collect();
    let mut shown = 0;
    for id in ids {
        let (_, html) = app.text(&format!("/needs/{id}?lang=de")).await;
        let levels: Vec<u8> = html.split("class=\"badge strength strength-").skip(1).filter_map(|s| s[..1].parse().ok()).collect();
        if levels.is_empty() {
            continue;
        }
        shown += 1;
        assert!(html.contains("Die stärksten Treffer stehen oben"), "the order is explained");
        assert!(levels.windows(2).all(|w| w[0] >= w[1]), "strongest first: {levels:?}");
        for (level, words) in [(3, "●●●</span> passt sehr gut"), (2, "●●○</span> passt<"), (1, "●○○</span> passt teilweise")]
        {
            if levels.contains(&level) {
                assert!(html.contains(words), "level {level} in dots and words");
            }
        }
    }
    assert!(shown > 0, "the demo's needs have suggestions");
}

/// The office sees on a need's page the score of each match and the offers on the same subject
/// that were not shown, each with the constraint or score that kept it out, and can report a
/// mistake through the contact form, filled in; nobody else sees any of it.
#[tokio::test]
async fn the_office_sees_why_and_why_not_and_can_report_a_mistake() {
    use domain::marketplace::ItemKind;
    use domain::organisation::Audience;
    let app = spawn_app().await;
    let view = app.state.marketplace.view();
    let (need, miss) = view
        .list(ItemKind::Need, &Default::default(), Audience::Office)
        .into_iter()
        .filter(|n| !view.suggestions(n.id, Audience::Office).is_empty())
        .find_map(|n| view.near_misses(n.id, Audience::Office).into_iter().next().map(|m| (n, m)))
        .expect("a need with matches and a near miss in the demo");
    let url = format!("/needs/{}", need.id.0);
    let report = format!("/contact?need={}&#38;offer={}&#38;report=missed#anliegen", need.id.0, miss.other.id.0);

    let office_id = app.user("koordination@stadt.example", domain::accounts::Role::Coordinator).await;
    let secret = app.with_totp(office_id).await;
    let mut office = app.signed_in("koordination@stadt.example", Some(&secret)).await;
    let page = office.get(&url).await;
    assert_eq!(page.status, 200);
    let why_not = page.body.split("id=\"why-not-heading\"").nth(1).unwrap_or_else(|| panic!("no why-not section: {}", page.body));
    assert!(why_not.contains(&format!("href=\"/offers/{}\"", miss.other.id.0)), "{why_not}");
    assert!(why_not.contains(&report), "{why_not}");
    assert!(why_not.contains("Warum nicht:"), "{why_not}");
    let matches = page.body.split("id=\"pairings-heading\"").nth(1).unwrap().split("id=\"why-not-heading\"").next().unwrap();
    assert!(matches.contains("Treffer-Wert 0.") || matches.contains("Treffer-Wert 1.00"), "{matches}");
    assert!(matches.contains("report=suggested"), "{matches}");
    // In Arabic too: the reasons for not showing are translated.
    let ar = office.get(&format!("{url}?lang=ar")).await.body;
    assert!(ar.contains("عروض لم تظهر") && ar.contains("الإبلاغ عن خطأ"), "{ar}");
    // Back to German (the choice of language is kept for the session).
    assert_eq!(office.get(&format!("{url}?lang=de")).await.status, 200);

    // The report link fills in the contact form: kind "problem", the need and the offer named.
    let form = office.get(&report.replace("&#38;", "&")).await;
    assert_eq!(form.status, 200);
    let text = form.body.split("id=\"f-text\"").nth(1).unwrap().split("</textarea>").next().unwrap();
    assert!(text.contains("Fehlender Treffer") && text.contains(&format!("/offers/{}", miss.other.id.0)), "{text}");
    assert!(text.contains(&format!("/needs/{}", need.id.0)), "{text}");
    assert!(form.body.contains(r#"<option value="concern" selected"#), "the kind is chosen");
    // Wrong or hostile parameters fill in nothing and break nothing.
    for bad in [
        format!("/contact?need={}&offer={}&report=missed", miss.other.id.0, need.id.0),
        format!("/contact?need={}&offer={}&report=<script>", need.id.0, miss.other.id.0),
        format!("/contact?need=abc&offer={}&report=suggested", miss.other.id.0),
        format!("/contact?need=99999999999999999999&offer={}&report=suggested", miss.other.id.0),
        format!("/contact?need={}&offer=-1&report=missed", need.id.0),
    ] {
        let page = office.get(&bad).await;
        assert_eq!(page.status, 200, "{bad}");
        assert!(!page.body.contains("Fehlender Treffer") && !page.body.contains("Falscher Treffer"), "{bad}");
        assert!(!page.body.contains("<script>"), "{bad}");
    }

    // Visitors and representatives see the matches and their reasons, not the office's view.
    let (status, public) = app.text(&url).await;
    assert_eq!(status, 200);
    assert!(!public.contains("why-not-heading") && !public.contains("Treffer-Wert") && !public.contains("/contact?need="));
    let slug = app.state.directory.index().by_id(need.org).unwrap().slug().to_owned();
    app.representative_of("rep@verein.example", &slug).await;
    let mut rep = app.signed_in("rep@verein.example", None).await;
    let own = rep.get(&url).await.body;
    assert!(own.contains("class=\"reasons\"") && !own.contains("why-not-heading") && !own.contains("Treffer-Wert"));
}
