//! The office's import in the browser as a job (`directory.import`): the confirmed upload is
//! planned again against the directory as it is now (it may have changed since the preview),
//! its progress written to the job row every half second for the browser's progress element,
//! then stored in one transaction; the report goes to the upload and the file is dropped.

use std::io::Cursor;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use domain::district::District;

use super::apply::{apply_plan, plan_import, ApplyError};
use super::columns::ColumnMapping;
use super::plan::PlanCounts;
use super::read::Format;
use crate::jobs::{JobError, JobHandler};
use crate::ports::{Geocoder, JobId, StoreError, StoredUpload, Stores};

/// The largest file the office may upload for an import.
pub const MAX_UPLOAD_BYTES: usize = 10 * 1024 * 1024;
/// Of the uploads never confirmed, this many newest are kept (each at most [`MAX_UPLOAD_BYTES`]).
pub const KEEP_UNCONFIRMED: u32 = 20;
/// How often the job row's progress is written while rows are checked.
const PROGRESS_EVERY: Duration = Duration::from_millis(500);

/// What became of a confirmed upload, as its page reports it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum UploadReport {
    /// Stored as import `import_id`.
    Stored { import_id: i64, counts: PlanCounts },
    /// Rows would now be refused (the directory changed since the preview): nothing stored.
    Refused { rows: usize },
    /// The file cannot be read (`porting-error-<code>`): nothing stored.
    Unreadable { code: String },
}

/// Builds the geocoder of a run from the districts stored at that time.
pub type GeocoderFactory = Arc<dyn Fn(Vec<District>) -> Box<dyn Geocoder> + Send + Sync>;

/// Runs confirmed uploads.
pub struct ImportUpload {
    pub stores: Stores,
    pub geocoder: GeocoderFactory,
}

#[async_trait]
impl JobHandler for ImportUpload {
    async fn run(&self, payload: &serde_json::Value) -> Result<(), JobError> {
        let retry = |e: StoreError| JobError::Retry(e.to_string());
        let id = payload
            .get("upload")
            .and_then(serde_json::Value::as_i64)
            .ok_or_else(|| JobError::Permanent("no upload in the payload".into()))?;
        let upload =
            self.stores.imports.upload(id).await.map_err(retry)?.ok_or_else(|| JobError::Permanent(format!("upload {id} is gone")))?;
        if upload.report.is_some() {
            return Ok(());
        }
        let report = run_upload(&self.stores, &upload, self.geocoder.as_ref()).await?;
        tracing::info!(upload = id, ?report, "import of an upload ran");
        let report = serde_json::to_value(&report).map_err(|e| JobError::Permanent(e.to_string()))?;
        self.stores.imports.finish_upload(id, &report).await.map_err(retry)
    }
}

/// Plans and stores an upload, writing the progress to its job's row.
pub async fn run_upload(
    stores: &Stores,
    upload: &StoredUpload,
    geocoder: &(dyn Fn(Vec<District>) -> Box<dyn Geocoder> + Send + Sync),
) -> Result<UploadReport, JobError> {
    let retry = |e: StoreError| JobError::Retry(e.to_string());
    let format = Format::parse(&upload.format).ok_or_else(|| JobError::Permanent(format!("unknown format {}", upload.format)))?;
    let mapping = match ColumnMapping::parse(&upload.mapping) {
        Ok(mapping) => mapping,
        Err(error) => return Ok(UploadReport::Unreadable { code: error.code().to_owned() }),
    };
    let geocoder = geocoder(stores.directory.districts().await.map_err(retry)?);
    let done = Arc::new(AtomicU64::new(0));
    let total = Arc::new(AtomicU64::new(0));
    let ticker = upload.job.map(|job| tokio::spawn(write_progress(stores.jobs.clone(), job, done.clone(), total.clone())));
    let (d, t) = (done.clone(), total.clone());
    let mut on_progress = move |n: usize, of: usize| {
        d.store(n as u64, Ordering::Relaxed);
        t.store(of as u64, Ordering::Relaxed);
    };
    let planned =
        plan_import(stores, Cursor::new(upload.content.as_slice()), format, &mapping, geocoder.as_ref(), &upload.author, &mut on_progress)
            .await;
    if let Some(ticker) = ticker {
        ticker.abort();
    }
    let plan = match planned {
        Ok(plan) => plan,
        Err(ApplyError::Read(error)) => return Ok(UploadReport::Unreadable { code: error.code().to_owned() }),
        Err(ApplyError::Refused(rows)) => return Ok(UploadReport::Refused { rows }),
        Err(ApplyError::Store(error)) => return Err(retry(error)),
    };
    if let Some(job) = upload.job {
        let rows = plan.rows.len() as u64;
        stores.jobs.set_progress(job, rows, rows).await.map_err(retry)?;
    }
    match apply_plan(stores, &plan, &upload.author, &upload.file_name).await {
        Ok(report) => Ok(UploadReport::Stored { import_id: report.import_id, counts: report.counts }),
        Err(ApplyError::Refused(rows)) => Ok(UploadReport::Refused { rows }),
        Err(ApplyError::Read(error)) => Ok(UploadReport::Unreadable { code: error.code().to_owned() }),
        // A slug taken meanwhile, or the database away: the next attempt plans again.
        Err(ApplyError::Store(error)) => Err(retry(error)),
    }
}

async fn write_progress(jobs: Arc<dyn crate::ports::JobStore>, job: JobId, done: Arc<AtomicU64>, total: Arc<AtomicU64>) {
    let mut written = (u64::MAX, u64::MAX);
    loop {
        tokio::time::sleep(PROGRESS_EVERY).await;
        let now = (done.load(Ordering::Relaxed), total.load(Ordering::Relaxed));
        if now != written {
            if let Err(error) = jobs.set_progress(job, now.0, now.1).await {
                tracing::warn!(%error, %job, "progress of an import not written");
            }
            written = now;
        }
    }
}
