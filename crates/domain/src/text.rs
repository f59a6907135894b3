//! Text normalisation for search: case, umlauts, diacritics and German stemming.
//!
//! The same function prepares indexed text and queries, so that "Tuerkisch" finds
//! "Türkisch", "Vereine" finds "Verein" and "Ukraine" finds "ukrainisch". Compounds
//! ("Frauen" → "Frauengruppe") are found because queries match terms by prefix.

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

fn german() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::German))
}

fn russian() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::Russian))
}

fn arabic() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::Arabic))
}

/// Splits text into normalised, stemmed search terms.
pub fn search_terms(text: &str) -> Vec<String> {
    words(text).filter_map(|w| normalise_word(&w)).collect()
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c))).filter(|w| !w.is_empty()).map(str::to_lowercase)
}

/// Normalises one lower-case word; `None` for words that carry no meaning alone.
fn normalise_word(word: &str) -> Option<String> {
    let script = Script::of(word);
    let stemmed = match script {
        Script::Latin => german().stem(&canonical_umlauts(word)).into_owned(),
        Script::Cyrillic => russian().stem(&word.replace('ё', "е")).into_owned(),
        Script::Arabic => arabic().stem(&normalise_arabic(word)).into_owned(),
        Script::Other => word.to_owned(),
    };
    let folded = fold_diacritics(&stemmed);
    (!folded.is_empty()).then_some(folded)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Other,
}

impl Script {
    fn of(word: &str) -> Script {
        word.chars().find(|c| c.is_alphabetic()).map_or(Script::Other, |c| match c as u32 {
            0x0041..=0x024F => Script::Latin,
            0x0400..=0x04FF => Script::Cyrillic,
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
            _ => Script::Other,
        })
    }
}

/// Accents and vowel signs that belong to the letter before them.
pub(crate) fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670)
}

/// Writes "ae", "oe", "ue" and "ß" the way the German stemmer expects them.
fn canonical_umlauts(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let after_vowel = matches!(previous, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'ö' | 'ü' | 'q');
        let replaced = match (c, next) {
            ('a', Some('e')) if !after_vowel => Some('ä'),
            ('o', Some('e')) if !after_vowel => Some('ö'),
            ('u', Some('e')) if !after_vowel => Some('ü'),
            _ => None,
        };
        if let Some(umlaut) = replaced {
            out.push(umlaut);
            chars.next();
            previous = umlaut;
        } else if c == 'ß' {
            out.push_str("ss");
            previous = 's';
        } else {
            out.push(c);
            previous = c;
        }
    }
    out
}

fn normalise_arabic(word: &str) -> String {
    word.chars()
        .filter(|c| !is_combining_mark(*c) && *c != '\u{0640}')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            'ك' => 'ك',
            'ی' => 'ي',
            'ک' => 'ك',
            other => other,
        })
        .collect()
}

/// Removes accents and umlaut dots: "türkçe" → "turkce".
pub fn fold_diacritics(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'ä' | 'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'ö' | 'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ü' | 'ù' | 'ú' | 'û' | 'ū' | 'ů' | 'ű' => out.push('u'),
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' | 'ı' | 'ī' | 'į' => out.push('i'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'ş' | 'ś' | 'š' | 'ș' => out.push('s'),
            'ğ' => out.push('g'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'ł' => out.push('l'),
            'đ' | 'ď' => out.push('d'),
            'ř' => out.push('r'),
            'ț' | 'ť' => out.push('t'),
            'ý' | 'ÿ' => out.push('y'),
            'ß' => out.push_str("ss"),
            c if is_combining_mark(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Lower-case ASCII transliteration for slugs: "Lindenblüte" → "lindenbluete".
pub fn fold_to_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ä' | 'Ä' => out.push_str("ae"),
            'ö' | 'Ö' => out.push_str("oe"),
            'ü' | 'Ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c => out.push_str(&fold_diacritics(&c.to_lowercase().to_string())),
        }
    }
    out.chars().filter(char::is_ascii).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(word: &str) -> String {
        let terms = search_terms(word);
        assert_eq!(terms.len(), 1, "{word}: {terms:?}");
        terms.into_iter().next().unwrap_or_default()
    }

    #[test]
    fn plural_finds_singular() {
        assert_eq!(one("Vereine"), one("Verein"));
        assert_eq!(one("Frauen"), one("Frau"));
    }

    #[test]
    fn transcribed_umlauts_match() {
        assert_eq!(one("Tuerkisch"), one("Türkisch"));
        assert_eq!(one("Turkisch"), one("Türkisch"));
        assert_eq!(one("Strasse"), one("Straße"));
    }

    #[test]
    fn country_finds_adjective() {
        assert_eq!(one("Ukraine"), one("ukrainisch"));
    }

    #[test]
    fn compounds_start_with_their_first_part() {
        assert!(one("Frauengruppe").starts_with(&one("Frauen")));
        assert!(one("Frauencafé").starts_with(&one("Frauen")));
    }

    #[test]
    fn other_scripts_are_normalised() {
        assert_eq!(one("أطفال"), one("اطفال"));
        assert_eq!(one("Жінки"), one("жінки"));
        assert!(search_terms("… — !!").is_empty());
    }

    #[test]
    fn ascii_folding_for_slugs() {
        assert_eq!(fold_to_ascii("Çocuk Öğün Straße"), "cocuk oeguen strasse");
    }
}
