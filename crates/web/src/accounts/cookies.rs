//! The session, CSRF and parked-form cookies: names, attributes, reading and writing.

use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue};

/// The session cookie: a 256-bit secret whose hash names a stored session.
pub const SESSION: &str = "kp_session";
/// The CSRF cookie: a 256-bit secret every state-changing form must repeat.
pub const CSRF: &str = "kp_csrf";
/// The parked-form cookie: a 256-bit secret whose hash names a form kept after the session ended.
pub const PARKED: &str = "kp_parked";

/// The cookie's name on the wire: with the `__Host-` prefix over https, which browsers accept
/// only from this host, `Secure`, with `Path=/` and no `Domain`, so that a sibling subdomain
/// cannot plant a session or CSRF cookie.
fn wire_name(name: &str, secure: bool) -> std::borrow::Cow<'_, str> {
    if secure {
        std::borrow::Cow::Owned(format!("__Host-{name}"))
    } else {
        std::borrow::Cow::Borrowed(name)
    }
}

/// The value of a request cookie (over https only its `__Host-` form counts).
pub fn read(headers: &HeaderMap, name: &str, secure: bool) -> Option<String> {
    let name = wire_name(name, secure);
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name.as_ref())
        .map(|(_, v)| v.to_owned())
}

/// Appends a `Set-Cookie` for a session-lifetime, script-inaccessible cookie; `secure` when the
/// site is served over https. `same_site` is `Lax` for the session (links from emails keep
/// working) and `Strict` for the CSRF secret.
pub fn set(headers: &mut HeaderMap, name: &str, value: &str, same_site: &str, secure: bool) {
    let name = wire_name(name, secure);
    let secure = if secure { "; Secure" } else { "" };
    let cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite={same_site}{secure}");
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        headers.append(SET_COOKIE, value);
    }
}

/// True when the response sets or deletes this cookie.
pub fn is_set(headers: &HeaderMap, name: &str, secure: bool) -> bool {
    let prefix = format!("{}=", wire_name(name, secure));
    headers.get_all(SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).any(|v| v.starts_with(&prefix))
}

/// Appends a `Set-Cookie` that deletes the cookie.
pub fn clear(headers: &mut HeaderMap, name: &str, secure: bool) {
    let name = wire_name(name, secure);
    let secure = if secure { "; Secure" } else { "" };
    let cookie = format!("{name}=; Path=/; HttpOnly; Max-Age=0; SameSite=Lax{secure}");
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        headers.append(SET_COOKIE, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_https_only_host_prefixed_cookies_count() {
        let mut headers = HeaderMap::new();
        headers.append(COOKIE, HeaderValue::from_static("kp_csrf=planted; __Host-kp_session=abc"));
        assert_eq!(read(&headers, CSRF, true), None, "a cookie without the prefix may come from a sibling subdomain");
        assert_eq!(read(&headers, SESSION, true).as_deref(), Some("abc"));
        assert_eq!(read(&headers, SESSION, false), None);
        let mut set_headers = HeaderMap::new();
        clear(&mut set_headers, SESSION, true);
        assert!(set_headers[SET_COOKIE].to_str().unwrap_or_default().starts_with("__Host-kp_session=; Path=/;"));
    }

    #[test]
    fn reads_one_cookie_among_many() {
        let mut headers = HeaderMap::new();
        headers.append(COOKIE, HeaderValue::from_static("lang=de; kp_session=abc"));
        headers.append(COOKIE, HeaderValue::from_static("kp_csrf=xyz"));
        assert_eq!(read(&headers, SESSION, false).as_deref(), Some("abc"));
        assert_eq!(read(&headers, CSRF, false).as_deref(), Some("xyz"));
        assert_eq!(read(&headers, "other", false), None);
    }

    #[test]
    fn cookies_are_http_only_and_secure_over_https() {
        let mut headers = HeaderMap::new();
        set(&mut headers, SESSION, "abc", "Lax", true);
        set(&mut headers, CSRF, "xyz", "Strict", false);
        clear(&mut headers, SESSION, false);
        let all: Vec<_> = headers.get_all(SET_COOKIE).iter().map(|v| v.to_str().unwrap_or_default().to_owned()).collect();
        assert_eq!(all[0], "__Host-kp_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
        assert_eq!(all[1], "kp_csrf=xyz; Path=/; HttpOnly; SameSite=Strict");
        assert!(all[2].contains("Max-Age=0"));
    }
}
