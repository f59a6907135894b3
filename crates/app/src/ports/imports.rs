//! Imports of the directory: the external ids an import keeps (so that a second import of the
//! same source updates instead of duplicating), and storing a whole import at once, every entry
//! as a published revision whose origin is the import (who, when, which file).

use async_trait::async_trait;
use domain::category::Category;
use domain::district::District;
use domain::ids::OrgId;
use domain::organisation::Profile;
use domain::slug::Slug;

use super::{Author, JobId, StoreError};

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

/// What one import stores, all in one transaction: the fields of activity and districts the
/// file brings (saved first, since entries name them), then the entries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportBatch {
    pub categories: Vec<Category>,
    pub districts: Vec<District>,
    pub entries: Vec<ImportedEntry>,
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

/// A file the office uploaded for an import in the browser, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUpload {
    pub author: Author,
    /// The file's name as given (no folders).
    pub file_name: String,
    /// `csv`, `json`, `geojson`, `ofdb`.
    pub format: String,
    pub content: Vec<u8>,
}

/// An uploaded file, kept between the preview and the confirmation, and what became of it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredUpload {
    pub id: i64,
    pub author: Author,
    pub file_name: String,
    pub format: String,
    /// The column mapping chosen in the preview: `header=field` lines.
    pub mapping: String,
    /// Empty once the import has run.
    pub content: Vec<u8>,
    /// The job that runs the import, once confirmed.
    pub job: Option<JobId>,
    /// What the job reported (its shape belongs to the import job).
    pub report: Option<serde_json::Value>,
    /// RFC 3339 time in UTC.
    pub created_at: String,
}

/// The job kind that runs a confirmed upload; its payload is `{"upload": id}`.
pub const IMPORT_UPLOAD_JOB: &str = "directory.import";

#[async_trait]
pub trait ImportStore: Send + Sync + 'static {
    /// The entries the external ids of `source` point to.
    async fn external_references(&self, source: &str) -> Result<Vec<(String, OrgId)>, StoreError>;
    /// Stores the batch in one transaction (all or nothing): its fields of activity and
    /// districts (saving one again changes nothing), new entries with a first approved
    /// revision, existing ones with a new approved revision, each revision marked with the
    /// import; records the external ids. Returns the import's id.
    async fn store_import(&self, origin: &ImportOrigin, batch: &ImportBatch) -> Result<i64, StoreError>;
    /// The import a revision came from, if it came from one.
    async fn import_of_revision(&self, org: OrgId, number: i64) -> Result<Option<ImportRecord>, StoreError>;
    /// Keeps an uploaded file; of the files never confirmed only the newest `keep_unconfirmed`
    /// (this one included) are kept, older ones are deleted. Returns the upload's id.
    async fn save_upload(&self, upload: &NewUpload, keep_unconfirmed: u32) -> Result<i64, StoreError>;
    /// An upload by id.
    async fn upload(&self, id: i64) -> Result<Option<StoredUpload>, StoreError>;
    /// Sets the column mapping of an upload not yet confirmed; false when it is confirmed or gone.
    async fn set_upload_mapping(&self, id: i64, mapping: &str) -> Result<bool, StoreError>;
    /// Confirms an upload: queues the job [`IMPORT_UPLOAD_JOB`] for it, in one transaction with
    /// recording the job on the upload. `None` when it was confirmed already (a second click)
    /// or is gone: no second job is queued.
    async fn confirm_upload(&self, id: i64) -> Result<Option<JobId>, StoreError>;
    /// Records the job's report and empties the stored file.
    async fn finish_upload(&self, id: i64, report: &serde_json::Value) -> Result<(), StoreError>;
}
