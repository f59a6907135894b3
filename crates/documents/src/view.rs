//! The print set turned into the templates' JSON: every text worded in the reader's language,
//! so that the templates only lay out.

use serde_json::{json, Value};

use app::meetings::{Badge, Contact, Handout, IntendedPair, PrintSet, Seated, TableSheet};
use domain::language::UiLocale;
use domain::marketplace::ItemKind;

use crate::Parts;

/// The documents' texts (`locales/<lang>/handouts.ftl`): message `id` in `locale` with the
/// named arguments.
pub trait Wording {
    fn text(&self, locale: UiLocale, id: &str, args: &[(&str, &str)]) -> String;
}

/// The templates' input and whether it prints anything.
pub struct BundleData {
    pub json: Value,
    pages: usize,
}

impl BundleData {
    pub fn is_empty(&self) -> bool {
        self.pages == 0
    }
}

/// Labels every document of a language uses.
const LABELS: [&str; 21] = [
    "handouts-time",
    "handouts-venue",
    "handouts-agenda",
    "handouts-table",
    "handouts-not-seated",
    "handouts-tablemates",
    "handouts-alone",
    "handouts-offers",
    "handouts-needs",
    "handouts-contacts",
    "handouts-no-contacts",
    "handouts-notes",
    "handouts-qr",
    "handouts-sheet-title",
    "handouts-moderator",
    "handouts-people",
    "handouts-pairs",
    "handouts-results",
    "handouts-result-ideas",
    "handouts-result-visions",
    "handouts-result-contacts",
];

const MORE_LABELS: [&str; 5] =
    ["handouts-result-projects", "handouts-project-title", "handouts-project-partners", "handouts-project-next-step", "handouts-no-name"];

fn labels(w: &dyn Wording, locale: UiLocale) -> Value {
    let map: serde_json::Map<String, Value> = LABELS
        .iter()
        .chain(MORE_LABELS.iter())
        .map(|id| (id.trim_start_matches("handouts-").replace('-', "_"), Value::String(w.text(locale, id, &[]))))
        .collect();
    Value::Object(map)
}

/// Text typed by people, isolated on right-to-left pages, so that a Latin name's final period
/// or an address's numbers stay where their writer put them (U+2068 … U+2069).
fn typed(rtl: bool, text: &str) -> String {
    if rtl {
        format!("\u{2068}{text}\u{2069}")
    } else {
        text.to_owned()
    }
}

fn typed_all(rtl: bool, texts: &[String]) -> Vec<String> {
    texts.iter().map(|t| typed(rtl, t)).collect()
}

fn seated(w: &dyn Wording, locale: UiLocale, s: &Seated) -> Value {
    let rtl = locale.is_rtl();
    json!({
        "name": s.name.as_deref().map(|n| typed(rtl, n)),
        "association": typed(rtl, &s.association),
        "offers": typed_all(rtl, &s.offers),
        "needs": typed_all(rtl, &s.needs),
        "anonymous": w.text(locale, "handouts-no-name", &[]),
    })
}

fn contact(w: &dyn Wording, locale: UiLocale, c: &Contact) -> Value {
    let id = match c.they {
        ItemKind::Offer => "handouts-contact-offers",
        ItemKind::Need => "handouts-contact-needs",
    };
    let rounds = c.shared_rounds.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    let rtl = locale.is_rtl();
    json!({
        "association": typed(rtl, &c.association),
        "people": typed_all(rtl, &c.people).join(", "),
        "reason": w.text(locale, id, &[("theirs", &typed(rtl, &c.theirs)), ("yours", &typed(rtl, &c.yours))]),
        "shared": (!rounds.is_empty()).then(|| w.text(locale, "handouts-shared-table", &[("rounds", &rounds)])),
    })
}

fn handout(w: &dyn Wording, h: &Handout) -> Value {
    let locale = h.language;
    let rtl = locale.is_rtl();
    let m = &h.meeting;
    json!({
        "lang": locale.code(),
        "labels": labels(w, locale),
        "name": typed(rtl, &h.name),
        "association": typed(rtl, &h.association),
        "title": typed(rtl, &m.title),
        "time": typed(rtl, &format!("{} – {}", m.starts, m.ends)),
        "venue": typed(rtl, &m.venue),
        "address": typed(rtl, &m.address),
        "agenda": typed_all(rtl, &plain_lines(&m.agenda)),
        "rounds": h.rounds.iter().map(|r| json!({
            "heading": w.text(locale, "handouts-round", &[("number", &r.number.to_string()), ("topic", &typed(rtl, &r.topic))]),
            "table": r.table.as_deref().map(|t| typed(rtl, t)),
            "tablemates": r.tablemates.iter().map(|s| seated(w, locale, s)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "contacts": h.contacts.iter().map(|c| contact(w, locale, c)).collect::<Vec<_>>(),
    })
}

fn pair(w: &dyn Wording, locale: UiLocale, p: &IntendedPair) -> String {
    w.text(locale, "handouts-pair", &[("offering", &p.offering), ("offer", &p.offer), ("needing", &p.needing), ("need", &p.need)])
}

fn sheet(w: &dyn Wording, locale: UiLocale, s: &TableSheet) -> Value {
    json!({
        "heading": w.text(locale, "handouts-round", &[("number", &s.round.to_string()), ("topic", &s.topic)]),
        "table": s.table,
        "moderator": s.moderator,
        "people": s.people.iter().map(|p| seated(w, locale, p)).collect::<Vec<_>>(),
        "pairs": s.pairs.iter().map(|p| pair(w, locale, p)).collect::<Vec<_>>(),
    })
}

/// A badge with its table labels in the participant's language (names as typed, isolated on
/// right-to-left badges).
fn badge(w: &dyn Wording, b: &Badge) -> Value {
    let locale = b.language;
    let rtl = locale.is_rtl();
    let tables: Vec<String> = b
        .tables
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            t.as_ref().map(|t| w.text(locale, "handouts-badge-round", &[("number", &(i + 1).to_string()), ("table", &typed(rtl, t))]))
        })
        .collect();
    json!({ "name": typed(rtl, &b.name), "association": typed(rtl, &b.association), "tables": tables, "lang": locale.code(), "rtl": rtl })
}

/// The bundle's data; table sheets are in the office's language (German), badges in their
/// participant's.
pub fn bundle(set: &PrintSet, parts: Parts, w: &dyn Wording) -> BundleData {
    let office = UiLocale::De;
    let handouts: Vec<Value> = if parts.handouts { set.handouts.iter().map(|h| handout(w, h)).collect() } else { Vec::new() };
    let sheets: Vec<Value> = if parts.table_sheets { set.table_sheets.iter().map(|s| sheet(w, office, s)).collect() } else { Vec::new() };
    let badges: Vec<Value> = if parts.badges { set.badges.iter().map(|b| badge(w, b)).collect() } else { Vec::new() };
    let qr = set.handouts.first().filter(|h| parts.handouts && !h.meeting.url.is_empty()).and_then(|h| qr_svg(&h.meeting.url));
    let pages = handouts.len() + sheets.len() + badges.len();
    BundleData {
        json: json!({ "lang": office.code(), "labels": labels(w, office), "qr": qr, "handouts": handouts, "sheets": sheets, "badges": badges }),
        pages,
    }
}

/// The meeting page's address as a QR code in SVG.
fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    Some(code.render::<qrcode::render::svg::Color<'_>>().quiet_zone(false).build())
}

/// The agenda as typed (Markdown) in plain lines: emphasis marks and list bullets dropped,
/// since paper has its own layout.
fn plain_lines(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .map(|l| l.trim().trim_start_matches(['-', '+', '#']).trim().replace("**", "").replace(['*', '`'], ""))
        .filter(|l| !l.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_agenda_loses_its_markdown_marks() {
        let lines = super::plain_lines("**10:00** Begrüßung\n\n- Tischrunden: *Vereine bieten*\n");
        assert_eq!(lines, vec!["10:00 Begrüßung".to_owned(), "Tischrunden: Vereine bieten".to_owned()]);
    }
}
