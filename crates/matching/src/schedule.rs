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
        &["morgens", "vormittags", "vormittag", "morning", "mornings", "sabah", "утром", "вранці", "зранку", "صباحا", "صباحاً", "الصباح"],
        8 * 60,
        12 * 60,
    ),
    (&["mittags", "midday", "noon", "öğlen"], 11 * 60, 14 * 60),
    (&["nachmittags", "nachmittag", "afternoon", "afternoons", "öğleden", "днем", "днём", "вдень", "بعد الظهر"], 13 * 60, 18 * 60),
    (
        &["abends", "abend", "evening", "evenings", "akşam", "akşamları", "вечером", "ввечері", "вечір", "مساء", "مساءً", "المساء"],
        17 * 60,
        22 * 60,
    ),
    (&["ganztags", "ganztägig", "all day", "tüm gün", "весь день"], 8 * 60, 22 * 60),
];

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
    fn overlap_needs_half_an_hour() {
        let evening = TimeRange { start: 1080, end: 1200 };
        assert!(evening.overlaps(TimeRange { start: 1140, end: 1260 }));
        assert!(!evening.overlaps(TimeRange { start: 600, end: 720 }));
    }
}
