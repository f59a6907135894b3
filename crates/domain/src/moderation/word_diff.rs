//! A word-level diff, so that a long description can be shown with its changes highlighted.

/// A stretch of text in a word diff. Each span carries its words together with the
/// whitespace that follows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordSpan {
    /// Words in both texts.
    Same(String),
    /// Words only in the old text.
    Removed(String),
    /// Words only in the new text.
    Added(String),
}

impl WordSpan {
    /// The text of the span, whatever its kind.
    pub fn text(&self) -> &str {
        match self {
            WordSpan::Same(text) | WordSpan::Removed(text) | WordSpan::Added(text) => text,
        }
    }
}

/// Above this many differing words on either side (after the common beginning and end are
/// set aside), the middle is shown as removed and added as a whole: the comparison costs
/// time and memory proportional to the product of both lengths.
pub const MAX_DIFF_WORDS: usize = 2000;

/// Compares two texts word by word (longest common subsequence of words; words are split at
/// whitespace, punctuation stays with its word).
///
/// Concatenating the `Same` and `Added` spans gives `after` exactly; `Same` and `Removed`
/// give `before` up to the whitespace between unchanged words, which is taken from `after`.
/// Adjacent spans never have the same kind, and within one changed stretch the removed
/// words come before the added ones.
pub fn changed_words(before: &str, after: &str) -> Vec<WordSpan> {
    let old = tokens(before);
    let new = tokens(after);
    let prefix = old.iter().zip(&new).take_while(|(a, b)| same_word(a, b)).count();
    let suffix = old[prefix..].iter().rev().zip(new[prefix..].iter().rev()).take_while(|(a, b)| same_word(a, b)).count();
    let old_middle = &old[prefix..old.len() - suffix];
    let new_middle = &new[prefix..new.len() - suffix];

    let mut spans = Spans::default();
    new[..prefix].iter().for_each(|t| spans.push(Op::Same, t));
    if old_middle.len() > MAX_DIFF_WORDS || new_middle.len() > MAX_DIFF_WORDS {
        old_middle.iter().for_each(|t| spans.push(Op::Removed, t));
        new_middle.iter().for_each(|t| spans.push(Op::Added, t));
    } else {
        lcs_ops(old_middle, new_middle, &mut spans);
    }
    new[new.len() - suffix..].iter().for_each(|t| spans.push(Op::Same, t));
    spans.finish()
}

/// Splits text into words, each with the whitespace after it; whitespace at the very start
/// is a token of its own.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut after_space = false;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        if !space && after_space && i > start {
            out.push(&text[start..i]);
            start = i;
        }
        after_space = space;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn same_word(a: &str, b: &str) -> bool {
    a.trim_end() == b.trim_end()
}

/// Longest common subsequence by dynamic programming over suffixes, then a forward walk.
/// Lengths fit `u16` because both sides are at most [`MAX_DIFF_WORDS`].
fn lcs_ops(old: &[&str], new: &[&str], spans: &mut Spans) {
    let (n, m) = (old.len(), new.len());
    let width = m + 1;
    let mut table = vec![0u16; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i * width + j] = if same_word(old[i], new[j]) {
                table[(i + 1) * width + j + 1] + 1
            } else {
                table[(i + 1) * width + j].max(table[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if same_word(old[i], new[j]) {
            spans.push(Op::Same, new[j]);
            i += 1;
            j += 1;
        } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
            spans.push(Op::Removed, old[i]);
            i += 1;
        } else {
            spans.push(Op::Added, new[j]);
            j += 1;
        }
    }
    old[i..].iter().for_each(|t| spans.push(Op::Removed, t));
    new[j..].iter().for_each(|t| spans.push(Op::Added, t));
}

#[derive(Clone, Copy)]
enum Op {
    Same,
    Removed,
    Added,
}

/// Collects tokens into spans: unchanged text, and for each changed stretch its removed
/// words followed by its added words.
#[derive(Default)]
struct Spans {
    done: Vec<WordSpan>,
    same: String,
    removed: String,
    added: String,
}

impl Spans {
    fn push(&mut self, op: Op, token: &str) {
        match op {
            Op::Same => {
                self.flush_changes();
                self.same.push_str(token);
            }
            Op::Removed => {
                self.flush_same();
                self.removed.push_str(token);
            }
            Op::Added => {
                self.flush_same();
                self.added.push_str(token);
            }
        }
    }

    fn flush_same(&mut self) {
        if !self.same.is_empty() {
            self.done.push(WordSpan::Same(std::mem::take(&mut self.same)));
        }
    }

    fn flush_changes(&mut self) {
        if !self.removed.is_empty() {
            self.done.push(WordSpan::Removed(std::mem::take(&mut self.removed)));
        }
        if !self.added.is_empty() {
            self.done.push(WordSpan::Added(std::mem::take(&mut self.added)));
        }
    }

    fn finish(mut self) -> Vec<WordSpan> {
        self.flush_same();
        self.flush_changes();
        self.done
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use WordSpan::{Added, Removed, Same};

    fn same(t: &str) -> WordSpan {
        Same(t.into())
    }
    fn removed(t: &str) -> WordSpan {
        Removed(t.into())
    }
    fn added(t: &str) -> WordSpan {
        Added(t.into())
    }

    fn joined(spans: &[WordSpan], keep: fn(&WordSpan) -> bool) -> String {
        spans.iter().filter(|s| keep(s)).map(WordSpan::text).collect()
    }

    /// The invariants every diff keeps, checked on every case below.
    fn check(before: &str, after: &str) -> Vec<WordSpan> {
        let spans = changed_words(before, after);
        assert_eq!(joined(&spans, |s| !matches!(s, Removed(_))), after, "after is reproduced");
        let old_words: Vec<&str> = before.split_whitespace().collect();
        let rebuilt = joined(&spans, |s| !matches!(s, Added(_)));
        assert_eq!(rebuilt.split_whitespace().collect::<Vec<_>>(), old_words, "before is reproduced word for word");
        for pair in spans.windows(2) {
            assert_ne!(std::mem::discriminant(&pair[0]), std::mem::discriminant(&pair[1]), "{spans:?}");
            assert!(!matches!((&pair[0], &pair[1]), (Added(_), Removed(_))), "removed comes first: {spans:?}");
        }
        assert!(spans.iter().all(|s| !s.text().is_empty()));
        spans
    }

    #[test]
    fn identical_texts_are_one_unchanged_span() {
        assert_eq!(check("Wir treffen uns montags.", "Wir treffen uns montags."), vec![same("Wir treffen uns montags.")]);
    }

    #[test]
    fn empty_texts() {
        assert_eq!(check("", ""), vec![]);
        assert_eq!(check("", "Neu hier"), vec![added("Neu hier")]);
        assert_eq!(check("Alt", ""), vec![removed("Alt")]);
    }

    #[test]
    fn a_replaced_word_is_removed_then_added() {
        assert_eq!(
            check("Wir treffen uns montags im Gemeindehaus.", "Wir treffen uns dienstags im Gemeindehaus."),
            vec![same("Wir treffen uns "), removed("montags "), added("dienstags "), same("im Gemeindehaus.")]
        );
    }

    #[test]
    fn inserted_and_deleted_words() {
        assert_eq!(
            check("Hausaufgabenhilfe für Kinder", "Hausaufgabenhilfe für Kinder und Jugendliche"),
            vec![same("Hausaufgabenhilfe für Kinder "), added("und Jugendliche")]
        );
        assert_eq!(
            check("Beratung auf Deutsch, Türkisch und Arabisch", "Beratung auf Deutsch und Arabisch"),
            vec![same("Beratung auf "), removed("Deutsch, Türkisch "), added("Deutsch "), same("und Arabisch")]
        );
    }

    #[test]
    fn changes_far_apart_stay_apart() {
        assert_eq!(
            check("eins zwei drei vier fünf sechs", "EINS zwei drei vier fünf SECHS"),
            vec![removed("eins "), added("EINS "), same("zwei drei vier fünf "), removed("sechs"), added("SECHS")]
        );
    }

    #[test]
    fn whitespace_alone_is_no_change() {
        assert_eq!(check("Offenes  Treffen\nfür alle", "Offenes Treffen für alle"), vec![same("Offenes Treffen für alle")]);
        assert_eq!(check("  eingerückt", "eingerückt"), vec![removed("  "), same("eingerückt")]);
    }

    #[test]
    fn unicode_words_are_kept_whole() {
        assert_eq!(
            check("نلتقي كل يوم اثنين في المركز", "نلتقي كل يوم ثلاثاء في المركز"),
            vec![same("نلتقي كل يوم "), removed("اثنين "), added("ثلاثاء "), same("في المركز")]
        );
        // Arabic with vowel marks, Cyrillic, Turkish and an emoji: nothing splits inside a word.
        assert_eq!(
            check("مَرْحَبًا Привіт Günaydın 👋", "مَرْحَبًا Привіт Merhaba 👋"),
            vec![same("مَرْحَبًا Привіт "), removed("Günaydın "), added("Merhaba "), same("👋")]
        );
    }

    #[test]
    fn repeated_words_align_on_the_longest_common_subsequence() {
        assert_eq!(check("a b a b", "b a b a"), vec![removed("a "), same("b a b "), added("a")]);
        check("der die das der die das", "das der die das der");
        check("x y z", "z y x");
    }

    #[test]
    fn long_texts_fall_back_to_replacing_the_middle() {
        let words: Vec<String> = (0..3 * MAX_DIFF_WORDS).map(|i| format!("w{i}")).collect();
        let before = words.join(" ");
        let mut shuffled = words.clone();
        shuffled[1..3 * MAX_DIFF_WORDS - 1].reverse();
        let after = shuffled.join(" ");
        let started = std::time::Instant::now();
        let spans = check(&before, &after);
        assert!(started.elapsed() < std::time::Duration::from_secs(2), "{:?}", started.elapsed());
        assert_eq!(spans.len(), 4, "same, removed, added, same");
        assert_eq!(spans[0], same("w0 "));
        assert_eq!(spans[3], same(&format!("w{}", 3 * MAX_DIFF_WORDS - 1)));
    }

    #[test]
    fn long_texts_with_a_small_change_are_diffed_exactly() {
        let words: Vec<String> = (0..10_000).map(|i| format!("w{i}")).collect();
        let before = words.join(" ");
        let after = before.replacen("w5000 ", "neu ", 1);
        assert_eq!(check(&before, &after).len(), 4);
    }

    #[test]
    fn the_full_table_fits_the_limit() {
        let before: Vec<String> = (0..MAX_DIFF_WORDS).map(|i| format!("a{i}")).collect();
        let after: Vec<String> = (0..MAX_DIFF_WORDS).map(|i| if i % 2 == 0 { format!("a{i}") } else { format!("b{i}") }).collect();
        let spans = check(&before.join(" "), &after.join(" "));
        assert_eq!(spans.iter().filter(|s| matches!(s, Same(_))).count(), MAX_DIFF_WORDS / 2);
    }
}
