//! Long forms survive an ended session. When the profile or an offer/need is sent after the
//! session timed out, [`park`] keeps the body (without the CSRF field) under a fresh secret in
//! the `kp_parked` cookie and sends the browser to log in; back on the form page, the handler
//! checks that the viewer may use the form, then [`take`]s the input once and shows it prefilled.
//! Nothing is saved on the user's behalf.

use app::parked_forms::{park_form, take_parked_form, Parking, MAX_BODY_BYTES};
use axum::body::{to_bytes, Body, Bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, Method};
use axum::response::{IntoResponse, Redirect, Response};

use crate::accounts::{client_ip, cookies};
use crate::forms::FormFields;
use crate::urls;
use crate::SharedState;

/// A form whose input is kept: its route as in the access matrix, and the page to come back to.
struct KeptForm {
    route: &'static str,
    page: fn(&str, &FormFields) -> FormPage,
}

/// Where the input is given back: `path` keys the parked form, `link` is where login leads.
struct FormPage {
    path: String,
    link: String,
}

/// The forms worth keeping: long ones that only signed-in members fill in. The public proposal
/// form needs no session and is not affected.
const KEPT_FORMS: [KeptForm; 3] = [
    KeptForm { route: "/organisations/{slug}/edit", page: edit_page },
    KeptForm { route: "/organisations/{slug}/items", page: item_page },
    KeptForm { route: "/items/{id}", page: item_change_page },
];

/// The profile form is sent to its own page.
fn edit_page(path: &str, _: &FormFields) -> FormPage {
    FormPage { path: path.to_owned(), link: path.to_owned() }
}

/// An offer or need is sent to `…/items` from `…/items/new?kind=…`.
fn item_page(path: &str, fields: &FormFields) -> FormPage {
    let page = format!("{path}/new");
    let kind = if fields.one("kind") == "offer" { "offer" } else { "need" };
    FormPage { link: format!("{page}?kind={kind}"), path: page }
}

/// A changed offer or need is sent to `/items/{id}` from `/items/{id}/edit`.
fn item_change_page(path: &str, _: &FormFields) -> FormPage {
    let page = format!("{path}/edit");
    FormPage { link: page.clone(), path: page }
}

/// True for a request whose input is kept when it needs a session it does not have.
pub fn keeps(method: &Method, route: &str) -> bool {
    *method == Method::POST && KEPT_FORMS.iter().any(|f| f.route == route)
}

/// Keeps the form and sends the browser to log in, with the form page as the way back. Gives
/// the request back (its body read) when nothing was kept: an empty or unreadable form, too
/// many forms parked from the address, or a store failure.
pub async fn park(state: &SharedState, request: Request, route: &str) -> Result<Response, Request> {
    let Some(form) = KEPT_FORMS.iter().find(|f| f.route == route) else { return Err(request) };
    let (parts, body) = request.into_parts();
    let bytes = to_bytes(body, MAX_BODY_BYTES).await.unwrap_or_default();
    let fields = FormFields::parse(&bytes);
    let typed: Vec<&(String, String)> = fields.0.iter().filter(|(name, _)| name != "csrf").collect();
    let encoded = serde_urlencoded::to_string(&typed).unwrap_or_default();
    if typed.is_empty() || encoded.is_empty() {
        return Err(Request::from_parts(parts, Body::empty()));
    }
    let page = (form.page)(parts.uri.path(), &fields);
    let previous = cookies::read(&parts.headers, cookies::PARKED, state.secure_cookies);
    let ip = client_ip(&parts.extensions);
    let parking =
        Parking { path: &page.path, body: &encoded, previous_secret: previous.as_deref(), ip: &ip, now: state.clock.now().unix_secs() };
    match park_form(state.parked.as_ref(), &state.throttle.per_ip, &parking).await {
        Ok(secret) => {
            let mut response = Redirect::to(&urls::login_then(&page.link, true)).into_response();
            cookies::set(response.headers_mut(), cookies::PARKED, &secret, "Lax", state.secure_cookies);
            Ok(response)
        }
        Err(error) => {
            tracing::warn!(%error, "form sent without a session not kept");
            Err(Request::from_parts(parts, Body::empty()))
        }
    }
}

/// The input kept for this form page in this browser, taken on the way (it is shown once). The
/// caller must have checked that the viewer may use the form. A store failure is logged and
/// counts as nothing kept.
pub async fn take(state: &SharedState, headers: &HeaderMap, path: &str) -> Option<FormFields> {
    let secret = cookies::read(headers, cookies::PARKED, state.secure_cookies)?;
    match take_parked_form(state.parked.as_ref(), Some(&secret), path, state.clock.now().unix_secs()).await {
        Ok(body) => body.map(|body| FormFields::parse(&Bytes::from(body))),
        Err(error) => {
            tracing::error!(%error, "parked form lookup failed");
            None
        }
    }
}

/// Removes the cookie once its form was given back.
pub fn forget(state: &SharedState, response: &mut Response) {
    cookies::clear(response.headers_mut(), cookies::PARKED, state.secure_cookies);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::{rule_for, Access};

    #[test]
    fn kept_forms_are_member_forms_of_the_matrix() {
        for form in &KEPT_FORMS {
            assert_eq!(rule_for(&Method::POST, form.route).map(|r| r.access), Some(Access::Member), "{}", form.route);
            assert!(keeps(&Method::POST, form.route));
            assert!(!keeps(&Method::GET, form.route));
        }
        assert!(!keeps(&Method::POST, "/organisations/propose"), "the public proposal form needs no session");
    }

    #[test]
    fn the_way_back_leads_to_the_form_page() {
        let fields = FormFields::from_pairs(vec![("kind".into(), "offer".into())]);
        let page = item_page("/organisations/x/items", &fields);
        assert_eq!((page.path.as_str(), page.link.as_str()), ("/organisations/x/items/new", "/organisations/x/items/new?kind=offer"));
        let page = item_page("/organisations/x/items", &FormFields::from_pairs(vec![("kind".into(), "<script>".into())]));
        assert_eq!(page.link, "/organisations/x/items/new?kind=need");
        let page = edit_page("/organisations/x/edit", &fields);
        assert_eq!((page.path.as_str(), page.link.as_str()), ("/organisations/x/edit", "/organisations/x/edit"));
    }
}
