//! The map's GeoJSON, built once per search index and shared: the answer for the whole city is
//! about 13 MB at 100,000 associations, and building it for every request (a vector of features,
//! then the JSON text growing to that size, on many worker threads at once) was what made the
//! server's memory grow under mixed load (docs/benchmarks.md, "Memory under mixed load").
//!
//! An entry is valid as long as the index it was built from is the current one: every change of
//! published content makes a new index (by this server or, through the refresh, another one), so
//! no entry outlives the content it shows. Answers that depend on the marketplace's items or on
//! who asks (the filter on offers and needs) are not kept here. The gzip form is made once, when a
//! client first accepts it. Bounded by bytes: when an answer would not fit, the others go.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock, PoisonError, Weak};

use app::directory::index::SearchIndex;
use axum::body::Bytes;
use domain::directory_query::DirectoryQuery;

/// At most this many bytes of answers (JSON and gzip together) are kept.
pub const GEOJSON_CACHE_BYTES: usize = 40 * 1024 * 1024;

/// What names an answer: the directory's search (without paging) and the bounding box as given.
pub type GeoJsonKey = (DirectoryQuery, Option<String>);

/// One answer: the JSON and, once asked for, its gzip form.
#[derive(Debug, Default)]
pub struct GeoJsonBody {
    json: OnceLock<Bytes>,
    gzip: OnceLock<Bytes>,
}

impl GeoJsonBody {
    /// The JSON text.
    pub fn json(&self) -> Bytes {
        self.json.get().cloned().unwrap_or_default()
    }

    /// The JSON compressed with gzip, made on the first call.
    pub fn gzip(&self) -> Bytes {
        self.gzip.get_or_init(|| Bytes::from(gzip(&self.json()))).clone()
    }

    fn bytes(&self) -> usize {
        self.json.get().map_or(0, Bytes::len) + self.gzip.get().map_or(0, Bytes::len)
    }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::with_capacity(data.len() / 4), flate2::Compression::default());
    // Writing into a vector cannot fail.
    let _ = encoder.write_all(data);
    encoder.finish().unwrap_or_default()
}

#[derive(Default)]
struct Entries {
    /// The index the entries were built from; a weak reference, so that the cache never keeps
    /// an old index alive.
    index: Weak<SearchIndex>,
    bodies: HashMap<GeoJsonKey, Arc<GeoJsonBody>>,
}

/// The answers built from the current index.
#[derive(Default)]
pub struct GeoJsonCache(Mutex<Entries>);

impl GeoJsonCache {
    /// The answer for `key` from `index`, built with `build` if no request built it yet. Requests
    /// for the same answer that arrive while it is built wait for it instead of building it too.
    pub fn get_or_build(&self, index: &Arc<SearchIndex>, key: GeoJsonKey, build: impl FnOnce() -> Vec<u8>) -> Arc<GeoJsonBody> {
        let body = {
            let mut entries = self.0.lock().unwrap_or_else(PoisonError::into_inner);
            if !std::ptr::eq(entries.index.as_ptr(), Arc::as_ptr(index)) {
                entries.bodies.clear();
                entries.index = Arc::downgrade(index);
            }
            Arc::clone(entries.bodies.entry(key).or_default())
        };
        body.json.get_or_init(|| Bytes::from(build()));
        self.keep_within_bound(&body);
        body
    }

    /// Gives the gzip form of `body`, made once, and keeps the cache within its bound.
    pub fn gzip(&self, body: &GeoJsonBody) -> Bytes {
        let gzip = body.gzip();
        self.keep_within_bound(body);
        gzip
    }

    /// When the entries hold more than the bound, all but `newest` go (and that one too when it
    /// alone is too big; its requests still get their answer).
    fn keep_within_bound(&self, newest: &GeoJsonBody) {
        let mut entries = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let held: usize = entries.bodies.values().map(|b| b.bytes()).sum();
        if held > GEOJSON_CACHE_BYTES {
            let alone_fits = newest.bytes() <= GEOJSON_CACHE_BYTES;
            entries.bodies.retain(|_, b| alone_fits && std::ptr::eq(Arc::as_ptr(b), newest));
        }
    }

    /// Bytes held (JSON and gzip of every entry).
    pub fn bytes(&self) -> usize {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).bodies.values().map(|b| b.bytes()).sum()
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::io::Read;

    use super::*;

    fn key(text: &str) -> GeoJsonKey {
        (DirectoryQuery { text: text.into(), ..Default::default() }, None)
    }

    #[test]
    fn an_answer_is_built_once_per_index_and_again_for_a_new_one() {
        let cache = GeoJsonCache::default();
        let builds = Cell::new(0);
        let build = |body: &'static str| {
            builds.set(builds.get() + 1);
            body.as_bytes().to_vec()
        };
        let first = Arc::new(SearchIndex::default());
        assert_eq!(cache.get_or_build(&first, key(""), || build("a")).json(), "a");
        assert_eq!(cache.get_or_build(&first, key(""), || build("b")).json(), "a", "the same index: kept");
        assert_eq!(builds.get(), 1);
        assert_eq!(cache.get_or_build(&first, key("x"), || build("c")).json(), "c", "another search: its own answer");
        let second = Arc::new(SearchIndex::default());
        assert_eq!(cache.get_or_build(&second, key(""), || build("d")).json(), "d", "a new index: built again");
        assert_eq!(builds.get(), 3);
        assert_eq!(cache.bytes(), 1, "the first index's answers are gone");
    }

    #[test]
    fn the_old_index_is_not_kept_alive() {
        let cache = GeoJsonCache::default();
        let index = Arc::new(SearchIndex::default());
        cache.get_or_build(&index, key(""), || b"a".to_vec());
        let weak = Arc::downgrade(&index);
        drop(index);
        assert!(weak.upgrade().is_none());
    }

    #[test]
    fn gzip_holds_the_json_and_counts_against_the_bound() {
        let cache = GeoJsonCache::default();
        let index = Arc::new(SearchIndex::default());
        let json = br#"{"type":"FeatureCollection","features":[]}"#.repeat(100);
        let body = cache.get_or_build(&index, key(""), || json.clone());
        let gzip = cache.gzip(&body);
        let mut unpacked = Vec::new();
        flate2::read::GzDecoder::new(&gzip[..]).read_to_end(&mut unpacked).expect("gzip");
        assert_eq!(unpacked, json);
        assert!(gzip.len() < json.len() / 10);
        assert_eq!(cache.bytes(), json.len() + gzip.len());
    }

    #[test]
    fn answers_beyond_the_bound_make_room() {
        let cache = GeoJsonCache::default();
        let index = Arc::new(SearchIndex::default());
        let third = GEOJSON_CACHE_BYTES / 3 + 1;
        cache.get_or_build(&index, key("a"), || vec![b' '; third]);
        cache.get_or_build(&index, key("b"), || vec![b' '; third]);
        assert_eq!(cache.bytes(), 2 * third);
        let newest = cache.get_or_build(&index, key("c"), || vec![b' '; third]);
        assert_eq!(cache.bytes(), third, "only the newest stays");
        assert_eq!(newest.json().len(), third);
        let huge = cache.get_or_build(&index, key("d"), || vec![b' '; GEOJSON_CACHE_BYTES + 1]);
        assert_eq!(huge.json().len(), GEOJSON_CACHE_BYTES + 1, "answered all the same");
        assert_eq!(cache.bytes(), 0, "but not kept");
    }
}
