//! Translations: Fluent bundles per interface language, built once from the embedded
//! `locales/<lang>/*.ftl` files, and the per-request translator templates call.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use domain::language::UiLocale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
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
            // Right-to-left pages and mails isolate every placeable (FSI … PDI), so that a name
            // ending in "e.V.", an email in parentheses or a number keeps its place and its
            // punctuation. Left-to-right languages do not: there a placeable of the other
            // direction is isolated by the template (`dir="auto"` on names), and German and
            // English texts stay free of invisible characters.
            bundle.set_use_isolating(locale.is_rtl());
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
        args.set(Cow::Owned(name.to_owned()), self.isolated(value.into().0));
        self.lookup(id, Some(&args))
    }

    /// The text of a message with several arguments.
    pub fn targs(&self, id: &str, pairs: &[(&str, ArgValue)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in pairs {
            args.set(Cow::Owned((*name).to_owned()), self.isolated(value.0.clone()));
        }
        self.lookup(id, Some(&args))
    }

    /// Left-to-right bundles do not isolate (see `Catalog::load`); a text argument written in
    /// a right-to-left script (an Arabic association's name) is isolated by hand there, so that
    /// its digits and punctuation stay with it inside a German or English sentence.
    fn isolated(&self, value: FluentValue<'static>) -> FluentValue<'static> {
        match value {
            FluentValue::String(text) if !self.locale.is_rtl() && text.chars().any(right_to_left) => {
                FluentValue::String(Cow::Owned(format!("\u{2068}{text}\u{2069}")))
            }
            other => other,
        }
    }

    fn lookup(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let catalog = catalog();
        catalog.format(self.locale, id, args).or_else(|| catalog.format(UiLocale::De, id, args)).unwrap_or_else(|| {
            tracing::warn!(id, "missing translation");
            id.to_owned()
        })
    }

    /// A counted message for a script, which cannot run Fluent: the text for each plural
    /// category of the language (keys as `Intl.PluralRules` names them, plus "0" for the exact
    /// zero), with `{count}` where the number stands and `{name}` for each further number
    /// argument in `others`. The script picks `forms[n]` if present, else the category's text.
    pub fn plural_forms(&self, id: &str, others: &[&str]) -> BTreeMap<&'static str, String> {
        let mut forms = BTreeMap::new();
        let lang_id: unic_langid::LanguageIdentifier = self.locale.code().parse().unwrap_or_default();
        let Ok(rules) = PluralRules::create(lang_id, PluralRuleType::CARDINAL) else { return forms };
        let mut samples: Vec<(&'static str, usize)> = vec![("0", 0)];
        // Zero has its own entry; the categories take their sample from 1 on, so that a
        // category's text is not the exact-zero variant (0 is "many" in Ukrainian).
        for n in (1..200usize).chain([0]) {
            let Ok(category) = rules.select(n) else { continue };
            let name = category_name(category);
            if !samples.iter().any(|(seen, _)| *seen == name) {
                samples.push((name, n));
            }
        }
        for (key, n) in samples {
            // Further numbers get values no count reaches, so that each can be found again.
            let sentinels: Vec<(String, usize)> = others.iter().enumerate().map(|(i, name)| ((*name).to_owned(), 987_650 + i)).collect();
            let mut pairs: Vec<(&str, ArgValue)> = vec![("count", n.into())];
            pairs.extend(sentinels.iter().map(|(name, value)| (name.as_str(), ArgValue::from(*value))));
            let mut text = self.targs(id, &pairs);
            for (name, value) in &sentinels {
                text = text.replace(&value.to_string(), &format!("{{{name}}}"));
            }
            forms.insert(key, replace_number(&text, n));
        }
        forms
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

/// A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms).
fn right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// `text` with the first standalone occurrence of `n` as `{count}`.
fn replace_number(text: &str, n: usize) -> String {
    let digits = n.to_string();
    let standalone = |at: usize| {
        let before = text[..at].chars().next_back().is_some_and(|c| c.is_ascii_digit());
        let after = text[at + digits.len()..].chars().next().is_some_and(|c| c.is_ascii_digit());
        !before && !after
    };
    match text.match_indices(&digits).map(|(at, _)| at).find(|at| standalone(*at)) {
        Some(at) => format!("{}{{count}}{}", &text[..at], &text[at + digits.len()..]),
        None => text.to_owned(),
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

    fn count(locale: UiLocale, id: &str, n: usize) -> String {
        Tr::new(locale).targs(id, &[("count", n.into()), ("total", 40usize.into())]).replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn the_cluster_label_takes_the_plural_form_of_ukrainian_russian_and_arabic() {
        let cases: [(UiLocale, usize, &str); 17] = [
            (UiLocale::Uk, 1, "1 об’єднання "),
            (UiLocale::Uk, 3, "3 об’єднання "),
            (UiLocale::Uk, 5, "5 об’єднань "),
            (UiLocale::Uk, 11, "11 об’єднань "),
            (UiLocale::Uk, 21, "21 об’єднання "),
            (UiLocale::Uk, 24, "24 об’єднання "),
            (UiLocale::Ru, 1, "1 объединение "),
            (UiLocale::Ru, 3, "3 объединения "),
            (UiLocale::Ru, 5, "5 объединений "),
            (UiLocale::Ru, 12, "12 объединений "),
            (UiLocale::Ru, 21, "21 объединение "),
            (UiLocale::Ar, 1, "جمعية واحدة "),
            (UiLocale::Ar, 2, "جمعيتان "),
            (UiLocale::Ar, 3, "3 جمعيات "),
            (UiLocale::Ar, 10, "10 جمعيات "),
            (UiLocale::Ar, 11, "11 جمعية "),
            (UiLocale::Ar, 100, "100 جمعية "),
        ];
        for (locale, n, expected) in cases {
            let text = count(locale, "map-cluster-count", n);
            assert!(text.starts_with(expected), "{} {n}: {text}", locale.code());
        }
    }

    #[test]
    fn the_forms_handed_to_the_map_script_give_what_fluent_gives() {
        for locale in [UiLocale::Uk, UiLocale::Ru, UiLocale::Ar, UiLocale::De, UiLocale::Fa] {
            let tr = Tr::new(locale);
            let lang_id: unic_langid::LanguageIdentifier = locale.code().parse().unwrap_or_default();
            let rules = PluralRules::create(lang_id, PluralRuleType::CARDINAL).expect("plural rules");
            for id in ["map-cluster-count", "map-in-view-count"] {
                let forms = tr.plural_forms(id, &["total"]);
                assert!(forms.len() >= 2, "{id} {}: {forms:?}", locale.code());
                for n in 0..=130usize {
                    // What map.js does: the exact number, else the category, then fill in.
                    let key = if forms.contains_key(n.to_string().as_str()) {
                        n.to_string()
                    } else {
                        category_name(rules.select(n).expect("category")).to_owned()
                    };
                    let script = forms[key.as_str()].replace("{count}", &n.to_string()).replace("{total}", "40");
                    let fluent = tr.targs(id, &[("count", n.into()), ("total", 40usize.into())]);
                    assert_eq!(script, fluent, "{id} {} {n}", locale.code());
                }
            }
        }
    }

    /// Every counted message (a `$count` selector in German) shows the number in the plural-rich
    /// languages, so that no variant is written for "1" where 21 falls too.
    #[test]
    fn counted_messages_show_the_number_in_ukrainian_russian_and_arabic() {
        let source = LocaleFiles::iter()
            .filter(|f| f.starts_with("de/") && f.ends_with(".ftl"))
            .filter_map(|f| LocaleFiles::get(&f).map(|c| String::from_utf8_lossy(&c.data).into_owned()))
            .collect::<Vec<_>>()
            .join("\n");
        // Counted messages whose German shows the number (not those that only choose a verb).
        let ids: Vec<&str> = source
            .lines()
            .filter(|l| l.contains("= { $count ->"))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
            .filter(|id| count(UiLocale::De, id, 5).contains('5'))
            .collect();
        assert!(ids.len() >= 8, "counted messages found: {ids:?}");
        let mut problems = Vec::new();
        for locale in [UiLocale::Uk, UiLocale::Ru, UiLocale::Ar] {
            for id in &ids {
                for n in [3usize, 5, 11, 21, 22, 25, 101, 111] {
                    let text = count(locale, id, n);
                    if !text.contains(&n.to_string()) {
                        problems.push(format!("{} {id} {n}: {text}", locale.code()));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "counts missing from the text:\n{}", problems.join("\n"));
    }

    #[test]
    fn right_to_left_messages_isolate_placeables_and_examples() {
        let ar = Tr::new(UiLocale::Ar);
        let text = ar.targs("propose-confirm-text", &[("email", "a@b.example".into()), ("name", "Chor e.V.".into())]);
        assert!(text.contains("(\u{2068}a@b.example\u{2069})") && text.contains("«\u{2068}Chor e.V.\u{2069}»"), "{text:?}");
        for locale in [UiLocale::Ar, UiLocale::Fa] {
            let phone = Tr::new(locale).t("form-error-phone");
            assert!(phone.contains("\u{2068}07141 123456\u{2069}"), "digit groups keep their order: {phone:?}");
        }
        let de = Tr::new(UiLocale::De).targs("propose-confirm-text", &[("email", "a@b.example".into()), ("name", "Chor e.V.".into())]);
        assert!(!de.contains('\u{2068}'), "left-to-right texts stay plain: {de:?}");
        let arabic_name = Tr::new(UiLocale::De).t1("edit-title", "name", "جمعية الصداقة 2");
        assert_eq!(arabic_name, "\u{2068}جمعية الصداقة 2\u{2069} bearbeiten", "a right-to-left name in a German sentence");
    }

    /// True when every Latin letter of the text lies between an isolate mark and its PDI.
    fn latin_isolated(text: &str) -> bool {
        let mut depth = 0usize;
        for c in text.chars() {
            match c {
                '\u{2066}' | '\u{2067}' | '\u{2068}' => depth += 1,
                '\u{2069}' => depth = depth.saturating_sub(1),
                c if c.is_ascii_alphabetic() && depth == 0 => return false,
                _ => {}
            }
        }
        true
    }

    #[test]
    fn right_to_left_legal_forms_isolate_their_latin_abbreviations() {
        use domain::organisation::LegalForm;
        assert!(!latin_isolated("جمعية مسجّلة (e. V.)"), "the check sees a bare abbreviation");
        for locale in [UiLocale::Ar, UiLocale::Fa] {
            for form in LegalForm::ALL {
                let label = Tr::new(locale).t(&format!("legal-form-{}", form.key().replace('_', "-")));
                assert!(latin_isolated(&label), "{} {}: {label:?}", locale.code(), form.key());
            }
        }
        let ar = Tr::new(UiLocale::Ar).t("legal-form-registered-association");
        assert!(ar.contains("(\u{2068}e. V.\u{2069})"), "{ar:?}");
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
