//! The administration and personal-data use cases on a real store: only administrators manage
//! accounts, the last active administrator stays, the export holds no secrets.

use app::accounts::admin_users::{audit_log, change_role, list_users, set_disabled, AdminError};
use app::accounts::password_hash::hash_password;
use app::accounts::personal_data::{delete_account, export_personal_data, PersonalDataError};
use app::accounts::sign_in::Viewer;
use app::directory::Directory;
use app::ports::{AccountStore, Author, MemberRole, Membership, NewSession, NewUser};
use domain::accounts::{EmailAddress, Password, Role, UserId};
use domain::organisation::Consent;

use crate::directory::{full_profile, new_org};
use crate::TestStores;

const GOOD: &str = "Lindenblüte am Marktplatz";

async fn viewer(store: &dyn AccountStore, email: &str, role: Role) -> Viewer {
    let address = EmailAddress::parse(email).unwrap();
    let password_hash = hash_password(&Password::parse(GOOD, &address).unwrap()).unwrap();
    let id = store.create_user(&NewUser { email: address, role, password_hash, email_verified: true, language: None }).await.unwrap();
    let user = store.user(id).await.unwrap().unwrap();
    Viewer { user, memberships: Vec::new(), second_factor_done: true, session_hash: format!("hash-{id}") }
}

pub async fn only_administrators_manage_accounts_and_one_stays(stores: TestStores) {
    let store = stores.accounts.as_ref();
    let admin = viewer(store, "admin@stadt.example", Role::Administrator).await;
    let coordinator = viewer(store, "koordination@stadt.example", Role::Coordinator).await;
    let rep = viewer(store, "vera@verein.example", Role::Representative).await;
    store.create_session(&NewSession { token_hash: "t".into(), user: rep.user.id, second_factor_done: true, now: 1 }).await.unwrap();

    assert!(matches!(list_users(store, &coordinator).await, Err(AdminError::Forbidden)));
    assert!(matches!(change_role(store, &coordinator, rep.user.id, Role::Administrator).await, Err(AdminError::Forbidden)));
    assert!(matches!(set_disabled(store, &rep, rep.user.id, true).await, Err(AdminError::Forbidden)));
    assert_eq!(list_users(store, &admin).await.unwrap().len(), 3);

    assert!(matches!(change_role(store, &admin, admin.user.id, Role::Coordinator).await, Err(AdminError::LastAdministrator)));
    assert!(matches!(set_disabled(store, &admin, admin.user.id, true).await, Err(AdminError::LastAdministrator)));
    assert!(matches!(change_role(store, &admin, UserId(9_999), Role::Coordinator).await, Err(AdminError::NotFound)));

    set_disabled(store, &admin, rep.user.id, true).await.unwrap();
    assert!(store.session("t").await.unwrap().is_none(), "disabling ends the sessions");
    change_role(store, &admin, coordinator.user.id, Role::Administrator).await.unwrap();
    change_role(store, &admin, admin.user.id, Role::Coordinator).await.unwrap();

    let actions: Vec<_> = audit_log(store, &coordinator, 10).await.unwrap().into_iter().map(|e| e.action).collect();
    assert_eq!(actions, ["user.role", "user.role", "user.disable"]);
    assert!(matches!(audit_log(store, &rep, 10).await, Err(AdminError::Forbidden)));
}

pub async fn personal_data_is_exported_without_secrets_and_deleted(stores: TestStores) {
    let store = stores.accounts.as_ref();
    let directory = Directory::load(&stores).await.unwrap();
    let org = stores.directory.create_organisations(&[new_org("verein-a", "Verein A")], &Author::system("test")).await.unwrap()[0];
    let mut rep = viewer(store, "vera@verein.example", Role::Representative).await;
    store.save_membership(&Membership { user: rep.user.id, organisation: org, role: MemberRole::Owner }).await.unwrap();
    rep.memberships = store.memberships_of(rep.user.id).await.unwrap();
    let label = Author::User(rep.user.id).label();
    let mut profile = full_profile("Verein A");
    let person = profile.contact_persons.first_mut().unwrap();
    person.consent = Some(Consent { given_at: "2026-11-25T10:00:00Z".into(), text_version: "v1".into(), recorded_by: Some(label.clone()) });
    stores.revisions.add_revision(org, &profile, &Author::User(rep.user.id), false).await.unwrap();

    let data = export_personal_data(store, &directory, &rep).await.unwrap();
    assert_eq!(data.account.email, "vera@verein.example");
    assert_eq!((data.memberships[0].slug.as_str(), data.memberships[0].role), ("verein-a", "owner"));
    assert_eq!((data.revisions.len(), data.revisions[0].number), (1, 2));
    assert_eq!(data.consents_recorded.len(), 1);
    let json = serde_json::to_string(&data).unwrap();
    assert!(!json.contains("argon2"), "{json}");

    assert!(matches!(delete_account(store, &rep, "falsch falsch falsch").await, Err(PersonalDataError::WrongPassword)));
    delete_account(store, &rep, GOOD).await.unwrap();
    assert!(store.user(rep.user.id).await.unwrap().is_none());
    assert_eq!(stores.revisions.revisions_by_author(&label).await.unwrap().len(), 1, "authored revisions stay");

    let admin = viewer(store, "admin@stadt.example", Role::Administrator).await;
    assert!(matches!(delete_account(store, &admin, GOOD).await, Err(PersonalDataError::LastAdministrator)));
}

/// Two administrators step down at once (demoting, disabling or deleting themselves), again and
/// again: every time exactly one is refused, and one active administrator stays.
pub async fn two_administrators_stepping_down_at_once_leave_one(stores: TestStores) {
    let store = stores.accounts.as_ref();
    let mut survivor = viewer(store, "admin-0@stadt.example", Role::Administrator).await;
    for round in 1..=6 {
        let newcomer = viewer(store, &format!("admin-{round}@stadt.example"), Role::Administrator).await;
        let step_down = |who: Viewer, how: usize| {
            let stores = stores.clone();
            async move {
                let store = stores.accounts.as_ref();
                match how {
                    0 => match change_role(store, &who, who.user.id, Role::Coordinator).await {
                        Err(AdminError::LastAdministrator) => false,
                        other => other.map(|()| true).unwrap(),
                    },
                    1 => match set_disabled(store, &who, who.user.id, true).await {
                        Err(AdminError::LastAdministrator) => false,
                        other => other.map(|()| true).unwrap(),
                    },
                    _ => match delete_account(store, &who, GOOD).await {
                        Err(PersonalDataError::LastAdministrator) => false,
                        other => other.map(|()| true).unwrap(),
                    },
                }
            }
        };
        let (first, second) = (survivor.clone(), newcomer.clone());
        let (a, b) = tokio::join!(tokio::spawn(step_down(first, round % 3)), tokio::spawn(step_down(second, (round + 1) % 3)));
        let (a, b) = (a.unwrap(), b.unwrap());
        assert!(a != b, "round {round}: exactly one of the two steps down (first {a}, second {b})");
        let active: Vec<_> = store.users().await.unwrap().into_iter().filter(|u| u.role == Role::Administrator && !u.disabled).collect();
        assert_eq!(active.len(), 1, "round {round}: {active:?}");
        survivor = if a { newcomer } else { survivor };
    }
}
