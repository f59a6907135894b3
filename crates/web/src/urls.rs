//! Every address a handler redirects to, built in one place: a route that moves changes here
//! (and in its router), not in each handler. Query flags are the ones the target page reads.

use domain::marketplace::{ItemId, ItemKind};

/// The front page.
pub const HOME: &str = "/";
/// The sign-in form.
pub const LOGIN: &str = "/login";
/// The second step of signing in: the code from the authenticator app.
pub const LOGIN_CODE: &str = "/login/code";
/// Setting up the second factor (office and administrator accounts).
pub const SECOND_FACTOR_SETUP: &str = "/account/second-factor";
/// The signed-in user's account page.
pub const ACCOUNT: &str = "/account";
/// The viewer's introductions between offers and needs.
pub const INTRODUCTIONS: &str = "/introductions";

/// The front page with a one-off notice (`logged_out`, `account_deleted`).
pub fn home_notice(notice: &str) -> String {
    format!("/?{notice}=1")
}

/// The sign-in form that leads back to `next` afterwards; `kept` says a form was kept meanwhile.
pub fn login_then(next: &str, kept: bool) -> String {
    let mut pairs = vec![("next", next)];
    if kept {
        pairs.push(("kept", "1"));
    }
    format!("{LOGIN}?{}", serde_urlencoded::to_string(pairs).unwrap_or_default())
}

/// The sign-in form with a notice (`verified`, `reset`).
pub fn login_notice(notice: &str) -> String {
    format!("{LOGIN}?{notice}=1")
}

/// The sign-in form after the address was confirmed, going on to `next` (a newcomer's guided
/// path) when the registration carried one.
pub fn login_verified(next: Option<&domain::local_path::LocalPath>) -> String {
    match next {
        Some(path) => format!("{LOGIN}?{}", serde_urlencoded::to_string([("verified", "1"), ("next", path.as_str())]).unwrap_or_default()),
        None => login_notice("verified"),
    }
}

/// A newcomer's guided path from an association (account, address, claim, profile).
pub fn join(slug: &str) -> String {
    format!("/organisations/{slug}/join")
}

/// The account page after a change: `welcome=1`, or `digest=saved` / `language=saved`.
pub fn account_welcome() -> String {
    format!("{ACCOUNT}?welcome=1")
}

/// The account page after saving one of its settings (`digest`, `language`).
pub fn account_saved(setting: &str) -> String {
    format!("{ACCOUNT}?{setting}=saved")
}

/// The administrators' account list after a change (`done`) or a refused one (`error`).
pub fn admin_users(outcome: &str, value: &str) -> String {
    format!("/admin/users?{outcome}={value}")
}

/// The office's review queue after a decision (`done=approved`, `done=conflict`, …).
pub fn review_done(done: &str) -> String {
    format!("/office/review?done={done}")
}

/// An association's public profile.
pub fn organisation(slug: &str) -> String {
    format!("/organisations/{slug}")
}

/// The profile after the viewer said "this is our association".
pub fn organisation_claimed(slug: &str) -> String {
    format!("/organisations/{slug}?claimed=1")
}

/// An association's edit page.
pub fn edit(slug: &str) -> String {
    format!("/organisations/{slug}/edit")
}

/// The edit page after saving: `saved` names what happened; `section` is the part to show
/// (`items`, `logo`).
pub fn edit_saved(slug: &str, saved: &str, section: Option<&str>) -> String {
    let anchor = section.map(|s| format!("#{s}")).unwrap_or_default();
    format!("/organisations/{slug}/edit?saved={saved}{anchor}")
}

/// An association's version history.
pub fn history(slug: &str) -> String {
    format!("/organisations/{slug}/history")
}

/// The version history after a restore: which version, as which new one, how many editors were told.
pub fn history_restored(slug: &str, from: i64, number: i64, told: usize) -> String {
    format!("/organisations/{slug}/history?from={from}&restored={number}&told={told}")
}

/// The version history after archiving (`true`) or bringing the entry back.
pub fn history_archived(slug: &str, archived: bool) -> String {
    format!("/organisations/{slug}/history?archived={}", u8::from(archived))
}

/// An association's members after an invitation was sent.
pub fn members_sent(slug: &str) -> String {
    format!("/organisations/{slug}/members?sent=1")
}

/// An association's members page at its invitation form.
pub fn members_invite(slug: &str) -> String {
    format!("/organisations/{slug}/members#invite")
}

/// An association's members after a change (`resent`, `revoked`, `removed`).
pub fn members_done(slug: &str, done: &str) -> String {
    format!("/organisations/{slug}/members?done={done}")
}

/// An offer's or need's page.
pub fn item(kind: ItemKind, id: ItemId) -> String {
    match kind {
        ItemKind::Offer => format!("/offers/{}", id.0),
        ItemKind::Need => format!("/needs/{}", id.0),
    }
}

/// An offer's or need's page with a one-off notice (`posted`, `saved`, `dismissed`).
pub fn item_notice(kind: ItemKind, id: ItemId, notice: &str) -> String {
    format!("{}?{notice}=1", item(kind, id))
}

/// The form that changes an offer or need.
pub fn item_edit(id: ItemId) -> String {
    format!("/items/{}/edit", id.0)
}

/// The viewer's introductions after asking for one.
pub fn introductions_asked() -> String {
    format!("{INTRODUCTIONS}?asked=1")
}

/// A meeting's public page.
pub fn meeting(slug: &str) -> String {
    format!("/meetings/{slug}")
}

/// A meeting's page after an action (`done=confirmed`, `waitlisted`, `cancelled`, `saved`).
pub fn meeting_done(slug: &str, done: &str) -> String {
    format!("/meetings/{slug}?done={done}")
}

/// The registration form of a meeting.
pub fn meeting_register(slug: &str) -> String {
    format!("/meetings/{slug}/register")
}

/// One of the office's pages of a meeting (`edit`, `participants`, `plan`, `check-in`).
pub fn meeting_office(slug: &str, page: &str) -> String {
    format!("/office/meetings/{slug}/{page}")
}

/// An office page of a meeting with a refusal's message id (`?refused=meeting-move-locked`).
pub fn meeting_refused(slug: &str, page: &str, message_id: &str) -> String {
    format!("/office/meetings/{slug}/{page}?refused={message_id}")
}

/// The results of a meeting, or the form of one table in one round (both from 1).
pub fn meeting_results(slug: &str, place: Option<(usize, usize)>) -> String {
    match place {
        Some((round, table)) => format!("/meetings/{slug}/results/{round}/{table}"),
        None => format!("/meetings/{slug}/results"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_the_routes_of_the_routers() {
        assert_eq!(edit_saved("verein", "logo-saved", Some("logo")), "/organisations/verein/edit?saved=logo-saved#logo");
        assert_eq!(edit_saved("verein", "pending", None), "/organisations/verein/edit?saved=pending");
        assert_eq!(item_notice(ItemKind::Need, ItemId(7), "dismissed"), "/needs/7?dismissed=1");
        assert_eq!(login_then("/organisations/x/edit?a=1", true), "/login?next=%2Forganisations%2Fx%2Fedit%3Fa%3D1&kept=1");
        assert_eq!(home_notice("logged_out"), "/?logged_out=1");
        assert_eq!(meeting_office("treffen-2026-01-11", "plan"), "/office/meetings/treffen-2026-01-11/plan");
        assert_eq!(meeting_results("t", Some((1, 2))), "/meetings/t/results/1/2");
    }
}
