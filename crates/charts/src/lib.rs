//! Accessible charts as SVG strings, drawn on the server: a horizontal bar chart, a column chart
//! (histogram) and a line chart over time.
//!
//! Every chart is `<svg role="img" aria-labelledby="ID-title ID-desc">` with a `<title>` and a
//! `<desc>`, writes its labels and values as text on the chart (one colour, so nothing is said
//! by colour alone), escapes all text, and is sized by its `viewBox` only, so it scales down to a
//! 360 px screen. Right-to-left mirrors the chart (labels on the right, bars growing to the left,
//! time running from right to left) and marks the SVG `direction="rtl"`.
//!
//! [`table`] gives the same numbers as a data table model, for the table the page shows next to
//! the chart. The caller gives all texts (already translated) and, where it wants, the display
//! of each value; numbers without a display are written with the chart's thousands separator.

use std::fmt::Write;

/// Reading direction of the page the chart goes into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

/// One labelled value: a bar, a column or a point of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Datum {
    pub label: String,
    pub value: u64,
    /// How the value is written on the chart and in the table; `None`: the number itself.
    pub display: Option<String>,
}

impl Datum {
    pub fn new(label: impl Into<String>, value: u64) -> Datum {
        Datum { label: label.into(), value, display: None }
    }

    /// A value written differently from its number (a percentage, a duration…).
    pub fn with_display(label: impl Into<String>, value: u64, display: impl Into<String>) -> Datum {
        Datum { label: label.into(), value, display: Some(display.into()) }
    }
}

/// The texts and settings of one chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    id: String,
    title: String,
    description: String,
    direction: Direction,
    empty_text: String,
    thousands: Option<char>,
}

impl Chart {
    /// `id` makes the element ids unique on the page (anything but ASCII letters, digits, `-`
    /// and `_` is replaced by `-`); `title` and `description` become `<title>` and `<desc>`.
    pub fn new(id: &str, title: impl Into<String>, description: impl Into<String>) -> Chart {
        Chart {
            id: sanitise_id(id),
            title: title.into(),
            description: description.into(),
            direction: Direction::Ltr,
            empty_text: "–".to_owned(),
            thousands: Some('\u{202F}'),
        }
    }

    pub fn direction(mut self, direction: Direction) -> Chart {
        self.direction = direction;
        self
    }

    /// Written in the middle of a chart without data (default: an en dash).
    pub fn empty_text(mut self, text: impl Into<String>) -> Chart {
        self.empty_text = text.into();
        self
    }

    /// Groups the digits of numbers without a display (default: a narrow no-break space;
    /// `None`: no grouping).
    pub fn thousands(mut self, separator: Option<char>) -> Chart {
        self.thousands = separator;
        self
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    fn display(&self, datum: &Datum) -> String {
        match &datum.display {
            Some(text) => text.clone(),
            None => group_digits(datum.value, self.thousands),
        }
    }

    fn number(&self, value: u64) -> String {
        group_digits(value, self.thousands)
    }
}

/// The numbers of a chart as a table: one row per datum, in the chart's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataTable {
    /// The chart's title, for the table's `<caption>`.
    pub caption: String,
    pub label_heading: String,
    pub value_heading: String,
    pub rows: Vec<TableRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub label: String,
    pub value: u64,
    /// The value as the chart writes it.
    pub display: String,
}

/// The same numbers as `data` drawn with `chart`, as a table model (texts unescaped: the
/// template escapes them).
pub fn table(chart: &Chart, data: &[Datum], label_heading: impl Into<String>, value_heading: impl Into<String>) -> DataTable {
    DataTable {
        caption: chart.title.clone(),
        label_heading: label_heading.into(),
        value_heading: value_heading.into(),
        rows: data.iter().map(|d| TableRow { label: d.label.clone(), value: d.value, display: chart.display(d) }).collect(),
    }
}

/// Escapes text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Characters XML 1.0 does not allow at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

const WIDTH: f64 = 480.0;
const FONT: f64 = 14.0;
const SMALL_FONT: f64 = 12.0;
const BAR_COLOUR: &str = "#1d5f8a";
const TEXT_COLOUR: &str = "#1a1a1a";
const GRID_COLOUR: &str = "#8a8a8a";

/// Horizontal bars, one row per datum: the label before the bar, the value after it.
pub fn bar_chart(chart: &Chart, data: &[Datum]) -> String {
    const ROW: f64 = 28.0;
    const BAR: f64 = 18.0;
    const LABEL_WIDTH: f64 = 180.0;
    const GAP: f64 = 8.0;
    if data.is_empty() {
        return empty(chart, 60.0);
    }
    let height = data.len() as f64 * ROW + 8.0;
    let mut svg = open(chart, height);
    let displays: Vec<String> = data.iter().map(|d| chart.display(d)).collect();
    let value_width = displays.iter().map(|d| text_width(d, FONT)).fold(0.0, f64::max) + GAP;
    let bar_start = LABEL_WIDTH + GAP;
    let bar_room = (WIDTH - bar_start - value_width).max(40.0);
    let max = data.iter().map(|d| d.value).max().unwrap_or(0);
    let m = Mirror(chart.direction);
    for (i, (datum, display)) in data.iter().zip(&displays).enumerate() {
        let top = 4.0 + i as f64 * ROW;
        let baseline = top + ROW / 2.0 + FONT * 0.35;
        let bar_width = scale(datum.value, max, bar_room);
        let label = truncate(&datum.label, LABEL_WIDTH, FONT);
        let _ = write!(
            svg,
            r#"<text x="{}" y="{:.1}" text-anchor="end" font-size="{FONT}" fill="{TEXT_COLOUR}">{}</text>"#,
            m.x(LABEL_WIDTH),
            baseline,
            escape(&label)
        );
        if bar_width > 0.0 {
            let _ = write!(
                svg,
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{BAR}" fill="{BAR_COLOUR}"/>"#,
                m.span(bar_start, bar_width),
                top + (ROW - BAR) / 2.0,
                bar_width
            );
        }
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="start" font-size="{FONT}" fill="{TEXT_COLOUR}">{}</text>"#,
            m.x(bar_start + bar_width + 4.0),
            baseline,
            escape(display)
        );
    }
    // The axis the bars start from.
    let _ = write!(
        svg,
        r#"<line x1="{}" y1="2" x2="{}" y2="{:.1}" stroke="{GRID_COLOUR}" stroke-width="1"/>"#,
        m.x(bar_start),
        m.x(bar_start),
        height - 2.0
    );
    svg.push_str("</svg>");
    svg
}

/// Vertical columns side by side (a histogram when the labels are ranges): the value above each
/// column, the label below it.
pub fn column_chart(chart: &Chart, data: &[Datum]) -> String {
    const HEIGHT: f64 = 240.0;
    const TOP: f64 = 24.0;
    const BOTTOM: f64 = 36.0;
    const SIDE: f64 = 8.0;
    if data.is_empty() {
        return empty(chart, 60.0);
    }
    let mut svg = open(chart, HEIGHT);
    let slot = (WIDTH - 2.0 * SIDE) / data.len() as f64;
    let column = slot * 0.7;
    let room = HEIGHT - TOP - BOTTOM;
    let base = HEIGHT - BOTTOM;
    let max = data.iter().map(|d| d.value).max().unwrap_or(0);
    let m = Mirror(chart.direction);
    for (i, datum) in data.iter().enumerate() {
        let centre = SIDE + slot * (i as f64 + 0.5);
        let h = scale(datum.value, max, room);
        if h > 0.0 {
            let _ = write!(
                svg,
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{BAR_COLOUR}"/>"#,
                m.span(centre - column / 2.0, column),
                base - h,
                column,
                h
            );
        }
        let display = chart.display(datum);
        let value_font = fitting_font(&display, slot);
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="{value_font:.1}" fill="{TEXT_COLOUR}">{}</text>"#,
            m.x(centre),
            base - h - 4.0,
            escape(&display)
        );
        let label = truncate(&datum.label, slot, SMALL_FONT);
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="{SMALL_FONT}" fill="{TEXT_COLOUR}">{}</text>"#,
            m.x(centre),
            base + 18.0,
            escape(&label)
        );
    }
    let _ = write!(svg, r#"<line x1="{SIDE}" y1="{base}" x2="{}" y2="{base}" stroke="{GRID_COLOUR}" stroke-width="1"/>"#, WIDTH - SIDE);
    svg.push_str("</svg>");
    svg
}

/// A line through the values in order (oldest first), for growth over time. Writes the values
/// at up to 12 points (always the last) and up to 8 labels on the time axis (always the first
/// and the last); the table has them all.
pub fn line_chart(chart: &Chart, data: &[Datum]) -> String {
    const HEIGHT: f64 = 240.0;
    const TOP: f64 = 24.0;
    const BOTTOM: f64 = 36.0;
    const SIDE: f64 = 24.0;
    if data.is_empty() {
        return empty(chart, 60.0);
    }
    let mut svg = open(chart, HEIGHT);
    let max = data.iter().map(|d| d.value).max().unwrap_or(0);
    let axis_width = text_width(&chart.number(max), SMALL_FONT) + 8.0;
    let left = axis_width + 4.0;
    let right = WIDTH - SIDE;
    let room = HEIGHT - TOP - BOTTOM;
    let base = HEIGHT - BOTTOM;
    let m = Mirror(chart.direction);
    // Grid lines at zero, half and the maximum, numbered on the axis.
    let mut grid = vec![0, max];
    if max >= 2 {
        grid.insert(1, max / 2);
    }
    grid.dedup();
    for value in grid {
        let y = base - scale(value, max, room);
        let _ = write!(
            svg,
            r#"<line x1="{:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{GRID_COLOUR}" stroke-width="1" stroke-dasharray="{}"/>"#,
            m.x(left),
            m.x(right),
            if value == 0 { "none" } else { "3 3" }
        );
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end" font-size="{SMALL_FONT}" fill="{TEXT_COLOUR}">{}</text>"#,
            m.x(axis_width),
            y + SMALL_FONT * 0.35,
            escape(&chart.number(value))
        );
    }
    let step = if data.len() > 1 { (right - left) / (data.len() - 1) as f64 } else { 0.0 };
    let points: Vec<(f64, f64)> = data
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let x = if data.len() > 1 { left + step * i as f64 } else { (left + right) / 2.0 };
            (m.x(x), base - scale(d.value, max, room))
        })
        .collect();
    let path: Vec<String> = points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
    let _ = write!(svg, r#"<polyline points="{}" fill="none" stroke="{BAR_COLOUR}" stroke-width="2"/>"#, path.join(" "));
    // Values over the points: at most 12, none touching the one before (the last always).
    let texts: Vec<(f64, f64, f64)> = data
        .iter()
        .zip(&points)
        .enumerate()
        .map(|(i, (d, (_, y)))| {
            let (x, w) = (step * i as f64, text_width(&chart.display(d), SMALL_FONT));
            match i {
                _ if data.len() > 1 && i + 1 == data.len() => (x - w, x, *y),
                0 if data.len() > 1 => (x, x + w, *y),
                _ => (x - w / 2.0, x + w / 2.0, *y),
            }
        })
        .collect();
    let valued = apart_points(&texts, every(data.len(), 12));
    let widest_label = data.iter().map(|d| text_width(&d.label, SMALL_FONT)).fold(0.0, f64::max);
    let labelled = spaced_points(data.len(), widest_label, step, 1);
    let slot = (right - left) / labelled.len().max(1) as f64;
    for (i, (datum, (x, y))) in data.iter().zip(&points).enumerate() {
        let _ = write!(svg, r#"<circle cx="{x:.1}" cy="{y:.1}" r="3" fill="{BAR_COLOUR}"/>"#);
        let last = i + 1 == data.len();
        // The first and last texts end at the plot's edges instead of spilling over them (the
        // first value would otherwise run into the axis' numbers).
        let anchor = match (i, last) {
            (_, true) if data.len() > 1 => "end",
            (0, _) if data.len() > 1 => "start",
            _ => "middle",
        };
        if valued.contains(&i) {
            let _ = write!(
                svg,
                r#"<text x="{x:.1}" y="{:.1}" text-anchor="{anchor}" font-size="{SMALL_FONT}" fill="{TEXT_COLOUR}">{}</text>"#,
                y - 8.0,
                escape(&chart.display(datum))
            );
        }
        if labelled.contains(&i) {
            let label = truncate(&datum.label, slot.max(60.0), SMALL_FONT);
            let _ = write!(
                svg,
                r#"<text x="{x:.1}" y="{:.1}" text-anchor="{anchor}" font-size="{SMALL_FONT}" fill="{TEXT_COLOUR}">{}</text>"#,
                base + 18.0,
                escape(&label)
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

fn open(chart: &Chart, height: f64) -> String {
    let id = &chart.id;
    let direction = match chart.direction {
        Direction::Ltr => "",
        Direction::Rtl => r#" direction="rtl""#,
    };
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0}" role="img" aria-labelledby="{id}-title {id}-desc" font-family="sans-serif"{direction} class="chart"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(&chart.title),
        escape(&chart.description)
    )
}

fn empty(chart: &Chart, height: f64) -> String {
    let mut svg = open(chart, height);
    let _ = write!(
        svg,
        r#"<text x="{}" y="{:.1}" text-anchor="middle" font-size="{FONT}" fill="{TEXT_COLOUR}">{}</text></svg>"#,
        WIDTH / 2.0,
        height / 2.0 + FONT * 0.35,
        escape(&chart.empty_text)
    );
    svg
}

/// Mirrors x coordinates for right-to-left charts.
#[derive(Clone, Copy)]
struct Mirror(Direction);

impl Mirror {
    fn x(self, x: f64) -> f64 {
        match self.0 {
            Direction::Ltr => x,
            Direction::Rtl => WIDTH - x,
        }
    }

    /// The left edge of a span that starts at `start` (in reading direction) and is `width` long.
    fn span(self, start: f64, width: f64) -> f64 {
        match self.0 {
            Direction::Ltr => start,
            Direction::Rtl => WIDTH - start - width,
        }
    }
}

fn scale(value: u64, max: u64, room: f64) -> f64 {
    if max == 0 {
        0.0
    } else {
        value as f64 / max as f64 * room
    }
}

/// Every how many items to write one so that at most `limit` are written.
/// The points of a line chart whose labels (or values) are written: every `k`-th from the
/// first, `k` at least `at_least` and as small as keeps neighbouring texts apart (the widest
/// text decides; the first and last are anchored at the plot's edges, so they need half a text
/// more), and the last, which takes the place of the one before it when the two would touch.
fn spaced_points(n: usize, widest: f64, step: f64, at_least: usize) -> Vec<usize> {
    const GAP: f64 = 12.0;
    if n <= 1 || step <= 0.0 {
        return (0..n).collect();
    }
    let apart = widest * 1.5 + GAP;
    let k = ((apart / step).ceil() as usize).max(at_least).max(1);
    let mut points: Vec<usize> = (0..n).step_by(k).collect();
    let last = n - 1;
    if points.last() != Some(&last) {
        if points.len() > 1 && points.last().is_some_and(|p| (last - p) as f64 * step < apart) {
            points.pop();
        }
        points.push(last);
    }
    points
}

/// The points whose values are written, of every `k`-th from the first: each one that keeps a
/// gap to those written before it, and the last, which takes the place of those it would touch.
/// `texts` are the values' boxes as (left, right, baseline), left to right in the unmirrored chart.
fn apart_points(texts: &[(f64, f64, f64)], k: usize) -> Vec<usize> {
    const GAP: f64 = 8.0;
    let n = texts.len();
    let touch = |a: usize, b: usize| {
        let ((l1, r1, y1), (l2, r2, y2)) = (texts[a], texts[b]);
        l1 < r2 + GAP && l2 < r1 + GAP && (y1 - y2).abs() < SMALL_FONT + 2.0
    };
    let mut points: Vec<usize> = Vec::new();
    for i in (0..n).step_by(k.max(1)).chain(n.checked_sub(1)) {
        if points.last().is_some_and(|&p| p >= i) {
            continue;
        }
        if i + 1 == n {
            points.retain(|&p| !touch(p, i));
        } else if points.iter().any(|&p| touch(p, i)) {
            continue;
        }
        points.push(i);
    }
    points
}

fn every(len: usize, limit: usize) -> usize {
    len.div_ceil(limit).max(1)
}

/// An estimate of a text's width (average glyph of a sans-serif font).
fn text_width(text: &str, font: f64) -> f64 {
    text.chars().count() as f64 * font * 0.6
}

fn fitting_font(text: &str, width: f64) -> f64 {
    let needed = text_width(text, SMALL_FONT);
    if needed <= width * 0.95 {
        SMALL_FONT
    } else {
        (SMALL_FONT * width * 0.95 / needed).max(6.0)
    }
}

/// Cuts a label that would not fit into `width`, ending it with "…".
fn truncate(text: &str, width: f64, font: f64) -> String {
    let fits = ((width / (font * 0.6)).floor() as usize).max(2);
    if text.chars().count() <= fits {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(fits - 1).collect::<String>().trim_end().to_owned();
        cut.push('…');
        cut
    }
}

fn sanitise_id(id: &str) -> String {
    let clean: String = id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect();
    if clean.is_empty() {
        "chart".to_owned()
    } else {
        clean
    }
}

fn group_digits(value: u64, separator: Option<char>) -> String {
    let digits = value.to_string();
    let Some(separator) = separator else { return digits };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests;
