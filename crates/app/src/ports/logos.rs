//! Logo pictures.

use super::StoreError;
use async_trait::async_trait;
use domain::logo::LogoHash;

/// A logo picture as stored: the PNG made by `logo::prepare_logo`, named by its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredLogo {
    pub hash: LogoHash,
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Logo pictures, content-addressed. Only re-encoded pictures are handed to it; revisions of
/// profiles name them by hash. Pictures are never changed or deleted, so a restored revision
/// finds its logo again.
#[async_trait]
pub trait LogoStore: Send + Sync + 'static {
    /// Stores the picture under its hash; storing a hash that is already there changes nothing.
    async fn save_logo(&self, logo: &StoredLogo) -> Result<(), StoreError>;
    /// The picture with this hash, if stored.
    async fn logo(&self, hash: &LogoHash) -> Result<Option<StoredLogo>, StoreError>;
}
