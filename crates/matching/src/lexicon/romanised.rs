//! Words typed in Latin letters for a language of another script or with letters a phone
//! keyboard lacks: Arabic as Arabizi ("sba7a lal neswan"), Persian as Finglish ("zamin lazem
//! darim"), Turkish without ş ğ ı ç ö ü ("cocuklarimiz icin"). Before the lexicon looks a text
//! up, such a word is replaced by the word it stands for, so it names the concepts the lexicon
//! already has; words the lexicon knows as typed are never replaced.

use std::collections::HashMap;

use crate::text::normalise_token;

const TABLE: &str = include_str!("../../data/romanised.txt");
/// The shortest Turkish word, folded, that an unknown longer word may begin with to be read as
/// an inflected form of it ("cocuklarimiz" of "çocuk").
const TURKISH_PREFIX_MIN: usize = 4;

/// How the Latin-script words of a text may be typed, from the item's text language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Typed {
    /// German, English or another language of Latin script: words are read as they are (an
    /// Arabizi word with its digits is still read as Arabic).
    #[default]
    Latin,
    /// Turkish: Turkish stemming, and words without the Turkish letters.
    Turkish,
    /// Arabic: Latin words may be Arabizi.
    Arabic,
    /// Persian or Dari: Latin words may be Finglish.
    Persian,
}

impl Typed {
    /// How the texts of an item in this (normalised) language code are typed.
    pub fn for_text_lang(code: Option<&str>) -> Typed {
        match code {
            Some("tr") => Typed::Turkish,
            Some("ar" | "ary" | "arz" | "apc" | "acm") => Typed::Arabic,
            Some("fa" | "prs") => Typed::Persian,
            _ => Typed::Latin,
        }
    }

    /// Whether Turkish stemming applies.
    pub fn turkish(self) -> bool {
        self == Typed::Turkish
    }
}

/// The consonant skeleton of a Latin-typed word of Arabic or Persian, by which spellings are
/// compared: Arabizi digits read as letters (2 ء left out, 3 ع, 5 خ, 6 ط, 7 ح, 8 غ/ق, 9 ق), "kh",
/// "gh", "sh"/"ch", "th", "dh" as one letter each, "g"/"j", "v"/"w", "q"/"k" alike, vowels after
/// the first letter left out (a first vowel stays as one mark) and doubled letters once.
/// "dorous", "durus" and "dros" are all "drs"; "neswan" and "niswan" "nswn".
pub fn skeleton(word: &str) -> String {
    let chars: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    let mut out = String::new();
    let mut last: Option<char> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let (letter, width) = match (c, next) {
            ('k', Some('h')) => (Some('x'), 2),
            ('g', Some('h')) => (Some('8'), 2),
            ('s' | 'c', Some('h')) => (Some('$'), 2),
            ('t', Some('h')) => (Some('t'), 2),
            ('d', Some('h')) => (Some('d'), 2),
            ('5', _) => (Some('x'), 1),
            ('7', _) => (Some('h'), 1),
            ('6', _) => (Some('t'), 1),
            ('9' | 'q', _) => (Some('k'), 1),
            ('8', _) => (Some('8'), 1),
            ('2', _) => (None, 1),
            ('3', _) => (Some('3'), 1),
            ('g' | 'j', _) => (Some('j'), 1),
            ('v' | 'w', _) => (Some('w'), 1),
            ('a' | 'e' | 'i' | 'o' | 'u' | 'é' | 'è', _) => (if out.is_empty() { Some('_') } else { None }, 1),
            (c, _) if c.is_ascii_alphabetic() => (Some(c), 1),
            _ => (None, 1),
        };
        if let Some(l) = letter {
            if last != Some(l) {
                out.push(l);
            }
            last = Some(l);
        }
        i += width;
    }
    out
}

/// Whether a token is Arabizi by its digits: three letters or more and one of the digits that
/// stand for an Arabic letter ("sba7a", "3arabi", "ma3ada"); "u18", "b1", "2er", "25jahre" are
/// not.
pub fn has_arabizi_digit(token: &str) -> bool {
    let letters = token.chars().filter(|c| c.is_ascii_alphabetic()).count();
    let counted = token.chars().take(2).all(|c| c.is_ascii_digit());
    letters >= 3
        && !counted
        && token.chars().any(|c| matches!(c, '2' | '3' | '5' | '7' | '9'))
        && token.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Turkish letters folded to the plain ones a phone keyboard offers.
pub fn fold_turkish(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'ş' => 's',
            'ğ' => 'g',
            'ı' => 'i',
            'ç' => 'c',
            'ö' => 'o',
            'ü' => 'u',
            'â' => 'a',
            'î' => 'i',
            'û' => 'u',
            other => other,
        })
        .collect()
}

/// The tables: Arabizi and Finglish by skeleton, Turkish by the folded word.
#[derive(Debug, Default)]
pub struct Romanised {
    arabic: HashMap<String, String>,
    persian: HashMap<String, String>,
    turkish: HashMap<String, String>,
}

impl Romanised {
    /// The shipped table, with the problems found in it.
    pub fn builtin(warnings: &mut Vec<String>) -> Romanised {
        Romanised::parse(TABLE, warnings)
    }

    /// Parses a table of `[ar]`/`[fa]` sections with `native: spelling, …` lines.
    pub fn parse(text: &str, warnings: &mut Vec<String>) -> Romanised {
        let mut table = Romanised::default();
        let mut section: Option<Typed> = None;
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = match name {
                    "ar" => Some(Typed::Arabic),
                    "fa" => Some(Typed::Persian),
                    _ => {
                        warnings.push(format!("romanised.txt line {}: unknown section `{name}`", n + 1));
                        None
                    }
                };
                continue;
            }
            let (Some(typed), Some((native, spellings))) = (section, line.split_once(':')) else {
                warnings.push(format!("romanised.txt line {}: expected `native: spellings` in a section", n + 1));
                continue;
            };
            let native = normalise_token(native.trim());
            let map = if typed == Typed::Arabic { &mut table.arabic } else { &mut table.persian };
            for spelling in spellings.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                let key = skeleton(spelling);
                if key.chars().count() < 2 {
                    warnings.push(format!("romanised.txt line {}: `{spelling}` is too short to be told apart", n + 1));
                    continue;
                }
                if let Some(other) = map.get(&key).filter(|o| **o != native) {
                    warnings.push(format!("romanised.txt line {}: `{spelling}` reads like a spelling of `{other}`", n + 1));
                    continue;
                }
                map.insert(key, native.clone());
            }
        }
        table
    }

    /// Registers a Turkish word of the lexicon under its folded spelling, if that differs.
    pub fn add_turkish(&mut self, word: &str) {
        let folded = fold_turkish(word);
        if folded != word {
            self.turkish.entry(folded).or_insert_with(|| word.to_string());
        }
    }

    /// The native words of every table entry, to check them against the lexicon.
    pub fn natives(&self) -> impl Iterator<Item = &str> {
        self.arabic.values().chain(self.persian.values()).map(String::as_str)
    }

    /// The word a Latin-typed token the lexicon does not know stands for, if the tables know it.
    pub fn native(&self, token: &str, typed: Typed) -> Option<&str> {
        match typed {
            Typed::Turkish => self.turkish_word(token),
            Typed::Persian => lookup(&self.persian, token),
            Typed::Arabic => lookup(&self.arabic, token),
            Typed::Latin if has_arabizi_digit(token) => lookup(&self.arabic, token),
            Typed::Latin => None,
        }
    }

    /// A Turkish word typed without its letters: the word itself ("sinif"), else the longest
    /// folded word it begins with, of four letters or more and at least two fifths of it, as an
    /// inflected form ("cocuklarimiz" of "çocuk", "toplantisi" of "toplantı").
    fn turkish_word(&self, token: &str) -> Option<&str> {
        if let Some(w) = self.turkish.get(token) {
            return Some(w);
        }
        let chars: Vec<(usize, char)> = token.char_indices().collect();
        let floor = TURKISH_PREFIX_MIN.max((2 * chars.len()).div_ceil(5));
        (floor..chars.len()).rev().find_map(|len| self.turkish.get(&token[..chars[len].0]).map(String::as_str))
    }
}

/// Arabizi or Finglish by skeleton, also without an attached article or preposition ("lwlad",
/// "elmakan", "bel3arabi").
fn lookup<'a>(map: &'a HashMap<String, String>, token: &str) -> Option<&'a str> {
    if let Some(w) = map.get(&skeleton(token)) {
        return Some(w);
    }
    for prefix in ["el", "al", "il", "l", "b", "w"] {
        if let Some(rest) = token.strip_prefix(prefix) {
            let key = skeleton(rest);
            if key.chars().count() >= 3 {
                if let Some(w) = map.get(&key) {
                    return Some(w);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_word_share_a_skeleton() {
        assert_eq!(skeleton("dorous"), skeleton("durus"));
        assert_eq!(skeleton("dros"), "drs");
        assert_eq!(skeleton("neswan"), skeleton("niswan"));
        assert_eq!(skeleton("sba7a"), skeleton("sbaha"));
        assert_eq!(skeleton("mosa3ada"), skeleton("musa3ada"));
        assert_eq!(skeleton("2atfal"), skeleton("atfal"));
        assert_eq!(skeleton("5amis"), skeleton("khamis"));
        // A first vowel stays: "atfal" is not "tifl".
        assert_ne!(skeleton("atfal"), skeleton("tifl"));
    }

    #[test]
    fn arabizi_digits_need_letters_around_them() {
        assert!(has_arabizi_digit("sba7a"));
        assert!(has_arabizi_digit("3arabi"));
        assert!(!has_arabizi_digit("u18"));
        assert!(!has_arabizi_digit("b1"));
        assert!(!has_arabizi_digit("2er"));
        assert!(!has_arabizi_digit("10er"));
        assert!(!has_arabizi_digit("25jahre"));
    }

    #[test]
    fn text_languages_choose_the_table() {
        assert_eq!(Typed::for_text_lang(Some("ar")), Typed::Arabic);
        assert_eq!(Typed::for_text_lang(Some("prs")), Typed::Persian);
        assert_eq!(Typed::for_text_lang(Some("tr")), Typed::Turkish);
        assert_eq!(Typed::for_text_lang(Some("de")), Typed::Latin);
        assert_eq!(Typed::for_text_lang(None), Typed::Latin);
    }

    #[test]
    fn arabizi_and_finglish_are_read_by_table() {
        let mut w = Vec::new();
        let t = Romanised::parse("[ar]\nنساء: neswan\nأولاد: wlad\n[fa]\nزمین: zamin\n", &mut w);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(t.native("niswan", Typed::Arabic), Some("نساء"));
        assert_eq!(t.native("lwlad", Typed::Arabic), Some("اولاد"));
        assert_eq!(t.native("zamin", Typed::Persian), Some(normalise_token("زمین").as_str()));
        // Tables per language; a German text is not read as Arabizi without its digits.
        assert_eq!(t.native("zamin", Typed::Arabic), None);
        assert_eq!(t.native("neswan", Typed::Latin), None);
        assert_eq!(t.native("ne3wan", Typed::Latin), None);
    }

    #[test]
    fn turkish_without_its_letters() {
        let mut t = Romanised::default();
        for w in ["çocuk", "sınıf", "toplantı", "salon"] {
            t.add_turkish(w);
        }
        assert_eq!(t.native("sinif", Typed::Turkish), Some("sınıf"));
        assert_eq!(t.native("cocuklarimiz", Typed::Turkish), Some("çocuk"));
        assert_eq!(t.native("toplantisi", Typed::Turkish), Some("toplantı"));
        // Only in Turkish texts; a short known head of a long word is no inflection.
        assert_eq!(t.native("sinif", Typed::Latin), None);
        assert_eq!(t.native("cocukbetreuungsangebot", Typed::Turkish), None);
    }

    #[test]
    fn clashing_and_short_spellings_are_reported() {
        let mut w = Vec::new();
        Romanised::parse("[ar]\nدروس: dars\nمدرسة: doros\nليس: a\n", &mut w);
        assert_eq!(w.len(), 2, "{w:?}");
    }
}
