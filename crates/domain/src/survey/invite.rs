//! Invitations: which associations the office chose (all, a filter, a list), how far the
//! responses have come, and the reminder rule — an association gets at most one mail of a
//! survey a week (the invitation counts as one), and none once it answered. An association
//! counts as invited once the mail with its link went out (`Delivery`), not when it was queued.

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

/// Where the mail with an association's current link is (the mails of its last invitation or
/// reminder, one per recipient).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// At least one of them was handed to the mail server (or nothing was recorded: the
    /// invitation is older than the record, or was made without a mail).
    Sent,
    /// Queued or being retried, none sent yet.
    Pending,
    /// Every one failed for good: the association has no working link.
    Failed,
}

impl Delivery {
    /// From the recorded mails of the current link: how many there are, how many were sent
    /// and how many failed for good.
    pub fn of(mails: i64, sent: i64, failed: i64) -> Delivery {
        if mails <= 0 || sent > 0 {
            Delivery::Sent
        } else if failed >= mails {
            Delivery::Failed
        } else {
            Delivery::Pending
        }
    }
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
    pub delivery: Delivery,
}

impl Contact {
    /// Whether it counts as invited: its link went out, or it answered with it.
    pub fn reached(&self) -> bool {
        self.started || self.submitted || self.delivery == Delivery::Sent
    }
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

/// The reminder rule at `now` (Unix seconds): none after the answer, at most one a week — but
/// when the last mail failed for good, a new one may go at once (nothing arrived).
pub fn reminder(contact: &Contact, now: i64) -> Reminder {
    if contact.submitted {
        return Reminder::Answered;
    }
    if contact.delivery == Delivery::Failed {
        return Reminder::Due;
    }
    let last = contact.reminded_at.map_or(contact.invited_at, |r| r.max(contact.invited_at));
    let next = last.saturating_add(REMINDER_INTERVAL);
    if now < next {
        Reminder::TooSoon { next }
    } else {
        Reminder::Due
    }
}

/// The response rate: invited (the link went out), started (saved, not sent yet) and
/// submitted; apart from them the invitations whose mail is still queued or failed for good.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub invited: usize,
    pub started: usize,
    pub submitted: usize,
    /// Mail queued, not sent yet: not counted as invited.
    pub pending: usize,
    /// Mail failed for good: not counted as invited.
    pub failed: usize,
}

impl Progress {
    pub fn of<'a>(contacts: impl IntoIterator<Item = &'a Contact>) -> Progress {
        let mut p = Progress::default();
        for c in contacts {
            if !c.reached() {
                match c.delivery {
                    Delivery::Failed => p.failed += 1,
                    _ => p.pending += 1,
                }
                continue;
            }
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
        Contact { invited_at, reminded_at, started: false, submitted, delivery: Delivery::Sent }
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
        let sent = Delivery::Sent;
        let contacts = [
            Contact { invited_at: 0, reminded_at: None, started: true, submitted: true, delivery: sent },
            Contact { invited_at: 0, reminded_at: None, started: true, submitted: false, delivery: sent },
            Contact { invited_at: 0, reminded_at: None, started: false, submitted: false, delivery: sent },
        ];
        let p = Progress::of(&contacts);
        assert_eq!(p, Progress { invited: 3, started: 1, submitted: 1, pending: 0, failed: 0 });
        assert_eq!(p.percent(), 33);
        assert_eq!(p.waiting(), 1);
        assert_eq!(Progress::default().percent(), 0);
    }

    #[test]
    fn delivery_is_sent_once_one_mail_went_out_and_failed_only_when_all_failed() {
        assert_eq!(Delivery::of(0, 0, 0), Delivery::Sent, "nothing recorded: counted as before");
        assert_eq!(Delivery::of(2, 1, 1), Delivery::Sent, "one of two editors got it");
        assert_eq!(Delivery::of(2, 0, 1), Delivery::Pending, "the other is still being retried");
        assert_eq!(Delivery::of(1, 0, 0), Delivery::Pending);
        assert_eq!(Delivery::of(2, 0, 2), Delivery::Failed);
    }

    #[test]
    fn only_invitations_whose_mail_went_out_count_as_invited() {
        let at = |delivery, started, submitted| Contact { invited_at: 0, reminded_at: None, started, submitted, delivery };
        let contacts = [
            at(Delivery::Sent, false, false),
            at(Delivery::Failed, false, false),
            at(Delivery::Pending, false, false),
            at(Delivery::Pending, false, false),
            // Answered with an earlier link although the reminder's mail failed: reached.
            at(Delivery::Failed, true, true),
        ];
        let p = Progress::of(&contacts);
        assert_eq!(p, Progress { invited: 2, started: 0, submitted: 1, pending: 2, failed: 1 });
        assert_eq!(p.percent(), 50);
        assert_eq!(p.waiting(), 1);
    }

    #[test]
    fn a_failed_mail_may_be_sent_again_at_once() {
        let failed = Contact { invited_at: 0, reminded_at: None, started: false, submitted: false, delivery: Delivery::Failed };
        assert_eq!(reminder(&failed, DAY), Reminder::Due);
        let pending = Contact { delivery: Delivery::Pending, ..failed };
        assert_eq!(reminder(&pending, DAY), Reminder::TooSoon { next: 7 * DAY });
        assert_eq!(reminder(&Contact { submitted: true, ..failed }, DAY), Reminder::Answered);
    }
}
