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

/// Hashes running at once: one per core. Each takes 19 MiB and tens of milliseconds of a core;
/// more at once would only queue for the cores and add memory.
fn hashing_slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    SLOTS.get_or_init(|| tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, usize::from)))
}

/// Runs `work` on a blocking thread once a hashing slot is free, so that argon2 never holds up
/// the async workers that answer other requests.
async fn off_the_workers<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let _slot = hashing_slots().acquire().await.ok()?;
    tokio::task::spawn_blocking(work).await.ok()
}

/// [`hash_password`] on a blocking thread, at most one per core at once.
pub async fn hash_password_off_thread(password: &Password) -> Result<String, HashError> {
    let password = password.clone();
    off_the_workers(move || hash_password(&password)).await.unwrap_or_else(|| Err(HashError("the hashing task ended".into())))
}

/// [`verify_password`] on a blocking thread, at most one per core at once.
pub async fn verify_password_off_thread(password: &str, hash: &str) -> bool {
    let (password, hash) = (password.to_owned(), hash.to_owned());
    off_the_workers(move || verify_password(&password, &hash)).await.unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashing_off_the_workers_gives_the_same_answers() {
        let email = domain::accounts::EmailAddress::parse("vera@verein.example").unwrap_or_else(|_| unreachable!());
        let password = Password::parse("Lindenblüte am Marktplatz", &email).unwrap_or_else(|_| unreachable!());
        let hash = hash_password_off_thread(&password).await.unwrap_or_default();
        assert!(verify_password_off_thread("Lindenblüte am Marktplatz", &hash).await);
        assert!(!verify_password_off_thread("Lindenblüte am Markt", &hash).await);
    }

    #[test]
    fn an_unreadable_hash_never_verifies() {
        assert!(!verify_password("Lindenblüte am Marktplatz", ""));
        assert!(!verify_password("Lindenblüte am Marktplatz", "$argon2id$v=19$nonsense"));
        assert!(!verify_password("Lindenblüte am Marktplatz", "Lindenblüte am Marktplatz"));
    }
}
