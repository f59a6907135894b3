//! View models shared by the directory's pages: everything already translated.

use app::directory::index::{Listing, SearchIndex};
use axum::http::Uri;
use domain::directory_query::RawDirectoryQuery;

use crate::directory::item_filter::ItemMention;
use crate::i18n::Tr;

/// A text shown in a language other than the reader's says which one it is.
pub struct ShownText {
    pub text: String,
    pub lang: String,
}

/// One association in a result list.
pub struct OrgCard {
    pub name: String,
    pub url: String,
    pub summary: Option<ShownText>,
    pub categories: Vec<String>,
    pub district: Option<String>,
    /// Names of the languages spoken, joined for display.
    pub languages: String,
    pub mso: bool,
    /// The logo's address; shown small, beside the name that says whose it is.
    pub logo_url: Option<String>,
    /// The offers and needs the filter on items looks for, when one is set.
    pub mentions: Vec<ItemMention>,
}

pub fn category_labels<K: AsRef<str>>(index: &SearchIndex, keys: impl IntoIterator<Item = K>, lang: &str) -> Vec<String> {
    keys.into_iter()
        .map(|k| {
            let k = k.as_ref();
            index.categories().iter().find(|c| c.key == k).map_or_else(|| k.to_owned(), |c| c.label(lang).to_owned())
        })
        .collect()
}

pub fn district_name(index: &SearchIndex, key: Option<&str>) -> Option<String> {
    let key = key?;
    Some(index.districts().iter().find(|d| d.key == key).map_or_else(|| key.to_owned(), |d| d.name.clone()))
}

pub fn card(index: &SearchIndex, p: &Listing, tr: &Tr) -> OrgCard {
    let lang = tr.locale.code();
    OrgCard {
        name: p.name().to_owned(),
        url: crate::urls::organisation(p.slug()),
        summary: p.summary().choose(lang).map(|c| ShownText { text: c.text.to_owned(), lang: c.lang.to_owned() }),
        categories: category_labels(index, p.categories(), lang),
        district: district_name(index, p.district()),
        languages: tr.join(&p.languages().iter().map(|l| tr.language_name(l.as_str())).collect::<Vec<_>>()),
        mso: p.mso(),
        logo_url: p.logo().map(|h| h.url()),
        mentions: Vec::new(),
    }
}

/// The directory parameters of a URL, read leniently: repeated keys take the first value.
pub fn raw_query(uri: &Uri) -> RawDirectoryQuery {
    let pairs: Vec<(String, String)> = uri.query().and_then(|q| serde_urlencoded::from_str(q).ok()).unwrap_or_default();
    RawDirectoryQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// The `lang` parameter of a URL, if any.
pub fn lang_param(uri: &Uri) -> Option<String> {
    let pairs: Vec<(String, String)> = uri.query().and_then(|q| serde_urlencoded::from_str(q).ok()).unwrap_or_default();
    pairs.into_iter().find(|(k, _)| k == "lang").map(|(_, v)| v)
}

/// All parameters of a URL as pairs.
pub fn lang_param_pairs(uri: &Uri) -> Vec<(String, String)> {
    uri.query().and_then(|q| serde_urlencoded::from_str(q).ok()).unwrap_or_default()
}
