//! One-time recovery codes for when the authenticator app is lost: generated once, shown to
//! the user once, stored only as salted hashes, each usable for a single login.
//!
//! Hashing: salted SHA-256, not argon2. A code is 12 random characters from a 31-letter
//! alphabet, about 59 bits of entropy, so guessing one from its hash costs ~2^58 SHA-256
//! evaluations per code; with a unique 128-bit salt per code nothing can be precomputed or
//! shared between codes. That is what OWASP ASVS 4.0 2.6.2 asks of look-up secrets with less
//! than 112 bits ("salted with a unique and random 32-bit salt and hashed with an approved
//! one-way hash"). Argon2 protects low-entropy passwords; here it would add little, while a
//! login with a recovery code has to try every stored hash (up to ten argon2 runs of 19 MiB
//! each), which would turn the recovery form into a cheap way to load the server.

use rand::{CryptoRng, Rng};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Recovery codes handed out at once.
pub const RECOVERY_CODE_COUNT: usize = 10;
/// Characters a code is made of: digits and lower-case letters without 0, 1, i, l and o, which
/// are easily confused.
const ALPHABET: &[u8; 31] = b"23456789abcdefghjkmnpqrstuvwxyz";
/// Random characters in a code, shown as three groups of four.
const CODE_CHARS: usize = 12;
const GROUP: usize = 4;
const SALT_BYTES: usize = 16;
const SCHEME: &str = "sha256";

/// A typed-in recovery code that cannot be one of ours; `code()` is stable for translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a recovery code is 12 letters and digits, like k7qm-2xfp-9dwt")]
pub struct MalformedRecoveryCode;

impl MalformedRecoveryCode {
    /// Stable identifier of the error.
    pub fn code(self) -> &'static str {
        "recovery_code_malformed"
    }
}

/// `count` fresh codes in display form (`k7qm-2xfp-9dwt`); `rng` must be cryptographically secure.
/// Usually `count` is [`RECOVERY_CODE_COUNT`].
pub fn generate_recovery_codes<R: CryptoRng + ?Sized>(rng: &mut R, count: usize) -> Vec<String> {
    (0..count)
        .map(|_| {
            let chars: Vec<u8> = (0..CODE_CHARS).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())]).collect();
            grouped(&chars)
        })
        .collect()
}

/// The display form of a typed-in code: case, spaces and hyphens do not matter.
pub fn normalise_recovery_code(input: &str) -> Result<String, MalformedRecoveryCode> {
    let mut chars = Vec::with_capacity(CODE_CHARS);
    for c in input.chars().filter(|c| !c.is_whitespace() && *c != '-') {
        let Ok(byte) = u8::try_from(c.to_ascii_lowercase()) else { return Err(MalformedRecoveryCode) };
        if !ALPHABET.contains(&byte) || chars.len() == CODE_CHARS {
            return Err(MalformedRecoveryCode);
        }
        chars.push(byte);
    }
    if chars.len() != CODE_CHARS {
        return Err(MalformedRecoveryCode);
    }
    Ok(grouped(&chars))
}

/// Hashes a code for storage as `sha256$<salt hex>$<digest hex>` with a fresh 16-byte salt.
/// The code is normalised first, so it verifies however the user types it.
pub fn hash_recovery_code<R: CryptoRng + ?Sized>(rng: &mut R, code: &str) -> Result<String, MalformedRecoveryCode> {
    let code = normalise_recovery_code(code)?;
    let mut salt = [0u8; SALT_BYTES];
    rng.fill_bytes(&mut salt);
    Ok(format!("{SCHEME}${}${}", hex(&salt), hex(&digest(&salt, &code))))
}

/// True when the typed-in `code` matches the stored `hash`; false for a malformed code or an unreadable hash.
pub fn verify_recovery_code(code: &str, hash: &str) -> bool {
    let Ok(code) = normalise_recovery_code(code) else { return false };
    matches(&code, hash)
}

/// The index of the stored hash that the typed-in `code` matches, so that the caller can mark
/// that code used. Every hash is checked, whether or not an earlier one matched.
pub fn find_recovery_code<S: AsRef<str>>(code: &str, hashes: &[S]) -> Option<usize> {
    let code = normalise_recovery_code(code).ok()?;
    let mut found = None;
    for (index, hash) in hashes.iter().enumerate() {
        if matches(&code, hash.as_ref()) && found.is_none() {
            found = Some(index);
        }
    }
    found
}

fn matches(normalised: &str, hash: &str) -> bool {
    let mut parts = hash.split('$');
    let (Some(SCHEME), Some(salt), Some(expected), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (unhex(salt), unhex(expected)) else { return false };
    bool::from(digest(&salt, normalised).as_slice().ct_eq(&expected))
}

fn digest(salt: &[u8], normalised: &str) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(salt);
    hasher.update(normalised.as_bytes());
    hasher.finalize().into()
}

fn grouped(chars: &[u8]) -> String {
    let groups: Vec<String> = chars.chunks(GROUP).map(|group| group.iter().map(|&c| char::from(c)).collect()).collect();
    groups.join("-")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 == 1 || !text.is_ascii() {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    #[test]
    fn codes_are_three_groups_of_four_unambiguous_characters_and_distinct() {
        let codes = generate_recovery_codes(&mut StdRng::seed_from_u64(3), RECOVERY_CODE_COUNT);
        assert_eq!(codes.len(), RECOVERY_CODE_COUNT);
        for code in &codes {
            let groups: Vec<&str> = code.split('-').collect();
            assert_eq!(groups.len(), 3, "{code}");
            assert!(groups.iter().all(|g| g.len() == 4), "{code}");
            assert!(code.bytes().filter(|&b| b != b'-').all(|b| ALPHABET.contains(&b)), "{code}");
            assert!(!code.contains(['0', '1', 'i', 'l', 'o']), "{code}");
            assert_eq!(normalise_recovery_code(code).as_ref(), Ok(code));
        }
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), codes.len());
    }

    #[test]
    fn normalising_ignores_case_spaces_and_hyphens() {
        for typed in ["k7qm-2xfp-9dwt", "K7QM-2XFP-9DWT", " k7qm 2xfp 9dwt ", "k7qm2xfp9dwt", "k7-qm2x-fp9d-wt"] {
            assert_eq!(normalise_recovery_code(typed), Ok("k7qm-2xfp-9dwt".to_owned()), "{typed:?}");
        }
    }

    #[test]
    fn malformed_codes_are_refused() {
        for typed in ["", "k7qm-2xfp-9dw", "k7qm-2xfp-9dwtx", "k7qm-2xfp-9dw0", "k7qm-2xfp-9dwl", "k7qm_2xfp_9dwt", "k7qm-2xfp-9dwť"] {
            assert_eq!(normalise_recovery_code(typed), Err(MalformedRecoveryCode), "{typed:?}");
        }
    }

    #[test]
    fn a_hashed_code_verifies_however_it_is_typed_and_others_do_not() {
        let mut rng = StdRng::seed_from_u64(5);
        let hash = hash_recovery_code(&mut rng, "k7qm-2xfp-9dwt").unwrap();
        assert!(hash.starts_with("sha256$"));
        assert!(!hash.contains("k7qm"));
        assert!(verify_recovery_code("K7QM 2XFP 9DWT", &hash));
        assert!(!verify_recovery_code("k7qm-2xfp-9dwu", &hash));
        assert!(!verify_recovery_code("nonsense", &hash));
        let again = hash_recovery_code(&mut rng, "k7qm-2xfp-9dwt").unwrap();
        assert_ne!(hash, again, "each hash has its own salt");
    }

    #[test]
    fn unreadable_hashes_never_verify() {
        for hash in ["", "sha256$", "sha256$zz$zz", "md5$00$00", "k7qm-2xfp-9dwt", "sha256$00$00$00"] {
            assert!(!verify_recovery_code("k7qm-2xfp-9dwt", hash), "{hash:?}");
        }
    }

    #[test]
    fn find_returns_the_index_of_the_matching_hash() {
        let mut rng = StdRng::seed_from_u64(9);
        let codes = generate_recovery_codes(&mut rng, RECOVERY_CODE_COUNT);
        let hashes: Vec<String> = codes.iter().map(|code| hash_recovery_code(&mut rng, code).unwrap()).collect();
        assert_eq!(find_recovery_code(&codes[6].to_uppercase(), &hashes), Some(6));
        assert_eq!(find_recovery_code("2222-2222-2222", &hashes), None);
        assert_eq!(find_recovery_code("???", &hashes), None);
    }
}
