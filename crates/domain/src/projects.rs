//! Cooperation projects (Kooperationsprojekte): associations that work on something together,
//! tracked from an idea to its end. A project comes from a meeting's planned project, from an
//! agreed introduction of an offer and a need, or from the office; its status moves
//! idea → planned → running → done, or it stops with a reason. A project nobody updated for
//! [`STALE_AFTER_DAYS`] days is stale, so the office asks after it.

mod form;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::ids::OrgId;

pub use form::{
    room_for_step, NextStepInput, ProjectDetailsInput, ProjectInput, StatusInput, MAX_DESCRIPTION, MAX_NEXT_STEPS, MAX_REASON, MAX_STEP,
    MAX_TITLE,
};

/// Days without an update after which the office's board flags a project.
pub const STALE_AFTER_DAYS: i64 = 90;

/// The database id of a project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProjectId(pub i64);

impl std::fmt::Display for ProjectId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Where a project is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProjectStatus {
    Idea,
    Planned,
    Running,
    Done,
    Stopped,
}

impl ProjectStatus {
    /// In the order of the office's board.
    pub const ALL: [ProjectStatus; 5] =
        [ProjectStatus::Idea, ProjectStatus::Planned, ProjectStatus::Running, ProjectStatus::Done, ProjectStatus::Stopped];

    /// The stable key in URLs, the API and the database.
    pub fn key(self) -> &'static str {
        match self {
            ProjectStatus::Idea => "idea",
            ProjectStatus::Planned => "planned",
            ProjectStatus::Running => "running",
            ProjectStatus::Done => "done",
            ProjectStatus::Stopped => "stopped",
        }
    }

    pub fn parse(key: &str) -> Option<ProjectStatus> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Done and stopped projects change no more.
    pub fn is_final(self) -> bool {
        matches!(self, ProjectStatus::Done | ProjectStatus::Stopped)
    }

    /// Whether a project may move from `self` to `to`: forward along idea → planned → running →
    /// done (steps may be skipped, e.g. an idea that starts at once), or to stopped from any open
    /// status. Nothing leaves done or stopped, and nothing goes back: a project that changes
    /// its mind stops and a new one begins, so its history stays true.
    pub fn may_move_to(self, to: ProjectStatus) -> bool {
        if self.is_final() || self == to {
            return false;
        }
        to == ProjectStatus::Stopped || to > self
    }

    /// The statuses a project may move to next, in board order.
    pub fn next(self) -> Vec<ProjectStatus> {
        Self::ALL.into_iter().filter(|to| self.may_move_to(*to)).collect()
    }
}

/// Where a project came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Origin {
    /// A planned project in a meeting's table result: the meeting's id, the round and the
    /// table (from 0), and the project's place in that result.
    Meeting { meeting: i64, round: usize, table: usize, index: usize },
    /// An agreed introduction between a need and an offer.
    Introduction { introduction: i64 },
    /// Entered by the office.
    Office,
}

impl Origin {
    /// `meeting`, `introduction` or `office`, as the API names it.
    pub fn key(&self) -> &'static str {
        match self {
            Origin::Meeting { .. } => "meeting",
            Origin::Introduction { .. } => "introduction",
            Origin::Office => "office",
        }
    }

    /// A key unique per source (`meeting:3:2:1:0`, `introduction:7`), so that one planned
    /// project or one introduction is tracked once; `None` for the office's own projects.
    pub fn source_key(&self) -> Option<String> {
        match self {
            Origin::Meeting { meeting, round, table, index } => Some(format!("meeting:{meeting}:{round}:{table}:{index}")),
            Origin::Introduction { introduction } => Some(format!("introduction:{introduction}")),
            Origin::Office => None,
        }
    }
}

/// Something the partners do next, with an optional due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextStep {
    pub text: String,
    /// `YYYY-MM-DD`.
    pub due: Option<String>,
    pub done: bool,
}

/// A cooperation project as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub title: String,
    /// Markdown.
    pub description: String,
    /// Two or more associations, in the order chosen.
    pub partners: Vec<OrgId>,
    pub origin: Origin,
    pub status: ProjectStatus,
    /// Why it stopped; only for stopped projects.
    pub stop_reason: Option<String>,
    pub next_steps: Vec<NextStep>,
    /// Shown on its own public page and on the partners' profiles.
    pub visible: bool,
    /// False while a partner's proposal waits for the office; only confirmed projects are
    /// shown to anyone but the partners and the office.
    pub confirmed: bool,
    /// The partner whose representative proposed it (from a contact request): its
    /// representatives may change the title and the partners, as the office may. `None` for
    /// the office's own and tracked projects (and for those stored before this was kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposed_by: Option<OrgId>,
}

impl Project {
    /// Whether the public sees it: confirmed and visible.
    pub fn is_public(&self) -> bool {
        self.confirmed && self.visible
    }

    /// The open next steps, earliest due first (undated last).
    pub fn open_steps(&self) -> Vec<&NextStep> {
        let mut steps: Vec<&NextStep> = self.next_steps.iter().filter(|s| !s.done).collect();
        steps.sort_by_key(|s| (s.due.is_none(), s.due.clone()));
        steps
    }
}

/// The partners `after` has and `before` had not (added), and those it dropped (removed),
/// each in their order.
pub fn partner_changes(before: &[OrgId], after: &[OrgId]) -> (Vec<OrgId>, Vec<OrgId>) {
    let added = after.iter().filter(|p| !before.contains(p)).copied().collect();
    let removed = before.iter().filter(|p| !after.contains(p)).copied().collect();
    (added, removed)
}

/// Whether a project last updated at `updated_at` is stale at `now` (both Unix seconds): open
/// (not done or stopped) and not updated for [`STALE_AFTER_DAYS`] days.
pub fn is_stale(status: ProjectStatus, updated_at: i64, now: i64) -> bool {
    !status.is_final() && now - updated_at >= STALE_AFTER_DAYS * 86_400
}
