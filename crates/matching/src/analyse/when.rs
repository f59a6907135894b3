//! When an item is available or wanted: the clauses of a text, each with its weekdays and time of
//! day ("Sa/So ganztags, unter der Woche ab 18 Uhr" is two slots, not one), and negated words.

use crate::function_words::FunctionWords;
use crate::lexicon::{Hit, Lexicon, Marker};
use crate::model::Weekday;
use crate::schedule::{text_time_range, TimeRange};
use crate::text::tokenize;

/// Weekdays with a time of day that belongs to them. `days` is a bit set (Monday = bit 0); 0
/// means any day. `time` is `None` when no time is named for these days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub days: u8,
    pub time: Option<TimeRange>,
}

/// The bit set of some weekdays.
pub fn day_mask<'a>(days: impl IntoIterator<Item = &'a Weekday>) -> u8 {
    days.into_iter().fold(0u8, |m, d| m | (1 << (*d as u8)))
}

/// Whether two lists of slots fit in time: `Some(true)` when a day both name (or one leaves
/// open) has overlapping times, `Some(false)` when every such pairing names times that do not
/// overlap, `None` when no pairing names times on both sides. Without any common day, all
/// times are compared.
pub fn slots_fit(a: &[Slot], b: &[Slot]) -> Option<bool> {
    compare_times(a, b, |s, t| s.overlaps(t))
}

/// Whether the offer's slots hold the whole time a need names (a room from 10 to 14 on
/// Saturday, not one that opens at 13): `Some(true)` when a day both name (or one leaves open)
/// has an offered time that covers the need's, `Some(false)` when times are named on both
/// sides for every such pairing and none covers, `None` when no pairing names times on both.
pub fn slots_cover(need: &[Slot], offer: &[Slot]) -> Option<bool> {
    compare_times(need, offer, |wanted, given| given.covers(wanted))
}

/// The times of the slots of `a` and `b` on the days both name (all of them if no day is
/// common): `Some(true)` when `fits` holds for one pairing, `Some(false)` when every pairing
/// names times on both sides and none fits, `None` otherwise.
fn compare_times(a: &[Slot], b: &[Slot], fits: impl Fn(TimeRange, TimeRange) -> bool) -> Option<bool> {
    let share_a_day = a.iter().any(|x| b.iter().any(|y| x.days == 0 || y.days == 0 || x.days & y.days != 0));
    let (mut compared, mut open) = (false, false);
    for x in a {
        for y in b {
            // Without a common day the times are compared as they are (both count against the pair).
            if share_a_day && x.days != 0 && y.days != 0 && x.days & y.days == 0 {
                continue;
            }
            match (x.time, y.time) {
                (Some(s), Some(t)) => {
                    if fits(s, t) {
                        return Some(true);
                    }
                    compared = true;
                }
                _ => open = true,
            }
        }
    }
    (compared && !open).then_some(false)
}

/// The clauses of a text: split at , ; ! ? ( ) and line breaks, at a dot before a space, and at
/// "und"/"and" between a time and a weekday.
pub fn clauses(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|(_, n)| *n);
        let cut = match c {
            ',' | ';' | '!' | '?' | '(' | ')' | '\n' | '؛' | '،' | '؟' => true,
            '.' => next.is_none_or(char::is_whitespace),
            _ => false,
        };
        if cut {
            out.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    out.push(&text[start..]);
    // "… abends und So ganztags": a new clause where a join word is followed by a weekday.
    let function_words = FunctionWords::builtin();
    let mut split = Vec::with_capacity(out.len());
    for clause in out {
        let mut from = 0;
        let words: Vec<(usize, &str)> = word_starts(clause);
        for pair in words.windows(2) {
            let (at, join) = pair[0];
            let next = pair[1].1.to_lowercase();
            // Only after a time: "Di und Do vormittags" is one clause.
            let joins_days =
                function_words.clause_joins.contains(&join.to_lowercase()) && function_words.day_starts.iter().any(|d| next.starts_with(d));
            if joins_days && at > from && text_time_range(&clause[from..at]).is_some() {
                split.push(&clause[from..at]);
                from = at;
            }
        }
        split.push(&clause[from..]);
    }
    split
}

fn word_starts(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || c == '&';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// The clause number of every token of `text` (as [`crate::text::tokenize`] splits it) and the
/// time of day each clause names; one clause for all when the split does not line up.
pub fn clause_map(text: &str, token_count: usize) -> (Vec<u32>, Vec<Option<TimeRange>>) {
    let parts = clauses(text);
    let mut map = Vec::with_capacity(token_count);
    let mut times = Vec::with_capacity(parts.len());
    for (n, part) in parts.iter().enumerate() {
        let count = tokenize(part).len();
        map.extend(std::iter::repeat_n(n as u32, count));
        times.push(text_time_range(part));
    }
    if map.len() != token_count {
        return (vec![0; token_count], vec![text_time_range(text)]);
    }
    (map, times)
}

/// The Vietnamese "not" (a form of the `not` marker).
const VIETNAMESE_NOT: &str = "không";

/// Positions negated by "nicht", "kein", "not" before them (two words, same sentence; four
/// syllables after Vietnamese "không"), and apart, those negated by "belegt", "geschlossen",
/// "değil" after them (three words): the first say a thing is not there or not done, the second
/// that it is taken or closed. "nicht nur" only cancels the "nur".
pub fn negated_positions(lex: &Lexicon, hits: &[Hit], tokens: &[String], sentences: &[u32]) -> (Vec<usize>, Vec<usize>) {
    let is = |h: &Hit, m: Marker| lex.concept(h.concept).is_some_and(|c| c.kind == crate::lexicon::ConceptKind::Marker(m));
    let only: Vec<usize> = hits.iter().filter(|h| is(h, Marker::Only)).map(|h| h.pos).collect();
    let (mut not, mut unavailable) = (Vec::new(), Vec::new());
    for h in hits {
        let same = |p: usize| sentences.get(p) == sentences.get(h.pos);
        if is(h, Marker::Not) {
            // Vietnamese writes a word as syllables apart ("không tư vấn về thuế", "do not advise
            // on taxes"): its "không" reaches twice as far.
            let reach = if tokens.get(h.pos).is_some_and(|t| t == VIETNAMESE_NOT) { 4 } else { 2 };
            if only.contains(&(h.pos + 1)) {
                not.push(h.pos + 1);
            } else {
                not.extend((h.pos + 1..=h.pos + reach).filter(|&p| same(p)));
            }
        } else if is(h, Marker::Unavailable) {
            unavailable.extend((h.pos.saturating_sub(3)..h.pos).filter(|&p| same(p)));
        }
    }
    for out in [&mut not, &mut unavailable] {
        out.sort_unstable();
        out.dedup();
    }
    (not, unavailable)
}

/// Positions negated by a Turkish negative verb after them, the three words before it in its
/// sentence, as "değil" and "yok" negate ("Yüz yüze görüşme yapmıyoruz", "çocuk bakımı
/// sunamıyoruz"): Turkish marks the negation inside the verb, "-mıyor-"/"-miyor-"/"-muyor-"/
/// "-müyor-" (present, also after "-a-"/"-e-" of "cannot"), "-mayacak"/"-meyecek" (future),
/// "-mayız"/"-meyiz" (we do not); in a Turkish text also the aorist "-maz"/"-mez" after at least
/// three letters ("yapmaz", not "namaz").
pub fn turkish_negative_verbs(tokens: &[String], sentences: &[u32], turkish: bool) -> Vec<usize> {
    let mut out = Vec::new();
    for (pos, token) in tokens.iter().enumerate() {
        if !is_turkish_negative_verb(token, turkish) {
            continue;
        }
        let same = |p: usize| sentences.get(p) == sentences.get(pos);
        out.extend((pos.saturating_sub(3)..pos).filter(|&p| same(p)));
    }
    out
}

/// Whether a word is a Turkish verb in a negative form (see [`turkish_negative_verbs`]).
fn is_turkish_negative_verb(token: &str, turkish: bool) -> bool {
    const INSIDE: [&str; 6] = ["mıyor", "miyor", "muyor", "müyor", "mayacak", "meyecek"];
    const ENDS: [&str; 2] = ["mayız", "meyiz"];
    const AORIST: [&str; 2] = ["maz", "mez"];
    // At least two letters of the verb before the suffix: "mıyor" alone is no word.
    let before = |i: usize| token[..i].chars().count() >= 2;
    INSIDE.iter().any(|s| token.find(s).is_some_and(before))
        || ENDS.iter().any(|s| token.strip_suffix(s).is_some_and(|stem| stem.chars().count() >= 2))
        || (turkish && AORIST.iter().any(|s| token.strip_suffix(s).is_some_and(|stem| stem.chars().count() >= 3)))
}

/// Positions negated by a clause that ends in a negation after its subject ("Schriftliche
/// Übersetzungen machen wir nicht.", "Für Oberstufe und Abitur haben wir leider niemanden."): the
/// words before the verb, at most `TRAILING_REACH` of them, in a clause cut also at a spaced dash
/// and a colon before a space ("Nur mündlich – schriftliche Übersetzungen machen wir nicht" keeps
/// "mündlich"). Likewise a clause that ends in a negation before its last one or two words, the
/// verb, as Russian and Ukrainian write it ("Устный перевод на встречах мы не предлагаем"): the
/// words before the negation and its subject.
/// Empty when the cut does not line up with the field's `token_count` tokens.
pub fn trailing_negations(text: &str, token_count: usize) -> Vec<usize> {
    const TRAILING_REACH: usize = 7;
    let words = FunctionWords::builtin();
    let mut out = Vec::new();
    let mut offset = 0;
    let pieces = clauses(text)
        .into_iter()
        .flat_map(|c| c.split(": "))
        .flat_map(|p| p.split(" – "))
        .flat_map(|p| p.split(" — "))
        .flat_map(|p| p.split(" - "));
    for clause in pieces {
        let tokens = tokenize(clause);
        let n = tokens.len();
        // The last subject of the clause, with the verb before it and something before the verb.
        if let Some(subject) = (2..n).rev().find(|&i| words.trailing_subjects.contains(&tokens[i])) {
            let mut j = subject + 1;
            while j < n && words.trailing_fillers.contains(&tokens[j]) {
                j += 1;
            }
            if j < n && words.trailing_negations.contains(&tokens[j]) && n - j <= 2 {
                let verb = subject - 1;
                out.extend(offset + verb.saturating_sub(TRAILING_REACH)..offset + verb);
            }
        }
        // A negation before the verb (and its rest) that ends the clause, after its subject:
        // "Устный перевод на встречах мы не предлагаем".
        if let Some(neg) = (n.saturating_sub(3)..n.saturating_sub(1)).find(|&i| i > 0 && words.verb_negations.contains(&tokens[i])) {
            let start = if words.verb_subjects.contains(&tokens[neg - 1]) { neg - 1 } else { neg };
            out.extend(offset + start.saturating_sub(TRAILING_REACH)..offset + start);
        }
        offset += n;
    }
    if offset != token_count {
        return Vec::new();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_turkish_negative_verb_is_known_by_its_suffix() {
        for word in ["yapmıyoruz", "vermiyoruz", "sunamıyoruz", "bakmıyor", "gelmeyecek", "kiralamayız", "olmuyor"] {
            assert!(is_turkish_negative_verb(word, false), "{word}");
        }
        assert!(is_turkish_negative_verb("yapmaz", true));
        // Counter-examples: positive verbs, nouns ending like an aorist, the aorist outside a
        // Turkish text, German and English words.
        for (word, turkish) in [
            ("yapıyoruz", true),
            ("veriyoruz", true),
            ("namaz", true),
            ("beyaz", true),
            ("yapmaz", false),
            ("Mayıs", true),
            ("Kaffee", false),
            ("mıyor", true),
        ] {
            assert!(!is_turkish_negative_verb(word, turkish), "{word}");
        }
        let tokens: Vec<String> = tokenize("Çocuk bakımı var. Yüz yüze görüşme yapmıyoruz.");
        let sentences = vec![0, 0, 0, 1, 1, 1, 1];
        assert_eq!(turkish_negative_verbs(&tokens, &sentences, true), vec![3, 4, 5]);
    }

    fn range(start: u16, end: u16) -> Option<TimeRange> {
        Some(TimeRange { start: start * 60, end: end * 60 })
    }

    #[test]
    fn a_clause_ending_in_a_negation_after_its_subject_negates_what_stands_before_its_verb() {
        let negated = |text: &str| -> Vec<String> {
            let tokens = tokenize(text);
            trailing_negations(text, tokens.len()).into_iter().map(|p| tokens[p].clone()).collect()
        };
        assert_eq!(negated("Schriftliche Übersetzungen machen wir nicht."), vec!["schriftliche", "übersetzungen"]);
        assert_eq!(negated("Für Oberstufe und Abitur haben wir leider niemanden."), vec!["für", "oberstufe", "und", "abitur"]);
        assert_eq!(negated("Beratung vor Ort. Familienmediation bieten wir nicht an."), vec!["familienmediation"]);
        assert_eq!(negated("Kinder unter 12 können wir leider nicht aufnehmen."), vec!["kinder", "unter"]);
        assert_eq!(negated("Medizinstudierende begleiten zu Terminen. Behandeln dürfen sie nicht."), vec!["behandeln"]);
        assert_eq!(negated("Fotos für Feste mache ich nicht."), vec!["fotos", "für", "feste"]);
        // Only the clause, cut also at a spaced dash: "mündlich" stays.
        assert_eq!(negated("Nur mündlich – schriftliche Übersetzungen machen wir nicht."), vec!["schriftliche", "übersetzungen"]);
        assert_eq!(
            negated("Wir dolmetschen mündlich, schriftliche Übersetzungen machen wir nicht."),
            vec!["schriftliche", "übersetzungen"]
        );
        // Counter-examples: no negation, a relative clause, a negation that goes on ("nicht nur
        // …"), and a negation before the subject.
        assert!(negated("Nachhilfe bieten wir montags an.").is_empty());
        assert!(negated("Wir haben einen Raum, die wir nicht nutzen.").is_empty());
        assert!(negated("Räume haben wir nicht nur am Wochenende frei.").is_empty());
        assert!(negated("Leider können nicht wir das machen.").is_empty());
        // Russian and Ukrainian put the negation before the verb that ends the clause.
        assert_eq!(negated("Устный перевод на встречах мы не предлагаем."), vec!["устный", "перевод", "на", "встречах"]);
        assert_eq!(negated("Заверенные переводы. Усно на зустрічах ми не перекладаємо."), vec!["усно", "на", "зустрічах"]);
        assert_eq!(negated("Документы не можем заверить."), vec!["документы"]);
        // Counter-examples: a negation that does not end the clause, one before a noun.
        assert!(negated("Мы не предлагаем устный перевод на встречах.").is_empty());
        assert!(negated("Для тех, кто не говорит по-немецки.").is_empty());
    }

    #[test]
    fn splits_clauses_and_day_joins() {
        assert_eq!(clauses("Samstag/Sonntag, unter der Woche ab 18 h."), vec!["Samstag/Sonntag", " unter der Woche ab 18 h", ""]);
        assert_eq!(clauses("Montag abends und Sonntag ganztags"), vec!["Montag abends ", "und Sonntag ganztags"]);
        assert_eq!(clauses("ca. 60 Pers. Dienstag und Donnerstag"), vec!["ca", " 60 Pers", " Dienstag und Donnerstag"]);
    }

    #[test]
    fn slots_compare_times_of_the_same_days() {
        let weekend_all_day = Slot { days: day_mask(&[Weekday::Sa, Weekday::So]), time: None };
        let weekday_evenings = Slot { days: day_mask(&[Weekday::Mo, Weekday::Fr]), time: range(18, 22) };
        let saturday_morning = Slot { days: day_mask(&[Weekday::Sa]), time: range(10, 13) };
        let monday_morning = Slot { days: day_mask(&[Weekday::Mo]), time: range(9, 12) };
        let offer = [weekend_all_day, weekday_evenings];
        assert_eq!(slots_fit(&[saturday_morning], &offer), None);
        assert_eq!(slots_fit(&[monday_morning], &offer), Some(false));
        assert_eq!(slots_fit(&[Slot { days: 0, time: range(19, 21) }], &offer), Some(true));
    }

    #[test]
    fn cover_asks_for_the_whole_time_on_a_common_day() {
        let saturday_school = [Slot { days: day_mask(&[Weekday::Sa]), time: range(10, 14) }];
        let weekend_afternoons = [Slot { days: day_mask(&[Weekday::Sa, Weekday::So]), time: range(13, 22) }];
        assert_eq!(slots_fit(&saturday_school, &weekend_afternoons), Some(true));
        assert_eq!(slots_cover(&saturday_school, &weekend_afternoons), Some(false));
        let saturday_all_day = [Slot { days: day_mask(&[Weekday::Sa]), time: range(8, 18) }];
        assert_eq!(slots_cover(&saturday_school, &saturday_all_day), Some(true));
        // A side without a time leaves it open; a day the need does not name does not count.
        assert_eq!(slots_cover(&saturday_school, &[Slot { days: 0, time: None }]), None);
        let friday_all_day = [Slot { days: day_mask(&[Weekday::Fr]), time: range(8, 18) }, weekend_afternoons[0]];
        assert_eq!(slots_cover(&saturday_school, &friday_all_day), Some(false));
    }
}
