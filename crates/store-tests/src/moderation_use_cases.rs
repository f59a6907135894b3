//! The moderation use cases on a real store: who may do what, and what each does.

use std::sync::Arc;

use app::accounts::sign_in::Viewer;
use app::directory::Directory;
use app::moderation::{
    edit_state, history, restore, review, review_queue, set_archived, set_trusted, submit_edit, Decision, EditOutcome, ModerationError,
};
use app::ports::{AccountStore, Author, MemberRole, Membership, NewUser};
use domain::accounts::{EmailAddress, Role};
use domain::ids::OrgId;
use domain::moderation::ProfileField;
use domain::organisation::Profile;
use domain::slug::Slug;

use crate::directory::{full_profile, new_org};
use crate::TestStores;

/// Two published organisations and the four kinds of viewer the use cases tell apart.
struct World {
    directory: Directory,
    accounts: Arc<dyn AccountStore>,
    a: OrgId,
    b: OrgId,
    /// Representative of A.
    rep_a: Viewer,
    /// Representative of B.
    rep_b: Viewer,
    coordinator: Viewer,
    /// A coordinator whose second factor is still to be entered.
    half_signed_in: Viewer,
}

impl World {
    async fn new(stores: &TestStores) -> World {
        let orgs = stores
            .directory
            .create_organisations(&[new_org("verein-a", "Verein A"), new_org("verein-b", "Verein B")], &Author::system("test"))
            .await
            .unwrap();
        let accounts = stores.accounts.clone();
        let rep_a = viewer(&accounts, "a@verein.example", Role::Representative, Some(orgs[0]), true).await;
        let rep_b = viewer(&accounts, "b@verein.example", Role::Representative, Some(orgs[1]), true).await;
        let coordinator = viewer(&accounts, "k@stadt.example", Role::Coordinator, None, true).await;
        let half_signed_in = viewer(&accounts, "h@stadt.example", Role::Coordinator, None, false).await;
        let directory = Directory::load(stores).await.unwrap();
        World { directory, accounts, a: orgs[0], b: orgs[1], rep_a, rep_b, coordinator, half_signed_in }
    }

    fn accounts(&self) -> &dyn AccountStore {
        self.accounts.as_ref()
    }

    /// The name the public search index shows for the organisation, if it is listed.
    fn listed_name(&self, org: OrgId) -> Option<String> {
        self.directory.index().by_id(org).map(|l| l.name().to_owned())
    }

    async fn audit_actions(&self) -> Vec<String> {
        self.accounts.audit_events(100).await.unwrap().into_iter().rev().map(|e| e.action).collect()
    }

    async fn edit(&self, viewer: &Viewer, org: OrgId, name: &str) -> Result<EditOutcome, ModerationError> {
        submit_edit(&self.directory, self.accounts(), viewer, org, renamed(name)).await
    }
}

pub(crate) async fn viewer(
    accounts: &Arc<dyn AccountStore>,
    email: &str,
    role: Role,
    org: Option<OrgId>,
    second_factor_done: bool,
) -> Viewer {
    let new = NewUser {
        email: EmailAddress::parse(email).unwrap(),
        role,
        password_hash: "$argon2id$v=19$test".into(),
        email_verified: true,
        language: None,
    };
    let id = accounts.create_user(&new).await.unwrap();
    let memberships: Vec<Membership> =
        org.map(|organisation| Membership { user: id, organisation, role: MemberRole::Owner }).into_iter().collect();
    for membership in &memberships {
        accounts.save_membership(membership).await.unwrap();
    }
    let user = accounts.user(id).await.unwrap().unwrap();
    Viewer { user, memberships, second_factor_done, session_hash: String::new() }
}

fn renamed(name: &str) -> Profile {
    Profile { name: name.into(), ..full_profile("Verein A") }
}

fn forbidden<T: std::fmt::Debug>(result: Result<T, ModerationError>) {
    assert!(matches!(result, Err(ModerationError::Forbidden)), "{result:?}");
}

pub async fn representatives_edit_their_own_organisation_for_review(stores: TestStores) {
    let w = World::new(&stores).await;
    forbidden(w.edit(&w.rep_b, w.a, "Fremd").await);
    forbidden(w.edit(&w.half_signed_in, w.a, "Halb").await);
    assert_eq!(w.edit(&w.rep_a, w.a, "A neu").await.unwrap(), EditOutcome::Pending { number: 2 });
    assert_eq!(w.listed_name(w.a).as_deref(), Some("Verein A"), "the public keeps the approved version");
    assert_eq!(w.edit(&w.rep_a, w.a, "A neu").await.unwrap(), EditOutcome::Unchanged, "same as the pending revision");
    let approved_again = submit_edit(&w.directory, w.accounts(), &w.rep_b, w.b, full_profile("Verein B")).await.unwrap();
    assert_eq!(approved_again, EditOutcome::Unchanged, "same as the approved revision");
    assert_eq!(w.edit(&w.coordinator, w.a, "Vom Büro").await.unwrap(), EditOutcome::Published { number: 3 });
    assert_eq!(w.listed_name(w.a).as_deref(), Some("Vom Büro"), "the office publishes at once");
    assert_eq!(w.audit_actions().await, ["revision.publish"]);
    let err = w.edit(&w.coordinator, OrgId(9_999), "x").await.unwrap_err();
    assert!(matches!(err, ModerationError::Forbidden | ModerationError::NotFound), "{err:?}");
}

pub async fn trusted_organisations_publish_at_once_and_archived_ones_only_by_the_office(stores: TestStores) {
    let w = World::new(&stores).await;
    forbidden(set_trusted(&w.directory, w.accounts(), &w.rep_a, w.a, true).await);
    forbidden(set_trusted(&w.directory, w.accounts(), &w.rep_b, w.a, true).await);
    forbidden(set_trusted(&w.directory, w.accounts(), &w.half_signed_in, w.a, true).await);
    set_trusted(&w.directory, w.accounts(), &w.coordinator, w.a, true).await.unwrap();
    assert_eq!(w.edit(&w.rep_a, w.a, "Vertraut").await.unwrap(), EditOutcome::Published { number: 2 });
    assert_eq!(w.listed_name(w.a).as_deref(), Some("Vertraut"));
    set_trusted(&w.directory, w.accounts(), &w.coordinator, w.a, false).await.unwrap();
    assert_eq!(w.edit(&w.rep_a, w.a, "Wieder geprüft").await.unwrap(), EditOutcome::Pending { number: 3 });

    set_archived(&w.directory, w.accounts(), &w.coordinator, w.a, true).await.unwrap();
    forbidden(w.edit(&w.rep_a, w.a, "Archiviert").await);
    assert!(matches!(w.edit(&w.coordinator, w.a, "Archiviert").await, Ok(EditOutcome::Published { .. })));
    assert_eq!(w.listed_name(w.a), None, "still archived");
    assert_eq!(w.audit_actions().await, ["organisation.trust", "organisation.untrust", "organisation.archive", "revision.publish"]);
}

pub async fn the_edit_form_starts_from_the_pending_draft(stores: TestStores) {
    let w = World::new(&stores).await;
    forbidden(edit_state(&w.directory, &w.rep_b, w.a).await);
    forbidden(edit_state(&w.directory, &w.half_signed_in, w.a).await);
    let state = edit_state(&w.directory, &w.rep_a, w.a).await.unwrap();
    assert_eq!((state.pending, state.draft, state.record.approved), (None, full_profile("Verein A"), Some(1)));
    w.edit(&w.rep_a, w.a, "Entwurf").await.unwrap();
    let state = edit_state(&w.directory, &w.coordinator, w.a).await.unwrap();
    assert_eq!(state.pending, Some((2, renamed("Entwurf"))));
    assert_eq!(state.draft, renamed("Entwurf"));
    assert_eq!(state.record.profile, Some(full_profile("Verein A")));
    let err = edit_state(&w.directory, &w.coordinator, OrgId(9_999)).await.unwrap_err();
    assert!(matches!(err, ModerationError::NotFound), "{err:?}");
}

pub async fn only_the_office_reviews(stores: TestStores) {
    let w = World::new(&stores).await;
    w.edit(&w.rep_a, w.a, "A neu").await.unwrap();
    w.edit(&w.rep_b, w.b, "B neu").await.unwrap();
    for viewer in [&w.rep_a, &w.rep_b, &w.half_signed_in] {
        forbidden(review_queue(&w.directory, viewer).await);
        forbidden(review(&w.directory, w.accounts(), viewer, w.a, 2, Decision::Approve, "").await);
    }
    let queue = review_queue(&w.directory, &w.coordinator).await.unwrap();
    assert_eq!(queue.iter().map(|i| (i.pending.org, i.pending.number)).collect::<Vec<_>>(), [(w.a, 2), (w.b, 2)]);
    let change = &queue[0].changes;
    assert_eq!(change.len(), 1, "{change:?}");
    assert_eq!((change[0].field.clone(), change[0].after.as_deref()), (ProfileField::Name, Some("A neu")));
    assert!(queue[0].duplicates.is_empty(), "only proposals are checked for duplicates");

    let err = review(&w.directory, w.accounts(), &w.coordinator, w.b, 2, Decision::Reject, "  ").await.unwrap_err();
    assert!(matches!(err, ModerationError::CommentRequired), "{err:?}");
    let rejected = review(&w.directory, w.accounts(), &w.coordinator, w.b, 2, Decision::Reject, "Bitte belegen").await.unwrap();
    assert_eq!(rejected.proposer(), None, "an edit by an account is no proposal");
    assert_eq!(
        (rejected.author.label(), rejected.decision, rejected.name.as_str()),
        (format!("user:{}", w.rep_b.user.id), Decision::Reject, "Verein B")
    );
    assert_eq!(w.listed_name(w.b).as_deref(), Some("Verein B"));

    let approved = review(&w.directory, w.accounts(), &w.coordinator, w.a, 2, Decision::Approve, "").await.unwrap();
    assert_eq!((approved.slug.as_str(), approved.name.as_str(), approved.number), ("verein-a", "A neu", 2));
    assert_eq!(approved.author.label(), format!("user:{}", w.rep_a.user.id));
    assert_eq!(approved.proposer(), None, "an edit by an account is no proposal");
    assert_eq!(w.listed_name(w.a).as_deref(), Some("A neu"), "the read model is refreshed");

    let err = review(&w.directory, w.accounts(), &w.coordinator, w.a, 2, Decision::Approve, "").await.unwrap_err();
    assert!(matches!(err, ModerationError::Conflict), "{err:?}");
    let err = review(&w.directory, w.accounts(), &w.coordinator, w.a, 7, Decision::Approve, "").await.unwrap_err();
    assert!(matches!(err, ModerationError::NotFound), "{err:?}");
    assert!(review_queue(&w.directory, &w.coordinator).await.unwrap().is_empty());
    assert_eq!(w.audit_actions().await, ["revision.reject", "revision.approve"]);
    let events = w.accounts.audit_events(1).await.unwrap();
    assert_eq!(
        (events[0].actor.clone(), events[0].target.clone()),
        (format!("user:{}", w.coordinator.user.id), format!("organisation:{}", w.a))
    );
}

pub async fn proposals_are_checked_for_duplicates(stores: TestStores) {
    let w = World::new(&stores).await;
    let proposal = Profile { name: "Verein A Ludwigsburg".into(), ..full_profile("Verein A") };
    let proposer = EmailAddress::parse("ayse@example.org").unwrap();
    let author = Author::Proposer(proposer.clone());
    let proposed = stores.revisions.create_proposal(&Slug::parse("neu").unwrap(), &proposal, &author).await.unwrap();
    let queue = review_queue(&w.directory, &w.coordinator).await.unwrap();
    assert_eq!(queue.len(), 1);
    assert!(queue[0].pending.is_new);
    assert!(queue[0].changes.iter().any(|c| c.field == ProfileField::Name && c.before.is_none()), "every field is new");
    let duplicates: Vec<_> = queue[0].duplicates.iter().map(|d| d.org).collect();
    assert_eq!(duplicates.first(), Some(&w.a), "similar name at the same place: {duplicates:?}");
    assert!(!duplicates.contains(&proposed), "not a duplicate of itself");
    let approved = review(&w.directory, w.accounts(), &w.coordinator, proposed, 1, Decision::Approve, "").await.unwrap();
    assert_eq!(approved.proposer(), Some(proposer), "the proposer is told");
    assert_eq!(w.listed_name(proposed).as_deref(), Some("Verein A Ludwigsburg"));
}

pub async fn history_is_shown_to_editors_and_restored_by_the_office(stores: TestStores) {
    let w = World::new(&stores).await;
    w.edit(&w.coordinator, w.a, "Zwei").await.unwrap();
    w.edit(&w.rep_a, w.a, "Drei").await.unwrap();
    forbidden(history(&w.directory, &w.rep_b, w.a).await);
    forbidden(history(&w.directory, &w.half_signed_in, w.a).await);
    let entries = history(&w.directory, &w.rep_a, w.a).await.unwrap();
    assert_eq!(
        entries.iter().map(|e| (e.info.number, e.info.review_state.key())).collect::<Vec<_>>(),
        [(3, "pending"), (2, "approved"), (1, "approved")]
    );
    assert_eq!(entries[0].changes.iter().map(|c| c.after.as_deref()).collect::<Vec<_>>(), [Some("Drei")]);
    assert!(entries[2].changes.len() > 5, "the first revision lists every field");
    assert_eq!(history(&w.directory, &w.coordinator, w.a).await.unwrap().len(), 3);

    for viewer in [&w.rep_a, &w.rep_b, &w.half_signed_in] {
        forbidden(restore(&w.directory, w.accounts(), viewer, w.a, 1).await);
    }
    assert_eq!(restore(&w.directory, w.accounts(), &w.coordinator, w.a, 1).await.unwrap(), 4);
    assert_eq!(w.listed_name(w.a).as_deref(), Some("Verein A"));
    let entries = history(&w.directory, &w.coordinator, w.a).await.unwrap();
    assert_eq!(entries.len(), 4, "restoring adds a revision");
    assert_eq!(entries[1].info.comment.as_deref(), Some("superseded"), "the pending edit was superseded");
    let err = restore(&w.directory, w.accounts(), &w.coordinator, w.a, 99).await.unwrap_err();
    assert!(matches!(err, ModerationError::NotFound), "{err:?}");
    assert_eq!(w.audit_actions().await, ["revision.publish", "revision.restore"]);
}

pub async fn only_the_office_archives(stores: TestStores) {
    let w = World::new(&stores).await;
    for viewer in [&w.rep_a, &w.rep_b, &w.half_signed_in] {
        forbidden(set_archived(&w.directory, w.accounts(), viewer, w.a, true).await);
    }
    set_archived(&w.directory, w.accounts(), &w.coordinator, w.a, true).await.unwrap();
    assert_eq!(w.listed_name(w.a), None);
    assert_eq!(w.listed_name(w.b).as_deref(), Some("Verein B"));
    set_archived(&w.directory, w.accounts(), &w.coordinator, w.a, false).await.unwrap();
    assert_eq!(w.listed_name(w.a).as_deref(), Some("Verein A"));
    let err = set_archived(&w.directory, w.accounts(), &w.coordinator, OrgId(9_999), true).await.unwrap_err();
    assert!(matches!(err, ModerationError::NotFound), "{err:?}");
    assert_eq!(w.audit_actions().await, ["organisation.archive", "organisation.unarchive"]);
}
