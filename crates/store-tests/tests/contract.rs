//! Runs the storage contract against SQLite and PostgreSQL.

#![allow(clippy::unwrap_used)]

use app::ports::DirectoryStore;
use store_tests::postgres::TestDatabase;
use store_tests::TestStores;

async fn sqlite() -> (TestStores, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("knotenpunkt.db");
    let store = store_sqlite::SqliteStore::open(&path).await.unwrap();
    (TestStores::of(store).at(&format!("sqlite://{}", path.display())), dir)
}

/// Generates one SQLite and one PostgreSQL test per contract function.
macro_rules! contract {
    ($module:ident: $($name:ident),* $(,)?) => {
        mod $module {
            mod sqlite {
                $(
                    #[tokio::test]
                    async fn $name() {
                        let (store, _dir) = crate::sqlite().await;
                        store_tests::$module::$name(store).await;
                    }
                )*
            }
            mod postgres {
                $(
                    #[tokio::test]
                    async fn $name() {
                        let Some(db) = crate::TestDatabase::create().await else { return };
                        let store = store_postgres::PostgresStore::connect(&db.url).await.unwrap();
                        store_tests::$module::$name(store_tests::TestStores::of(store.clone()).at(&db.url)).await;
                        store.close().await;
                        db.drop_database().await;
                    }
                )*
            }
        }
    };
}

contract!(directory:
    a_new_store_is_empty,
    categories_are_upserted_and_ordered,
    districts_keep_centre_and_neighbours,
    organisations_round_trip_with_a_first_approved_revision,
    a_taken_slug_rejects_the_whole_batch,
    the_stamp_changes_with_every_write,
    many_organisations_in_one_batch,
);

contract!(moderation:
    a_record_includes_archived_and_unpublished_organisations,
    an_edit_is_published_only_on_approval,
    publishing_supersedes_older_pending_revisions,
    only_a_pending_revision_can_be_reviewed,
    the_history_is_append_only,
    a_restore_adds_a_revision,
    archiving_hides_an_organisation_from_the_public,
    trust_and_confirmation_are_recorded,
    a_proposal_is_published_only_when_approved,
    the_review_queue_lists_the_newest_pending_revision_per_organisation,
    positions_cover_published_and_proposed_organisations,
    revisions_are_found_by_their_author,
);

contract!(confirmation:
    entries_are_due_when_their_confirmation_is_old,
    reminders_and_flags_are_recorded_and_cleared_by_a_confirmation,
);

contract!(moderation_use_cases:
    representatives_edit_their_own_organisation_for_review,
    trusted_organisations_publish_at_once_and_archived_ones_only_by_the_office,
    the_edit_form_starts_from_the_pending_draft,
    only_the_office_reviews,
    proposals_are_checked_for_duplicates,
    history_is_shown_to_editors_and_restored_by_the_office,
    only_the_office_archives,
);

contract!(marketplace:
    items_round_trip_in_order,
    an_item_of_an_unknown_organisation_rejects_the_batch,
    new_items_change_the_stamp,
    a_closed_item_leaves_the_lists_but_stays_stored,
    an_open_item_is_changed_in_place_and_a_closed_one_is_not,
    introductions_move_once_and_are_found_from_both_sides,
);

contract!(accounts:
    users_round_trip,
    a_user_s_mail_language_is_kept_and_changed,
    a_registered_email_is_refused_whatever_its_case,
    users_are_counted_by_role,
    an_administrator_is_created_with_an_argon2id_hash,
    an_administrator_needs_a_good_email_and_password,
    login_starts_a_fresh_session_each_time,
    login_refuses_alike_whatever_is_wrong,
    sessions_end_when_idle_or_too_old,
    office_staff_must_pass_a_second_factor,
    totp_steps_and_recovery_codes_are_single_use,
    tokens_are_single_use_and_expire,
    memberships_link_users_and_associations,
    a_deleted_account_keeps_its_row_but_no_personal_data,
    the_audit_log_is_append_only_and_newest_first,
    repeated_failures_lock_out_even_the_right_password,
    a_second_factor_is_set_up_then_required_and_never_replayed,
    a_claim_approved_by_the_office_makes_an_owner,
    audit_events_are_found_by_actor,
    digest_subscriptions_are_kept_and_dropped,
);

contract!(admin_use_cases:
    only_administrators_manage_accounts_and_one_stays,
    personal_data_is_exported_without_secrets_and_deleted,
);

contract!(jobs:
    jobs_are_enqueued_claimed_and_completed,
    jobs_are_claimed_in_order_of_due_time,
    a_job_due_in_the_future_is_not_claimed,
    a_claimed_job_is_not_claimed_twice,
    a_job_whose_lease_ended_is_claimed_again,
    a_failing_job_is_retried_then_failed,
    a_job_without_retry_fails_at_once,
    a_job_whose_last_lease_ended_is_failed,
);

contract!(parked_forms:
    a_parked_form_is_given_back_once,
    parking_again_replaces_the_form_of_that_page,
    an_expired_form_is_not_given_back,
    expired_forms_are_cleaned_up,
    a_large_form_is_kept_whole,
);

#[tokio::test]
async fn sqlite_keeps_data_across_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("knotenpunkt.db");
    let store = store_sqlite::SqliteStore::open(&path).await.unwrap();
    store_tests::directory::organisations_round_trip_with_a_first_approved_revision(TestStores::of(store.clone())).await;
    store.close().await;
    let reopened = store_sqlite::SqliteStore::open(&path).await.unwrap();
    assert_eq!(reopened.published_organisations().await.unwrap().len(), 2);
}

contract!(logos:
    a_logo_is_stored_once_under_its_hash,
    stored_logos_cannot_be_changed_or_deleted,
    a_logo_is_a_moderated_change_of_the_profile,
);
