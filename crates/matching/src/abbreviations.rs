//! Card-style abbreviations written out before a text is read: "Di+Do vorm.", "Mo–Fr", "nur WE",
//! "Raum f. 20 Pers.", "Ehrenamtl.", "dt/engl/arab." — the way offers and needs are noted on cards
//! at a network meeting. Only what is clearly an abbreviation is expanded: a listed word followed
//! by a dot, a weekday abbreviation in a list, a range or before a time, "WE" in capitals.

use std::borrow::Cow;

/// Abbreviations that end with a dot, lower case, and what they stand for.
const DOTTED: &[(&str, &str)] = &[
    ("f", "für"),
    ("d", "der"),
    ("u", "und"),
    ("od", "oder"),
    ("m", "mit"),
    ("v", "von"),
    ("gg", "gegen"),
    ("ggf", "gegebenenfalls"),
    ("evtl", "eventuell"),
    ("inkl", "inklusive"),
    ("gym", "Gymnasium"),
    ("vorm", "vormittags"),
    ("nachm", "nachmittags"),
    ("abds", "abends"),
    ("ehrenamtl", "ehrenamtlich"),
    ("hauptamtl", "hauptamtlich"),
    ("jugendl", "Jugendliche"),
    ("erw", "Erwachsene"),
    ("mitgl", "Mitglieder"),
    ("teiln", "Teilnehmende"),
    ("pers", "Personen"),
    ("pl", "Plätze"),
    ("gr", "groß"),
    ("wo", "Woche"),
    ("std", "Stunden"),
    ("min", "Minuten"),
    ("veranst", "Veranstaltungen"),
    ("gemeinn", "gemeinnützig"),
    ("intern", "international"),
    ("internat", "international"),
    ("mehrspr", "mehrsprachig"),
    ("öffentl", "öffentlich"),
    ("schriftl", "schriftlich"),
    ("mündl", "mündlich"),
    ("vereinb", "Vereinbarung"),
    ("gebr", "gebraucht"),
    ("vorh", "vorhanden"),
    ("willk", "willkommen"),
    ("kostenl", "kostenlos"),
    ("tägl", "täglich"),
    ("wöchentl", "wöchentlich"),
    ("monatl", "monatlich"),
    ("regelm", "regelmäßig"),
    ("approx", "approximately"),
    ("hrs", "hours"),
    ("wks", "weeks"),
];

/// Language abbreviations: expanded when followed by a dot or standing in a list with "/"
/// ("dt/engl/arab.").
const LANGUAGES: &[(&str, &str)] = &[
    ("dt", "Deutsch"),
    ("engl", "Englisch"),
    ("arab", "Arabisch"),
    ("türk", "Türkisch"),
    ("russ", "Russisch"),
    ("ukr", "Ukrainisch"),
    ("franz", "Französisch"),
    ("span", "Spanisch"),
    ("kurd", "Kurdisch"),
    ("poln", "Polnisch"),
    ("ital", "Italienisch"),
];

/// Abbreviations written without a dot.
const UNDOTTED: &[(&str, &str)] = &[("ppl", "people")];

/// Weekday abbreviations (as written, capitalised) and their index, Monday first.
const GERMAN_DAYS: [&str; 7] = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];
const GERMAN_NAMES: [&str; 7] = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"];
const ENGLISH_DAYS: [(&str, usize); 10] =
    [("Mon", 0), ("Tue", 1), ("Tues", 1), ("Wed", 2), ("Thu", 3), ("Thur", 3), ("Thurs", 3), ("Fri", 4), ("Sat", 5), ("Sun", 6)];
const ENGLISH_NAMES: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Words after a weekday abbreviation that show it is one ("Sa vorm.", "Do ab 18 Uhr").
const TIME_WORDS: &[&str] = &[
    "vorm",
    "nachm",
    "vormittags",
    "vormittag",
    "nachmittags",
    "nachmittag",
    "abends",
    "abend",
    "morgens",
    "mittags",
    "ganztags",
    "ab",
    "bis",
    "morning",
    "mornings",
    "afternoon",
    "afternoons",
    "evening",
    "evenings",
    "night",
];
/// Words before a weekday abbreviation that show it is one ("am Do", "jeden Mi", "nur Sa").
const DAY_LEADS: &[&str] = &["am", "jeden", "jeweils", "ab", "nur", "außer", "ausser", "nicht", "on", "every", "only", "except"];
/// Words that join two weekdays: a list ("Di u. Do") or a range ("Mo bis Fr").
const LIST_WORDS: &[&str] = &["u", "und", "od", "oder", "and", "or", "&"];
const RANGE_WORDS: &[&str] = &["bis", "to", "till", "until"];

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
    english: bool,
}

/// The text with card-style abbreviations written out (borrowed when there are none).
pub fn expand_abbreviations(text: &str) -> Cow<'_, str> {
    let words = words_of(text);
    if words.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let days: Vec<Day> = words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| day_of(&text[w.start..w.end]).map(|(day, english)| Day { word: i, day, english }))
        .collect();
    let mut day_words = vec![false; words.len()];
    for d in &days {
        day_words[d.word] = true;
    }
    for (k, d) in days.iter().enumerate() {
        let link_next = days.get(k + 1).and_then(|n| link(text, &words, d.word, n.word).map(|range| (n, range)));
        let link_prev = k.checked_sub(1).and_then(|p| link(text, &words, days[p].word, d.word)).is_some();
        if link_next.is_none() && !link_prev && !day_context(text, &words, d.word, &day_words) {
            continue;
        }
        let names = if d.english { &ENGLISH_NAMES } else { &GERMAN_NAMES };
        let expansion = match link_next {
            // "Mo–Fr": Monday to Thursday here, Friday at its own word.
            Some((n, true)) => {
                let mut out = Vec::new();
                let mut i = d.day;
                while i != n.day && out.len() < 7 {
                    out.push(names[i]);
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
        let found = if raw == "WE" && !shouting(text, &words, i) {
            Some("Wochenende".to_string())
        } else if dotted {
            expand_dotted(text, &words, i, &lower)
        } else {
            None
        };
        let found = found
            .or_else(|| LANGUAGES.iter().find(|(a, _)| *a == lower && (dotted || slash)).map(|(_, e)| e.to_string()))
            .or_else(|| UNDOTTED.iter().find(|(a, _)| *a == lower).map(|(_, e)| e.to_string()));
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

fn day_of(word: &str) -> Option<(usize, bool)> {
    if let Some(i) = GERMAN_DAYS.iter().position(|d| *d == word) {
        return Some((i, false));
    }
    ENGLISH_DAYS.iter().find(|(d, _)| *d == word).map(|(_, i)| (*i, true))
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
fn link(text: &str, words: &[Word], a: usize, b: usize) -> Option<bool> {
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
        return if RANGE_WORDS.contains(&mid.as_str()) {
            Some(true)
        } else if LIST_WORDS.contains(&mid.as_str()) {
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
fn day_context(text: &str, words: &[Word], i: usize, day_words: &[bool]) -> bool {
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
        if between.trim_matches(|c: char| c.is_whitespace() || c == '.').is_empty() && TIME_WORDS.contains(&next_word.as_str()) {
            return true;
        }
    }
    if i > 0 && !day_words[i - 1] {
        let prev = words[i - 1];
        let between = &text[prev.end..w.start];
        let prev_word = text[prev.start..prev.end].to_lowercase();
        if between.trim().is_empty() && DAY_LEADS.contains(&prev_word.as_str()) {
            return true;
        }
    }
    // "So" and "Do" are also ordinary words ("So können wir", "Do you"): only by the context above.
    if matches!(raw, "So" | "Do" | "Sun") {
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

fn expand_dotted(text: &str, words: &[Word], i: usize, lower: &str) -> Option<String> {
    let w = words[i];
    let next_is_number = text[w.end + 1..].trim_start().starts_with(|c: char| c.is_ascii_digit());
    let prev_is_number = text[..w.start].trim_end().ends_with(|c: char| c.is_ascii_digit());
    match lower {
        // "Kl. 8–10" is a school class, "kl. Küche" a small kitchen.
        "kl" => Some(if next_is_number { "Klasse" } else { "klein" }.to_string()),
        // "12–18 J.", "seit 3 J.": years.
        "j" if prev_is_number => Some("Jahre".to_string()),
        _ => DOTTED.iter().find(|(a, _)| *a == lower).map(|(_, e)| e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::expand_abbreviations;

    fn x(s: &str) -> String {
        expand_abbreviations(s).into_owned()
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
    fn writes_out_card_abbreviations() {
        assert_eq!(x("Küche f. Feste, nur WE"), "Küche für Feste, nur Wochenende");
        assert_eq!(x("Ehrenamtl. gesucht, Kl. 8–10, kl. Küche"), "ehrenamtlich gesucht, Klasse 8–10, klein Küche");
        assert_eq!(x("dt/engl/arab."), "Deutsch/Englisch/Arabisch");
        assert_eq!(x("12–18 J., 40 ppl"), "12–18 Jahre, 40 people");
        assert_eq!(x("Licht + Ton, 5+2"), "Licht  und  Ton, 5+2");
    }
}
