//! The distinctive words of a name: a shortened name ("Kulturverein Brückenschlag"), the
//! distinctive word alone ("Brückenschlag"), an abbreviation ("DTK Brückenschlag"), or the name
//! with the city appended is contained in the listed one ("Deutsch-Türkischer Kulturverein
//! Brückenschlag e.V."). Words weigh by what they tell apart: a generic word ("Kulturverein",
//! "Frauen", "Ludwigsburg", "e.V.", and any word that many listed names share) little, an
//! origin adjective ("Türkischer") half, any other word (a proper name) fully. A name is
//! contained in another when every word of weight is found there (typos allowed) and the shared
//! words weigh at least one distinctive word: agreeing only in generic words is never enough.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::text::{fold_diacritics, search_terms};

/// A generic word's weight.
const GENERIC: f64 = 0.25;
/// An origin adjective's weight ("Türkischer", "Afrikanische").
const ORIGIN: f64 = 0.5;
/// Unmatched weight the shorter name may carry (one generic word, e.g. a district).
const SLACK: f64 = GENERIC;
/// What the shared words must weigh: one distinctive word, or two origin words.
const SHARED_NEEDED: f64 = 1.0;
/// A word in at least this many listed names is generic there …
const FREQUENT_MIN: usize = 3;
/// … and in at least this share of them.
const FREQUENT_SHARE: f64 = 0.05;

fn generic_list() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("generic_words.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .flat_map(|w| {
                let folded = fold_diacritics(&w.to_lowercase());
                let mut keys = search_terms(w);
                keys.push(folded);
                keys
            })
            .collect()
    })
}

/// One word of a name, with what its weight depends on.
#[derive(Debug, Clone)]
pub(super) struct Token {
    pub(super) folded: String,
    pub(super) stem: String,
    /// `folded` and `stem` as characters, for the edit distance.
    pub(super) folded_chars: Vec<char>,
    pub(super) stem_chars: Vec<char>,
    /// Written in capitals, 2 to 6 letters: perhaps an abbreviation ("DTK").
    pub(super) acronym: bool,
}

/// Splits a name into tokens: lower-cased, folded ("ü" = "ue", "ß" = "ss"), stemmed; "e. V."
/// and "-verein" at the end of a compound set aside, hyphenated words split.
pub(super) fn tokens(name: &str) -> Vec<Token> {
    let raw: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let word = raw[i];
        i += 1;
        if word.eq_ignore_ascii_case("e") && raw.get(i).is_some_and(|w| w.eq_ignore_ascii_case("v")) {
            i += 1;
            continue;
        }
        let acronym = (2..=6).contains(&word.chars().count()) && word.chars().all(|c| c.is_uppercase());
        let lower = word.to_lowercase();
        let folded = fold_diacritics(&lower);
        let head = folded.strip_suffix("verein").filter(|rest| rest.len() > 2).map(str::to_owned);
        let folded = head.unwrap_or(folded);
        let stem = search_terms(&folded).concat();
        let stem = if stem.is_empty() { folded.clone() } else { stem };
        out.push(Token { folded_chars: folded.chars().collect(), stem_chars: stem.chars().collect(), stem, folded, acronym });
    }
    out
}

/// The weights of words among the listed names: which are frequent there.
pub(super) struct Weights {
    frequent: HashSet<String>,
}

impl Weights {
    /// Counts in how many names (as their [`tokens`]) each stem occurs.
    pub(super) fn from_tokens<'a>(names: impl Iterator<Item = &'a [Token]>) -> Weights {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        let mut total = 0usize;
        for name in names {
            total += 1;
            let stems: HashSet<&str> = name.iter().map(|t| t.stem.as_str()).collect();
            for stem in stems {
                *counts.entry(stem).or_default() += 1;
            }
        }
        let needed = FREQUENT_MIN.max((total as f64 * FREQUENT_SHARE).ceil() as usize);
        Weights { frequent: counts.into_iter().filter(|(_, n)| *n >= needed).map(|(s, _)| s.to_owned()).collect() }
    }

    pub(super) fn weight(&self, token: &Token) -> f64 {
        let generic = generic_list();
        if generic.contains(&token.folded) || generic.contains(&token.stem) || self.frequent.contains(&token.stem) {
            GENERIC
        } else if ["isch", "ische", "ischer", "isches", "ischen", "ischem"].iter().any(|s| token.folded.ends_with(s)) {
            ORIGIN
        } else {
            1.0
        }
    }
}

/// Whether the name with fewer words of weight is contained in the other (see the module);
/// `matches` says whether two tokens are the same word (typos allowed).
pub(super) fn contained(a: &[Token], b: &[Token], weights: &Weights, matches: &dyn Fn(&Token, &Token) -> bool) -> bool {
    let total = |t: &[Token]| t.iter().map(|w| weights.weight(w)).sum::<f64>();
    let (short, long) = if total(a) <= total(b) { (a, b) } else { (b, a) };
    let initials: String = long.iter().filter_map(|t| t.folded.chars().next()).collect();
    let (mut shared, mut missing) = (0.0, 0.0);
    for token in short {
        let weight = weights.weight(token);
        if long.iter().any(|other| matches(token, other)) {
            if weight > GENERIC {
                shared += weight;
            }
        } else if !(token.acronym && is_subsequence(&token.folded, &initials)) {
            missing += weight;
        }
    }
    shared >= SHARED_NEEDED && missing <= SLACK
}

fn is_subsequence(needle: &str, haystack: &str) -> bool {
    let mut rest = haystack.chars();
    needle.chars().all(|c| rest.any(|h| h == c))
}
