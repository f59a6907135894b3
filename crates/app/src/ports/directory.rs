//! The directory: organisations with their published profile, categories, districts.

use super::{Author, StoreError};
use async_trait::async_trait;
use domain::category::Category;
use domain::district::District;
use domain::geo::GeoPoint;
use domain::ids::OrgId;
use domain::organisation::{Organisation, Profile};
use domain::slug::Slug;

/// An organisation to create, published at once (imports, demo data).
#[derive(Debug, Clone)]
pub struct NewOrganisation {
    pub slug: Slug,
    pub profile: Profile,
}

/// An organisation as the office sees it: archived and unpublished ones included.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgRecord {
    pub id: OrgId,
    pub slug: Slug,
    /// The name of the approved revision; for a proposal, the proposed name.
    pub name: String,
    pub archived: bool,
    /// Edits of a trusted organisation are published without review.
    pub trusted: bool,
    /// Number of the approved revision; `None` while nothing was approved (a proposal).
    pub approved: Option<i64>,
    /// Unix seconds of the last approval or confirmation that the entry is still current.
    pub confirmed_at: Option<i64>,
    /// Unix seconds when the yearly check flagged the entry as possibly inactive.
    pub inactive_flagged_at: Option<i64>,
    /// Unix seconds when the last "still active?" reminder went out; it counts only while it is
    /// newer than `confirmed_at`.
    pub confirmation_sent_at: Option<i64>,
    /// Content of the approved revision.
    pub profile: Option<Profile>,
}

/// Where an organisation is, for duplicate checks: id, slug, name and position.
pub type OrgPosition = (OrgId, Slug, String, Option<GeoPoint>);

/// Changes whenever published directory content changes; used to refresh caches.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DirectoryStamp {
    pub organisations: i64,
    pub last_change: String,
}

/// Storage of the directory: organisations, categories, districts.
#[async_trait]
pub trait DirectoryStore: Send + Sync + 'static {
    /// Answers when the database is reachable.
    async fn ping(&self) -> Result<(), StoreError>;
    /// True when no organisation was ever stored.
    async fn is_empty(&self) -> Result<bool, StoreError>;
    async fn categories(&self) -> Result<Vec<Category>, StoreError>;
    /// Creates or replaces a category by key.
    async fn save_category(&self, category: &Category) -> Result<(), StoreError>;
    async fn districts(&self) -> Result<Vec<District>, StoreError>;
    /// Creates or replaces a district by key.
    async fn save_district(&self, district: &District) -> Result<(), StoreError>;
    /// Stores organisations with an approved first revision each, in one transaction:
    /// either all are stored or none.
    async fn create_organisations(&self, batch: &[NewOrganisation], author: &Author) -> Result<Vec<OrgId>, StoreError>;
    async fn organisation(&self, slug: &Slug) -> Result<Option<Organisation>, StoreError>;
    /// All published (not archived) organisations with their approved profile.
    async fn published_organisations(&self) -> Result<Vec<Organisation>, StoreError>;
    /// The same organisations in the same order (by id), handed to `visit` one at a time as
    /// they are read, so that a caller building something smaller from them (the search index)
    /// never holds all profiles at once.
    async fn each_published_organisation(&self, visit: &mut (dyn FnMut(Organisation) + Send)) -> Result<(), StoreError> {
        for org in self.published_organisations().await? {
            visit(org);
        }
        Ok(())
    }
    /// The published organisations among `ids`, by id (the marketplace needs the few with open
    /// items, not the whole directory).
    async fn published_organisations_among(&self, ids: &[OrgId]) -> Result<Vec<Organisation>, StoreError> {
        let mut found = Vec::new();
        self.each_published_organisation(&mut |org| {
            if ids.contains(&org.id) {
                found.push(org);
            }
        })
        .await?;
        Ok(found)
    }
    async fn directory_stamp(&self) -> Result<DirectoryStamp, StoreError>;
    /// The organisation whatever its state: archived and unpublished ones included.
    async fn organisation_record(&self, id: OrgId) -> Result<Option<OrgRecord>, StoreError>;
    async fn organisation_record_by_slug(&self, slug: &Slug) -> Result<Option<OrgRecord>, StoreError>;
    /// Archives or restores an organisation; changes the public listing.
    async fn set_archived(&self, org: OrgId, archived: bool) -> Result<(), StoreError>;
    /// Marks an organisation as trusted (edits published without review) or not.
    async fn set_trusted(&self, org: OrgId, trusted: bool) -> Result<(), StoreError>;
    /// Positions of the organisations that are not archived and are published or have a pending
    /// revision (proposals included), from the approved revision or else the newest one; by id.
    async fn all_positions(&self) -> Result<Vec<OrgPosition>, StoreError>;
}
