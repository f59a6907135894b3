//! How far and in which direction a position moved: "58 m nach Nordosten" rather than two
//! pairs of coordinates, so a reviewer sees at once whether a pin was nudged or moved across town.

use super::GeoPoint;

/// One of the eight compass directions; its key names it for translation (`north-east`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compass {
    North,
    NorthEast,
    East,
    SouthEast,
    South,
    SouthWest,
    West,
    NorthWest,
}

impl Compass {
    const ALL: [Compass; 8] = [
        Compass::North,
        Compass::NorthEast,
        Compass::East,
        Compass::SouthEast,
        Compass::South,
        Compass::SouthWest,
        Compass::West,
        Compass::NorthWest,
    ];

    /// The direction nearest to a bearing in degrees clockwise from north (any value; it is
    /// taken modulo 360). Each direction covers 45°, centred on it.
    pub fn from_bearing(degrees: f64) -> Compass {
        let sector = ((degrees.rem_euclid(360.0) + 22.5) / 45.0).floor() as usize % 8;
        Self::ALL[sector]
    }

    /// Stable key for translations.
    pub fn key(self) -> &'static str {
        match self {
            Compass::North => "north",
            Compass::NorthEast => "north-east",
            Compass::East => "east",
            Compass::SouthEast => "south-east",
            Compass::South => "south",
            Compass::SouthWest => "south-west",
            Compass::West => "west",
            Compass::NorthWest => "north-west",
        }
    }
}

/// A move from one position to another: its distance, rounded for reading, and its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Movement {
    /// Metres, rounded: to 1 m below 100 m, to 10 m below 1 km, to 100 m above.
    pub metres: u32,
    pub direction: Compass,
}

impl GeoPoint {
    /// Initial great-circle bearing towards `other`, degrees clockwise from north in `[0, 360)`.
    pub fn bearing_to(&self, other: &GeoPoint) -> f64 {
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dl = (other.lon - self.lon).to_radians();
        let y = dl.sin() * p2.cos();
        let x = p1.cos() * p2.sin() - p1.sin() * p2.cos() * dl.cos();
        y.atan2(x).to_degrees().rem_euclid(360.0)
    }

    /// How far and which way `other` lies from here.
    pub fn movement_to(&self, other: &GeoPoint) -> Movement {
        let exact = self.distance_m(other);
        let step = if exact < 100.0 {
            1.0
        } else if exact < 1000.0 {
            10.0
        } else {
            100.0
        };
        Movement { metres: ((exact / step).round() * step) as u32, direction: Compass::from_bearing(self.bearing_to(other)) }
    }

    /// Reads a position written as `lat, lon` (how the review diff shows one).
    pub fn parse_pair(raw: &str) -> Option<GeoPoint> {
        let (lat, lon) = raw.split_once(',')?;
        GeoPoint::new(lat.trim().parse().ok()?, lon.trim().parse().ok()?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(lat: f64, lon: f64) -> GeoPoint {
        GeoPoint::new(lat, lon).expect("valid point")
    }

    #[test]
    fn bearings_name_the_eight_directions() {
        let cases = [
            (0.0, Compass::North),
            (22.4, Compass::North),
            (22.5, Compass::NorthEast),
            (45.0, Compass::NorthEast),
            (90.0, Compass::East),
            (135.0, Compass::SouthEast),
            (180.0, Compass::South),
            (225.0, Compass::SouthWest),
            (270.0, Compass::West),
            (315.0, Compass::NorthWest),
            (337.4, Compass::NorthWest),
            (337.5, Compass::North),
            (359.9, Compass::North),
            (-90.0, Compass::West),
            (450.0, Compass::East),
        ];
        for (degrees, expected) in cases {
            assert_eq!(Compass::from_bearing(degrees), expected, "{degrees}°");
        }
    }

    #[test]
    fn a_small_move_in_ludwigsburg_reads_as_metres_and_direction() {
        // Along the diagonal: 0.0004° north is ~44.5 m, 0.0006° east at 48.9° is ~44 m.
        let from = point(48.8950, 9.1920);
        let to = point(48.8954, 9.1926);
        let moved = from.movement_to(&to);
        assert_eq!(moved.direction, Compass::NorthEast);
        assert!((60..=65).contains(&moved.metres), "{moved:?}");
        let back = to.movement_to(&from);
        assert_eq!(back.direction, Compass::SouthWest);
        assert_eq!(back.metres, moved.metres);
    }

    #[test]
    fn straight_moves_point_the_right_way() {
        let centre = point(48.8950, 9.1920);
        assert_eq!(centre.movement_to(&point(48.9050, 9.1920)).direction, Compass::North);
        assert_eq!(centre.movement_to(&point(48.8850, 9.1920)).direction, Compass::South);
        assert_eq!(centre.movement_to(&point(48.8950, 9.2020)).direction, Compass::East);
        assert_eq!(centre.movement_to(&point(48.8950, 9.1820)).direction, Compass::West);
        assert_eq!(centre.movement_to(&point(48.8850, 9.1770)).direction, Compass::SouthWest);
    }

    #[test]
    fn distances_are_rounded_for_reading() {
        let centre = point(48.8950, 9.1920);
        // 0.001° of latitude is about 111.2 m: shown to 10 m.
        assert_eq!(centre.movement_to(&point(48.8960, 9.1920)).metres, 110);
        // About 1.3 km: shown to 100 m.
        assert_eq!(centre.movement_to(&point(48.8905, 9.1760)).metres, 1300);
        // Under 100 m: to the metre.
        let small = centre.movement_to(&point(48.8951, 9.1920)).metres;
        assert_eq!(small, 11);
        assert_eq!(centre.movement_to(&centre).metres, 0);
    }

    #[test]
    fn positions_are_read_as_the_diff_writes_them() {
        assert_eq!(GeoPoint::parse_pair("48.8950, 9.1920"), Some(point(48.8950, 9.1920)));
        assert_eq!(GeoPoint::parse_pair(" 48.8950 ,9.1920 "), Some(point(48.8950, 9.1920)));
        for bad in ["", "48.8950", "48.8950; 9.1920", "91, 9", "a, b", "48.8950, 9.1920, 3"] {
            assert_eq!(GeoPoint::parse_pair(bad), None, "{bad:?}");
        }
    }
}
