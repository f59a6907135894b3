//! Field changes of a revision as a reader sees them: translated field names and values.

use domain::geo::GeoPoint;
use domain::logo::LogoHash;
use domain::moderation::{changed_words, FieldChange, WordSpan};

use crate::page::PageCtx;
use crate::SharedState;

/// One row of a diff table.
pub struct ChangeRow {
    pub label: String,
    pub before: String,
    pub after: String,
    /// The text direction of free text; `auto` lets the browser decide per value.
    pub lang: String,
    /// For the logo: the pictures, with `before` and `after` as their text alternatives.
    pub before_image: Option<String>,
    pub after_image: Option<String>,
    /// For text typed by people: the words of each side, the changed ones marked, so the
    /// reader finds the change in a long description. Empty where the value is shown whole.
    pub before_words: Vec<Words>,
    pub after_words: Vec<Words>,
    /// For a moved position: how far and which way ("58 m nach Nordosten").
    pub movement: Option<String>,
}

/// A stretch of a text in a diff; `changed` marks words only on this side.
pub struct Words {
    pub text: String,
    pub changed: bool,
}

/// Fields whose values are text people typed, compared word by word.
const TYPED: &[&str] = &["name", "short_name", "summary", "description", "meeting_times", "address", "contact_persons"];

/// Each side of a word diff: `before` keeps the removed words, `after` the added ones.
fn word_sides(before: &str, after: &str) -> (Vec<Words>, Vec<Words>) {
    let (mut old, mut new) = (Vec::new(), Vec::new());
    for span in changed_words(before, after) {
        match span {
            WordSpan::Same(text) => {
                old.push(Words { text: text.clone(), changed: false });
                new.push(Words { text, changed: false });
            }
            WordSpan::Removed(text) => old.push(Words { text, changed: true }),
            WordSpan::Added(text) => new.push(Words { text, changed: true }),
        }
    }
    (old, new)
}

/// "58 m nach Nordosten" for a position that moved.
fn movement(page: &PageCtx, before: Option<&str>, after: Option<&str>) -> Option<String> {
    let (from, to) = (GeoPoint::parse_pair(before?)?, GeoPoint::parse_pair(after?)?);
    let moved = from.movement_to(&to);
    let direction = page.t(&format!("diff-direction-{}", moved.direction.key()));
    Some(page.tr.targs("diff-moved", &[("metres", moved.metres.into()), ("direction", direction.into())]))
}

/// Translates a stored value of a field whose values are keys.
fn value(state: &SharedState, page: &PageCtx, field: &str, raw: &str) -> String {
    let each = |f: &dyn Fn(&str) -> String| raw.split(", ").map(f).collect::<Vec<_>>().join(", ");
    match field {
        "legal_form" => page.t(&format!("legal-form-{}", raw.replace('_', "-"))),
        "mso" | "contact_persons.consent" => page.t(&format!("diff-{raw}")),
        "wheelchair" => page.t(&format!("wheelchair-{raw}")),
        "target_groups" => each(&|k| page.t(&format!("target-group-{k}"))),
        "languages" => each(&|k| page.tr.language_name(k)),
        "categories" => {
            let index = state.directory.index();
            each(&|k| index.categories().iter().find(|c| c.key == k).map_or_else(|| k.to_owned(), |c| c.label(page.lang).to_owned()))
        }
        "district" => {
            let index = state.directory.index();
            index.districts().iter().find(|d| d.key == raw).map_or_else(|| raw.to_owned(), |d| d.name.clone())
        }
        _ => raw.to_owned(),
    }
}

/// The rows of a list of changes.
pub fn rows(state: &SharedState, page: &PageCtx, changes: &[FieldChange]) -> Vec<ChangeRow> {
    changes
        .iter()
        .map(|c| {
            let field = c.field.label_key();
            let mut label = page.t(&format!("diff-field-{}", field.replace(['.', '_'], "-")));
            if let Some(lang) = c.field.language() {
                label = format!("{label} ({})", page.tr.language_name(lang));
            }
            if let Some(person) = c.field.person() {
                label = format!("{label}: {person}");
            }
            let show = |v: &Option<String>| v.as_deref().map(|raw| value(state, page, field, raw)).unwrap_or_else(|| "–".to_owned());
            let image = |v: &Option<String>| v.as_deref().and_then(|raw| LogoHash::parse(raw).ok()).map(|h| h.url());
            let (before, after) = if field == "logo" {
                let text = |v: &Option<String>, id: &str| if v.is_some() { page.t(id) } else { page.t("logo-none-short") };
                (text(&c.before, "diff-logo-before"), text(&c.after, "diff-logo-after"))
            } else {
                (show(&c.before), show(&c.after))
            };
            let (before_words, after_words) = match (TYPED.contains(&field), &c.before, &c.after) {
                (true, Some(old), Some(new)) => word_sides(old, new),
                _ => (Vec::new(), Vec::new()),
            };
            let movement = if field == "position" { movement(page, c.before.as_deref(), c.after.as_deref()) } else { None };
            ChangeRow {
                label,
                before,
                after,
                lang: c.field.language().unwrap_or("").to_owned(),
                before_image: if field == "logo" { image(&c.before) } else { None },
                after_image: if field == "logo" { image(&c.after) } else { None },
                before_words,
                after_words,
                movement,
            }
        })
        .collect()
}
