#![allow(clippy::unwrap_used)]

use super::form::room_for_step;
use super::*;
use ProjectStatus::*;

fn input(partners: &[&str]) -> ProjectInput {
    ProjectInput {
        title: "  Sprachcafé   im Kulturzentrum ".into(),
        description: "Jeden **Freitag**.\r\n".into(),
        partners: partners.iter().map(|p| (*p).to_owned()).collect(),
        visible: true,
        next_step: NextStepInput { text: "Raum anfragen".into(), due: "2026-02-29".into() },
    }
}

const ALLOWED: [OrgId; 3] = [OrgId(1), OrgId(2), OrgId(3)];

#[test]
fn status_moves_forward_or_stops_and_never_back() {
    assert!(Idea.may_move_to(Planned));
    assert!(Idea.may_move_to(Running), "an idea may start at once");
    assert!(Planned.may_move_to(Running));
    assert!(Running.may_move_to(Done));
    assert!(Running.may_move_to(Stopped));
    assert!(Idea.may_move_to(Stopped));
    assert!(!Running.may_move_to(Planned));
    assert!(!Planned.may_move_to(Idea));
    assert!(!Planned.may_move_to(Planned));
    assert!(!Done.may_move_to(Stopped));
    assert!(!Stopped.may_move_to(Running));
    assert_eq!(Planned.next(), vec![Running, Done, Stopped]);
    assert!(Done.next().is_empty());
    for s in ProjectStatus::ALL {
        assert_eq!(ProjectStatus::parse(s.key()), Some(s));
    }
}

#[test]
fn stale_after_ninety_days_without_update_unless_finished() {
    let day = 86_400;
    assert!(!is_stale(Running, 0, 89 * day + day - 1));
    assert!(is_stale(Running, 0, 90 * day));
    assert!(is_stale(Idea, 10, 10 + 200 * day));
    assert!(!is_stale(Done, 0, 400 * day));
    assert!(!is_stale(Stopped, 0, 400 * day));
}

#[test]
fn a_valid_project_is_cleaned_up() {
    let bad_date = input(&["1", "2"]).validate(&ALLOWED, Origin::Office, Planned, true).unwrap_err();
    assert_eq!(bad_date, vec![crate::profile_form::FieldError { field: "next_step_due".into(), code: "date" }], "2026 is no leap year");
    let mut good = input(&["1", "2", "2"]);
    good.next_step.due = "2028-02-29".into();
    let project = good.validate(&ALLOWED, Origin::Office, Planned, true).unwrap();
    assert_eq!(project.title, "Sprachcafé im Kulturzentrum");
    assert_eq!(project.description, "Jeden **Freitag**.");
    assert_eq!(project.partners, vec![OrgId(1), OrgId(2)], "a partner ticked twice counts once");
    assert_eq!(project.next_steps, vec![NextStep { text: "Raum anfragen".into(), due: Some("2028-02-29".into()), done: false }]);
    assert!(project.is_public());
    assert!(room_for_step(&project));
}

#[test]
fn partners_must_be_two_known_associations() {
    let codes = |p: &[&str]| {
        input(p).validate(&ALLOWED, Origin::Office, Idea, true).unwrap_err().into_iter().map(|e| (e.field, e.code)).collect::<Vec<_>>()
    };
    assert!(codes(&["1"]).contains(&("partners".into(), "project_partners")));
    assert!(codes(&["1", "1"]).contains(&("partners".into(), "project_partners")));
    assert!(codes(&["1", "9"]).contains(&("partners".into(), "unknown_choice")));
    assert!(codes(&["1", "x"]).contains(&("partners".into(), "unknown_choice")));
}

#[test]
fn title_is_required_and_bounded() {
    let mut i = input(&["1", "2"]);
    i.next_step = NextStepInput::default();
    i.title = "   ".into();
    assert_eq!(i.validate(&ALLOWED, Origin::Office, Idea, true).unwrap_err()[0].code, "required");
    i.title = "x".repeat(MAX_TITLE + 1);
    assert_eq!(i.validate(&ALLOWED, Origin::Office, Idea, true).unwrap_err()[0].code, "too_long");
    i.title = "Fest".into();
    i.description = "y".repeat(MAX_DESCRIPTION + 1);
    assert_eq!(i.validate(&ALLOWED, Origin::Office, Idea, true).unwrap_err()[0].field, "description");
}

#[test]
fn a_step_needs_text_and_a_real_date() {
    assert_eq!(NextStepInput { text: " ".into(), due: String::new() }.validate_alone().unwrap_err()[0].code, "required");
    assert_eq!(NextStepInput { text: String::new(), due: "2027-01-01".into() }.validate_alone().unwrap_err()[0].code, "required");
    for bad in ["2027-13-01", "2027-04-31", "27-01-01", "morgen", "2027-1-1"] {
        assert_eq!(NextStepInput { text: "Antrag".into(), due: bad.into() }.validate_alone().unwrap_err()[0].code, "date", "{bad}");
    }
    assert_eq!(NextStepInput { text: "Antrag".into(), due: String::new() }.validate_alone().unwrap().due, None);
    assert_eq!(NextStepInput { text: "x".repeat(MAX_STEP + 1), due: String::new() }.validate_alone().unwrap_err()[0].code, "too_long");
}

#[test]
fn stopping_needs_a_reason() {
    let stop = |reason: &str| StatusInput { status: "stopped".into(), reason: reason.into() };
    assert_eq!(stop("  ").validate(Running).unwrap_err()[0].code, "project_reason");
    assert_eq!(stop("Förderung abgelehnt").validate(Running).unwrap(), (Stopped, Some("Förderung abgelehnt".into())));
    assert_eq!(StatusInput { status: "running".into(), reason: "egal".into() }.validate(Planned).unwrap(), (Running, None));
    assert_eq!(StatusInput { status: "idea".into(), reason: String::new() }.validate(Planned).unwrap_err()[0].code, "project_transition");
    assert_eq!(StatusInput { status: "fertig".into(), reason: String::new() }.validate(Planned).unwrap_err()[0].code, "choose_one");
}

#[test]
fn origins_have_a_source_key_once_per_source() {
    assert_eq!(Origin::Meeting { meeting: 3, round: 2, table: 1, index: 0 }.source_key().as_deref(), Some("meeting:3:2:1:0"));
    assert_eq!(Origin::Introduction { introduction: 7 }.source_key().as_deref(), Some("introduction:7"));
    assert_eq!(Origin::Office.source_key(), None);
    let json = serde_json::to_string(&Origin::Introduction { introduction: 7 }).unwrap();
    assert_eq!(json, r#"{"kind":"introduction","introduction":7}"#);
}

#[test]
fn open_steps_are_sorted_by_due_date() {
    let mut p = input(&["1", "2"]);
    p.next_step.due = String::new();
    let mut project = p.validate(&ALLOWED, Origin::Office, Idea, false).unwrap();
    assert!(!project.is_public(), "a proposal is not public");
    project.next_steps.push(NextStep { text: "B".into(), due: Some("2027-05-01".into()), done: false });
    project.next_steps.push(NextStep { text: "A".into(), due: Some("2027-03-01".into()), done: false });
    project.next_steps.push(NextStep { text: "Z".into(), due: Some("2027-01-01".into()), done: true });
    let order: Vec<&str> = project.open_steps().iter().map(|s| s.text.as_str()).collect();
    assert_eq!(order, vec!["A", "B", "Raum anfragen"]);
}

#[test]
fn details_keep_the_title_rules_and_the_proposing_partner() {
    let typed = |title: &str, partners: &[&str]| ProjectDetailsInput {
        title: title.into(),
        partners: partners.iter().map(|p| (*p).to_owned()).collect(),
    };
    assert_eq!(typed("  Neuer   Titel ", &["2", "3", "2"]).validate(&ALLOWED, None), Ok(("Neuer Titel".into(), vec![OrgId(2), OrgId(3)])));
    let codes = |r: Result<(String, Vec<OrgId>), Vec<crate::profile_form::FieldError>>| {
        r.unwrap_err().into_iter().map(|e| (e.field, e.code)).collect::<Vec<_>>()
    };
    assert_eq!(codes(typed("", &["1", "2"]).validate(&ALLOWED, None)), vec![("title".into(), "required")]);
    assert_eq!(codes(typed(&"x".repeat(MAX_TITLE + 1), &["1", "2"]).validate(&ALLOWED, None)), vec![("title".into(), "too_long")]);
    assert_eq!(codes(typed("T", &["1", "99"]).validate(&ALLOWED, None)), vec![("partners".into(), "unknown_choice")]);
    assert_eq!(codes(typed("T", &["2", "3"]).validate(&ALLOWED, Some(OrgId(1)))), vec![("partners".into(), "project_keep_own")]);
    assert!(typed("T", &["1", "3"]).validate(&ALLOWED, Some(OrgId(1))).is_ok());
}

#[test]
fn partner_changes_name_the_added_and_the_removed() {
    assert_eq!(partner_changes(&[OrgId(1), OrgId(2)], &[OrgId(2), OrgId(3), OrgId(4)]), (vec![OrgId(3), OrgId(4)], vec![OrgId(1)]));
    assert_eq!(partner_changes(&[OrgId(1)], &[OrgId(1)]), (vec![], vec![]));
}

#[test]
fn a_project_stored_before_the_proposer_was_kept_reads_as_the_office_s() {
    let mut typed = input(&["1", "2"]);
    typed.next_step.due.clear();
    let mut stored = serde_json::to_value(typed.validate(&ALLOWED, Origin::Office, Idea, true).unwrap()).unwrap();
    assert!(stored.get("proposed_by").is_none(), "not written while unknown");
    stored.as_object_mut().unwrap().remove("proposed_by");
    let project: Project = serde_json::from_value(stored).unwrap();
    assert_eq!(project.proposed_by, None);
}
