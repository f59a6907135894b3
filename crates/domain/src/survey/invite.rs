//! Invitations: which associations the office chose (all, a filter, a list), how far the
//! responses have come, and the reminder rule — an association gets at most one mail of a
//! survey a week (the invitation counts as one), and none once it answered.

use std::collections::BTreeSet;

use crate::ids::OrgId;

/// Seconds between two mails of a survey to the same association.
pub const REMINDER_INTERVAL: i64 = 7 * 86_400;

/// The associations the office chose to invite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// Every published association.
    All,
    /// The published associations matching every criterion given.
    Filter { mso: Option<bool>, field: Option<String>, district: Option<String> },
    /// These associations (unpublished or unknown ones are left out).
    List(Vec<OrgId>),
}

/// What a selection looks at of a published association.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate<'a> {
    pub id: OrgId,
    pub mso: bool,
    pub categories: &'a [String],
    pub district: Option<&'a str>,
}

impl Selection {
    /// Whether the selection takes this association.
    pub fn picks(&self, candidate: &Candidate<'_>) -> bool {
        match self {
            Selection::All => true,
            Selection::Filter { mso, field, district } => {
                mso.is_none_or(|m| m == candidate.mso)
                    && field.as_ref().is_none_or(|f| candidate.categories.iter().any(|c| c == f))
                    && district.as_ref().is_none_or(|d| candidate.district == Some(d.as_str()))
            }
            Selection::List(ids) => ids.contains(&candidate.id),
        }
    }
}

/// The chosen associations among the candidates, each once, in id order.
pub fn select<'a>(selection: &Selection, candidates: impl IntoIterator<Item = Candidate<'a>>) -> Vec<OrgId> {
    let chosen: BTreeSet<OrgId> = candidates.into_iter().filter(|c| selection.picks(c)).map(|c| c.id).collect();
    chosen.into_iter().collect()
}

/// Where an invited association stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contact {
    /// Unix seconds.
    pub invited_at: i64,
    pub reminded_at: Option<i64>,
    /// Something was saved (a page or more).
    pub started: bool,
    pub submitted: bool,
}

/// Whether an invited association may get a reminder now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// It answered: no reminder.
    Answered,
    /// The last mail (invitation or reminder) is less than a week old; the next may go at `next`.
    TooSoon { next: i64 },
    /// A reminder may go now.
    Due,
}

/// The reminder rule at `now` (Unix seconds): none after the answer, at most one a week.
pub fn reminder(contact: &Contact, now: i64) -> Reminder {
    if contact.submitted {
        return Reminder::Answered;
    }
    let last = contact.reminded_at.map_or(contact.invited_at, |r| r.max(contact.invited_at));
    let next = last.saturating_add(REMINDER_INTERVAL);
    if now < next {
        Reminder::TooSoon { next }
    } else {
        Reminder::Due
    }
}

/// The response rate: invited, started (saved, not sent yet) and submitted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub invited: usize,
    pub started: usize,
    pub submitted: usize,
}

impl Progress {
    pub fn of<'a>(contacts: impl IntoIterator<Item = &'a Contact>) -> Progress {
        let mut p = Progress::default();
        for c in contacts {
            p.invited += 1;
            if c.submitted {
                p.submitted += 1;
            } else if c.started {
                p.started += 1;
            }
        }
        p
    }

    /// Submitted in whole per cent of the invited (rounded down, so 100 only when all answered).
    pub fn percent(&self) -> usize {
        (self.submitted * 100).checked_div(self.invited).unwrap_or(0)
    }

    /// Neither started nor submitted.
    pub fn waiting(&self) -> usize {
        self.invited - self.started - self.submitted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400;

    fn contact(invited_at: i64, reminded_at: Option<i64>, submitted: bool) -> Contact {
        Contact { invited_at, reminded_at, started: false, submitted }
    }

    #[test]
    fn no_reminder_within_a_week_of_the_invitation() {
        let c = contact(1_000, None, false);
        assert_eq!(reminder(&c, 1_000 + 6 * DAY), Reminder::TooSoon { next: 1_000 + 7 * DAY });
        assert_eq!(reminder(&c, 1_000 + 7 * DAY - 1), Reminder::TooSoon { next: 1_000 + 7 * DAY });
        assert_eq!(reminder(&c, 1_000 + 7 * DAY), Reminder::Due);
    }

    #[test]
    fn at_most_one_reminder_a_week() {
        let c = contact(0, Some(10 * DAY), false);
        assert_eq!(reminder(&c, 16 * DAY), Reminder::TooSoon { next: 17 * DAY });
        assert_eq!(reminder(&c, 17 * DAY), Reminder::Due);
        assert_eq!(reminder(&c, 40 * DAY), Reminder::Due);
    }

    #[test]
    fn a_reminder_noted_before_the_invitation_does_not_shorten_the_week() {
        // An association invited again after a reset keeps its week from the later mail.
        let c = contact(10 * DAY, Some(2 * DAY), false);
        assert_eq!(reminder(&c, 12 * DAY), Reminder::TooSoon { next: 17 * DAY });
    }

    #[test]
    fn no_reminder_after_the_answer() {
        assert_eq!(reminder(&contact(0, None, true), 100 * DAY), Reminder::Answered);
        assert_eq!(reminder(&contact(0, Some(DAY), true), 2 * DAY), Reminder::Answered);
    }

    fn cats(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn selections_pick_all_a_filter_or_a_list() {
        let youth = cats(&["youth", "culture"]);
        let sport = cats(&["sport"]);
        let candidates = [
            Candidate { id: OrgId(3), mso: true, categories: &youth, district: Some("nord") },
            Candidate { id: OrgId(1), mso: false, categories: &sport, district: Some("nord") },
            Candidate { id: OrgId(2), mso: true, categories: &sport, district: None },
        ];
        assert_eq!(select(&Selection::All, candidates), vec![OrgId(1), OrgId(2), OrgId(3)]);
        let mso = Selection::Filter { mso: Some(true), field: None, district: None };
        assert_eq!(select(&mso, candidates), vec![OrgId(2), OrgId(3)]);
        let sport_nord = Selection::Filter { mso: None, field: Some("sport".into()), district: Some("nord".into()) };
        assert_eq!(select(&sport_nord, candidates), vec![OrgId(1)]);
        let none = Selection::Filter { mso: Some(false), field: Some("youth".into()), district: None };
        assert!(select(&none, candidates).is_empty());
        // A list keeps only the candidates (an unknown id is left out), each once.
        let list = Selection::List(vec![OrgId(3), OrgId(9), OrgId(3)]);
        assert_eq!(select(&list, candidates), vec![OrgId(3)]);
    }

    #[test]
    fn progress_counts_started_and_submitted_apart() {
        let contacts = [
            Contact { invited_at: 0, reminded_at: None, started: true, submitted: true },
            Contact { invited_at: 0, reminded_at: None, started: true, submitted: false },
            Contact { invited_at: 0, reminded_at: None, started: false, submitted: false },
        ];
        let p = Progress::of(&contacts);
        assert_eq!(p, Progress { invited: 3, started: 1, submitted: 1 });
        assert_eq!(p.percent(), 33);
        assert_eq!(p.waiting(), 1);
        assert_eq!(Progress::default().percent(), 0);
    }
}
