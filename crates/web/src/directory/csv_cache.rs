//! The CSV export, kept per directory stamp: rebuilt only when published content changed
//! (by this server or another on the same database), not on every download.

use std::sync::{Arc, Mutex, PoisonError};

use app::ports::DirectoryStamp;

/// The last CSV built and the stamp of the content it was built from.
#[derive(Debug, Default)]
pub struct CsvCache(Mutex<Option<(DirectoryStamp, Arc<[u8]>)>>);

impl CsvCache {
    /// The file for content at `stamp`, if it was built already.
    pub fn get(&self, stamp: &DirectoryStamp) -> Option<Arc<[u8]>> {
        let cached = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        cached.as_ref().filter(|(built, _)| built == stamp).map(|(_, body)| body.clone())
    }

    /// Keeps the file built for content at `stamp`.
    pub fn put(&self, stamp: DirectoryStamp, body: Arc<[u8]>) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some((stamp, body));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(organisations: i64, last_change: &str) -> DirectoryStamp {
        DirectoryStamp { organisations, last_change: last_change.into() }
    }

    #[test]
    fn a_file_is_given_back_for_its_stamp_only() {
        let cache = CsvCache::default();
        assert!(cache.get(&stamp(3, "a")).is_none());
        cache.put(stamp(3, "a"), Arc::from(&b"id,slug\n"[..]));
        assert_eq!(cache.get(&stamp(3, "a")).as_deref(), Some(&b"id,slug\n"[..]));
        assert!(cache.get(&stamp(3, "b")).is_none(), "changed content");
        assert!(cache.get(&stamp(4, "a")).is_none());
    }
}
