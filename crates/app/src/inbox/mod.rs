//! The office's inbox for ideas and concerns (Anliegen): sending a case (at once when signed in,
//! after the address is confirmed by a link otherwise), the sender's private page and "Meine
//! Anliegen", the office's queue with assignment, notes, replies, merges and closing, and the
//! response times for the reports.

mod office;
mod response_times;
mod sender;
mod service;
mod submit;

pub use office::{assign, close, detail, merge, note, queue, reply, set_status, CaseDetail};
pub use response_times::{response_summary, ResponseSummary};
pub use sender::{case_by_link, my_case, my_cases, reply_as_sender, SenderView};
pub use service::{Inbox, InboxError, RequestFrom};
pub use submit::{confirm_case, read_pending, submit_case, Submission, Submitted, VERIFY_SECS};
