//! The geocoder: addresses to map positions.

use async_trait::async_trait;
use domain::geo::GeoPoint;
use domain::organisation::Address;

/// What is known about where an association is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GeocodeRequest {
    pub address: Option<Address>,
    /// District key, when the association named one.
    pub district: Option<String>,
}

/// How exact a placement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// The building or street.
    Address,
    /// The centre of the postcode area.
    Postcode,
    /// The centre of the district.
    District,
}

/// Where a geocoder put an association.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    pub point: GeoPoint,
    pub precision: Precision,
    /// The district the point belongs to, when the geocoder knows it.
    pub district: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum GeocodeError {
    #[error("geocoding service unavailable: {0}")]
    Unavailable(String),
    #[error("geocoding service answered something unreadable: {0}")]
    BadAnswer(String),
}

/// Turns an address into a point on the map.
#[async_trait]
pub trait Geocoder: Send + Sync + 'static {
    /// `Ok(None)` when the address is not found; errors are for services that fail.
    async fn locate(&self, request: &GeocodeRequest) -> Result<Option<Placement>, GeocodeError>;
}
