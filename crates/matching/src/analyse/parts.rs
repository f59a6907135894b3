//! The smaller readings behind `analyse`: markers near words, title modifiers, group words,
//! categories, word terms and the languages a need depends on.

use std::collections::{BTreeSet, HashMap};

use super::Profile;
use crate::category::CategoryList;
use crate::function_words::FunctionWords;
use crate::lexicon::{ConceptId, ConceptKind, Hit, Lexicon, Marker, TokenCache};
use crate::text::{normalise_token, StemLang};

/// Whether the profile names the concept with some strength.
pub(super) fn has_concept(p: &Profile, id: ConceptId) -> bool {
    p.concepts.iter().any(|(c, w)| *c == id && *w >= 0.5)
}

/// Languages a need is about: the required ones, those named as a skill, or for interpreting
/// and language learning the languages it lists or names (German and languages only wished for aside).
pub(super) fn critical_languages(lex: &Lexicon, need: &Profile) -> BTreeSet<String> {
    if !need.required_languages.is_empty() {
        return need.required_languages.clone();
    }
    // "sonst dolmetschen wir selbst": the need's own languages are not asked of the other side.
    if need.interprets_itself {
        return BTreeSet::new();
    }
    // A room or a vehicle does not speak: "Classroom for Vietnamese lessons" names the language
    // of what happens in it, not one the offer must have.
    if need.holds_people {
        return BTreeSet::new();
    }
    let foreign = |l: &&String| l.as_str() != "de" && !need.wished_languages.contains(*l);
    if !need.skill_languages.is_empty() {
        return need.skill_languages.iter().filter(foreign).cloned().collect();
    }
    let named: BTreeSet<String> = need.named_languages.iter().filter(foreign).cloned().collect();
    let special = lex.special();
    // What the need is mainly about, or a child of it: an association that says it interprets
    // itself ("das Dolmetschen ins Dari übernehmen wir") is not looking for an interpreter.
    let about = |id: ConceptId| need.anchors.iter().any(|a| *a == id || lex.concept(*a).is_some_and(|c| c.parent == Some(id)));
    if about(special.mentoring) && !named.is_empty() {
        // Accompaniment in a named language ("Begleitung zum Jobcenter, Ukrainisch oder Russisch").
        return named;
    }
    if about(special.language_mediation) {
        // Interpreting: the languages named in the text are the ones to interpret ("Dolmetscher
        // für Kurdisch" from an Arabic association); without any, those listed.
        if named.is_empty() {
            need.languages.iter().filter(foreign).cloned().collect()
        } else {
            named
        }
    } else if has_concept(need, special.language_learning) || has_concept(need, special.literacy) {
        // Learning: the language named in the text is the one to teach; the listed ones are the
        // learners'. A title that names German ("Deutschkurs für nachgezogene Eltern") teaches
        // German: the other languages of the text are the learners' ("des Vietnamesischen Vereins"),
        // and so does one that names German as the language taught ("Abendkurs Deutsch für
        // Bauarbeiter … rumänische Mitglieder").
        if need.title_languages.contains("de") || need.learnt_languages.contains("de") {
            return BTreeSet::new();
        }
        need.named_languages.iter().filter(foreign).cloned().collect()
    } else if need.kind == crate::model::Kind::Need {
        // A service sought in a language its title names ("Gesundheitsinfo vietnamesisch",
        // "Beratung auf Bulgarisch/Rumänisch", "Hebamme Farsi"): the offer must speak one. For
        // people who do not speak German ("Almancaları yetmiyor", "versteht kein Deutsch mehr"),
        // when the title names none, the other languages the need lists or names ("kaum Deutsch
        // oder Englisch" names no language they speak, but the title "… auf Tigrinya" does).
        let critical: BTreeSet<String> = need.title_languages.iter().filter(foreign).cloned().collect();
        if critical.is_empty() && need.lacks_german {
            return need.languages.iter().filter(foreign).cloned().collect();
        }
        critical
    } else {
        BTreeSet::new()
    }
}

pub(super) fn bump(weights: &mut HashMap<ConceptId, f32>, concept: ConceptId, w: f32) {
    let entry = weights.entry(concept).or_insert(0.0);
    if w > *entry {
        *entry = w;
    }
}

pub(super) fn marker_positions(lex: &Lexicon, hits: &[Hit], marker: Marker) -> Vec<usize> {
    hits.iter().filter(|h| lex.concept(h.concept).is_some_and(|c| c.kind == ConceptKind::Marker(marker))).map(|h| h.pos).collect()
}

/// Title tokens that only say what an item is for: after "für", "for", "для", "برای", "bei"…
/// (head first), or before Turkish "için" (head last).
pub(super) fn modifier_range(tokens: &[String]) -> std::ops::Range<usize> {
    let words = FunctionWords::builtin();
    if let Some(i) = tokens.iter().position(|t| words.purpose_words_after.contains(t)) {
        return 0..i;
    }
    // Arabic attaches "for" to the word: "قاعة لدورة" (a hall for a course).
    let arabic_for = |t: &String| t.starts_with('ل') && !t.starts_with("ال") && t.chars().count() >= 4;
    match tokens.iter().enumerate().position(|(i, t)| words.purpose_words.contains(t) || (i > 0 && arabic_for(t))) {
        Some(i) if i > 0 => i..tokens.len(),
        _ => 0..0,
    }
}

pub(super) fn concept_positions(hits: &[Hit], concept: ConceptId) -> Vec<usize> {
    hits.iter().filter(|h| h.concept == concept).map(|h| h.pos).collect()
}

/// Whether one of `positions` stands at most `window` tokens from `pos` in the same sentence.
pub(super) fn near_window(positions: &[usize], pos: usize, window: usize, sentences: &[u32]) -> bool {
    positions.iter().any(|&p| p.abs_diff(pos) <= window && sentences.get(p) == sentences.get(pos))
}

/// "Frauengruppe", "Männertreff", "women's group": a group of that audience, not just a mention.
pub(super) fn is_group_word(token: &str) -> bool {
    token.chars().count() > 6 && FunctionWords::builtin().group_word_endings.iter().any(|e| token.ends_with(e))
}

/// A device named with a course, help or learning ("PC-Grundkurs", "Handy-Hilfe", "допомога зі
/// смартфоном") is about digital skills, not about devices to have.
pub(super) fn devices_taught(lex: &Lexicon, hits: &mut [Hit], tokens: &[String], sentences: &[u32]) {
    let special = lex.special();
    let (devices, skills, course) = (special.digital_devices, special.digital_skills, special.course);
    let course_pos: Vec<usize> = hits.iter().filter(|h| h.concept == course).map(|h| h.pos).collect();
    // Words that make a device next to them a matter of skills ("Handy-Hilfe", "PC help").
    let help_words = &FunctionWords::builtin().help_words;
    let helped = |p: usize| tokens.get(p).is_some_and(|t| help_words.contains(t));
    for h in hits.iter_mut().filter(|h| h.concept == devices && !h.via_parent) {
        let p = h.pos;
        // Up to two words apart: "Hilfe mit dem Handy", "допомога зі смартфоном".
        let near = (p.saturating_sub(2)..=p + 2)
            .any(|q| sentences.get(q) == sentences.get(p) && (course_pos.contains(&q) || (q != p && helped(q))));
        if near {
            h.concept = skills;
        }
    }
}

/// School levels from class numbers: up to class 4 is primary school, from class 5 on secondary.
pub(super) fn add_school_levels(lex: &Lexicon, weights: &mut HashMap<ConceptId, f32>, text: &str) {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let (mut primary, mut secondary) = (false, false);
    // Words for a school class, before ("Klasse 8–10", "Kl. 1–4") or after ("7–12 кл.") the numbers.
    let class_words = &FunctionWords::builtin().class_words;
    for (i, w) in words.iter().enumerate() {
        if !class_words.contains(w) {
            continue;
        }
        // The numbers right after the word, else right before it.
        let after: Vec<u32> = words[i + 1..].iter().take(2).map_while(|n| n.parse().ok()).collect();
        let numbers =
            if after.is_empty() { words[..i].iter().rev().take(2).map_while(|n| n.parse().ok()).collect::<Vec<u32>>() } else { after };
        for n in numbers.into_iter().filter(|n| (1..=13).contains(n)) {
            primary |= n <= 4;
            secondary |= n >= 5;
        }
    }
    let special = lex.special();
    for (flag, id) in [(primary, special.primary_school), (secondary, special.secondary_school)] {
        if flag {
            bump(weights, id, lex.concept(id).map_or(0.05, |c| c.weight));
        }
    }
}

/// Words between two class numbers ("Klasse 5 *bis* 10").
const CLASS_RANGE_WORDS: [&str; 6] = ["bis", "to", "до", "по", "und", "and"];
/// Words before a class word that make its number the highest class ("*bis* Klasse 10").
const CLASS_UP_TO_WORDS: [&str; 3] = ["bis", "until", "до"];
/// Words before a class word that make its number the lowest class ("*ab* Klasse 5").
const CLASS_FROM_WORDS: [&str; 3] = ["ab", "from", "від"];

/// The lower-case words of a text, split at everything but letters and digits: what
/// `school_classes` and `language_levels` read, split once per item.
pub(super) fn plain_words(lower: &str) -> Vec<&str> {
    lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

/// The school classes a text names, lowest and highest (both inclusive): numbers next to a word
/// for a class ("Klasse 8–10", "Kl. 12", "9. Klasse", "7–12 кл."), and levels that stand for a span
/// ("Grundschule" 1–4, "Oberstufe" 10–13), from its `plain_words`. `None` when it names no class.
pub(super) fn school_classes(words: &[&str]) -> Option<(u8, u8)> {
    let fw = FunctionWords::builtin();
    let mut found: Option<(u8, u8)> = None;
    let mut add = |lo: u8, hi: u8| found = Some(found.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
    for (i, w) in words.iter().enumerate() {
        if fw.primary_level_words.contains(w) {
            add(1, 4);
        } else if fw.upper_level_words.contains(w) {
            add(10, 13);
        } else if fw.class_words.contains(w) {
            // The numbers right after the word ("Klasse 5–10", "Klasse 5 bis 10"), else right
            // before it ("9. Klasse", "7–12 кл.").
            let num = |k: usize| words.get(k).and_then(|n| n.parse::<u32>().ok()).filter(|n| (1..=13).contains(n));
            let (lo, hi) = match (num(i + 1), num(i + 2), num(i + 3)) {
                (Some(a), Some(b), _) => (a, b),
                (Some(a), None, Some(b)) if words.get(i + 2).is_some_and(|w| CLASS_RANGE_WORDS.contains(w)) => (a, b),
                (Some(a), _, _) => (a, a),
                _ => match (i.checked_sub(2).and_then(num), i.checked_sub(1).and_then(num)) {
                    (Some(a), Some(b)) => (a, b),
                    (None, Some(b)) => (b, b),
                    _ => continue,
                },
            };
            let (lo, hi) = (lo.min(hi) as u8, lo.max(hi) as u8);
            // "bis Klasse 10" is every class up to it, "ab Klasse 5" every class from it.
            match i.checked_sub(1).map(|k| words[k]) {
                Some(b) if CLASS_UP_TO_WORDS.contains(&b) => add(1, hi),
                Some(b) if CLASS_FROM_WORDS.contains(&b) => add(lo, 13),
                _ => add(lo, hi),
            }
        }
    }
    found
}

/// The levels of the Common European Framework a text names, lowest and highest, as 1 (A1) to 6
/// (C2): "Deutschkurs B1", "Niveau A2 bis B1", "A1/A2"; "ab B1" is every level from it, "bis B1"
/// every level up to it; from the text's `plain_words`. `None` when the text names none.
pub(super) fn language_levels(words: &[&str]) -> Option<(u8, u8)> {
    let level = |w: &str| -> Option<u8> {
        let mut chars = w.chars();
        let (letter, digit) = (chars.next()?, chars.next()?);
        if chars.next().is_some() {
            return None;
        }
        let band = "abc".find(letter)? as u8;
        let step = digit.to_digit(10).filter(|d| (1..=2).contains(d))? as u8;
        Some(band * 2 + step)
    };
    let mut found: Option<(u8, u8)> = None;
    for (i, w) in words.iter().enumerate() {
        let Some(l) = level(w) else { continue };
        let before = i.checked_sub(1).map(|k| words[k]);
        // "A2 bis B1" is a span of its own; "bis B1" alone starts at A1.
        let spans = i.checked_sub(2).is_some_and(|k| level(words[k]).is_some());
        let (lo, hi) = match before {
            Some(b) if CLASS_UP_TO_WORDS.contains(&b) && !spans => (1, l),
            Some(b) if CLASS_FROM_WORDS.contains(&b) => (l, 6),
            _ => (l, l),
        };
        found = Some(found.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
    }
    found
}

/// Food named together with a party or event is catering ("Vietnamesische Küche für Feste").
pub(super) fn add_catering(lex: &Lexicon, weights: &mut HashMap<ConceptId, f32>) {
    let special = lex.special();
    if let (Some(&c), Some(&e)) = (weights.get(&special.cooking), weights.get(&special.event)) {
        // Only cooking named as such, not a class or cakes found through it.
        let narrower = [special.cooking_class, special.baking].iter().any(|k| weights.contains_key(k));
        if c >= 0.5 && !narrower {
            bump(weights, special.catering, c.min(e / 0.6));
        }
    }
}

/// A language named together with a course or teaching means language learning ("Arabischkurs").
pub(super) fn add_language_learning(lex: &Lexicon, weights: &mut HashMap<ConceptId, f32>) {
    let special = lex.special();
    // A title read as a language learnt without a word for a course ("Deutsch für Frauen",
    // "Deutsch A2 am Abend") names it as a course in the title would.
    let learned = weights.get(&special.course).map_or(0.9, |&w| w / 0.45 * 0.9);
    bump(weights, special.language_learning, learned.min(1.0));
}

pub(super) fn infer_categories(lex: &Lexicon, list: &CategoryList, explicit: Option<usize>, concepts: &[(ConceptId, f32)]) -> Vec<usize> {
    let mut scores: HashMap<usize, f32> = HashMap::new();
    for (cid, w) in concepts {
        if let Some(c) = lex.concept(*cid) {
            for name in &c.categories {
                if let Some(i) = list.index_of(name) {
                    *scores.entry(i).or_insert(0.0) += w;
                }
            }
        }
    }
    let mut ranked: Vec<(usize, f32)> = scores.into_iter().filter(|(_, s)| *s >= 0.5).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut out: Vec<usize> = explicit.into_iter().collect();
    for (i, _) in ranked.into_iter().take(3) {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// Weight of the unknown part of a compound as a word, against the whole word.
const REST_WEIGHT: f32 = 0.5;

pub(super) fn terms_of(
    lex: &Lexicon,
    lang: Option<StemLang>,
    title: &[String],
    desc: &[String],
    cache: &mut TokenCache,
) -> Vec<(String, f32)> {
    let mut counts: HashMap<String, f32> = HashMap::new();
    for (tokens, w) in [(title, 2.0), (desc, 1.0)] {
        for t in tokens {
            if t.chars().count() < 3 || lex.is_stopword(t) {
                continue;
            }
            let stem = lex.term_stem(t, lang, cache);
            *counts.entry(stem.to_string()).or_insert(0.0) += w;
            // The part of a compound the lexicon does not know is a word of its own, so that
            // "Gründungsberatung" and "Beratung zur Vereinsgründung" share "gründung".
            // Only long words are split (see `Lexicon::token_info`).
            if let Some(rest) = if t.len() >= 7 { lex.compound_rest(t, cache) } else { None } {
                let stem = lex.term_stem(&rest, lang, cache);
                if stem.as_ref() != t.as_str() {
                    *counts.entry(stem.to_string()).or_insert(0.0) += w * REST_WEIGHT;
                }
            }
        }
    }
    let mut terms: Vec<(String, f32)> = counts.into_iter().collect();
    terms.sort_by(|a, b| a.0.cmp(&b.0));
    terms
}

/// The largest number of people a text names ("bis 40 Pers.", "ca. 70 Gäste", "25 شخصاً"):
/// for an offer the places it has, for a need the size of the group. Ages, classes, prices and
/// other counts are not read.
pub(super) fn group_size(text: &str) -> Option<u32> {
    let lower = text.to_lowercase();
    // An amount of money is no count of people: "180 € p. P." is a price per person.
    let words: Vec<String> = lower
        .replace('€', " euro ")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(crate::text::normalise_token)
        .collect();
    let mut best: Option<u32> = None;
    let function_words = FunctionWords::builtin();
    for pair in words.windows(2) {
        let (Some(n), next) = (number(&pair[0]).or_else(|| number_word(&pair[0])), pair[1].as_str()) else { continue };
        if (2..=5000).contains(&n) && function_words.people_words.contains(next) {
            best = Some(best.map_or(n, |b| b.max(n)));
        }
    }
    // "Raum für 25, Beamer": a bare number after "für"/"for" ends the phrase (not "für 2 Stunden").
    let size_words = &function_words.size_words;
    for (i, &byte) in lower.as_bytes().iter().enumerate() {
        if !size_words.starts_with_byte(byte) {
            continue;
        }
        let Some(rest) = lower.get(i..) else { continue };
        let Some(after) = size_words.iter().find_map(|w| rest.strip_prefix(w)) else { continue };
        if i > 0 && lower[..i].chars().next_back().is_some_and(char::is_alphanumeric) {
            continue;
        }
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        let next = after[digits.len()..].chars().next();
        // "Raum für zwanzig, Beamer": a number word ends the phrase the same way.
        let word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
        let (value, next) = match digits.parse::<u32>() {
            Ok(n) => (Some(n), next),
            Err(_) => (number_word(&crate::text::normalise_token(&word)), after[word.len()..].chars().next()),
        };
        if let (Some(n), true) = (value, next.is_none_or(|c| matches!(c, ',' | '.' | ';' | ')' | '\n'))) {
            if (5..=5000).contains(&n) {
                best = Some(best.map_or(n, |b| b.max(n)));
            }
        }
    }
    best
}

/// One token of a text read for ages: a number or a word, and what stood before it.
struct AgeToken {
    /// The word, normalised; left empty for words too far from any number to matter.
    word: String,
    number: Option<u32>,
    /// The characters between the previous token and this one, without spaces around them.
    gap: String,
}

fn age_tokens(text: &str) -> Vec<AgeToken> {
    // Word boundaries first, as slices: a number and a word written together ("17jährige") are
    // two tokens.
    let mut raw: Vec<(usize, usize, Option<u32>)> = Vec::new();
    let mut start: Option<(usize, bool)> = None;
    for (i, c) in text.char_indices() {
        let digit = is_digit(c);
        match start {
            Some((s, d)) if !c.is_alphanumeric() || d != digit => {
                raw.push((s, i, if d { number(&text[s..i]) } else { None }));
                start = c.is_alphanumeric().then_some((i, digit));
            }
            None if c.is_alphanumeric() => start = Some((i, digit)),
            _ => {}
        }
    }
    if let Some((s, d)) = start {
        raw.push((s, text.len(), if d { number(&text[s..]) } else { None }));
    }
    // Ages written as words ("Kinder zwischen sechs und zehn Jahren") are numbers too.
    for token in &mut raw {
        if token.2.is_none() {
            token.2 = number_word(&crate::text::normalise_token(&text[token.0..token.1]));
        }
    }
    // Only words within three tokens of a number are read.
    let near: Vec<bool> = (0..raw.len()).map(|k| raw[k.saturating_sub(3)..(k + 4).min(raw.len())].iter().any(|t| t.2.is_some())).collect();
    let mut out = Vec::with_capacity(raw.len());
    let mut prev_end = 0;
    for (k, &(s, e, n)) in raw.iter().enumerate() {
        let word = if n.is_some() {
            text[s..e].to_string()
        } else if near[k] {
            crate::text::normalise_token(&text[s..e])
        } else {
            String::new()
        };
        out.push(AgeToken { word, number: n, gap: text[prev_end..s].trim().to_string() });
        prev_end = e;
    }
    out
}

/// The ages a text names, as the smallest and largest age (both inclusive): a range or a number
/// with an age word after it ("6–12 Jahre", "12–18 J.", "17-Jährige", "8–12 років", "ab 18
/// Jahren"), or a range right after a word for children, youth or an age ("Kinder 8–10",
/// "Jugendliche (15–17)", "children aged 6–12", "für Kinder von 6–12"). Not a count ("8–10
/// Kinder", "6–8 Leute"), a time ("mittwochs 15–17", "Kinder 15–17 Uhr") or a class ("Klasse
/// 5–10"). Several ranges give the smallest and the largest.
pub(super) fn age_range(text: &str) -> Option<(u8, u8)> {
    let words = FunctionWords::builtin();
    let tokens = age_tokens(text);
    // No number, no age (most texts of a city have none, or only times).
    if tokens.iter().all(|t| t.number.is_none()) {
        return None;
    }
    let mut found: Option<(u32, u32)> = None;
    let is_range_gap = |g: &str| matches!(g, "-" | "–" | "—" | "(-" | "(–");
    let mut i = 0;
    while i < tokens.len() {
        let Some(a) = tokens[i].number else {
            i += 1;
            continue;
        };
        let before = |k: usize| -> Option<&AgeToken> {
            if k == 0 {
                None
            } else {
                tokens.get(k - 1)
            }
        };
        // The range "a–b" or "a bis b", or a single number.
        let (b, last) = match (tokens.get(i + 1), tokens.get(i + 2)) {
            (Some(t), _) if t.number.is_some() && is_range_gap(&t.gap) => (t.number.unwrap_or(a), i + 1),
            // "6 bis 12", and "12- bis 17-Jährige" with the first number's hyphen.
            (Some(t), Some(u))
                if u.number.is_some()
                    && (t.gap.is_empty() || is_range_gap(&t.gap))
                    && u.gap.is_empty()
                    && range_word(&t.word, before(i)) =>
            {
                (u.number.unwrap_or(a), i + 2)
            }
            _ => (a, i),
        };
        let next = tokens.get(last + 1);
        let age_word_after = next.is_some_and(|t| t.number.is_none() && words.age_words.contains(&t.word) && !t.gap.contains([',', ';']));
        let ruled_out = next.is_some_and(|t| {
            matches!(t.word.as_str(), "uhr" | "h" | "pm" | "am" | "mal" | "x")
                || words.class_words.contains(&t.word)
                || words.people_words.contains(&t.word)
        });
        // The word before, skipping one linking word ("Kinder von 6–12"); only spaces, "(" or ":" between.
        let quiet = |t: &AgeToken| t.gap.is_empty() || t.gap == "(" || t.gap == ":";
        let mut context = None;
        if quiet(&tokens[i]) {
            if let Some(prev) = before(i) {
                if words.age_context_words.contains(&prev.word) {
                    context = Some(prev);
                } else if quiet(prev)
                    && (words.age_linking_words.contains(&prev.word)
                        || (describes_people(&prev.word) && !words.class_words.contains(&prev.word)))
                {
                    // "Kinder von 6–12", "Jugendliche Ehrenamtliche 15–17"
                    context = before(i - 1).filter(|t| words.age_context_words.contains(&t.word));
                }
            }
        }
        let word_before = |list: &crate::data_file::WordList| before(i).is_some_and(|t| list.contains(&t.word)) && quiet(&tokens[i]);
        let from = word_before(&words.age_from_words);
        let until = word_before(&words.age_until_words);
        let below = word_before(&words.age_below_words);
        let is_age = (age_word_after || (context.is_some() && last > i)) && !ruled_out && !span_of_years(words, &tokens, i, last);
        if is_age && a <= 99 && b <= 99 && a <= b {
            // "ab 18 Jahren": from that age on; "bis 27 Jahre", "unter 18 Jahren": up to it.
            let (lo, hi) = match () {
                _ if last > i => (a, b),
                _ if from => (a, 120),
                _ if until => (0, a),
                _ if below => (0, a.saturating_sub(1)),
                _ => (a, b),
            };
            found = Some(found.map_or((lo, hi), |(l, h)| (l.min(lo), h.max(hi))));
        }
        i = last + 1;
    }
    found.map(|(l, h)| (l.min(255) as u8, h.min(255) as u8))
}

/// Whether the number at `i` (a single one, `last == i`) with a word for years after it says how
/// long, not how old: "für 1 J.", "seit 20 Jahren", "vor 5 Jahren", "10 Jahre lang", "5 Jahre
/// Erfahrung", "feiern wir 10 Jahre Raduga". Not "17-Jährige" or "years old": only the plain
/// words for years are in `[year_words]`.
fn span_of_years(words: &FunctionWords, tokens: &[AgeToken], i: usize, last: usize) -> bool {
    let Some(unit) = tokens.get(last + 1).filter(|t| words.year_words.contains(&t.word)) else { return false };
    let word = |k: Option<usize>| k.and_then(|k| tokens.get(k)).map_or("", |t| t.word.as_str());
    let (prev, prev2) = (word(i.checked_sub(1)), word(i.checked_sub(2)));
    let after = word(Some(last + 2));
    // "10 Jahre alt" is an age whatever came before.
    if matches!(after, "alt" | "old") || unit.gap.starts_with('-') {
        return false;
    }
    // "seit sechs bis acht Jahren": a range too.
    matches!(prev, "seit" | "since")
        || last == i
            && (words.span_words.contains(prev)
                || words.anniversary_words.contains(prev)
                || words.anniversary_words.contains(prev2)
                || words.span_after_words.contains(after))
}

/// A word between two numbers that makes them a range: "6 bis 12", "8 to 14", "от 6 до 12",
/// "من 8 إلى 14", and "zwischen 12 und 21", "between 12 and 21", "بين 10 و12".
fn range_word(word: &str, before_first: Option<&AgeToken>) -> bool {
    match word {
        "bis" | "to" | "до" | "الي" | "تا" => true,
        "und" | "and" | "і" | "и" | "ve" | "و" => {
            before_first.is_some_and(|t| matches!(t.word.as_str(), "zwischen" | "between" | "між" | "между" | "بين"))
        }
        _ => false,
    }
}

/// A word that may stand between a word for the young and their ages ("Jugendliche
/// *Ehrenamtliche* 15–17"): a longer word, not an adverb of time ("mittwochs", "abends",
/// "Saturdays" end in -s) and not a number.
fn describes_people(word: &str) -> bool {
    word.chars().count() >= 6 && !word.ends_with('s') && number(word).is_none()
}

/// A digit in Western, Arabic-Indic or Persian writing.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c) || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

/// A whole number in Western, Arabic-Indic or Persian digits.
fn number(word: &str) -> Option<u32> {
    let mut n: u32 = 0;
    for c in word.chars() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '\u{0660}'..='\u{0669}' => c as u32 - 0x0660,
            '\u{06F0}'..='\u{06F9}' => c as u32 - 0x06F0,
            _ => return None,
        };
        n = n.checked_mul(10)?.checked_add(d)?;
    }
    Some(n)
}

/// A whole number written as a word ("zwanzig", "twenty", "yirmi", "двадцять"), normalised as
/// the tokenizer gives it; German compounds are read from their parts ("fünfundzwanzig" 25,
/// "zweihundert" 200, "dreihundertfünfzig" 350).
fn number_word(word: &str) -> Option<u32> {
    let words = &FunctionWords::builtin().number_words;
    if let Some(&n) = words.get(word) {
        return Some(n);
    }
    let unit = |w: &str| match w {
        "ein" | "eine" => Some(1),
        _ => words.get(w).copied().filter(|n| (2..=9).contains(n)),
    };
    if let Some((head, rest)) = word.split_once("hundert") {
        let hundreds = if head.is_empty() { Some(1) } else { unit(head) }?;
        let rest = if rest.is_empty() { 0 } else { number_word(rest.strip_prefix("und").unwrap_or(rest)).filter(|&n| n < 100)? };
        return Some(hundreds * 100 + rest);
    }
    let (units, tens) = word.split_once("und")?;
    let tens = words.get(tens).copied().filter(|n| (20..=90).contains(n) && n % 10 == 0)?;
    Some(unit(units)? + tens)
}

/// Whether a text names an amount of money: a number next to a currency sign or word ("250 €",
/// "€300", "2000 Euro", "350 EUR").
pub(super) fn names_amount(text: &str) -> bool {
    amount_of_money(text).is_some()
}

/// The largest amount of money a text names, in whole units ("1.500 € Zuschuss" is 1500, "bis
/// 300 €" 300, "€250,-" 250): a number next to a currency sign or word.
pub(crate) fn amount_of_money(text: &str) -> Option<u32> {
    let lower = text.to_lowercase();
    let chunks = money_chunks(&lower);
    amounts(&chunks, false).into_iter().map(|(_, v)| v).max()
}

/// The words of a lower-case text as written, without the punctuation around them ("€/std." is
/// "€/std").
fn money_chunks(lower: &str) -> Vec<&str> {
    lower.split_whitespace().map(|c| c.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '€')).collect()
}

/// The amounts of money among `chunks` (see `money_chunks`): positions and values. With `per`,
/// a sign followed by a unit counts too ("20 €/Std.").
fn amounts(chunks: &[&str], per: bool) -> Vec<(usize, u32)> {
    let currency = &FunctionWords::builtin().currency_words;
    // Digits with thousands separators ("1.500", "3,000"); a dot or comma before other than
    // three digits starts the cents ("250,-", "12,50").
    let value = |c: &str| -> Option<u32> {
        let c = c.trim_matches('€');
        let mut groups = c.split(['.', ',']);
        let mut whole = groups.next().filter(|g| !g.is_empty() && g.chars().all(|ch| ch.is_ascii_digit()))?.to_string();
        for g in groups {
            if g.len() == 3 && g.chars().all(|ch| ch.is_ascii_digit()) {
                whole.push_str(g);
            } else {
                break;
            }
        }
        whole.parse().ok()
    };
    let near_currency = |j: Option<usize>| j.and_then(|j| chunks.get(j)).is_some_and(|w| currency.contains(before_slash(w, per)));
    chunks
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let money = c.contains('€') || near_currency(i.checked_sub(1)) || near_currency(Some(i + 1));
            money.then(|| value(before_slash(c, per))).flatten().map(|v| (i, v))
        })
        .collect()
}

/// A chunk up to a slash when `per` ("€" of "€/std"), else the chunk.
fn before_slash(w: &str, per: bool) -> &str {
    if per {
        w.split('/').next().unwrap_or(w)
    } else {
        w
    }
}

/// Whether a text names a price: an amount of money with a word for a price within three words
/// of it ("Kursgebühr 180 €", "20 €/Std.", "50 Euro pro Abend", "fee: €30").
pub(super) fn names_price(text: &str) -> bool {
    let price = &FunctionWords::builtin().price_words;
    let lower = text.to_lowercase();
    let chunks = money_chunks(&lower);
    let is_price = |c: &str| c.split(|ch: char| !ch.is_alphanumeric()).any(|w| !w.is_empty() && price.contains(&normalise_token(w)));
    amounts(&chunks, true).into_iter().any(|(i, _)| (i.saturating_sub(3)..=i + 3).filter_map(|j| chunks.get(j)).any(|c| is_price(c)))
}

/// Whether an offer entered under `category` (its field on the form, an index of `list`) and
/// naming an amount of money gives money ("bis 1.500 € für Projekte mit älteren Menschen"): the
/// field is one of the funding concept's, so it offers funding whether or not it names the word,
/// as a need naming an amount asks for it.
pub(super) fn gives_money(category: Option<usize>, list: &CategoryList, lex: &Lexicon) -> bool {
    let Some(category) = category else { return false };
    lex.concept(lex.special().funding_application).is_some_and(|c| c.categories.iter().any(|k| list.index_of(k) == Some(category)))
}

/// A need that names an amount of money (`amount`, read from its texts by `amount_of_money`)
/// asks for funding: the concept at its weight, and a main subject when the amount is in the
/// title ("Ersatzteile 250 €", "350 € for seeds").
pub(super) fn add_funding_amount(
    lex: &Lexicon,
    weights: &mut HashMap<ConceptId, f32>,
    title_topics: &mut Vec<(ConceptId, f32)>,
    title: &str,
    amount: Option<u32>,
) {
    if amount.is_none() {
        return;
    }
    let id = lex.special().funding_application;
    let w = lex.concept(id).map_or(1.0, |c| c.weight);
    bump(weights, id, w);
    if names_amount(title) && !title_topics.iter().any(|(c, _)| *c == id) {
        title_topics.push((id, w));
    }
}
