//! Use case: give associations that have no map position one, from their address (or
//! district) through a geocoder. Positions already set (by the import, or a dragged pin)
//! are kept.

use crate::ports::{GeocodeRequest, Geocoder, NewOrganisation};

/// Places every organisation of the batch that lacks a position; returns how many it placed.
/// A geocoder failure leaves that organisation unplaced rather than failing the import.
pub async fn place_organisations(organisations: &mut [NewOrganisation], geocoder: &dyn Geocoder) -> usize {
    let mut placed = 0;
    for org in organisations.iter_mut().filter(|o| o.profile.position.is_none()) {
        let request = GeocodeRequest { address: org.profile.address.clone(), district: org.profile.district.clone() };
        match geocoder.locate(&request).await {
            Ok(Some(placement)) => {
                org.profile.position = Some(placement.point);
                if org.profile.district.is_none() {
                    org.profile.district = placement.district;
                }
                placed += 1;
            }
            Ok(None) => tracing::info!(slug = %org.slug, "no map position found"),
            Err(error) => tracing::warn!(slug = %org.slug, %error, "geocoding failed"),
        }
    }
    placed
}

#[cfg(test)]
mod tests {
    use domain::organisation::Profile;
    use domain::slug::Slug;

    use super::*;
    use crate::map::offline_geocoder::mitte_only;

    fn org(slug: &str, json: serde_json::Value) -> NewOrganisation {
        NewOrganisation { slug: Slug::parse(slug).expect("slug"), profile: serde_json::from_value::<Profile>(json).expect("profile") }
    }

    #[tokio::test]
    async fn places_only_what_lacks_a_position() {
        let geocoder = mitte_only();
        let mut batch = vec![
            org(
                "a",
                serde_json::json!({"name": "A", "legal_form": "initiative", "address": {"street": "X 1", "postcode": "71634", "city": "Ludwigsburg"}}),
            ),
            org("b", serde_json::json!({"name": "B", "legal_form": "initiative", "position": {"lat": 48.0, "lon": 9.0}})),
            org("c", serde_json::json!({"name": "C", "legal_form": "initiative"})),
        ];
        assert_eq!(place_organisations(&mut batch, &geocoder).await, 1);
        assert_eq!(batch[0].profile.position.map(|p| p.lat()), Some(48.895));
        assert_eq!(batch[0].profile.district.as_deref(), Some("mitte"));
        assert_eq!(batch[1].profile.position.map(|p| p.lat()), Some(48.0));
        assert!(batch[2].profile.position.is_none());
    }
}
