//! Calibrated scores: a raw score is mapped to the share of suggestions with that raw score that
//! were judged relevant on the training sets, so that a score (and one threshold) means the same
//! on every network.
//!
//! The map is fitted by isotonic regression (pool adjacent violators) over every suggestion the
//! engine makes on the seven training sets in `eval/` (`cargo run -p matching --release --example
//! evaluate -- --calibrate`), and shipped as `data/calibration.txt`: lines `raw share`, raw scores
//! rising. Between two points the share is interpolated linearly; below the first and above the
//! last it is that point's share.

use std::sync::OnceLock;

const FILE: &str = include_str!("../data/calibration.txt");

/// A monotone map from raw score to the observed share of relevant suggestions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Calibration {
    points: Vec<(f32, f32)>,
}

static BUILTIN: OnceLock<Calibration> = OnceLock::new();

impl Calibration {
    /// The map shipped with the crate; the identity if the file were empty.
    pub fn builtin() -> &'static Calibration {
        BUILTIN.get_or_init(|| Calibration::parse(FILE).unwrap_or_default())
    }

    /// Parses lines `raw share` (`#` starts a comment); raw scores must rise and shares must not fall.
    pub fn parse(text: &str) -> Result<Calibration, String> {
        let mut points: Vec<(f32, f32)> = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut parts = line.split_whitespace().map(str::parse::<f32>);
            let (Some(Ok(raw)), Some(Ok(share)), None) = (parts.next(), parts.next(), parts.next()) else {
                return Err(format!("line {}: expected `raw share`", n + 1));
            };
            if let Some(&(r, s)) = points.last() {
                if raw <= r || share < s {
                    return Err(format!("line {}: raw scores must rise and shares must not fall", n + 1));
                }
            }
            points.push((raw, share));
        }
        Ok(Calibration { points })
    }

    /// Fits the map to `(raw score, judged relevant)` samples: isotonic regression, each pooled
    /// block becoming a point at its mean raw score with its share of relevant samples. Blocks
    /// of fewer than `min_block` samples are pooled with their neighbour, so that no point rests
    /// on a handful of pairs.
    pub fn fit(samples: &[(f32, bool)], min_block: usize) -> Calibration {
        let mut sorted: Vec<(f32, bool)> = samples.to_vec();
        sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
        // Blocks of (sum of raw, relevant count, count).
        let mut blocks: Vec<(f64, f64, f64)> = Vec::new();
        for (raw, relevant) in sorted {
            blocks.push((f64::from(raw), if relevant { 1.0 } else { 0.0 }, 1.0));
            loop {
                let n = blocks.len();
                if n < 2 {
                    break;
                }
                let (a, b) = (blocks[n - 2], blocks[n - 1]);
                let violates = a.1 / a.2 >= b.1 / b.2;
                if violates || a.2 < min_block as f64 {
                    blocks.truncate(n - 2);
                    blocks.push((a.0 + b.0, a.1 + b.1, a.2 + b.2));
                } else {
                    break;
                }
            }
        }
        // A small last block joins the one before (it cannot be made to by the loop above).
        while blocks.len() >= 2 && blocks[blocks.len() - 1].2 < min_block as f64 {
            let (Some(b), Some(a)) = (blocks.pop(), blocks.pop()) else { break };
            blocks.push((a.0 + b.0, a.1 + b.1, a.2 + b.2));
        }
        let mut points: Vec<(f32, f32)> = Vec::new();
        for (sum, rel, count) in blocks {
            let point = ((sum / count) as f32, (rel / count) as f32);
            match points.last() {
                Some(&(r, s)) if point.0 <= r || point.1 < s => {}
                _ => points.push(point),
            }
        }
        Calibration { points }
    }

    /// The calibrated score of a raw score, in 0..1.
    pub fn apply(&self, raw: f32) -> f32 {
        let (Some(&first), Some(&last)) = (self.points.first(), self.points.last()) else { return raw.clamp(0.0, 1.0) };
        if raw <= first.0 {
            return first.1;
        }
        if raw >= last.0 {
            return last.1;
        }
        let i = self.points.partition_point(|(r, _)| *r <= raw);
        let ((r0, s0), (r1, s1)) = (self.points[i - 1], self.points[i]);
        (s0 + (s1 - s0) * (raw - r0) / (r1 - r0)).clamp(0.0, 1.0)
    }

    /// The points, for writing the file.
    pub fn to_text(&self) -> String {
        self.points.iter().map(|(r, s)| format!("{r:.4} {s:.4}\n")).collect()
    }

    /// Whether the map has no points (then scores stay raw).
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::Calibration;

    #[test]
    fn interpolates_and_holds_the_ends() {
        let c = Calibration::parse("# raw share\n0.5 0.2\n0.7 0.6\n0.9 0.9\n").expect("parses");
        assert!((c.apply(0.4) - 0.2).abs() < 1e-6);
        assert!((c.apply(0.6) - 0.4).abs() < 1e-6);
        assert!((c.apply(0.95) - 0.9).abs() < 1e-6);
        assert!(c.apply(0.8) > c.apply(0.75));
    }

    #[test]
    fn rejects_a_falling_map() {
        assert!(Calibration::parse("0.5 0.6\n0.7 0.2\n").is_err());
        assert!(Calibration::parse("0.7 0.2\n0.5 0.6\n").is_err());
        assert!(Calibration::parse("0.5\n").is_err());
    }

    #[test]
    fn fitting_pools_violations_into_a_rising_map() {
        // Relevance rises with the score, with one dip at 0.65 that must be pooled away.
        let mut samples = Vec::new();
        for (raw, relevant, count) in [(0.5, false, 8), (0.55, true, 2), (0.6, true, 6), (0.65, false, 6), (0.8, true, 9), (0.85, false, 1)]
        {
            samples.extend(std::iter::repeat_n((raw as f32, relevant), count));
        }
        let c = Calibration::fit(&samples, 3);
        let text = c.to_text();
        let back = Calibration::parse(&text).expect("a fitted map parses");
        assert_eq!(back.points.len(), c.points.len());
        assert!(c.apply(0.5) < 0.3, "{text}");
        assert!(c.apply(0.9) > 0.8, "{text}");
        for w in c.points.windows(2) {
            assert!(w[0].0 < w[1].0 && w[0].1 <= w[1].1, "{text}");
        }
    }

    #[test]
    fn the_shipped_map_parses_and_rises() {
        let c = Calibration::parse(super::FILE).expect("data/calibration.txt parses");
        assert!(!c.is_empty());
        assert!(c.apply(1.0) >= c.apply(0.6));
    }
}
