//! A fixed-size set of document numbers, for fast filter intersection and facet counts.

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bitset {
    words: Vec<u64>,
}

impl Bitset {
    pub fn empty(len: usize) -> Self {
        Self { words: vec![0; len.div_ceil(64)] }
    }

    pub fn full(len: usize) -> Self {
        let mut set = Self { words: vec![u64::MAX; len.div_ceil(64)] };
        let rest = len % 64;
        if rest != 0 {
            if let Some(last) = set.words.last_mut() {
                *last = (1u64 << rest) - 1;
            }
        }
        set
    }

    /// Bytes of the words behind the set.
    pub fn heap_bytes(&self) -> usize {
        self.words.capacity() * std::mem::size_of::<u64>()
    }

    pub fn insert(&mut self, doc: u32) {
        let i = doc as usize;
        if let Some(w) = self.words.get_mut(i / 64) {
            *w |= 1u64 << (i % 64);
        }
    }

    /// Removes `doc`; returns whether it was in the set.
    pub fn remove(&mut self, doc: u32) -> bool {
        let i = doc as usize;
        match self.words.get_mut(i / 64) {
            Some(w) if *w & (1u64 << (i % 64)) != 0 => {
                *w &= !(1u64 << (i % 64));
                true
            }
            _ => false,
        }
    }

    pub fn contains(&self, doc: u32) -> bool {
        let i = doc as usize;
        self.words.get(i / 64).is_some_and(|w| w & (1u64 << (i % 64)) != 0)
    }

    pub fn intersect_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= *b;
        }
    }

    pub fn union_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= *b;
        }
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Size of the intersection, without building it.
    pub fn count_and(&self, other: &Bitset) -> usize {
        self.words.iter().zip(&other.words).map(|(a, b)| (a & b).count_ones() as usize).sum()
    }

    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &word)| {
            let mut w = word;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let bit = w.trailing_zeros();
                w &= w - 1;
                Some((i * 64) as u32 + bit)
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_operations() {
        let mut a = Bitset::empty(130);
        for d in [0, 63, 64, 129] {
            a.insert(d);
        }
        let full = Bitset::full(130);
        assert_eq!(full.count(), 130);
        assert_eq!(a.count_and(&full), 4);
        assert_eq!(a.iter().collect::<Vec<_>>(), [0, 63, 64, 129]);
        let mut b = Bitset::empty(130);
        b.insert(64);
        a.intersect_with(&b);
        assert_eq!(a.iter().collect::<Vec<_>>(), [64]);
        assert!(!a.contains(0) && a.contains(64));
        assert!(a.remove(64) && !a.remove(64) && !a.remove(500));
        assert_eq!(a.count(), 0);
    }
}
