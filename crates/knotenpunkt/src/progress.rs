//! Progress of long-running commands on standard error: a bar (`indicatif`) on a terminal,
//! otherwise one plain line per tenth of the work, so that logs and CI output stay readable.

use std::io::{IsTerminal, Write};

/// Counts work done out of a known total and shows it.
pub struct Progress {
    shown: Shown,
}

enum Shown {
    Bar(indicatif::ProgressBar),
    Lines(Lines<Box<dyn Write + Send>>),
}

impl Progress {
    /// Progress of `total` units called `what` (e.g. "Vereine gespeichert") on standard error.
    pub fn on_stderr(what: &str, total: u64) -> Self {
        let shown = if std::io::stderr().is_terminal() {
            let bar = indicatif::ProgressBar::new(total);
            let style = indicatif::ProgressStyle::with_template("{msg}: {wide_bar} {pos}/{len} ({percent} %, noch {eta})")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
            bar.set_style(style);
            bar.set_message(what.to_owned());
            Shown::Bar(bar)
        } else {
            Shown::Lines(Lines::new(Box::new(std::io::stderr()), what, total))
        };
        Progress { shown }
    }

    /// `done` more units are done.
    pub fn advance(&mut self, done: u64) {
        match &mut self.shown {
            Shown::Bar(bar) => bar.inc(done),
            Shown::Lines(lines) => lines.advance(done),
        }
    }

    /// The work is over (or was given up): the bar stays where it got to.
    pub fn finish(self) {
        if let Shown::Bar(bar) = self.shown {
            bar.abandon();
        }
    }
}

/// Plain lines: `what: done von total (p %)` whenever another tenth is reached.
struct Lines<W: Write> {
    out: W,
    what: String,
    total: u64,
    done: u64,
    tenths_shown: u64,
}

impl<W: Write> Lines<W> {
    fn new(out: W, what: &str, total: u64) -> Self {
        Lines { out, what: what.to_owned(), total, done: 0, tenths_shown: 0 }
    }

    fn advance(&mut self, done: u64) {
        self.done = self.done.saturating_add(done).min(self.total);
        if self.total == 0 {
            return;
        }
        let tenths = self.done.saturating_mul(10) / self.total;
        if tenths > self.tenths_shown {
            self.tenths_shown = tenths;
            let percent = self.done.saturating_mul(100) / self.total;
            // Progress is a courtesy: a closed standard error must not stop the work.
            let _ = writeln!(self.out, "{}: {} von {} ({percent} %)", self.what, self.done, self.total);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(total: u64, steps: &[u64]) -> String {
        let mut lines = Lines::new(Vec::new(), "Vereine gespeichert", total);
        for &step in steps {
            lines.advance(step);
        }
        String::from_utf8(lines.out).unwrap_or_default()
    }

    #[test]
    fn one_line_per_tenth_reached() {
        let out = shown(100_000, &[1000; 100]);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 10, "{out}");
        assert_eq!(lines[0], "Vereine gespeichert: 10000 von 100000 (10 %)");
        assert_eq!(lines[9], "Vereine gespeichert: 100000 von 100000 (100 %)");
    }

    #[test]
    fn big_steps_give_one_line_and_small_totals_are_not_chatty() {
        assert_eq!(shown(1000, &[50, 700, 250]), "Vereine gespeichert: 750 von 1000 (75 %)\nVereine gespeichert: 1000 von 1000 (100 %)\n");
        assert_eq!(shown(3, &[1, 1, 1]).lines().count(), 3);
        assert_eq!(shown(0, &[0]), "");
        assert_eq!(shown(10, &[25]), "Vereine gespeichert: 10 von 10 (100 %)\n", "never more than the total");
    }
}
