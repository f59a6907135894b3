//! Geographic positions (WGS 84).

use serde::{Deserialize, Serialize};

mod movement;

pub use movement::{Compass, Movement};

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

/// A rectangle on the map given as west, south, east, north (the order of GeoJSON's
/// `bbox` and of the `bbox=` URL parameter). Does not cross the antimeridian.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoundingBox {
    west: f64,
    south: f64,
    east: f64,
    north: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("bbox must be four numbers west,south,east,north with west < east and south < north")]
pub struct InvalidBoundingBox;

impl BoundingBox {
    /// Parses `west,south,east,north` in degrees.
    pub fn parse(raw: &str) -> Result<Self, InvalidBoundingBox> {
        let numbers: Vec<f64> =
            raw.split(',').map(|n| n.trim().parse::<f64>()).collect::<Result<_, _>>().map_err(|_| InvalidBoundingBox)?;
        let [west, south, east, north] = numbers[..] else { return Err(InvalidBoundingBox) };
        GeoPoint::new(south, west).map_err(|_| InvalidBoundingBox)?;
        GeoPoint::new(north, east).map_err(|_| InvalidBoundingBox)?;
        if west >= east || south >= north {
            return Err(InvalidBoundingBox);
        }
        Ok(Self { west, south, east, north })
    }

    /// Whether the point lies inside or on the edge.
    pub fn contains(&self, point: &GeoPoint) -> bool {
        (self.south..=self.north).contains(&point.lat) && (self.west..=self.east).contains(&point.lon)
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
    fn bounding_box_parses_and_contains() {
        let bbox = BoundingBox::parse("9.10, 48.85,9.30,48.95").expect("bbox");
        assert!(bbox.contains(&GeoPoint::new(48.895, 9.192).expect("p")));
        assert!(!bbox.contains(&GeoPoint::new(48.80, 9.192).expect("p")));
        for bad in ["", "1,2,3", "9.3,48.85,9.1,48.95", "a,b,c,d", "0,-91,1,0", "1,2,3,4,5", "NaN,1,2,3"] {
            assert_eq!(BoundingBox::parse(bad), Err(InvalidBoundingBox), "{bad}");
        }
    }

    #[test]
    fn measures_distance() {
        let a = GeoPoint::new(48.8950, 9.1920).expect("a");
        let b = GeoPoint::new(48.8905, 9.1760).expect("b");
        let d = a.distance_m(&b);
        assert!((1200.0..1400.0).contains(&d), "{d}");
    }
}
