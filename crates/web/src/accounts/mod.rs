//! Accounts: signing in and out, the second factor, registration and invitations, the account
//! page with its settings and personal data, an association's members and claims ("this is our
//! association").

pub mod account;
pub mod claims;
pub mod cookies;
pub mod csrf;
pub mod guide;
pub mod join;
pub mod login;
pub mod members;
pub mod personal_data;
pub mod register;
pub mod second_factor;
pub mod session;

use axum::routing::{get, post};
use axum::Router;
use domain::local_path::LocalPath;

use crate::SharedState;

pub fn router() -> Router<SharedState> {
    Router::new()
        .route("/login", get(login::form).post(login::submit))
        .route("/logout", post(login::logout))
        .route("/login/code", get(second_factor::code_form).post(second_factor::code_submit))
        .route("/account/second-factor", get(second_factor::setup_form).post(second_factor::setup_submit))
        .route("/account", get(account::show))
        .route("/account/digest", post(account::set_digest))
        .route("/account/language", post(account::set_language))
        .route("/account/data.json", get(personal_data::download))
        .route("/account/delete", get(personal_data::delete_form).post(personal_data::delete_submit))
        .route("/register", get(register::register_form).post(register::register_submit))
        .route("/register/verify", get(register::verify_form).post(register::verify_submit))
        .route("/password/forgot", get(register::forgot_form).post(register::forgot_submit))
        .route("/password/reset", get(register::reset_form).post(register::reset_submit))
        .route("/invitation", get(register::invitation_form).post(register::invitation_submit))
        .route("/organisations/{slug}/members", get(members::show).post(members::invite_submit))
        .route("/organisations/{slug}/members/invitations/resend", post(members::resend))
        .route("/organisations/{slug}/members/invitations/revoke", post(members::revoke))
        .route("/organisations/{slug}/members/remove", post(members::remove))
        .route("/organisations/{slug}/claim", post(claims::submit))
        .route("/organisations/{slug}/join", get(join::show))
        .route("/office/claims/{id}", post(claims::decide))
}

/// A path on this site to go to after signing in; anything else (other sites, odd schemes) is
/// replaced by the account page, so that the login form cannot be used to send people elsewhere
/// (`domain::local_path::LocalPath` says what counts as local).
pub fn safe_next(next: Option<&str>) -> String {
    next.and_then(LocalPath::parse).map_or_else(|| "/account".to_owned(), |path| path.as_str().to_owned())
}

/// The client's address for rate limits (`crate::client_address`: behind a trusted proxy the
/// forwarded client, an IPv6 client's /64 network).
pub fn client_ip(extensions: &axum::http::Extensions) -> String {
    extensions.get::<crate::client_address::ClientAddress>().map_or_else(|| "unknown".to_owned(), |client| client.0.clone())
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed_after_login() {
        assert_eq!(safe_next(Some("/organisations/x/edit")), "/organisations/x/edit");
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "javascript:alert(1)",
            "/login?next=/x",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "\t//evil.example",
            "/\u{7f}/evil.example",
            "/ /evil.example",
            "/\u{a0}/evil.example",
            "",
            "evil.example",
        ] {
            assert_eq!(safe_next(Some(bad)), "/account", "{bad}");
        }
        assert_eq!(safe_next(None), "/account");
    }
}
