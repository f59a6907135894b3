//! Splitting German compounds against the lexicon ("Hausaufgabenhilfe" → hausaufgaben + hilfe).

use super::Lexicon;
use crate::text::fold_german;

impl Lexicon {
    pub(super) fn is_component(&self, part: &str) -> bool {
        if part.chars().count() < 3 {
            return false;
        }
        if self.keys.contains_key(part) {
            return true;
        }
        ["en", "n", "e", "er", "s"]
            .iter()
            .any(|end| part.strip_suffix(end).is_some_and(|p| p.chars().count() >= 3 && self.keys.contains_key(p)))
    }

    /// Splits a German compound into known parts ("hausaufgabenhilfe" → hausaufgaben, hilfe);
    /// falls back to its longest known tail ("vereinsraum" → raum).
    pub fn decompound(&self, token: &str) -> Vec<String> {
        let folded = fold_german(token);
        if self.nosplit.contains(&folded) {
            return Vec::new();
        }
        if let Some(parts) = self.split(&folded, 0) {
            return parts;
        }
        let bounds: Vec<usize> = folded.char_indices().map(|(i, _)| i).collect();
        for &b in bounds.iter().skip(3) {
            let tail = &folded[b..];
            if tail.chars().count() >= 4 && self.is_component(tail) {
                return vec![tail.to_string()];
            }
        }
        for &b in bounds.iter().rev() {
            let head = &folded[..b];
            if head.chars().count() >= 5 && b + 3 <= folded.len() && self.is_component(head) {
                return vec![head.to_string()];
            }
        }
        Vec::new()
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
