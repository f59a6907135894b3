//! Districts (Stadtteile) of the city, with their neighbours.

use serde::{Deserialize, Serialize};

use crate::geo::GeoPoint;

/// A part of the city.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct District {
    pub key: String,
    pub name: String,
    #[serde(default)]
    pub centre: Option<GeoPoint>,
    #[serde(default)]
    pub postcodes: Vec<String>,
    #[serde(default)]
    pub neighbours: Vec<String>,
}
