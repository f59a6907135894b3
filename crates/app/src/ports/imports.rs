//! Imports of the directory: the external ids an import keeps (so that a second import of the
//! same source updates instead of duplicating), and storing a whole import at once, every entry
//! as a published revision whose origin is the import (who, when, which file).

use async_trait::async_trait;
use domain::ids::OrgId;
use domain::organisation::Profile;
use domain::slug::Slug;

use super::{Author, StoreError};

/// Who imported which file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOrigin {
    pub author: Author,
    /// The file's name as given (no folders).
    pub file_name: String,
    /// `csv`, `json`, `geojson`, `ofdb`.
    pub format: String,
    /// The namespace of the file's external ids (`ofdb`).
    pub source: String,
}

/// One entry of an import: a new one (`existing` is `None`) or a new revision of an existing one.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedEntry {
    pub existing: Option<OrgId>,
    pub slug: Slug,
    pub profile: Profile,
    pub external_id: Option<String>,
}

/// A stored import, as the history of an entry names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRecord {
    pub id: i64,
    pub author: Author,
    pub file_name: String,
    pub format: String,
    /// RFC 3339 time in UTC.
    pub created_at: String,
    pub created: i64,
    pub updated: i64,
}

#[async_trait]
pub trait ImportStore: Send + Sync + 'static {
    /// The entries the external ids of `source` point to.
    async fn external_references(&self, source: &str) -> Result<Vec<(String, OrgId)>, StoreError>;
    /// Stores every entry in one transaction (all or nothing): new entries with a first
    /// approved revision, existing ones with a new approved revision, each revision marked with
    /// the import; records the external ids. Returns the import's id.
    async fn store_import(&self, origin: &ImportOrigin, entries: &[ImportedEntry]) -> Result<i64, StoreError>;
    /// The import a revision came from, if it came from one.
    async fn import_of_revision(&self, org: OrgId, number: i64) -> Result<Option<ImportRecord>, StoreError>;
}
