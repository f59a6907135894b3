//! The match command: input parsing, normalisation, errors naming the field, output shape.

use matching::run_match_command;
use serde_json::Value;

const INPUT: &str = r#"{
  "organisations": [
    {"id": "a", "name": "Kulturverein", "languages": ["Arabisch", "German"], "fields": [], "district": "Mitte", "description": ""},
    {"id": "b", "name": "Elternverein", "languages": ["tr"], "district": "Weststadt"}
  ],
  "items": [
    {"id": "o1", "org": "a", "kind": "offer", "title": "Saal frei", "description": "Großer Saal, samstags.",
     "category": "Räume", "languages": ["Arabic"], "weekdays": ["Sat", "Sunday"], "time": null, "district": null, "text_lang": "de"},
    {"id": "n1", "org": "b", "kind": "need", "title": "Raum für Elternabend", "description": "Samstag ab 18 Uhr.",
     "category": null, "languages": ["Türkisch"], "weekdays": ["Sa"], "time": "18:00-20:00", "district": null, "text_lang": "de",
     "unknown_field": 1},
    {"id": "n2", "org": "b", "kind": "need", "title": "Imker gesucht", "description": "Für Bienen im Schulgarten."}
  ],
  "districts": {"Mitte": {"neighbours": ["Weststadt"]}, "Weststadt": {"neighbours": ["Mitte"]}}
}"#;

fn run(input: &str) -> Value {
    let out = run_match_command(input, 10).expect("valid input");
    serde_json::from_str(&out).expect("output is JSON")
}

#[test]
fn every_need_is_a_key_and_suggestions_have_score_and_reasons() {
    let v = run(INPUT);
    let obj = v.as_object().expect("object");
    assert_eq!(obj.len(), 2);
    assert_eq!(obj["n2"], Value::Array(Vec::new()));
    let first = &obj["n1"][0];
    assert_eq!(first["offer"], "o1");
    let score = first["score"].as_f64().expect("score");
    assert!((0.0..=1.0).contains(&score));
    let reasons: Vec<&str> = first["reasons"].as_array().expect("reasons").iter().filter_map(Value::as_str).collect();
    assert!(reasons.contains(&"Räume"), "{reasons:?}");
    assert!(reasons.contains(&"Samstag passt"), "{reasons:?}");
}

#[test]
fn top_k_zero_gives_empty_lists() {
    let out = run_match_command(INPUT, 0).expect("valid");
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["n1"], Value::Array(Vec::new()));
}

fn error_of(input: &str) -> String {
    run_match_command(input, 10).expect_err("invalid input").message
}

#[test]
fn errors_name_the_field() {
    assert!(error_of("not json").contains("not JSON"));
    assert!(error_of(r#"{"items": []}"#).contains("`organisations`"));
    let bad_kind = INPUT.replace(r#""kind": "need", "title": "Imker"#, r#""kind": "wish", "title": "Imker"#);
    assert!(error_of(&bad_kind).contains("items[2].kind"), "{}", error_of(&bad_kind));
    let bad_day = INPUT.replace(r#"["Sa"]"#, r#"["Xy"]"#);
    assert!(error_of(&bad_day).contains("items[1].weekdays[0]"));
    let no_org = INPUT.replace(r#""org": "b", "kind": "need", "title": "Imker"#, r#""kind": "need", "title": "Imker"#);
    assert!(error_of(&no_org).contains("items[2].org"));
    let dup = INPUT.replace(r#""id": "n2""#, r#""id": "n1""#);
    assert!(error_of(&dup).contains("items[2].id"));
    let bad_langs = INPUT.replace(r#""languages": ["tr"]"#, r#""languages": 5"#);
    assert!(error_of(&bad_langs).contains("organisations[1].languages"));
    let bad_flag = INPUT.replace(r#""unknown_field": 1"#, r#""on_site_only": "yes""#);
    assert!(error_of(&bad_flag).contains("items[1].on_site_only"));
}

#[test]
fn an_unlisted_organisation_is_accepted() {
    let other = INPUT.replace(r#""org": "b", "kind": "need", "title": "Imker"#, r#""org": "zz", "kind": "need", "title": "Imker"#);
    let v = run(&other);
    assert!(v.get("n2").is_some());
}

#[test]
fn explicit_constraint_fields_are_used() {
    let men = INPUT.replace(r#""unknown_field": 1"#, r#""audience": "men""#).replace(
        r#""title": "Saal frei", "description": "Großer Saal, samstags.""#,
        r#""title": "Saal frei", "description": "Großer Saal, samstags.", "audience": "women""#,
    );
    let v = run(&men);
    assert_eq!(v["n1"], Value::Array(Vec::new()), "women-only hall is not for a men's group");
}
