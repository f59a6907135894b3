//! The office's inbox for ideas and concerns (Anliegen): case types, the status a case goes
//! through, outcomes, and the rules of the form a sender fills in. Pure and unit-tested.

use serde::{Deserialize, Serialize};

use crate::accounts::EmailAddress;
use crate::language::UiLocale;
use crate::profile_form::FieldError;

/// Longest text of a case or of a reply, in characters.
pub const MAX_TEXT: usize = 4000;
/// Shortest text of a new case, in characters (a word or two is not a concern the office can answer).
pub const MIN_TEXT: usize = 10;
/// Most associations a case may name as concerned.
pub const MAX_CONCERNED: usize = 10;
/// Longest internal note or outcome remark, in characters.
pub const MAX_NOTE: usize = 2000;

/// The database id of a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CaseId(pub i64);

impl std::fmt::Display for CaseId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// What the sender brings to the office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CaseKind {
    Idea,
    Concern,
    Question,
    /// A request for support.
    Support,
}

impl CaseKind {
    pub const ALL: [CaseKind; 4] = [CaseKind::Idea, CaseKind::Concern, CaseKind::Question, CaseKind::Support];

    /// Stable key, as stored and in URLs; the label is `inbox-kind-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            CaseKind::Idea => "idea",
            CaseKind::Concern => "concern",
            CaseKind::Question => "question",
            CaseKind::Support => "support",
        }
    }

    pub fn parse(key: &str) -> Option<CaseKind> {
        CaseKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Where a case stands: new → in progress → waiting for you (the sender) → done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CaseStatus {
    New,
    InProgress,
    /// The office answered or asked; the sender's turn.
    WaitingForSender,
    Done,
}

impl CaseStatus {
    pub const ALL: [CaseStatus; 4] = [CaseStatus::New, CaseStatus::InProgress, CaseStatus::WaitingForSender, CaseStatus::Done];

    /// Stable key, as stored and in URLs; the label is `inbox-status-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            CaseStatus::New => "new",
            CaseStatus::InProgress => "in_progress",
            CaseStatus::WaitingForSender => "waiting",
            CaseStatus::Done => "done",
        }
    }

    pub fn parse(key: &str) -> Option<CaseStatus> {
        CaseStatus::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Whether the office may set `to` by hand from here. Closing goes through [`CaseStatus::close`];
    /// a done case is reopened to in progress.
    pub fn may_become(self, to: CaseStatus) -> bool {
        use CaseStatus::*;
        matches!(
            (self, to),
            (New, InProgress)
                | (New, WaitingForSender)
                | (InProgress, WaitingForSender)
                | (WaitingForSender, InProgress)
                | (Done, InProgress)
        )
    }

    /// The status after the office's public reply: the sender's turn.
    pub fn after_office_reply(self) -> Result<CaseStatus, TransitionError> {
        match self {
            CaseStatus::Done => Err(TransitionError::Closed),
            _ => Ok(CaseStatus::WaitingForSender),
        }
    }

    /// The status after the sender replied: the office's turn again; a new case stays new.
    /// A done case is reopened.
    pub fn after_sender_reply(self) -> CaseStatus {
        match self {
            CaseStatus::New => CaseStatus::New,
            _ => CaseStatus::InProgress,
        }
    }

    /// Closing with an outcome; a done case cannot be closed twice.
    pub fn close(self) -> Result<CaseStatus, TransitionError> {
        match self {
            CaseStatus::Done => Err(TransitionError::Closed),
            _ => Ok(CaseStatus::Done),
        }
    }

    /// Whether the office still has to act (for the queue's default view).
    pub fn is_open(self) -> bool {
        self != CaseStatus::Done
    }
}

/// A status change that the rules refuse; `code()` names the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("the case is closed")]
    Closed,
    #[error("this status change is not possible")]
    NotAllowed,
}

impl TransitionError {
    pub fn code(self) -> &'static str {
        match self {
            TransitionError::Closed => "inbox-refused-closed",
            TransitionError::NotAllowed => "inbox-refused-transition",
        }
    }
}

/// How a case ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// The question was answered or the concern resolved.
    Resolved,
    /// The idea is taken up (a meeting topic, a project, a change).
    TakenUp,
    /// Passed on to another service that is responsible.
    Referred,
    /// Not possible, with the reason in the reply.
    NotPossible,
    /// The same as another case, merged into it.
    Duplicate,
    /// No answer from the sender.
    NoResponse,
}

impl Outcome {
    pub const ALL: [Outcome; 6] =
        [Outcome::Resolved, Outcome::TakenUp, Outcome::Referred, Outcome::NotPossible, Outcome::Duplicate, Outcome::NoResponse];

    /// Stable key, as stored; the label is `inbox-outcome-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Resolved => "resolved",
            Outcome::TakenUp => "taken_up",
            Outcome::Referred => "referred",
            Outcome::NotPossible => "not_possible",
            Outcome::Duplicate => "duplicate",
            Outcome::NoResponse => "no_response",
        }
    }

    pub fn parse(key: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.key() == key)
    }
}

/// The form as sent, every field as typed (kept for re-rendering).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseInput {
    pub kind: String,
    pub topic: String,
    pub text: String,
    pub email: String,
    pub language: String,
    /// Slugs or ids of concerned associations, as chosen.
    pub concerns: Vec<String>,
}

/// What the rules need besides the input.
pub struct CaseContext<'a> {
    /// The category keys a topic may be.
    pub topics: &'a [String],
    /// Concerned associations that exist, as the form names them.
    pub associations: &'a [String],
    /// The sender's account address, when signed in: no address needs to be typed.
    pub account_email: Option<&'a EmailAddress>,
}

/// A valid case as the sender wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseContent {
    pub kind: CaseKind,
    /// A category key, or `None` for "other".
    pub topic: Option<String>,
    pub text: String,
    pub email: EmailAddress,
    pub language: UiLocale,
    pub concerns: Vec<String>,
}

impl CaseInput {
    /// Checks every field and reports all errors at once.
    pub fn validate(&self, ctx: &CaseContext<'_>) -> Result<CaseContent, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut err = |field: &str, code: &'static str| errors.push(FieldError { field: field.to_owned(), code });
        let kind = CaseKind::parse(self.kind.trim());
        if kind.is_none() {
            err("kind", "choose_one");
        }
        let topic = self.topic.trim();
        if !topic.is_empty() && !ctx.topics.iter().any(|t| t == topic) {
            err("topic", "unknown_choice");
        }
        let text = self.text.trim();
        let length = text.chars().count();
        if length == 0 {
            err("text", "required");
        } else if length < MIN_TEXT {
            err("text", "too_short");
        } else if length > MAX_TEXT {
            err("text", "inbox_text_too_long");
        }
        let email = match (self.email.trim(), ctx.account_email) {
            ("", Some(own)) => Some(own.clone()),
            ("", None) => {
                err("email", "required");
                None
            }
            (typed, _) => EmailAddress::parse(typed).map_err(|_| err("email", "email")).ok(),
        };
        let language = UiLocale::parse(self.language.trim());
        if language.is_none() {
            err("language", "choose_one");
        }
        let mut concerns: Vec<String> = Vec::new();
        for chosen in self.concerns.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
            if !ctx.associations.iter().any(|a| a == chosen) {
                err("concerns", "unknown_choice");
                break;
            }
            if !concerns.iter().any(|c| c == chosen) {
                concerns.push(chosen.to_owned());
            }
        }
        if concerns.len() > MAX_CONCERNED {
            err("concerns", "too_many");
        }
        match (kind, email, language) {
            (Some(kind), Some(email), Some(language)) if errors.is_empty() => Ok(CaseContent {
                kind,
                topic: (!topic.is_empty()).then(|| topic.to_owned()),
                text: text.to_owned(),
                email,
                language,
                concerns,
            }),
            _ => Err(errors),
        }
    }
}

/// A reply's or note's text, trimmed: `required` when empty, `too_long` past `max`.
pub fn message_text(raw: &str, max: usize) -> Result<String, &'static str> {
    let text = raw.trim();
    if text.is_empty() {
        Err("required")
    } else if text.chars().count() > max {
        Err("too_long")
    } else {
        Ok(text.to_owned())
    }
}

/// Seconds from a case's arrival to its first public answer and to its close, for the reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ResponseTimes {
    pub to_first_answer: Option<i64>,
    pub to_close: Option<i64>,
}

impl ResponseTimes {
    /// From the case's times (Unix seconds); a time before the arrival counts as zero.
    pub fn of(created_at: i64, first_answer_at: Option<i64>, closed_at: Option<i64>) -> ResponseTimes {
        ResponseTimes {
            to_first_answer: first_answer_at.map(|t| (t - created_at).max(0)),
            to_close: closed_at.map(|t| (t - created_at).max(0)),
        }
    }
}

/// Days a closed case's private links keep working, so the sender can read the last answer.
pub const LINK_DAYS_AFTER_CLOSE: i64 = 90;

/// Whether a private link of a case opens it at `now`: always while the case is open (or was
/// reopened), and for [`LINK_DAYS_AFTER_CLOSE`] days after it was closed. Unix seconds.
pub fn link_is_open(closed_at: Option<i64>, now: i64) -> bool {
    closed_at.is_none_or(|closed| now < closed + LINK_DAYS_AFTER_CLOSE * 86_400)
}

/// The median of some durations (the lower middle for an even count); `None` for none.
pub fn median(mut values: Vec<i64>) -> Option<i64> {
    values.sort_unstable();
    values.get(values.len().saturating_sub(1) / 2).copied()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn private_links_work_while_open_and_for_ninety_days_after_the_close() {
        let closed = 1_800_000_000;
        assert!(link_is_open(None, closed + 1_000 * 86_400));
        assert!(link_is_open(Some(closed), closed));
        assert!(link_is_open(Some(closed), closed + 90 * 86_400 - 1));
        assert!(!link_is_open(Some(closed), closed + 90 * 86_400));
    }

    fn input() -> CaseInput {
        CaseInput {
            kind: "concern".into(),
            topic: "bildung".into(),
            text: "  Wir suchen einen Raum für Hausaufgabenhilfe.  ".into(),
            email: "Sender@Example.org".into(),
            language: "ar".into(),
            concerns: vec!["circolo-il-ponte".into(), "circolo-il-ponte".into()],
        }
    }

    fn ctx<'a>(topics: &'a [String], associations: &'a [String]) -> CaseContext<'a> {
        CaseContext { topics, associations, account_email: None }
    }

    fn codes(result: Result<CaseContent, Vec<FieldError>>) -> Vec<(String, &'static str)> {
        result.err().unwrap_or_default().into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn a_complete_case_is_accepted_trimmed_and_without_repeated_associations() {
        let topics = vec!["bildung".to_owned()];
        let associations = vec!["circolo-il-ponte".to_owned()];
        let content = input().validate(&ctx(&topics, &associations)).unwrap();
        assert_eq!(content.kind, CaseKind::Concern);
        assert_eq!(content.topic.as_deref(), Some("bildung"));
        assert_eq!(content.text, "Wir suchen einen Raum für Hausaufgabenhilfe.");
        assert_eq!(content.email.as_str(), "sender@example.org");
        assert_eq!(content.language, UiLocale::Ar);
        assert_eq!(content.concerns, vec!["circolo-il-ponte".to_owned()]);
    }

    #[test]
    fn every_wrong_field_is_reported_at_once() {
        let bad = CaseInput {
            kind: "complaint".into(),
            topic: "weltraum".into(),
            text: "kurz".into(),
            email: "keine-adresse".into(),
            language: "xx".into(),
            concerns: vec!["unbekannt".into()],
        };
        assert_eq!(
            codes(bad.validate(&ctx(&["bildung".to_owned()], &[]))),
            vec![
                ("kind".to_owned(), "choose_one"),
                ("topic".to_owned(), "unknown_choice"),
                ("text".to_owned(), "too_short"),
                ("email".to_owned(), "email"),
                ("language".to_owned(), "choose_one"),
                ("concerns".to_owned(), "unknown_choice"),
            ]
        );
    }

    #[test]
    fn long_text_is_refused_and_the_limit_itself_accepted() {
        let topics = vec!["bildung".to_owned()];
        let associations = vec!["circolo-il-ponte".to_owned()];
        let mut at_limit = input();
        at_limit.text = "ب".repeat(MAX_TEXT);
        assert!(at_limit.validate(&ctx(&topics, &associations)).is_ok());
        let mut over = input();
        over.text = "ب".repeat(MAX_TEXT + 1);
        assert_eq!(codes(over.validate(&ctx(&topics, &associations))), vec![("text".to_owned(), "inbox_text_too_long")]);
    }

    #[test]
    fn a_signed_in_sender_may_leave_the_address_empty_and_a_visitor_may_not() {
        let topics = vec!["bildung".to_owned()];
        let associations = vec!["circolo-il-ponte".to_owned()];
        let mut no_email = input();
        no_email.email = " ".into();
        assert_eq!(codes(no_email.validate(&ctx(&topics, &associations))), vec![("email".to_owned(), "required")]);
        let own = EmailAddress::parse("vera@verein.example").unwrap();
        let signed_in = CaseContext { topics: &topics, associations: &associations, account_email: Some(&own) };
        assert_eq!(no_email.validate(&signed_in).unwrap().email, own);
        let mut no_topic = input();
        no_topic.topic = String::new();
        assert_eq!(no_topic.validate(&signed_in).unwrap().topic, None, "no topic is 'other'");
    }

    #[test]
    fn statuses_move_forward_and_a_closed_case_takes_no_reply_from_the_office() {
        use CaseStatus::*;
        assert!(New.may_become(InProgress));
        assert!(InProgress.may_become(WaitingForSender));
        assert!(WaitingForSender.may_become(InProgress));
        assert!(Done.may_become(InProgress), "reopening");
        assert!(!InProgress.may_become(New));
        assert!(!New.may_become(Done), "closing needs an outcome");
        assert_eq!(New.after_office_reply(), Ok(WaitingForSender));
        assert_eq!(Done.after_office_reply(), Err(TransitionError::Closed));
        assert_eq!(WaitingForSender.after_sender_reply(), InProgress);
        assert_eq!(New.after_sender_reply(), New);
        assert_eq!(Done.after_sender_reply(), InProgress, "the sender's reply reopens the case");
        assert_eq!(InProgress.close(), Ok(Done));
        assert_eq!(Done.close(), Err(TransitionError::Closed));
    }

    #[test]
    fn keys_round_trip() {
        for kind in CaseKind::ALL {
            assert_eq!(CaseKind::parse(kind.key()), Some(kind));
        }
        for status in CaseStatus::ALL {
            assert_eq!(CaseStatus::parse(status.key()), Some(status));
        }
        for outcome in Outcome::ALL {
            assert_eq!(Outcome::parse(outcome.key()), Some(outcome));
        }
        assert_eq!(CaseStatus::parse("erledigt"), None);
    }

    #[test]
    fn message_texts_and_response_times() {
        assert_eq!(message_text("  Danke!  ", 10), Ok("Danke!".to_owned()));
        assert_eq!(message_text("   ", 10), Err("required"));
        assert_eq!(message_text("elf Zeichen", 10), Err("too_long"));
        let times = ResponseTimes::of(1_000, Some(4_600), None);
        assert_eq!(times, ResponseTimes { to_first_answer: Some(3_600), to_close: None });
        assert_eq!(median(vec![30, 10, 20, 40]), Some(20));
        assert_eq!(median(vec![]), None);
    }
}
