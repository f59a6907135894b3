//! Buffers as long as the index that scoring a search needs, kept per thread and reused: a fresh
//! set for every search meant allocating and zeroing about 0.7 MB at 100,000 associations, which
//! jemalloc hands back to the system and faults in again on the next search.

use std::cell::RefCell;

/// The score of each document, its number of words found in the name, and its best match for
/// the word being scored. Between uses every entry is zero; a search that touched entries
/// returns them to zero through `touched` (the documents it gave a score).
#[derive(Default)]
pub(super) struct Scratch {
    pub(super) score: Vec<u32>,
    pub(super) name_hits: Vec<u8>,
    pub(super) best: Vec<u16>,
    pub(super) touched: Vec<u32>,
    /// False while a search uses the buffers: a search that panicked left them dirty, and the
    /// next one clears them whole.
    clean: bool,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch { clean: true, ..Scratch::default() });
}

impl Scratch {
    /// Sized for `n` documents, all zero.
    fn ready(&mut self, n: usize) {
        if !self.clean {
            self.score.fill(0);
            self.name_hits.fill(0);
            self.best.fill(0);
            self.touched.clear();
        }
        self.score.resize(n, 0);
        self.name_hits.resize(n, 0);
        self.best.resize(n, 0);
        self.clean = false;
    }

    /// Zeroes the entries a search touched (`best` is zeroed by the scoring itself).
    fn release(&mut self) {
        for &doc in &self.touched {
            self.score[doc as usize] = 0;
            self.name_hits[doc as usize] = 0;
        }
        self.touched.clear();
        self.clean = true;
    }

    /// Gives a score to `doc` (counts it as touched when it had none).
    pub(super) fn add(&mut self, doc: u32, weight: u32, in_name: bool) {
        let d = doc as usize;
        if self.score[d] == 0 && self.name_hits[d] == 0 {
            self.touched.push(doc);
        }
        self.score[d] = self.score[d].saturating_add(weight);
        self.name_hits[d] = self.name_hits[d].saturating_add(u8::from(in_name));
    }
}

/// Runs `f` with this thread's buffers, sized for `n` documents and zero; returns them zeroed.
/// A nested call (none exists) gets buffers of its own.
pub(super) fn with_scratch<R>(n: usize, f: impl FnOnce(&mut Scratch) -> R) -> R {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            scratch.ready(n);
            let result = f(&mut scratch);
            scratch.release();
            result
        }
        Err(_) => {
            let mut own = Scratch { clean: true, ..Scratch::default() };
            own.ready(n);
            f(&mut own)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffers_come_back_zero_for_the_next_search() {
        with_scratch(10, |s| {
            s.add(3, 7, true);
            s.add(3, 2, false);
            s.best[4] = 9;
            s.best[4] = 0;
            assert_eq!((s.score[3], s.name_hits[3], s.touched.len()), (9, 1, 1));
        });
        with_scratch(12, |s| {
            assert!(s.score.iter().all(|v| *v == 0) && s.name_hits.iter().all(|v| *v == 0) && s.touched.is_empty());
            assert_eq!(s.score.len(), 12);
        });
    }

    #[test]
    fn a_search_that_panicked_leaves_no_scores_behind() {
        let _ = std::panic::catch_unwind(|| {
            with_scratch(5, |s| {
                s.add(1, 5, false);
                s.best[2] = 3;
                panic!("in the middle of scoring");
            })
        });
        with_scratch(5, |s| {
            assert!(s.score.iter().all(|v| *v == 0) && s.best.iter().all(|v| *v == 0));
        });
    }
}
