//! Field changes of a revision as a reader sees them: translated field names and values.

use domain::logo::LogoHash;
use domain::moderation::FieldChange;

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
            ChangeRow {
                label,
                before,
                after,
                lang: c.field.language().unwrap_or("").to_owned(),
                before_image: if field == "logo" { image(&c.before) } else { None },
                after_image: if field == "logo" { image(&c.after) } else { None },
            }
        })
        .collect()
}
