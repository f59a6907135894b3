//! The parts of the configuration that pages show: instance, office contact, legal texts,
//! the map.

use domain::geo::GeoPoint;
use domain::language::UiLocale;
use domain::localized::LocalizedText;
use serde::Deserialize;

/// Site settings the web layer needs, validated by the binary's configuration loader.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// Name of the instance shown in the header, e.g. "Knotenpunkt Ludwigsburg".
    pub instance_name: String,
    pub city: String,
    /// Language used when neither the URL, a cookie nor the browser names one.
    pub default_locale: UiLocale,
    /// Base URL for absolute links (mails, API, JSON-LD); `serve` sets it from its own loopback
    /// address when the configuration leaves it empty, and refuses to start on any other address.
    pub public_url: Option<String>,
    pub office: OfficeContact,
    pub imprint: LocalizedText,
    pub privacy: LocalizedText,
    pub map: MapConfig,
    /// The licence of the directory's open data (exports, API, JSON-LD).
    pub data_licence: app::porting::Licence,
}

/// The city map: where tiles come from and what the map shows first.
#[derive(Debug, Clone)]
pub struct MapConfig {
    /// Tile URL template with `{z}`, `{x}`, `{y}` (and optionally `{s}`); `None`: no tiles,
    /// markers on a plain background.
    pub tile_url: Option<String>,
    /// Attribution the tile provider requires (HTML is not allowed; plain text).
    pub attribution: String,
    /// The provider's name as the consent panel shows it, e.g. "OpenStreetMap".
    pub provider: String,
    pub max_zoom: u8,
    pub centre: GeoPoint,
    pub zoom: u8,
    /// Whether visitors must agree before tiles load (an external tile host).
    pub consent_required: bool,
    /// Sites that may frame `/embed/map`: `["*"]` for any.
    pub embed_frame_ancestors: Vec<String>,
}

impl MapConfig {
    /// The origin tiles come from, as a CSP source (`https://*.tile.example.org`), when it is
    /// another host than Knotenpunkt's own.
    pub fn tile_source(&self) -> Option<String> {
        tile_source(self.tile_url.as_deref()?)
    }
}

impl Default for MapConfig {
    fn default() -> Self {
        Self {
            tile_url: None,
            attribution: String::new(),
            provider: String::new(),
            max_zoom: 18,
            centre: GeoPoint::new(48.8975, 9.1920).unwrap_or_else(|_| unreachable!("valid constant")),
            zoom: 13,
            consent_required: false,
            embed_frame_ancestors: vec!["*".to_owned()],
        }
    }
}

/// `https://{s}.tile.example.org/{z}/{x}/{y}.png` → `https://*.tile.example.org`; `None` for
/// relative URLs (served by Knotenpunkt itself) and for anything that is not http(s).
pub fn tile_source(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let authority = rest.split('/').next().filter(|a| !a.is_empty())?;
    let authority = authority.replace("{s}", "*");
    if !authority.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '*' | '[' | ']')) {
        return None;
    }
    Some(format!("{scheme}://{authority}"))
}

#[cfg(test)]
mod tests {
    use super::tile_source;

    #[test]
    fn tile_sources_for_csp() {
        assert_eq!(tile_source("https://{s}.tile.example.org/{z}/{x}/{y}.png").as_deref(), Some("https://*.tile.example.org"));
        assert_eq!(tile_source("http://127.0.0.1:9999/t/{z}/{x}/{y}.png").as_deref(), Some("http://127.0.0.1:9999"));
        assert_eq!(tile_source("/tiles/{z}/{x}/{y}.png"), None);
        assert_eq!(tile_source("javascript://x"), None);
        assert_eq!(tile_source("https://evil.org;script-src */{z}"), None);
    }
}

/// The coordination office's contact block.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct OfficeContact {
    pub name: String,
    #[serde(default)]
    pub department: Option<String>,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub email: String,
    pub phone: String,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub opening_hours: LocalizedText,
    #[serde(default)]
    pub about: LocalizedText,
}
