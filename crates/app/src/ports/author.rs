//! Who made a change.

use domain::accounts::{EmailAddress, UserId};

/// Who made a change: a user, or a system process such as an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Author {
    System(&'static str),
    User(UserId),
    /// A visitor without an account who proposed a new association and confirmed this address.
    Proposer(EmailAddress),
}

impl Author {
    pub fn label(&self) -> String {
        match self {
            Author::System(name) => format!("system:{name}"),
            Author::User(id) => format!("user:{id}"),
            Author::Proposer(email) => format!("proposal:{email}"),
        }
    }
}
