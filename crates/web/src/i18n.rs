//! Translations: Fluent bundles per interface language, built once from the embedded
//! `locales/<lang>/*.ftl` files, and the per-request translator templates call.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use domain::language::UiLocale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "../../locales/"]
struct LocaleFiles;

type Bundle = FluentBundle<FluentResource>;

/// All bundles, keyed by locale.
pub struct Catalog {
    bundles: HashMap<UiLocale, Bundle>,
}

/// The process-wide catalog, parsed on first use.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(Catalog::load)
}

impl Catalog {
    fn load() -> Catalog {
        let mut bundles = HashMap::new();
        for locale in UiLocale::ALL {
            let lang_id = locale.code().parse().unwrap_or_default();
            let mut bundle = Bundle::new_concurrent(vec![lang_id]);
            bundle.set_use_isolating(false);
            let prefix = format!("{}/", locale.code());
            let mut files: Vec<_> = LocaleFiles::iter().filter(|f| f.starts_with(&prefix) && f.ends_with(".ftl")).collect();
            files.sort();
            for file in files {
                let Some(content) = LocaleFiles::get(&file) else { continue };
                let source = String::from_utf8_lossy(&content.data).into_owned();
                let resource = match FluentResource::try_new(source) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        tracing::error!(%file, ?errors, "translation file has syntax errors");
                        r
                    }
                };
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::error!(%file, ?errors, "translation file redefines messages");
                }
            }
            bundles.insert(locale, bundle);
        }
        Catalog { bundles }
    }

    /// Message ids defined for a locale (used by the completeness tests).
    pub fn has(&self, locale: UiLocale, id: &str) -> bool {
        self.bundles.get(&locale).is_some_and(|b| b.has_message(id))
    }

    fn format(&self, locale: UiLocale, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(&locale)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(id, locale = locale.code(), ?errors, "translation formatting problem");
        }
        Some(text.into_owned())
    }
}

/// Translates for one request's language, falling back to German, then to the id.
#[derive(Clone, Copy, Debug)]
pub struct Tr {
    pub locale: UiLocale,
}

impl Tr {
    pub fn new(locale: UiLocale) -> Self {
        Self { locale }
    }

    /// The text of a message.
    pub fn t(&self, id: &str) -> String {
        self.lookup(id, None)
    }

    /// The text of a message with one argument.
    pub fn t1(&self, id: &str, name: &str, value: impl Into<ArgValue>) -> String {
        let mut args = FluentArgs::new();
        args.set(Cow::Owned(name.to_owned()), value.into().0);
        self.lookup(id, Some(&args))
    }

    /// The text of a message with several arguments.
    pub fn targs(&self, id: &str, pairs: &[(&str, ArgValue)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in pairs {
            args.set(Cow::Owned((*name).to_owned()), value.0.clone());
        }
        self.lookup(id, Some(&args))
    }

    fn lookup(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let catalog = catalog();
        catalog.format(self.locale, id, args).or_else(|| catalog.format(UiLocale::De, id, args)).unwrap_or_else(|| {
            tracing::warn!(id, "missing translation");
            id.to_owned()
        })
    }

    /// A name or other text of unknown direction inside a translated sentence: isolated
    /// (FSI … PDI) in right-to-left languages, so that "e.V." keeps its dot at the end.
    pub fn bidi(&self, text: &str) -> String {
        if self.locale.is_rtl() {
            format!("\u{2068}{text}\u{2069}")
        } else {
            text.to_owned()
        }
    }

    /// Joins list items with the separator of the language (Arabic script uses "،").
    pub fn join(&self, items: &[String]) -> String {
        items.join(if self.locale.is_rtl() { "، " } else { ", " })
    }

    /// The name of a spoken language by its code, or the code when unknown.
    pub fn language_name(&self, code: &str) -> String {
        let id = format!("language-{code}");
        if catalog().has(self.locale, &id) || catalog().has(UiLocale::De, &id) {
            self.t(&id)
        } else {
            code.to_uppercase()
        }
    }
}

/// A Fluent argument value.
pub struct ArgValue(FluentValue<'static>);

impl From<usize> for ArgValue {
    fn from(n: usize) -> Self {
        ArgValue(FluentValue::from(n as f64))
    }
}

impl From<&usize> for ArgValue {
    fn from(n: &usize) -> Self {
        ArgValue::from(*n)
    }
}

impl From<u32> for ArgValue {
    fn from(n: u32) -> Self {
        ArgValue(FluentValue::from(f64::from(n)))
    }
}

impl From<&str> for ArgValue {
    fn from(s: &str) -> Self {
        ArgValue(FluentValue::from(s.to_owned()))
    }
}

impl From<String> for ArgValue {
    fn from(s: String) -> Self {
        ArgValue(FluentValue::from(s))
    }
}

impl From<&String> for ArgValue {
    fn from(s: &String) -> Self {
        ArgValue(FluentValue::from(s.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::PageError;
    use std::path::Path;

    /// Message ids written out in code and templates: the literal first argument of `t`, `t1` and
    /// `targs` (ids built at run time are checked where they are built, e.g. the error pages).
    fn literal_ids(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("source folder") {
            let path = entry.expect("folder entry").path();
            if path.is_dir() {
                literal_ids(&path, out);
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else { continue };
            for call in ["t(\"", "t1(\"", "targs(\""] {
                for (at, _) in text.match_indices(call) {
                    let before = text[..at].chars().next_back().unwrap_or(' ');
                    if before.is_alphanumeric() || before == '_' {
                        continue;
                    }
                    let rest = &text[at + call.len()..];
                    let id = &rest[..rest.find('"').unwrap_or(0)];
                    if !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                        out.push((id.to_owned(), path.display().to_string()));
                    }
                }
            }
        }
    }

    #[test]
    fn every_message_used_in_code_and_templates_exists_in_german_and_english() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut used = Vec::new();
        literal_ids(&root.join("src"), &mut used);
        literal_ids(&root.join("templates"), &mut used);
        assert!(used.len() > 500, "the scan finds the calls ({} found)", used.len());
        let codes = [PageError::Forbidden, PageError::NOT_FOUND, PageError::ORGANISATION_NOT_FOUND, PageError::Unavailable]
            .into_iter()
            .map(PageError::code)
            .chain(["claim-open", "introduction-conflict", "csrf", "too-large", "meeting-not-found", "meeting-conflict"]);
        for code in codes {
            used.push((format!("error-{code}-title"), "error pages".into()));
            used.push((format!("error-{code}-text"), "error pages".into()));
        }
        let missing: Vec<_> = used
            .iter()
            .filter(|(id, _)| !(catalog().has(UiLocale::De, id) && catalog().has(UiLocale::En, id)))
            .map(|(id, file)| format!("{id} ({file})"))
            .collect();
        assert!(missing.is_empty(), "messages missing in de or en: {missing:#?}");
    }
}
