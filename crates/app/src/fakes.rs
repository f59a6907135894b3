//! In-memory implementations of the ports, for use-case tests.

use std::sync::Mutex;

use async_trait::async_trait;
use domain::accounts::{EmailAddress, Role, UserId};
use domain::category::Category;
use domain::district::District;
use domain::ids::OrgId;
use domain::organisation::Organisation;
use domain::slug::Slug;

use crate::ports::{AccountStore, Author, DirectoryStamp, DirectoryStore, NewOrganisation, NewUser, RevisionInfo, StoreError, User};

#[derive(Default)]
struct State {
    categories: Vec<Category>,
    districts: Vec<District>,
    organisations: Vec<Organisation>,
    revisions: Vec<(OrgId, RevisionInfo)>,
    changes: i64,
}

/// A directory store in memory.
#[derive(Default)]
pub struct InMemoryDirectory {
    state: Mutex<State>,
}

impl InMemoryDirectory {
    fn with_state<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        match self.state.lock() {
            Ok(mut guard) => f(&mut guard),
            Err(poisoned) => f(&mut poisoned.into_inner()),
        }
    }
}

#[async_trait]
impl DirectoryStore for InMemoryDirectory {
    async fn ping(&self) -> Result<(), StoreError> {
        Ok(())
    }

    async fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.with_state(|s| s.organisations.is_empty()))
    }

    async fn categories(&self) -> Result<Vec<Category>, StoreError> {
        Ok(self.with_state(|s| {
            let mut list = s.categories.clone();
            list.sort_by_key(|c| c.position);
            list
        }))
    }

    async fn save_category(&self, category: &Category) -> Result<(), StoreError> {
        self.with_state(|s| {
            s.categories.retain(|c| c.key != category.key);
            s.categories.push(category.clone());
            s.changes += 1;
        });
        Ok(())
    }

    async fn districts(&self) -> Result<Vec<District>, StoreError> {
        Ok(self.with_state(|s| {
            let mut list = s.districts.clone();
            list.sort_by(|a, b| a.name.cmp(&b.name));
            list
        }))
    }

    async fn save_district(&self, district: &District) -> Result<(), StoreError> {
        self.with_state(|s| {
            s.districts.retain(|d| d.key != district.key);
            s.districts.push(district.clone());
            s.changes += 1;
        });
        Ok(())
    }

    async fn create_organisations(&self, batch: &[NewOrganisation], author: &Author) -> Result<Vec<OrgId>, StoreError> {
        self.with_state(|s| {
            for new in batch {
                let taken = s.organisations.iter().any(|o| o.slug == new.slug);
                let twice = batch.iter().filter(|o| o.slug == new.slug).count() > 1;
                if taken || twice {
                    return Err(StoreError::SlugTaken(new.slug.to_string()));
                }
            }
            let mut ids = Vec::new();
            for new in batch {
                let id = OrgId(s.organisations.len() as i64 + 1);
                s.organisations.push(Organisation {
                    id,
                    slug: new.slug.clone(),
                    profile: new.profile.clone(),
                    updated_at: format!("2026-01-01T00:00:{:02}Z", s.changes % 60),
                });
                s.revisions.push((id, RevisionInfo { number: 1, author: author.label(), review_state: "approved".into() }));
                ids.push(id);
            }
            s.changes += 1;
            Ok(ids)
        })
    }

    async fn organisation(&self, slug: &Slug) -> Result<Option<Organisation>, StoreError> {
        Ok(self.with_state(|s| s.organisations.iter().find(|o| &o.slug == slug).cloned()))
    }

    async fn published_organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        Ok(self.with_state(|s| s.organisations.clone()))
    }

    async fn revisions(&self, id: OrgId) -> Result<Vec<RevisionInfo>, StoreError> {
        Ok(self.with_state(|s| s.revisions.iter().filter(|(o, _)| *o == id).map(|(_, r)| r.clone()).collect()))
    }

    async fn directory_stamp(&self) -> Result<DirectoryStamp, StoreError> {
        Ok(self.with_state(|s| DirectoryStamp { organisations: s.organisations.len() as i64, last_change: s.changes.to_string() }))
    }
}

/// An account store in memory.
#[derive(Default)]
pub struct InMemoryAccounts {
    users: Mutex<Vec<User>>,
}

impl InMemoryAccounts {
    fn with_users<T>(&self, f: impl FnOnce(&mut Vec<User>) -> T) -> T {
        match self.users.lock() {
            Ok(mut guard) => f(&mut guard),
            Err(poisoned) => f(&mut poisoned.into_inner()),
        }
    }
}

#[async_trait]
impl AccountStore for InMemoryAccounts {
    async fn create_user(&self, user: &NewUser) -> Result<UserId, StoreError> {
        self.with_users(|users| {
            if users.iter().any(|u| u.email == user.email) {
                return Err(StoreError::EmailTaken);
            }
            let id = UserId(users.len() as i64 + 1);
            users.push(User {
                id,
                email: user.email.clone(),
                role: user.role,
                password_hash: user.password_hash.clone(),
                disabled: false,
                created_at: "2026-01-01T00:00:00.000Z".into(),
            });
            Ok(id)
        })
    }

    async fn user_by_email(&self, email: &EmailAddress) -> Result<Option<User>, StoreError> {
        Ok(self.with_users(|users| users.iter().find(|u| &u.email == email).cloned()))
    }

    async fn count_users_with_role(&self, role: Role) -> Result<i64, StoreError> {
        Ok(self.with_users(|users| users.iter().filter(|u| u.role == role).count() as i64))
    }
}
