//! Geographic positions (WGS 84).

use serde::{Deserialize, Serialize};

/// A point on the map; only constructed with valid latitude and longitude.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawPoint")]
pub struct GeoPoint {
    lat: f64,
    lon: f64,
}

#[derive(Deserialize)]
struct RawPoint {
    lat: f64,
    lon: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("latitude must be within ±90 and longitude within ±180")]
pub struct InvalidPoint;

impl GeoPoint {
    pub fn new(lat: f64, lon: f64) -> Result<Self, InvalidPoint> {
        if lat.is_finite() && lon.is_finite() && (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) {
            Ok(Self { lat, lon })
        } else {
            Err(InvalidPoint)
        }
    }

    pub fn lat(&self) -> f64 {
        self.lat
    }

    pub fn lon(&self) -> f64 {
        self.lon
    }

    /// Great-circle distance in metres.
    pub fn distance_m(&self, other: &GeoPoint) -> f64 {
        const R: f64 = 6_371_000.0;
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * R * a.sqrt().asin()
    }
}

impl TryFrom<RawPoint> for GeoPoint {
    type Error = InvalidPoint;
    fn try_from(raw: RawPoint) -> Result<Self, Self::Error> {
        Self::new(raw.lat, raw.lon)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_out_of_range() {
        assert!(GeoPoint::new(91.0, 0.0).is_err());
        assert!(GeoPoint::new(0.0, f64::NAN).is_err());
        assert!(GeoPoint::new(48.9, 9.19).is_ok());
    }

    #[test]
    fn measures_distance() {
        let a = GeoPoint::new(48.8950, 9.1920).expect("a");
        let b = GeoPoint::new(48.8905, 9.1760).expect("b");
        let d = a.distance_m(&b);
        assert!((1200.0..1400.0).contains(&d), "{d}");
    }
}
