//! Use case: who made a revision or an audit event, in words a page can show. Revisions carry a
//! parsed [`Author`]; the audit log keeps its actor as a label, which [`Author::parse`] reads.

use domain::accounts::EmailAddress;

use crate::ports::{AccountStore, Author, StoreError};

/// An author as a page names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthorName {
    /// An account, by its address.
    Account(EmailAddress),
    /// An account that no longer exists (deleted, or the label is unreadable).
    DeletedAccount,
    /// A visitor who proposed a new association, by the address they confirmed.
    Proposer(String),
    /// A survey's consented profile update (`system:survey:<slug>`), by the survey's slug.
    Survey(String),
    /// An import, a job or another process.
    System,
}

/// Names an author; accounts are looked up for their current address.
pub async fn name_author(accounts: &dyn AccountStore, author: &Author) -> Result<AuthorName, StoreError> {
    Ok(match author {
        Author::User(id) => accounts.user(*id).await?.map_or(AuthorName::DeletedAccount, |user| AuthorName::Account(user.email)),
        Author::Proposer(email) => AuthorName::Proposer(email.as_str().to_owned()),
        Author::System(name) => system_name(name),
    })
}

/// A system author in words: a survey's profile update names its survey, anything else is "system".
fn system_name(name: &str) -> AuthorName {
    match name.strip_prefix("survey:") {
        Some(slug) if !slug.is_empty() => AuthorName::Survey(slug.to_owned()),
        _ => AuthorName::System,
    }
}

/// Names the author of a stored label (the audit log's actor); text that is no label reads as a
/// system process, as it always did.
pub async fn name_author_label(accounts: &dyn AccountStore, label: &str) -> Result<AuthorName, StoreError> {
    match Author::parse(label) {
        Some(author) => name_author(accounts, &author).await,
        None => Ok(AuthorName::System),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_survey_update_names_its_survey() {
        assert_eq!(system_name("survey:vereinsbefragung-2027"), AuthorName::Survey("vereinsbefragung-2027".into()));
        assert_eq!(system_name("survey:"), AuthorName::System);
        assert_eq!(system_name("import"), AuthorName::System);
    }
}
