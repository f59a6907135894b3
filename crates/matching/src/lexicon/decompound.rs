//! Splitting German compounds against the lexicon ("Hausaufgabenhilfe" → hausaufgaben + hilfe).

use super::Lexicon;
use crate::function_words::FunctionWords;
use crate::text::fold_german;

impl Lexicon {
    pub(super) fn is_component(&self, part: &str) -> bool {
        self.component_len(part, true).is_some()
    }

    /// The length (in letters) of the lexicon key a compound part is, with or without an
    /// inflection ending; `None` when it is no key. With `german`, only keys of German forms
    /// count ("Aktionstage" has no English "stage" in it).
    fn component_len(&self, part: &str, german: bool) -> Option<usize> {
        let n = part.chars().count();
        if n < 3 {
            return None;
        }
        let known =
            |k: &str| if german { self.german_keys.contains(k) } else { self.keys.contains_key(k) && !self.stemless_keys.contains(k) };
        if known(part) {
            return Some(n);
        }
        ["en", "n", "e", "er", "s"].iter().find_map(|end| {
            let p = part.strip_suffix(end)?;
            let len = p.chars().count();
            (len >= 3 && known(p)).then_some(len)
        })
    }

    /// Splits a German compound into known parts ("hausaufgabenhilfe" → hausaufgaben, hilfe);
    /// falls back to its longest known tail ("vereinsraum" → raum), and then also gives the rest
    /// of the word if it is long enough to be a word of its own ("gründungsberatung" → beratung,
    /// rest "gründung"): the subject the lexicon does not know.
    pub fn decompound_with_rest(&self, token: &str) -> (Vec<String>, Option<String>) {
        let folded = fold_german(token);
        if self.nosplit.contains(&folded) {
            return (Vec::new(), None);
        }
        // "Nicht-" negates the rest of the word, not the item: "Nichtschwimmerinnen" are swimmers
        // to be.
        if let Some(rest) = folded.strip_prefix("nicht").filter(|r| r.chars().count() >= 4) {
            return if self.is_component(rest) { (vec![rest.to_string()], None) } else { self.decompound_with_rest(rest) };
        }
        // A compound ending in a word kept whole ("Vereinsmitglieder", "Dachverband") is read by
        // its head and that word: a tail inside the word ("lieder", "band") is not what it means.
        let whole_tail = self
            .nosplit
            .iter()
            .filter(|w| w.chars().count() >= 5 && folded.len() > w.len() && folded.ends_with(w.as_str()))
            .max_by_key(|w| w.len());
        if let Some(w) = whole_tail {
            let head = &folded[..folded.len() - w.len()];
            let head = head.strip_suffix('s').filter(|h| h.chars().count() >= 3).unwrap_or(head);
            let mut parts = if self.is_component(head) {
                vec![head.to_string()]
            } else if head.chars().count() >= 7 {
                self.decompound_with_rest(head).0
            } else {
                Vec::new()
            };
            // The word kept whole counts when it is a word of the lexicon ("Vereinsvorstand").
            if self.is_component(w) {
                parts.push(w.clone());
            }
            return (parts, None);
        }
        if let Some(parts) = self.split(&folded, 0) {
            return (parts, None);
        }
        // No full split: the longest known tail or head, whichever is longer ("strickkreis" is
        // "strick", not "reis"). A tail must be a word of four letters or more, and not follow a
        // verb prefix ("vorbeibringen" is no "ringen", "gestalten" no "alt").
        let bounds: Vec<usize> = folded.char_indices().map(|(i, _)| i).collect();
        // Separable verb prefixes: a known word after one is part of a verb ("mitbringen").
        let verb_prefixes = &FunctionWords::builtin().verb_prefixes;
        let tail = bounds.iter().skip(3).find_map(|&b| {
            let tail = &folded[b..];
            let len = self.component_len(tail, true).filter(|&l| l >= 4 && tail.chars().count() >= 4)?;
            (!verb_prefixes.iter().any(|p| folded[..b].ends_with(p))).then_some((tail, len))
        });
        let head = bounds.iter().rev().find_map(|&b| {
            let head = &folded[..b];
            // A head of another language does not end inside a doubled letter of the German word:
            // "programm|heft" is no English "program" ("strick|kreis" is German on both sides).
            if head.chars().last().is_some_and(|c| folded[b..].starts_with(c)) && self.component_len(head, true).is_none() {
                return None;
            }
            // A head may be a word of any language ("salonumuz" is "salon" with Turkish endings).
            let len = self.component_len(head, false).filter(|_| head.chars().count() >= 5 && b + 3 <= folded.len())?;
            Some((head, len))
        });
        let part = match (tail, head) {
            (Some((t, tl)), Some((h, hl))) => {
                if hl > tl {
                    h
                } else {
                    t
                }
            }
            (Some((t, _)), None) => t,
            (None, Some((h, _))) => h,
            (None, None) => return (Vec::new(), None),
        };
        // The rest, without a linking letter ("gründungs-beratung", "verein-s-gründung").
        let rest = match folded.strip_prefix(part) {
            Some(after_head) => after_head.strip_prefix('s').unwrap_or(after_head),
            None => {
                let before_tail = &folded[..folded.len() - part.len()];
                before_tail.strip_suffix('s').unwrap_or(before_tail)
            }
        };
        let rest = (rest.chars().count() >= 4).then(|| rest.to_string());
        (vec![part.to_string()], rest)
    }

    fn split(&self, s: &str, depth: usize) -> Option<Vec<String>> {
        if depth > 3 {
            return None;
        }
        let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
        let n = bounds.len();
        for i in (3..n.saturating_sub(2)).rev() {
            let (head, tail) = s.split_at(bounds[i]);
            if !self.is_component(head) {
                continue;
            }
            for fugen in ["", "s", "n", "en", "es", "e"] {
                let Some(t) = tail.strip_prefix(fugen) else { continue };
                if t.chars().count() < 3 {
                    continue;
                }
                if self.is_component(t) {
                    return Some(vec![head.to_string(), t.to_string()]);
                }
                if let Some(mut rest) = self.split(t, depth + 1) {
                    rest.insert(0, head.to_string());
                    return Some(rest);
                }
            }
        }
        None
    }
}
