//! The session, CSRF and parked-form cookies: names, attributes, reading and writing.

use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue};

/// The session cookie: a 256-bit secret whose hash names a stored session.
pub const SESSION: &str = "kp_session";
/// The CSRF cookie: a 256-bit secret every state-changing form must repeat.
pub const CSRF: &str = "kp_csrf";
/// The parked-form cookie: a 256-bit secret whose hash names a form kept after the session ended.
pub const PARKED: &str = "kp_parked";

/// The value of a request cookie.
pub fn read(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// Appends a `Set-Cookie` for a session-lifetime, script-inaccessible cookie; `secure` when the
/// site is served over https. `same_site` is `Lax` for the session (links from emails keep
/// working) and `Strict` for the CSRF secret.
pub fn set(headers: &mut HeaderMap, name: &str, value: &str, same_site: &str, secure: bool) {
    let secure = if secure { "; Secure" } else { "" };
    let cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite={same_site}{secure}");
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        headers.append(SET_COOKIE, value);
    }
}

/// Appends a `Set-Cookie` that deletes the cookie.
pub fn clear(headers: &mut HeaderMap, name: &str, secure: bool) {
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
    fn reads_one_cookie_among_many() {
        let mut headers = HeaderMap::new();
        headers.append(COOKIE, HeaderValue::from_static("lang=de; kp_session=abc"));
        headers.append(COOKIE, HeaderValue::from_static("kp_csrf=xyz"));
        assert_eq!(read(&headers, SESSION).as_deref(), Some("abc"));
        assert_eq!(read(&headers, CSRF).as_deref(), Some("xyz"));
        assert_eq!(read(&headers, "other"), None);
    }

    #[test]
    fn cookies_are_http_only_and_secure_over_https() {
        let mut headers = HeaderMap::new();
        set(&mut headers, SESSION, "abc", "Lax", true);
        set(&mut headers, CSRF, "xyz", "Strict", false);
        clear(&mut headers, SESSION, false);
        let all: Vec<_> = headers.get_all(SET_COOKIE).iter().map(|v| v.to_str().unwrap_or_default().to_owned()).collect();
        assert_eq!(all[0], "kp_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
        assert_eq!(all[1], "kp_csrf=xyz; Path=/; HttpOnly; SameSite=Strict");
        assert!(all[2].contains("Max-Age=0"));
    }
}
