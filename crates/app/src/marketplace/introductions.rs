//! Introductions (double opt-in): one side of a suggested need–offer pairing asks, the other
//! accepts or declines; only on acceptance do both get each other's contact details, by email
//! and on the page. The pairing moves suggested → requested → agreed → done, or declined; a
//! dismissed suggestion stays hidden.

use domain::ids::OrgId;
use domain::marketplace::{IntroductionState, Item, ItemId, ItemKind};

use crate::accounts::sign_in::Viewer;
use crate::marketplace::Marketplace;
use crate::ports::{Introduction, NewIntroduction, StoreError, UserStore};

#[derive(Debug, thiserror::Error)]
pub enum IntroductionError {
    #[error("not allowed")]
    Forbidden,
    #[error("no such need, offer or introduction")]
    NotFound,
    #[error("already asked or answered")]
    Conflict,
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for IntroductionError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(_) => IntroductionError::Conflict,
            other => IntroductionError::Store(other),
        }
    }
}

async fn open_item(marketplace: &Marketplace, id: ItemId, kind: ItemKind) -> Result<Item, IntroductionError> {
    match marketplace.items().item(id).await? {
        Some((item, true)) if item.kind == kind => Ok(item),
        _ => Err(IntroductionError::NotFound),
    }
}

/// Asks for an introduction. The asking side is the association of the need or of the
/// offer that the viewer represents; the other side answers. Never an association with itself.
pub async fn request_introduction(
    marketplace: &Marketplace,
    viewer: &Viewer,
    need: ItemId,
    offer: ItemId,
    message: &str,
) -> Result<Introduction, IntroductionError> {
    let need = open_item(marketplace, need, ItemKind::Need).await?;
    let offer = open_item(marketplace, offer, ItemKind::Offer).await?;
    if need.org == offer.org {
        return Err(IntroductionError::Forbidden);
    }
    // Only the associations themselves take part; the office sees but does not ask.
    let member = |org: OrgId| viewer.is_complete() && viewer.memberships.iter().any(|m| m.organisation == org);
    let (requester_org, responder_org) = if member(need.org) {
        (need.org, offer.org)
    } else if member(offer.org) {
        (offer.org, need.org)
    } else {
        return Err(IntroductionError::Forbidden);
    };
    let message: String = message.trim().chars().take(1000).collect();
    let new = NewIntroduction {
        need: need.id,
        offer: offer.id,
        requester_org,
        responder_org,
        requested_by: viewer.user.id,
        state: IntroductionState::Requested,
        message,
    };
    let id = marketplace.introductions().create_introduction(&new).await?;
    marketplace.introductions().introduction(id).await?.ok_or(IntroductionError::NotFound)
}

/// The seeking association says a suggested offer does not fit; it stays hidden for that need.
pub async fn dismiss_suggestion(marketplace: &Marketplace, viewer: &Viewer, need: ItemId, offer: ItemId) -> Result<(), IntroductionError> {
    let need = open_item(marketplace, need, ItemKind::Need).await?;
    let offer = open_item(marketplace, offer, ItemKind::Offer).await?;
    if !viewer.is_complete() || !viewer.memberships.iter().any(|m| m.organisation == need.org) {
        return Err(IntroductionError::Forbidden);
    }
    let new = NewIntroduction {
        need: need.id,
        offer: offer.id,
        requester_org: need.org,
        responder_org: offer.org,
        requested_by: viewer.user.id,
        state: IntroductionState::Dismissed,
        message: String::new(),
    };
    match marketplace.introductions().create_introduction(&new).await {
        Ok(_) | Err(StoreError::Conflict(_)) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// The answering side accepts or declines; either side marks an agreed introduction done.
pub async fn move_introduction(
    marketplace: &Marketplace,
    viewer: &Viewer,
    id: i64,
    to: IntroductionState,
) -> Result<Introduction, IntroductionError> {
    let intro = marketplace.introductions().introduction(id).await?.ok_or(IntroductionError::NotFound)?;
    let member = |org: OrgId| viewer.is_complete() && viewer.memberships.iter().any(|m| m.organisation == org);
    let allowed = match to {
        IntroductionState::Agreed | IntroductionState::Declined => member(intro.responder_org),
        IntroductionState::Done => member(intro.responder_org) || member(intro.requester_org),
        _ => false,
    };
    if !allowed {
        return Err(IntroductionError::Forbidden);
    }
    if !intro.state.may_become(to) || !marketplace.introductions().move_introduction(id, intro.state, to, viewer.user.id).await? {
        return Err(IntroductionError::Conflict);
    }
    marketplace.introductions().introduction(id).await?.ok_or(IntroductionError::NotFound)
}

/// Every introduction of the viewer's associations, newest first, without dismissed ones.
pub async fn my_introductions(marketplace: &Marketplace, viewer: &Viewer) -> Result<Vec<Introduction>, IntroductionError> {
    let mut all = Vec::new();
    for m in &viewer.memberships {
        for intro in marketplace.introductions().introductions_of(m.organisation).await? {
            if intro.state != IntroductionState::Dismissed && !all.iter().any(|i: &Introduction| i.id == intro.id) {
                all.push(intro);
            }
        }
    }
    all.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(b.id.cmp(&a.id)));
    Ok(all)
}

/// The addresses of the people behind each side: who asked, who answered.
pub async fn contact_of(accounts: &dyn UserStore, user: Option<domain::accounts::UserId>) -> Result<Option<String>, StoreError> {
    match user {
        Some(user) => Ok(accounts.user(user).await?.map(|u| u.email.to_string())),
        None => Ok(None),
    }
}
