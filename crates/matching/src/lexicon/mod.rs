//! The multilingual concept lexicon: surface forms in many languages mapped to concepts, looked up by stem.

mod decompound;
mod parse;
mod romanised;
mod special;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

use crate::language::LanguageTable;
use crate::model::{Audience, Weekday};
use crate::text::{fold_german, script_of, Script, StemLang, Stemmers};

pub use romanised::Typed;
pub use special::Special;

/// Index of a concept in the lexicon.
pub type ConceptId = u16;

/// Words that change how an item is read rather than what it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Marker {
    /// "nur", "only", "sadece", "فقط", "тільки"…
    Only,
    /// "vor Ort", "in person", "yüz yüze"…
    OnSite,
    /// "erforderlich", "required", "gerekli"…
    Required,
    /// "Sprachkenntnisse", "speaks", … (a language is named as a skill)
    LanguageSkill,
    /// "gern", "am liebsten", "preferably": a wish, not a condition.
    Preferred,
    /// "auch", "also": what follows is in addition, not a restriction ("auch am Wochenende").
    Also,
    /// "nicht", "kein", "außer", "not": the next words are negated ("nicht freitags",
    /// "keine schriftlichen Übersetzungen", "nicht nur für Frauen").
    Not,
    /// "belegt", "geschlossen", "değil": the words before are negated ("am WE leider belegt",
    /// "yeminli tercüme değil").
    Unavailable,
    /// "vorhanden", "haben wir selbst", "bringen wir mit", "we already have": in a need, what its
    /// clause names is what the need has, not what it seeks ("Bühne und Tonanlage sind vorhanden").
    Had,
}

/// What a concept stands for.
#[derive(Debug, Clone, PartialEq)]
pub enum ConceptKind {
    /// Something offered or sought: rooms, interpreting, tutoring…
    Topic,
    /// A target group; `adult` marks groups that are clearly not youth, `young` groups that are
    /// young as well as of one gender (girls, boys).
    Audience {
        audience: Option<Audience>,
        adult: bool,
        young: bool,
    },
    Marker(Marker),
    Days(Vec<Weekday>),
    /// A language named in the text; the code is normalised.
    Language(String),
}

/// One concept of the lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct Concept {
    pub name: String,
    /// Short German label used in reasons.
    pub label: String,
    pub weight: f32,
    /// Categories (German names of the managed list) this concept belongs to.
    pub categories: Vec<String>,
    pub kind: ConceptKind,
    /// A broader concept that is found whenever this one is ("Yoga" is also "Sport").
    pub parent: Option<ConceptId>,
    /// A concept that excludes this one as a qualifier (interpreting / written translation): a
    /// need naming this one is served less by an offer that names only the other.
    pub contrast: Option<ConceptId>,
    /// The family of specific subjects this concept is one of (`family=NAME`, or the parent's
    /// name for a concept with a parent): sports under sport, school subjects under tutoring,
    /// kinds of vehicle. Two members of one family are distinct things of one field: a need
    /// for one is not served by an offer of another only, though both share the field
    /// (`score::sibling_subject`).
    pub family: Option<u16>,
    /// What a family member without a parent qualifies (`field=NAME`: school levels qualify
    /// tutoring): a need is about the member when this concept is one of its anchors.
    pub field: Option<ConceptId>,
    /// A person offering or sought for something (trainer, volunteer, teacher): the field
    /// they work in matters as much as the role.
    pub role: bool,
    /// A condition rather than a subject ("beglaubigt"): a need that names it is only served by
    /// an offer that names it too.
    pub strict: bool,
    /// The first form listed per language code, to name the concept in that language.
    pub labels: Vec<(String, String)>,
}

impl Concept {
    /// The concept's name in an interface language: the German label for German, else the
    /// first form the lexicon lists for that language, else the German label.
    pub fn label_in(&self, lang: &str) -> &str {
        if lang == "de" {
            return &self.label;
        }
        self.labels.iter().find(|(l, _)| l == lang).map_or(&self.label, |(_, form)| form.as_str())
    }
}

#[derive(Debug, Clone)]
struct Phrase {
    rest: Vec<Vec<String>>,
    concept: ConceptId,
}

/// The loaded lexicon with its lookup tables.
pub struct Lexicon {
    concepts: Vec<Concept>,
    keys: HashMap<String, Vec<ConceptId>>,
    phrases: HashMap<String, Vec<Phrase>>,
    nosplit: HashSet<String>,
    /// Keys of German forms: compounds are split into German words only ("Aktionstage" has
    /// no English "stage" in it).
    german_keys: HashSet<String>,
    /// German forms as written (lower case, and folded), not stems.
    german_words: HashSet<String>,
    /// Keys that only forms of the languages without a stemmer have (Polish, Romanian, Kurmanji, …;
    /// `parse::without_stemmer`): matched as whole words only, never as the head of a German
    /// compound ("gesta" is no "gestalten").
    stemless_keys: HashSet<String>,
    /// German forms by each spelling with one letter left out, for typos ("Fotgraf").
    typos: HashMap<String, Vec<String>>,
    /// Keys of the one-word Ukrainian and Russian forms (not `=form`, not `~form`) of subjects
    /// and audiences: an unknown Cyrillic word that begins with one of them is an inflected or
    /// derived form of it ("шахматный" of "шахмат", "молодіжний" of "молод"; see
    /// `Lexicon::prefix_concepts`).
    prefixes: HashMap<String, Vec<ConceptId>>,
    stopwords: HashSet<String>,
    stemmers: Stemmers,
    languages: LanguageTable,
    pending_parents: Vec<(usize, String)>,
    pending_contrasts: Vec<(usize, String)>,
    pending_fields: Vec<(usize, String)>,
    /// Family names (`family=NAME`, or a parent's name) by their number.
    family_names: HashMap<String, u16>,
    by_name: HashMap<String, ConceptId>,
    special: Special,
    /// Lookup keys of forms written `~form`, with the concept they may name.
    ambiguous: HashSet<(String, ConceptId)>,
    /// Arabizi, Finglish and Turkish without its letters, read as the words they stand for.
    romanised: romanised::Romanised,
    /// The neighbouring subjects of every concept, by concept id, sorted (`neighbours`).
    near: Vec<Vec<ConceptId>>,
}

/// Below this lexicon weight a concept only qualifies another (interpreting, school levels): it
/// is nobody's neighbour.
const QUALIFIER_WEIGHT: f32 = 0.1;

/// Whether two concepts of the lexicon are neighbouring subjects: two distinct subjects (topic
/// concepts that are not mere qualifiers or conditions) that share a field of the office's list
/// among the categories they name (`cat=`: "Förderanträge" and "Spenden & Sponsoring" under
/// Förderung & Finanzen, "Öffentlichkeitsarbeit" and "Social Media"), and that are neither one
/// the other's parent, nor members of one family (sibling subjects — a swimming course for a
/// cycling need — are another thing of one field: `score::sibling_subject`), nor each other's
/// contrast. A need about one is served in part by an offer of the other (`score::overlap`).
pub fn neighbours(a: &Concept, a_id: ConceptId, b: &Concept, b_id: ConceptId) -> bool {
    let subject = |c: &Concept| c.kind == ConceptKind::Topic && c.weight >= QUALIFIER_WEIGHT && !c.strict;
    a_id != b_id
        && subject(a)
        && subject(b)
        && a.categories.iter().any(|x| b.categories.contains(x))
        && a.parent != Some(b_id)
        && b.parent != Some(a_id)
        && !(a.family.is_some() && a.family == b.family)
        && a.contrast != Some(b_id)
        && b.contrast != Some(a_id)
}

const LEXICON_FILES: [&str; 4] = [
    include_str!("../../data/lexicon_topics.txt"),
    include_str!("../../data/lexicon_activities.txt"),
    include_str!("../../data/lexicon_audience.txt"),
    include_str!("../../data/lexicon_markers.txt"),
];
const STOPWORDS: &str = include_str!("../../data/stopwords.txt");
/// The shortest known word an unknown Ukrainian or Russian word may begin with to count as a
/// form of it (see `Lexicon::prefix_concepts`).
const PREFIX_MIN: usize = 5;

static BUILTIN: OnceLock<(Lexicon, Vec<String>)> = OnceLock::new();

/// Lookup keys and compound parts of one token, cached per engine.
#[derive(Debug, Clone, Default)]
pub struct TokenInfo {
    keys: Vec<String>,
    compound: Vec<ConceptId>,
    /// The part of a compound the lexicon does not know, when only a tail or head is known.
    rest: Option<String>,
}

/// Cache of token analyses (keyed by token and whether Turkish stemming applies) and of word
/// stems for word overlap; one per engine, since the same words recur in thousands of items.
#[derive(Debug, Default)]
pub struct TokenCache {
    infos: HashMap<(String, bool), Arc<TokenInfo>>,
    stems: HashMap<(String, Option<StemLang>), Arc<str>>,
    /// Concepts of two neighbouring words written together ("haus aufgaben" as "hausaufgaben").
    joins: HashMap<(String, bool), Arc<[ConceptId]>>,
}

impl TokenCache {
    /// An empty cache.
    pub fn new() -> TokenCache {
        TokenCache::default()
    }
}

/// The word with "ae", "oe", "ue" read as umlauts (not after "q", nor "ue" in "au"/"eu"), if
/// it has any.
fn restore_umlauts(token: &str) -> Option<String> {
    let chars: Vec<char> = token.chars().collect();
    let mut out = String::with_capacity(token.len());
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let umlaut = match (chars[i], chars.get(i + 1)) {
            ('a', Some('e')) => Some('ä'),
            ('o', Some('e')) => Some('ö'),
            ('u', Some('e')) if !matches!(prev, Some('q' | 'a' | 'e')) => Some('ü'),
            _ => None,
        };
        match umlaut {
            Some(u) => {
                out.push(u);
                changed = true;
                i += 2;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    changed.then_some(out)
}

/// The noun of a Turkish stem that ends in the buffer "s" of the third-person possessive after a
/// vowel ("masas" of "masası", "provas" of "provasında"): the stem without it, when three letters
/// or more remain. `None` for any other stem ("kurs", "otobüs" keep theirs as a further key only
/// where the lexicon has no such word).
pub(crate) fn turkish_possessive_base(stem: &str) -> Option<String> {
    const VOWELS: &str = "aeıioöuü";
    let head = stem.strip_suffix('s')?;
    let last = head.chars().last()?;
    (VOWELS.contains(last) && head.chars().count() >= 3).then(|| head.to_string())
}

/// A word with each one of its letters left out in turn.
pub(super) fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (0..chars.len()).map(|i| chars.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, c)| *c).collect()).collect()
}

/// A concept found in a text, with the position of the token it was found at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub concept: ConceptId,
    pub pos: usize,
    /// The number of tokens the form found takes up (more than one for a phrase).
    pub span: usize,
    /// Found as the broader concept of another hit ("Sport" from "Yoga").
    pub via_parent: bool,
    /// Found through a form written `~form`: a word of several subjects ("Training", "Coach"),
    /// which names this concept only when the item names no subject of another field.
    pub ambiguous: bool,
}

impl Lexicon {
    /// The lexicon shipped with the crate, parsed once.
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN.get_or_init(Self::parse_builtin).0
    }

    /// Problems found while parsing the shipped data; empty when the data is well-formed.
    pub fn builtin_warnings() -> &'static [String] {
        &BUILTIN.get_or_init(Self::parse_builtin).1
    }

    /// Candidate lookup keys of a text token, for every stemmer that may apply to it.
    pub fn token_keys(&self, token: &str, turkish: bool) -> Vec<String> {
        match script_of(token) {
            Script::Latin => {
                let mut keys = self.form_keys(token, StemLang::De);
                for lang in [StemLang::En, StemLang::Tr] {
                    if lang == StemLang::Tr && !(turkish || token.contains(['ş', 'ğ', 'ı', 'ç'])) {
                        continue;
                    }
                    let k = self.stemmers.stem(lang, token);
                    // The possessive after a vowel keeps its buffer "s" in the stem ("masası",
                    // "sahasında" → "masas", "sahas"): the noun is the stem without it.
                    let possessive = if lang == StemLang::Tr { turkish_possessive_base(&k) } else { None };
                    if !keys.contains(&k) {
                        keys.push(k);
                    }
                    if let Some(base) = possessive {
                        if !keys.contains(&base) {
                            keys.push(base);
                        }
                    }
                }
                // Gender-inclusive forms: "Dolmetscherinnen", "Trainerin".
                for suffix in ["innen", "in"] {
                    if let Some(base) = token.strip_suffix(suffix) {
                        if base.chars().count() >= 5 {
                            keys.push(base.to_string());
                            keys.push(fold_german(base));
                        }
                    }
                }
                keys
            }
            Script::Arabic => self.form_keys(token, StemLang::Ar),
            Script::Cyrillic => self.form_keys(token, StemLang::Ru),
            Script::Other => vec![token.to_string()],
        }
    }

    /// What the lexicon knows about one token: its lookup keys and, for an unknown German
    /// compound, the concepts of its parts.
    fn token_info(&self, token: &str, turkish: bool) -> TokenInfo {
        let mut keys = self.token_keys(token, turkish);
        let mut direct = keys.iter().any(|k| self.keys.contains_key(k));
        // German typed without umlauts ("Foerderantrag", "Zuschuesse").
        let mut word = token.to_string();
        if !direct && script_of(token) == Script::Latin {
            if let Some(umlauts) = restore_umlauts(token) {
                let alt = self.token_keys(&umlauts, turkish);
                if alt.iter().any(|k| self.keys.contains_key(k)) {
                    keys.extend(alt);
                    direct = true;
                }
                word = umlauts;
            }
        }
        let mut compound = Vec::new();
        let mut rest = None;
        let long_latin = script_of(token) == Script::Latin && word.chars().count() >= 7;
        if !direct && long_latin {
            let (parts, unknown) = self.decompound_with_rest(&word);
            rest = unknown;
            for part in parts {
                for k in self.token_keys(&part, false) {
                    if let Some(cids) = self.keys.get(&k) {
                        compound.extend(cids.iter().copied());
                    }
                }
            }
            compound.sort_unstable();
            compound.dedup();
        }
        if !direct && compound.is_empty() && long_latin && !self.is_stopword(token) {
            compound = self.typo_concepts(&word);
        }
        if !direct && compound.is_empty() && script_of(token) == Script::Cyrillic && !self.is_stopword(token) {
            compound = self.prefix_concepts(&keys);
        }
        TokenInfo { keys, compound, rest }
    }

    /// The part of a compound token the lexicon does not know ("gründung" of
    /// "Gründungsberatung"), if only a tail or a head of it is known.
    pub fn compound_rest(&self, token: &str, cache: &mut TokenCache) -> Option<String> {
        let info = cache.infos.entry((token.to_string(), false)).or_insert_with(|| Arc::new(self.token_info(token, false))).clone();
        info.rest.clone()
    }

    /// The concepts of a long unknown word one letter away from a German lexicon word as written
    /// (not a stem): a letter missing ("Fotgraf", "Bewerbungstrainig") or one too many
    /// ("Versicherrung", "Nähmaschienen"). Not a changed letter: "Freiheit" is no "Freizeit".
    fn typo_concepts(&self, word: &str) -> Vec<ConceptId> {
        let mut keys: Vec<&str> = Vec::new();
        for f in [word.to_string(), fold_german(word)] {
            if let Some(found) = self.typos.get(&f) {
                keys.extend(found.iter().map(String::as_str));
            }
            for d in deletions(&f) {
                if let Some(k) = self.german_words.get(&d) {
                    keys.push(k);
                }
            }
        }
        let mut out: Vec<ConceptId> = keys.iter().filter_map(|k| self.keys.get(*k)).flatten().copied().collect();
        out.sort_unstable();
        out.dedup();
        // Markers and days are too short and too common to guess.
        out.retain(|c| self.concept(*c).is_some_and(|c| matches!(c.kind, ConceptKind::Topic | ConceptKind::Audience { .. })));
        out
    }

    /// The subjects and audiences of an unknown Cyrillic word (its lookup keys `keys`: the word
    /// and its stems) that begins with a known Ukrainian or Russian word of five letters or more
    /// making up at least half of it: the light Ukrainian stemmer and the Russian one strip
    /// endings, not the suffixes that derive adjectives and nouns ("шахматный" of "шахмат",
    /// "театральная" of "театр…", "підліткової" of "підліт…"). The longest such word wins.
    /// Only Cyrillic: Turkish has a stemmer for its suffix chains, and there the rule mostly
    /// read generic words ("atölyesi", "şoförlü") that paired wrong offers on the training
    /// sets; Arabic builds words from roots, not by suffixes; German and English compounds and
    /// typos have their own readings.
    fn prefix_concepts(&self, keys: &[String]) -> Vec<ConceptId> {
        let mut best: Option<(usize, &Vec<ConceptId>)> = None;
        for key in keys {
            let chars: Vec<(usize, char)> = key.char_indices().collect();
            let n = chars.len();
            // Shorter prefixes than the best one found cannot win.
            let floor = PREFIX_MIN.max(n.div_ceil(2)).max(best.map_or(0, |(l, _)| l + 1));
            for len in (floor..n).rev() {
                let Some(&(end, _)) = chars.get(len) else { continue };
                if let Some(cids) = self.prefixes.get(&key[..end]) {
                    best = Some((len, cids));
                    break;
                }
            }
        }
        best.map(|(_, cids)| cids.clone()).unwrap_or_default()
    }

    /// Whether the lexicon reads a token as typed: a stop word, a key of a form or a phrase, or a
    /// compound or typo of known words.
    fn knows(&self, token: &str, turkish: bool, cache: &mut TokenCache) -> bool {
        if self.is_stopword(token) {
            return true;
        }
        let info = cache.infos.entry((token.to_string(), turkish)).or_insert_with(|| Arc::new(self.token_info(token, turkish))).clone();
        !info.compound.is_empty() || info.keys.iter().any(|k| self.keys.contains_key(k) || self.phrases.contains_key(k))
    }

    /// The tokens of a text as the lexicon should look them up: a Latin-script word the lexicon
    /// does not know as typed, which the tables read as Arabizi, Finglish or Turkish typed
    /// without its letters (by the item's text language `typed`, or an Arabizi word by its
    /// digits), is replaced by the word it stands for ("sba7a" → "سباحة", "sinif" → "sınıf").
    /// Positions stay as they are.
    pub fn romanise(&self, tokens: &[String], typed: Typed, cache: &mut TokenCache) -> Vec<String> {
        tokens
            .iter()
            .map(|t| {
                if script_of(t) != Script::Latin
                    || (typed == Typed::Latin && !romanised::has_arabizi_digit(t))
                    || self.knows(t, typed.turkish(), cache)
                {
                    return t.clone();
                }
                self.romanised.native(t, typed).map_or_else(|| t.clone(), str::to_string)
            })
            .collect()
    }

    /// The words of the romanised tables that neither the lexicon reads as a concept nor a
    /// reading rule looks for (empty when the tables are well-formed).
    pub fn romanised_warnings(&self) -> Vec<String> {
        let mut cache = TokenCache::new();
        let near = &crate::function_words::FunctionWords::builtin().near_place_words;
        self.romanised
            .natives()
            .filter(|w| !near.contains(w) && self.find(&[(*w).to_string()], false, &mut cache).is_empty())
            .map(|w| format!("romanised.txt: `{w}` names no concept of the lexicon"))
            .collect()
    }

    /// All concepts found in a token sequence: phrases, words and parts of German compounds.
    pub fn find(&self, tokens: &[String], turkish: bool, cache: &mut TokenCache) -> Vec<Hit> {
        let infos: Vec<Arc<TokenInfo>> = tokens
            .iter()
            .map(|t| cache.infos.entry((t.clone(), turkish)).or_insert_with(|| Arc::new(self.token_info(t, turkish))).clone())
            .collect();
        let mut hits = Vec::new();
        // Tokens inside a matched phrase ("public transport") do not count on their own.
        let mut covered_until = 0;
        for (pos, info) in infos.iter().enumerate() {
            let mut longest = 0;
            for k in &info.keys {
                for p in self.phrases.get(k).map_or(&[][..], Vec::as_slice) {
                    let fits = p
                        .rest
                        .iter()
                        .enumerate()
                        .all(|(j, want)| infos.get(pos + 1 + j).is_some_and(|have| have.keys.iter().any(|h| want.contains(h))));
                    if fits {
                        hits.push(Hit { concept: p.concept, pos, span: p.rest.len() + 1, via_parent: false, ambiguous: false });
                        longest = longest.max(p.rest.len() + 1);
                    }
                }
            }
            covered_until = covered_until.max(pos + longest);
            // Inside a phrase, words still name audiences, languages and days, but no topic.
            let inside = pos < covered_until;
            let keep = |c: &ConceptId| !inside || self.concepts.get(usize::from(*c)).is_some_and(|c| c.kind != ConceptKind::Topic);
            for k in &info.keys {
                if let Some(cids) = self.keys.get(k) {
                    hits.extend(cids.iter().filter(|c| keep(c)).map(|&concept| Hit {
                        concept,
                        pos,
                        span: 1,
                        via_parent: false,
                        ambiguous: self.ambiguous.contains(&(k.clone(), concept)),
                    }));
                }
            }
            hits.extend(info.compound.iter().filter(|c| keep(c)).map(|&concept| Hit {
                concept,
                pos,
                span: 1,
                via_parent: false,
                ambiguous: false,
            }));
        }
        // A compound split in two, as speech-to-text and hurried typing write them ("haus
        // aufgaben hilfe", "näh kurs"): the two words written together, when that is a word of the
        // lexicon itself (not a guess from parts or a typo reading).
        for pos in 0..tokens.len().saturating_sub(1) {
            let (a, b) = (&tokens[pos], &tokens[pos + 1]);
            let joinable = |t: &String| {
                t.chars().count() >= 3 && t.chars().all(char::is_alphabetic) && script_of(t) == Script::Latin && !self.is_stopword(t)
            };
            if !joinable(a) || !joinable(b) {
                continue;
            }
            let joined = format!("{a}{b}");
            let concepts = cache
                .joins
                .entry((joined.clone(), turkish))
                .or_insert_with(|| {
                    let mut found: Vec<ConceptId> =
                        self.token_keys(&joined, turkish).iter().filter_map(|k| self.keys.get(k)).flatten().copied().collect();
                    found.sort_unstable();
                    found.dedup();
                    found.into()
                })
                .clone();
            for &concept in concepts.iter() {
                if !hits.iter().any(|h| h.concept == concept && (h.pos == pos || h.pos == pos + 1)) {
                    hits.push(Hit { concept, pos, span: 2, via_parent: false, ambiguous: false });
                }
            }
        }
        let parents: Vec<Hit> = hits
            .iter()
            .filter_map(|h| {
                self.concept(h.concept).and_then(|c| c.parent).map(|concept| Hit {
                    concept,
                    pos: h.pos,
                    span: h.span,
                    via_parent: true,
                    ambiguous: h.ambiguous,
                })
            })
            .collect();
        hits.extend(parents);
        // A plain reading of a word wins over an ambiguous one of the same concept.
        hits.sort_by_key(|h| (h.pos, h.concept, h.via_parent, h.ambiguous));
        hits.dedup_by_key(|h| (h.pos, h.concept));
        hits
    }

    /// Whether a text token is one of the words of a marker ("nur", "only", "فقط" for `Only`).
    pub fn names_marker(&self, token: &str, marker: Marker) -> bool {
        self.token_keys(token, false).iter().any(|k| {
            self.keys
                .get(k)
                .is_some_and(|ids| ids.iter().any(|&id| self.concept(id).is_some_and(|c| c.kind == ConceptKind::Marker(marker))))
        })
    }

    /// The concept with this id.
    /// The neighbouring subjects of a concept (`neighbours`), sorted by id.
    pub fn neighbours_of(&self, id: ConceptId) -> &[ConceptId] {
        self.near.get(usize::from(id)).map_or(&[], Vec::as_slice)
    }

    /// Whether two concepts are neighbouring subjects (`neighbours`).
    pub fn are_neighbours(&self, a: ConceptId, b: ConceptId) -> bool {
        self.neighbours_of(a).binary_search(&b).is_ok()
    }

    pub fn concept(&self, id: ConceptId) -> Option<&Concept> {
        self.concepts.get(usize::from(id))
    }

    /// The concepts that rules in code refer to, resolved when the lexicon was loaded.
    pub fn special(&self) -> &Special {
        &self.special
    }

    /// The concept with this name.
    pub fn concept_named(&self, name: &str) -> Option<ConceptId> {
        self.by_name.get(name).copied()
    }

    /// Whether a normalised token carries no meaning for matching.
    pub fn is_stopword(&self, token: &str) -> bool {
        self.stopwords.contains(token)
    }

    /// The stem used for word overlap: by script, and for Latin script by the text's language
    /// (German unless English or Turkish).
    pub fn term_stem(&self, token: &str, lang: Option<StemLang>, cache: &mut TokenCache) -> Arc<str> {
        if let Some(s) = cache.stems.get(&(token.to_string(), lang)) {
            return s.clone();
        }
        let stem: Arc<str> = match script_of(token) {
            Script::Latin => {
                let l = lang.filter(|l| matches!(l, StemLang::En | StemLang::Tr)).unwrap_or(StemLang::De);
                self.stemmers.stem(l, token).into()
            }
            Script::Cyrillic => self.stemmers.stem(StemLang::Ru, token).into(),
            Script::Arabic => self.stemmers.stem(StemLang::Ar, token).into(),
            Script::Other => token.into(),
        };
        cache.stems.insert((token.to_string(), lang), stem.clone());
        stem
    }

    /// The language table.
    pub fn languages(&self) -> &LanguageTable {
        &self.languages
    }
}
