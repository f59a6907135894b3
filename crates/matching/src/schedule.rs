//! Times of day: "18:00-20:00", "ab 18 Uhr", "abends", "morning" become minute ranges.

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
}

const PARTS_OF_DAY: &[(&[&str], u16, u16)] = &[
    (
        &[
            "morgens",
            "vormittags",
            "vormittag",
            "morning",
            "mornings",
            "sabah",
            "sabahları",
            "sabahleyin",
            "утром",
            "вранці",
            "зранку",
            "صباح",
            "صباحا",
            "صباحاً",
            "الصباح",
            "صبح",
            "صبح‌ها",
        ],
        8 * 60,
        12 * 60,
    ),
    (&["mittags", "midday", "noon", "öğlen"], 11 * 60, 14 * 60),
    (
        &[
            "nachmittags",
            "nachmittag",
            "afternoon",
            "afternoons",
            "öğleden",
            "днем",
            "днём",
            "вдень",
            "после обеда",
            "після обіду",
            "بعد الظهر",
            "بعدازظهر",
            "بعد از ظهر",
            "عصر",
        ],
        13 * 60,
        18 * 60,
    ),
    (
        &[
            "abends",
            "abend",
            "evening",
            "evenings",
            "akşam",
            "akşamları",
            "вечером",
            "вечерам",
            "ввечері",
            "вечір",
            "вечорами",
            "مساء",
            "مساءً",
            "المساء",
            "شب",
            "شب‌ها",
        ],
        17 * 60,
        22 * 60,
    ),
    (&["ganztags", "ganztägig", "all day", "tüm gün", "весь день"], 8 * 60, 22 * 60),
];

/// German compounds that end in a part of the day ("Freitagabend", "Samstagvormittag", "Filmabend").
const PART_OF_DAY_ENDINGS: &[(&str, u16, u16)] = &[
    ("vormittag", 8 * 60, 12 * 60),
    ("vormittags", 8 * 60, 12 * 60),
    ("nachmittag", 13 * 60, 18 * 60),
    ("nachmittags", 13 * 60, 18 * 60),
    ("abend", 17 * 60, 22 * 60),
    ("abends", 17 * 60, 22 * 60),
];

/// The time of day a free text names, for items whose time field is empty: parts of the day in
/// any language ("abends", "صباح", "ввечері", "Freitagabend") and clock times given with "Uhr"
/// ("ab 17 Uhr", "15–17 Uhr"); other numbers (ages, classes, prices) are not read as times.
/// Several mentions give the span from the earliest to the latest.
pub fn text_time_range(text: &str) -> Option<TimeRange> {
    let lower = text.to_lowercase();
    let mut found: Vec<TimeRange> = Vec::new();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    for (list, start, end) in PARTS_OF_DAY {
        let hit = list.iter().any(|p| if p.contains(' ') { lower.contains(*p) } else { words.contains(p) });
        if hit {
            found.push(TimeRange { start: *start, end: *end });
        }
    }
    for w in &words {
        if let Some((_, start, end)) = PART_OF_DAY_ENDINGS.iter().find(|(e, _, _)| w.len() > e.len() && w.ends_with(e)) {
            found.push(TimeRange { start: *start, end: *end });
        }
    }
    let mut rest = lower.as_str();
    while let Some(i) = rest.find("uhr") {
        let before = &rest[..i];
        let after_ok = rest[i + 3..].chars().next().is_none_or(|c| !c.is_alphabetic());
        let start = before.char_indices().rev().nth(13).map_or(0, |(j, _)| j);
        if after_ok {
            let snippet = &before[start..];
            if !clock_times(snippet).is_empty() {
                if let Some(r) = parse_time_range(snippet) {
                    found.push(r);
                }
            }
        }
        rest = &rest[i + 3..];
    }
    let start = found.iter().map(|r| r.start).min()?;
    let end = found.iter().map(|r| r.end).max()?;
    Some(TimeRange { start, end })
}

/// Parses a time field; `None` when nothing recognisable is in it.
pub fn parse_time_range(input: &str) -> Option<TimeRange> {
    let lower = input.to_lowercase();
    let numbers = clock_times(&lower);
    match numbers.as_slice() {
        [start, end, ..] if end > start => return Some(TimeRange { start: *start, end: *end }),
        [start, ..] => {
            let end = if lower.contains("bis") || lower.contains("until") { *start } else { start + 120 };
            let start = if end == *start { start.saturating_sub(120) } else { *start };
            return Some(TimeRange { start, end: end.max(start + 30) });
        }
        [] => {}
    }
    // Whole words, so that "nachmittags" is not read as "mittags".
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let fits = |w: &&str| if w.contains(' ') { lower.contains(*w) } else { words.contains(w) };
    PARTS_OF_DAY.iter().find(|(list, _, _)| list.iter().any(fits)).map(|(_, start, end)| TimeRange { start: *start, end: *end })
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
    }

    #[test]
    fn overlap_needs_half_an_hour() {
        let evening = TimeRange { start: 1080, end: 1200 };
        assert!(evening.overlaps(TimeRange { start: 1140, end: 1260 }));
        assert!(!evening.overlaps(TimeRange { start: 600, end: 720 }));
    }
}
