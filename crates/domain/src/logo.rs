//! An association's logo, named by the SHA-256 of the image Knotenpunkt produced from the upload.

use serde::{Deserialize, Serialize};

/// The lower-case hexadecimal SHA-256 of a stored logo image: 64 characters `0-9a-f`.
/// Safe to put into a URL or a file name as it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LogoHash(Box<str>);

/// Not a SHA-256 in lower-case hexadecimal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a logo hash")]
pub struct NotALogoHash;

impl LogoHash {
    pub fn parse(raw: &str) -> Result<Self, NotALogoHash> {
        if raw.len() == 64 && raw.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            Ok(Self(raw.into()))
        } else {
            Err(NotALogoHash)
        }
    }

    /// The hash of these bytes' digest, as 32 raw bytes.
    pub fn from_digest(digest: &[u8; 32]) -> Self {
        Self(digest.iter().map(|b| format!("{b:02x}")).collect::<String>().into_boxed_str())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Where the public reads the image: `/logos/<hash>.png`.
    pub fn url(&self) -> String {
        format!("/logos/{}.png", self.0)
    }
}

impl std::fmt::Display for LogoHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for LogoHash {
    type Error = NotALogoHash;

    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<LogoHash> for String {
    fn from(hash: LogoHash) -> String {
        hash.0.into_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_lower_case_sha256_hex_is_a_hash() {
        let good = "a".repeat(64);
        assert_eq!(LogoHash::parse(&good).map(|h| h.url()), Ok(format!("/logos/{good}.png")));
        for bad in ["", "abc", &"A".repeat(64), &"g".repeat(64), &"a".repeat(65), &format!("{}/", "a".repeat(63))] {
            assert_eq!(LogoHash::parse(bad), Err(NotALogoHash), "{bad}");
        }
    }

    #[test]
    fn digests_become_hex() {
        let mut digest = [0u8; 32];
        digest[0] = 0xab;
        digest[31] = 0x01;
        let hash = LogoHash::from_digest(&digest);
        assert!(hash.as_str().starts_with("ab00") && hash.as_str().ends_with("0001"), "{hash}");
        assert_eq!(LogoHash::parse(hash.as_str()), Ok(hash));
    }

    #[test]
    fn serialised_as_a_string_and_checked_when_read() {
        let hash = LogoHash::parse(&"0".repeat(64)).unwrap_or_else(|_| unreachable!());
        let json = serde_json::to_string(&hash).unwrap_or_default();
        assert_eq!(json, format!("\"{}\"", "0".repeat(64)));
        assert!(serde_json::from_str::<LogoHash>("\"../etc/passwd\"").is_err());
    }
}
