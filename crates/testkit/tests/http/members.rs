//! Who edits an association: pending invitations listed with resend and revoke, members
//! removed, roles explained where they are chosen; an administrator keeps their own account.

use domain::accounts::Role;
use testkit::browser::Browser;
use testkit::{spawn_app, TestApp};

const SLUG: &str = "kulturverein-brueckenschlag";

async fn coordinator(app: &TestApp) -> Browser {
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    app.signed_in("koordination@stadt.example", Some(&secret)).await
}

fn pending(html: &str) -> &str {
    html.split("id=\"pending-invitations\"").nth(1).and_then(|s| s.split("</section>").next()).unwrap_or_default()
}

#[tokio::test]
async fn pending_invitations_are_listed_sent_again_and_withdrawn() {
    let app = spawn_app().await;
    let mut office = coordinator(&app).await;
    let members = format!("/organisations/{SLUG}/members");
    let page = office.get(&members).await;
    assert!(page.body.contains("members-role-owner") || page.body.contains("h-role-owner"), "roles are explained where chosen");
    assert!(page.body.contains("lädt selbst weitere Personen ein"), "{}", page.body);
    office.post(&members, &[("email", "vera@verein.example"), ("role", "owner")]).await;
    office.post(&members, &[("email", "ali@verein.example"), ("role", "editor")]).await;
    let page = office.get(&format!("{members}?sent=1")).await;
    let list = pending(&page.body);
    assert!(list.contains("vera@verein.example") && list.contains("ali@verein.example"), "{list}");
    assert!(!page.body.contains("Noch niemand. Laden Sie jemanden ein."), "not 'nobody' right under 'sent'");

    // Sending again gives a fresh link; the old one stops working.
    let old = app.link_in_mail("ali@verein.example", "/invitation?token=").await;
    let page = office.post(&format!("{members}/invitations/resend"), &[("email", "ali@verein.example")]).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("{members}?done=resent")), "{}", page.body);
    let new = app.link_in_mail("ali@verein.example", "/invitation?token=").await;
    assert_ne!(old, new);
    assert_eq!(app.browser().get(&old).await.status, 404, "the old link is dead");
    assert_eq!(app.browser().get(&new).await.status, 200);
    let page = office.get(&format!("{members}?done=resent")).await;
    assert!(page.body.contains("erneut verschickt"));
    assert_eq!(pending(&page.body).matches("<span dir=\"ltr\">ali@verein.example</span>").count(), 1, "listed once");

    // Withdrawing: gone from the list, the link dead.
    let page = office.post(&format!("{members}/invitations/revoke"), &[("email", "ali@verein.example")]).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("{members}?done=revoked")));
    assert_eq!(app.browser().get(&new).await.status, 404);
    let page = office.get(&members).await;
    assert!(!pending(&page.body).contains("ali@verein.example") && pending(&page.body).contains("vera@verein.example"));
    let page = office.post(&format!("{members}/invitations/revoke"), &[("email", "ali@verein.example")]).await;
    assert_eq!(page.status, 422, "nothing left to withdraw");
    let page = office.post(&format!("{members}/invitations/revoke"), &[("email", "kein Name")]).await;
    assert_eq!(page.status, 422);
    let actions: Vec<String> = app.state.accounts.audit_events(20).await.unwrap().into_iter().map(|e| e.action).collect();
    assert!(actions.iter().any(|a| a == "invitation.revoke"), "{actions:?}");
}

#[tokio::test]
async fn owners_manage_co_editors_and_the_office_everyone() {
    let app = spawn_app().await;
    let mut office = coordinator(&app).await;
    let members = format!("/organisations/{SLUG}/members");
    let owner = app.representative_of("vera@verein.example", SLUG).await;
    let editor = app.user("ali@verein.example", Role::Representative).await;
    let org = app.state.directory.index().get(SLUG).unwrap().id();
    let membership = app::ports::Membership { user: editor, organisation: org, role: app::ports::MemberRole::Editor };
    app.state.accounts.save_membership(&membership).await.unwrap();
    office.post(&members, &[("email", "neu@verein.example"), ("role", "owner")]).await;

    let mut vera = app.signed_in("vera@verein.example", None).await;
    let page = vera.get(&members).await;
    assert!(page.body.contains("Bearbeitet mit") && page.body.contains("laden aber niemanden ein"), "the owner's role text");
    let page = vera.post(&format!("{members}/invitations/revoke"), &[("email", "neu@verein.example")]).await;
    assert_eq!(page.status, 403, "an owner does not withdraw the office's invitation of an owner");
    let page = vera.post(&format!("{members}/remove"), &[("user", &owner.0.to_string())]).await;
    assert_eq!(page.status, 403, "owners are removed by the office");
    let page = vera.post(&format!("{members}/remove"), &[("user", &editor.0.to_string())]).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("{members}?done=removed")), "{}", page.body);
    assert!(app.state.accounts.members_of(org).await.unwrap().iter().all(|(m, _)| m.user != editor));
    let page = office.post(&format!("{members}/remove"), &[("user", &owner.0.to_string())]).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("{members}?done=removed")));
    let page = office.post(&format!("{members}/remove"), &[("user", "nobody")]).await;
    assert_eq!(page.status, 422);
}

#[tokio::test]
async fn the_office_invites_from_the_profile_and_the_users_list() {
    let app = spawn_app().await;
    let admin = app.user("admin@stadt.example", Role::Administrator).await;
    let secret = app.with_totp(admin).await;
    let mut office = app.signed_in("admin@stadt.example", Some(&secret)).await;
    let page = office.get(&format!("/organisations/{SLUG}")).await;
    assert!(page.body.contains(&format!("href=\"/organisations/{SLUG}/members#invite\"")), "on the association's page");
    let visitor = app.browser().get(&format!("/organisations/{SLUG}")).await;
    assert!(!visitor.body.contains("/members#invite"));
    let page = office.get("/admin/users").await;
    assert!(page.body.contains("action=\"/office/invite\"") && page.body.contains(&format!("value=\"{SLUG}\"")), "in the users list");
    let page = office.get(&format!("/office/invite?organisation={SLUG}")).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/organisations/{SLUG}/members#invite")));
    let page = office.get("/office/invite?organisation=gibt-es-nicht").await;
    assert_eq!(page.location.as_deref(), Some("/admin/users?error=invalid"));

    // The administrator's own row offers no "Deaktivieren" (stepping down stays possible
    // through the role, guarded as before); other rows do.
    let users = office.get("/admin/users").await.body;
    let own_row = page_row(&users, admin.0);
    assert!(!own_row.contains("/disabled") && own_row.contains("andere Administrator"), "{own_row}");
    let other = app.user("zweite@stadt.example", Role::Administrator).await;
    assert!(page_row(&office.get("/admin/users").await.body, other.0).contains("/disabled"));
    // The staff account page speaks to staff.
    let page = office.get("/account").await;
    assert!(
        page.body.contains("Als Integrationsbüro pflegen Sie jeden Eintrag")
            && !page.body.contains("Das Integrationsbüro kann Sie einladen")
    );
}

fn page_row(html: &str, id: i64) -> String {
    html.split(&format!("id=\"user-{id}\"")).nth(1).and_then(|s| s.split("</tr>").next()).unwrap_or_default().to_owned()
}
