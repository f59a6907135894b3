//! TOTP second factor (RFC 6238 with HMAC-SHA-1, 6 digits, 30-second steps): the shared
//! secret, the `otpauth://` URI that authenticator apps scan, and code verification with
//! ±1 step of clock drift and replay protection.

use domain::accounts::EmailAddress;
use hmac::{Hmac, Mac};
use rand::CryptoRng;
use sha1::Sha1;
use subtle::ConstantTimeEq;

/// Length of a step in seconds.
pub const STEP_SECONDS: u64 = 30;
/// Digits in a code.
pub const DIGITS: usize = 6;
/// Steps accepted on either side of the current one, for clocks that are slightly off.
pub const DRIFT_STEPS: u64 = 1;

/// The secret shared with the user's authenticator app: 20 random bytes (160 bits, the
/// length RFC 4226 recommends). `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret([u8; TotpSecret::LEN]);

/// Why a typed-in or stored secret was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a base32-encoded TOTP secret of {} bytes", TotpSecret::LEN)]
pub struct InvalidTotpSecret;

/// Why a code was refused; `code()` is stable for translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TotpError {
    /// Not six digits (spaces aside).
    #[error("a TOTP code is six digits")]
    Malformed,
    /// Six digits, but not the code of the current step or its neighbours.
    #[error("wrong TOTP code")]
    Wrong,
    /// The code of a step that was already used to log in.
    #[error("TOTP code already used")]
    Replayed,
}

impl TotpError {
    /// Stable identifier of the error.
    pub fn code(self) -> &'static str {
        match self {
            TotpError::Malformed => "totp_malformed",
            TotpError::Wrong => "totp_wrong",
            TotpError::Replayed => "totp_replayed",
        }
    }
}

impl TotpSecret {
    /// Length of the secret in bytes.
    pub const LEN: usize = 20;

    /// A fresh random secret; `rng` must be a cryptographically secure generator.
    pub fn generate<R: CryptoRng + ?Sized>(rng: &mut R) -> Self {
        let mut bytes = [0u8; Self::LEN];
        rng.fill_bytes(&mut bytes);
        Self(bytes)
    }

    /// Wraps stored secret bytes.
    pub fn from_bytes(bytes: [u8; Self::LEN]) -> Self {
        Self(bytes)
    }

    /// The raw bytes, for storage.
    pub fn expose(&self) -> &[u8; Self::LEN] {
        &self.0
    }

    /// Upper-case RFC 4648 base32 without padding (32 characters), as the `secret=` of the URI.
    pub fn to_base32(&self) -> String {
        base32_encode(&self.0)
    }

    /// [`Self::to_base32`] in groups of four separated by spaces, for typing in by hand.
    pub fn to_base32_grouped(&self) -> String {
        let plain = self.to_base32();
        let groups: Vec<&str> = plain.as_bytes().chunks(4).filter_map(|chunk| std::str::from_utf8(chunk).ok()).collect();
        groups.join(" ")
    }

    /// Reads base32 as shown by [`Self::to_base32`] or [`Self::to_base32_grouped`]: spaces, hyphens,
    /// lower case and trailing `=` padding are accepted.
    pub fn from_base32(text: &str) -> Result<Self, InvalidTotpSecret> {
        let cleaned: String = text.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        let bytes = base32_decode(&cleaned).ok_or(InvalidTotpSecret)?;
        let bytes: [u8; Self::LEN] = bytes.try_into().map_err(|_| InvalidTotpSecret)?;
        Ok(Self(bytes))
    }
}

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpSecret(…)")
    }
}

/// The key URI authenticator apps read from a QR code:
/// `otpauth://totp/<issuer>:<email>?secret=…&issuer=<issuer>&algorithm=SHA1&digits=6&period=30`,
/// with issuer and email percent-encoded (RFC 3986 unreserved characters stay as they are).
pub fn otpauth_uri(secret: &TotpSecret, issuer: &str, account: &EmailAddress) -> String {
    let issuer = percent_encode(issuer);
    format!(
        "otpauth://totp/{issuer}:{account}?secret={secret}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        account = percent_encode(account.as_str()),
        secret = secret.to_base32(),
    )
}

/// Checks a code typed in at `unix_time` and returns the step it belongs to; the caller stores
/// that step and passes it as `last_used_step` next time, so that no code works twice.
///
/// Spaces in `code` are ignored; anything but six digits is [`TotpError::Malformed`]. The steps
/// before and after the current one are accepted too ([`DRIFT_STEPS`]). All candidate codes are
/// compared in constant time.
pub fn verify(secret: &TotpSecret, code: &str, unix_time: u64, last_used_step: Option<u64>) -> Result<u64, TotpError> {
    let typed = parse_code(code)?;
    let current = unix_time / STEP_SECONDS;
    let mut matched = None;
    let mut replayed = false;
    // Every candidate is computed and compared, so the time taken does not depend on where the code matched.
    for step in current.saturating_sub(DRIFT_STEPS)..=current.saturating_add(DRIFT_STEPS) {
        let hit = code_at_step(secret, step).is_some_and(|expected| bool::from(expected.ct_eq(&typed)));
        let fresh = last_used_step.is_none_or(|last| step > last);
        if hit && fresh && matched.is_none() {
            matched = Some(step);
        }
        replayed |= hit && !fresh;
    }
    match matched {
        Some(step) => Ok(step),
        None if replayed => Err(TotpError::Replayed),
        None => Err(TotpError::Wrong),
    }
}

/// The code an authenticator app shows at `unix_time` (for tests and tools that act as the app).
pub fn code_at(secret: &TotpSecret, unix_time: u64) -> String {
    code_at_step(secret, unix_time / STEP_SECONDS).map(|d| d.iter().map(|&b| char::from(b)).collect()).unwrap_or_default()
}

/// The six ASCII digits an authenticator app shows for `step`, zero-padded.
fn code_at_step(secret: &TotpSecret, step: u64) -> Option<[u8; DIGITS]> {
    let mut rest = hotp(&secret.0, step, DIGITS as u32)?;
    let mut digits = [b'0'; DIGITS];
    for digit in digits.iter_mut().rev() {
        // `rest % 10` is below 10, so the cast cannot truncate.
        *digit = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    Some(digits)
}

fn parse_code(code: &str) -> Result<[u8; DIGITS], TotpError> {
    let mut digits = [0u8; DIGITS];
    let mut count = 0;
    for byte in code.bytes().filter(|b| *b != b' ') {
        if !byte.is_ascii_digit() || count == DIGITS {
            return Err(TotpError::Malformed);
        }
        digits[count] = byte;
        count += 1;
    }
    if count == DIGITS {
        Ok(digits)
    } else {
        Err(TotpError::Malformed)
    }
}

/// RFC 4226 HOTP: HMAC-SHA-1 of the big-endian counter, dynamic truncation, modulo 10^digits.
/// `None` only if HMAC refused the key, which it never does (it takes keys of any length).
fn hotp(key: &[u8], counter: u64, digits: u32) -> Option<u32> {
    let mut mac = Hmac::<Sha1>::new_from_slice(key).ok()?;
    mac.update(&counter.to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = usize::from(hash[19] & 0x0f);
    let binary = u32::from_be_bytes([hash[offset] & 0x7f, hash[offset + 1], hash[offset + 2], hash[offset + 3]]);
    Some(binary % 10u32.pow(digits))
}

const BASE32_ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// RFC 4648 base32, upper case, without padding.
fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let mut buffer: u16 = 0;
    let mut bits = 0;
    for &byte in bytes {
        buffer = (buffer << 8) | u16::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(BASE32_ALPHABET[usize::from((buffer >> bits) & 0x1f)]));
        }
    }
    if bits > 0 {
        out.push(char::from(BASE32_ALPHABET[usize::from((buffer << (5 - bits)) & 0x1f)]));
    }
    out
}

/// RFC 4648 base32 in either case, with or without `=` padding; `None` for other characters
/// or a length no encoder produces.
fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if matches!(text.len() % 8, 1 | 3 | 6) {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let mut buffer: u16 = 0;
    let mut bits = 0;
    for c in text.bytes() {
        let value = match c.to_ascii_uppercase() {
            upper @ b'A'..=b'Z' => upper - b'A',
            digit @ b'2'..=b'7' => digit - b'2' + 26,
            _ => return None,
        };
        buffer = (buffer << 5) | u16::from(value);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            // Only the low eight bits are wanted.
            out.push((buffer >> bits) as u8);
        }
    }
    Some(out)
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    /// The SHA-1 seed of RFC 6238 appendix B.
    fn rfc_secret() -> TotpSecret {
        TotpSecret::from_bytes(*b"12345678901234567890")
    }

    fn code_string(secret: &TotpSecret, step: u64) -> String {
        String::from_utf8(code_at_step(secret, step).unwrap().to_vec()).unwrap()
    }

    #[test]
    fn rfc_6238_sha1_vectors_with_eight_digits() {
        let vectors = [
            (59, 94_287_082),
            (1_111_111_109, 7_081_804),
            (1_111_111_111, 14_050_471),
            (1_234_567_890, 89_005_924),
            (2_000_000_000, 69_279_037),
            (20_000_000_000, 65_353_130),
        ];
        for (time, expected) in vectors {
            assert_eq!(hotp(b"12345678901234567890", time / STEP_SECONDS, 8), Some(expected), "T = {time}");
        }
    }

    #[test]
    fn rfc_6238_sha1_vectors_truncated_to_six_digits_verify() {
        let vectors = [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
            (20_000_000_000, "353130"),
        ];
        for (time, code) in vectors {
            assert_eq!(code_string(&rfc_secret(), time / STEP_SECONDS), code, "T = {time}");
            assert_eq!(verify(&rfc_secret(), code, time, None), Ok(time / STEP_SECONDS), "T = {time}");
        }
    }

    #[test]
    fn rfc_4226_hotp_vectors() {
        let expected = [755_224, 287_082, 359_152, 969_429, 338_314, 254_676, 287_922, 162_583, 399_871, 520_489];
        for (counter, value) in expected.into_iter().enumerate() {
            assert_eq!(hotp(b"12345678901234567890", counter as u64, 6), Some(value), "counter {counter}");
        }
    }

    #[test]
    fn one_step_of_drift_is_accepted_either_way_but_not_two() {
        let secret = rfc_secret();
        let now = 1_111_111_111;
        let step = now / STEP_SECONDS;
        assert_eq!(verify(&secret, &code_string(&secret, step - 1), now, None), Ok(step - 1));
        assert_eq!(verify(&secret, &code_string(&secret, step + 1), now, None), Ok(step + 1));
        assert_eq!(verify(&secret, &code_string(&secret, step - 2), now, None), Err(TotpError::Wrong));
        assert_eq!(verify(&secret, &code_string(&secret, step + 2), now, None), Err(TotpError::Wrong));
    }

    #[test]
    fn a_used_step_and_older_ones_are_refused_as_replay() {
        let secret = rfc_secret();
        let now = 1_111_111_111;
        let step = now / STEP_SECONDS;
        let code = code_string(&secret, step);
        let used = verify(&secret, &code, now, None).unwrap();
        assert_eq!(verify(&secret, &code, now + 5, Some(used)), Err(TotpError::Replayed));
        assert_eq!(verify(&secret, &code_string(&secret, step - 1), now, Some(used)), Err(TotpError::Replayed));
        assert_eq!(verify(&secret, &code_string(&secret, step + 1), now, Some(used)), Ok(step + 1));
        assert_eq!(verify(&secret, &code_string(&secret, step + 1), now + STEP_SECONDS, Some(used)), Ok(step + 1));
    }

    #[test]
    fn spaces_are_ignored_and_everything_else_but_six_digits_is_malformed() {
        let secret = rfc_secret();
        assert_eq!(verify(&secret, " 287 082 ", 59, None), Ok(1));
        for bad in ["", "28708", "2870822", "28708a", "２８７０８２", "287-082", "+287082", "287082\n", "      "] {
            assert_eq!(verify(&secret, bad, 59, None), Err(TotpError::Malformed), "{bad:?}");
        }
        assert_eq!(verify(&secret, "000000", 59, None), Err(TotpError::Wrong));
    }

    #[test]
    fn the_first_steps_after_the_epoch_do_not_underflow() {
        let secret = rfc_secret();
        assert_eq!(verify(&secret, &code_string(&secret, 0), 0, None), Ok(0));
        assert_eq!(verify(&secret, &code_string(&secret, 1), 0, None), Ok(1));
    }

    #[test]
    fn rfc_4648_base32_vectors() {
        let vectors =
            [("", ""), ("f", "MY"), ("fo", "MZXQ"), ("foo", "MZXW6"), ("foob", "MZXW6YQ"), ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI")];
        for (plain, encoded) in vectors {
            assert_eq!(base32_encode(plain.as_bytes()), encoded);
            assert_eq!(base32_decode(encoded).unwrap(), plain.as_bytes());
            assert_eq!(base32_decode(&encoded.to_lowercase()).unwrap(), plain.as_bytes());
        }
        assert_eq!(base32_decode("MZXW6YTBOI======").unwrap(), b"foobar");
        assert_eq!(base32_decode("MY======").unwrap(), b"f");
        assert_eq!(base32_decode("MZXW6YTB1"), None);
        assert_eq!(base32_decode("M"), None);
    }

    #[test]
    fn secrets_round_trip_through_base32_in_any_layout() {
        let secret = TotpSecret::generate(&mut StdRng::seed_from_u64(7));
        let plain = secret.to_base32();
        assert_eq!(plain.len(), 32);
        assert!(!plain.contains('='));
        let grouped = secret.to_base32_grouped();
        assert_eq!(grouped.split(' ').count(), 8);
        assert!(grouped.split(' ').all(|group| group.len() == 4));
        assert_eq!(TotpSecret::from_base32(&plain).unwrap(), secret);
        assert_eq!(TotpSecret::from_base32(&grouped.to_lowercase()).unwrap(), secret);
        assert_eq!(rfc_secret().to_base32(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(TotpSecret::from_base32("MZXW6YTBOI"), Err(InvalidTotpSecret));
        assert_eq!(TotpSecret::from_base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ!"), Err(InvalidTotpSecret));
    }

    #[test]
    fn generated_secrets_differ_and_debug_hides_them() {
        let mut rng = StdRng::seed_from_u64(1);
        let first = TotpSecret::generate(&mut rng);
        let second = TotpSecret::generate(&mut rng);
        assert_ne!(first, second);
        let shown = format!("{first:?}");
        assert_eq!(shown, "TotpSecret(…)");
        assert!(!shown.contains(&first.to_base32()));
    }

    #[test]
    fn otpauth_uri_encodes_label_and_issuer() {
        let account = EmailAddress::parse("a.kaya+ehrenamt@example.de").unwrap();
        let uri = otpauth_uri(&rfc_secret(), "Knotenpunkt Köln", &account);
        assert_eq!(
            uri,
            "otpauth://totp/Knotenpunkt%20K%C3%B6ln:a.kaya%2Behrenamt%40example.de\
             ?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Knotenpunkt%20K%C3%B6ln&algorithm=SHA1&digits=6&period=30"
        );
    }
}
