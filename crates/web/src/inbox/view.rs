//! What the inbox pages share: cases and history entries as the pages show them.

use app::inbox::InboxError;
use app::meetings::local_time;
use app::ports::{CaseEntry, CaseRecord, EntryKind, User};
use domain::inbox::CaseId;

use crate::error::PageError;
use crate::page::PageCtx;
use crate::SharedState;

impl From<InboxError> for PageError {
    fn from(error: InboxError) -> Self {
        match error {
            InboxError::Forbidden => PageError::Forbidden,
            InboxError::NotFound => PageError::NotFound("inbox-not-found"),
            InboxError::Store(e) => e.into(),
            _ => PageError::Conflict("inbox-conflict"),
        }
    }
}

/// A case in a list or at the top of its page.
pub struct CaseCard {
    pub id: i64,
    pub kind: String,
    pub status: &'static str,
    pub status_label: String,
    pub topic: String,
    pub arrived: String,
    /// Whole days since it arrived.
    pub age_days: i64,
    pub text: String,
    pub excerpt: String,
    pub language: &'static str,
    pub assignee: String,
    pub on_behalf: String,
    pub concerns: Vec<(String, String)>,
    pub outcome: String,
    pub merged_into: Option<i64>,
    pub first_answer: String,
    pub closed: String,
}

/// The topic's label: a category's name in the reader's language, or "other".
fn topic_label(state: &SharedState, page: &PageCtx, topic: Option<&str>) -> String {
    let index = state.directory.index();
    topic
        .and_then(|key| index.categories().iter().find(|c| c.key == key).map(|c| c.label(page.lang).to_owned()))
        .unwrap_or_else(|| page.t("inbox-topic-other"))
}

fn association_name(state: &SharedState, slug: &str) -> String {
    state.directory.index().get(slug).map_or_else(|| slug.to_owned(), |l| l.name().to_owned())
}

pub fn card(state: &SharedState, page: &PageCtx, case: &CaseRecord, staff: &[User], now: i64) -> CaseCard {
    let excerpt: String = case.text.chars().take(140).collect();
    let excerpt = if case.text.chars().count() > 140 { format!("{excerpt}…") } else { excerpt };
    CaseCard {
        id: case.id.0,
        kind: page.t(&format!("inbox-kind-{}", case.kind.key())),
        status: case.status.key(),
        status_label: page.t(&format!("inbox-status-{}", case.status.key().replace('_', "-"))),
        topic: topic_label(state, page, case.topic.as_deref()),
        arrived: local_time(case.created_at),
        age_days: (now - case.created_at).max(0) / 86_400,
        text: case.text.clone(),
        excerpt,
        language: case.language.code(),
        assignee: case.assignee.and_then(|id| staff.iter().find(|u| u.id == id)).map_or_else(String::new, |u| u.email.as_str().to_owned()),
        on_behalf: case.on_behalf.and_then(|org| state.directory.index().by_id(org)).map_or_else(String::new, |l| l.name().to_owned()),
        concerns: case.concerns.iter().map(|slug| (slug.clone(), association_name(state, slug))).collect(),
        outcome: case.outcome.map_or_else(String::new, |o| page.t(&format!("inbox-outcome-{}", o.key().replace('_', "-")))),
        merged_into: case.merged_into.map(|c| c.0),
        first_answer: case.first_answer_at.map(local_time).unwrap_or_default(),
        closed: case.closed_at.map(local_time).unwrap_or_default(),
    }
}

/// One entry of a case's history.
pub struct EntryView {
    /// `sender`, `reply`, `note` or `event`.
    pub kind: &'static str,
    pub who: String,
    pub text: String,
    pub when: String,
}

/// An entry as the office reads it (who by address) or as the sender reads it (the office by name).
pub fn entry(page: &PageCtx, entry: &CaseEntry, staff: &[User], for_office: bool) -> EntryView {
    let account = entry.author.strip_prefix("user:").and_then(|id| id.parse::<i64>().ok());
    let who = match entry.kind {
        EntryKind::Sender => page.t("inbox-who-sender"),
        _ if !for_office => page.t("inbox-who-office"),
        _ => account
            .and_then(|id| staff.iter().find(|u| u.id.0 == id))
            .map_or_else(|| page.t("inbox-who-sender"), |u| u.email.as_str().to_owned()),
    };
    let text = match entry.kind {
        EntryKind::Event => event_text(page, &entry.body, staff),
        _ => entry.body.clone(),
    };
    EntryView { kind: entry.kind.key(), who, text, when: local_time(entry.at) }
}

/// A history mark (`status:done`, `assigned:3`, `closed:resolved`, `merged_into:7`) in words.
fn event_text(page: &PageCtx, mark: &str, staff: &[User]) -> String {
    let (what, value) = mark.split_once(':').unwrap_or((mark, ""));
    let arg = match what {
        "status" => page.t(&format!("inbox-status-{}", value.replace('_', "-"))),
        "closed" => page.t(&format!("inbox-outcome-{}", value.replace('_', "-"))),
        "assigned" => value
            .parse::<i64>()
            .ok()
            .and_then(|id| staff.iter().find(|u| u.id.0 == id))
            .map_or_else(|| value.to_owned(), |u| u.email.as_str().to_owned()),
        _ => format!("#{value}"),
    };
    match what {
        "created" | "unassigned" | "status" | "closed" | "assigned" | "merged_into" | "merged_from" => {
            page.tr.targs(&format!("inbox-event-{}", what.replace('_', "-")), &[("value", arg.into())])
        }
        _ => mark.to_owned(),
    }
}

/// The case id of a path, or "not found".
pub fn case_id(raw: &str) -> Result<CaseId, PageError> {
    raw.parse::<i64>().ok().filter(|id| *id > 0).map(CaseId).ok_or(PageError::NotFound("inbox-not-found"))
}

/// A notice named in the address (`?notice=`), shown only when it is one of ours.
pub fn notice(page: &PageCtx, raw: Option<&str>) -> Option<String> {
    const KNOWN: [&str; 10] = [
        "received",
        "replied",
        "noted",
        "assigned",
        "status",
        "closed",
        "merged",
        "inbox-refused-closed",
        "inbox-refused-transition",
        "inbox-refused-conflict",
    ];
    let raw = raw?;
    KNOWN.contains(&raw).then(|| if raw.starts_with("inbox-") { page.t(raw) } else { page.t(&format!("inbox-notice-{raw}")) })
}
