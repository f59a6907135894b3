//! Network meetings (Netzwerktreffen), the pure part: the meeting and its form, the
//! registration form, registration and check-in rules, structured table results and the
//! iCalendar file. Seating plans are made by the `planner` crate; `app::meetings` turns a
//! meeting into its input and back.

mod form;
mod ical;
mod ids;
mod local_time;
mod meeting;
mod registration;
mod registration_form;
mod results;

pub use form::{MeetingContext, MeetingInput, RoundInput, TableInput, MAX_AGENDA, MAX_ROUNDS, MAX_TABLES, MAX_TABLE_CAPACITY, MAX_TITLE};
pub use ical::icalendar;
pub use ids::{MeetingId, RegistrationId};
pub use local_time::{format_local, german_offset, parse_local};
pub use meeting::{Meeting, MeetingStatus, Round, Table, Venue, DEFAULT_PER_ASSOCIATION_LIMIT};
pub use registration::{
    admit, mark_attendance, promotions, walk_in, Admission, Attendance, AttendanceMark, AttendanceRefusal, Registrar, Registration,
    RegistrationRefusal, RegistrationState,
};
pub use registration_form::{RegistrationDetails, RegistrationInput, LIST_CONSENT_TEXT_VERSION};
pub use results::{PlannedProject, ProjectInput, TableResult, TableResultInput};
