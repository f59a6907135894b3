//! News and pages of the office: `/news` with paging, a news item's page, `/pages/{slug}`, the
//! Atom feed `/news.atom`, the open API `/api/v1/news`, pictures, and the office's editor
//! (drafts, preview, publish, revisions with restore). Pages placed in the header or footer are
//! kept in [`NewsNav`], refreshed at start and after every change by the office.

pub mod api;
mod editor;
mod feed;
mod list;
mod revisions;
mod show;

use std::sync::RwLock;

use app::ports::NewsRecord;
use axum::routing::{get, post};
use axum::Router;
use domain::news::{NewsKind, Placement};

use crate::i18n::Tr;
use crate::SharedState;

/// Every news route; merged into the application's router in one place.
pub fn routes() -> Router<SharedState> {
    Router::new()
        .route("/news", get(list::public))
        .route("/news.atom", get(feed::atom))
        .route("/news/{slug}", get(show::news))
        .route("/news/images/{file}", get(show::image))
        .route("/pages/{slug}", get(show::page))
        .route("/api/v1/news", get(api::list))
        .route("/office/news", get(list::office))
        .route("/office/news/new", get(editor::new_form).post(editor::create))
        .route("/office/news/{slug}/edit", get(editor::edit_form).post(editor::update))
        .route("/office/news/{slug}/publish", post(editor::publish))
        .route("/office/news/{slug}/image", post(editor::image))
        .route("/office/news/{slug}/image/remove", post(editor::remove_image))
        .route("/office/news/{slug}/revisions", get(revisions::show))
        .route("/office/news/{slug}/revisions/{number}/restore", post(revisions::restore))
}

/// The public address of an item: `/news/{slug}` or `/pages/{slug}`.
pub fn item_url(record: &NewsRecord) -> String {
    match record.content.kind {
        NewsKind::News => format!("/news/{}", record.slug),
        NewsKind::Page => format!("/pages/{}", record.slug),
    }
}

/// A date as the page shows it: `11.01.2020` in German, ISO elsewhere.
pub fn shown_date(lang: &str, iso: &str) -> String {
    match (lang, iso.split('-').collect::<Vec<_>>().as_slice()) {
        ("de", [y, m, d]) => format!("{d}.{m}.{y}"),
        _ => iso.to_owned(),
    }
}

/// A news item as lists show it, in the reader's language (or German, said so).
pub struct NewsCard {
    pub url: String,
    pub title: String,
    pub teaser: String,
    /// `YYYY-MM-DD`, for `<time datetime>`.
    pub date: String,
    pub shown_date: String,
    /// The language of the text shown (differs from the page's when it is the fallback).
    pub lang: String,
    pub is_fallback: bool,
    pub image_url: Option<String>,
    pub image_alt: String,
    pub published: bool,
}

impl NewsCard {
    pub fn of(tr: &Tr, record: &NewsRecord) -> NewsCard {
        let lang = tr.locale.code();
        let chosen = record.content.choose(lang);
        let (title, teaser, text_lang, is_fallback) = match chosen {
            Some(c) => (c.version.title.clone(), c.version.teaser.clone(), c.lang.to_owned(), c.is_fallback),
            None => (record.slug.clone(), String::new(), "de".to_owned(), true),
        };
        let image_alt = record
            .content
            .choose(lang)
            .map(|c| c.version.image_alt.clone())
            .filter(|a| !a.is_empty())
            .or_else(|| record.content.german().map(|v| v.image_alt.clone()))
            .unwrap_or_default();
        NewsCard {
            url: item_url(record),
            title,
            teaser,
            shown_date: shown_date(lang, &record.content.date),
            date: record.content.date.clone(),
            lang: text_lang,
            is_fallback,
            image_url: record.content.image.as_ref().map(|h| format!("/news/images/{h}.png")),
            image_alt,
            published: record.published,
        }
    }
}

/// A page linked from the header or footer.
#[derive(Debug, Clone)]
pub struct NavPage {
    pub url: String,
    /// `(language, title)` of every version.
    pub titles: Vec<(String, String)>,
}

/// A link of the navigation in the reader's language.
pub struct NavLink {
    pub url: String,
    pub title: String,
    pub lang: String,
}

/// The published pages the office placed in the header and footer; read by every page's frame.
#[derive(Default)]
pub struct NewsNav {
    placed: RwLock<(Vec<NavPage>, Vec<NavPage>)>,
}

impl NewsNav {
    /// The links for one placement in `lang` (German titles where a page has none in it).
    pub fn links(&self, placement: Placement, lang: &str) -> Vec<NavLink> {
        let Ok(placed) = self.placed.read() else { return Vec::new() };
        let pages = match placement {
            Placement::Header => &placed.0,
            Placement::Footer => &placed.1,
            Placement::None => return Vec::new(),
        };
        pages
            .iter()
            .filter_map(|p| {
                let (l, t) = p.titles.iter().find(|(l, _)| l == lang).or_else(|| p.titles.iter().find(|(l, _)| l == "de"))?;
                Some(NavLink { url: p.url.clone(), title: t.clone(), lang: l.clone() })
            })
            .collect()
    }
}

/// Reads the placed pages again from the store.
pub async fn refresh_nav(state: &SharedState) -> Result<(), app::ports::StoreError> {
    let nav = |records: Vec<NewsRecord>| -> Vec<NavPage> {
        records
            .iter()
            .map(|r| NavPage { url: item_url(r), titles: r.content.versions.iter().map(|(l, v)| (l.clone(), v.title.clone())).collect() })
            .collect()
    };
    let header = nav(state.news.store.placed_pages(Placement::Header).await?);
    let footer = nav(state.news.store.placed_pages(Placement::Footer).await?);
    if let Ok(mut placed) = state.news_nav.placed.write() {
        *placed = (header, footer);
    }
    Ok(())
}

/// The news items linking an association or meeting, for its page ("In den Nachrichten").
pub async fn in_the_news(state: &SharedState, tr: &Tr, target: app::ports::NewsTarget<'_>) -> Vec<NewsCard> {
    match state.news.store.news_linking(target).await {
        Ok(records) => records.iter().take(5).map(|r| NewsCard::of(tr, r)).collect(),
        Err(error) => {
            tracing::error!(%error, "news of a profile");
            Vec::new()
        }
    }
}
