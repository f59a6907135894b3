//! The parts of the configuration that pages show: instance, office contact, legal texts.

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
    /// Base URL for absolute links (API, JSON-LD); taken from the request's host when unset.
    pub public_url: Option<String>,
    pub office: OfficeContact,
    pub imprint: LocalizedText,
    pub privacy: LocalizedText,
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
