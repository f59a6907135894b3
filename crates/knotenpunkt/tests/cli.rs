//! The command line as evaluations and administrators use it: exit codes, output formats.

#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn knotenpunkt(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_knotenpunkt"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn repo(path: &str) -> String {
    format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn plan_seats_everyone_once_per_round() {
    let out = knotenpunkt(&["plan", "--instance", &repo("crates/planner/instances/meeting-40.json"), "--time-limit", "1"], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rounds = plan["rounds"].as_array().unwrap();
    assert_eq!(rounds.len(), 3);
    for round in rounds {
        let mut seated: Vec<&str> =
            round.as_array().unwrap().iter().flat_map(|t| t.as_array().unwrap()).map(|p| p.as_str().unwrap()).collect();
        assert_eq!(round.as_array().unwrap().len(), 4);
        seated.sort_unstable();
        seated.dedup();
        assert_eq!(seated.len(), 40);
    }
    let summary = String::from_utf8_lossy(&out.stderr);
    for field in ["repeats=", "lower_bound=", "distinct_pairs=", "known_pair_meetings=", "interests_met=", "seconds="] {
        assert!(summary.contains(field), "summary lacks {field}: {summary}");
    }
}

#[test]
fn plan_refuses_infeasible_input_with_exit_code_2() {
    let instance =
        r#"{"tables":2,"rounds":1,"capacity":4,"participants":[{"id":"a","org":"x"},{"id":"b","org":"x"},{"id":"c","org":"x"}]}"#;
    let out = knotenpunkt(&["plan", "--instance", "-"], Some(instance));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"x\""));
    let out = knotenpunkt(&["plan", "--instance", "/nonexistent.json"], None);
    assert_eq!(out.status.code(), Some(2));
    let out = knotenpunkt(&["plan", "--instance", "-"], Some("{not json"));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn match_answers_every_need() {
    let path = repo("crates/matching/eval/lindenau.json");
    let input: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let needs: Vec<&str> =
        input["items"].as_array().unwrap().iter().filter(|i| i["kind"] == "need").map(|i| i["id"].as_str().unwrap()).collect();
    let out = knotenpunkt(&["match", "--input", &path, "--top", "3"], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for need in needs {
        let list = result[need].as_array().unwrap_or_else(|| panic!("need {need} missing"));
        assert!(list.len() <= 3);
        for s in list {
            let score = s["score"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&score));
            assert!(s["offer"].is_string() && s["reasons"].is_array());
        }
    }
}

#[test]
fn match_names_the_bad_field_with_exit_code_2() {
    let out = knotenpunkt(&["match", "--input", "-"], Some(r#"{"organisations": [], "items": 5}"#));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("items"));
}

#[test]
fn help_lists_the_commands() {
    let out = knotenpunkt(&["--help"], None);
    let text = String::from_utf8_lossy(&out.stdout);
    for command in ["serve", "demo", "migrate", "admin", "plan", "match", "meeting"] {
        assert!(text.contains(command), "{command}");
    }
}

const ADMIN_PASSWORD: &str = "Lindenblüte am Marktplatz 7";

fn admin_create(data_dir: &std::path::Path, email: &str, stdin: &str) -> Output {
    knotenpunkt(&["admin", "create", "--email", email, "--data-dir", data_dir.to_str().unwrap()], Some(stdin))
}

#[test]
fn admin_create_reads_the_password_from_stdin_and_refuses_a_second_account_with_the_same_email() {
    let dir = tempfile::tempdir().unwrap();
    let out = admin_create(dir.path(), "Admin@Stadt.Example", &format!("{ADMIN_PASSWORD}\n"));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Administrator angelegt: admin@stadt.example"));
    assert!(dir.path().join("knotenpunkt.db").exists());

    let out = admin_create(dir.path(), "admin@stadt.example", ADMIN_PASSWORD);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bereits ein Konto"), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn admin_create_refuses_a_weak_password_and_a_bad_email_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = admin_create(dir.path(), "admin@stadt.example", "passwort1234\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("häufig verwendeter Passwörter"), "{}", String::from_utf8_lossy(&out.stderr));
    let out = admin_create(dir.path(), "admin@stadt.example", "kurz\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("mindestens 12 Zeichen"));
    let out = admin_create(dir.path(), "admin", &format!("{ADMIN_PASSWORD}\n"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("E-Mail-Adresse ist ungültig"));
}

/// `meeting export` of the demo's two meetings (loaded by `demo` as by `serve --demo`).
fn export(data_dir: &std::path::Path, slug: &str) -> serde_json::Value {
    let out = knotenpunkt(&["meeting", "export", "--meeting", slug, "--data-dir", data_dir.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('@') && !text.contains("Ayşe") && !text.contains("Verein"), "opaque ids only: {text}");
    serde_json::from_str(&text).unwrap()
}

#[test]
fn meeting_export_gives_the_demo_meetings_plans_without_a_hard_violation() {
    let dir = tempfile::tempdir().unwrap();
    let out = knotenpunkt(&["demo", "--data-dir", dir.path().to_str().unwrap()], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    // 2020: held, planned and stored; the stored plan passes the planner's checker.
    let first = export(dir.path(), "netzwerktreffen-2020-01-11");
    let instance = planner::Instance::new(serde_json::from_value(first["instance"].clone()).unwrap()).unwrap();
    assert_eq!((instance.participants(), instance.tables(), instance.rounds()), (40, 4, 3));
    let plan: planner::Plan = serde_json::from_value(first["plan"].clone()).unwrap();
    assert_eq!(planner::verify(&instance, &plan), Ok(()));
    assert!(first["instance"]["interests"].as_array().unwrap().len() > 10, "offer/need interests between the associations");
    assert!(first["instance"]["known_pairs"].as_array().unwrap().is_empty(), "nothing was held before");
    for p in first["instance"]["participants"].as_array().unwrap() {
        let (id, org) = (p["id"].as_str().unwrap(), p["org"].as_str().unwrap());
        assert!(id.starts_with('p') && id[1..].parse::<i64>().is_ok(), "{id}");
        assert!(org.starts_with('a') && org[1..].parse::<i64>().is_ok(), "{org}");
    }

    // The next meeting: no plan yet; 28 confirmed (one association waits), known pairs from
    // 2020; the planner plans it without a hard violation.
    let out =
        knotenpunkt(&["meeting", "export", "--meeting", "netzwerktreffen-2020-01-12", "--data-dir", dir.path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2), "unknown meeting");
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let slug = knotenpunkt::demo_meetings::second_slug(now);
    let second = export(dir.path(), &slug);
    assert!(second["plan"].is_null());
    let spec: planner::InstanceSpec = serde_json::from_value(second["instance"].clone()).unwrap();
    assert_eq!(spec.participants.len(), 28);
    assert!(spec.known_pairs.len() >= 20, "people of 2020 who sat together: {}", spec.known_pairs.len());
    let instance = planner::Instance::new(spec).unwrap();
    let options = planner::PlanOptions { time_limit: std::time::Duration::from_secs(1), seed: 1, threads: 1 };
    let solution = planner::plan(&instance, &options).unwrap();
    assert_eq!(planner::verify(&instance, &solution.plan), Ok(()));
}

/// The text of a PDF as a reader gets it (`pdftotext`, from poppler-utils).
fn pdf_text(path: &std::path::Path) -> String {
    let out =
        Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(path).arg("-").output().expect("pdftotext (apt-get install poppler-utils)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn meeting_handouts_prints_the_demo_meetings_bundle_and_refuses_a_meeting_without_a_plan() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = knotenpunkt(&["demo", "--data-dir", data.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let pdf = dir.path().join("bundle.pdf");
    let args = |slug: &str| {
        ["meeting", "handouts", "--meeting", slug, "--out", pdf.to_str().unwrap(), "--data-dir", data.to_str().unwrap()].map(str::to_owned)
    };
    let out = knotenpunkt(&args("netzwerktreffen-2020-01-11").each_ref().map(String::as_str), None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("Druckpaket") && stderr.contains("40 Unterlagen, 12 Tischbögen, 40 Namensschilder"),
        "progress and summary: {stderr}"
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    let text = pdf_text(&pdf);
    let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert!(pages.len() >= 40 + 12 + 4, "40 handouts, 12 table sheets, 4 badge sheets: {} pages", pages.len());
    let first_sheet = pages.iter().position(|p| p.contains("Tischbogen")).unwrap();
    assert!(pages[..first_sheet].iter().all(|p| !p.contains("Tischbogen")), "handouts first");
    assert!(pages[first_sheet..].iter().any(|p| p.contains("Ergebnisse")));

    // Printed and unchanged: `--only changed` has nothing to print, says so and writes nothing.
    std::fs::remove_file(&pdf).unwrap();
    let mut only = args("netzwerktreffen-2020-01-11").to_vec();
    only.extend(["--only".to_owned(), "changed".to_owned()]);
    let out = knotenpunkt(&only.iter().map(String::as_str).collect::<Vec<_>>(), None);
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nichts geändert"), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!pdf.exists());

    // The next demo meeting has no plan yet: a clear message, no PDF.
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let slug = knotenpunkt::demo_meetings::second_slug(now);
    let out = knotenpunkt(&args(&slug).each_ref().map(String::as_str), None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("noch keinen Tischplan"), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!pdf.exists());
    let out = knotenpunkt(&args("gibt-es-nicht").each_ref().map(String::as_str), None);
    assert_eq!(out.status.code(), Some(2), "unknown meeting");
}

#[test]
fn report_graph_writes_graphml_and_csv_of_the_demo_network_for_a_period() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = knotenpunkt(&["demo", "--data-dir", data.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = |extra: &[&str]| {
        let mut args = vec!["report", "graph", "--data-dir", data.to_str().unwrap()];
        args.extend_from_slice(extra);
        knotenpunkt(&args, None)
    };

    let graphml = dir.path().join("net.graphml");
    let out = report(&["--format", "graphml", "--out", graphml.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&graphml).unwrap();
    assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "), "{}", &text[..100]);
    assert!(text.trim_end().ends_with("</graphml>"));
    let met = text.matches("<data key=\"kind\">met</data>").count();
    assert!(met >= 20, "the first meeting's pairs: {met}");
    assert!(text.contains("<data key=\"isolated\">true</data>"), "associations without a tie are nodes too");

    // The 2020 meeting is outside 2021–2022; only the CSV's header and later ties remain.
    let out = report(&["--format", "csv", "--out", "-", "--from", "2021-01-01", "--to", "2022-12-31", "--kind", "met"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Source,Target,Type,Kind,Weight,First,Last\n");
    let out = report(&["--format", "csv", "--out", "-", "--from", "2020-01-01", "--to", "2020-12-31", "--kind", "met"]);
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(csv.lines().count(), met + 1, "the same pairs as the GraphML");
    assert!(csv.lines().skip(1).all(|l| l.ends_with(",Undirected,met,1,2020-01-11,2020-01-11") || l.contains(",Undirected,met,")), "{csv}");

    // Wrong input: a clear message, exit 2, nothing written.
    let bad = dir.path().join("bad.csv");
    for extra in [["--from", "2020-02-30"], ["--to", "gestern"], ["--kind", "friends"]] {
        let mut args = vec!["--format", "csv", "--out", bad.to_str().unwrap()];
        args.extend_from_slice(&extra);
        let out = report(&args);
        assert_eq!(out.status.code(), Some(2), "{extra:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(extra[0]), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(!bad.exists());
    }
    let out = report(&["--format", "csv", "--out", bad.to_str().unwrap(), "--from", "2021-01-01", "--to", "2020-01-01"]);
    assert_eq!(out.status.code(), Some(2));
}

/// A few hundred entries in the shape of OpenFairDB's JSON API (`GET /entries/{ids}`), as a city
/// that runs Karte von morgen would hand them over.
fn ofdb_entries(n: usize) -> serde_json::Value {
    const WHAT: [&str; 20] = [
        "Repair Café",
        "Tauschring",
        "Foodsharing",
        "Lastenrad",
        "Gemeinschaftsgarten",
        "Kleiderkammer",
        "Leihladen",
        "Nähwerkstatt",
        "Fahrradwerkstatt",
        "Bücherschrank",
        "Sprachcafé",
        "Mittagstisch",
        "Saatgutbibliothek",
        "Kinderflohmarkt",
        "Werkzeugverleih",
        "Solawi",
        "Plauderbank",
        "Computerhilfe",
        "Hausaufgabenhilfe",
        "Chor",
    ];
    const WHERE: [&str; 15] = [
        "Oßweil",
        "Eglosheim",
        "Hoheneck",
        "Neckarweihingen",
        "Poppenweiler",
        "Pflugfelden",
        "Grünbühl",
        "Sonnenberg",
        "Schlösslesfeld",
        "Weststadt",
        "Innenstadt",
        "Südstadt",
        "Nordstadt",
        "Fuchshof",
        "Favoritepark",
    ];
    let entries: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let (what, place) = (WHAT[i % WHAT.len()], WHERE[(i / WHAT.len()) % WHERE.len()]);
            serde_json::json!({
                "id": format!("{:032x}", 0x5eed_0000_u64 + i as u64),
                "created": 1_600_000_000 + i, "version": 1,
                "title": format!("{what} {place}"),
                "description": format!("{what} für alle in {place}, offen und kostenlos."),
                // A grid about 300 m apart around Ludwigsburg, so no two entries are within 100 m.
                "lat": 48.86 + 0.003 * (i / 20) as f64, "lng": 9.15 + 0.004 * (i % 20) as f64,
                "street": format!("Beispielstraße {}", i + 1), "zip": "71634", "city": "Ludwigsburg",
                "email": format!("kontakt{i}@karte.example"), "homepage": format!("https://karte.example/{i}"),
                "categories": ["2cd00bebec0c48ba9db761da48678134"], "tags": ["nachhaltigkeit", "nachbarschaft"],
                "custom": [], "opening_hours": "Mo 18:00-20:00"
            })
        })
        .collect();
    serde_json::Value::Array(entries)
}

/// "A B C D E." of the import's report line: created, updated, unchanged, duplicates, refused.
fn import_counts(stdout: &str) -> [usize; 5] {
    let line = stdout.lines().find(|l| l.contains(" neu, ")).unwrap_or_else(|| panic!("no counts in {stdout}"));
    let numbers: Vec<usize> = line.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect();
    [numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]]
}

#[test]
fn an_openfairdb_export_of_300_entries_imports_with_a_report_and_a_second_import_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let file = dir.path().join("karte-von-morgen.json");
    std::fs::write(&file, ofdb_entries(300).to_string()).unwrap();
    let file = file.to_str().unwrap();

    let out = knotenpunkt(&["migrate", "--data-dir", data], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = knotenpunkt(&["import", "--file", file, "--format", "ofdb", "--dry-run", "--data-dir", data], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let dry = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(dry.contains("Probelauf: nichts gespeichert."), "{dry}");
    let [created, updated, unchanged, duplicates, refused] = import_counts(&dry);
    // OpenFairDB's ids tell its entries apart: "Lastenrad Eglosheim" is no duplicate of
    // "Lastenrad Oßweil", though the names differ only in the place.
    assert_eq!((created, updated, unchanged, duplicates, refused), (300, 0, 0, 0, 0), "{dry}");
    assert!(dry.contains(&format!("Positionen: {created} aus der Datei")), "{dry}");

    let out = knotenpunkt(&["import", "--file", file, "--format", "ofdb", "--data-dir", data], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stored = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(stored.contains(&format!("): {created} neu, 0 geändert.")), "{stored}");

    // The same file again: OpenFairDB's ids are kept as external references, so nothing is
    // created twice and nothing changes.
    let out = knotenpunkt(&["import", "--file", file, "--format", "ofdb", "--data-dir", data], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let again = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(import_counts(&again), [0, 0, 300, 0, 0], "{again}");

    let out = knotenpunkt(&["export", "--format", "ofdb", "--out", "-", "--data-dir", data], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let exported: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(exported.as_array().map(Vec::len), Some(created), "every imported entry is exported");
}

#[test]
fn survey_list_and_export_give_the_demo_survey_as_json_lines_csv_and_a_pdf_report() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let out = knotenpunkt(&["demo", "--data-dir", data], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let out = knotenpunkt(&["survey", "list", "--data-dir", data], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let line: serde_json::Value = serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(
        line,
        serde_json::json!({"slug": "vereinsbefragung-2019", "title": "Vereinsbefragung 2019", "status": "closed", "invited": 20, "responses": 16})
    );

    let csv = dir.path().join("antworten.csv");
    let out = knotenpunkt(
        &["survey", "export", "--survey", "vereinsbefragung-2019", "--format", "csv", "--out", csv.to_str().unwrap(), "--data-dir", data],
        None,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_to_string(&csv).unwrap().lines().count(), 17, "a header and 16 responses");
    assert!(dir.path().join("antworten.codebook.csv").exists());

    let pdf = dir.path().join("bericht.pdf");
    let args = |slug: &str| {
        ["survey", "export", "--survey", slug, "--format", "pdf", "--out", pdf.to_str().unwrap(), "--data-dir", data].map(str::to_owned)
    };
    let out = knotenpunkt(&args("vereinsbefragung-2019").each_ref().map(String::as_str), None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    let text = pdf_text(&pdf).replace(['\u{2068}', '\u{2069}'], "");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // Title page, contents, the response figures, every question with its chart's numbers and
    // the free texts.
    for said in [
        "Vereinsbefragung 2019",
        "Befragung vom 2019-10-14 bis 2019-12-06",
        "Inhalt",
        "Rücklauf",
        "Eingeladen 20",
        "Antworten 16",
        "Rücklaufquote 80 %",
        "1. In welchen Tätigkeitsfeldern ist Ihr Verein aktiv?",
        "6. Vor welchen Herausforderungen steht Ihr Verein?",
        "Geld und Fördermittel 16",
        "10. Wie gut kennen Sie die anderen Vereine in Ludwigsburg?",
        "Freitexte",
        "Einen gemeinsamen Raum, den mehrere Vereine nutzen können.",
    ] {
        assert!(text.contains(said), "{said:?} missing in {text}");
    }

    let out = knotenpunkt(&args("gibt-es-nicht").each_ref().map(String::as_str), None);
    assert_eq!(out.status.code(), Some(2), "an unknown survey: {}", String::from_utf8_lossy(&out.stderr));
}
