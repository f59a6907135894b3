//! Use case: an edited profile without a map position gets one from its address or district,
//! when the geocoder finds it; otherwise it stays off the map (listed, not pinned).

use domain::organisation::Profile;

use crate::ports::{GeocodeRequest, Geocoder};

/// The profile, placed if it lacked a position and has an address or district to go by. A
/// geocoder failure is logged and leaves the profile unplaced: saving the edit matters more.
pub async fn place_profile(geocoder: &dyn Geocoder, mut profile: Profile) -> Profile {
    if profile.position.is_some() || (profile.address.is_none() && profile.district.is_none()) {
        return profile;
    }
    let request = GeocodeRequest { address: profile.address.clone(), district: profile.district.clone() };
    match geocoder.locate(&request).await {
        Ok(Some(placement)) => profile.position = Some(placement.point),
        Ok(None) => {}
        Err(error) => tracing::warn!(%error, "geocoding an edited profile failed"),
    }
    profile
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::map::offline_geocoder::mitte_only;

    fn profile(json: serde_json::Value) -> Profile {
        serde_json::from_value(json).expect("profile")
    }

    #[tokio::test]
    async fn places_a_profile_by_its_postcode_and_keeps_a_set_position() {
        let geocoder = mitte_only();
        let addressed = profile(
            serde_json::json!({"name": "A", "legal_form": "initiative", "address": {"street": "X 1", "postcode": "71634", "city": "Ludwigsburg"}}),
        );
        assert_eq!(place_profile(&geocoder, addressed).await.position.map(|p| p.lat()), Some(48.895));
        let pinned = profile(serde_json::json!({"name": "B", "legal_form": "initiative", "position": {"lat": 48.0, "lon": 9.0}}));
        assert_eq!(place_profile(&geocoder, pinned).await.position.map(|p| p.lat()), Some(48.0));
        let nowhere = profile(serde_json::json!({"name": "C", "legal_form": "initiative"}));
        assert!(place_profile(&geocoder, nowhere).await.position.is_none());
    }
}
