//! The JSON API, CSV export and OpenAPI description.

use testkit::spawn_app;

#[tokio::test]
async fn healthz_answers_when_ready() {
    let app = spawn_app().await;
    let (status, body) = app.json("/healthz").await;
    assert_eq!(status, 200);
    assert_eq!(body["status"], "ok");
}

#[tokio::test]
async fn list_has_the_documented_shape() {
    let app = spawn_app().await;
    let (status, body) = app.json("/api/v1/organisations?per_page=5&page=2").await;
    assert_eq!(status, 200);
    assert!(body["total"].as_u64().unwrap() >= 40);
    assert_eq!(body["page"], 2);
    assert_eq!(body["per_page"], 5);
    let items = body["items"].as_array().unwrap();
    assert_eq!(items.len(), 5);
    for key in ["id", "slug", "name", "summary", "categories", "languages", "district", "position", "url"] {
        assert!(items[0].get(key).is_some(), "item lacks {key}: {}", items[0]);
    }
    let with_position = items.iter().find(|i| !i["position"].is_null()).unwrap();
    assert!(with_position["position"]["lat"].is_f64() && with_position["position"]["lon"].is_f64());
    assert!(items[0]["url"].as_str().unwrap().starts_with(&app.base));
}

#[tokio::test]
async fn filters_narrow_the_list() {
    let app = spawn_app().await;
    let (_, all) = app.json("/api/v1/organisations?per_page=100").await;
    let (_, msos) = app.json("/api/v1/organisations?mso=true&per_page=100").await;
    let (_, arabic) = app.json("/api/v1/organisations?language=ar&category=language&per_page=100").await;
    assert!(msos["total"].as_u64() < all["total"].as_u64());
    for item in arabic["items"].as_array().unwrap() {
        assert!(item["languages"].as_array().unwrap().iter().any(|l| l == "ar"));
        assert!(item["categories"].as_array().unwrap().iter().any(|c| c == "language"));
    }
    assert!(arabic["total"].as_u64().unwrap() > 0);
}

#[tokio::test]
async fn bad_parameters_answer_400_with_a_code() {
    let app = spawn_app().await;
    let long = "x".repeat(10_000);
    let cases = [
        ("category=nope".to_owned(), "unknown_category"),
        ("per_page=1000".to_owned(), "invalid_per_page"),
        ("per_page=0".to_owned(), "invalid_per_page"),
        ("page=-1".to_owned(), "invalid_page"),
        ("page=abc".to_owned(), "invalid_page"),
        (format!("q={long}"), "query_too_long"),
        ("district=atlantis".to_owned(), "unknown_district"),
        ("target_group=x".to_owned(), "unknown_target_group"),
        ("language=1234".to_owned(), "invalid_language"),
        ("mso=vielleicht".to_owned(), "invalid_mso"),
        ("sort=chaos".to_owned(), "invalid_sort"),
    ];
    for (query, code) in cases {
        let (status, body) = app.json(&format!("/api/v1/organisations?{query}")).await;
        assert_eq!(status, 400, "{code}");
        assert_eq!(body["error"]["code"], code);
        assert!(body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
}

#[tokio::test]
async fn profile_by_slug_and_unknown_slug() {
    let app = spawn_app().await;
    let (_, list) = app.json("/api/v1/organisations?per_page=1").await;
    let slug = list["items"][0]["slug"].as_str().unwrap().to_owned();
    let (status, profile) = app.json(&format!("/api/v1/organisations/{slug}")).await;
    assert_eq!(status, 200);
    assert_eq!(profile["slug"], slug.as_str());
    for key in ["legal_form", "mso", "description", "target_groups", "contact", "contact_persons", "updated_at"] {
        assert!(profile.get(key).is_some(), "profile lacks {key}");
    }
    let (status, body) = app.json("/api/v1/organisations/gibt-es-nicht").await;
    assert_eq!(status, 404);
    assert_eq!(body["error"]["code"], "not_found");
    let (status, body) = app.json("/api/v1/unknown").await;
    assert_eq!((status, body["error"]["code"].as_str()), (404, Some("not_found")));
}

#[tokio::test]
async fn csv_has_a_header_and_one_row_per_organisation() {
    let app = spawn_app().await;
    let response = app.get("/api/v1/organisations.csv").await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let body = response.text().await.unwrap();
    let mut reader = body.as_bytes();
    let mut lines = 0;
    let mut text = String::new();
    while std::io::BufRead::read_line(&mut reader, &mut text).unwrap() > 0 {
        lines += 1;
    }
    assert!(body.starts_with("id,slug,name,short_name,legal_form,mso"));
    assert!(body.contains("Ludwigsburg"));
    let total = app.json("/api/v1/organisations").await.1["total"].as_u64().unwrap() as usize;
    assert!(lines > total, "one header and at least one line per organisation ({lines} lines, {total} organisations)");
}

#[tokio::test]
async fn openapi_describes_every_endpoint() {
    let app = spawn_app().await;
    let (status, doc) = app.json("/api/openapi.json").await;
    assert_eq!(status, 200);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in ["/api/v1/organisations", "/api/v1/organisations/{slug}", "/api/v1/organisations.csv"] {
        assert!(doc["paths"].get(path).is_some(), "missing {path}");
    }
    assert!(doc["components"]["schemas"].get("ListResponse").is_some());
}

#[tokio::test]
async fn repeated_or_odd_parameters_never_fail_the_server() {
    let app = spawn_app().await;
    for query in ["q=Frauen&q=x", "per_page=5&per_page=1000", "q=%FF%FE", "q=<script>", "unknown=1", "q=&category=&page="] {
        let (status, body) = app.json(&format!("/api/v1/organisations?{query}")).await;
        assert_eq!(status, 200, "{query}: {body}");
        let (status, _) = app.text(&format!("/organisations?{query}")).await;
        assert_eq!(status, 200, "{query}");
    }
}
