//! Network meetings: the office creates and runs them, representatives register their people,
//! the table planner seats them (its input made from the registrations, its plan turned back
//! into seats), the office moves and locks people, checks them in on the day, re-plans, and
//! records and publishes results. Each use case checks who may act itself.

mod check_in;
mod edit_plan;
mod explain;
mod handouts;
mod known_pairs;
mod manage_meeting;
mod moves;
mod plan_meeting;
mod plan_tables;
mod planning_data;
mod print;
mod register;
mod results;
mod seats;
mod service;
mod translate;

pub use check_in::{add_walk_in, mark};
pub use edit_plan::{move_seat, set_lock};
pub use manage_meeting::{cancel_meeting, create_meeting, edit_meeting, slug_for};
pub use plan_meeting::{plan_meeting, plan_view, PlanView, PlanningOutcome};
pub use register::{cancel_registration, register, visible_registrations, Registered};
pub use results::{mark_held, may_see_results, moderates, participating, publish_results, record_result, MAX_SUMMARY};
pub use service::{local_time, mail_language, MeetingError, MeetingFacts, Meetings};

pub use explain::{explain_compromise, explain_error, explain_plan, Arg, Message, PlanFigures, SavedMessage};
pub use handouts::{
    handout_language, print_set, Badge, Contact, Handout, HandoutInput, HandoutRound, IntendedPair, ItemLine, PrintSet, PrintedMeeting,
    Seated, Suggestion, TableSheet, MAX_CONTACTS,
};
pub use known_pairs::pairs_met;
pub use moves::{move_person, CurrentPlan, Move, MoveRefusal};
pub use plan_tables::{plan_tables, PlannedMeeting, PlanningFailed};
pub use planner::{PlanOptions, PlanReport};
pub use planning_data::{interests_among, interests_between, known_pairs_for, remembered_pairs, rounds_met, PlanningData};
pub use print::{
    changes, documents_of, downloadable_handouts, fingerprint, handout_key, load_print_set, mail_handouts, may_download, only_changed,
    own_handout, print_bundle, print_status, sheet_key, Changes, MailHandouts, PrintSources, PrintStatus, MAIL_HANDOUTS,
};
pub use seats::{Lock, Seats};
pub use translate::{translate, Interest, KnownPair, PersonRef, PlanningInput, Translation, DEFAULT_MIN_INTEREST_WEIGHT};

#[cfg(test)]
mod tests {
    //! Every message id the meeting rules use exists in the German and English files (the web
    //! crate's completeness test then holds the other languages to German).

    const SOURCES: [&str; 8] = [
        include_str!("../../../domain/src/meetings/form.rs"),
        include_str!("../../../domain/src/meetings/results.rs"),
        include_str!("../../../domain/src/meetings/registration.rs"),
        include_str!("../../../domain/src/meetings/meeting.rs"),
        include_str!("explain.rs"),
        include_str!("moves.rs"),
        include_str!("plan_tables.rs"),
        include_str!("seats.rs"),
    ];

    fn ids(ftl: &str) -> Vec<&str> {
        ftl.lines().filter_map(|l| l.split_once(" =").map(|(id, _)| id)).filter(|id| !id.starts_with([' ', '#'])).collect()
    }

    /// Quoted words in the sources that start with `prefix`.
    fn quoted(prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        for source in SOURCES {
            for piece in source.split('"').skip(1).step_by(2) {
                if piece.starts_with(prefix) && piece.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c == '_') {
                    out.push(piece.to_owned());
                }
            }
        }
        out
    }

    #[test]
    fn every_code_has_a_text() {
        for ftl in [include_str!("../../../../locales/de/meetings.ftl"), include_str!("../../../../locales/en/meetings.ftl")] {
            let defined = ids(ftl);
            let mut wanted: Vec<String> = quoted("meeting-");
            wanted.extend(quoted("meeting_").iter().map(|code| format!("form-error-{}", code.replace('_', "-"))));
            wanted.extend(["upcoming", "past", "cancelled"].map(|s| format!("meeting-status-{s}")));
            assert!(wanted.len() > 50, "{wanted:?}");
            let missing: Vec<&String> = wanted.iter().filter(|id| !defined.contains(&id.as_str())).collect();
            assert!(missing.is_empty(), "missing in meetings.ftl: {missing:?}");
            let unused: Vec<&&str> = defined.iter().filter(|id| !wanted.iter().any(|w| w == *id)).collect();
            assert!(unused.is_empty(), "not used by any rule: {unused:?}");
        }
    }
}
