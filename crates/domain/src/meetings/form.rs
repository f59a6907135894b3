//! The meeting form: every field as the office typed it, turned into a [`Meeting`] by the
//! rules below, or into field errors (codes, translated as `form-error-<code>`) so that the
//! form comes back with the input kept.
//!
//! Rules beyond "required" and lengths, and why:
//! - a new meeting cannot start in the past (an edit may keep a start that has passed);
//! - the end is after the start, and the rounds fit between them;
//! - an empty deadline means "until the start"; a deadline after the start is refused;
//! - capacity 1–1000; per-association limit at least 1 (empty: 2) and not above the number
//!   of tables (the planner never seats two people of one association at a table);
//! - 1–12 rounds of 5–240 minutes, each with a topic;
//! - 1–100 tables, each seating 2–50, named uniquely; together they seat at least the
//!   capacity, otherwise the plan could not seat everyone confirmed;
//! - a moderator is a confirmed registration of this meeting, at one table only.

use super::local_time::parse_local;
use super::meeting::{Meeting, Round, Table, Venue, DEFAULT_PER_ASSOCIATION_LIMIT};
use super::RegistrationId;
use crate::geo::GeoPoint;
use crate::profile_form::FieldError;

pub const MAX_TITLE: usize = 200;
pub const MAX_LINE: usize = 300;
pub const MAX_AGENDA: usize = 20_000;
pub const MAX_TOPIC: usize = 120;
pub const MAX_TABLE_NAME: usize = 60;
pub const MAX_CAPACITY: u32 = 1000;
pub const MAX_ROUNDS: usize = 12;
pub const MAX_TABLES: usize = 100;
pub const MIN_TABLE_CAPACITY: u32 = 2;
pub const MAX_TABLE_CAPACITY: u32 = 50;
pub const ROUND_MINUTES: std::ops::RangeInclusive<u32> = 5..=240;

/// One round as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoundInput {
    pub topic: String,
    pub minutes: String,
}

/// One table as typed; `moderator` is a registration id or empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableInput {
    pub name: String,
    pub capacity: String,
    pub moderator: String,
}

/// The whole form as typed. Times are local `YYYY-MM-DDTHH:MM`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeetingInput {
    pub title: String,
    pub starts_at: String,
    pub ends_at: String,
    /// Empty: registration stays open until the start.
    pub registration_deadline: String,
    pub venue_name: String,
    pub venue_address: String,
    pub lat: String,
    pub lon: String,
    pub agenda: String,
    pub capacity: String,
    /// Empty: [`DEFAULT_PER_ASSOCIATION_LIMIT`].
    pub per_association_limit: String,
    pub rounds: Vec<RoundInput>,
    pub tables: Vec<TableInput>,
}

/// What the rules need to know besides the input.
#[derive(Debug, Clone, Copy)]
pub struct MeetingContext<'a> {
    /// Unix seconds.
    pub now: i64,
    /// The instance's offset from UTC at the meeting's date, in seconds (the caller resolves
    /// the time zone; the domain has no zone database).
    pub utc_offset_secs: i64,
    /// True when creating: the start must then lie in the future.
    pub is_new: bool,
    /// Confirmed registrations of this meeting, who may moderate a table.
    pub moderators: &'a [RegistrationId],
}

/// Records the first problem of a field.
pub(super) fn add(errors: &mut Vec<FieldError>, field: &str, code: &'static str) {
    if !errors.iter().any(|e| e.field == field) {
        errors.push(FieldError { field: field.to_owned(), code });
    }
}

/// Trimmed, inner whitespace (also line breaks) collapsed, control characters removed.
pub(super) fn one_line(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ").chars().filter(|c| !c.is_control()).collect()
}

fn whole_number(raw: &str) -> Option<u32> {
    raw.trim().parse::<u32>().ok()
}

impl MeetingInput {
    /// The form filled with a stored meeting, to change it.
    pub fn from_meeting(m: &Meeting, utc_offset_secs: i64) -> Self {
        let local = |t| super::local_time::format_local(t, utc_offset_secs);
        MeetingInput {
            title: m.title.clone(),
            starts_at: local(m.starts_at),
            ends_at: local(m.ends_at),
            registration_deadline: local(m.registration_deadline),
            venue_name: m.venue.name.clone(),
            venue_address: m.venue.address.clone(),
            lat: m.venue.position.map(|p| format!("{:.6}", p.lat())).unwrap_or_default(),
            lon: m.venue.position.map(|p| format!("{:.6}", p.lon())).unwrap_or_default(),
            agenda: m.agenda.clone(),
            capacity: m.capacity.to_string(),
            per_association_limit: m.per_association_limit.to_string(),
            rounds: m.rounds.iter().map(|r| RoundInput { topic: r.topic.clone(), minutes: r.minutes.to_string() }).collect(),
            tables: m
                .tables
                .iter()
                .map(|t| TableInput {
                    name: t.name.clone(),
                    capacity: t.capacity.to_string(),
                    moderator: t.moderator.map(|r| r.to_string()).unwrap_or_default(),
                })
                .collect(),
        }
    }

    /// Applies the rules: a meeting (not cancelled), or every problem found.
    pub fn validate(&self, ctx: &MeetingContext<'_>) -> Result<Meeting, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = one_line(&self.title);
        match title.chars().count() {
            0 => add(&mut errors, "title", "required"),
            n if n > MAX_TITLE => add(&mut errors, "title", "too_long"),
            _ => {}
        }
        let (starts_at, ends_at, registration_deadline) = self.times(ctx, &mut errors);
        let venue = self.venue(&mut errors);
        let agenda = self.agenda.replace("\r\n", "\n").trim().to_owned();
        if agenda.chars().count() > MAX_AGENDA {
            add(&mut errors, "agenda", "too_long");
        }
        let capacity = whole_number(&self.capacity).filter(|c| (1..=MAX_CAPACITY).contains(c));
        if capacity.is_none() {
            add(&mut errors, "capacity", "meeting_capacity_range");
        }
        let per_association_limit = match self.per_association_limit.trim() {
            "" => Some(DEFAULT_PER_ASSOCIATION_LIMIT),
            raw => whole_number(raw).filter(|&l| l >= 1),
        };
        if per_association_limit.is_none() {
            add(&mut errors, "per_association_limit", "meeting_limit_range");
        }
        let rounds = self.rounds(&mut errors);
        let tables = self.tables(ctx, &mut errors);
        if let (Some(limit), false) = (per_association_limit, tables.is_empty()) {
            if limit as usize > tables.len() {
                add(&mut errors, "per_association_limit", "meeting_limit_over_tables");
            }
        }
        let seats: u32 = tables.iter().map(|t| t.capacity).sum();
        let capacities_valid = !tables.is_empty() && tables.iter().all(|t| t.capacity > 0);
        if capacity.is_some_and(|c| capacities_valid && seats < c) {
            add(&mut errors, "tables", "meeting_seats_short");
        }
        let minutes: i64 = rounds.iter().map(|r| i64::from(r.minutes)).sum();
        if let (Some(start), Some(end)) = (starts_at, ends_at) {
            if end > start && minutes * 60 > end - start {
                add(&mut errors, "rounds", "meeting_rounds_too_long");
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Meeting {
            title,
            starts_at: starts_at.unwrap_or_default(),
            ends_at: ends_at.unwrap_or_default(),
            venue,
            agenda,
            capacity: capacity.unwrap_or_default(),
            registration_deadline: registration_deadline.unwrap_or_default(),
            per_association_limit: per_association_limit.unwrap_or(DEFAULT_PER_ASSOCIATION_LIMIT),
            rounds,
            tables,
            cancelled: false,
        })
    }

    fn times(&self, ctx: &MeetingContext<'_>, errors: &mut Vec<FieldError>) -> (Option<i64>, Option<i64>, Option<i64>) {
        let read = |field: &str, raw: &str, errors: &mut Vec<FieldError>| {
            if raw.trim().is_empty() {
                add(errors, field, "required");
                return None;
            }
            let t = parse_local(raw, ctx.utc_offset_secs);
            if t.is_none() {
                add(errors, field, "meeting_datetime");
            }
            t
        };
        let start = read("starts_at", &self.starts_at, errors);
        if start.is_some_and(|s| ctx.is_new && s <= ctx.now) {
            add(errors, "starts_at", "meeting_start_past");
        }
        let end = read("ends_at", &self.ends_at, errors);
        if let (Some(s), Some(e)) = (start, end) {
            if e <= s {
                add(errors, "ends_at", "meeting_end_before_start");
            }
        }
        let deadline = if self.registration_deadline.trim().is_empty() {
            start
        } else {
            read("registration_deadline", &self.registration_deadline, errors)
        };
        if let (Some(s), Some(d)) = (start, deadline) {
            if d > s {
                add(errors, "registration_deadline", "meeting_deadline_after_start");
            }
        }
        (start, end, deadline)
    }

    fn venue(&self, errors: &mut Vec<FieldError>) -> Venue {
        let name = one_line(&self.venue_name);
        match name.chars().count() {
            0 => add(errors, "venue_name", "required"),
            n if n > MAX_LINE => add(errors, "venue_name", "too_long"),
            _ => {}
        }
        let address = one_line(&self.venue_address);
        match address.chars().count() {
            0 => add(errors, "venue_address", "required"),
            n if n > MAX_LINE => add(errors, "venue_address", "too_long"),
            _ => {}
        }
        let (lat, lon) = (self.lat.trim().replace(',', "."), self.lon.trim().replace(',', "."));
        let position = if lat.is_empty() && lon.is_empty() {
            None
        } else {
            let point = lat.parse::<f64>().ok().zip(lon.parse::<f64>().ok()).and_then(|(a, o)| GeoPoint::new(a, o).ok());
            if point.is_none() {
                add(errors, "position", "position");
            }
            point
        };
        Venue { name, address, position }
    }

    fn rounds(&self, errors: &mut Vec<FieldError>) -> Vec<Round> {
        let rows: Vec<(usize, &RoundInput)> =
            self.rounds.iter().enumerate().filter(|(_, r)| !(r.topic.trim().is_empty() && r.minutes.trim().is_empty())).collect();
        if rows.is_empty() {
            add(errors, "rounds", "meeting_rounds_missing");
        } else if rows.len() > MAX_ROUNDS {
            add(errors, "rounds", "meeting_rounds_too_many");
        }
        let mut rounds = Vec::new();
        for (i, row) in rows {
            let topic = one_line(&row.topic);
            match topic.chars().count() {
                0 => add(errors, &format!("rounds.{i}.topic"), "required"),
                n if n > MAX_TOPIC => add(errors, &format!("rounds.{i}.topic"), "too_long"),
                _ => {}
            }
            let minutes = whole_number(&row.minutes).filter(|m| ROUND_MINUTES.contains(m));
            if minutes.is_none() {
                add(errors, &format!("rounds.{i}.minutes"), "meeting_round_minutes");
            }
            rounds.push(Round { topic, minutes: minutes.unwrap_or_default() });
        }
        rounds
    }

    fn tables(&self, ctx: &MeetingContext<'_>, errors: &mut Vec<FieldError>) -> Vec<Table> {
        let rows: Vec<(usize, &TableInput)> = self
            .tables
            .iter()
            .enumerate()
            .filter(|(_, t)| ![&t.name, &t.capacity, &t.moderator].iter().all(|f| f.trim().is_empty()))
            .collect();
        if rows.is_empty() {
            add(errors, "tables", "meeting_tables_missing");
        } else if rows.len() > MAX_TABLES {
            add(errors, "tables", "meeting_tables_too_many");
        }
        let mut tables: Vec<Table> = Vec::new();
        for (i, row) in rows {
            let name = one_line(&row.name);
            match name.chars().count() {
                0 => add(errors, &format!("tables.{i}.name"), "required"),
                n if n > MAX_TABLE_NAME => add(errors, &format!("tables.{i}.name"), "too_long"),
                _ if tables.iter().any(|t| t.name.to_lowercase() == name.to_lowercase()) => {
                    add(errors, &format!("tables.{i}.name"), "meeting_table_name_twice");
                }
                _ => {}
            }
            let capacity = whole_number(&row.capacity).filter(|c| (MIN_TABLE_CAPACITY..=MAX_TABLE_CAPACITY).contains(c));
            if capacity.is_none() {
                add(errors, &format!("tables.{i}.capacity"), "meeting_table_capacity");
            }
            let moderator = match row.moderator.trim() {
                "" => None,
                raw => {
                    let id = raw.parse::<i64>().ok().map(RegistrationId).filter(|id| ctx.moderators.contains(id));
                    if id.is_none() {
                        add(errors, &format!("tables.{i}.moderator"), "meeting_moderator_unknown");
                    } else if tables.iter().any(|t| t.moderator == id) {
                        add(errors, &format!("tables.{i}.moderator"), "meeting_moderator_twice");
                    }
                    id
                }
            };
            tables.push(Table { name, moderator, capacity: capacity.unwrap_or_default() });
        }
        tables
    }
}

#[cfg(test)]
#[path = "form_tests.rs"]
mod tests;
