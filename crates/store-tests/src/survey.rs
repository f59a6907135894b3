//! Contract of `SurveyStore`: surveys with their questionnaire, changes as compare-and-set,
//! invitations with a personal link's hash, one response per association saved page by page
//! and submitted once, and the counts the reports take.

use app::ports::{NewSurvey, SaveResponse, StoreError};
use domain::ids::OrgId;
use domain::localized::LocalizedText;
use domain::survey::{Answer, Answers, Question, QuestionKind, Questionnaire, Section, Survey};

use crate::directory::new_org;
use crate::TestStores;

const T0: i64 = 1_900_000_000;
const DAY: i64 = 86_400;

fn de(text: &str) -> LocalizedText {
    LocalizedText::new().with("de", text)
}

fn survey() -> Survey {
    let question = Question {
        key: "has_room".into(),
        text: de("Haben Sie einen Raum?"),
        help: de(""),
        kind: QuestionKind::YesNo,
        required: true,
        condition: None,
        profile_linked: false,
    };
    Survey {
        title: de("Vereinsbefragung 2026"),
        intro: de("Danke!"),
        anonymous: true,
        opens_at: Some(T0),
        closes_at: Some(T0 + 30 * DAY),
        questionnaire: Questionnaire { sections: vec![Section { title: de("Raum"), questions: vec![question] }] },
    }
}

async fn orgs(stores: &TestStores) -> Vec<OrgId> {
    let new = [new_org("verein-a", "Verein A"), new_org("verein-b", "Verein B"), new_org("verein-c", "Verein C")];
    stores.directory.create_organisations(&new, &app::ports::Author::system("contract")).await.unwrap()
}

fn yes() -> Answers {
    [("has_room".to_owned(), Answer::YesNo(true))].into_iter().collect()
}

fn save(answers: &Answers, section: i64, at: i64, submit: bool) -> SaveResponse<'_> {
    SaveResponse { answers, section, at, submit, profile_consent: false }
}

pub async fn a_survey_is_stored_found_by_slug_and_changed_by_compare_and_set(stores: TestStores) {
    let s = stores.survey.clone();
    let id = s.create_survey(&NewSurvey { slug: "befragung".into(), survey: survey(), at: T0 }).await.unwrap();
    let stored = s.survey_by_slug("befragung").await.unwrap().unwrap();
    assert_eq!((stored.id, stored.version, stored.changed_at), (id, 1, T0));
    assert_eq!(stored.survey, survey());
    assert_eq!(s.survey_by_id(id).await.unwrap().map(|r| r.slug), Some("befragung".into()));
    assert!(s.survey_by_slug("unbekannt").await.unwrap().is_none());

    let again = s.create_survey(&NewSurvey { slug: "befragung".into(), survey: survey(), at: T0 }).await;
    assert!(matches!(again, Err(StoreError::SlugTaken(_))), "{again:?}");

    let mut changed = survey();
    changed.anonymous = false;
    s.update_survey(id, &changed, 1, T0 + 5).await.unwrap();
    let stored = s.survey_by_id(id).await.unwrap().unwrap();
    assert_eq!((stored.version, stored.changed_at, stored.survey.anonymous), (2, T0 + 5, false));
    let stale = s.update_survey(id, &survey(), 1, T0 + 6).await;
    assert!(matches!(stale, Err(StoreError::Conflict(_))), "{stale:?}");
    let missing = s.update_survey(domain::survey::SurveyId(id.0 + 99), &survey(), 1, T0).await;
    assert!(matches!(missing, Err(StoreError::NotFound(_))), "{missing:?}");

    s.create_survey(&NewSurvey { slug: "zweite".into(), survey: survey(), at: T0 }).await.unwrap();
    let all: Vec<String> = s.surveys().await.unwrap().into_iter().map(|r| r.slug).collect();
    assert_eq!(all, vec!["zweite".to_owned(), "befragung".to_owned()]);
}

pub async fn an_invitation_is_one_per_association_and_its_link_can_be_renewed(stores: TestStores) {
    let o = orgs(&stores).await;
    let s = stores.survey.clone();
    let id = s.create_survey(&NewSurvey { slug: "befragung".into(), survey: survey(), at: T0 }).await.unwrap();
    assert!(s.invite(id, o[0], "hash-a", T0).await.unwrap());
    assert!(!s.invite(id, o[0], "hash-a2", T0 + 1).await.unwrap(), "invited once");
    assert!(s.invite(id, o[1], "hash-b", T0).await.unwrap());
    assert_eq!(s.invitation_by_token("hash-a").await.unwrap(), Some((id, o[0])));
    assert_eq!(s.invitation_by_token("hash-a2").await.unwrap(), None);

    s.remind(id, o[0], "hash-a3", T0 + 7 * DAY).await.unwrap();
    assert_eq!(s.invitation_by_token("hash-a").await.unwrap(), None, "the old link stops working");
    assert_eq!(s.invitation_by_token("hash-a3").await.unwrap(), Some((id, o[0])));
    let missing = s.remind(id, o[2], "hash-c", T0).await;
    assert!(matches!(missing, Err(StoreError::NotFound(_))), "{missing:?}");

    let invitations = s.invitations(id).await.unwrap();
    assert_eq!(invitations.len(), 2);
    assert_eq!((invitations[0].organisation, invitations[0].invited_at, invitations[0].reminded_at), (o[0], T0, Some(T0 + 7 * DAY)));
    assert_eq!(invitations[1].reminded_at, None);
}

pub async fn a_response_is_saved_page_by_page_submitted_once_and_stays_editable(stores: TestStores) {
    let o = orgs(&stores).await;
    let s = stores.survey.clone();
    let id = s.create_survey(&NewSurvey { slug: "befragung".into(), survey: survey(), at: T0 }).await.unwrap();
    s.invite(id, o[0], "hash-a", T0).await.unwrap();
    s.invite(id, o[1], "hash-b", T0).await.unwrap();
    assert!(!s.has_answers(id).await.unwrap());
    assert!(s.response(id, o[0]).await.unwrap().is_none(), "nothing saved yet");

    let answers = yes();
    s.save_response(id, o[0], &save(&answers, 1, T0 + 10, false)).await.unwrap();
    assert!(s.has_answers(id).await.unwrap());
    let saved = s.response(id, o[0]).await.unwrap().unwrap();
    assert_eq!((saved.section, saved.saved_at, saved.submitted_at, saved.answers.clone()), (1, T0 + 10, None, yes()));
    assert!(s.responses(id).await.unwrap().is_empty(), "not submitted yet");

    s.save_response(id, o[0], &SaveResponse { profile_consent: true, ..save(&answers, 1, T0 + 20, true) }).await.unwrap();
    let no: Answers = [("has_room".to_owned(), Answer::YesNo(false))].into_iter().collect();
    s.save_response(id, o[0], &save(&no, 0, T0 + 30, false)).await.unwrap();
    let edited = s.response(id, o[0]).await.unwrap().unwrap();
    assert_eq!((edited.submitted_at, edited.saved_at, edited.answers), (Some(T0 + 20), T0 + 30, no), "an edit keeps the submission");
    let responses = s.responses(id).await.unwrap();
    assert_eq!(responses.len(), 1);
    assert_eq!(responses[0].organisation, o[0]);

    let uninvited = s.save_response(id, o[2], &save(&answers, 0, T0, true)).await;
    assert!(matches!(uninvited, Err(StoreError::NotFound(_))), "{uninvited:?}");
    let invitations = s.invitations(id).await.unwrap();
    assert_eq!(invitations[0].submitted_at, Some(T0 + 20));
    assert_eq!(invitations[1].saved_at, None);
}

pub async fn survey_counts_give_invited_and_responses_for_a_period(stores: TestStores) {
    let o = orgs(&stores).await;
    let s = stores.survey.clone();
    let first = s.create_survey(&NewSurvey { slug: "erste".into(), survey: survey(), at: T0 }).await.unwrap();
    let second = s.create_survey(&NewSurvey { slug: "zweite".into(), survey: survey(), at: T0 }).await.unwrap();
    for (i, org) in o.iter().enumerate() {
        s.invite(first, *org, &format!("h{i}"), T0).await.unwrap();
    }
    s.invite(second, o[0], "late", T0 + 50 * DAY).await.unwrap();
    let answers = yes();
    s.save_response(first, o[0], &save(&answers, 0, T0 + DAY, true)).await.unwrap();
    s.save_response(first, o[1], &save(&answers, 0, T0 + 20 * DAY, true)).await.unwrap();
    s.save_response(first, o[2], &save(&answers, 0, T0 + 2 * DAY, false)).await.unwrap();

    let all = s.survey_counts(None, None).await.unwrap();
    let pairs: Vec<(String, i64, i64)> = all.iter().map(|c| (c.slug.clone(), c.invited, c.responses)).collect();
    assert_eq!(pairs, vec![("erste".into(), 3, 2), ("zweite".into(), 1, 0)]);
    assert_eq!(all[0].survey, first);

    let window = s.survey_counts(Some(T0), Some(T0 + 10 * DAY)).await.unwrap();
    let pairs: Vec<(String, i64, i64)> = window.iter().map(|c| (c.slug.clone(), c.invited, c.responses)).collect();
    assert_eq!(pairs, vec![("erste".into(), 3, 1), ("zweite".into(), 0, 0)]);
}

pub async fn an_invitation_counts_as_invited_once_the_mail_with_its_link_was_sent(stores: TestStores) {
    use app::ports::JobState;
    use domain::survey::Delivery;
    let o = orgs(&stores).await;
    let s = stores.survey.clone();
    let id = s.create_survey(&NewSurvey { slug: "befragung".into(), survey: survey(), at: T0 }).await.unwrap();
    for (n, org) in o.iter().enumerate() {
        assert!(s.invite(id, *org, &format!("hash-{n}"), T0).await.unwrap());
    }
    let job = || {
        let jobs = stores.jobs.clone();
        async move { jobs.enqueue("mail.send", &serde_json::json!({}), std::time::SystemTime::now()).await.unwrap() }
    };
    // A: two recipients, one mail sent; B: its only mail failed for good; C: still queued.
    let (a1, a2, b1, c1) = (job().await, job().await, job().await, job().await);
    s.record_mails(id, o[0], &[a1, a2]).await.unwrap();
    s.record_mails(id, o[1], &[b1]).await.unwrap();
    s.record_mails(id, o[2], &[c1]).await.unwrap();
    let delivery = || async { s.invitations(id).await.unwrap().into_iter().map(|i| i.delivery).collect::<Vec<_>>() };
    assert_eq!(delivery().await, [Delivery::Pending; 3], "queued mails: nobody counts as invited yet");
    let invited = || async { s.survey_counts(None, None).await.unwrap()[0].invited };
    assert_eq!(invited().await, 0);

    let now = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
    let lease = std::time::Duration::from_secs(300);
    while let Some(claimed) = stores.jobs.claim_next(now, lease).await.unwrap() {
        if claimed.id == a1 {
            assert!(stores.jobs.complete(claimed.id, claimed.attempts).await.unwrap());
        } else if claimed.id == a2 || claimed.id == b1 {
            assert_eq!(stores.jobs.fail(claimed.id, claimed.attempts, "550 no such user", None).await.unwrap(), Some(JobState::Failed));
        } else {
            // C's mail goes back to the queue for a retry later.
            let later = Some(now + std::time::Duration::from_secs(3_600));
            assert_eq!(stores.jobs.fail(claimed.id, claimed.attempts, "timeout", later).await.unwrap(), Some(JobState::Queued));
        }
    }
    assert_eq!(delivery().await, [Delivery::Sent, Delivery::Failed, Delivery::Pending]);
    assert_eq!(invited().await, 1, "only the association whose link went out counts");

    // A reminder's mails replace those of the old link: B's new mail is queued again.
    let b2 = job().await;
    s.record_mails(id, o[1], &[b2]).await.unwrap();
    assert_eq!(delivery().await[1], Delivery::Pending);
    // Answering counts as invited, whatever became of the mail.
    s.save_response(id, o[2], &save(&yes(), 0, T0 + DAY, true)).await.unwrap();
    assert_eq!(invited().await, 2);
    let missing = s.record_mails(id, OrgId(999_999), &[b2]).await;
    assert!(matches!(missing, Err(StoreError::NotFound(_))), "{missing:?}");
}
