//! Accounts: user ids, email addresses, roles and the password policy.

use serde::{Deserialize, Serialize};

/// The database id of a user account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UserId(pub i64);

impl std::fmt::Display for UserId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A syntactically plausible email address, trimmed and lower-cased, so that two
/// spellings of one address compare equal.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress(String);

/// Why an email address was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("invalid email address")]
pub struct InvalidEmail;

impl EmailAddress {
    /// Longest address accepted (RFC 5321 path limit).
    pub const MAX_LEN: usize = 254;

    /// Accepts `local@domain.tld`: one `@`, a non-empty local part, a dot inside the domain,
    /// no whitespace, at most [`Self::MAX_LEN`] characters after trimming.
    pub fn parse(raw: &str) -> Result<Self, InvalidEmail> {
        let email = raw.trim().to_lowercase();
        if email.is_empty() || email.chars().count() > Self::MAX_LEN || email.chars().any(char::is_whitespace) {
            return Err(InvalidEmail);
        }
        let Some((local, domain)) = email.split_once('@') else { return Err(InvalidEmail) };
        let domain_ok =
            !domain.contains('@') && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !domain.contains("..");
        if local.is_empty() || !domain_ok {
            return Err(InvalidEmail);
        }
        Ok(Self(email))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part before the `@`.
    pub fn local_part(&self) -> &str {
        self.0.split_once('@').map_or(self.0.as_str(), |(local, _)| local)
    }
}

impl TryFrom<String> for EmailAddress {
    type Error = InvalidEmail;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<EmailAddress> for String {
    fn from(value: EmailAddress) -> Self {
        value.0
    }
}

impl std::fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What an account may do. Representatives are tied to associations elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Administrator,
    Coordinator,
    Representative,
}

/// A role key that is not one of [`Role::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role {0}")]
pub struct UnknownRole(pub String);

impl Role {
    /// Every role, most privileged first.
    pub const ALL: [Role; 3] = [Role::Administrator, Role::Coordinator, Role::Representative];

    /// Stable key, as stored in the database.
    pub fn key(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Coordinator => "coordinator",
            Role::Representative => "representative",
        }
    }

    /// The role of a stored key.
    pub fn from_key(key: &str) -> Result<Self, UnknownRole> {
        Self::ALL.into_iter().find(|r| r.key() == key).ok_or_else(|| UnknownRole(key.to_owned()))
    }
}

/// A password that satisfies the policy. Its `Debug` output never shows the password.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

/// Why a password was refused; `code()` is stable for translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("password shorter than {} characters", Password::MIN_CHARS)]
    TooShort,
    #[error("password longer than {} characters", Password::MAX_CHARS)]
    TooLong,
    #[error("password is on the list of common passwords")]
    TooCommon,
    #[error("password equals the email address's local part")]
    SameAsEmail,
}

impl PasswordError {
    /// Stable identifier of the error.
    pub fn code(self) -> &'static str {
        match self {
            PasswordError::TooShort => "password_too_short",
            PasswordError::TooLong => "password_too_long",
            PasswordError::TooCommon => "password_too_common",
            PasswordError::SameAsEmail => "password_same_as_email",
        }
    }
}

/// Common breached passwords of at least [`Password::MIN_CHARS`] characters, lower-case, one a line.
const COMMON_PASSWORDS: &str = include_str!("accounts/common_passwords.txt");

impl Password {
    /// Fewest characters (not bytes) accepted.
    pub const MIN_CHARS: usize = 12;
    /// Most characters accepted, so that hashing stays cheap.
    pub const MAX_CHARS: usize = 1024;

    /// Checks length, the common-password list (ignoring case) and the email's local part.
    pub fn parse(raw: &str, email: &EmailAddress) -> Result<Self, PasswordError> {
        let password = Self::parse_alone(raw)?;
        if raw.to_lowercase() == email.local_part() {
            return Err(PasswordError::SameAsEmail);
        }
        Ok(password)
    }

    /// The checks that need no email address: length and the common-password list.
    fn parse_alone(raw: &str) -> Result<Self, PasswordError> {
        let chars = raw.chars().count();
        if chars < Self::MIN_CHARS {
            return Err(PasswordError::TooShort);
        }
        if chars > Self::MAX_CHARS {
            return Err(PasswordError::TooLong);
        }
        let lower = raw.to_lowercase();
        if COMMON_PASSWORDS.lines().any(|common| common == lower) {
            return Err(PasswordError::TooCommon);
        }
        Ok(Self(raw.to_owned()))
    }

    /// The password itself, for hashing.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// Every problem of a registration form at once, as `(field, code)` in the form's order:
/// `email` (`required`, `invalid_email`), `password` (`required` or a [`PasswordError`] code)
/// and `password_repeat` (`required`, `passwords_differ`). Empty when the form may be sent on.
pub fn registration_problems(email: &str, password: &str, repeated: &str) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    let address = EmailAddress::parse(email);
    if email.trim().is_empty() {
        problems.push(("email", "required"));
    } else if address.is_err() {
        problems.push(("email", "invalid_email"));
    }
    let checked = match &address {
        Ok(address) => Password::parse(password, address),
        Err(_) => Password::parse_alone(password),
    };
    if password.is_empty() {
        problems.push(("password", "required"));
    } else if let Err(e) = checked {
        problems.push(("password", e.code()));
    }
    if repeated.is_empty() {
        problems.push(("password_repeat", "required"));
    } else if !password.is_empty() && repeated != password {
        problems.push(("password_repeat", "passwords_differ"));
    }
    problems
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email(raw: &str) -> EmailAddress {
        EmailAddress::parse(raw).expect("email")
    }

    #[test]
    fn a_registration_form_names_every_problem_at_once() {
        assert_eq!(
            registration_problems("", "kurz", ""),
            [("email", "required"), ("password", "password_too_short"), ("password_repeat", "required")]
        );
        assert_eq!(
            registration_problems("amira@", "ein langer guter Satz", "ein anderer Satz!!"),
            [("email", "invalid_email"), ("password_repeat", "passwords_differ")]
        );
        assert_eq!(
            registration_problems("amira.haddad@example.de", "amira.haddad", "amira.haddad"),
            [("password", "password_same_as_email")]
        );
        assert_eq!(registration_problems("a@b.de", "", ""), [("password", "required"), ("password_repeat", "required")]);
        assert!(registration_problems("a@b.de", "ein langer guter Satz", "ein langer guter Satz").is_empty());
    }

    #[test]
    fn emails_are_trimmed_and_lower_cased() {
        assert_eq!(email("  Amira.Haddad@Verein-Example.DE \n").as_str(), "amira.haddad@verein-example.de");
        assert_eq!(email("a@b.de").local_part(), "a");
    }

    #[test]
    fn bad_emails_are_refused() {
        let long = format!("{}@example.de", "a".repeat(250));
        for bad in [
            "",
            "   ",
            "amira",
            "@example.de",
            "amira@",
            "amira@example",
            "a@b@c.de",
            "am ira@example.de",
            "a@.de",
            "a@de.",
            "a@b..de",
            &long,
        ] {
            assert_eq!(EmailAddress::parse(bad), Err(InvalidEmail), "{bad}");
        }
    }

    #[test]
    fn roles_have_stable_keys() {
        for role in Role::ALL {
            assert_eq!(Role::from_key(role.key()), Ok(role));
        }
        assert_eq!(Role::Coordinator.key(), "coordinator");
        assert!(Role::from_key("root").is_err());
    }

    #[test]
    fn password_length_is_counted_in_characters() {
        let owner = email("amira@example.de");
        assert_eq!(Password::parse("kurz", &owner), Err(PasswordError::TooShort));
        // Eleven characters but 22 bytes: still too short.
        assert_eq!(Password::parse("ääääääääääß", &owner), Err(PasswordError::TooShort));
        assert!(Password::parse("äöüäöüäöüäöü", &owner).is_ok());
        assert!(Password::parse(&"x".repeat(1024), &owner).is_ok());
        assert_eq!(Password::parse(&"x".repeat(1025), &owner), Err(PasswordError::TooLong));
    }

    #[test]
    fn common_passwords_are_refused_ignoring_case() {
        let owner = email("amira@example.de");
        for common in ["passwort1234", "Password1234", "123456789012", "QWERTZUIOP12", "Ludwigsburg1"] {
            assert_eq!(Password::parse(common, &owner), Err(PasswordError::TooCommon), "{common}");
        }
        assert!(Password::parse("Lindenblüte am Marktplatz", &owner).is_ok());
    }

    #[test]
    fn the_common_list_is_long_enough_and_only_holds_passwords_the_length_check_lets_through() {
        let entries: Vec<&str> = COMMON_PASSWORDS.lines().collect();
        assert!(entries.len() >= 100, "{}", entries.len());
        for entry in entries {
            assert!(entry.chars().count() >= Password::MIN_CHARS, "{entry}");
            assert_eq!(entry, entry.to_lowercase(), "{entry}");
        }
    }

    #[test]
    fn a_password_equal_to_the_local_part_is_refused() {
        let owner = email("amira.haddad.1990@example.de");
        assert_eq!(Password::parse("Amira.Haddad.1990", &owner), Err(PasswordError::SameAsEmail));
    }

    #[test]
    fn errors_have_stable_codes_and_passwords_stay_out_of_debug_output() {
        assert_eq!(PasswordError::TooCommon.code(), "password_too_common");
        let password = Password::parse("Lindenblüte am Marktplatz", &email("a@b.de")).expect("valid");
        assert!(!format!("{password:?}").contains("Linden"));
    }
}
