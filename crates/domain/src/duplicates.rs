//! Duplicate candidates for a proposed organisation: existing entries with a similar name,
//! a name contained in the other by its distinctive words (`distinctive.rs`), or a position
//! within 100 m, so that the proposer and the office notice a second entry for one association.

mod distinctive;

use std::sync::OnceLock;

use crate::geo::GeoPoint;
use crate::ids::OrgId;
use crate::slug::Slug;
use crate::text::{fold_diacritics, is_combining_mark, search_terms};

/// Names at least this similar (see [`name_similarity`]) are candidates.
///
/// Chosen from the cases in the tests: one extra word on a name of two or more words scores
/// 0.80 and more ("Afrikanischer Frauenverein" / "… Ludwigsburg"); one replaced word in a
/// name of up to four words scores 0.75 or less ("Griechische" / "Russische Gemeinde
/// Ludwigsburg": 0.67). A typo within a word costs little, a different word everything.
pub const SIMILAR_NAME_THRESHOLD: f64 = 0.78;

/// Entries at most this far apart are candidates, whatever their names.
pub const NEARBY_METRES: f64 = 100.0;

/// Two words at least this similar (normalised edit distance) count as the same word with a
/// typo: one wrong letter in five.
const WORD_MATCH: f64 = 0.8;

/// Words that say what kind of body an organisation is, not which one.
const LEGAL_FORM_WORDS: [&str; 9] = ["ev", "verein", "eingetragener", "gemeinnützige", "ggmbh", "gmbh", "gug", "ug", "mbh"];

/// An organisation as far as duplicate detection needs it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate<'a> {
    /// `None` for a proposal that is not stored yet.
    pub id: Option<OrgId>,
    pub slug: Option<&'a Slug>,
    pub name: &'a str,
    pub position: Option<GeoPoint>,
}

/// Why an entry may be a duplicate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MatchReason {
    /// The names are similar: 1.0 for the same name after normalisation.
    SimilarName { similarity: f64 },
    /// One name is contained in the other by its distinctive words ("Brückenschlag" in
    /// "Deutsch-Türkischer Kulturverein Brückenschlag e.V."); `similarity` as for
    /// [`MatchReason::SimilarName`], below the threshold.
    ContainedName { similarity: f64 },
    /// The positions are at most [`NEARBY_METRES`] apart.
    Nearby { metres: f64 },
}

/// An existing entry that may be the same organisation as the proposal.
#[derive(Debug, Clone, PartialEq)]
pub struct DuplicateMatch<'a> {
    pub candidate: Candidate<'a>,
    /// One or both reasons, the name first.
    pub reasons: Vec<MatchReason>,
}

impl DuplicateMatch<'_> {
    /// How strongly the entry looks like a duplicate: the name similarity, plus up to 0.5
    /// for nearness (0.5 at the same spot, 0 at [`NEARBY_METRES`]). Nearness alone counts
    /// for less than a similar name because several associations often share one building.
    pub fn strength(&self) -> f64 {
        self.reasons
            .iter()
            .map(|reason| match reason {
                MatchReason::SimilarName { similarity } => *similarity,
                // Between 0.5 and 1: the shared distinctive word is strong evidence, the words
                // the other name adds make it weaker.
                MatchReason::ContainedName { similarity } => 0.5 + similarity / 2.0,
                MatchReason::Nearby { metres } => 0.5 * (1.0 - metres / NEARBY_METRES).max(0.0),
            })
            .sum()
    }
}

/// Existing entries that may be the proposed organisation, strongest first (ties by name),
/// at most `limit`. An entry with the proposal's own id or slug (an edit of an existing
/// organisation) is skipped.
pub fn duplicate_candidates<'a>(
    proposal: &Candidate<'_>,
    existing: impl Iterator<Item = Candidate<'a>>,
    limit: usize,
) -> Vec<DuplicateMatch<'a>> {
    let keyed: Vec<(Candidate<'a>, NameKey)> = existing.map(|c| (c, NameKey::of(c.name))).collect();
    duplicate_candidates_keyed(proposal, &NameKey::of(proposal.name), keyed.iter().map(|(c, k)| (*c, k)), limit)
}

/// A name split into what the duplicate search compares (its distinctive words and its
/// tokens), once: a search over many names (an import) keeps each name's key instead of
/// splitting and stemming it again for every row it is compared with.
pub struct NameKey {
    words: NameWords,
    tokens: Vec<distinctive::Token>,
}

impl NameKey {
    pub fn of(name: &str) -> NameKey {
        NameKey { words: NameWords::of(name), tokens: distinctive::tokens(name) }
    }
}

/// [`duplicate_candidates`] with the names' keys made beforehand (`proposal_key` is the
/// proposal's, each candidate comes with its own): the same answer.
pub fn duplicate_candidates_keyed<'a, 'k>(
    proposal: &Candidate<'_>,
    proposal_key: &NameKey,
    existing: impl Iterator<Item = (Candidate<'a>, &'k NameKey)>,
    limit: usize,
) -> Vec<DuplicateMatch<'a>> {
    let is_itself = |c: &Candidate<'_>| {
        let same_id = proposal.id.is_some() && c.id == proposal.id;
        let same_slug = proposal.slug.is_some() && c.slug == proposal.slug;
        same_id || same_slug
    };
    let existing: Vec<(Candidate<'a>, &'k NameKey)> = existing.filter(|(c, _)| !is_itself(c)).collect();
    let weights = distinctive::Weights::from_tokens(existing.iter().map(|(_, k)| k.tokens.as_slice()));
    let same_word = |a: &distinctive::Token, b: &distinctive::Token| {
        typo_similarity(&a.stem_chars, &b.stem_chars).is_some() || typo_similarity(&a.folded_chars, &b.folded_chars).is_some()
    };
    let mut matches: Vec<DuplicateMatch<'a>> = existing
        .into_iter()
        .filter_map(|(candidate, key)| {
            let mut reasons = Vec::new();
            let similarity = proposal_key.words.similarity(&key.words);
            if similarity >= SIMILAR_NAME_THRESHOLD {
                reasons.push(MatchReason::SimilarName { similarity });
            } else if distinctive::contained(&proposal_key.tokens, &key.tokens, &weights, &same_word) {
                reasons.push(MatchReason::ContainedName { similarity });
            }
            if let (Some(a), Some(b)) = (proposal.position, candidate.position) {
                let metres = a.distance_m(&b);
                if metres <= NEARBY_METRES {
                    reasons.push(MatchReason::Nearby { metres });
                }
            }
            (!reasons.is_empty()).then_some(DuplicateMatch { candidate, reasons })
        })
        .collect();
    matches.sort_by(|a, b| b.strength().total_cmp(&a.strength()).then_with(|| a.candidate.name.cmp(b.candidate.name)));
    matches.truncate(limit);
    matches
}

/// How similar two organisation names are, from 0.0 to 1.0; symmetric, 1.0 for the same name.
///
/// Both names are reduced to their distinctive words: case, umlauts ("ü" = "ue"), accents
/// and punctuation are ignored, words are stemmed as in search ("Türkischer" = "türkisch"),
/// and legal-form words ("e.V.", "gGmbH", "Verein", also "-verein" at the end of a compound:
/// "Kulturverein" → "Kultur") are dropped. Each word then scores its best match in the other
/// name (normalised edit distance of the stems or of the unstemmed words, whichever is
/// closer, counted only from 0.8, i.e. a typo), and the similarity is the average over the
/// words of both names.
pub fn name_similarity(a: &str, b: &str) -> f64 {
    NameWords::of(a).similarity(&NameWords::of(b))
}

/// A name's distinctive words.
struct NameWords {
    words: Vec<Word>,
    /// The lower-cased name, to tell apart two names that have no words at all.
    raw: String,
}

/// One word twice, as characters for the edit distance: stemmed, which equates "Türkischer"
/// and "Tuerkisch", and only folded, which keeps typos small ("Afrikanicher" stems to
/// something far from "afrikan").
struct Word {
    stem: Vec<char>,
    folded: Vec<char>,
}

impl Word {
    fn new(word: &str) -> Option<Word> {
        let stem = search_terms(word).concat();
        (!stem.is_empty()).then(|| Word { stem: stem.chars().collect(), folded: fold_diacritics(word).chars().collect() })
    }

    /// The similarity of the closer pair (stems or folded words) when it is at least
    /// [`WORD_MATCH`] (a typo), else `None`.
    fn similarity(&self, other: &Word) -> Option<f64> {
        match (typo_similarity(&self.stem, &other.stem), typo_similarity(&self.folded, &other.folded)) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        }
    }
}

impl NameWords {
    fn of(name: &str) -> NameWords {
        let raw: Vec<String> =
            name.split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c))).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
        let mut words = distinctive_words(&raw);
        if words.is_empty() {
            // A name made only of legal-form words ("Verein e.V.") is compared as it is.
            words = raw.iter().filter_map(|w| Word::new(w)).collect();
        }
        NameWords { words, raw: name.trim().to_lowercase() }
    }

    fn similarity(&self, other: &NameWords) -> f64 {
        let total = self.words.len() + other.words.len();
        if total == 0 {
            return if self.raw == other.raw { 1.0 } else { 0.0 };
        }
        let best = |word: &Word, others: &[Word]| others.iter().filter_map(|o| word.similarity(o)).fold(0.0, f64::max);
        let here: f64 = self.words.iter().map(|w| best(w, &other.words)).sum();
        let there: f64 = other.words.iter().map(|w| best(w, &self.words)).sum();
        // Clamped against rounding; here + there is the same sum either way round.
        ((here + there) / total as f64).min(1.0)
    }
}

/// Words without legal-form words; "e. V." arrives as the two words "e" and "v".
fn distinctive_words(raw: &[String]) -> Vec<Word> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == "e" && raw.get(i + 1).is_some_and(|w| w == "v") {
            i += 2;
            continue;
        }
        let word = &raw[i];
        i += 1;
        if search_terms(word).iter().all(|s| legal_form_stems().contains(s)) {
            continue;
        }
        let without_suffix = word.strip_suffix("verein").filter(|rest| !rest.is_empty()).unwrap_or(word);
        out.extend(Word::new(without_suffix));
    }
    out
}

fn legal_form_stems() -> &'static [String] {
    static STEMS: OnceLock<Vec<String>> = OnceLock::new();
    STEMS.get_or_init(|| LEGAL_FORM_WORDS.iter().flat_map(|w| search_terms(w)).collect())
}

/// [`edit_similarity`] when it is at least [`WORD_MATCH`], else `None`; the same figure,
/// found without the whole table when the lengths alone, or a row of the table, show that
/// the words are further apart. This is the inner loop of every duplicate search (an import
/// of ten thousand rows compares millions of word pairs).
fn typo_similarity(a: &[char], b: &[char]) -> Option<f64> {
    let longer = a.len().max(b.len());
    if longer == 0 {
        return Some(1.0);
    }
    let similarity = |distance: usize| 1.0 - distance as f64 / longer as f64;
    // The largest distance that still counts, by the same arithmetic as the answer.
    let allowed = (0..=longer).take_while(|d| similarity(*d) >= WORD_MATCH).last()?;
    if a == b {
        return Some(1.0);
    }
    // The distance is at least the difference of the lengths, and at least the number of
    // letters of one word that the other lacks (counted with repeats).
    if a.len().abs_diff(b.len()) > allowed || letters_lacking(a, b).is_some_and(|n| n > allowed) {
        return None;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        let mut row_min = current[0];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            let cell = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
            current[j + 1] = cell;
            row_min = row_min.min(cell);
        }
        // No later row has a smaller minimum: the distance is at least this.
        if row_min > allowed {
            return None;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = previous[b.len()];
    (distance <= allowed).then(|| similarity(distance))
}

/// How many letters of the one word the other lacks, counted with repeats, the larger of the
/// two ways round (a lower bound of the edit distance); `None` for words with letters
/// outside ASCII, which are left to the full comparison.
fn letters_lacking(a: &[char], b: &[char]) -> Option<usize> {
    let mut counts = [0u32; 128];
    for c in a {
        let n = counts.get_mut(usize::try_from(u32::from(*c)).ok()?)?;
        *n += 1;
    }
    // Letters of `b` found in `a`: the rest of `b` is lacking in `a`, the rest of `a` in `b`.
    let mut found = 0;
    for c in b {
        let n = counts.get_mut(usize::try_from(u32::from(*c)).ok()?)?;
        if *n > 0 {
            *n -= 1;
            found += 1;
        }
    }
    Some((a.len() - found).max(b.len() - found))
}

/// 1 − Levenshtein distance / length of the longer word.
#[cfg(test)]
fn edit_similarity(a: &[char], b: &[char]) -> f64 {
    let longer = a.len().max(b.len());
    if longer == 0 {
        return 1.0;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    1.0 - previous[b.len()] as f64 / longer as f64
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod variant_tests;
