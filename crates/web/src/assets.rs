//! Own scripts, styles and icons, and the front-end libraries installed from npm at build
//! time (`build.rs`), embedded in the binary and served under names that carry a content
//! hash, so browsers may cache them for a year.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hasher};

use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use rust_embed::RustEmbed;

use crate::SharedState;

#[derive(RustEmbed)]
#[folder = "../../web/assets/"]
struct AssetFiles;

mod vendor {
    include!(concat!(env!("OUT_DIR"), "/vendor.rs"));
}

/// Logical names of library files start with this.
const VENDOR_PREFIX: &str = "vendor/";

/// An embedded file by its logical name: own files, then `vendor/…` library files.
fn content(name: &str) -> Option<std::borrow::Cow<'static, [u8]>> {
    if let Some(file) = name.strip_prefix(VENDOR_PREFIX) {
        return vendor::VENDOR.iter().find(|(n, _)| *n == file).map(|(_, data)| std::borrow::Cow::Borrowed(*data));
    }
    AssetFiles::get(name).map(|f| f.data)
}

/// Maps logical names ("app.css") to hashed ones ("app.1a2b3c4d.css") and back.
#[derive(Debug, Default)]
pub struct Assets {
    hashed: HashMap<String, String>,
    logical: HashMap<String, String>,
}

impl Assets {
    pub fn load() -> Self {
        let mut assets = Assets::default();
        let names = AssetFiles::iter().map(|n| n.into_owned()).chain(vendor::VENDOR.iter().map(|(n, _)| format!("{VENDOR_PREFIX}{n}")));
        for name in names {
            let Some(data) = content(&name) else { continue };
            let mut hasher = DefaultHasher::new();
            hasher.write(&data);
            let hash = format!("{:08x}", hasher.finish() & 0xffff_ffff);
            let hashed = match name.rsplit_once('.') {
                Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
                None => format!("{name}.{hash}"),
            };
            assets.logical.insert(hashed.clone(), name.to_string());
            assets.hashed.insert(name.to_string(), hashed);
        }
        assets
    }

    /// The URL of an asset by its logical name.
    pub fn url(&self, name: &str) -> String {
        format!("/assets/{}", self.hashed.get(name).map_or(name, String::as_str))
    }

    /// The content of an asset by its logical name (for size checks and tests).
    pub fn bytes(&self, name: &str) -> Option<Vec<u8>> {
        content(name).map(std::borrow::Cow::into_owned)
    }
}

pub fn router() -> Router<SharedState> {
    Router::new().route("/assets/{*file}", get(serve))
}

async fn serve(State(state): State<SharedState>, Path(file): Path<String>) -> Response {
    let (logical, immutable) = match state.assets.logical.get(&file) {
        Some(logical) => (logical.as_str(), true),
        None => (file.as_str(), false),
    };
    let Some(data) = content(logical) else {
        return crate::error::PageError::NOT_FOUND.into_response();
    };
    let cache = if immutable { "public, max-age=31536000, immutable" } else { "public, max-age=300" };
    ([(CONTENT_TYPE, content_type(logical)), (CACHE_CONTROL, cache)], data.into_owned()).into_response()
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("css") => "text/css; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}
