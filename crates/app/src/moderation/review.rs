//! The office approves or rejects a pending revision.

use domain::accounts::EmailAddress;
use domain::ids::OrgId;
use domain::slug::Slug;

use super::{audit, author, record, refresh, require_staff, ModerationError};
use crate::accounts::sign_in::Viewer;
use crate::directory::Directory;
use crate::ports::{AccountStore, Author};

/// The office's decision on a pending revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Reject,
}

/// What was decided, with what the web layer needs to tell the author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewOutcome {
    pub org: OrgId,
    pub slug: Slug,
    /// The organisation's name after the review.
    pub name: String,
    pub number: i64,
    pub decision: Decision,
    /// The revision's author.
    pub author: Author,
}

impl ReviewOutcome {
    /// The proposer's address, confirmed by mail, when the reviewed revision is the proposal
    /// of a new association by a visitor without an account (author `proposal:<email>`).
    pub fn proposer(&self) -> Option<EmailAddress> {
        match &self.author {
            Author::Proposer(email) => Some(email.clone()),
            _ => None,
        }
    }
}

/// Approves (publishes) or rejects a pending revision. Office staff only; a rejection needs a
/// comment for the author. Older pending revisions of the organisation are closed as `superseded`.
pub async fn review(
    directory: &Directory,
    accounts: &dyn AccountStore,
    viewer: &Viewer,
    org: OrgId,
    number: i64,
    decision: Decision,
    comment: &str,
) -> Result<ReviewOutcome, ModerationError> {
    require_staff(viewer)?;
    let comment = comment.trim();
    if decision == Decision::Reject && comment.is_empty() {
        return Err(ModerationError::CommentRequired);
    }
    let store = directory.revisions();
    let revision = store.revision(org, number).await?.ok_or(ModerationError::NotFound)?;
    let approve = decision == Decision::Approve;
    store.review_revision(org, number, approve, comment, &author(viewer), directory.clock().now().unix_secs()).await?;
    let action = if approve { "revision.approve" } else { "revision.reject" };
    let detail = if comment.is_empty() { format!("revision {number}") } else { format!("revision {number}: {comment}") };
    audit(accounts, viewer, action, org, detail).await?;
    if approve {
        refresh(directory).await?;
    }
    let record = record(directory, org).await?;
    Ok(ReviewOutcome { org, slug: record.slug, name: record.name, number, decision, author: revision.info.author })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn outcome(author: Author) -> ReviewOutcome {
        let slug = Slug::parse("elternverein").unwrap();
        ReviewOutcome { org: OrgId(7), slug, name: "Elternverein".into(), number: 1, decision: Decision::Approve, author }
    }

    #[test]
    fn a_proposal_names_its_proposer_and_an_edit_does_not() {
        let email = EmailAddress::parse("ayse@example.org").unwrap();
        assert_eq!(outcome(Author::Proposer(email.clone())).proposer(), Some(email));
        assert_eq!(outcome(Author::User(domain::accounts::UserId(3))).proposer(), None);
        assert_eq!(outcome(Author::system("import")).proposer(), None);
    }
}
