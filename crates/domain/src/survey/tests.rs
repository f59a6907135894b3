#![allow(clippy::unwrap_used)]

use super::answers::raw;
use super::*;
use crate::localized::LocalizedText;

fn de(text: &str) -> LocalizedText {
    LocalizedText::new().with("de", text)
}

fn q(key: &str, kind: QuestionKind) -> Question {
    Question { key: key.into(), text: de(key), help: LocalizedText::new(), kind, required: false, condition: None, profile_linked: false }
}

fn options(keys: &[&str]) -> Vec<Choice> {
    keys.iter().map(|k| Choice { key: (*k).into(), label: de(k) }).collect()
}

fn sample() -> Questionnaire {
    let mut room = q("has_room", QuestionKind::YesNo);
    room.required = true;
    let mut size = q("room_size", QuestionKind::Number { min: 1, max: 500 });
    size.condition = Some(Condition { question: "has_room".into(), value: "yes".into() });
    Questionnaire {
        sections: vec![
            Section {
                title: de("Über Sie"),
                questions: vec![
                    room,
                    q("challenges", QuestionKind::MultipleChoice { options: options(&["room", "money", "volunteers"]), other: true }),
                    q("know", QuestionKind::Scale { low: de("gar nicht"), high: de("sehr gut") }),
                ],
            },
            Section {
                title: de("Raum"),
                questions: vec![size, q("remarks", QuestionKind::LongText), q("fields", QuestionKind::Categories)],
            },
        ],
    }
}

fn answers_of(pairs: &[(&str, Answer)]) -> Answers {
    pairs.iter().map(|(k, a)| ((*k).to_owned(), a.clone())).collect()
}

#[test]
fn a_sample_questionnaire_passes_its_checks() {
    assert_eq!(check_questionnaire(&sample()), Ok(()));
}

#[test]
fn questionnaire_checks_name_the_problem() {
    let mut dup = sample();
    dup.sections[1].questions[1].key = "know".into();
    assert_eq!(check_questionnaire(&dup).map_err(|e| e.code()), Err("duplicate_key"));

    let mut later = sample();
    later.sections[0].questions[2].condition = Some(Condition { question: "remarks".into(), value: "x".into() });
    assert_eq!(check_questionnaire(&later).map_err(|e| e.code()), Err("condition_unknown"));

    let mut value = sample();
    value.sections[1].questions[0].condition = Some(Condition { question: "has_room".into(), value: "maybe".into() });
    assert_eq!(check_questionnaire(&value).map_err(|e| e.code()), Err("condition_value"));

    let mut no_german = sample();
    no_german.sections[0].questions[1].text = LocalizedText::new().with("en", "Challenges");
    assert_eq!(check_questionnaire(&no_german).map_err(|e| e.code()), Err("missing_text"));

    let mut empty_choice = sample();
    empty_choice.sections[0].questions[1].kind = QuestionKind::SingleChoice { options: vec![], other: false };
    assert_eq!(check_questionnaire(&empty_choice).map_err(|e| e.code()), Err("no_options"));

    let mut other_key = sample();
    other_key.sections[0].questions[1].kind = QuestionKind::SingleChoice { options: options(&["other"]), other: false };
    assert_eq!(check_questionnaire(&other_key).map_err(|e| e.code()), Err("invalid_key"));

    let mut range = sample();
    range.sections[1].questions[0].kind = QuestionKind::Number { min: 5, max: 1 };
    assert_eq!(check_questionnaire(&range).map_err(|e| e.code()), Err("bad_range"));

    assert_eq!(check_questionnaire(&Questionnaire::default()).map_err(|e| e.code()), Err("empty"));
    let mut bad_key = sample();
    bad_key.sections[0].questions[0].key = "Hat Raum".into();
    assert_eq!(check_questionnaire(&bad_key).map_err(|e| e.code()), Err("invalid_key"));
}

#[test]
fn answers_are_checked_with_stable_codes() {
    let s = sample();
    let cats = vec!["sport".to_owned(), "culture".to_owned()];
    let code = |key: &str, pairs: &[(&str, &str)]| parse_answer(s.question(key).unwrap(), &raw(pairs), &cats).map_err(AnswerError::code);

    assert_eq!(code("has_room", &[]), Err("required"));
    assert_eq!(code("has_room", &[("has_room", "  ")]), Err("required"));
    assert_eq!(code("has_room", &[("has_room", "yes")]), Ok(Some(Answer::YesNo(true))));
    assert_eq!(code("has_room", &[("has_room", "perhaps")]), Err("unknown_option"));
    assert_eq!(code("has_room", &[("has_room", "yes"), ("has_room", "no")]), Err("single_value"));

    assert_eq!(
        code("challenges", &[("challenges", "money"), ("challenges", "money")]),
        Ok(Some(Answer::Choices { keys: vec!["money".into()], other: None }))
    );
    assert_eq!(code("challenges", &[("challenges", "rent")]), Err("unknown_option"));
    assert_eq!(code("challenges", &[("challenges", "other")]), Err("other_text_missing"));
    assert_eq!(
        code("challenges", &[("challenges", "other"), ("challenges.other", " Bürokratie ")]),
        Ok(Some(Answer::Choices { keys: vec!["other".into()], other: Some("Bürokratie".into()) }))
    );
    // An "other" text without ticking "other" is not kept.
    assert_eq!(
        code("challenges", &[("challenges", "room"), ("challenges.other", "x")]),
        Ok(Some(Answer::Choices { keys: vec!["room".into()], other: None }))
    );

    assert_eq!(code("know", &[("know", "6")]), Err("out_of_range"));
    assert_eq!(code("know", &[("know", "0")]), Err("out_of_range"));
    assert_eq!(code("know", &[("know", "drei")]), Err("not_a_number"));
    assert_eq!(code("know", &[("know", "3")]), Ok(Some(Answer::Number(3))));
    assert_eq!(code("room_size", &[("room_size", "99999999999999999999")]), Err("not_a_number"));
    assert_eq!(code("room_size", &[("room_size", "501")]), Err("out_of_range"));
    assert_eq!(code("room_size", &[("room_size", "-1")]), Err("out_of_range"));

    let long = "x".repeat(MAX_LONG_TEXT + 1);
    assert_eq!(code("remarks", &[("remarks", &long)]), Err("too_long"));
    assert_eq!(code("remarks", &[("remarks", "<script>alert(1)</script>")]), Ok(Some(Answer::Text("<script>alert(1)</script>".into()))));
    assert_eq!(code("remarks", &[]), Ok(None));

    assert_eq!(code("fields", &[("fields", "sport"), ("fields", "chess")]), Err("unknown_category"));
    assert_eq!(code("fields", &[("fields", "sport")]), Ok(Some(Answer::Keys(vec!["sport".into()]))));
    let many: Vec<(&str, &str)> = (0..61).map(|_| ("fields", "sport")).collect();
    assert_eq!(code("fields", &many), Err("too_many"));

    let langs = q("langs", QuestionKind::Languages);
    assert_eq!(
        parse_answer(&langs, &raw(&[("langs", "ar"), ("langs", "de")]), &cats),
        Ok(Some(Answer::Keys(vec!["ar".into(), "de".into()])))
    );
    assert_eq!(parse_answer(&langs, &raw(&[("langs", "Arabisch!")]), &cats).map_err(AnswerError::code), Err("unknown_language"));
}

#[test]
fn conditions_show_a_question_only_after_the_named_answer() {
    let s = sample();
    let size = s.question("room_size").unwrap();
    assert!(!visible(&s, size, &Answers::new()));
    assert!(!visible(&s, size, &answers_of(&[("has_room", Answer::YesNo(false))])));
    assert!(visible(&s, size, &answers_of(&[("has_room", Answer::YesNo(true))])));
    assert!(visible(&s, s.question("remarks").unwrap(), &Answers::new()));
}

#[test]
fn a_chained_condition_needs_its_whole_chain() {
    let mut s = sample();
    let mut deeper = q("room_shared", QuestionKind::YesNo);
    deeper.condition = Some(Condition { question: "room_size".into(), value: "20".into() });
    s.sections.push(Section { title: de("Mehr"), questions: vec![deeper] });
    assert_eq!(check_questionnaire(&s), Ok(()));
    let shared = s.question("room_shared").unwrap();
    // The size answer is stale: the room question now says no, so neither is shown.
    let stale = answers_of(&[("has_room", Answer::YesNo(false)), ("room_size", Answer::Number(20))]);
    assert!(!visible(&s, shared, &stale));
    let live = answers_of(&[("has_room", Answer::YesNo(true)), ("room_size", Answer::Number(20))]);
    assert!(visible(&s, shared, &live));
}

#[test]
fn a_section_takes_only_the_shown_questions_and_lists_every_refusal() {
    let s = sample();
    let cats = vec!["sport".to_owned()];
    let sent = raw(&[("room_size", "abc"), ("remarks", "Wir teilen uns einen Raum."), ("fields", "sport")]);
    let (answers, errors) = section_answers(&s, 1, &sent, &Answers::new(), &cats);
    // room_size is hidden without "has_room = yes": its bad value is ignored.
    assert!(errors.is_empty());
    assert_eq!(answers.len(), 2);
    let earlier = answers_of(&[("has_room", Answer::YesNo(true))]);
    let (answers, errors) = section_answers(&s, 1, &sent, &earlier, &cats);
    assert_eq!(errors, vec![("room_size".to_owned(), AnswerError::NotANumber)]);
    assert_eq!(answers.len(), 2);
    assert_eq!(section_answers(&s, 9, &sent, &earlier, &cats), (Answers::new(), Vec::new()));
}

#[test]
fn once_answers_exist_changes_that_break_them_are_refused_and_removals_asked() {
    let old = sample();
    assert!(check_change(&old, &Questionnaire::default(), false).is_empty());

    let mut added = old.clone();
    added.sections[0].questions.push(q("new_one", QuestionKind::ShortText));
    if let QuestionKind::MultipleChoice { options, .. } = &mut added.sections[0].questions[1].kind {
        options.push(Choice { key: "language".into(), label: de("Sprache") });
    }
    added.sections[0].questions[2].text = de("Wie gut kennen Sie die anderen Vereine?");
    assert!(check_change(&old, &added, true).is_empty());

    let mut broken = old.clone();
    broken.sections[0].questions[0].kind = QuestionKind::ShortText;
    broken.sections[0].questions[1].kind = QuestionKind::MultipleChoice { options: options(&["room", "money"]), other: false };
    broken.sections[1].questions[0].kind = QuestionKind::Number { min: 10, max: 500 };
    broken.sections[1].questions.remove(1);
    let problems = check_change(&old, &broken, true);
    assert_eq!(
        problems,
        vec![
            ChangeProblem::KindChanged("has_room".into()),
            ChangeProblem::OptionRemoved { question: "challenges".into(), option: "volunteers".into() },
            ChangeProblem::OtherRemoved("challenges".into()),
            ChangeProblem::RangeNarrowed("room_size".into()),
            ChangeProblem::QuestionRemoved("remarks".into()),
        ]
    );
    assert_eq!(problems.iter().filter(|p| p.is_blocking()).count(), 4);
    assert!(!problems[4].is_blocking());
    assert_eq!(problems[4].question(), "remarks");
}

#[test]
fn status_follows_the_dates() {
    let mut survey =
        Survey { title: de("B"), intro: LocalizedText::new(), anonymous: true, opens_at: None, closes_at: None, questionnaire: sample() };
    assert_eq!(survey.status(100), SurveyStatus::Draft);
    survey.opens_at = Some(100);
    survey.closes_at = Some(200);
    assert_eq!(survey.status(99).key(), "draft");
    assert_eq!(survey.status(100).key(), "open");
    assert_eq!(survey.status(200).key(), "closed");
}

#[test]
fn tallies_count_options_values_and_texts() {
    let s = sample();
    let r1 = answers_of(&[
        ("challenges", Answer::Choices { keys: vec!["room".into(), "other".into()], other: Some("Bürokratie".into()) }),
        ("know", Answer::Number(2)),
        ("room_size", Answer::Number(12)),
    ]);
    let r2 = answers_of(&[
        ("challenges", Answer::Choices { keys: vec!["room".into(), "money".into()], other: None }),
        ("know", Answer::Number(4)),
    ]);
    let r3 = answers_of(&[("room_size", Answer::Number(80)), ("remarks", Answer::Text("Danke".into()))]);
    let all = [r1, r2, r3];

    let t = tally(s.question("challenges").unwrap(), &all);
    assert_eq!(t.answered, 2);
    assert_eq!(t.counts, vec![("room".into(), 2), ("money".into(), 1), ("volunteers".into(), 0), ("other".into(), 1)]);
    assert_eq!(t.texts, vec!["Bürokratie".to_owned()]);

    let t = tally(s.question("know").unwrap(), &all);
    assert_eq!(t.counts.iter().map(|(_, n)| *n).collect::<Vec<_>>(), vec![0, 1, 0, 1, 0]);
    assert_eq!(t.mean, Some(3.0));

    let t = tally(s.question("room_size").unwrap(), &all);
    assert_eq!(t.answered, 2);
    assert_eq!(t.counts.iter().map(|(_, n)| *n).sum::<usize>(), 2);
    assert_eq!(t.counts.first().map(|(k, _)| k.as_str()), Some("12..25"));
    assert_eq!(t.counts.last().map(|(k, _)| k.as_str()), Some("68..80"));

    let t = tally(s.question("remarks").unwrap(), &all);
    assert_eq!((t.answered, t.texts.clone(), t.counts.len()), (1, vec!["Danke".to_owned()], 0));

    let t = tally(s.question("has_room").unwrap(), &all);
    assert_eq!(t.counts, vec![("yes".into(), 0), ("no".into(), 0)]);
    assert_eq!(t.mean, None);
}

#[test]
fn one_number_gives_one_bar() {
    let size = q("n", QuestionKind::Number { min: 0, max: 10 });
    let all = [answers_of(&[("n", Answer::Number(7))])];
    assert_eq!(tally(&size, &all).counts, vec![("7".into(), 1)]);
}

#[test]
fn small_groups_are_suppressed_only_when_anonymous_and_filtered() {
    assert!(suppressed(true, true, MIN_GROUP - 1));
    assert!(!suppressed(true, true, MIN_GROUP));
    assert!(!suppressed(true, false, 1));
    assert!(!suppressed(false, true, 1));

    let s = sample();
    let yes = answers_of(&[("has_room", Answer::YesNo(true))]);
    let no = answers_of(&[("has_room", Answer::YesNo(false))]);
    let big: Vec<&Answers> = vec![&yes, &yes, &no, &yes, &no];
    let small: Vec<&Answers> = vec![&yes, &no];
    let groups = vec![("mso".to_owned(), big), ("other".to_owned(), small)];
    let t = cross_tab(s.question("has_room").unwrap(), &groups, true);
    assert_eq!(t.columns, vec!["yes".to_owned(), "no".to_owned()]);
    assert_eq!(t.rows[0].counts, Some(vec![3, 2]));
    assert_eq!(t.rows[1].counts, None);
    assert_eq!(t.rows[1].responses, 2);
    assert!(t.any_suppressed);
    let open = cross_tab(s.question("has_room").unwrap(), &groups, false);
    assert_eq!(open.rows[1].counts, Some(vec![1, 1]));
    assert!(!open.any_suppressed);
}

#[test]
fn answers_round_trip_through_json() {
    let a = answers_of(&[
        ("c", Answer::Choice { key: "other".into(), other: Some("x".into()) }),
        ("n", Answer::Number(3)),
        ("y", Answer::YesNo(false)),
    ]);
    let json = serde_json::to_string(&a).unwrap();
    assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), a);
    let s = Survey {
        title: de("B"),
        intro: LocalizedText::new(),
        anonymous: false,
        opens_at: Some(1),
        closes_at: None,
        questionnaire: sample(),
    };
    let json = serde_json::to_string(&s).unwrap();
    assert_eq!(serde_json::from_str::<Survey>(&json).unwrap(), s);
}

#[test]
fn answers_turned_back_into_form_values_parse_to_the_same() {
    let s = sample();
    let cats = vec!["sport".to_owned()];
    let a = answers_of(&[
        ("has_room", Answer::YesNo(true)),
        ("challenges", Answer::Choices { keys: vec!["room".into(), "other".into()], other: Some("Versicherung".into()) }),
        ("know", Answer::Number(4)),
        ("room_size", Answer::Number(30)),
        ("remarks", Answer::Text("Zeile 1\nZeile 2".into())),
        ("fields", Answer::Keys(vec!["sport".into()])),
    ]);
    let raw = to_raw(&a);
    for q in s.questions() {
        assert_eq!(parse_answer(q, &raw, &cats).unwrap().as_ref(), a.get(&q.key), "{}", q.key);
    }
}
