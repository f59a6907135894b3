//! Who made a change, as revisions (`author`, `reviewed_by`) and the audit log store it: a label
//! such as `user:42`, `proposal:ayse@example.org` or `system:import`, parsed once when read.

use std::borrow::Cow;

use domain::accounts::{EmailAddress, UserId};

/// Who made a change: a user, a visitor who proposed an association, or a system process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Author {
    /// A process such as an import or the yearly check, by name.
    System(Cow<'static, str>),
    User(UserId),
    /// A visitor without an account who proposed a new association and confirmed this address.
    Proposer(EmailAddress),
}

impl Author {
    /// A system process.
    pub const fn system(name: &'static str) -> Author {
        Author::System(Cow::Borrowed(name))
    }

    /// The label as stored, e.g. `user:42`.
    pub fn label(&self) -> String {
        match self {
            Author::System(name) => format!("system:{name}"),
            Author::User(id) => format!("user:{id}"),
            Author::Proposer(email) => format!("proposal:{email}"),
        }
    }

    /// The author a stored label names; `None` for text that is no label.
    pub fn parse(label: &str) -> Option<Author> {
        let (kind, rest) = label.split_once(':')?;
        match kind {
            "system" if !rest.is_empty() => Some(Author::System(Cow::Owned(rest.to_owned()))),
            "user" => rest.parse().ok().map(|id| Author::User(UserId(id))),
            "proposal" => EmailAddress::parse(rest).ok().map(Author::Proposer),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_parsed_back_into_their_author() {
        let email = EmailAddress::parse("ayse@example.org").unwrap_or_else(|e| panic!("{e:?}"));
        for author in [Author::system("import"), Author::User(UserId(42)), Author::Proposer(email)] {
            assert_eq!(Author::parse(&author.label()), Some(author));
        }
        for label in ["", "user:", "user:x", "system:", "proposal:no-at-sign", "robot:1", "42"] {
            assert_eq!(Author::parse(label), None, "{label}");
        }
    }
}
