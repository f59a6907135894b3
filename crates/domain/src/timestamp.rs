//! One point in time: Unix seconds (UTC) inside, RFC 3339 outside. Formatting and parsing RFC
//! 3339 live here and nowhere else.

use std::fmt;

use crate::date::civil_from_days;

/// A point in time, to the second, in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(i64);

/// Text that is not an RFC 3339 date-time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an RFC 3339 date-time: {0}")]
pub struct TimestampError(String);

impl Timestamp {
    pub const fn from_unix_secs(secs: i64) -> Self {
        Timestamp(secs)
    }

    pub const fn unix_secs(self) -> i64 {
        self.0
    }

    /// This time plus (or minus) a number of seconds.
    pub const fn plus_secs(self, secs: i64) -> Self {
        Timestamp(self.0.saturating_add(secs))
    }

    /// The calendar date in UTC, `YYYY-MM-DD`.
    pub fn iso_date(self) -> String {
        let (y, m, d) = civil_from_days(self.0.div_euclid(86_400));
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// RFC 3339 in UTC to the second: `2026-12-05T07:00:00Z`.
    pub fn to_rfc3339(self) -> String {
        let rem = self.0.rem_euclid(86_400);
        format!("{}T{:02}:{:02}:{:02}Z", self.iso_date(), rem / 3600, rem % 3600 / 60, rem % 60)
    }

    /// Reads an RFC 3339 date-time (`T` or a space between date and time, fractions of a second
    /// dropped, `Z` or a `±HH:MM` offset).
    pub fn parse_rfc3339(text: &str) -> Result<Self, TimestampError> {
        let error = || TimestampError(text.chars().take(40).collect());
        let bytes = text.as_bytes();
        if bytes.len() < 20 || !matches!(bytes[10], b'T' | b't' | b' ') {
            return Err(error());
        }
        let number = |range: std::ops::Range<usize>| -> Result<i64, TimestampError> {
            let part = text.get(range).ok_or_else(error)?;
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| error())
            } else {
                Err(error())
            }
        };
        let separators = [(4, b'-'), (7, b'-'), (13, b':'), (16, b':')];
        if separators.iter().any(|&(i, c)| bytes[i] != c) {
            return Err(error());
        }
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
        if !(1..=12).contains(&month) || !(1..=days_in_month(year, month)).contains(&day) || hour > 23 || minute > 59 || second > 60 {
            return Err(error());
        }
        let mut rest = &text[19..];
        if let Some(fraction) = rest.strip_prefix('.') {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return Err(error());
            }
            rest = &fraction[digits..];
        }
        let offset = match rest {
            "Z" | "z" => 0,
            _ if rest.len() == 6 && matches!(rest.as_bytes()[0], b'+' | b'-') && rest.as_bytes()[3] == b':' => {
                let sign = if rest.starts_with('-') { -1 } else { 1 };
                let (h, m) = (rest[1..3].parse::<i64>().map_err(|_| error())?, rest[4..6].parse::<i64>().map_err(|_| error())?);
                if h > 23 || m > 59 {
                    return Err(error());
                }
                sign * (h * 3600 + m * 60)
            }
            _ => return Err(error()),
        };
        let days = days_from_civil(year, month, day);
        Ok(Timestamp(days * 86_400 + hour * 3600 + minute * 60 + second.min(59) - offset))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a calendar date (the inverse of [`civil_from_days`]).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_rfc3339_in_utc() {
        assert_eq!(Timestamp::from_unix_secs(0).to_rfc3339(), "1970-01-01T00:00:00Z");
        assert_eq!(Timestamp::from_unix_secs(951_825_600).to_string(), "2000-02-29T12:00:00Z", "a leap day");
        assert_eq!(Timestamp::from_unix_secs(-1).to_rfc3339(), "1969-12-31T23:59:59Z");
        assert_eq!(Timestamp::from_unix_secs(1_795_651_199).iso_date(), "2026-11-25");
    }

    #[test]
    fn parses_what_it_formats_and_what_the_databases_write() {
        for secs in [0, 951_825_600, 1_795_651_199, -86_401, 4_102_444_799] {
            let t = Timestamp::from_unix_secs(secs);
            assert_eq!(Timestamp::parse_rfc3339(&t.to_rfc3339()), Ok(t));
        }
        let db = Timestamp::parse_rfc3339("2026-12-05T06:30:12.345Z");
        assert_eq!(db.clone().map(Timestamp::to_rfc3339).as_deref(), Ok("2026-12-05T06:30:12Z"), "milliseconds are dropped");
        assert_eq!(Timestamp::parse_rfc3339("2026-12-05T08:30:12+02:00"), db);
        assert_eq!(Timestamp::parse_rfc3339("2026-12-05 01:00:12-05:30"), db);
    }

    #[test]
    fn refuses_what_is_not_a_date_time() {
        for bad in [
            "",
            "2026-12-05",
            "2026-13-01T00:00:00Z",
            "2026-02-29T00:00:00Z",
            "2026-12-05T24:00:00Z",
            "2026-12-05T06:30:12",
            "2026-12-05T06:30:12.Z",
            "2026-12-05T06:30:12+2:00",
            "२०२६-12-05T06:30:12Z",
        ] {
            assert!(Timestamp::parse_rfc3339(bad).is_err(), "{bad}");
        }
        assert!(Timestamp::parse_rfc3339("2024-02-29T00:00:00Z").is_ok(), "a leap year");
    }
}
