//! `GET /news.atom`: the published news as an Atom 1.0 feed (RFC 4287), every link absolute
//! from the configured `public_url`, texts in the reader's language or German.

use app::news::{news_list, PER_PAGE};
use app::ports::NewsRecord;
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use domain::news::NewsKind;
use domain::timestamp::Timestamp;

use crate::error::PageError;
use crate::markdown::to_safe_html;
use crate::page::Visit;
use crate::{base_url, SharedState};

/// Escapes text for XML content and attribute values.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// The time an entry was first published, RFC 3339.
fn published(record: &NewsRecord) -> Option<String> {
    record.published_at.map(|s| Timestamp::from_unix_secs(s).to_rfc3339())
}

/// The feed's XML for `records` (newest first) in `lang`.
pub fn atom_xml(base: &str, title: &str, lang: &str, author: &str, fallback_updated: &str, records: &[NewsRecord]) -> String {
    let updated = records.iter().map(|r| r.updated_at.as_str()).max().unwrap_or(fallback_updated);
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n", xml(lang)));
    out.push_str(&format!("  <id>{}/news</id>\n", xml(base)));
    out.push_str(&format!("  <title>{}</title>\n", xml(title)));
    out.push_str(&format!("  <updated>{}</updated>\n", xml(updated)));
    out.push_str(&format!("  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}/news.atom\"/>\n", xml(base)));
    out.push_str(&format!("  <link rel=\"alternate\" type=\"text/html\" href=\"{}/news\"/>\n", xml(base)));
    out.push_str(&format!("  <author><name>{}</name></author>\n", xml(author)));
    for record in records {
        let Some(chosen) = record.content.choose(lang) else { continue };
        let v = chosen.version;
        let url = format!("{base}/news/{}", record.slug);
        out.push_str(&format!("  <entry xml:lang=\"{}\">\n", xml(chosen.lang)));
        out.push_str(&format!("    <id>{}</id>\n", xml(&url)));
        out.push_str(&format!("    <title>{}</title>\n", xml(&v.title)));
        out.push_str(&format!("    <updated>{}</updated>\n", xml(&record.updated_at)));
        if let Some(p) = published(record) {
            out.push_str(&format!("    <published>{}</published>\n", xml(&p)));
        }
        out.push_str(&format!("    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", xml(&url)));
        if !v.teaser.is_empty() {
            out.push_str(&format!("    <summary>{}</summary>\n", xml(&v.teaser)));
        }
        out.push_str(&format!("    <content type=\"html\">{}</content>\n", xml(&to_safe_html(&v.body))));
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

pub async fn atom_feed(state: &SharedState, visit: &Visit, headers: &HeaderMap) -> Result<String, PageError> {
    let list = news_list(&state.news, NewsKind::News, 1, PER_PAGE * 2).await?;
    let tr = crate::i18n::Tr::new(visit.locale);
    let title = format!("{} – {}", state.site.instance_name, tr.t("news-title"));
    let now = state.clock.now().to_rfc3339();
    Ok(atom_xml(&base_url(state, headers), &title, visit.locale.code(), &state.site.office.name, &now, &list.items))
}

pub async fn atom(State(state): State<SharedState>, visit: Visit, headers: HeaderMap) -> Result<Response, PageError> {
    let body = atom_feed(&state, &visit, &headers).await?;
    Ok(([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], body).into_response())
}
