#![allow(clippy::unwrap_used)]

use super::*;

fn ctx<'a>(previous: Option<&'a Profile>, categories: &'a [String], districts: &'a [String]) -> FormContext<'a> {
    FormContext { categories, districts, previous, recorded_by: "user:7", now: "2026-11-25T10:00:00Z", this_year: 2026 }
}

fn lists() -> (Vec<String>, Vec<String>) {
    (vec!["sprache".into(), "frauen".into()], vec!["weststadt".into(), "mitte".into()])
}

fn filled() -> ProfileInput {
    ProfileInput {
        name: "  Frauencafé   Lindenblüte ".into(),
        legal_form: "registered_association".into(),
        mso: true,
        founded: "2016".into(),
        summary: vec![("de".into(), "Treffpunkt für Frauen".into()), ("ar".into(), "ملتقى للنساء".into()), ("en".into(), "  ".into())],
        description: vec![("de".into(), "Erste Zeile\r\n\r\n\r\n\r\nZweite Zeile".into())],
        categories: vec!["frauen".into(), "sprache".into(), "frauen".into()],
        target_groups: vec!["women".into(), "families".into()],
        languages: vec!["de".into(), "AR".into()],
        origins: "Syrien, Irak\nTürkei".into(),
        street: "Lindenstraße 4".into(),
        postcode: "71634".into(),
        city: "Ludwigsburg".into(),
        district: "weststadt".into(),
        lat: "48,8941".into(),
        lon: "9.1823".into(),
        wheelchair: "partial".into(),
        email: "Info@Lindenbluete.example".into(),
        phone: "+49 7141 123456".into(),
        website: "lindenbluete.example".into(),
        social: "https://instagram.com/lindenbluete\n".into(),
        persons: vec![
            PersonInput {
                name: "Amira Haddad".into(),
                email: "amira@lindenbluete.example".into(),
                visibility: "public".into(),
                consent: true,
                ..Default::default()
            },
            PersonInput::default(),
        ],
        ..Default::default()
    }
}

#[test]
fn a_filled_form_becomes_a_clean_profile() {
    let (categories, districts) = lists();
    let profile = filled().validate(&ctx(None, &categories, &districts)).unwrap();
    assert_eq!(profile.name, "Frauencafé Lindenblüte");
    assert_eq!(profile.legal_form, LegalForm::RegisteredAssociation);
    assert_eq!(profile.founded, Some(2016));
    assert_eq!(profile.summary.exact("ar"), Some("ملتقى للنساء"));
    assert_eq!(profile.summary.exact("en"), None, "blank texts are dropped");
    assert_eq!(profile.description.exact("de"), Some("Erste Zeile\n\n\nZweite Zeile"));
    assert_eq!(profile.categories, ["frauen", "sprache"]);
    assert_eq!(profile.target_groups, [TargetGroup::Women, TargetGroup::Families]);
    assert_eq!(profile.languages.iter().map(LanguageCode::as_str).collect::<Vec<_>>(), ["de", "ar"]);
    assert_eq!(profile.origins, ["Syrien", "Irak", "Türkei"]);
    assert_eq!(profile.address.as_ref().unwrap().postcode, "71634");
    assert!((profile.position.unwrap().lat() - 48.8941).abs() < 1e-9, "a decimal comma is accepted");
    assert_eq!(profile.contact.email.as_deref(), Some("info@lindenbluete.example"));
    assert_eq!(profile.contact.website.as_deref(), Some("https://lindenbluete.example"));
    assert_eq!(profile.contact_persons.len(), 1, "empty rows are ignored");
    let consent = profile.contact_persons[0].consent.clone().unwrap();
    assert_eq!((consent.given_at.as_str(), consent.recorded_by.as_deref()), ("2026-11-25T10:00:00Z", Some("user:7")));
    assert_eq!(consent.text_version, CONSENT_TEXT_VERSION);
}

#[test]
fn a_stored_profile_survives_the_round_trip_through_the_form() {
    let (categories, districts) = lists();
    let profile = filled().validate(&ctx(None, &categories, &districts)).unwrap();
    let again = ProfileInput::from_profile(&profile).validate(&ctx(Some(&profile), &categories, &districts)).unwrap();
    assert_eq!(again, profile);
}

#[test]
fn every_problem_is_named_at_its_field() {
    let (categories, districts) = lists();
    let input = ProfileInput {
        name: "X".into(),
        legal_form: "club".into(),
        founded: "1492".into(),
        summary: vec![("de".into(), "x".repeat(MAX_SUMMARY + 1))],
        categories: vec!["zauberei".into()],
        target_groups: vec!["aliens".into()],
        languages: vec!["deutsch".into()],
        street: "Hauptstr. 1".into(),
        postcode: "7163".into(),
        district: "atlantis".into(),
        lat: "95".into(),
        lon: "9".into(),
        wheelchair: "maybe".into(),
        email: "info(at)verein".into(),
        phone: "call me".into(),
        website: "not a link".into(),
        social: "javascript:alert(1)".into(),
        persons: vec![PersonInput { email: "x".into(), visibility: "everyone".into(), ..Default::default() }],
        ..Default::default()
    };
    let errors = input.validate(&ctx(None, &categories, &districts)).unwrap_err();
    let got: Vec<(&str, &str)> = errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
    for expected in [
        ("name", "too_short"),
        ("legal_form", "choose_one"),
        ("founded", "year"),
        ("summary.de", "too_long"),
        ("categories", "unknown_choice"),
        ("target_groups", "unknown_choice"),
        ("languages", "unknown_choice"),
        ("postcode", "postcode"),
        ("city", "required"),
        ("district", "unknown_choice"),
        ("position", "position"),
        ("wheelchair", "choose_one"),
        ("email", "email"),
        ("phone", "phone"),
        ("website", "link"),
        ("social", "link"),
        ("persons.0.name", "required"),
        ("persons.0.email", "email"),
        ("persons.0.visibility", "choose_one"),
    ] {
        assert!(got.contains(&expected), "{expected:?} missing in {got:?}");
    }
    assert_eq!(
        ProfileInput::default().validate(&ctx(None, &categories, &districts)).unwrap_err()[0],
        FieldError { field: "name".into(), code: "required" }
    );
}

#[test]
fn consent_is_kept_while_ticked_recorded_when_new_and_gone_when_withdrawn() {
    let (categories, districts) = lists();
    let mut earlier = filled().validate(&ctx(None, &categories, &districts)).unwrap();
    earlier.contact_persons[0].consent =
        Some(Consent { given_at: "2025-01-01T00:00:00Z".into(), text_version: "old".into(), recorded_by: None });
    let kept = filled().validate(&ctx(Some(&earlier), &categories, &districts)).unwrap();
    assert_eq!(kept.contact_persons[0].consent, earlier.contact_persons[0].consent, "the original record is kept");
    let mut withdrawn = filled();
    withdrawn.persons[0].consent = false;
    let profile = withdrawn.validate(&ctx(Some(&earlier), &categories, &districts)).unwrap();
    assert_eq!(profile.contact_persons[0].consent, None);
    assert!(!profile.contact_persons[0].may_be_published());
}

#[test]
fn an_address_is_all_or_nothing_and_a_position_needs_both_numbers() {
    let (categories, districts) = lists();
    let mut input = filled();
    (input.street, input.postcode, input.city, input.lat, input.lon) =
        (String::new(), String::new(), String::new(), String::new(), String::new());
    let profile = input.validate(&ctx(None, &categories, &districts)).unwrap();
    assert_eq!((profile.address, profile.position), (None, None));
    let mut input = filled();
    input.lon = String::new();
    let errors = input.validate(&ctx(None, &categories, &districts)).unwrap_err();
    assert_eq!(errors, [FieldError { field: "position".into(), code: "position" }]);
}

#[test]
fn the_profile_form_keeps_the_logo_it_does_not_show() {
    let (categories, districts) = lists();
    let mut previous = filled().validate(&ctx(None, &categories, &districts)).unwrap();
    assert_eq!(previous.logo, None);
    previous.logo = Some(crate::logo::LogoHash::parse(&"c".repeat(64)).unwrap());
    let edited = filled().validate(&ctx(Some(&previous), &categories, &districts)).unwrap();
    assert_eq!(edited.logo, previous.logo);
}
