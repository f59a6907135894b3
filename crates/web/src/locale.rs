//! Picks the interface language of a request: `?lang=`, then the `lang` cookie, then
//! `Accept-Language`, then the instance default. An explicit `?lang=` is remembered.

use axum::extract::{Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use domain::language::UiLocale;

use crate::SharedState;

/// The language chosen for this request.
#[derive(Debug, Clone, Copy)]
pub struct RequestLocale(pub UiLocale);

const COOKIE_NAME: &str = "lang";

pub async fn resolve_locale(State(state): State<SharedState>, mut request: Request, next: Next) -> Response {
    let from_query = request.uri().query().and_then(query_lang);
    let from_cookie = || {
        request
            .headers()
            .get_all(COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .find_map(|pair| pair.trim().strip_prefix("lang=").and_then(UiLocale::parse))
    };
    let from_header = || request.headers().get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(UiLocale::negotiate);
    let locale = from_query.or_else(from_cookie).or_else(from_header).unwrap_or(state.site.default_locale);
    request.extensions_mut().insert(RequestLocale(locale));
    let mut response = next.run(request).await;
    if let Some(chosen) = from_query {
        let cookie = format!("{COOKIE_NAME}={}; Path=/; Max-Age=31536000; SameSite=Lax", chosen.code());
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    response
}

fn query_lang(query: &str) -> Option<UiLocale> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(query)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| UiLocale::parse(&v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lang_from_query() {
        assert_eq!(query_lang("q=x&lang=ar"), Some(UiLocale::Ar));
        assert_eq!(query_lang("lang=xx"), None);
        assert_eq!(query_lang("%%%"), None);
    }
}
