//! A read model that is rebuilt from the stores and replaced whole: readers take the current
//! value without waiting; the stamp says which state of the database it was built from.

use std::sync::{Arc, Mutex, RwLock};

use crate::ports::DirectoryStamp;

pub struct Snapshot<T> {
    current: RwLock<Arc<T>>,
    stamp: Mutex<DirectoryStamp>,
    /// Held from reading the stamp to replacing the value. Without it two builds running at
    /// once (two writes in a row, each refreshing) could finish in the wrong order: the one
    /// that read the older rows replaced the newer value, and the page shown after a saved
    /// change showed the state before it until the next refresh tick.
    building: tokio::sync::Mutex<()>,
}

impl<T> Snapshot<T> {
    pub fn new(initial: T) -> Self {
        Self {
            current: RwLock::new(Arc::new(initial)),
            stamp: Mutex::new(DirectoryStamp::default()),
            building: tokio::sync::Mutex::new(()),
        }
    }

    /// The value as it is now.
    pub fn get(&self) -> Arc<T> {
        match self.current.read() {
            Ok(guard) => Arc::clone(&guard),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Waits for any other build of this value to finish; a build holds the guard from reading
    /// the stamp until [`Snapshot::replace`], so the value replaced last is the newest.
    pub async fn one_build_at_a_time(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.building.lock().await
    }

    /// Replaces the value and remembers the stamp it was built from.
    pub fn replace(&self, value: Arc<T>, stamp: DirectoryStamp) {
        match self.current.write() {
            Ok(mut guard) => *guard = value,
            Err(poisoned) => *poisoned.into_inner() = value,
        }
        match self.stamp.lock() {
            Ok(mut guard) => *guard = stamp,
            Err(poisoned) => *poisoned.into_inner() = stamp,
        }
    }

    /// Whether the value was built from a state other than `current`.
    pub fn is_older_than(&self, current: &DirectoryStamp) -> bool {
        match self.stamp.lock() {
            Ok(guard) => &*guard != current,
            Err(poisoned) => &*poisoned.into_inner() != current,
        }
    }
}
