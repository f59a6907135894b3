//! Random secrets for cookies and links, and the hashes under which they are stored.
//! A stolen database copy therefore holds no usable session or link.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use sha2::{Digest, Sha256};

/// A fresh secret of 256 random bits, as 64 lower-case hex digits (safe in URLs and cookies).
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

/// The SHA-256 of a secret, as stored. Secrets have 256 bits of entropy, so a fast hash is enough.
pub fn hash_secret(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

/// The CSRF token of a signed-in session: derived from the session cookie's secret (not from
/// the stored hash, so a database copy does not yield it), hence different for every session
/// and new with every sign-in.
pub fn session_csrf_token(session_secret: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"knotenpunkt csrf\0");
    hasher.update(session_secret.as_bytes());
    hex(&hasher.finalize())
}

/// True when the text looks like a secret made by [`new_secret`]; cheap check before a lookup.
pub fn looks_like_secret(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Compares two strings in time that depends only on their lengths.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_fresh_hex_and_hash_to_a_fixed_value() {
        let (a, b) = (new_secret(), new_secret());
        assert!(looks_like_secret(&a) && looks_like_secret(&b));
        assert_ne!(a, b);
        assert_eq!(hash_secret("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_ne!(hash_secret(&a), a);
        assert!(!looks_like_secret("XYZ"));
        assert!(!looks_like_secret(&a.to_uppercase()));
    }

    #[test]
    fn a_sessions_csrf_token_differs_from_its_secret_and_its_stored_hash() {
        let secret = new_secret();
        let token = session_csrf_token(&secret);
        assert!(looks_like_secret(&token));
        assert_eq!(token, session_csrf_token(&secret));
        assert_ne!(token, secret);
        assert_ne!(token, hash_secret(&secret));
        assert_ne!(token, session_csrf_token(&new_secret()));
    }

    #[test]
    fn constant_time_comparison_is_equality() {
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "abcd"));
    }
}
