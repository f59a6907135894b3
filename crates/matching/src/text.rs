//! Tokenising and normalising free text in Latin, Cyrillic and Arabic script, and the stems used as lexicon keys.

use rust_stemmers::{Algorithm, Stemmer};

/// The writing system of one token; it decides which normalisation and stemmers apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Other,
}

/// A language whose stemmer the matcher can apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StemLang {
    De,
    En,
    Tr,
    Ru,
    Uk,
    Ar,
    Fa,
}

impl StemLang {
    /// The stemming language for a text or lexicon language code, if there is one.
    pub fn from_code(code: &str) -> Option<StemLang> {
        match code {
            "de" => Some(StemLang::De),
            "en" => Some(StemLang::En),
            "tr" => Some(StemLang::Tr),
            "ru" => Some(StemLang::Ru),
            "uk" => Some(StemLang::Uk),
            "ar" => Some(StemLang::Ar),
            "fa" | "prs" => Some(StemLang::Fa),
            _ => None,
        }
    }
}

/// Snowball stemmers, created once and shared.
pub struct Stemmers {
    de: Stemmer,
    en: Stemmer,
    tr: Stemmer,
    ru: Stemmer,
    ar: Stemmer,
}

impl Default for Stemmers {
    fn default() -> Self {
        Stemmers {
            de: Stemmer::create(Algorithm::German),
            en: Stemmer::create(Algorithm::English),
            tr: Stemmer::create(Algorithm::Turkish),
            ru: Stemmer::create(Algorithm::Russian),
            ar: Stemmer::create(Algorithm::Arabic),
        }
    }
}

impl Stemmers {
    /// The stem of an already normalised token in one language.
    pub fn stem(&self, lang: StemLang, token: &str) -> String {
        match lang {
            StemLang::De => self.de.stem(token).into_owned(),
            StemLang::En => self.en.stem(token).into_owned(),
            StemLang::Tr => self.tr.stem(token).into_owned(),
            StemLang::Ru => self.ru.stem(token).into_owned(),
            StemLang::Uk => ukrainian_stem(token),
            StemLang::Ar => {
                let s = self.ar.stem(token).into_owned();
                if s.chars().count() >= 2 {
                    s
                } else {
                    token.to_string()
                }
            }
            StemLang::Fa => persian_stem(token),
        }
    }
}

/// The script of a token, judged by its first letter.
pub fn script_of(token: &str) -> Script {
    match token.chars().find(|c| c.is_alphabetic()) {
        Some(c) if ('\u{0400}'..='\u{04FF}').contains(&c) => Script::Cyrillic,
        Some(c) if ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{077F}').contains(&c) => Script::Arabic,
        Some(c) if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => Script::Latin,
        Some(_) => Script::Other,
        None => Script::Other,
    }
}

/// Splits text into lower-case, normalised word tokens (numbers are dropped).
pub fn tokenize(text: &str) -> Vec<String> {
    tokenize_sentences(text).0
}

/// Like [`tokenize`], with the number of the sentence each token stands in: a sentence ends at
/// "!", "?", ";", a line break, or a "." after a word of four letters or more ("ca. 12" and
/// "z.B." do not end one), so that "nur" in one sentence does not qualify a word in the next.
pub fn tokenize_sentences(text: &str) -> (Vec<String>, Vec<u32>) {
    let mut out = Vec::new();
    let mut sentences = Vec::new();
    let mut sentence = 0u32;
    let mut cur = String::new();
    for c in text.chars() {
        // A legal reference ("§24", "§ 16a") is one word: the paragraph number is what two
        // texts about the same procedure share.
        if c == '§' {
            flush(&mut cur, &mut out);
            sentences.resize(out.len(), sentence);
            cur.push(c);
            continue;
        }
        if c.is_whitespace() && cur == "§" {
            continue;
        }
        // The zero-width non-joiner belongs to Persian words ("سه‌شنبه", "لپ‌تاپ").
        if c.is_alphanumeric() || is_arabic_mark(c) || c == '\u{0640}' || c == '\u{200C}' || c == '\'' || c == '’' {
            cur.push(c);
            continue;
        }
        let ends = match c {
            '!' | '?' | ';' | '\n' | '؟' | '؛' => true,
            '.' | '。' | '۔' => cur.chars().filter(|c| c.is_alphabetic()).count() >= 4,
            _ => false,
        };
        flush(&mut cur, &mut out);
        sentences.resize(out.len(), sentence);
        if ends && sentences.last() == Some(&sentence) {
            sentence += 1;
        }
    }
    flush(&mut cur, &mut out);
    sentences.resize(out.len(), sentence);
    if sentence == 0 && out.len() >= UNPUNCTUATED_MIN_WORDS {
        cut_unpunctuated(&out, &mut sentences);
    }
    (out, sentences)
}

/// A text this long without a sentence end is read as written without punctuation.
const UNPUNCTUATED_MIN_WORDS: usize = 14;

/// Sentences of a text written without punctuation (dictated, typed on a phone): a new one
/// starts before a word that usually starts a statement ("wir", "bitte", "außerdem"), at least
/// four words after the last start.
fn cut_unpunctuated(tokens: &[String], sentences: &mut [u32]) {
    let starts = &crate::function_words::FunctionWords::builtin().unpunctuated_sentence_starts;
    let (mut sentence, mut last_start) = (0u32, 0usize);
    for (pos, token) in tokens.iter().enumerate() {
        if pos >= last_start + 4 && starts.contains(token) {
            sentence += 1;
            last_start = pos;
        }
        sentences[pos] = sentence;
    }
}

fn flush(cur: &mut String, out: &mut Vec<String>) {
    if cur.is_empty() {
        return;
    }
    let raw = std::mem::take(cur);
    let token = normalise_token(raw.trim_matches(|c| c == '\'' || c == '’' || c == '\u{200C}'));
    // A "§" without a number after it says nothing: the word after it stands alone.
    let token = match token.strip_prefix('§') {
        Some(rest) if !rest.starts_with(|c: char| c.is_ascii_digit()) => rest.to_string(),
        _ => token,
    };
    if !token.is_empty() && !token.chars().all(|c| c.is_numeric()) {
        out.push(token);
    }
}

fn is_arabic_mark(c: char) -> bool {
    ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0670}'
}

/// Lower-cases and folds one token according to its script.
pub fn normalise_token(token: &str) -> String {
    match script_of(token) {
        Script::Arabic => normalise_arabic(token),
        Script::Cyrillic => token.to_lowercase().replace('ё', "е").replace(['\'', '’', 'ʼ'], ""),
        _ => lower_latin(token),
    }
}

fn lower_latin(token: &str) -> String {
    // Turkish dotted capital I lower-cases to i + combining dot; drop the dot.
    token.to_lowercase().replace('\u{0307}', "").replace('’', "'")
}

/// Arabic-script normalisation: diacritics and tatweel removed, alef/yeh/kaf/ta-marbuta variants folded.
pub fn normalise_arabic(token: &str) -> String {
    token
        .chars()
        .filter(|c| !is_arabic_mark(*c) && *c != '\u{0640}' && *c != '\u{200C}')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ی' | 'ئ' => 'ي',
            'ة' => 'ه',
            'ک' => 'ك',
            'ؤ' => 'و',
            other => other,
        })
        .collect()
}

/// Removes the Arabic definite article and attached prepositions ("ال", "وال", "بال", "لل"…).
pub fn strip_arabic_article(token: &str) -> &str {
    for prefix in ["وال", "بال", "فال", "كال", "لل", "ال"] {
        if let Some(rest) = token.strip_prefix(prefix) {
            if rest.chars().count() >= 2 {
                return rest;
            }
        }
    }
    token
}

/// Removes one attached preposition or conjunction ("ل", "ب", "و", "ف", "ك": "لحفل" → "حفل").
pub fn strip_arabic_clitic(token: &str) -> &str {
    let stripped = strip_arabic_article(token);
    if stripped != token {
        return stripped;
    }
    for prefix in ["ل", "ب", "و", "ف", "ك"] {
        if let Some(rest) = token.strip_prefix(prefix) {
            if rest.chars().count() >= 3 {
                return rest;
            }
        }
    }
    token
}

/// German umlauts and ß folded to plain letters, as the German stemmer does.
pub fn fold_german(token: &str) -> String {
    token.replace('ä', "a").replace('ö', "o").replace('ü', "u").replace('ß', "ss")
}

fn strip_longest_suffix(token: &str, suffixes: &[&str], min_left: usize) -> String {
    let n = token.chars().count();
    let mut best: Option<&str> = None;
    for s in suffixes {
        if token.ends_with(s) && n >= s.chars().count() + min_left && best.is_none_or(|b| s.len() > b.len()) {
            best = Some(s);
        }
    }
    match best {
        Some(s) => token[..token.len() - s.len()].to_string(),
        None => token.to_string(),
    }
}

/// A light Ukrainian stemmer: strips the commonest noun, adjective and verb endings.
pub fn ukrainian_stem(token: &str) -> String {
    const SUFFIXES: &[&str] = &[
        "ами", "ями", "ьми", "ові", "еві", "ів", "їв", "ах", "ях", "ою", "ею", "єю", "ом", "ем", "ам", "ям", "ий", "ій", "ої", "ого",
        "ому", "ими", "іми", "их", "іх", "а", "я", "і", "и", "у", "ю", "о", "е", "є", "ї", "ь",
    ];
    strip_longest_suffix(token, SUFFIXES, 3)
}

/// A Ukrainian or Russian noun stem without its fleeting vowel: the о or е of "-ок", "-ек",
/// "-ець"/"-ец" that drops in every other case ("притулок" → "притулку", "гурток" → "гуртка",
/// "кружок" → "кружки", "українець" → "українця"), so that the nominative and the other cases
/// meet. Only after a consonant and for stems that keep four letters ("урок" stays whole).
pub fn without_fleeting_vowel(stem: &str) -> Option<String> {
    const VOWELS: &str = "аеєиіїоуюяыэ";
    for (ending, kept) in [("ець", "ц"), ("ец", "ц"), ("ок", "к"), ("ек", "к")] {
        let Some(head) = stem.strip_suffix(ending) else { continue };
        let consonant_before = head.chars().last().is_some_and(|c| c.is_alphabetic() && !VOWELS.contains(c) && c != 'ь');
        if consonant_before && head.chars().count() + 1 >= 4 {
            return Some(format!("{head}{kept}"));
        }
    }
    None
}

/// A light Persian stemmer: plural and possessive suffixes.
pub fn persian_stem(token: &str) -> String {
    let t = strip_arabic_article(token);
    strip_longest_suffix(t, &["هاي", "ها", "ان", "ات", "ي"], 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes_and_lowercases() {
        assert_eq!(tokenize("Raum/Saal für 20 Personen!"), vec!["raum", "saal", "für", "personen"]);
        assert_eq!(tokenize("Dolmetscher:innen"), vec!["dolmetscher", "innen"]);
    }

    #[test]
    fn legal_references_are_words() {
        assert_eq!(tokenize("Aufenthalt nach §24, auch § 16a"), vec!["aufenthalt", "nach", "§24", "auch", "§16a"]);
        // Numbers alone stay out, and so does a "§" without one.
        assert_eq!(tokenize("24 Plätze, siehe § unten, §"), vec!["plätze", "siehe", "unten"]);
    }

    #[test]
    fn numbers_sentences() {
        let (tokens, sentences) = tokenize_sentences("Nur für Frauen, ca. 12 Plätze. Männer nicht! Ende");
        assert_eq!(tokens, vec!["nur", "für", "frauen", "ca", "plätze", "männer", "nicht", "ende"]);
        assert_eq!(sentences, vec![0, 0, 0, 0, 0, 1, 1, 2]);
    }

    #[test]
    fn a_long_text_without_punctuation_is_cut_before_words_that_start_statements() {
        let dictated = "also wir suchen einen raum für unsere frauengruppe nur donnerstags wir haben leider kein geld bitte meldet euch";
        let (tokens, sentences) = tokenize_sentences(dictated);
        let at = |w: &str| tokens.iter().position(|t| t == w).map(|p| sentences[p]);
        // "nur donnerstags" does not reach "kein geld", nor that the request to call.
        assert_eq!(at("also"), at("suchen"), "{sentences:?}");
        assert_eq!(at("nur"), at("donnerstags"), "{sentences:?}");
        assert!(at("nur") < at("haben") && at("haben") == at("geld") && at("geld") < at("bitte"), "{sentences:?}");
        // "wir" right after a cut does not cut again; a short text or one with punctuation is
        // left as it is.
        assert!(tokenize_sentences("wir suchen wir haben bitte").1.iter().all(|&s| s == 0));
        let punctuated = "Wir suchen einen Raum für unsere Frauengruppe, nur donnerstags, wir haben leider kein Geld. Bitte melden!";
        assert_eq!(tokenize_sentences(punctuated).1.iter().max(), Some(&1));
    }

    #[test]
    fn folds_arabic_variants() {
        assert_eq!(normalise_arabic("قَاعَة"), "قاعه");
        assert_eq!(normalise_arabic("إمرأة"), "امراه");
        assert_eq!(strip_arabic_article("القاعه"), "قاعه");
        assert_eq!(strip_arabic_article("للنساء"), "نساء");
        assert_eq!(strip_arabic_clitic("لحفل"), "حفل");
        assert_eq!(strip_arabic_clitic("بالعربية"), "عربية");
    }

    #[test]
    fn persian_words_keep_their_non_joiner() {
        assert_eq!(tokenize("سه‌شنبه عصر"), vec!["سهشنبه", "عصر"]);
    }

    #[test]
    fn detects_scripts() {
        assert_eq!(script_of("приміщення"), Script::Cyrillic);
        assert_eq!(script_of("قاعة"), Script::Arabic);
        assert_eq!(script_of("Räume"), Script::Latin);
        assert_eq!(script_of("kadınlar"), Script::Latin);
    }

    #[test]
    fn turkish_capital_i_is_folded() {
        assert_eq!(normalise_token("İngilizce"), "ingilizce");
    }

    #[test]
    fn fleeting_vowels_drop_as_in_the_other_cases() {
        assert_eq!(without_fleeting_vowel("притулок").as_deref(), Some("притулк"));
        assert_eq!(ukrainian_stem("притулку"), "притулк");
        assert_eq!(without_fleeting_vowel("гурток").as_deref(), Some("гуртк"));
        assert_eq!(without_fleeting_vowel("українець").as_deref(), Some("українц"));
        assert_eq!(without_fleeting_vowel("кружок").as_deref(), Some("кружк"));
        // Too short, after a vowel, or no such ending: unchanged.
        assert_eq!(without_fleeting_vowel("урок"), None);
        assert_eq!(without_fleeting_vowel("пісок"), Some("піск".to_string()));
        assert_eq!(without_fleeting_vowel("заєць"), None);
        assert_eq!(without_fleeting_vowel("кімната"), None);
    }

    #[test]
    fn stems_ukrainian_forms_alike() {
        assert_eq!(ukrainian_stem("кімнати"), ukrainian_stem("кімната"));
        assert_eq!(ukrainian_stem("жінок"), "жінок");
        // The instrumental plural in "-ьми" ("з дітьми", "людьми") meets the other cases.
        assert_eq!(ukrainian_stem("дітьми"), ukrainian_stem("діти"));
        assert_eq!(ukrainian_stem("людьми"), ukrainian_stem("люди"));
        // Too short a stem would remain: unchanged.
        assert_eq!(ukrainian_stem("тьми"), "тьм");
    }
}
