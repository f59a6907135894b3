//! Periods of the year an item is available or wanted, read from its texts: months ("im Juni",
//! "von März bis Juni", "Mai–Sept."), seasons ("im Winter", "only in summer", "влітку"), school
//! holidays ("in den Sommerferien", mapped to months as in Baden-Württemberg), open periods ("ab
//! Januar", "bis Ende Februar", "hazirandan itibaren") and negations ("nicht in den
//! Sommerferien", "außer im August", "Sommerpause"). The words are `data/periods.txt`.
//!
//! A high-precision reading: a sentence with a past event, a year, or the association's own dates
//! ("wir haben im Juni unser Jubiläum gefeiert", "gegründet 1998", "Die Anmeldung beginnt im
//! April") names no period of the item, and a word with another meaning ("may", "spring", "Jan")
//! counts only where it clearly names a month. Dates without a year need no "today": periods are
//! compared as sets of months on a circle (a window from November to February wraps the year),
//! and an open end is compared only with what lies just beyond it (see [`apart`]).

use std::collections::HashMap;

use crate::data_file::{Builtin, DataFile, WordList};
use crate::text::normalise_token;

/// How a period read from both texts is used for a pair (`Params::periods`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodRule {
    /// Not used.
    Off,
    /// Periods that do not meet lower the pair's relevance (`Shortfall::PeriodsDiffer`).
    Soft,
    /// Periods that do not meet exclude the pair (`Violation::NoCommonPeriod`).
    Exclude,
}

/// All twelve months as a bit set (January = bit 0).
pub const ALL_MONTHS: u16 = 0xFFF;

/// Months after the end of an open period ("bis Ende Februar") that it surely does not reach:
/// such a period is written at most half a year before its end, so it runs from some month
/// before the end, never into the five months after it.
const UNTIL_WINDOW: u8 = 5;
/// Months before the start of an open period ("ab Januar") that it surely does not cover: it is
/// written before it starts, in the months just before it.
const FROM_WINDOW: u8 = 2;

/// When an item is available or wanted in the year. Months are bit sets, January = bit 0; an
/// open period is a month (0 = January) from which on, or up to which, it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// Months named as a closed period (0 when none).
    pub months: u16,
    /// The start of a period open at its end ("ab Januar").
    pub from: Option<u8>,
    /// The end of a period open at its start ("bis Ende Februar").
    pub until: Option<u8>,
}

/// A closed period of at most half the year, neither open at an end.
pub fn few_months(p: &Period) -> bool {
    p.from.is_none() && p.until.is_none() && p.months != 0 && p.months.count_ones() <= 6
}

/// One part of a period, compared on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Months(u16),
    From(u8),
    Until(u8),
}

impl Period {
    fn parts(&self) -> Vec<Part> {
        let mut out = Vec::new();
        if self.months != 0 {
            out.push(Part::Months(self.months));
        }
        out.extend(self.from.map(Part::From));
        out.extend(self.until.map(Part::Until));
        out
    }
}

/// The months from `start` to `end` (0-based), wrapping the year.
pub fn span(start: u8, end: u8) -> u16 {
    let mut mask = 0u16;
    let mut m = start % 12;
    loop {
        mask |= 1 << m;
        if m == end % 12 {
            return mask;
        }
        m = (m + 1) % 12;
    }
}

/// Whether two periods surely do not meet: every part of one misses every part of the other.
/// Two sets of months miss each other when they share no month; an open start ("ab Januar")
/// misses months only in the [`FROM_WINDOW`] months just before it; an open end ("bis Ende
/// Februar") misses months only in the [`UNTIL_WINDOW`] months just after it, and an open start
/// within those months after it. Two open starts, or two open ends, always meet.
pub fn apart(a: &Period, b: &Period) -> bool {
    let (pa, pb) = (a.parts(), b.parts());
    !pa.is_empty() && !pb.is_empty() && pa.iter().all(|x| pb.iter().all(|y| parts_apart(*x, *y)))
}

fn parts_apart(x: Part, y: Part) -> bool {
    let before = |m: u8, n: u8| span((m + 12 - n) % 12, (m + 11) % 12);
    let after = |m: u8, n: u8| span((m + 1) % 12, (m + n) % 12);
    match (x, y) {
        (Part::Months(s), Part::Months(t)) => s & t == 0,
        (Part::Months(s), Part::From(m)) | (Part::From(m), Part::Months(s)) => s & !before(m, FROM_WINDOW) == 0,
        (Part::Months(s), Part::Until(m)) | (Part::Until(m), Part::Months(s)) => s & !after(m, UNTIL_WINDOW) == 0,
        (Part::Until(end), Part::From(start)) | (Part::From(start), Part::Until(end)) => {
            (1..=UNTIL_WINDOW).contains(&((start + 12 - end) % 12))
        }
        _ => false,
    }
}

const FILE: &str = include_str!("../data/periods.txt");

/// A word or phrase for a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    start: u8,
    end: u8,
    /// A word with another common meaning: only with a word before it, a number or a range.
    ambiguous: bool,
    /// A break ("Sommerpause"): the months it is not available.
    pause: bool,
}

/// The lists of `data/periods.txt`.
#[derive(Debug, Default)]
struct Words {
    single: HashMap<String, Entry>,
    phrases: Vec<(Vec<String>, Entry)>,
    /// Turkish months that take case endings, by stem.
    turkish: Vec<(String, Entry)>,
    tr_endings: WordList,
    tr_ablative: WordList,
    in_words: WordList,
    from: WordList,
    from_after: WordList,
    until: WordList,
    until_after: WordList,
    between: WordList,
    fillers: WordList,
    negations: WordList,
    negation_cancels: WordList,
    passing: WordList,
    statement: WordList,
}

static WORDS: Builtin<Words> = Builtin::new(|| Words::parse(FILE));

/// Problems found in the shipped `periods.txt`; empty when it is well-formed.
pub(crate) fn period_warnings() -> &'static [String] {
    WORDS.warnings()
}

fn norm(word: &str) -> String {
    word.split_whitespace().map(normalise_token).collect::<Vec<_>>().join(" ")
}

impl Words {
    fn parse(text: &str) -> (Words, Vec<String>) {
        let file = DataFile::parse("periods.txt", text);
        let mut out = Words::default();
        let mut add = |entry: &str, start: u8, end: u8, pause: bool| {
            let ambiguous = entry.starts_with('~');
            let word = entry.trim_start_matches('~');
            let e = Entry { start, end, ambiguous, pause };
            if let Some(stem) = word.strip_suffix('*') {
                out.turkish.push((norm(stem), e));
            } else if word.contains(' ') {
                out.phrases.push((norm(word).split(' ').map(str::to_string).collect(), e));
            } else {
                out.single.entry(norm(word)).or_insert(e);
            }
        };
        for section in file.sections("month") {
            let Some(n) = section.option("n").and_then(|n| n.parse::<u8>().ok()).filter(|n| (1..=12).contains(n)) else {
                file.warn("periods.txt: `[month]` needs `n=1` … `n=12`".to_string());
                continue;
            };
            for w in section.words() {
                add(w, n - 1, n - 1, false);
            }
        }
        for (name, pause) in [("season", false), ("pause", true)] {
            for section in file.sections(name) {
                let month = |k: &str| section.option(k).and_then(|n| n.parse::<u8>().ok()).filter(|n| (1..=12).contains(n));
                let (Some(from), Some(to)) = (month("from"), month("to")) else {
                    file.warn(format!("periods.txt: `[{name}]` needs `from=M; to=M`"));
                    continue;
                };
                for w in section.words() {
                    add(w, from - 1, to - 1, pause);
                }
            }
        }
        // Longest phrases first.
        out.phrases.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        let list = |name: &str| WordList::new(file.section(name).words().map(norm));
        out.tr_endings = list("tr_endings");
        out.tr_ablative = list("tr_ablative");
        out.in_words = list("in_words");
        out.from = list("from");
        out.from_after = list("from_after");
        out.until = list("until");
        out.until_after = list("until_after");
        out.between = list("between");
        out.fillers = list("fillers");
        out.negations = list("negations");
        out.negation_cancels = list("negation_cancels");
        out.passing = list("passing");
        out.statement = list("statement");
        (out, file.finish())
    }

    /// The period word or phrase at `i`, with the number of tokens it takes and whether it
    /// carries a Turkish ablative ending ("hazirandan": from June) or any ending.
    fn at(&self, toks: &[Tok], i: usize) -> Option<(Entry, usize, bool, bool)> {
        let Tok::Word(w) = &toks[i] else { return None };
        for (phrase, e) in &self.phrases {
            let fits = phrase.iter().enumerate().all(|(k, p)| matches!(toks.get(i + k), Some(Tok::Word(x)) if x == p));
            if fits {
                return Some((*e, phrase.len(), false, false));
            }
        }
        if let Some(e) = self.single.get(w) {
            return Some((*e, 1, false, false));
        }
        let (stem, ending) = match w.split_once(['\'', '’']) {
            Some((s, e)) => (s, Some(e)),
            None => (w.as_str(), None),
        };
        for (t, e) in &self.turkish {
            let rest = match ending {
                Some(end) if stem == t => Some(end),
                None => stem.strip_prefix(t.as_str()),
                _ => None,
            };
            if let Some(rest) = rest {
                if rest.is_empty() || self.tr_endings.contains(rest) {
                    return Some((*e, 1, self.tr_ablative.contains(rest), !rest.is_empty()));
                }
            }
        }
        None
    }
}

/// A token of a text for reading periods: words, numbers and dashes are kept, and where
/// clauses and sentences end.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Word(String),
    Num(u32),
    Dash,
    Clause,
    Sentence,
}

/// German month names, to write out numeric dates ("bis 23.12." is "bis 23. dezember").
const MONTH_NAMES: [&str; 12] =
    ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];

/// A numeric date in a text ("14.6.", "14.06.2025"): a day 1–31 and a month 1–12, the month
/// followed by a dot (so that "10.5 km", "12.30 Uhr" and "1.500 €" are none), and a year of four
/// digits right after it, if any.
struct NumericDate {
    start: usize,
    /// Just after the day's dot.
    day_end: usize,
    /// Just after the month's dot.
    month_end: usize,
    /// 1–12.
    month: usize,
    /// Where the year stands, if one follows.
    year: Option<std::ops::Range<usize>>,
}

/// Every numeric date of a text, in order.
fn numeric_dates(text: &str) -> Vec<NumericDate> {
    let b = text.as_bytes();
    let digits_at = |i: usize| -> usize { b.get(i..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count()) };
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let starts = b[i].is_ascii_digit() && (i == 0 || !(b[i - 1].is_ascii_digit() || b[i - 1] == b'.'));
        if !starts {
            i += 1;
            continue;
        }
        let d = digits_at(i);
        let m_at = i + d + 1;
        let m = if (1..=2).contains(&d) && b.get(i + d) == Some(&b'.') { digits_at(m_at) } else { 0 };
        let dated = (1..=2).contains(&m) && b.get(m_at + m) == Some(&b'.');
        let day: u32 = text[i..i + d].parse().unwrap_or(0);
        let month: usize = if dated { text[m_at..m_at + m].parse().unwrap_or(0) } else { 0 };
        if !(dated && (1..=31).contains(&day) && (1..=12).contains(&month)) {
            i += d;
            continue;
        }
        let month_end = m_at + m + 1;
        let year = (digits_at(month_end) == 4).then(|| month_end..month_end + 4);
        found.push(NumericDate { start: i, day_end: i + d + 1, month_end, month, year });
        i = month_end;
    }
    found
}

/// Numeric dates written out: "14.6." and "14.06.2025" become "14. juni" and "14. juni 2025"
/// (`numeric_dates`).
fn spell_dates(text: &str) -> std::borrow::Cow<'_, str> {
    let dates = numeric_dates(text);
    if dates.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut copied = 0;
    for date in &dates {
        out.push_str(&text[copied..date.day_end]);
        out.push(' ');
        out.push_str(MONTH_NAMES[date.month - 1]);
        out.push(' ');
        copied = date.month_end;
    }
    out.push_str(&text[copied..]);
    std::borrow::Cow::Owned(out)
}

/// A range of two dates with years ("vom 21.12.2026 bis 05.01.2027", "01.03.2027–30.06.2027")
/// names a period like one without them: the years are dropped, so that the dates are read as
/// months. A single date with a year ("gegründet am 14.06.1998") keeps it and stays a passing
/// mention.
fn drop_range_years(text: &str) -> std::borrow::Cow<'_, str> {
    const JOINS: [&str; 7] = ["bis", "-", "–", "to", "until", "до", "по"];
    let dates: Vec<NumericDate> = numeric_dates(text).into_iter().filter(|d| d.year.is_some()).collect();
    let mut drop = vec![false; dates.len()];
    for (k, pair) in dates.windows(2).enumerate() {
        let (Some(first), second) = (&pair[0].year, &pair[1]) else { continue };
        if JOINS.contains(&text[first.end..second.start].trim().to_lowercase().as_str()) {
            drop[k] = true;
            drop[k + 1] = true;
        }
    }
    if !drop.contains(&true) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut copied = 0;
    for year in dates.iter().zip(&drop).filter(|(_, d)| **d).filter_map(|(date, _)| date.year.as_ref()) {
        out.push_str(&text[copied..year.start]);
        copied = year.end;
    }
    out.push_str(&text[copied..]);
    std::borrow::Cow::Owned(out)
}

fn tokens(text: &str) -> Vec<Tok> {
    let text = drop_range_years(text);
    let text = spell_dates(&text);
    let text = text.as_ref();
    let mut out = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<Tok>| {
        if cur.is_empty() {
            return;
        }
        let w = std::mem::take(cur);
        let w = w.trim_matches(|c| c == '\'' || c == '’' || c == '\u{200C}');
        if w.is_empty() {
            return;
        }
        if w.chars().all(|c| c.is_ascii_digit()) {
            out.push(Tok::Num(w.parse().unwrap_or(u32::MAX)));
        } else {
            out.push(Tok::Word(normalise_token(w)));
        }
    };
    let chars: Vec<char> = text.chars().collect();
    for (at, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() || ('\u{064B}'..='\u{065F}').contains(&c) || matches!(c, '\u{0670}' | '\u{0640}' | '\u{200C}' | '\'' | '’')
        {
            cur.push(c);
            continue;
        }
        let letters = cur.chars().filter(|c| c.is_alphabetic()).count();
        flush(&mut cur, &mut out);
        match c {
            '-' | '–' | '—' => out.push(Tok::Dash),
            ',' | '(' | ')' | '،' | ':' => out.push(Tok::Clause),
            '!' | '?' | ';' | '\n' | '؟' | '؛' => out.push(Tok::Sentence),
            // "im Mai. Viele …": a short word ends a sentence before a capital letter.
            '.' | '۔' if letters >= 4 || (letters == 3 && next_is_capital(&chars[at + 1..])) => out.push(Tok::Sentence),
            _ => {}
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// Whether the next letter after spaces is a capital (or the text ends).
fn next_is_capital(rest: &[char]) -> bool {
    rest.iter().find(|c| !c.is_whitespace()).is_none_or(|c| c.is_uppercase())
}

/// One period named in a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mention {
    Span(u8, u8),
    From(u8),
    Until(u8),
}

/// A description of this many sentences or more is prose around what is offered or sought
/// (an e-mail, a profile): only its sentences that say what the item offers or seeks count.
const PROSE_SENTENCES: usize = 3;

/// How many words before or after a period a negation may stand.
const NEGATION_WINDOW: usize = 3;

/// The period of the year a text names for its item, `None` when it names none (or only in
/// passing). The first line is the title.
pub fn read(text: &str) -> Option<Period> {
    let (title, description) = text.split_once('\n').unwrap_or((text, ""));
    read_item(title, description)
}

/// The period of the year an item's title and description name.
pub fn read_item(title: &str, description: &str) -> Option<Period> {
    read_with(WORDS.get(), &expand_elided_holidays(title), &expand_elided_holidays(description))
}

/// German holidays named with an elided first part ("Oster- und Sommerferien", "Herbst-,
/// Winter- oder Osterferien") written out ("Osterferien und Sommerferien"), so that each part
/// names its months.
fn expand_elided_holidays(text: &str) -> std::borrow::Cow<'_, str> {
    const HEAD: &str = "ferien";
    if !text.contains("- ") || !text.to_lowercase().contains(HEAD) {
        return std::borrow::Cow::Borrowed(text);
    }
    let words: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let stem = w.strip_suffix("-,").or_else(|| w.strip_suffix('-'));
        // The head of the first full word after it that ends in "ferien".
        let head = words[i + 1..].iter().take(4).find_map(|n| {
            let n = n.trim_end_matches(|c: char| !c.is_alphanumeric());
            n.to_lowercase().ends_with(HEAD).then(|| &n[n.len() - HEAD.len()..])
        });
        match (stem, head) {
            (Some(stem), Some(head)) if !stem.is_empty() && stem.chars().all(char::is_alphabetic) => {
                let comma = if w.ends_with(',') { "," } else { "" };
                out.push(format!("{stem}{head}{comma}"));
            }
            _ => out.push((*w).to_string()),
        }
    }
    std::borrow::Cow::Owned(out.join(" "))
}

fn read_with(words: &Words, title: &str, description: &str) -> Option<Period> {
    let says = |s: &[Tok]| s.iter().any(|t| matches!(t, Tok::Word(w) if words.statement.contains(w)));
    let title_toks = tokens(title);
    let desc_toks = tokens(description);
    let desc: Vec<&[Tok]> = desc_toks.split(|t| *t == Tok::Sentence).filter(|s| !s.is_empty()).collect();
    let prose = desc.len() >= PROSE_SENTENCES;
    let sentences = title_toks.split(|t| *t == Tok::Sentence).chain(desc.into_iter().filter(|s| !prose || says(s)));
    let (mut positive, mut negative) = (0u16, 0u16);
    let (mut from, mut until) = (None, None);
    for sentence in sentences {
        let passing = sentence.iter().any(|t| match t {
            Tok::Word(w) => words.passing.contains(w),
            Tok::Num(n) => (1900..=2100).contains(n),
            _ => false,
        });
        if passing {
            continue;
        }
        for clause in sentence.split(|t| *t == Tok::Clause) {
            let mentions = clause_mentions(words, clause);
            if mentions.is_empty() {
                continue;
            }
            // A negation next to a period (three words before or after it: "nicht in den
            // Sommerferien", "im August geschlossen", "Ağustos hariç") negates the clause; one
            // further away is about something else ("im November … die hat aber kein Licht").
            let negation_at = |p: usize| match &clause[p] {
                Tok::Word(w) if words.negations.contains(w) => {
                    !matches!(clause.get(p + 1), Some(Tok::Word(n)) if words.negation_cancels.contains(n))
                }
                _ => false,
            };
            let negated = mentions.iter().any(|(_, pause, (start, end))| {
                *pause || (start.saturating_sub(NEGATION_WINDOW)..(end + NEGATION_WINDOW).min(clause.len())).any(negation_at)
            });
            for (m, ..) in mentions {
                match (m, negated) {
                    (Mention::Span(s, e), false) => positive |= span(s, e),
                    (Mention::Span(s, e), true) => negative |= span(s, e),
                    (Mention::From(s), false) => from = from.or(Some(s)),
                    (Mention::Until(e), false) => until = until.or(Some(e)),
                    // "nicht ab Januar": no period that can be told.
                    _ => {}
                }
            }
        }
    }
    // "ab März …, bis Juni": one period from the start to the end.
    if positive == 0 {
        if let (Some(s), Some(e)) = (from, until) {
            positive = span(s, e);
            (from, until) = (None, None);
        }
    }
    let months = if positive != 0 {
        positive & !negative
    } else if from.is_none() && until.is_none() && negative != 0 {
        ALL_MONTHS & !negative
    } else {
        0
    };
    let months = if months == ALL_MONTHS { 0 } else { months };
    (months != 0 || from.is_some() || until.is_some()).then_some(Period { months, from, until })
}

/// The periods a clause names (with whether each is a break), in order.
fn clause_mentions(words: &Words, clause: &[Tok]) -> Vec<(Mention, bool, (usize, usize))> {
    let is = |i: usize, list: &WordList| matches!(clause.get(i), Some(Tok::Word(w)) if list.contains(w));
    let skippable = |i: usize| matches!(clause.get(i), Some(Tok::Num(_))) || is(i, &words.fillers);
    // A clause that names a period without doubt lets words with other meanings name one too
    // ("im März und Mai").
    let sure = (0..clause.len()).any(|i| words.at(clause, i).is_some_and(|(e, ..)| !e.ambiguous));
    let mut out = Vec::new();
    let mut i = 0;
    while i < clause.len() {
        let Some((a, len, ablative, ending)) = words.at(clause, i) else {
            i += 1;
            continue;
        };
        // The word before, past fillers and numbers ("bis Ende Februar", "ab dem 1. März").
        let mut b = i;
        while b > 0 && skippable(b - 1) {
            b -= 1;
        }
        let word_before = b.checked_sub(1);
        let from_before = word_before.is_some_and(|p| is(p, &words.from));
        let until_before = word_before.is_some_and(|p| is(p, &words.until));
        let in_before = word_before.is_some_and(|p| is(p, &words.in_words)) || (i > 0 && is(i - 1, &words.in_words));
        let number_next = matches!(clause.get(i.wrapping_sub(1)), Some(Tok::Num(_))) || matches!(clause.get(i + len), Some(Tok::Num(_)));
        // A range: "März bis Juni", "Mai–Sept.", "from May to July", "hazirandan ağustosa".
        let mut j = i + len;
        while j < clause.len() && skippable(j) {
            j += 1;
        }
        let joined = matches!(clause.get(j), Some(Tok::Dash)) || is(j, &words.until);
        let mut k = if joined { j + 1 } else { j };
        while joined && k < clause.len() && skippable(k) {
            k += 1;
        }
        let other_end = if joined || ablative { words.at(clause, k).filter(|(e, ..)| !e.pause) } else { None };
        if let Some((z, zlen, _, _)) = other_end {
            if !a.pause {
                out.push((Mention::Span(a.start, z.end), false, (i, k + zlen)));
                i = k + zlen;
                continue;
            }
        }
        if a.ambiguous && !(sure || from_before || until_before || in_before || number_next || ending) {
            i += len;
            continue;
        }
        let after = i + len;
        let from_after = (after..clause.len().min(after + 3)).any(|p| is(p, &words.from_after));
        let until_after = (after..clause.len().min(after + 3)).any(|p| is(p, &words.until_after));
        let mention = if a.pause {
            Mention::Span(a.start, a.end)
        } else if from_before || ablative || from_after {
            Mention::From(a.start)
        } else if until_before || until_after {
            Mention::Until(a.start)
        } else {
            Mention::Span(a.start, a.end)
        };
        out.push((mention, a.pause, (i, i + len)));
        i += len;
    }
    // "zwischen März und Mai": one range from the first to the last.
    let between = clause.iter().any(|t| matches!(t, Tok::Word(w) if words.between.contains(w)));
    if between && out.len() >= 2 && out.iter().all(|(_, p, _)| !p) {
        let start = match out[0].0 {
            Mention::Span(s, _) | Mention::From(s) | Mention::Until(s) => s,
        };
        let end = match out[out.len() - 1].0 {
            Mention::Span(_, e) | Mention::From(e) | Mention::Until(e) => e,
        };
        let at = (out[0].2 .0, out[out.len() - 1].2 .1);
        return vec![(Mention::Span(start, end), false, at)];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Months as a bit set, 1 = January.
    fn months(list: &[u8]) -> u16 {
        list.iter().fold(0, |m, n| m | 1 << (n - 1))
    }

    fn closed(list: &[u8]) -> Option<Period> {
        Some(Period { months: months(list), from: None, until: None })
    }

    fn from(m: u8) -> Option<Period> {
        Some(Period { months: 0, from: Some(m - 1), until: None })
    }

    fn until(m: u8) -> Option<Period> {
        Some(Period { months: 0, from: None, until: Some(m - 1) })
    }

    fn period(list: &[u8]) -> Period {
        Period { months: months(list), from: None, until: None }
    }

    #[test]
    fn holidays_with_an_elided_first_part_are_each_read() {
        // Easter (Mar–Apr) and summer (Jul–Sep) holidays, not the summer ones alone.
        assert_eq!(read_item("Ferienprogramm", "In den Oster- und Sommerferien Ausflüge."), closed(&[3, 4, 7, 8, 9]));
        assert_eq!(
            read_item("Betreuung in den Herbst-, Winter- oder Osterferien", ""),
            read_item("Herbstferien, Winterferien oder Osterferien", "")
        );
        // Counter-example: a hyphen before another word is no holiday.
        assert_eq!(read_item("Kinder- und Jugendgruppe", "In den Sommerferien."), closed(&[7, 8, 9]));
    }

    fn starting(m: u8) -> Period {
        Period { months: 0, from: Some(m - 1), until: None }
    }

    fn ending(m: u8) -> Period {
        Period { months: 0, from: None, until: Some(m - 1) }
    }

    #[test]
    fn shipped_periods_parse_without_warnings() {
        assert_eq!(period_warnings(), &[] as &[String]);
    }

    #[test]
    fn spans_wrap_the_year() {
        assert_eq!(span(10, 1), months(&[11, 12, 1, 2]));
        assert_eq!(span(5, 5), months(&[6]));
        assert_eq!(span(0, 11), ALL_MONTHS);
    }

    #[test]
    fn reads_months_seasons_and_holidays() {
        assert_eq!(read("Nur in den Sommerferien"), closed(&[7, 8, 9]));
        assert_eq!(read("Zeltlager im Juli, noch Plätze frei"), closed(&[7]));
        assert_eq!(read("Raum im Winter gesucht"), closed(&[12, 1, 2]));
        assert_eq!(read("Fahrradkurs von April bis Juni"), closed(&[4, 5, 6]));
        assert_eq!(read("Gartenhaus + Grillplatz\nMai-Sept., WE"), closed(&[5, 6, 7, 8, 9]));
        assert_eq!(read("Weekends April to October"), closed(&[4, 5, 6, 7, 8, 9, 10]));
        assert_eq!(read("Pavillon Nov.–Feb. nutzbar"), closed(&[11, 12, 1, 2]));
        assert_eq!(read("in der Adventszeit"), closed(&[11, 12]));
        assert_eq!(read("only in summer"), closed(&[6, 7, 8]));
        assert_eq!(read("zwischen März und Mai"), closed(&[3, 4, 5]));
        assert_eq!(read("In den Herbstferien veranstalten wir ein Turnier"), closed(&[10, 11]));
    }

    #[test]
    fn reads_other_languages() {
        assert_eq!(read("Yaz tatilinde bir haftalık kamp arıyoruz"), closed(&[7, 8, 9]));
        assert_eq!(read("Haziran'da okul şenliği"), closed(&[6]));
        assert_eq!(read("Hazirandan ağustosa kadar açığız"), closed(&[6, 7, 8]));
        assert_eq!(read("Ocaktan itibaren"), from(1));
        assert_eq!(read("Ищем лагерь летом для подростков"), closed(&[6, 7, 8]));
        assert_eq!(read("с июня по август"), closed(&[6, 7, 8]));
        assert_eq!(read("Потрібна зала у грудні"), closed(&[12]));
        assert_eq!(read("до кінця лютого"), until(2));
        assert_eq!(read("نبحث عن قاعة في شهر أغسطس"), closed(&[8]));
        assert_eq!(read("برنامج في الصيف للأطفال"), closed(&[6, 7, 8]));
    }

    #[test]
    fn reads_numeric_dates() {
        assert_eq!(spell_dates("Fest am 14.6., bis 23.12. frei"), "Fest am 14. juni , bis 23. dezember  frei");
        assert_eq!(read("Hof-Festival Sa 28.6."), closed(&[6]));
        assert_eq!(read("Verfügbar bis 23.12."), until(12));
        assert_eq!(read("vom 1.11. bis 28.2."), closed(&[11, 12, 1, 2]));
        // Not dates: a decimal, a clock time, an amount, a version.
        for text in ["10.5 km entfernt", "ab 12.30 Uhr", "1.500 € Zuschuss", "Klasse 5.2"] {
            assert_eq!(spell_dates(text), text);
        }
        // A date with a year is a passing mention.
        assert_eq!(read("Gegründet am 14.06.1998"), None);
        // A range of two dates with years names a period ("21.12.2026 bis 05.01.2027").
        assert_eq!(drop_range_years("Vom 21.12.2026 bis 05.01.2027 fährt"), "Vom 21.12. bis 05.01. fährt");
        assert_eq!(read("Vom 21.12.2026 bis 05.01.2027 fährt unser Spielmobil"), closed(&[12, 1]));
        assert_eq!(drop_range_years("am 14.06.1998 und 2.3.2001"), "am 14.06.1998 und 2.3.2001");
    }

    #[test]
    fn reads_open_periods() {
        assert_eq!(read("Ab Januar jeden Dienstag"), from(1));
        assert_eq!(read("bis Ende Februar"), until(2));
        assert_eq!(read("Verfügbar bis 23. Dezember"), until(12));
        assert_eq!(read("starting in January"), from(1));
        assert_eq!(read("ab März, bis Juni"), closed(&[3, 4, 5, 6]));
    }

    #[test]
    fn reads_negations() {
        assert_eq!(read("Nicht in den Sommerferien"), closed(&[1, 2, 3, 4, 5, 6, 10, 11, 12]));
        assert_eq!(read("Ganzjährig, außer im August"), closed(&[1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]));
        assert_eq!(read("Juni bis September, außer im August"), closed(&[6, 7, 9]));
        assert_eq!(read("Im August findet kein Unterricht statt."), closed(&[1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]));
        assert_eq!(read("Sommerpause im Juli und August"), closed(&[1, 2, 3, 4, 5, 6, 9, 10, 11, 12]));
        assert_eq!(read("Ağustos hariç her cumartesi"), closed(&[1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]));
        // "nicht nur" is no negation.
        assert_eq!(read("nicht nur im Sommer"), closed(&[6, 7, 8]));
        // A negation further away is about something else.
        assert_eq!(read("Im November spielen wir unser Stück in der Aula – die hat aber kein richtiges Bühnenlicht"), closed(&[11]));
        assert_eq!(
            read("Während der Prüfungszeiten im Februar und Juli sind wir kaum verfügbar"),
            closed(&[1, 3, 4, 5, 6, 8, 9, 10, 11, 12])
        );
    }

    #[test]
    fn passing_mentions_do_not_count() {
        assert_eq!(read("Wir haben im Juni unser Jubiläum gefeiert."), None);
        assert_eq!(read("Der Verein wurde im März 1998 gegründet."), None);
        assert_eq!(read("Unsere Mitgliederversammlung findet in diesem Jahr im November statt."), None);
        assert_eq!(read("Die Anmeldung beginnt im April."), None);
        assert_eq!(read("Antragsfrist: 31. März."), None);
        assert_eq!(read("Zuschüsse bis 1.500 €. Formloser Antrag, Fristen 31.3. und 30.9."), None);
        // "فورية" (Arabic: immediate) is written like Persian "فوریه" (February).
        assert_eq!(read("ترجمة فورية في المواعيد"), None);
        assert_eq!(read("Der Verein organisiert außerdem im Herbst einen Elternabend."), None);
        assert_eq!(read("Last summer we celebrated our tenth anniversary."), None);
        assert_eq!(read("Im Juni 2019 fand unser erstes Fest statt."), None);
        assert_eq!(read("Our club was founded in May 1998."), None);
        assert_eq!(read("Geçen yıl haziranda büyük bir şenlik yaptık."), None);
        assert_eq!(read("В прошлом году в июне был праздник."), None);
        assert_eq!(read("Минулого літа у серпні була виставка."), None);
        assert_eq!(read("تأسست الجمعية في مارس الماضي"), None);
        // In prose of three sentences or more only what the item offers or seeks counts: not the
        // office's summer break, not the youth group's trip.
        let office = "Gesundheitslotsen\nWir begleiten Menschen zu Arztterminen. Termine bitte drei Werktage im Voraus anfragen. Unser Büro ist in der Sommerpause vom 15. Juli bis 15. August geschlossen.";
        assert_eq!(read(office), None);
        let trip = "Familienberatung\nDanke an alle Besucher im Oktober! Die Jugendgruppe plant im Winter eine Fahrt. Freitags bieten wir Beratung an.";
        assert_eq!(read(trip), None);
        let exams = "Studierende helfen\nWir vermitteln Studierende. Einsätze sind an Wochenenden möglich. Während der Prüfungszeiten im Februar und Juli sind wir kaum verfügbar.";
        assert_eq!(read(exams), closed(&[1, 3, 4, 5, 6, 8, 9, 10, 11, 12]));
        // A short word before a full stop ends the sentence before a capital: "nicht" is in the next one.
        assert_eq!(read("Saal\nWir feiern an einem Samstag im Mai. Viele sind nicht mobil."), closed(&[5]));
        // The rest of the text still counts.
        assert_eq!(read("Raum im Winter gesucht. Wir haben im Juni unser Jubiläum gefeiert."), closed(&[12, 1, 2]));
        // The day school starts is when the item must be there by, not when it is wanted: school
        // bags for "Einschulung im September" are the packages handed out in August.
        assert_eq!(read("Für Kinder aus unseren Familien, Einschulung im September."), None);
        // Counter-example: help wanted in September is wanted then.
        assert_eq!(read("Hausaufgabenhilfe im September"), closed(&[9]));
    }

    #[test]
    fn words_with_other_meanings_need_a_context() {
        assert_eq!(read("We may need help with the flyer"), None);
        assert_eq!(read("Spring cleaning of the garden"), None);
        assert_eq!(read("Jan hilft beim Aufbau"), None);
        assert_eq!(read("in May"), closed(&[5]));
        assert_eq!(read("from March to May"), closed(&[3, 4, 5]));
        assert_eq!(read("Mart ayında"), closed(&[3]));
        assert_eq!(read("15 Kasım cumartesi"), closed(&[11]));
        assert_eq!(read("Kasım Bey yardım ediyor"), None);
        // Compounds that are no period: a festival, winter clothes, spring rolls.
        assert_eq!(read("Bierbänke für das Sommerfest"), None);
        assert_eq!(read("Winterjacken für Kinder"), None);
        assert_eq!(read("Frühlingsrollen und Sommerrollen"), None);
        assert_eq!(read("Ferienprogramm für Kinder"), None);
    }

    #[test]
    fn periods_apart_on_the_circle() {
        let summer_holidays = period(&[7, 8, 9]);
        let advent = period(&[11, 12]);
        let winter = period(&[12, 1, 2]);
        assert!(apart(&summer_holidays, &winter));
        assert!(!apart(&advent, &winter));
        // "ab Januar" misses the Advent just before it, not the summer after it.
        assert!(apart(&starting(1), &advent));
        assert!(!apart(&starting(1), &summer_holidays));
        // "bis 23. Dezember" against "ab Januar"; "bis Ende Februar" against the summer holidays
        // (which may have been meant in August before it) is unknown.
        assert!(apart(&ending(12), &starting(1)));
        assert!(!apart(&ending(12), &ending(2)));
        assert!(apart(&ending(2), &period(&[4, 5])));
        assert!(!apart(&ending(2), &summer_holidays));
        assert!(!apart(&ending(2), &winter));
        // A negated period against what is left.
        let not_in_summer_holidays = read("nicht in den Sommerferien").expect("a period");
        assert!(apart(&not_in_summer_holidays, &period(&[8])));
        assert!(!apart(&not_in_summer_holidays, &period(&[6, 7])));
    }
}
