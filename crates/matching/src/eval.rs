//! Ranking quality against hand-judged matches: precision, recall, MRR, nDCG and the share of
//! needs without a match that still get a suggestion; plus a word-overlap baseline to compare with.

use std::collections::{BTreeMap, HashSet};

use crate::cli::MatchInput;
use crate::lexicon::Lexicon;
use crate::model::{Item, Kind};
use crate::text::tokenize;

/// Judged grades per need: offer id → 2 (strong) or 1 (plausible). An empty map means no match.
pub type Judgments = BTreeMap<String, BTreeMap<String, u8>>;

/// Ranked offer ids per need id.
pub type Rankings = BTreeMap<String, Vec<String>>;

/// Parses lines `need: offer=grade offer=grade` or `need: -`; `#` starts a comment.
pub fn parse_judgments(text: &str) -> Result<Judgments, String> {
    let mut out = Judgments::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let (need, rest) = line.split_once(':').ok_or_else(|| format!("line {}: expected `need: …`", n + 1))?;
        let mut grades = BTreeMap::new();
        for part in rest.split_whitespace().filter(|p| *p != "-") {
            let (offer, grade) = part.split_once('=').ok_or_else(|| format!("line {}: bad `{part}`", n + 1))?;
            let grade: u8 = grade.parse().map_err(|_| format!("line {}: bad grade in `{part}`", n + 1))?;
            grades.insert(offer.to_string(), grade);
        }
        out.insert(need.trim().to_string(), grades);
    }
    Ok(out)
}

/// The measured quality of one ranker.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Metrics {
    /// Relevant (grade ≥ 1) among the first 5 places, divided by 5.
    pub precision_at_5: f64,
    /// Relevant among the suggestions actually shown in the first 5 places.
    pub shown_precision_at_5: f64,
    pub recall_at_10: f64,
    pub mrr: f64,
    pub ndcg_at_10: f64,
    /// Share of needs without a judged match that still get a suggestion.
    pub no_match_suggested: f64,
    pub needs_with_match: usize,
    pub needs_without_match: usize,
    /// Needs with a judged match whose list is empty (a fitting offer exists, nothing is shown).
    pub with_match_empty: usize,
}

/// Scores rankings against judgments; needs missing from `rankings` count as empty.
pub fn evaluate(rankings: &Rankings, judgments: &Judgments) -> Metrics {
    let mut m = Metrics::default();
    let mut shown_lists = 0usize;
    for (need, grades) in judgments {
        let empty = Vec::new();
        let ranked = rankings.get(need).unwrap_or(&empty);
        if grades.is_empty() {
            m.needs_without_match += 1;
            if !ranked.is_empty() {
                m.no_match_suggested += 1.0;
            }
            continue;
        }
        m.needs_with_match += 1;
        if ranked.is_empty() {
            m.with_match_empty += 1;
        }
        let grade = |id: &String| grades.get(id).copied().unwrap_or(0);
        let top5 = ranked.iter().take(5);
        let hits5 = top5.clone().filter(|id| grade(id) > 0).count();
        m.precision_at_5 += hits5 as f64 / 5.0;
        let shown5 = top5.count();
        if shown5 > 0 {
            m.shown_precision_at_5 += hits5 as f64 / shown5 as f64;
            shown_lists += 1;
        }
        let hits10 = ranked.iter().take(10).filter(|id| grade(id) > 0).count();
        m.recall_at_10 += hits10 as f64 / grades.len() as f64;
        if let Some(pos) = ranked.iter().position(|id| grade(id) > 0) {
            m.mrr += 1.0 / (pos as f64 + 1.0);
        }
        let dcg: f64 = ranked.iter().take(10).enumerate().map(|(i, id)| gain(grade(id)) / discount(i)).sum();
        let mut ideal: Vec<u8> = grades.values().copied().collect();
        ideal.sort_unstable_by(|a, b| b.cmp(a));
        let idcg: f64 = ideal.iter().take(10).enumerate().map(|(i, g)| gain(*g) / discount(i)).sum();
        if idcg > 0.0 {
            m.ndcg_at_10 += dcg / idcg;
        }
    }
    let n = m.needs_with_match.max(1) as f64;
    m.precision_at_5 /= n;
    m.recall_at_10 /= n;
    m.mrr /= n;
    m.ndcg_at_10 /= n;
    m.shown_precision_at_5 /= shown_lists.max(1) as f64;
    m.no_match_suggested /= m.needs_without_match.max(1) as f64;
    m
}

fn gain(grade: u8) -> f64 {
    f64::from((1u32 << grade.min(8)) - 1)
}

fn discount(index: usize) -> f64 {
    (index as f64 + 2.0).log2()
}

/// The comparison baseline: offers ranked by shared words (Jaccard on lower-cased words without
/// stop words, no stemming, no lexicon), other organisations only, every overlap shown.
pub fn word_overlap_baseline(input: &MatchInput, top_k: usize) -> Rankings {
    let lex = Lexicon::builtin();
    let words = |item: &Item| -> HashSet<String> {
        tokenize(&format!("{} {}", item.title, item.description))
            .into_iter()
            .filter(|t| t.chars().count() > 2 && !lex.is_stopword(t))
            .collect()
    };
    let offers: Vec<(&Item, HashSet<String>)> = input.items.iter().filter(|i| i.kind == Kind::Offer).map(|i| (i, words(i))).collect();
    let mut out = Rankings::new();
    for need in input.items.iter().filter(|i| i.kind == Kind::Need) {
        let nw = words(need);
        let mut scored: Vec<(f64, &str)> = offers
            .iter()
            .filter(|(o, _)| o.org != need.org)
            .filter_map(|(o, ow)| {
                let inter = nw.intersection(ow).count();
                let union = nw.union(ow).count();
                (inter > 0).then(|| (inter as f64 / union.max(1) as f64, o.id.0.as_str()))
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
        out.insert(need.id.0.clone(), scored.into_iter().take(top_k).map(|(_, id)| id.to_string()).collect());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_ranking_scores_one() {
        let j = parse_judgments("n1: o1=2 o2=1\nn2: -\n").expect("judgments");
        let mut r = Rankings::new();
        r.insert("n1".into(), vec!["o1".into(), "o2".into()]);
        let m = evaluate(&r, &j);
        assert!((m.ndcg_at_10 - 1.0).abs() < 1e-9);
        assert!((m.mrr - 1.0).abs() < 1e-9);
        assert!((m.recall_at_10 - 1.0).abs() < 1e-9);
        assert!((m.precision_at_5 - 0.4).abs() < 1e-9);
        assert!((m.shown_precision_at_5 - 1.0).abs() < 1e-9);
        assert_eq!(m.no_match_suggested, 0.0);
        assert_eq!(m.with_match_empty, 0);
    }

    #[test]
    fn needs_with_a_match_and_an_empty_list_are_counted() {
        let j = parse_judgments("n1: o1=2\nn2: o2=1\nn3: -").expect("judgments");
        let mut r = Rankings::new();
        r.insert("n1".into(), vec!["o9".into()]);
        let m = evaluate(&r, &j);
        assert_eq!(m.with_match_empty, 1);
        assert_eq!(m.needs_with_match, 2);
    }

    #[test]
    fn suggestions_for_needs_without_match_are_counted() {
        let j = parse_judgments("n1: -\nn2: -").expect("judgments");
        let mut r = Rankings::new();
        r.insert("n1".into(), vec!["o9".into()]);
        assert!((evaluate(&r, &j).no_match_suggested - 0.5).abs() < 1e-9);
    }
}
