//! Use case: who made a revision or an audit event, in words a page can show. Revisions and
//! the audit log keep authors as labels (`user:42`, `proposal:a@b.example`, `system:import`).

use domain::accounts::{EmailAddress, UserId};

use crate::ports::{AccountStore, StoreError};

/// An author as a page names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthorName {
    /// An account, by its address.
    Account(EmailAddress),
    /// An account that no longer exists (deleted, or the label is unreadable).
    DeletedAccount,
    /// A visitor who proposed a new association, by the address they confirmed.
    Proposer(String),
    /// An import, a job or another process.
    System,
}

/// What a label says, before any lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label<'a> {
    User(Option<UserId>),
    Proposer(&'a str),
    System,
}

fn read_label(label: &str) -> Label<'_> {
    if let Some(id) = label.strip_prefix("user:") {
        return Label::User(id.parse().ok().map(UserId));
    }
    match label.strip_prefix("proposal:") {
        Some(email) => Label::Proposer(email),
        None => Label::System,
    }
}

/// Names the author of a label; accounts are looked up for their current address.
pub async fn name_author(accounts: &dyn AccountStore, label: &str) -> Result<AuthorName, StoreError> {
    Ok(match read_label(label) {
        Label::User(Some(id)) => accounts.user(id).await?.map_or(AuthorName::DeletedAccount, |user| AuthorName::Account(user.email)),
        Label::User(None) => AuthorName::DeletedAccount,
        Label::Proposer(email) => AuthorName::Proposer(email.to_owned()),
        Label::System => AuthorName::System,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_say_who_acted() {
        assert_eq!(read_label("user:42"), Label::User(Some(UserId(42))));
        assert_eq!(read_label("user:x"), Label::User(None));
        assert_eq!(read_label("proposal:a@b.example"), Label::Proposer("a@b.example"));
        assert_eq!(read_label("system:import"), Label::System);
        assert_eq!(read_label(""), Label::System);
    }
}
