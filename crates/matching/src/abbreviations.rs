//! Card-style abbreviations written out before a text is read: "Di+Do vorm.", "Mo–Fr", "nur WE",
//! "Raum f. 20 Pers.", "Ehrenamtl.", "dt/engl/arab." — the way offers and needs are noted on cards
//! at a network meeting. Only what is clearly an abbreviation is expanded: a listed word followed
//! by a dot, a weekday abbreviation in a list, a range or before a time, "WE" in capitals.

use crate::data_file::{Builtin, DataFile, Pairs, WordList};
use std::borrow::Cow;

const FILE: &str = include_str!("../data/abbreviations.txt");

/// The tables of `data/abbreviations.txt` (see the file for what each is for).
#[derive(Debug, Default)]
struct Tables {
    dotted: Pairs,
    dotted_before_number: Pairs,
    dotted_after_number: Pairs,
    languages: Pairs,
    undotted: Pairs,
    capitals: Pairs,
    /// The day names of each language, Monday first.
    day_names: Vec<[String; 7]>,
    /// Weekday abbreviations as written, with their language (an index of `day_names`) and day.
    day_abbreviations: Vec<(String, usize, usize)>,
    /// The same abbreviations as a list, to turn other words away quickly.
    day_abbreviation_words: WordList,
    day_abbreviations_also_words: WordList,
    time_words: WordList,
    day_leads: WordList,
    list_words: WordList,
    range_words: WordList,
}

static TABLES: Builtin<Tables> = Builtin::new(|| Tables::parse(FILE));

impl Tables {
    fn builtin() -> &'static Tables {
        TABLES.get()
    }

    fn parse(text: &str) -> (Tables, Vec<String>) {
        let file = DataFile::parse("abbreviations.txt", text);
        let mut languages: Vec<&str> = Vec::new();
        let mut day_names: Vec<[String; 7]> = Vec::new();
        let weekdays = file.section("weekdays");
        let mut by_lang: Vec<(&str, Vec<String>)> = Vec::new();
        for (lang, name) in weekdays.entries() {
            match by_lang.iter_mut().find(|(l, _)| *l == lang) {
                Some((_, names)) => names.push(name.to_string()),
                None => by_lang.push((lang, vec![name.to_string()])),
            }
        }
        for (lang, names) in by_lang {
            match <[String; 7]>::try_from(names) {
                Ok(names) => {
                    languages.push(lang);
                    day_names.push(names);
                }
                Err(names) => file.warn(format!("abbreviations.txt: `[weekdays]` {lang} has {} names, not 7", names.len())),
            }
        }
        let mut day_abbreviations = Vec::new();
        for (lang, entry) in file.section("weekday_abbreviations").entries() {
            let found = entry.split_once('=').and_then(|(abbr, name)| {
                let l = languages.iter().position(|x| *x == lang)?;
                let day = day_names.get(l)?.iter().position(|n| n == name.trim())?;
                Some((abbr.trim().to_string(), l, day))
            });
            match found {
                Some(a) => day_abbreviations.push(a),
                None => file.warn(format!("abbreviations.txt: `[weekday_abbreviations]` {lang}: `{entry}` names no day of `[weekdays]`")),
            }
        }
        let list = |name: &str| WordList::from(&file.section(name));
        let tables = Tables {
            dotted: file.pairs("dotted"),
            dotted_before_number: file.pairs("dotted_before_number"),
            dotted_after_number: file.pairs("dotted_after_number"),
            languages: file.pairs("languages"),
            undotted: file.pairs("undotted"),
            capitals: file.pairs("capitals"),
            day_names,
            day_abbreviation_words: WordList::new(day_abbreviations.iter().map(|(a, _, _)| a.as_str())),
            day_abbreviations,
            day_abbreviations_also_words: list("weekday_abbreviations_also_words"),
            time_words: list("time_words"),
            day_leads: list("day_leads"),
            list_words: list("list_words"),
            range_words: list("range_words"),
        };
        (tables, file.finish())
    }
}

/// Problems found in the shipped `abbreviations.txt`; empty when it is well-formed.
pub(crate) fn abbreviation_warnings() -> &'static [String] {
    TABLES.warnings()
}

#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
}

/// A weekday abbreviation found in the text.
#[derive(Clone, Copy)]
struct Day {
    word: usize,
    day: usize,
    /// The language of the abbreviation, an index of `Tables::day_names`.
    lang: usize,
}

/// The text with card-style abbreviations written out (borrowed when there are none).
pub fn expand_abbreviations(text: &str) -> Cow<'_, str> {
    let words = words_of(text);
    if words.is_empty() {
        return Cow::Borrowed(text);
    }
    let tables = Tables::builtin();
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let days: Vec<Day> = words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| day_of(tables, &text[w.start..w.end]).map(|(day, lang)| Day { word: i, day, lang }))
        .collect();
    let mut day_words = vec![false; words.len()];
    for d in &days {
        day_words[d.word] = true;
    }
    for (k, d) in days.iter().enumerate() {
        let link_next = days.get(k + 1).and_then(|n| link(tables, text, &words, d.word, n.word).map(|range| (n, range)));
        let link_prev = k.checked_sub(1).and_then(|p| link(tables, text, &words, days[p].word, d.word)).is_some();
        if link_next.is_none() && !link_prev && !day_context(tables, text, &words, d.word, &day_words) {
            continue;
        }
        let Some(names) = tables.day_names.get(d.lang) else { continue };
        let expansion = match link_next {
            // "Mo–Fr": Monday to Thursday here, Friday at its own word.
            Some((n, true)) => {
                let mut out = Vec::new();
                let mut i = d.day;
                while i != n.day && out.len() < 7 {
                    out.push(names[i].as_str());
                    i = (i + 1) % 7;
                }
                out.join(" ")
            }
            _ => names[d.day].to_string(),
        };
        let w = words[d.word];
        edits.push((w.start, end_with_dot(text, w.end), expansion));
    }
    for (i, w) in words.iter().enumerate() {
        if day_words[i] {
            continue;
        }
        let raw = &text[w.start..w.end];
        let lower = raw.to_lowercase();
        let dotted = text[w.end..].starts_with('.');
        let slash = text[w.end..].starts_with('/') || text[..w.start].ends_with('/');
        let capital = tables.capitals.get(raw).filter(|_| !shouting(text, &words, i));
        let found = if capital.is_some() {
            capital
        } else if dotted {
            expand_dotted(tables, text, &words, i, &lower)
        } else {
            None
        };
        let found = found
            .or_else(|| if dotted || slash { tables.languages.get(&lower) } else { None })
            .or_else(|| tables.undotted.get(&lower))
            .map(str::to_string)
            .or_else(|| ung_ending(raw));
        if let Some(expansion) = found {
            let end = if dotted { w.end + 1 } else { w.end };
            edits.push((w.start, end, expansion));
        }
    }
    // "Licht + Ton", "Räder + Helme": a plus between words is "und".
    for (i, _) in text.match_indices('+') {
        let before = text[..i].trim_end().chars().next_back();
        let after = text[i + 1..].trim_start().chars().next();
        if before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_alphabetic) {
            edits.push((i, i + 1, " und ".to_string()));
        }
    }
    if edits.is_empty() {
        return Cow::Borrowed(text);
    }
    edits.sort_by_key(|e| e.0);
    let mut out = String::with_capacity(text.len() + 32);
    let mut at = 0;
    for (start, end, with) in edits {
        if start < at {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(&with);
        at = end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// German cards shorten "-ung" to "-g" ("Schuldnerberatg.", "Begleitg", "Anmeldg.",
/// "Übersetzg.", "Moscheeführg."): no German word ends in "tg", "dg", "zg" or "hrg" ("Berg",
/// "Burg" and "Erfolg" end in a plain "rg", "lg"), so such a word of six letters or more is
/// written out.
fn ung_ending(raw: &str) -> Option<String> {
    let stem = raw.strip_suffix('g')?;
    let long = raw.chars().count() >= 6 && raw.chars().all(|c| c.is_alphabetic() && c.is_ascii() || "äöüßÄÖÜ".contains(c));
    let shortened = stem.ends_with(['t', 'd', 'z']) || stem.ends_with("hr");
    (long && shortened).then(|| format!("{stem}ung"))
}

fn words_of(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word { start: s, end: i });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word { start: s, end: text.len() });
    }
    out
}

/// The day and language of a weekday abbreviation as written ("Sa", "Thu").
fn day_of(tables: &Tables, word: &str) -> Option<(usize, usize)> {
    if !tables.day_abbreviation_words.contains(word) {
        return None;
    }
    tables.day_abbreviations.iter().find(|(a, _, _)| a == word).map(|(_, lang, day)| (*day, *lang))
}

/// The end of a word including a dot right after it.
fn end_with_dot(text: &str, end: usize) -> usize {
    if text[end..].starts_with('.') {
        end + 1
    } else {
        end
    }
}

/// Whether two weekday abbreviations are joined as a list (`Some(false)`: "Di+Do", "Di u. Do")
/// or a range (`Some(true)`: "Mo–Fr", "Mo bis Fr").
fn link(tables: &Tables, text: &str, words: &[Word], a: usize, b: usize) -> Option<bool> {
    if b != a + 1 && b != a + 2 {
        return None;
    }
    let gap = &text[words[a].end..words[b].start];
    let gap = gap.strip_prefix('.').unwrap_or(gap);
    if b == a + 2 {
        // One word between: "Di u. Do", "Mo bis Fr".
        let mid = text[words[a + 1].start..words[a + 1].end].to_lowercase();
        let around = |s: &str| s.trim_matches(|c: char| c.is_whitespace() || c == '.').is_empty();
        let before = &text[words[a].end..words[a + 1].start];
        let after = &text[words[a + 1].end..words[b].start];
        if !around(before) || !around(after) {
            return None;
        }
        return if tables.range_words.contains(&mid) {
            Some(true)
        } else if tables.list_words.contains(&mid) {
            Some(false)
        } else {
            None
        };
    }
    let sep: String = gap.chars().filter(|c| !c.is_whitespace()).collect();
    match sep.as_str() {
        "–" | "-" | "—" | "‒" => Some(true),
        "+" | "/" | "," | "&" | "+/" => Some(false),
        _ => None,
    }
}

/// Whether a lone weekday abbreviation stands as a day: before a time or a number ("Sa 10 Uhr",
/// "Do abends"), after "am", "jeden", "nur"…, with a dot ("Mi."), or closing a list item.
fn day_context(tables: &Tables, text: &str, words: &[Word], i: usize, day_words: &[bool]) -> bool {
    let w = words[i];
    let raw = &text[w.start..w.end];
    let after = &text[end_with_dot(text, w.end)..];
    let rest = after.trim_start();
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if let Some(next) = words.get(i + 1) {
        let between = &text[w.end..next.start];
        let next_word = text[next.start..next.end].to_lowercase();
        if between.trim_matches(|c: char| c.is_whitespace() || c == '.').is_empty() && tables.time_words.contains(&next_word) {
            return true;
        }
    }
    if i > 0 && !day_words[i - 1] {
        let prev = words[i - 1];
        let between = &text[prev.end..w.start];
        let prev_word = text[prev.start..prev.end].to_lowercase();
        if between.trim().is_empty() && tables.day_leads.contains(&prev_word) {
            return true;
        }
    }
    // "So" and "Do" are also ordinary words ("So können wir", "Do you"): only by the context above.
    if tables.day_abbreviations_also_words.contains(raw) {
        return false;
    }
    // "Mi." is a day, "Fr. Müller" a Frau.
    let dotted = text[w.end..].starts_with('.') && !rest.starts_with(|c: char| c.is_uppercase());
    dotted || rest.is_empty() || rest.starts_with([',', ')', ';'])
}

/// "WE" inside a text written in capitals is the English word.
fn shouting(text: &str, words: &[Word], i: usize) -> bool {
    let caps = |w: &Word| {
        let s = &text[w.start..w.end];
        s.chars().count() >= 2 && s.chars().all(|c| !c.is_lowercase())
    };
    (i > 0 && caps(&words[i - 1])) || words.get(i + 1).is_some_and(caps)
}

fn expand_dotted<'a>(tables: &'a Tables, text: &str, words: &[Word], i: usize, lower: &str) -> Option<&'a str> {
    let w = words[i];
    let next_is_number = text[w.end + 1..].trim_start().starts_with(|c: char| c.is_ascii_digit());
    let prev_is_number = text[..w.start].trim_end().ends_with(|c: char| c.is_ascii_digit());
    // "Kl. 8–10" is a school class, "kl. Küche" a small kitchen; "12–18 J." are years.
    let before_number = tables.dotted_before_number.get(lower).filter(|_| next_is_number);
    let after_number = tables.dotted_after_number.get(lower).filter(|_| prev_is_number);
    before_number.or(after_number).or_else(|| tables.dotted.get(lower))
}

#[cfg(test)]
mod tests {
    use super::expand_abbreviations;

    fn x(s: &str) -> String {
        expand_abbreviations(s).into_owned()
    }

    #[test]
    fn writes_out_ung_shortened_to_g_after_t_or_d() {
        assert_eq!(x("Schuldnerberatg."), "Schuldnerberatung");
        assert_eq!(x("Begleitg Behörde russ."), "Begleitung Behörde Russisch");
        assert_eq!(x("Anmeldg. nötig"), "Anmeldung nötig");
        assert_eq!(x("Übersetzg. u. Moscheeführg."), "Übersetzung und Moscheeführung");
        // Real words ending in g stay: "Berg", "Burg", "Erfolg", "Stadtweg" (not t/d/z/hr before
        // g), "Hamburg", "Nürnberg", "Würzburg", short ones.
        assert_eq!(
            x("Erfolg am Berg, Burg, Stadtweg, Hamburg, Nürnberg, Würzburg, Stg"),
            "Erfolg am Berg, Burg, Stadtweg, Hamburg, Nürnberg, Würzburg, Stg"
        );
    }

    #[test]
    fn writes_out_weekday_lists_and_ranges() {
        assert_eq!(x("Di+Do nachm. 15–19 h"), "Dienstag und Donnerstag nachmittags 15–19 h");
        assert_eq!(x("Mo–Fr vorm. frei"), "Montag Dienstag Mittwoch Donnerstag–Freitag vormittags frei");
        assert_eq!(x("Sa/So, unter d. Wo. ab 18 h"), "Samstag/Sonntag, unter der Woche ab 18 h");
        assert_eq!(x("Mo bis Do 14 Uhr"), "Montag Dienstag Mittwoch bis Donnerstag 14 Uhr");
        assert_eq!(x("Thu 4–7 pm"), "Thursday 4–7 pm");
        assert_eq!(x("jeden Mi im Café"), "jeden Mittwoch im Café");
        assert_eq!(x("Nicht Fr mittags."), "Nicht Freitag mittags.");
    }

    #[test]
    fn leaves_ordinary_words_alone() {
        assert_eq!(x("So können wir helfen. Do you need help?"), "So können wir helfen. Do you need help?");
        assert_eq!(x("WE OFFER ROOMS"), "WE OFFER ROOMS");
        assert_eq!(x("قاعة للاجتماعات"), "قاعة للاجتماعات");
        assert!(matches!(expand_abbreviations("Raum für 20 Personen"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn shipped_tables_parse_without_warnings() {
        assert_eq!(super::abbreviation_warnings(), &[] as &[String]);
        let tables = super::Tables::builtin();
        assert_eq!(tables.day_names.len(), 2);
        assert_eq!(super::day_of(tables, "Thurs"), Some((3, 1)));
    }

    #[test]
    fn writes_out_card_abbreviations() {
        assert_eq!(x("Küche f. Feste, nur WE"), "Küche für Feste, nur Wochenende");
        assert_eq!(x("Ehrenamtl. gesucht, Kl. 8–10, kl. Küche"), "ehrenamtlich gesucht, Klasse 8–10, klein Küche");
        assert_eq!(x("dt/engl/arab."), "Deutsch/Englisch/Arabisch");
        assert_eq!(x("12–18 J., 40 ppl"), "12–18 Jahre, 40 people");
        assert_eq!(x("Licht + Ton, 5+2"), "Licht  und  Ton, 5+2");
    }
}
