//! Times of day: "18:00-20:00", "ab 18 Uhr", "abends", "morning" become minute ranges.

use std::collections::HashMap;

use crate::data_file::{Builtin, DataFile, Section};
use crate::function_words::FunctionWords;

/// A time-of-day range in minutes after midnight; `end` may exceed 24 h for late evenings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRange {
    pub start: u16,
    pub end: u16,
}

impl TimeRange {
    /// Whether two ranges share at least half an hour.
    pub fn overlaps(self, other: TimeRange) -> bool {
        let start = self.start.max(other.start);
        let end = self.end.min(other.end);
        end >= start + 30
    }

    /// Whether this range holds all of `other`, but for a quarter of an hour at either end.
    pub fn covers(self, other: TimeRange) -> bool {
        self.start <= other.start + 15 && self.end + 15 >= other.end
    }
}

const TIMES: &str = include_str!("../data/times.txt");

/// The parts of the day of `data/times.txt`.
#[derive(Debug, Default)]
struct PartsOfDay {
    /// Each part of the day with its words, in file order.
    parts: Vec<(Vec<String>, TimeRange)>,
    /// The parts by single word (the first part that lists a word counts).
    single: HashMap<String, TimeRange>,
    /// Entries of several words ("all day"), found anywhere in a text.
    phrases: Vec<(String, TimeRange)>,
    /// German word endings that name a part of the day in a compound ("Freitagabend").
    endings: Vec<(String, TimeRange)>,
}

static PARTS: Builtin<PartsOfDay> = Builtin::new(|| PartsOfDay::parse(TIMES));

impl PartsOfDay {
    fn builtin() -> &'static PartsOfDay {
        PARTS.get()
    }

    fn parse(text: &str) -> (PartsOfDay, Vec<String>) {
        let file = DataFile::parse("times.txt", text);
        let span = |section: &Section| -> Option<TimeRange> {
            let (from, to) = (section.option("from").and_then(minutes), section.option("to").and_then(minutes));
            if from.is_none() || to.is_none() {
                file.warn(format!("times.txt: `[{}]` needs `from=hh:mm; to=hh:mm`", section.name));
            }
            Some(TimeRange { start: from?, end: to? })
        };
        let mut out = PartsOfDay::default();
        for section in file.sections("part_of_day") {
            let Some(range) = span(&section) else { continue };
            let words: Vec<String> = section.words().map(str::to_string).collect();
            for w in &words {
                if w.contains(' ') {
                    out.phrases.push((w.clone(), range));
                } else {
                    out.single.entry(w.clone()).or_insert(range);
                }
            }
            out.parts.push((words, range));
        }
        for section in file.sections("compound_ending") {
            let Some(range) = span(&section) else { continue };
            out.endings.extend(section.words().map(|w| (w.to_string(), range)));
        }
        (out, file.finish())
    }
}

/// Problems found in the shipped `times.txt`; empty when it is well-formed.
pub(crate) fn parts_of_day_warnings() -> &'static [String] {
    PARTS.warnings()
}

/// "08:00" as minutes after midnight.
fn minutes(clock: &str) -> Option<u16> {
    let (h, m) = clock.split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60).then_some(h * 60 + m)
}

/// The time of day a free text names, for items whose time field is empty: parts of the day in
/// any language ("abends", "صباح", "ввечері", "Freitagabend") and clock times given with "Uhr",
/// "h" or "pm" ("ab 17 Uhr", "15–17 Uhr", "10–13 h", "4–7 pm"); other numbers (ages, classes,
/// prices, "2 h" of duration) are not read as times, nor a part of the day after "nicht" or "not".
/// Several mentions give the span from the earliest to the latest.
pub fn text_time_range(text: &str) -> Option<TimeRange> {
    let lower = text.to_lowercase();
    let mut found: Vec<TimeRange> = Vec::new();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let negations = &FunctionWords::builtin().time_negations;
    let negated = |i: usize| words[i.saturating_sub(2)..i].iter().any(|w| negations.contains(w));
    let parts = PartsOfDay::builtin();
    for (i, w) in words.iter().enumerate() {
        if let Some(&range) = parts.single.get(*w) {
            if !negated(i) {
                found.push(range);
            }
        }
    }
    for (p, range) in &parts.phrases {
        if lower.contains(p.as_str()) {
            found.push(*range);
        }
    }
    for (i, w) in words.iter().enumerate() {
        if let Some((_, range)) = parts.endings.iter().find(|(e, _)| w.len() > e.len() && w.ends_with(e.as_str())) {
            if !negated(i) {
                found.push(*range);
            }
        }
    }
    found.extend(clock_ranges(&lower));
    let start = found.iter().map(|r| r.start).min()?;
    let end = found.iter().map(|r| r.end).max()?;
    Some(TimeRange { start, end })
}

/// Clock times marked as such: "ab 17 Uhr", "15–17 Uhr", "10–13 h", "ab 18h", "4–7 pm".
fn clock_ranges(lower: &str) -> Vec<TimeRange> {
    let mut out = Vec::new();
    for (i, _) in lower.char_indices() {
        let rest = &lower[i..];
        let (unit, pm) = if rest.starts_with("uhr") {
            (3, false)
        } else if rest.starts_with("pm") || rest.starts_with("p.m.") {
            (2, true)
        } else if rest.starts_with('h') {
            (1, false)
        } else {
            continue;
        };
        let before = &lower[..i];
        let after_ok = rest[unit..].chars().next().is_none_or(|c| !c.is_alphabetic());
        let starts_word = before.chars().next_back().is_none_or(|c| !c.is_alphabetic());
        // "h" and "pm" follow a number directly ("18 h", "18h"); "Uhr" may stand further off.
        let after_number = before.trim_end().ends_with(|c: char| c.is_ascii_digit());
        if !after_ok || !starts_word || (unit < 3 && !after_number) {
            continue;
        }
        let start = before.char_indices().rev().nth(13).map_or(0, |(j, _)| j);
        let snippet = &before[start..];
        let times = clock_times(snippet);
        // A lone small number before "h" is a duration ("ca. 2 h").
        if unit == 1 && times.len() < 2 && times.first().is_none_or(|t| *t < 6 * 60) {
            continue;
        }
        if times.is_empty() {
            continue;
        }
        if let Some(mut r) = parse_time_range(snippet) {
            if pm && r.start < 12 * 60 {
                r = TimeRange { start: r.start + 12 * 60, end: if r.end <= 12 * 60 { r.end + 12 * 60 } else { r.end } };
            }
            out.push(r);
        }
    }
    // "19:30", "18:00–20:00": a time with minutes is a clock time without a unit.
    let bytes = lower.as_bytes();
    for (j, _) in lower.match_indices(':') {
        let digits_before = bytes[..j].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let minutes = bytes.get(j + 1..j + 3).is_some_and(|m| m.iter().all(u8::is_ascii_digit));
        if !(1..=2).contains(&digits_before) || !minutes {
            continue;
        }
        let end = lower.char_indices().map(|(i, _)| i).find(|&i| i >= j + 12).unwrap_or(lower.len());
        if let Some(r) = parse_time_range(&lower[j - digits_before..end]) {
            out.push(r);
        }
    }
    out
}

/// Parses a time field; `None` when nothing recognisable is in it.
pub fn parse_time_range(input: &str) -> Option<TimeRange> {
    let lower = input.to_lowercase();
    let numbers = clock_times(&lower);
    match numbers.as_slice() {
        [start, end, ..] if end > start => return Some(TimeRange { start: *start, end: *end }),
        [start, ..] => {
            // "bis 20 Uhr": open until then, from the morning on; "ab 18 Uhr", "18 Uhr": two hours.
            let until = FunctionWords::builtin().until_words.iter().any(|w| lower.contains(w));
            let (start, end) = if until { ((8 * 60).min(start.saturating_sub(120)), *start) } else { (*start, start + 120) };
            return Some(TimeRange { start, end: end.max(start + 30) });
        }
        [] => {}
    }
    // Whole words, so that "nachmittags" is not read as "mittags".
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let fits = |w: &String| if w.contains(' ') { lower.contains(w.as_str()) } else { words.contains(&w.as_str()) };
    PartsOfDay::builtin().parts.iter().find(|(list, _)| list.iter().any(fits)).map(|(_, range)| *range)
}

/// Whether a time field names both when it starts and when it ends ("10:00-14:00", not "ab 18
/// Uhr" or "abends"): only then is its length meant.
pub fn names_start_and_end(input: &str) -> bool {
    matches!(clock_times(&input.to_lowercase()).as_slice(), [start, end, ..] if end > start)
}

/// Clock times in order of appearance: "18:30" → 1110, "18 Uhr" → 1080, "18-20" → 1080, 1200.
fn clock_times(s: &str) -> Vec<u16> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut hours: u16 = 0;
        let mut digits = 0;
        while i < chars.len() && chars[i].is_ascii_digit() && digits < 3 {
            hours = hours * 10 + chars[i].to_digit(10).map_or(0, |d| d as u16);
            i += 1;
            digits += 1;
        }
        let mut minutes: u16 = 0;
        if i + 2 < chars.len() + 1 && i < chars.len() && (chars[i] == ':' || chars[i] == '.') {
            let m: String = chars[i + 1..chars.len().min(i + 3)].iter().collect();
            if m.len() == 2 && m.chars().all(|c| c.is_ascii_digit()) {
                minutes = m.parse().unwrap_or(0);
                i += 3;
            }
        }
        if digits <= 2 && hours <= 24 && minutes < 60 {
            out.push(hours * 60 + minutes);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_clock_ranges() {
        assert_eq!(parse_time_range("18:00-20:00"), Some(TimeRange { start: 1080, end: 1200 }));
        assert_eq!(parse_time_range("18–20 Uhr"), Some(TimeRange { start: 1080, end: 1200 }));
        assert_eq!(parse_time_range("ab 18 Uhr"), Some(TimeRange { start: 1080, end: 1200 }));
    }

    #[test]
    fn parses_parts_of_day() {
        assert_eq!(parse_time_range("abends"), Some(TimeRange { start: 1020, end: 1320 }));
        assert_eq!(parse_time_range("Morning"), Some(TimeRange { start: 480, end: 720 }));
        assert_eq!(parse_time_range("flexibel"), None);
        assert_eq!(parse_time_range("nachmittags"), Some(TimeRange { start: 780, end: 1080 }));
        assert_eq!(parse_time_range("öğleden sonra"), Some(TimeRange { start: 780, end: 1080 }));
    }

    #[test]
    fn reads_times_of_day_from_free_text() {
        assert_eq!(text_time_range("Mo–Fr ab 17 Uhr meistens frei"), Some(TimeRange { start: 1020, end: 1140 }));
        assert_eq!(text_time_range("Für Klasse 5–10, Mo–Do 15–17 Uhr"), Some(TimeRange { start: 900, end: 1020 }));
        assert_eq!(text_time_range("غرفة صباح يوم الأربعاء"), Some(TimeRange { start: 480, end: 720 }));
        assert_eq!(text_time_range("Kino am Freitagabend"), Some(TimeRange { start: 1020, end: 1320 }));
        assert_eq!(text_time_range("Samstagnachmittag"), Some(TimeRange { start: 780, end: 1080 }));
        assert_eq!(text_time_range("Für Kinder von 6–12, bis 1.500 €"), None);
        assert_eq!(text_time_range("Uhrzeit nach Absprache"), None);
        assert_eq!(text_time_range("Dienstag 10–13 h im Büro"), Some(TimeRange { start: 600, end: 780 }));
        assert_eq!(text_time_range("unter der Woche ab 18h"), Some(TimeRange { start: 1080, end: 1200 }));
        assert_eq!(text_time_range("Thursday 4–7 pm"), Some(TimeRange { start: 960, end: 1140 }));
        assert_eq!(text_time_range("Workshop, ca. 2 h"), None);
        assert_eq!(text_time_range("Saal, nicht mittags"), None);
        assert_eq!(text_time_range("Do 19:30, Gemeindehaus"), Some(TimeRange { start: 1170, end: 1290 }));
        assert_eq!(text_time_range("Raum Mo–Fr bis 20 Uhr"), Some(TimeRange { start: 480, end: 1200 }));
    }

    #[test]
    fn shipped_parts_of_day_parse_without_warnings() {
        assert_eq!(parts_of_day_warnings(), &[] as &[String]);
        assert_eq!(PartsOfDay::builtin().parts.len(), 5);
        let (_, warnings) = PartsOfDay::parse("[part_of_day] from=8\nde: früh\n");
        assert!(warnings.iter().any(|w| w.contains("from=hh:mm")), "{warnings:?}");
    }

    #[test]
    fn overlap_needs_half_an_hour() {
        let evening = TimeRange { start: 1080, end: 1200 };
        assert!(evening.overlaps(TimeRange { start: 1140, end: 1260 }));
        assert!(!evening.overlaps(TimeRange { start: 600, end: 720 }));
    }

    #[test]
    fn a_range_covers_another_but_for_a_quarter_of_an_hour() {
        let afternoon = TimeRange { start: 780, end: 1320 };
        assert!(!afternoon.covers(TimeRange { start: 600, end: 840 }), "13–22 does not hold 10–14");
        assert!(afternoon.covers(TimeRange { start: 790, end: 1320 }));
        assert!(TimeRange { start: 1080, end: 1260 }.covers(TimeRange { start: 1065, end: 1275 }));
    }

    #[test]
    fn only_a_field_with_start_and_end_names_a_length() {
        assert!(names_start_and_end("10:00-14:00"));
        assert!(names_start_and_end("18–21 Uhr"));
        assert!(!names_start_and_end("ab 18:00"));
        assert!(!names_start_and_end("abends"));
        assert!(!names_start_and_end("akşam"));
    }
}
