//! Password hashing with argon2id and the OWASP parameters (19 MiB, 2 passes, 1 lane).

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use domain::accounts::Password;

/// Memory cost in KiB (OWASP password storage cheat sheet).
const MEMORY_KIB: u32 = 19_456;
/// Number of passes.
const ITERATIONS: u32 = 2;
/// Degree of parallelism.
const LANES: u32 = 1;

/// Hashing failed; with fixed, valid parameters this only happens when the system has no randomness.
#[derive(Debug, thiserror::Error)]
#[error("password could not be hashed: {0}")]
pub struct HashError(String);

fn hasher() -> Result<Argon2<'static>, HashError> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, None).map_err(|e| HashError(e.to_string()))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes a password with a fresh random salt into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`).
pub fn hash_password(password: &Password) -> Result<String, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    let hash = hasher()?.hash_password(password.expose().as_bytes(), &salt).map_err(|e| HashError(e.to_string()))?;
    Ok(hash.to_string())
}

/// True when `password` matches the PHC string `hash`; false for a wrong password or an unreadable hash.
/// The parameters stored in the hash are used, so older hashes keep verifying after a change of parameters.
pub fn verify_password(password: &str, hash: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else { return false };
    let Ok(argon) = hasher() else { return false };
    argon.verify_password(password.as_bytes(), &parsed).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_hash_never_verifies() {
        assert!(!verify_password("Lindenblüte am Marktplatz", ""));
        assert!(!verify_password("Lindenblüte am Marktplatz", "$argon2id$v=19$nonsense"));
        assert!(!verify_password("Lindenblüte am Marktplatz", "Lindenblüte am Marktplatz"));
    }
}
