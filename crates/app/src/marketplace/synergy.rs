//! The office's synergy board: needs without a fitting offer, offers nobody asks for, and the
//! introductions in progress and agreed, counted per category and district.

use std::collections::BTreeMap;

use domain::item_query::ItemQuery;
use domain::marketplace::{IntroductionState, ItemId, ItemKind};
use domain::organisation::Audience;

use crate::accounts::sign_in::Viewer;
use crate::marketplace::post_item::ItemError;
use crate::marketplace::Marketplace;
use crate::ports::Introduction;

/// Counts for one category or district.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub needs: usize,
    pub needs_without_offer: usize,
    pub offers: usize,
    pub offers_unasked: usize,
    pub requested: usize,
    pub agreed: usize,
}

/// What the board shows.
#[derive(Debug, Clone, Default)]
pub struct SynergyBoard {
    /// Open needs for which the engine finds no offer above its threshold.
    pub needs_without_offer: Vec<ItemId>,
    /// Open offers that match no open need.
    pub offers_unasked: Vec<ItemId>,
    /// Introductions asked for and not yet answered.
    pub in_progress: Vec<Introduction>,
    /// Introductions agreed or done: the cooperations that came out of matching.
    pub agreed: Vec<Introduction>,
    /// Per category key.
    pub by_category: BTreeMap<String, Tally>,
    /// Per district key; "" means "anywhere".
    pub by_district: BTreeMap<String, Tally>,
}

fn bump(board: &mut SynergyBoard, category: &str, district: &str, f: impl Fn(&mut Tally)) {
    f(board.by_category.entry(category.to_owned()).or_default());
    f(board.by_district.entry(district.to_owned()).or_default());
}

/// The board, for the office only.
pub async fn synergy_board(marketplace: &Marketplace, viewer: &Viewer) -> Result<SynergyBoard, ItemError> {
    if !viewer.is_staff() {
        return Err(ItemError::Forbidden);
    }
    let view = marketplace.view();
    let mut board = SynergyBoard::default();
    for kind in [ItemKind::Need, ItemKind::Offer] {
        for item in view.list(kind, &ItemQuery::default(), Audience::Office) {
            let lonely = match kind {
                ItemKind::Need => view.suggestions(item.id, Audience::Office).is_empty(),
                ItemKind::Offer => view.seekers(item.id, Audience::Office).is_empty(),
            };
            let district = item.content.district.clone().unwrap_or_default();
            bump(&mut board, &item.content.category, &district, |t| match kind {
                ItemKind::Need => {
                    t.needs += 1;
                    t.needs_without_offer += usize::from(lonely);
                }
                ItemKind::Offer => {
                    t.offers += 1;
                    t.offers_unasked += usize::from(lonely);
                }
            });
            if lonely {
                match kind {
                    ItemKind::Need => board.needs_without_offer.push(item.id),
                    ItemKind::Offer => board.offers_unasked.push(item.id),
                }
            }
        }
    }
    for intro in marketplace.introductions().recent_introductions(500).await? {
        // Open needs come from the read model; only closed ones cost a query.
        let need = match view.get(intro.need) {
            Some(need) => need,
            None => match marketplace.items().item(intro.need).await? {
                Some((item, _)) => std::sync::Arc::new(item),
                None => continue,
            },
        };
        let district = need.content.district.clone().unwrap_or_default();
        match intro.state {
            IntroductionState::Requested => {
                bump(&mut board, &need.content.category, &district, |t| t.requested += 1);
                board.in_progress.push(intro);
            }
            IntroductionState::Agreed | IntroductionState::Done => {
                bump(&mut board, &need.content.category, &district, |t| t.agreed += 1);
                board.agreed.push(intro);
            }
            IntroductionState::Declined | IntroductionState::Dismissed => {}
        }
    }
    Ok(board)
}
