//! Tells the author of a reviewed change the office's decision, or the proposer of a new
//! association whether it was published; in their language (a proposer without an account gets
//! the instance's).

use super::{Decision, ReviewOutcome};
use crate::mail::compose::{MailKind, Mailing};
use crate::ports::{Author, UserStore};

/// Mails the author or proposer of a reviewed revision. Failures are logged; the decision stands.
pub async fn notify_author(users: &dyn UserStore, mailing: &Mailing<'_>, outcome: &ReviewOutcome, comment: &str) {
    let base = mailing.base_url;
    let organisation = outcome.name.clone();
    let (to, language, kind) = match outcome.proposer() {
        Some(proposer) => {
            let kind = match outcome.decision {
                Decision::Approve => MailKind::ProposalApproved {
                    organisation,
                    comment: comment.to_owned(),
                    link: format!("{base}/organisations/{}", outcome.slug),
                },
                Decision::Reject => {
                    MailKind::ProposalRejected { organisation, comment: comment.to_owned(), link: format!("{base}/organisations/propose") }
                }
            };
            let language = users.user_by_email(&proposer).await.ok().flatten().and_then(|u| u.language);
            (proposer, language, kind)
        }
        None => {
            let Author::User(id) = outcome.author else { return };
            let Ok(Some(user)) = users.user(id).await else { return };
            let link = format!("{base}/organisations/{}/edit", outcome.slug);
            let kind = match outcome.decision {
                Decision::Approve => MailKind::RevisionApproved { organisation, comment: comment.to_owned(), link },
                Decision::Reject => MailKind::RevisionRejected { organisation, comment: comment.to_owned(), link },
            };
            (user.email, user.language, kind)
        }
    };
    mailing.notify(&to, language, &kind).await;
}
