//! Times in outbox file names: `YYYYMMDDTHHMMSS.mmmZ`, UTC, so that names sort by time.

use std::time::{SystemTime, UNIX_EPOCH};

/// Date and time of `millis` after the epoch: (year, month, day, hour, minute, second, millisecond).
fn civil(millis: u64) -> (i64, u32, u32, u64, u64, u64, u64) {
    let (secs, ms) = (millis / 1000, millis % 1000);
    let days = i64::try_from(secs / 86_400).unwrap_or(i64::MAX);
    let rest = secs % 86_400;
    let (year, month, day) = domain::date::civil_from_days(days);
    let (month, day) = (u32::try_from(month).unwrap_or(1), u32::try_from(day).unwrap_or(1));
    (year, month, day, rest / 3600, rest % 3600 / 60, rest % 60, ms)
}

/// Days since the epoch of a date (Howard Hinnant's days_from_civil).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if month > 2 { month - 3 } else { month + 9 };
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn millis(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH).map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX)).unwrap_or(0)
}

/// `20261125T043533.123Z`
pub(super) fn file_stamp(time: SystemTime) -> String {
    let (y, mo, d, h, mi, s, ms) = civil(millis(time));
    format!("{y:04}{mo:02}{d:02}T{h:02}{mi:02}{s:02}.{ms:03}Z")
}

/// `2026-11-25T04:35:33.123Z`
pub(super) fn rfc3339(time: SystemTime) -> String {
    let (y, mo, d, h, mi, s, ms) = civil(millis(time));
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{ms:03}Z")
}

/// The time (Unix milliseconds) of an outbox file name `YYYYMMDDTHHMMSS.mmmZ-NNNN.eml`;
/// `None` for every other name, so nothing outside the outbox can be named.
pub(super) fn parse_file_name(name: &str) -> Option<u64> {
    let b = name.as_bytes();
    let shape = b.len() == 29
        && b[8] == b'T'
        && b[15] == b'.'
        && &b[19..21] == b"Z-"
        && name.ends_with(".eml")
        && [0..8, 9..15, 16..19, 21..25].into_iter().all(|r| b[r].iter().all(u8::is_ascii_digit));
    if !shape {
        return None;
    }
    let num = |from: usize, to: usize| name.get(from..to).and_then(|s| s.parse::<i64>().ok());
    let (y, mo, d, h, mi, s, ms) = (num(0, 4)?, num(4, 6)?, num(6, 8)?, num(9, 11)?, num(11, 13)?, num(13, 15)?, num(16, 19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    let secs = days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + s;
    u64::try_from(secs * 1000 + ms).ok()
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn stamps_round_trip_and_sort() {
        let time = UNIX_EPOCH + Duration::from_millis(1_795_580_133_123);
        assert_eq!(file_stamp(time), "20261125T041533.123Z");
        assert_eq!(rfc3339(time), "2026-11-25T04:15:33.123Z");
        assert_eq!(parse_file_name("20261125T041533.123Z-0007.eml"), Some(1_795_580_133_123));
        assert_eq!(file_stamp(UNIX_EPOCH + Duration::from_millis(951_782_400_000)), "20000229T000000.000Z");
        assert!(file_stamp(time) < file_stamp(time + Duration::from_millis(1)));
    }

    #[test]
    fn other_names_are_refused() {
        for name in
            ["../etc/passwd", "20261125T041533.123Z-0007.eml.tmp", ".20261125T041533.123Z-0007.eml.tmp", "2026112xT041533.123Z-0007.eml"]
        {
            assert_eq!(parse_file_name(name), None, "{name}");
        }
    }
}
