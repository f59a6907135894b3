//! The meeting as the office planned it, and its status.

use serde::{Deserialize, Serialize};

use super::ids::RegistrationId;
use crate::geo::GeoPoint;

/// How many people one association may register unless the office says otherwise.
pub const DEFAULT_PER_ASSOCIATION_LIMIT: u32 = 2;

/// Where the meeting takes place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Venue {
    pub name: String,
    /// One line, as people write it ("Kulturzentrum, Wilhelmstraße 9/1, 71638 Ludwigsburg").
    pub address: String,
    pub position: Option<GeoPoint>,
}

/// One time slot with a topic ("Vereine bieten").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    pub topic: String,
    pub minutes: u32,
}

/// A table; its index in [`Meeting::tables`] is the table number the planner uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub name: String,
    /// The participant who leads the table and records its results.
    pub moderator: Option<RegistrationId>,
    pub capacity: u32,
}

/// A network meeting. Times are Unix seconds (UTC), like the rest of the domain; the
/// instance's time zone only matters when a form is read or a page shows a time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    pub title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub venue: Venue,
    /// Markdown as typed; turning it into safe HTML is the web layer's job.
    pub agenda: String,
    /// Confirmed places; registrations beyond go on the waiting list.
    pub capacity: u32,
    /// Last moment a representative may register (Unix seconds, not after the start).
    pub registration_deadline: i64,
    pub per_association_limit: u32,
    pub rounds: Vec<Round>,
    pub tables: Vec<Table>,
    pub cancelled: bool,
}

/// What visitors see of a meeting's state (`status` in the API).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    Upcoming,
    Past,
    Cancelled,
}

impl MeetingStatus {
    /// The stable key used in the API and in message ids (`meeting-status-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            MeetingStatus::Upcoming => "upcoming",
            MeetingStatus::Past => "past",
            MeetingStatus::Cancelled => "cancelled",
        }
    }
}

impl Meeting {
    /// Cancelled wins; otherwise a meeting is past once it has ended, and upcoming until
    /// then (also while it is under way: it is still "on").
    pub fn status(&self, now: i64) -> MeetingStatus {
        if self.cancelled {
            MeetingStatus::Cancelled
        } else if now >= self.ends_at {
            MeetingStatus::Past
        } else {
            MeetingStatus::Upcoming
        }
    }

    /// Representatives may register until the deadline (inclusive), unless cancelled.
    pub fn registration_open(&self, now: i64) -> bool {
        self.status(now) == MeetingStatus::Upcoming && now <= self.registration_deadline
    }

    /// Seats at all tables together.
    pub fn seats(&self) -> u32 {
        self.tables.iter().map(|t| t.capacity).sum()
    }

    /// The rounds' minutes added up.
    pub fn programme_minutes(&self) -> u32 {
        self.rounds.iter().map(|r| r.minutes).sum()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// 11 January 2026, 10:00 UTC.
    pub(crate) const START: i64 = 1_768_125_600;

    pub(crate) fn meeting() -> Meeting {
        Meeting {
            title: "Netzwerktreffen".into(),
            starts_at: START,
            ends_at: START + 4 * 3600,
            venue: Venue { name: "Kulturzentrum".into(), address: "Wilhelmstraße 9/1, 71638 Ludwigsburg".into(), position: None },
            agenda: String::new(),
            capacity: 4,
            registration_deadline: START - 86_400,
            per_association_limit: 2,
            rounds: vec![Round { topic: "Vereine bieten".into(), minutes: 45 }],
            tables: vec![
                Table { name: "A".into(), moderator: None, capacity: 2 },
                Table { name: "B".into(), moderator: None, capacity: 2 },
            ],
            cancelled: false,
        }
    }

    #[test]
    fn status_follows_time_and_cancel_flag() {
        let mut m = meeting();
        assert_eq!(m.status(START - 1), MeetingStatus::Upcoming);
        assert_eq!(m.status(START + 60), MeetingStatus::Upcoming, "under way is still on");
        assert_eq!(m.status(m.ends_at), MeetingStatus::Past);
        m.cancelled = true;
        assert_eq!(m.status(START - 1), MeetingStatus::Cancelled);
        assert_eq!(m.status(m.ends_at + 1), MeetingStatus::Cancelled);
        assert_eq!(MeetingStatus::Past.key(), "past");
    }

    #[test]
    fn registration_closes_at_the_deadline() {
        let m = meeting();
        assert!(m.registration_open(m.registration_deadline));
        assert!(!m.registration_open(m.registration_deadline + 1));
        assert_eq!(m.seats(), 4);
        assert_eq!(m.programme_minutes(), 45);
    }
}
