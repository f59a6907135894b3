use super::*;
use crate::geo::GeoPoint;
use crate::language::LanguageCode;
use crate::logo::LogoHash;
use crate::organisation::{Consent, LegalForm, PublicContact, TargetGroup, WheelchairAccess};

fn minimal() -> Profile {
    Profile::new("Deutsch-Türkischer Kulturverein", LegalForm::RegisteredAssociation)
}

fn person(name: &str, email: Option<&str>, consent: bool) -> ContactPerson {
    ContactPerson {
        name: name.into(),
        function: Some("Vorsitzende".into()),
        email: email.map(Into::into),
        phone: None,
        consent: consent.then(|| Consent { given_at: "2026-01-01T00:00:00Z".into(), text_version: "v1".into(), recorded_by: None }),
        visibility: Default::default(),
    }
}

fn full() -> Profile {
    Profile {
        short_name: Some("DTK".into()),
        mso: true,
        founded: Some(1989),
        summary: LocalizedText::new().with("de", "Kultur und Begegnung").with("tr", "Kültür ve buluşma"),
        description: LocalizedText::new().with("de", "Wir treffen uns montags."),
        categories: vec!["culture".into(), "language".into()],
        target_groups: vec![TargetGroup::Families, TargetGroup::Children],
        languages: vec![LanguageCode::parse("tr").expect("tr"), LanguageCode::parse("de").expect("de")],
        origins: vec!["Türkei".into()],
        address: Some(Address { street: "Lindenstraße 4".into(), postcode: "71634".into(), city: "Ludwigsburg".into() }),
        district: Some("innenstadt".into()),
        position: Some(GeoPoint::new(48.8975, 9.192).expect("point")),
        wheelchair: Some(WheelchairAccess::Partial),
        meeting_times: LocalizedText::new().with("de", "Montags 18 Uhr"),
        contact: PublicContact {
            email: Some("info@dtk.example".into()),
            phone: Some("07141 123".into()),
            website: Some("https://dtk.example".into()),
            social: vec!["https://social.example/dtk".into()],
        },
        contact_persons: vec![person("Ayşe Yılmaz", Some("ayse@dtk.example"), true)],
        logo: Some(logo('a')),
        ..minimal()
    }
}

fn logo(digit: char) -> LogoHash {
    LogoHash::parse(&digit.to_string().repeat(64)).expect("hash")
}

fn keys(changes: &[FieldChange]) -> Vec<String> {
    changes.iter().map(|c| c.field.key().into_owned()).collect()
}

fn only(changes: Vec<FieldChange>) -> FieldChange {
    assert_eq!(changes.len(), 1, "{changes:#?}");
    changes.into_iter().next().expect("one change")
}

fn change(field: ProfileField, before: Option<&str>, after: Option<&str>) -> FieldChange {
    FieldChange { field, before: before.map(Into::into), after: after.map(Into::into) }
}

#[test]
fn identical_profiles_have_no_changes() {
    assert_eq!(diff_profiles(Some(&full()), &full()), vec![]);
    assert_eq!(diff_profiles(Some(&minimal()), &minimal()), vec![]);
}

#[test]
fn a_new_proposal_lists_every_field_with_a_value() {
    assert_eq!(keys(&diff_profiles(None, &minimal())), ["name", "legal_form", "mso"]);
    let changes = diff_profiles(None, &full());
    assert_eq!(
        keys(&changes),
        [
            "name",
            "logo",
            "short_name",
            "legal_form",
            "mso",
            "founded",
            "summary.de",
            "summary.tr",
            "description.de",
            "categories",
            "target_groups",
            "languages",
            "origins",
            "address",
            "district",
            "position",
            "wheelchair",
            "meeting_times.de",
            "contact.email",
            "contact.phone",
            "contact.website",
            "contact.social",
            "contact_persons",
            "contact_persons.consent",
        ]
    );
    assert!(changes.iter().all(|c| c.before.is_none() && c.after.is_some()));
}

#[test]
fn values_are_short_readable_text() {
    let changes = diff_profiles(None, &full());
    let value = |key: &str| changes.iter().find(|c| c.field.key() == key).and_then(|c| c.after.clone()).unwrap_or_default();
    assert_eq!(value("name"), "Deutsch-Türkischer Kulturverein");
    assert_eq!(value("legal_form"), "registered_association");
    assert_eq!(value("mso"), "yes");
    assert_eq!(value("founded"), "1989");
    assert_eq!(value("summary.tr"), "Kültür ve buluşma");
    assert_eq!(value("categories"), "culture, language");
    assert_eq!(value("target_groups"), "children, families", "in the fixed order of target groups");
    assert_eq!(value("languages"), "de, tr");
    assert_eq!(value("address"), "Lindenstraße 4, 71634 Ludwigsburg");
    assert_eq!(value("district"), "innenstadt");
    assert_eq!(value("position"), "48.8975, 9.1920");
    assert_eq!(value("wheelchair"), "partial");
    assert_eq!(value("contact_persons"), "Ayşe Yılmaz, Vorsitzende, ayse@dtk.example");
    assert_eq!(value("contact_persons.consent"), "yes");
}

#[test]
fn scalar_fields() {
    let before = full();
    let mut after = full();
    after.name = "Deutsch-Türkischer Kulturverein Ludwigsburg".into();
    after.short_name = None;
    after.legal_form = LegalForm::Initiative;
    after.mso = false;
    after.founded = Some(1990);
    assert_eq!(
        diff_profiles(Some(&before), &after),
        vec![
            change(ProfileField::Name, Some("Deutsch-Türkischer Kulturverein"), Some("Deutsch-Türkischer Kulturverein Ludwigsburg")),
            change(ProfileField::ShortName, Some("DTK"), None),
            change(ProfileField::LegalForm, Some("registered_association"), Some("initiative")),
            change(ProfileField::Mso, Some("yes"), Some("no")),
            change(ProfileField::Founded, Some("1989"), Some("1990")),
        ]
    );
}

#[test]
fn surrounding_whitespace_is_no_change() {
    let mut after = full();
    after.name = "  Deutsch-Türkischer Kulturverein ".into();
    after.contact.email = Some("info@dtk.example ".into());
    after.short_name = Some("DTK\n".into());
    assert_eq!(diff_profiles(Some(&full()), &after), vec![]);
    after.contact.phone = Some("   ".into());
    assert_eq!(only(diff_profiles(Some(&full()), &after)), change(ProfileField::ContactPhone, Some("07141 123"), None));
}

#[test]
fn localized_text_gives_one_change_per_language_that_differs() {
    let mut after = full();
    after.summary = LocalizedText::new().with("de", "Kultur und Begegnung").with("tr", "Kültür ve dostluk").with("ar", "ثقافة ولقاء");
    after.description = LocalizedText::new();
    after.meeting_times = LocalizedText::new().with("de", "Dienstags 18 Uhr");
    assert_eq!(
        diff_profiles(Some(&full()), &after),
        vec![
            change(ProfileField::Summary("ar".into()), None, Some("ثقافة ولقاء")),
            change(ProfileField::Summary("tr".into()), Some("Kültür ve buluşma"), Some("Kültür ve dostluk")),
            change(ProfileField::Description("de".into()), Some("Wir treffen uns montags."), None),
            change(ProfileField::MeetingTimes("de".into()), Some("Montags 18 Uhr"), Some("Dienstags 18 Uhr")),
        ]
    );
}

#[test]
fn field_keys_and_labels() {
    let field = ProfileField::Summary("tr".into());
    assert_eq!((field.key().as_ref(), field.label_key(), field.language()), ("summary.tr", "summary", Some("tr")));
    let field = ProfileField::ContactPerson("Ayşe Yılmaz".into());
    assert_eq!((field.key().as_ref(), field.person(), field.language()), ("contact_persons", Some("Ayşe Yılmaz"), None));
    assert_eq!(ProfileField::ContactPersonConsent("A".into()).key(), "contact_persons.consent");
    assert_eq!(ProfileField::ContactEmail.key(), "contact.email");
    assert_eq!(ProfileField::Name.person(), None);
}

#[test]
fn list_fields_ignore_order_and_repeats() {
    let mut after = full();
    after.categories = vec!["language".into(), "culture".into(), "language".into()];
    after.target_groups = vec![TargetGroup::Children, TargetGroup::Families];
    after.languages.reverse();
    assert_eq!(diff_profiles(Some(&full()), &after), vec![]);

    after.categories.push("education".into());
    after.target_groups = vec![];
    after.origins = vec!["Türkei".into(), "Aserbaidschan".into()];
    after.contact.social = vec![];
    assert_eq!(
        diff_profiles(Some(&full()), &after),
        vec![
            change(ProfileField::Categories, Some("culture, language"), Some("culture, education, language")),
            change(ProfileField::TargetGroups, Some("children, families"), None),
            change(ProfileField::Origins, Some("Türkei"), Some("Aserbaidschan, Türkei")),
            change(ProfileField::ContactSocial, Some("https://social.example/dtk"), None),
        ]
    );
}

#[test]
fn place_fields() {
    let mut after = full();
    after.address = Some(Address { street: "Marktplatz 1".into(), postcode: "71634".into(), city: "Ludwigsburg".into() });
    after.district = Some("weststadt".into());
    after.position = Some(GeoPoint::new(48.8961, 9.1916).expect("point"));
    after.wheelchair = Some(WheelchairAccess::Yes);
    assert_eq!(
        diff_profiles(Some(&full()), &after),
        vec![
            change(ProfileField::Address, Some("Lindenstraße 4, 71634 Ludwigsburg"), Some("Marktplatz 1, 71634 Ludwigsburg")),
            change(ProfileField::District, Some("innenstadt"), Some("weststadt")),
            change(ProfileField::Position, Some("48.8975, 9.1920"), Some("48.8961, 9.1916")),
            change(ProfileField::Wheelchair, Some("partial"), Some("yes")),
        ]
    );
}

#[test]
fn a_position_moved_less_than_the_shown_precision_is_no_change() {
    let mut after = full();
    after.position = Some(GeoPoint::new(48.89752, 9.19201).expect("point"));
    assert_eq!(diff_profiles(Some(&full()), &after), vec![]);
}

#[test]
fn an_address_without_street_or_postcode() {
    let mut after = minimal();
    after.address = Some(Address { street: " ".into(), postcode: String::new(), city: "Ludwigsburg".into() });
    assert_eq!(only(diff_profiles(Some(&minimal()), &after)), change(ProfileField::Address, None, Some("Ludwigsburg")));
}

#[test]
fn contact_channels() {
    let mut after = full();
    after.contact.email = Some("kontakt@dtk.example".into());
    after.contact.website = None;
    assert_eq!(
        diff_profiles(Some(&full()), &after),
        vec![
            change(ProfileField::ContactEmail, Some("info@dtk.example"), Some("kontakt@dtk.example")),
            change(ProfileField::ContactWebsite, Some("https://dtk.example"), None),
        ]
    );
}

#[test]
fn contact_persons_added_removed_and_changed_name_the_person() {
    let mut before = full();
    before.contact_persons.push(person("Mehmet Demir", None, false));
    let mut after = full();
    after.contact_persons =
        vec![person("Olena Kovalenko", Some("olena@dtk.example"), true), person("Ayşe Yılmaz", Some("a.yilmaz@dtk.example"), true)];
    assert_eq!(
        diff_profiles(Some(&before), &after),
        vec![
            change(
                ProfileField::ContactPerson("Ayşe Yılmaz".into()),
                Some("Ayşe Yılmaz, Vorsitzende, ayse@dtk.example"),
                Some("Ayşe Yılmaz, Vorsitzende, a.yilmaz@dtk.example"),
            ),
            change(ProfileField::ContactPerson("Mehmet Demir".into()), Some("Mehmet Demir, Vorsitzende"), None),
            change(ProfileField::ContactPersonConsent("Mehmet Demir".into()), Some("no"), None),
            change(ProfileField::ContactPerson("Olena Kovalenko".into()), None, Some("Olena Kovalenko, Vorsitzende, olena@dtk.example")),
            change(ProfileField::ContactPersonConsent("Olena Kovalenko".into()), None, Some("yes")),
        ]
    );
}

#[test]
fn contact_persons_are_matched_by_name_regardless_of_case_spacing_and_order() {
    let mut before = full();
    before.contact_persons.push(person("Mehmet Demir", None, false));
    let mut after = before.clone();
    after.contact_persons.reverse();
    after.contact_persons[0].name = "mehmet  demir".into();
    let changes = diff_profiles(Some(&before), &after);
    assert_eq!(
        changes,
        vec![change(
            ProfileField::ContactPerson("mehmet demir".into()),
            Some("Mehmet Demir, Vorsitzende"),
            Some("mehmet demir, Vorsitzende")
        )]
    );
}

#[test]
fn withdrawn_consent_is_its_own_change() {
    let mut after = full();
    after.contact_persons[0].consent = None;
    assert_eq!(
        only(diff_profiles(Some(&full()), &after)),
        change(ProfileField::ContactPersonConsent("Ayşe Yılmaz".into()), Some("yes"), Some("no"))
    );
}

#[test]
fn a_renamed_person_is_removed_and_added() {
    let mut after = full();
    after.contact_persons[0].name = "Ayşe Demir".into();
    assert_eq!(
        keys(&diff_profiles(Some(&full()), &after)),
        ["contact_persons", "contact_persons.consent", "contact_persons", "contact_persons.consent"]
    );
}

#[test]
fn two_persons_with_one_name_are_paired_in_order() {
    let mut before = minimal();
    before.contact_persons = vec![person("Ali", Some("1@x.example"), true), person("Ali", Some("2@x.example"), true)];
    let mut after = before.clone();
    assert_eq!(diff_profiles(Some(&before), &after), vec![]);
    after.contact_persons.pop();
    assert_eq!(
        diff_profiles(Some(&before), &after),
        vec![
            change(ProfileField::ContactPerson("Ali".into()), Some("Ali, Vorsitzende, 2@x.example"), None),
            change(ProfileField::ContactPersonConsent("Ali".into()), Some("yes"), None),
        ]
    );
}

#[test]
fn a_logo_set_changed_or_removed_is_one_change_with_the_hashes() {
    let with = |l: Option<LogoHash>| Profile { logo: l, ..minimal() };
    let (a, b) = (logo('a'), logo('b'));
    assert_eq!(only(diff_profiles(Some(&with(None)), &with(Some(a.clone())))), change(ProfileField::Logo, None, Some(a.as_str())));
    assert_eq!(
        only(diff_profiles(Some(&with(Some(a.clone()))), &with(Some(b.clone())))),
        change(ProfileField::Logo, Some(a.as_str()), Some(b.as_str()))
    );
    assert_eq!(only(diff_profiles(Some(&with(Some(b.clone()))), &with(None))), change(ProfileField::Logo, Some(b.as_str()), None));
    assert_eq!(diff_profiles(Some(&with(Some(a.clone()))), &with(Some(a))), vec![]);
    assert_eq!(ProfileField::Logo.key(), "logo");
}
