//! Logo pictures.

use super::StoreError;
use async_trait::async_trait;
use domain::ids::OrgId;
use domain::logo::LogoHash;

/// A logo picture as stored: the PNG made by `logo::prepare_logo`, named by its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredLogo {
    pub hash: LogoHash,
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// What an association's uploads take up: the stored pictures it uploaded (in use, or not yet
/// purged).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LogoUsage {
    pub logos: u64,
    /// The PNGs' bytes together.
    pub bytes: u64,
}

/// Logo pictures, content-addressed. Only re-encoded pictures are handed to it; revisions of
/// profiles name them by hash. Pictures are never changed. A picture is in use while an
/// association's published revision or a revision awaiting review names it; the store refuses
/// to delete one in use. Others are purged once their last upload is older than a grace period.
#[async_trait]
pub trait LogoStore: Send + Sync + 'static {
    /// Stores the picture under its hash as uploaded by `by` at `now` (Unix seconds); storing a
    /// hash that is already there keeps the picture and only records the upload.
    async fn save_logo(&self, logo: &StoredLogo, by: OrgId, now: i64) -> Result<(), StoreError>;
    /// The picture with this hash, if stored.
    async fn logo(&self, hash: &LogoHash) -> Result<Option<StoredLogo>, StoreError>;
    /// The stored pictures this association uploaded.
    async fn logo_usage(&self, by: OrgId) -> Result<LogoUsage, StoreError>;
    /// Whether this association uploaded this picture and it is still stored.
    async fn uploaded_logo(&self, by: OrgId, hash: &LogoHash) -> Result<bool, StoreError>;
    /// Deletes the pictures not in use whose last upload (by anyone) was before `uploaded_before`
    /// (Unix seconds); pictures stored before uploads were recorded count as uploaded long ago.
    /// Returns how many were deleted.
    async fn purge_unused_logos(&self, uploaded_before: i64) -> Result<u64, StoreError>;
}
