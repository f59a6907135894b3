//! Representatives post their association's offers and needs, and close them when fulfilled.
//! Both take effect at once (offers and needs are not reviewed); closing keeps the item.

use domain::ids::OrgId;
use domain::marketplace::{Item, ItemContent, ItemId, ItemKind};

use crate::accounts::sign_in::Viewer;
use crate::marketplace::Marketplace;
use crate::ports::{AccountStore, AuditEvent, Author, NewItem, StoreError};

/// Why an item was not posted or closed.
#[derive(Debug, thiserror::Error)]
pub enum ItemError {
    #[error("not allowed")]
    Forbidden,
    #[error("no such item")]
    NotFound,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Posts an offer or need for an association the viewer represents (or, for the office, any).
pub async fn post_item(
    marketplace: &Marketplace,
    viewer: &Viewer,
    org: OrgId,
    kind: ItemKind,
    content: ItemContent,
) -> Result<ItemId, ItemError> {
    if !viewer.may_edit(org) {
        return Err(ItemError::Forbidden);
    }
    let ids = marketplace.items().create_items(&[NewItem { org, kind, content }], &Author::User(viewer.user.id)).await?;
    marketplace.refresh_if_changed().await?;
    ids.first().copied().ok_or(ItemError::NotFound)
}

/// Changes what an open item of an association the viewer represents says; takes effect at
/// once, recorded in the audit log. Returns the item as it was (its kind and organisation stay).
pub async fn edit_item(
    marketplace: &Marketplace,
    accounts: &dyn AccountStore,
    viewer: &Viewer,
    id: ItemId,
    content: ItemContent,
) -> Result<Item, ItemError> {
    let item = editable_item(marketplace, viewer, id).await?;
    if !marketplace.items().update_item(id, &content, &Author::User(viewer.user.id)).await? {
        return Err(ItemError::NotFound);
    }
    accounts
        .record_audit(&AuditEvent {
            actor: format!("user:{}", viewer.user.id),
            action: "item.edit".into(),
            target: format!("item:{}", id.0),
            detail: format!("organisation:{}", item.org),
            at: String::new(),
        })
        .await?;
    marketplace.refresh_if_changed().await?;
    Ok(item)
}

/// An open item the viewer may change: closed and unknown items are not found.
pub async fn editable_item(marketplace: &Marketplace, viewer: &Viewer, id: ItemId) -> Result<Item, ItemError> {
    match marketplace.items().item(id).await? {
        Some((item, true)) if viewer.may_edit(item.org) => Ok(item),
        Some((_, true)) => Err(ItemError::Forbidden),
        _ => Err(ItemError::NotFound),
    }
}

/// Closes an item of an association the viewer represents; recorded in the audit log.
pub async fn close_item(marketplace: &Marketplace, accounts: &dyn AccountStore, viewer: &Viewer, id: ItemId) -> Result<OrgId, ItemError> {
    let Some((item, open)) = marketplace.items().item(id).await? else { return Err(ItemError::NotFound) };
    if !viewer.may_edit(item.org) {
        return Err(ItemError::Forbidden);
    }
    if open && marketplace.items().close_item(id, &Author::User(viewer.user.id)).await? {
        accounts
            .record_audit(&AuditEvent {
                actor: format!("user:{}", viewer.user.id),
                action: "item.close".into(),
                target: format!("item:{}", id.0),
                detail: format!("organisation:{}", item.org),
                at: String::new(),
            })
            .await?;
        marketplace.refresh_if_changed().await?;
    }
    Ok(item.org)
}
