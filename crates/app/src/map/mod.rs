//! The city map: which associations to show where, and placing associations on the map.

pub mod locate_organisations;
pub mod offline_geocoder;
pub mod place_organisations;
pub mod place_profile;
