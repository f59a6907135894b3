//! Use case: the office's list of entries the yearly check (`confirm_active`) flagged as
//! possibly inactive, to archive or keep.

use crate::accounts::sign_in::Viewer;
use crate::ports::{ConfirmActiveStore, OrgRecord};

use super::{require_staff, ModerationError};

/// Flagged, not archived entries, longest flagged first; staff only.
pub async fn inactive_entries(store: &dyn ConfirmActiveStore, viewer: &Viewer) -> Result<Vec<OrgRecord>, ModerationError> {
    require_staff(viewer)?;
    Ok(store.flagged_inactive().await?)
}

#[cfg(test)]
mod tests {
    use domain::accounts::Role;

    use async_trait::async_trait;
    use domain::ids::OrgId;

    use super::*;
    use crate::ports::StoreError;

    /// A yearly check with nothing flagged.
    struct NothingFlagged;

    #[async_trait]
    impl ConfirmActiveStore for NothingFlagged {
        async fn set_confirmed(&self, _: OrgId, _: i64) -> Result<(), StoreError> {
            Ok(())
        }
        async fn confirm_active_due(&self, _: i64) -> Result<Vec<OrgRecord>, StoreError> {
            Ok(Vec::new())
        }
        async fn set_confirmation_sent(&self, _: OrgId, _: Option<i64>) -> Result<(), StoreError> {
            Ok(())
        }
        async fn set_inactive_flag(&self, _: OrgId, _: Option<i64>) -> Result<(), StoreError> {
            Ok(())
        }
        async fn flagged_inactive(&self) -> Result<Vec<OrgRecord>, StoreError> {
            Ok(Vec::new())
        }
    }

    fn viewer(role: Role, second_factor_done: bool) -> Viewer {
        Viewer::for_test(role, Vec::new(), second_factor_done)
    }

    #[tokio::test]
    async fn only_the_office_with_its_second_factor_sees_the_list() {
        let store = NothingFlagged;
        assert!(inactive_entries(&store, &viewer(Role::Coordinator, true)).await.is_ok());
        for refused in [viewer(Role::Coordinator, false), viewer(Role::Representative, true)] {
            assert!(matches!(inactive_entries(&store, &refused).await, Err(ModerationError::Forbidden)));
        }
    }
}
