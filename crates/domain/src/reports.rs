//! The rules of the office's reports that need no data: the period a report covers, months
//! within it, tallies and rates. Pure; `app::reports` gathers the data.

use std::collections::BTreeMap;

use crate::date::civil_from_days;
use crate::profile_form::FieldError;

const DAY: i64 = 86_400;
/// The longest period a report covers (ten years), so that a typo (year 20200) cannot make a
/// report of millennia.
pub const MAX_PERIOD_DAYS: i64 = 3_660;

/// The days a report covers, both included, in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// Day numbers since 1970-01-01.
    first: i64,
    last: i64,
}

impl Period {
    /// Reads `YYYY-MM-DD` dates as typed; field errors `from`/`to` with the codes
    /// `report-date-invalid` and `report-period-order` (to before from) or
    /// `report-period-too-long`.
    pub fn parse(from: &str, to: &str) -> Result<Period, Vec<FieldError>> {
        let mut errors = Vec::new();
        let first = parse_day(from.trim());
        let last = parse_day(to.trim());
        if first.is_none() {
            errors.push(FieldError { field: "from".into(), code: "report-date-invalid" });
        }
        if last.is_none() {
            errors.push(FieldError { field: "to".into(), code: "report-date-invalid" });
        }
        if let (Some(first), Some(last)) = (first, last) {
            if last < first {
                errors.push(FieldError { field: "to".into(), code: "report-period-order" });
            } else if last - first >= MAX_PERIOD_DAYS {
                errors.push(FieldError { field: "to".into(), code: "report-period-too-long" });
            } else {
                return Ok(Period { first, last });
            }
        }
        Err(errors)
    }

    /// The calendar years `from` to `to`, both whole.
    pub fn years(from: i64, to: i64) -> Option<Period> {
        Period::parse(&format!("{from:04}-01-01"), &format!("{to:04}-12-31")).ok()
    }

    /// The twelve months up to and including the day of `now` (Unix seconds).
    pub fn last_year_until(now: i64) -> Period {
        let last = now.div_euclid(DAY);
        Period { first: last - 364, last }
    }

    /// Unix seconds of the first day's start.
    pub fn start(self) -> i64 {
        self.first * DAY
    }

    /// Unix seconds of the day after the last day's start (the period is `[start, end)`).
    pub fn end(self) -> i64 {
        (self.last + 1) * DAY
    }

    pub fn contains(self, unix_secs: i64) -> bool {
        unix_secs >= self.start() && unix_secs < self.end()
    }

    /// `YYYY-MM-DD` of the first day.
    pub fn from_date(self) -> String {
        day_text(self.first)
    }

    /// `YYYY-MM-DD` of the last day.
    pub fn to_date(self) -> String {
        day_text(self.last)
    }

    /// The months the period touches, `YYYY-MM`, oldest first.
    pub fn months(self) -> Vec<String> {
        let (mut y, mut m, _) = civil_from_days(self.first);
        let (ly, lm, _) = civil_from_days(self.last);
        let mut out = Vec::new();
        while (y, m) <= (ly, lm) {
            out.push(format!("{y:04}-{m:02}"));
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
        out
    }
}

/// `YYYY-MM` of a Unix time (UTC).
pub fn month_of(unix_secs: i64) -> String {
    let (y, m, _) = civil_from_days(unix_secs.div_euclid(DAY));
    format!("{y:04}-{m:02}")
}

/// The running total at the end of each month of the period: `firsts` are the times (Unix
/// seconds) at which counted things began, with how many began then; those before the period
/// count from its start, those after it not at all.
pub fn running_total_by_month(firsts: &[(i64, u64)], period: Period) -> Vec<(String, u64)> {
    let mut per_month: BTreeMap<String, u64> = BTreeMap::new();
    let mut before = 0u64;
    for &(t, n) in firsts {
        if t < period.start() {
            before += n;
        } else if t < period.end() {
            *per_month.entry(month_of(t)).or_default() += n;
        }
    }
    let mut total = before;
    period
        .months()
        .into_iter()
        .map(|month| {
            total += per_month.get(&month).copied().unwrap_or(0);
            (month, total)
        })
        .collect()
}

/// Counts per key, most frequent first (then by key), for charts and tables.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally(BTreeMap<String, u64>);

impl Tally {
    pub fn new() -> Tally {
        Tally::default()
    }

    pub fn add(&mut self, key: &str, n: u64) {
        *self.0.entry(key.to_owned()).or_default() += n;
    }

    /// Makes `key` appear even with a count of zero.
    pub fn ensure(&mut self, key: &str) {
        self.0.entry(key.to_owned()).or_default();
    }

    pub fn get(&self, key: &str) -> u64 {
        self.0.get(key).copied().unwrap_or(0)
    }

    pub fn total(&self) -> u64 {
        self.0.values().sum()
    }

    /// Most frequent first, ties by key.
    pub fn by_count(&self) -> Vec<(String, u64)> {
        let mut rows: Vec<(String, u64)> = self.0.iter().map(|(k, v)| (k.clone(), *v)).collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        rows
    }

    /// In the order of `keys` (each once, zero when absent), then any others by count.
    pub fn in_order(&self, keys: &[&str]) -> Vec<(String, u64)> {
        let mut rows: Vec<(String, u64)> = keys.iter().map(|k| ((*k).to_owned(), self.get(k))).collect();
        rows.extend(self.by_count().into_iter().filter(|(k, _)| !keys.contains(&k.as_str())));
        rows
    }
}

/// A share in tenths of a percent (`875` is 87.5 %), rounded half up; `None` when `of` is 0.
pub fn per_mille(part: u64, of: u64) -> Option<u64> {
    if of == 0 {
        return None;
    }
    let scaled = u128::from(part) * 2000 / u128::from(of);
    Some(u64::try_from(scaled.div_ceil(2)).unwrap_or(u64::MAX))
}

/// The median of some durations in seconds, as whole days rounded half up; `None` for none.
pub fn median_days(seconds: Vec<i64>) -> Option<i64> {
    crate::inbox::median(seconds).map(|s| (s.max(0) + DAY / 2) / DAY)
}

fn parse_day(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = &text[range];
        if part.bytes().all(|b| b.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (y, m, d) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if !(1900..=9999).contains(&y) || !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// Day number since 1970-01-01 of a calendar date (the inverse of [`civil_from_days`]).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn day_text(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_period_is_whole_days_in_utc() {
        let p = Period::parse("2020-01-01", "2022-12-31").unwrap();
        assert_eq!(p.start(), 1_577_836_800);
        assert_eq!(p.end(), 1_672_531_200, "2023-01-01 00:00 UTC, excluded");
        assert!(p.contains(1_578_733_200), "the first meeting");
        assert!(!p.contains(p.end()));
        assert_eq!((p.from_date(), p.to_date()), ("2020-01-01".into(), "2022-12-31".into()));
        assert_eq!(p.months().len(), 36);
        assert_eq!(p.months()[0], "2020-01");
        assert_eq!(p.months()[35], "2022-12");
        assert_eq!(Period::years(2020, 2022), Some(p));
        let one_day = Period::parse(" 2024-02-29 ", "2024-02-29").unwrap();
        assert_eq!(one_day.end() - one_day.start(), DAY);
        assert_eq!(one_day.months(), vec!["2024-02".to_owned()]);
    }

    #[test]
    fn bad_dates_and_periods_are_refused_with_codes() {
        let codes = |from: &str, to: &str| -> Vec<(String, &'static str)> {
            Period::parse(from, to).unwrap_err().into_iter().map(|e| (e.field, e.code)).collect()
        };
        assert_eq!(codes("2021-02-29", "2021-03-01"), vec![("from".into(), "report-date-invalid")]);
        assert_eq!(codes("2021-01-01", "<script>"), vec![("to".into(), "report-date-invalid")]);
        assert_eq!(codes("", "2021-13-01").len(), 2);
        assert_eq!(codes("2022-01-01", "2021-01-01"), vec![("to".into(), "report-period-order")]);
        assert_eq!(codes("1900-01-01", "2020-01-01"), vec![("to".into(), "report-period-too-long")]);
        assert_eq!(codes("+020-01-01", "2020-01-01"), vec![("from".into(), "report-date-invalid")]);
        assert_eq!(codes("２０２０-01-01", "2020-01-01"), vec![("from".into(), "report-date-invalid")]);
    }

    #[test]
    fn the_last_twelve_months_end_today() {
        let p = Period::last_year_until(1_672_531_200 + 3_600);
        assert_eq!((p.from_date().as_str(), p.to_date().as_str()), ("2022-01-02", "2023-01-01"));
    }

    #[test]
    fn the_running_total_counts_what_began_before_and_within() {
        let p = Period::parse("2020-01-01", "2020-03-31").unwrap();
        let jan = 1_578_733_200;
        let mar = 1_583_020_800 + 5;
        let firsts = [(0, 1), (jan, 1), (jan + 1, 1), (mar, 1), (p.end() + 10, 1)];
        assert_eq!(
            running_total_by_month(&firsts, p),
            vec![("2020-01".into(), 3), ("2020-02".into(), 3), ("2020-03".into(), 4)],
            "one before, two in January, one in March, one after"
        );
        assert_eq!(month_of(mar), "2020-03");
    }

    #[test]
    fn tallies_sort_by_count_and_keep_a_given_order() {
        let mut t = Tally::new();
        t.add("b", 2);
        t.add("a", 2);
        t.add("c", 5);
        t.ensure("z");
        assert_eq!(t.total(), 9);
        assert_eq!(t.by_count(), vec![("c".into(), 5), ("a".into(), 2), ("b".into(), 2), ("z".into(), 0)]);
        assert_eq!(t.in_order(&["z", "x"])[..2], [("z".into(), 0), ("x".into(), 0)]);
        assert_eq!(t.in_order(&["z", "x"]).len(), 5);
    }

    #[test]
    fn shares_and_medians_round_and_survive_extremes() {
        assert_eq!(per_mille(7, 8), Some(875));
        assert_eq!(per_mille(1, 3), Some(333));
        assert_eq!(per_mille(2, 3), Some(667));
        assert_eq!(per_mille(0, 0), None);
        assert_eq!(per_mille(u64::MAX, u64::MAX), Some(1000));
        assert_eq!(median_days(vec![DAY * 3, DAY / 2, DAY * 10]), Some(3));
        assert_eq!(median_days(vec![DAY / 2 - 1]), Some(0));
        assert_eq!(median_days(Vec::new()), None);
    }
}
