use std::io::Cursor;

use domain::localized::LocalizedText;

use super::*;
use crate::porting::columns::ColumnMapping;
use crate::porting::read::read_file;

fn context(existing: Vec<Existing>) -> PlanContext {
    PlanContext {
        categories: vec![Category { key: "language".into(), labels: LocalizedText::new().with("de", "Sprache"), position: 1 }],
        districts: vec!["mitte".into()],
        existing,
        external: HashMap::new(),
        recorded_by: "user:1".into(),
        now: "2026-12-05T10:00:00Z".into(),
        this_year: 2026,
    }
}

fn plan(csv: &str, ctx: &PlanContext) -> ImportPlan {
    let file = read_file(Cursor::new(csv.as_bytes().to_vec()), Format::Csv, &ColumnMapping::default()).unwrap_or_else(|e| panic!("{e}"));
    plan_rows(file, Format::Csv, ctx)
}

fn existing(id: i64, slug: &str, name: &str, position: Option<(f64, f64)>) -> Existing {
    let profile: Profile =
        serde_json::from_value(serde_json::json!({"name": name, "legal_form": "initiative"})).unwrap_or_else(|e| panic!("{e}"));
    Existing {
        id: OrgId(id),
        slug: Slug::parse(slug).unwrap_or_else(|e| panic!("{e}")),
        name: name.into(),
        position: position.and_then(|(a, b)| GeoPoint::new(a, b).ok()),
        profile: Some(profile),
    }
}

#[test]
fn every_row_is_checked_by_the_form_rules() {
    let csv = std::fs::read_to_string(format!("{}/tests/porting_corpus/bad_rows.csv", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default();
    let plan = plan(&csv, &context(Vec::new()));
    let problems = |i: usize| match &plan.rows[i].action {
        Action::Refused(p) => p.iter().map(|p| format!("{}:{}", p.field, p.code)).collect::<Vec<_>>(),
        other => panic!("row {i} not refused: {other:?}"),
    };
    assert_eq!(problems(0), vec!["name:required"]);
    let second = problems(1);
    for expected in
        ["legal_form:choose_one", "founded:year", "categories:unknown_choice", "postcode:postcode", "position:position", "email:email"]
    {
        assert!(second.contains(&expected.to_owned()), "{expected} in {second:?}");
    }
    assert_eq!((plan.rows[1].line, plan.rows[2].action.key()), (3, "create"));
    assert!(plan.has_refusals());
}

#[test]
fn likely_duplicates_are_skipped_and_slugs_are_free() {
    let ctx = context(vec![existing(1, "afrikanischer-frauenverein", "Afrikanischer Frauenverein e.V.", Some((48.9, 9.19)))]);
    let plan = plan(
        "name,legal_form,lat,lon\n\
         Afrikanischer Frauenverein Ludwigsburg,initiative,,\n\
         Schachclub Springer,initiative,48.9003,9.1902\n\
         Neuer Verein,initiative,,\n\
         Neuer Verein,initiative,,\n\
         Neuer Verein e.V.,initiative,,\n",
        &ctx,
    );
    let keys: Vec<&str> = plan.rows.iter().map(|r| r.action.key()).collect();
    assert_eq!(keys, vec!["duplicate", "duplicate", "create", "duplicate", "duplicate"], "similar name, within 100 m, an earlier row");
    assert_eq!(plan.rows[2].slug.as_ref().map(Slug::as_str), Some("neuer-verein"));
}

#[test]
fn an_existing_slug_is_updated_keeping_what_the_file_lacks() {
    let mut stored = existing(7, "kulturbruecke", "Kulturbrücke", None);
    if let Some(p) = stored.profile.as_mut() {
        p.summary = LocalizedText::new().with("de", "Alt").with("en", "Old");
    }
    let plan = plan(
        "slug,name,legal_form,summary_de\nkulturbruecke,Kulturbrücke,initiative,Neu\nkulturbruecke,Kulturbrücke,initiative,Alt\n",
        &context(vec![stored]),
    );
    assert_eq!(plan.rows[0].action, Action::Update { org: OrgId(7) });
    let profile = plan.rows[0].profile.as_ref().unwrap_or_else(|| panic!("profile"));
    assert_eq!((profile.summary.exact("de"), profile.summary.exact("en")), (Some("Neu"), Some("Old")));
    assert_eq!(plan.rows[1].action.key(), "duplicate", "the same entry twice in one file");
    let unchanged = plan_rows(
        read_file(
            Cursor::new(b"slug,name,legal_form,summary_de\nkulturbruecke,Kulturbr\xc3\xbccke,initiative,Alt\n".to_vec()),
            Format::Csv,
            &ColumnMapping::default(),
        )
        .unwrap_or_else(|e| panic!("{e}")),
        Format::Csv,
        &context(vec![{
            let mut e = existing(7, "kulturbruecke", "Kulturbrücke", None);
            if let Some(p) = e.profile.as_mut() {
                p.summary = LocalizedText::new().with("de", "Alt");
            }
            e
        }]),
    );
    assert_eq!(unchanged.rows[0].action, Action::Unchanged { org: OrgId(7) });
}

#[test]
fn a_known_external_id_updates_its_entry() {
    let mut ctx = context(vec![existing(3, "repair-cafe", "Repair Café", None)]);
    ctx.external.insert("x1".into(), OrgId(3));
    let file = read_file(
        Cursor::new(b"external_id,name,legal_form\nx1,Repair Caf\xc3\xa9 Ludwigsburg,initiative\nx2,Tauschring,initiative\n".to_vec()),
        Format::Csv,
        &ColumnMapping::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let plan = plan_rows(file, Format::Csv, &ctx);
    assert_eq!(plan.rows[0].action, Action::Update { org: OrgId(3) });
    assert_eq!(plan.rows[1].action, Action::Create);
    assert_eq!(plan.rows[1].external_id.as_deref(), Some("x2"));
}

#[tokio::test]
async fn positions_come_from_the_file_else_the_geocoder() {
    let mut plan = plan(
        "name,legal_form,lat,lon,postcode,city,district\n\
         Am Ort,initiative,48.1,9.1,,,\n\
         Nach PLZ,initiative,,,71634,Ludwigsburg,\n\
         Im Stadtteil,initiative,,,,,mitte\n\
         Irgendwo,initiative,,,,,\n",
        &context(Vec::new()),
    );
    place_rows(&mut plan, &crate::map::offline_geocoder::mitte_only(), &mut |_, _| {}).await;
    let c = plan.counts();
    assert_eq!((c.placed_from_file, c.placed_by_postcode, c.placed_by_district, c.unplaced), (1, 1, 1, 1));
    assert_eq!(plan.rows[1].profile.as_ref().and_then(|p| p.district.clone()).as_deref(), Some("mitte"));
}

#[test]
fn rows_with_their_own_address_are_not_compared_with_each_other() {
    // Two associations in one building, as the program's own export lists them.
    let plan = plan(
        "slug,name,legal_form,lat,lon\n\
         kulturzentrum-a,Kulturzentrum A,initiative,48.9,9.19\n\
         elterncafe-b,Elterncafé B,initiative,48.9,9.19\n\
         ,Elterncafé C,initiative,48.9,9.19\n",
        &context(Vec::new()),
    );
    let keys: Vec<&str> = plan.rows.iter().map(|r| r.action.key()).collect();
    assert_eq!(keys, vec!["create", "create", "duplicate"]);
}

#[test]
fn rows_with_ids_of_the_source_are_told_apart_by_the_source() {
    // OpenFairDB's entries "Lastenrad Oßweil" and "Lastenrad Eglosheim": two ids, two entries;
    // the same place listed twice under another id (x4) is a likely duplicate. "Tauschring" came
    // from elsewhere (typed in by the office) and stays a likely duplicate too.
    let csv = "external_id,name,legal_form\nx1,Lastenrad Oßweil,initiative\nx2,Lastenrad Eglosheim,initiative\nx3,Tauschring,initiative\nx4,Lastenrad Oßweil,initiative\n"
        .as_bytes();
    let read = || read_file(Cursor::new(csv.to_vec()), Format::Csv, &ColumnMapping::default()).unwrap_or_else(|e| panic!("{e}"));
    let ctx = context(vec![existing(7, "tauschring", "Tauschring", None)]);
    let first = plan_rows(read(), Format::Csv, &ctx);
    let keys: Vec<&str> = first.rows.iter().map(|r| r.action.key()).collect();
    assert_eq!(keys, vec!["create", "create", "duplicate", "duplicate"]);

    // The same file again after the first import: the two are recognised by their ids, the
    // skipped row is skipped again, nothing is created.
    let mut ctx = context(vec![
        existing(7, "tauschring", "Tauschring", None),
        existing(8, "lastenrad-ossweil", "Lastenrad Oßweil", None),
        existing(9, "lastenrad-eglosheim", "Lastenrad Eglosheim", None),
    ]);
    ctx.external.insert("x1".into(), OrgId(8));
    ctx.external.insert("x2".into(), OrgId(9));
    let again = plan_rows(read(), Format::Csv, &ctx);
    let keys: Vec<&str> = again.rows.iter().map(|r| r.action.key()).collect();
    assert_eq!(keys, vec!["unchanged", "unchanged", "duplicate", "duplicate"]);

    // A row without an id is still compared with the file's rows that have one.
    let plain = read_file(
        Cursor::new("external_id,name,legal_form\nx1,Lastenrad Oßweil,initiative\n,Lastenrad Oßweil e.V.,initiative\n".as_bytes().to_vec()),
        Format::Csv,
        &ColumnMapping::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let keys: Vec<&str> = plan_rows(plain, Format::Csv, &context(Vec::new())).rows.iter().map(|r| r.action.key()).collect();
    assert_eq!(keys, vec!["create", "duplicate"]);
}
