//! News items (Neuigkeiten) and simple pages (Seiten) of the office: what one is, its versions
//! per language with German as the fallback that says so, the form's rules, and the slug.

use serde::{Deserialize, Serialize};

use crate::profile_form::FieldError;
use crate::slug::Slug;

/// The languages a news item may have a version in, German (the fallback) first.
pub const LANGUAGES: [&str; 7] = ["de", "en", "tr", "ar", "uk", "ru", "fa"];
pub const MAX_TITLE: usize = 200;
pub const MAX_TEASER: usize = 600;
pub const MAX_BODY: usize = 40_000;
pub const MAX_ALT: usize = 300;
/// Associations, meetings or projects one item may link (each).
pub const MAX_LINKS: usize = 20;

/// A stored news item or page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NewsId(pub i64);

impl std::fmt::Display for NewsId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// A dated news item, or a page with a stable address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NewsKind {
    News,
    Page,
}

impl NewsKind {
    pub fn key(self) -> &'static str {
        match self {
            NewsKind::News => "news",
            NewsKind::Page => "page",
        }
    }

    pub fn parse(key: &str) -> Option<NewsKind> {
        [NewsKind::News, NewsKind::Page].into_iter().find(|k| k.key() == key)
    }
}

/// Where a published page is linked from: the header's menu, the footer, or nowhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Placement {
    #[default]
    None,
    Header,
    Footer,
}

impl Placement {
    pub const ALL: [Placement; 3] = [Placement::None, Placement::Header, Placement::Footer];

    pub fn key(self) -> &'static str {
        match self {
            Placement::None => "none",
            Placement::Header => "header",
            Placement::Footer => "footer",
        }
    }

    pub fn parse(key: &str) -> Option<Placement> {
        Placement::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// One language's text of an item. The body is Markdown as typed (sanitised when shown).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct NewsVersion {
    pub title: String,
    #[serde(default)]
    pub teaser: String,
    #[serde(default)]
    pub body: String,
    /// The image's alternative text in this language.
    #[serde(default)]
    pub image_alt: String,
}

/// Everything a revision of an item holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewsContent {
    pub kind: NewsKind,
    /// The item's date (`YYYY-MM-DD`), shown and used in its slug; for pages the last review.
    pub date: String,
    /// `(language, version)`, German first and always present.
    pub versions: Vec<(String, NewsVersion)>,
    /// The picture's hash (stored like logos: re-encoded PNG, by SHA-256).
    #[serde(default)]
    pub image: Option<String>,
    #[serde(default)]
    pub placement: Placement,
    /// Slugs of associations the item is about; their profiles show it.
    #[serde(default)]
    pub associations: Vec<String>,
    /// Slugs of meetings the item is about; their pages show it.
    #[serde(default)]
    pub meetings: Vec<String>,
    /// Slugs of cooperation projects the item is about; their pages show it.
    #[serde(default)]
    pub projects: Vec<String>,
    /// A page shows the office's contact block (from the configuration) below its text.
    #[serde(default)]
    pub contact_block: bool,
}

/// The version chosen for a reader: theirs, else German, saying so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChosenVersion<'a> {
    pub version: &'a NewsVersion,
    pub lang: &'a str,
    /// The reader's language has no version; German is shown.
    pub is_fallback: bool,
}

impl NewsContent {
    /// The German version (always there once validated).
    pub fn german(&self) -> Option<&NewsVersion> {
        self.exact("de")
    }

    pub fn exact(&self, lang: &str) -> Option<&NewsVersion> {
        self.versions.iter().find(|(l, _)| l == lang).map(|(_, v)| v)
    }

    /// The version in `lang`, else the German one marked as fallback, else the first there is.
    pub fn choose(&self, lang: &str) -> Option<ChosenVersion<'_>> {
        if let Some((l, v)) = self.versions.iter().find(|(l, _)| l == lang) {
            return Some(ChosenVersion { version: v, lang: l, is_fallback: false });
        }
        self.versions.iter().find(|(l, _)| l == "de").or_else(|| self.versions.first()).map(|(l, v)| ChosenVersion {
            version: v,
            lang: l,
            is_fallback: true,
        })
    }

    /// The languages with a version, in the order of [`LANGUAGES`].
    pub fn languages(&self) -> Vec<&str> {
        LANGUAGES.into_iter().filter(|l| self.exact(l).is_some()).collect()
    }
}

/// The slug of a new item: a news item's from its date and German title
/// (`2020-01-11-erstes-netzwerktreffen`), a page's from its title alone, so it stays stable.
pub fn news_slug(kind: NewsKind, date: &str, title: &str) -> Option<Slug> {
    let base = match kind {
        NewsKind::News => format!("{date} {title}"),
        NewsKind::Page => title.to_owned(),
    };
    let slug = Slug::from_name(&base).ok()?;
    let cut: String = slug.as_str().chars().take(60).collect();
    Slug::parse(cut.trim_end_matches('-')).ok()
}

/// The office's form as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NewsInput {
    pub kind: String,
    pub date: String,
    pub placement: String,
    /// `(language, version)` for every language of the form, empty ones included.
    pub versions: Vec<(String, NewsVersion)>,
    /// The hash of the picture kept from before (the picture is uploaded on its own).
    pub image: Option<String>,
    /// Association slugs, one a line or separated by commas.
    pub associations: String,
    pub meetings: String,
    pub projects: String,
    /// Pages only: show the office's contact block.
    pub contact_block: bool,
}

impl NewsInput {
    /// The form showing a stored item, every language present.
    pub fn from_content(content: &NewsContent) -> NewsInput {
        NewsInput {
            kind: content.kind.key().to_owned(),
            date: content.date.clone(),
            placement: content.placement.key().to_owned(),
            versions: LANGUAGES.iter().map(|l| ((*l).to_owned(), content.exact(l).cloned().unwrap_or_default())).collect(),
            image: content.image.clone(),
            associations: content.associations.join("\n"),
            meetings: content.meetings.join("\n"),
            projects: content.projects.join("\n"),
            contact_block: content.contact_block,
        }
    }

    pub fn version(&self, lang: &str) -> NewsVersion {
        self.versions.iter().find(|(l, _)| l == lang).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    /// Checks the form: a German title; in another language a title once anything is written
    /// there; lengths; a valid date; alt text for the picture in German; link slugs well formed.
    /// Empty language versions are left out.
    pub fn validate(&self) -> Result<NewsContent, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut add = |field: String, code: &'static str| {
            if !errors.iter().any(|e: &FieldError| e.field == field) {
                errors.push(FieldError { field, code });
            }
        };
        let Some(kind) = NewsKind::parse(self.kind.trim()) else {
            add("kind".into(), "choose_one");
            return Err(errors);
        };
        let date = self.date.trim().to_owned();
        if !is_date(&date) {
            add("date".into(), "date");
        }
        let placement = match (kind, self.placement.trim()) {
            (NewsKind::News, _) | (NewsKind::Page, "") => Placement::None,
            (NewsKind::Page, key) => Placement::parse(key).unwrap_or_else(|| {
                add("placement".into(), "choose_one");
                Placement::None
            }),
        };
        let mut versions = Vec::new();
        for lang in LANGUAGES {
            let v = self.version(lang);
            let v = NewsVersion {
                title: v.title.trim().to_owned(),
                teaser: v.teaser.trim().to_owned(),
                body: v.body.trim_end().to_owned(),
                image_alt: v.image_alt.trim().to_owned(),
            };
            let written = !(v.title.is_empty() && v.teaser.is_empty() && v.body.trim().is_empty() && v.image_alt.is_empty());
            if !written && lang != "de" {
                continue;
            }
            let field = |name: &str| format!("{lang}.{name}");
            if v.title.is_empty() {
                add(field("title"), "required");
            }
            for (name, text, max) in [("title", &v.title, MAX_TITLE), ("teaser", &v.teaser, MAX_TEASER), ("body", &v.body, MAX_BODY)] {
                if text.chars().count() > max {
                    add(field(name), "too_long");
                }
            }
            if v.image_alt.chars().count() > MAX_ALT {
                add(field("image_alt"), "too_long");
            }
            if lang == "de" && self.image.is_some() && v.image_alt.is_empty() {
                add(field("image_alt"), "news_image_alt");
            }
            versions.push((lang.to_owned(), v));
        }
        let associations = slugs(&self.associations);
        let meetings = slugs(&self.meetings);
        let projects = slugs(&self.projects);
        for (name, list) in [("associations", &associations), ("meetings", &meetings), ("projects", &projects)] {
            match list {
                Err(()) => add(name.into(), "news_link_unknown"),
                Ok(l) if l.len() > MAX_LINKS => add(name.into(), "too_many"),
                Ok(_) => {}
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(NewsContent {
            kind,
            date,
            versions,
            image: self.image.clone(),
            placement,
            associations: associations.unwrap_or_default(),
            meetings: meetings.unwrap_or_default(),
            projects: projects.unwrap_or_default(),
            contact_block: kind == NewsKind::Page && self.contact_block,
        })
    }
}

/// Slugs one a line or separated by commas, each once; `Err` when one is not a slug.
fn slugs(text: &str) -> Result<Vec<String>, ()> {
    let mut out: Vec<String> = Vec::new();
    for part in text.split([',', '\n', ' ', '\r', '\t']).map(str::trim).filter(|p| !p.is_empty()) {
        let slug = Slug::parse(part).map_err(|_| ())?;
        if !out.iter().any(|s| s == slug.as_str()) {
            out.push(slug.as_str().to_owned());
        }
    }
    Ok(out)
}

/// `YYYY-MM-DD` with a month 1–12 and a day that month has.
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return false };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i64>(), m.parse::<u32>(), d.parse::<u32>()) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d) && y >= 1900
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn input(title: &str) -> NewsInput {
        NewsInput {
            kind: "news".into(),
            date: "2020-01-11".into(),
            versions: vec![("de".into(), NewsVersion { title: title.into(), body: "Text".into(), ..NewsVersion::default() })],
            ..NewsInput::default()
        }
    }

    fn codes(result: Result<NewsContent, Vec<FieldError>>) -> Vec<(String, &'static str)> {
        result.err().unwrap_or_default().into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn a_german_title_is_enough() {
        let content = input("Erstes Netzwerktreffen").validate().unwrap();
        assert_eq!(content.languages(), vec!["de"]);
        assert_eq!(content.placement, Placement::None);
    }

    #[test]
    fn german_title_is_required_and_long_texts_refused() {
        assert_eq!(codes(input("  ").validate()), vec![("de.title".into(), "required")]);
        let long = "x".repeat(MAX_TITLE + 1);
        assert_eq!(codes(input(&long).validate()), vec![("de.title".into(), "too_long")]);
    }

    #[test]
    fn another_language_needs_a_title_once_written() {
        let mut i = input("Treffen");
        i.versions.push(("ar".into(), NewsVersion { body: "نص".into(), ..NewsVersion::default() }));
        i.versions.push(("en".into(), NewsVersion::default()));
        assert_eq!(codes(i.validate()), vec![("ar.title".into(), "required")]);
    }

    #[test]
    fn bad_dates_are_refused() {
        for date in ["", "2020-02-30", "11.01.2020", "2020-13-01", "2021-02-29"] {
            let mut i = input("T");
            i.date = date.into();
            assert_eq!(codes(i.validate()), vec![("date".into(), "date")], "{date}");
        }
        assert!(is_date("2020-02-29"));
    }

    #[test]
    fn a_picture_needs_german_alt_text() {
        let mut i = input("T");
        i.image = Some("ab".repeat(32));
        assert_eq!(codes(i.validate()), vec![("de.image_alt".into(), "news_image_alt")]);
    }

    #[test]
    fn links_must_be_slugs_and_are_kept_once() {
        let mut i = input("T");
        i.associations = "frauencafe, Bad Slug".into();
        assert_eq!(codes(i.validate()), vec![("associations".into(), "news_link_unknown")]);
        i.associations = "frauencafe\nchor-harmonie, frauencafe".into();
        assert_eq!(i.validate().unwrap().associations, vec!["frauencafe", "chor-harmonie"]);
        i.projects = "sprachcafe-im-kulturzentrum\nsprachcafe-im-kulturzentrum".into();
        assert_eq!(i.validate().unwrap().projects, vec!["sprachcafe-im-kulturzentrum"]);
        i.projects = "Sprachcafé!".into();
        assert_eq!(codes(i.validate()), vec![("projects".into(), "news_link_unknown")]);
    }

    #[test]
    fn pages_have_a_placement_news_do_not() {
        let mut i = input("Über uns");
        i.kind = "page".into();
        i.placement = "footer".into();
        assert_eq!(i.validate().unwrap().placement, Placement::Footer);
        i.placement = "sidebar".into();
        assert_eq!(codes(i.validate()), vec![("placement".into(), "choose_one")]);
        i.kind = "news".into();
        assert_eq!(i.validate().unwrap().placement, Placement::None);
    }

    #[test]
    fn the_reader_gets_their_language_or_german_said_so() {
        let mut i = input("Treffen");
        i.versions.push(("en".into(), NewsVersion { title: "Meeting".into(), ..NewsVersion::default() }));
        let content = i.validate().unwrap();
        let en = content.choose("en").unwrap();
        assert_eq!((en.version.title.as_str(), en.is_fallback), ("Meeting", false));
        let ar = content.choose("ar").unwrap();
        assert_eq!((ar.version.title.as_str(), ar.lang, ar.is_fallback), ("Treffen", "de", true));
    }

    #[test]
    fn slugs_of_news_carry_the_date_pages_do_not() {
        let news = news_slug(NewsKind::News, "2020-01-11", "Erstes Netzwerktreffen: Vereine an einem Tisch").unwrap();
        assert_eq!(news.as_str(), "2020-01-11-erstes-netzwerktreffen-vereine-an-einem-tisch");
        assert_eq!(news_slug(NewsKind::Page, "2020-01-11", "Über uns").unwrap().as_str(), "ueber-uns");
        assert!(news_slug(NewsKind::Page, "", "!!!").is_none());
        let long = news_slug(NewsKind::News, "2020-01-11", &"wort ".repeat(40)).unwrap();
        assert!(long.as_str().len() <= 60 && !long.as_str().ends_with('-'));
    }

    #[test]
    fn the_form_round_trips_a_stored_item() {
        let content = input("Treffen").validate().unwrap();
        assert_eq!(NewsInput::from_content(&content).validate().unwrap(), content);
    }
}
