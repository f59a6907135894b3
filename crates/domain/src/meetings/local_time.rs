//! Times as a form shows them (`YYYY-MM-DDTHH:MM`, the browser's `datetime-local`), read in
//! the instance's time zone given as an offset from UTC.

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm, the
/// inverse of [`crate::date::civil_from_days`]).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Reads `YYYY-MM-DDTHH:MM` (a space instead of `T`, and `:SS`, are accepted) as a local time
/// `utc_offset_secs` east of UTC, giving Unix seconds; `None` unless it is a real time in the
/// years 2000–2200.
pub fn parse_local(raw: &str, utc_offset_secs: i64) -> Option<i64> {
    let raw = raw.trim();
    let (date, time) = raw.split_once(['T', ' '])?;
    let number = |s: &str, len: usize| (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<i64>().ok()).flatten();
    let mut d = date.split('-');
    let (year, month, day) = (number(d.next()?, 4)?, number(d.next()?, 2)?, number(d.next()?, 2)?);
    let mut t = time.split(':');
    let (hour, minute) = (number(t.next()?, 2)?, number(t.next()?, 2)?);
    let second = match t.next() {
        Some(s) => number(s, 2)?,
        None => 0,
    };
    if d.next().is_some() || t.next().is_some() {
        return None;
    }
    let valid = (2000..=2200).contains(&year)
        && (1..=12).contains(&month)
        && (1..=days_in_month(year, month)).contains(&day)
        && hour < 24
        && minute < 60
        && second < 60;
    valid.then(|| days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - utc_offset_secs)
}

/// The local `YYYY-MM-DDTHH:MM` of Unix seconds, for filling a form again.
pub fn format_local(unix_secs: i64, utc_offset_secs: i64) -> String {
    let local = unix_secs + utc_offset_secs;
    let (y, m, d) = crate::date::civil_from_days(local.div_euclid(86_400));
    let rem = local.rem_euclid(86_400);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}", rem / 3600, rem % 3600 / 60)
}

/// The offset of German local time (CET, CEST in summer) from UTC at a moment, in seconds:
/// summer time runs from the last Sunday of March, 01:00 UTC, to the last Sunday of October,
/// 01:00 UTC (the EU rule since 1996). Knotenpunkt's cities are German; the domain has no
/// zone database.
pub fn german_offset(unix_secs: i64) -> i64 {
    let (year, _, _) = crate::date::civil_from_days(unix_secs.div_euclid(86_400));
    let sunday = |month: i64| {
        let last = days_from_civil(year, month, 31);
        let weekday = (last + 3).rem_euclid(7); // Monday 0 … Sunday 6
        last - (weekday + 1) % 7
    };
    let summer_from = sunday(3) * 86_400 + 3600;
    let summer_until = sunday(10) * 86_400 + 3600;
    if (summer_from..summer_until).contains(&unix_secs) {
        7200
    } else {
        3600
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_time_changes_on_the_last_sundays_of_march_and_october() {
        assert_eq!(german_offset(parse_local("2026-01-11T10:00", 0).unwrap_or(0)), 3600);
        assert_eq!(german_offset(parse_local("2026-07-01T10:00", 0).unwrap_or(0)), 7200);
        // 2026: summer time 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(german_offset(parse_local("2026-03-29T00:59", 0).unwrap_or(0)), 3600);
        assert_eq!(german_offset(parse_local("2026-03-29T01:00", 0).unwrap_or(0)), 7200);
        assert_eq!(german_offset(parse_local("2026-10-25T00:59", 0).unwrap_or(0)), 7200);
        assert_eq!(german_offset(parse_local("2026-10-25T01:00", 0).unwrap_or(0)), 3600);
        // 2020: 29 March and 25 October as well; 2024: 31 March and 27 October.
        assert_eq!(german_offset(parse_local("2024-03-31T01:00", 0).unwrap_or(0)), 7200);
        assert_eq!(german_offset(parse_local("2024-03-30T12:00", 0).unwrap_or(0)), 3600);
        assert_eq!(german_offset(parse_local("2024-10-27T00:30", 0).unwrap_or(0)), 7200);
    }

    #[test]
    fn reads_local_times_in_the_given_zone() {
        assert_eq!(parse_local("2026-01-11T10:00", 0), Some(1_768_125_600));
        assert_eq!(parse_local("2026-01-11T11:00", 3600), Some(1_768_125_600), "CET is an hour ahead");
        assert_eq!(parse_local(" 2026-01-11 10:00:00 ", 0), Some(1_768_125_600));
        assert_eq!(parse_local("2028-02-29T00:00", 0).map(crate::date::iso_date).as_deref(), Some("2028-02-29"));
        for bad in [
            "",
            "2026-01-11",
            "2026-02-30T10:00",
            "2027-02-29T10:00",
            "2026-1-11T10:00",
            "2026-01-11T24:00",
            "١٠",
            "2026-01-11T10:00:00:00",
            "1999-12-31T10:00",
        ] {
            assert_eq!(parse_local(bad, 0), None, "{bad}");
        }
    }

    #[test]
    fn formats_back_what_it_read() {
        for raw in ["2026-01-11T10:00", "2030-12-31T23:59", "2000-03-01T00:00"] {
            assert_eq!(format_local(parse_local(raw, 7200).expect(raw), 7200), raw);
        }
    }
}
