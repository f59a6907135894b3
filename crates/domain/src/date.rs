//! Calendar dates from Unix time, in UTC, without a date library.

use crate::timestamp::Timestamp;

/// The calendar date (year, month, day) of a day number since 1970-01-01 (Howard Hinnant's
/// algorithm).
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The ISO date (`YYYY-MM-DD`, UTC) of a Unix time in seconds; see [`Timestamp::iso_date`].
pub fn iso_date(unix_secs: i64) -> String {
    Timestamp::from_unix_secs(unix_secs).iso_date()
}

/// RFC 3339 time (UTC, to the second) of a Unix time in seconds; see [`Timestamp::to_rfc3339`].
pub fn rfc3339(unix_secs: i64) -> String {
    Timestamp::from_unix_secs(unix_secs).to_rfc3339()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_times_become_calendar_dates() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(rfc3339(951_825_600), "2000-02-29T12:00:00Z", "a leap day");
        assert_eq!(iso_date(1_795_651_199), "2026-11-25");
        assert_eq!(iso_date(-1), "1969-12-31");
        assert_eq!(civil_from_days(20_515), (2026, 3, 3));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }
}
