//! The office's reports over HTTP: the dashboard's figures agree with the rest of the program
//! (active associations = the open API's total, attendance = the check-in page), bad periods
//! and narratives come back kept and translated, hostile text is escaped, the funding report
//! downloads as PDF and CSV, and only the office sees any of it.

use domain::accounts::Role;
use testkit::browser::Browser;
use testkit::{spawn_app, TestApp};

const PERIOD: &str = "from=2020-01-01&to=2022-12-31";
const HELD: &str = "netzwerktreffen-2020-01-11";

async fn office(app: &TestApp) -> Browser {
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    app.signed_in("koordination@stadt.example", Some(&secret)).await
}

/// The value shown for the figure `key` (digits only, groups joined).
fn figure(html: &str, key: &str) -> String {
    let part = html.split(&format!("id=\"figure-{key}\"")).nth(1).unwrap_or_else(|| panic!("figure {key} missing"));
    let value = part.split("<span class=\"report-value\">").nth(1).and_then(|v| v.split('<').next()).unwrap_or_default();
    value.replace('\u{202F}', "")
}

#[tokio::test]
async fn the_figures_agree_with_the_directory_api_and_the_check_in_page() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let page = office.get(&format!("/office/reports?{PERIOD}")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let (status, api) = app.json("/api/v1/organisations").await;
    assert_eq!(status, 200);
    assert_eq!(figure(&page.body, "active"), api["total"].to_string(), "active associations = the API's total");

    let check_in = office.get(&format!("/office/meetings/{HELD}/check-in?lang=de")).await;
    let arrived = check_in.body.split("id=\"arrived\">").nth(1).and_then(|t| t.split(' ').next()).unwrap().to_owned();
    assert_eq!(figure(&page.body, "held"), "1", "the first meeting is the one held in 2020–2022");
    assert_eq!(figure(&page.body, "attended"), arrived, "attendance = the check-in page's arrived");
    assert!(page.body.contains("<svg") && page.body.contains("role=\"img\""), "charts are drawn");
    assert!(page.body.contains("id=\"table-attended-by-meeting\""), "each chart has its table");
    assert!(page.body.contains("<details>"), "definitions one click away");
    assert!(!figure(&page.body, "new-pairs-per-meeting").is_empty());

    // The demo's offers, needs, contact requests and inbox cases are dated in 2020–2022.
    let count = |key: &str| figure(&page.body, key).parse::<u64>().unwrap_or_else(|_| panic!("{key}: {}", figure(&page.body, key)));
    assert!(count("offers") >= 80 && count("needs") >= 80, "the demo's offers and needs were posted in 2020–2022");
    for key in ["needs-matched", "offers-matched", "days-to-match", "hours-to-answer", "days-to-close"] {
        let value = figure(&page.body, key);
        assert!(value.chars().next().is_some_and(|c| c.is_ascii_digit() && c != '0'), "{key}: {value}");
    }
    assert_eq!(count("cases"), 16, "the demo's inbox cases of 2020–2022");
    let later = office.get("/office/reports?from=2023-01-01&to=2023-12-31").await;
    assert_eq!((figure(&later.body, "offers"), figure(&later.body, "cases")), ("0".to_owned(), "0".to_owned()), "nothing after 2022");
    app.cleanup().await;
}

#[tokio::test]
async fn bad_periods_are_refused_kept_and_escaped() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let page = office.get("/office/reports?from=2022-13-01&to=2021-01-01&lang=de").await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("Bitte geben Sie ein gültiges Datum an"), "{}", page.body);
    assert!(page.body.contains("value=\"2022-13-01\""), "the input is kept");
    let page = office.get("/office/reports?from=2022-01-01&to=2021-01-01&lang=en").await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("The end is before the start"));
    let page = office.get("/office/reports?from=%3Cscript%3Ealert(1)%3C/script%3E&to=2021-01-01").await;
    assert_eq!(page.status, 422);
    assert!(!page.body.contains("<script>alert(1)"), "hostile input is escaped");
    let page = office.get(&format!("/office/reports?from={}&to=2021-01-01", "9".repeat(5000))).await;
    assert_eq!(page.status, 422);
    let (status, _, _) = office.download("/office/reports/funding.pdf?from=x&to=y").await;
    assert_eq!(status, 422, "a download with a bad period shows the form");
    app.cleanup().await;
}

#[tokio::test]
async fn the_narrative_is_saved_escaped_and_in_the_downloads() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let text = "Drei Jahre <b>Netzwerk</b> & =SUMME(A1)";
    let saved = office.post("/office/reports/narrative", &[("from", "2020-01-01"), ("to", "2022-12-31"), ("narrative", text)]).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let page = office.get(&format!("/office/reports?{PERIOD}&saved=1")).await;
    assert!(
        page.body.contains("Drei Jahre &lt;b&gt;Netzwerk&lt;/b&gt; &amp; =SUMME(A1)") || page.body.contains("Drei Jahre &#60;b&#62;"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("<b>Netzwerk</b>"));
    let too_long = "x".repeat(app::reports::MAX_NARRATIVE + 1);
    let refused = office.post("/office/reports/narrative", &[("from", "2020-01-01"), ("to", "2022-12-31"), ("narrative", &too_long)]).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains(&too_long), "the text is kept");
    let page = office.get(&format!("/office/reports?{PERIOD}")).await;
    assert!(page.body.contains("Drei Jahre"), "the refused text replaced nothing");

    let (status, content_type, csv) = office.download(&format!("/office/reports/funding.csv?{PERIOD}")).await;
    assert_eq!((status, content_type.as_str()), (200, "text/csv; charset=utf-8"));
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.contains("'=SUMME") || csv.contains("Drei Jahre <b>Netzwerk</b> & =SUMME(A1)"), "{csv}");
    assert!(csv.contains(HELD.trim_start_matches("netzwerktreffen-")) || csv.contains("2020-01-11"));
    assert!(csv.contains("Angebote nach Tätigkeitsfeld,Räume,"), "fields of offers by their own names: {csv}");
    assert!(!csv.contains(",rooms,") && !csv.contains(",events,"), "no bare keys: {csv}");
    let (status, content_type, pdf) = office.download(&format!("/office/reports/funding.pdf?{PERIOD}")).await;
    assert_eq!((status, content_type.as_str()), (200, "application/pdf"));
    assert!(pdf.starts_with(b"%PDF"));
    app.cleanup().await;
}

#[tokio::test]
async fn only_the_office_sees_reports() {
    let app = spawn_app().await;
    app.representative_of("vertretung@verein.example", "kulturverein-brueckenschlag").await;
    let mut member = app.signed_in("vertretung@verein.example", None).await;
    assert_eq!(member.get(&format!("/office/reports?{PERIOD}")).await.status, 403);
    assert_eq!(member.download(&format!("/office/reports/funding.csv?{PERIOD}")).await.0, 403);
    let saved = member.post("/office/reports/narrative", &[("from", "2020-01-01"), ("to", "2022-12-31"), ("narrative", "x")]).await;
    assert_eq!(saved.status, 403);
    let anonymous = app.get(&format!("/office/reports?{PERIOD}")).await;
    assert_ne!(anonymous.status().as_u16(), 200);
    app.cleanup().await;
}

#[tokio::test]
async fn the_surveys_of_the_period_show_their_response_rates() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let page = office.get("/office/reports?from=2019-01-01&to=2019-12-31&lang=de").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("id=\"section-surveys\""), "the demo survey falls in 2019");
    assert_eq!(figure(&page.body, "surveys"), "1");
    assert_eq!(figure(&page.body, "survey-invited"), "20", "the first meeting's 20 associations were invited");
    assert_eq!(figure(&page.body, "survey-responses"), "16", "four of them did not answer");
    assert!(figure(&page.body, "response-rate").starts_with("80,0"), "{}", figure(&page.body, "response-rate"));
    assert!(page.body.contains("id=\"table-response-rate-by-survey\""), "the chart has its table");
    assert!(page.body.contains("href=\"/office/surveys/vereinsbefragung-2019\""), "the title links to the survey's dashboard");
    let (status, _, csv) = office.download("/office/reports/funding.csv?from=2019-01-01&to=2019-12-31&lang=de").await;
    assert_eq!(status, 200);
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.contains("Rücklaufquote") && csv.contains(",20,16,"), "{csv}");
    let (status, content_type, pdf) = office.download("/office/reports/funding.pdf?from=2019-01-01&to=2019-12-31&lang=ar").await;
    assert_eq!((status, content_type.as_str()), (200, "application/pdf"), "the PDF with the survey section, right to left");
    assert!(pdf.starts_with(b"%PDF"));

    let page = office.get(&format!("/office/reports?{PERIOD}&lang=de")).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("id=\"section-surveys\""), "no survey falls in 2020–2022");
    assert!(!page.body.contains("Rücklaufquote"));
    app.cleanup().await;
}
