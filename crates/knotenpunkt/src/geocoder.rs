//! The online geocoder: a Nominatim-compatible search service (configurable URL, off by
//! default), asked with a user agent and at most one request per configured interval. The
//! offline table of districts and postcodes answers when it is off, fails or finds nothing.

use std::time::Duration;

use app::map::offline_geocoder::{FallbackGeocoder, OfflineGeocoder};
use app::ports::{GeocodeError, GeocodeRequest, Geocoder, Placement, Precision};
use async_trait::async_trait;
use domain::district::District;
use domain::geo::GeoPoint;
use serde::Deserialize;
use tokio::sync::Mutex;
use tokio::time::Instant;

use crate::config::GeocoderConfig;

/// A Nominatim-compatible `/search` endpoint.
pub struct NominatimGeocoder {
    client: reqwest::Client,
    url: String,
    country: String,
    min_interval: Duration,
    last_request: Mutex<Option<Instant>>,
}

#[derive(Deserialize)]
struct Hit {
    lat: String,
    lon: String,
}

impl NominatimGeocoder {
    pub fn new(url: &str, user_agent: &str, country: &str, min_interval: Duration) -> Result<Self, GeocodeError> {
        let client = reqwest::Client::builder()
            .user_agent(user_agent)
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| GeocodeError::Unavailable(e.to_string()))?;
        Ok(Self { client, url: url.to_owned(), country: country.to_owned(), min_interval, last_request: Mutex::new(None) })
    }

    /// Waits until the interval since the last request has passed (the service's rate limit).
    async fn wait_turn(&self) {
        let mut last = self.last_request.lock().await;
        if let Some(at) = *last {
            tokio::time::sleep_until(at + self.min_interval).await;
        }
        *last = Some(Instant::now());
    }
}

#[async_trait]
impl Geocoder for NominatimGeocoder {
    async fn locate(&self, request: &GeocodeRequest) -> Result<Option<Placement>, GeocodeError> {
        let Some(address) = &request.address else { return Ok(None) };
        self.wait_turn().await;
        let query = [
            ("format", "jsonv2"),
            ("limit", "1"),
            ("street", address.street.as_str()),
            ("postalcode", address.postcode.as_str()),
            ("city", address.city.as_str()),
            ("countrycodes", self.country.as_str()),
        ];
        let response = self.client.get(&self.url).query(&query).send().await.map_err(|e| GeocodeError::Unavailable(e.to_string()))?;
        if !response.status().is_success() {
            return Err(GeocodeError::Unavailable(format!("status {}", response.status())));
        }
        let hits: Vec<Hit> = response.json().await.map_err(|e| GeocodeError::BadAnswer(e.to_string()))?;
        let Some(hit) = hits.first() else { return Ok(None) };
        let (lat, lon) = (hit.lat.parse::<f64>(), hit.lon.parse::<f64>());
        let point = match (lat, lon) {
            (Ok(lat), Ok(lon)) => GeoPoint::new(lat, lon).map_err(|e| GeocodeError::BadAnswer(e.to_string()))?,
            _ => return Err(GeocodeError::BadAnswer("lat/lon are not numbers".into())),
        };
        Ok(Some(Placement { point, precision: Precision::Address, district: None }))
    }
}

/// The geocoder the configuration asks for: the online service with the offline table as
/// fallback, or the offline table alone.
pub fn from_config(config: &GeocoderConfig, districts: Vec<District>) -> Box<dyn Geocoder> {
    let offline = OfflineGeocoder::new(districts);
    let Some(url) = &config.url else { return Box::new(offline) };
    match NominatimGeocoder::new(url, &config.user_agent, &config.country, config.min_interval) {
        Ok(online) => Box::new(FallbackGeocoder { first: online, then: offline }),
        Err(error) => {
            tracing::warn!(%error, "online geocoder unavailable; using the offline table");
            Box::new(offline)
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    use axum::extract::Query;
    use axum::http::HeaderMap;
    use axum::routing::get;
    use axum::{Json, Router};
    use domain::organisation::Address;

    use super::*;

    /// A local stand-in for a Nominatim server: answers Marktplatz, nothing else.
    async fn stub() -> (String, Arc<AtomicUsize>) {
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        let app = Router::new().route(
            "/search",
            get(move |Query(q): Query<Vec<(String, String)>>, headers: HeaderMap| {
                let counter = counter.clone();
                async move {
                    counter.fetch_add(1, Ordering::SeqCst);
                    assert!(headers["user-agent"].to_str().unwrap_or_default().starts_with("Knotenpunkt-Test"));
                    let street = q.iter().find(|(k, _)| k == "street").map(|(_, v)| v.clone()).unwrap_or_default();
                    if street.starts_with("Marktplatz") {
                        Json(serde_json::json!([{"lat": "48.8953", "lon": "9.1917", "display_name": "Marktplatz"}]))
                    } else {
                        Json(serde_json::json!([]))
                    }
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
        (format!("http://{addr}/search"), calls)
    }

    fn request(street: &str) -> GeocodeRequest {
        GeocodeRequest {
            address: Some(Address { street: street.into(), postcode: "71634".into(), city: "Ludwigsburg".into() }),
            district: None,
        }
    }

    #[tokio::test]
    async fn asks_the_service_politely_and_at_its_pace() {
        let (url, calls) = stub().await;
        let geocoder = NominatimGeocoder::new(&url, "Knotenpunkt-Test/1", "de", Duration::from_millis(150)).expect("client");
        let started = std::time::Instant::now();
        let placed = geocoder.locate(&request("Marktplatz 1")).await.expect("ok").expect("found");
        assert_eq!((placed.precision, placed.point.lat()), (Precision::Address, 48.8953));
        assert_eq!(geocoder.locate(&request("Nirgendwo 9")).await.expect("ok"), None);
        assert!(started.elapsed() >= Duration::from_millis(150), "second request waited for the rate limit");
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn falls_back_to_the_postcode_table() {
        let (url, _) = stub().await;
        let config =
            GeocoderConfig { url: Some(url), user_agent: "Knotenpunkt-Test/1".into(), min_interval: Duration::ZERO, country: "de".into() };
        let districts = vec![District {
            key: "mitte".into(),
            name: "Mitte".into(),
            centre: Some(GeoPoint::new(48.895, 9.192).expect("point")),
            postcodes: vec!["71634".into()],
            neighbours: Vec::new(),
        }];
        let geocoder = from_config(&config, districts.clone());
        let placed = geocoder.locate(&request("Nirgendwo 9")).await.expect("ok").expect("placed by postcode");
        assert_eq!(placed.precision, Precision::Postcode);
        let down = GeocoderConfig { url: Some("http://127.0.0.1:9/search".into()), ..config };
        let placed = from_config(&down, districts).locate(&request("Marktplatz 1")).await.expect("ok").expect("placed");
        assert_eq!(placed.precision, Precision::Postcode, "a failing service falls back");
    }
}
