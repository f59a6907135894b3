//! A geocoder without any network: the instance's table of districts, their postcodes and
//! approximate centres. Places an association at its district's centre, else at the centre
//! of the district its postcode belongs to (the first district that lists the postcode).

use async_trait::async_trait;
use domain::district::District;

use crate::ports::{GeocodeError, GeocodeRequest, Geocoder, Placement, Precision};

/// The postcode and district table of one city.
#[derive(Debug, Clone, Default)]
pub struct OfflineGeocoder {
    districts: Vec<District>,
}

impl OfflineGeocoder {
    pub fn new(districts: Vec<District>) -> Self {
        Self { districts }
    }

    /// The placement for a request, if the table knows the district or the postcode.
    pub fn place(&self, request: &GeocodeRequest) -> Option<Placement> {
        let by_district = request.district.as_deref().and_then(|key| self.districts.iter().find(|d| d.key == key));
        if let Some(district) = by_district {
            if let Some(point) = district.centre {
                return Some(Placement { point, precision: Precision::District, district: Some(district.key.clone()) });
            }
        }
        let postcode = request.address.as_ref().map(|a| a.postcode.trim())?;
        let district = self.districts.iter().find(|d| d.centre.is_some() && d.postcodes.iter().any(|p| p == postcode))?;
        Some(Placement { point: district.centre?, precision: Precision::Postcode, district: Some(district.key.clone()) })
    }
}

#[async_trait]
impl Geocoder for OfflineGeocoder {
    async fn locate(&self, request: &GeocodeRequest) -> Result<Option<Placement>, GeocodeError> {
        Ok(self.place(request))
    }
}

/// Asks the first geocoder, and the second when the first fails or finds nothing.
pub struct FallbackGeocoder<A, B> {
    pub first: A,
    pub then: B,
}

#[async_trait]
impl<A: Geocoder, B: Geocoder> Geocoder for FallbackGeocoder<A, B> {
    async fn locate(&self, request: &GeocodeRequest) -> Result<Option<Placement>, GeocodeError> {
        match self.first.locate(request).await {
            Ok(Some(placement)) => Ok(Some(placement)),
            Ok(None) => self.then.locate(request).await,
            Err(error) => {
                tracing::warn!(%error, "geocoder failed, using the fallback");
                self.then.locate(request).await
            }
        }
    }
}

/// For tests of the use cases that place associations: one district, "mitte", around 71634.
#[cfg(test)]
pub(crate) fn mitte_only() -> OfflineGeocoder {
    OfflineGeocoder::new(vec![District {
        key: "mitte".into(),
        name: "Mitte".into(),
        centre: Some(domain::geo::GeoPoint::new(48.895, 9.192).expect("point")),
        postcodes: vec!["71634".into()],
        neighbours: Vec::new(),
    }])
}

#[cfg(test)]
mod tests {
    use domain::geo::GeoPoint;
    use domain::organisation::Address;

    use super::*;

    fn district(key: &str, lat: f64, postcodes: &[&str]) -> District {
        District {
            key: key.into(),
            name: key.into(),
            centre: Some(GeoPoint::new(lat, 9.19).expect("point")),
            postcodes: postcodes.iter().map(|p| (*p).to_owned()).collect(),
            neighbours: Vec::new(),
        }
    }

    fn table() -> OfflineGeocoder {
        OfflineGeocoder::new(vec![
            district("mitte", 48.895, &["71634"]),
            district("eglosheim", 48.906, &["71634"]),
            district("oststadt", 48.8985, &["71640"]),
        ])
    }

    fn address(postcode: &str) -> Option<Address> {
        Some(Address { street: "Marktplatz 1".into(), postcode: postcode.into(), city: "Ludwigsburg".into() })
    }

    #[test]
    fn district_centre_comes_first() {
        let placed = table().place(&GeocodeRequest { address: address("71640"), district: Some("eglosheim".into()) }).expect("placed");
        assert_eq!((placed.precision, placed.district.as_deref(), placed.point.lat()), (Precision::District, Some("eglosheim"), 48.906));
    }

    #[test]
    fn postcode_maps_to_its_first_district() {
        let placed = table().place(&GeocodeRequest { address: address(" 71634 "), district: None }).expect("placed");
        assert_eq!((placed.precision, placed.district.as_deref()), (Precision::Postcode, Some("mitte")));
        let placed = table().place(&GeocodeRequest { address: address("71640"), district: Some("unknown".into()) }).expect("placed");
        assert_eq!(placed.district.as_deref(), Some("oststadt"));
    }

    #[test]
    fn unknown_places_are_not_guessed() {
        assert_eq!(table().place(&GeocodeRequest { address: address("10115"), district: None }), None);
        assert_eq!(table().place(&GeocodeRequest::default()), None);
    }

    struct Failing;
    #[async_trait]
    impl Geocoder for Failing {
        async fn locate(&self, _: &GeocodeRequest) -> Result<Option<Placement>, GeocodeError> {
            Err(GeocodeError::Unavailable("down".into()))
        }
    }

    #[tokio::test]
    async fn fallback_answers_when_the_service_fails() {
        let chain = FallbackGeocoder { first: Failing, then: table() };
        let placed = chain.locate(&GeocodeRequest { address: address("71640"), district: None }).await.expect("ok").expect("placed");
        assert_eq!(placed.precision, Precision::Postcode);
    }
}
