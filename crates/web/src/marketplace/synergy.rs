//! `/office/synergy`: the synergy board for the integration office.

use app::marketplace::synergy::{synergy_board, Tally};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::marketplace::{ItemId, ItemKind};

use super::view::category_label;
use crate::error::PageError;
use crate::extract::SignedIn;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// A row of a tally table.
pub struct TallyRow {
    pub label: String,
    pub tally: Tally,
}

/// A linked item with its association.
pub struct ItemRow {
    pub url: String,
    pub title: String,
    pub organisation: String,
}

/// A pairing of the board.
pub struct PairRow {
    pub need: ItemRow,
    pub offer: ItemRow,
    pub state: String,
}

#[derive(Template)]
#[template(path = "marketplace/synergy.html")]
pub struct SynergyPage {
    pub page: PageCtx,
    pub by_category: Vec<TallyRow>,
    pub by_district: Vec<TallyRow>,
    pub needs_without_offer: Vec<ItemRow>,
    pub offers_unasked: Vec<ItemRow>,
    pub in_progress: Vec<PairRow>,
    pub agreed: Vec<PairRow>,
}

fn item_row(state: &SharedState, id: ItemId, kind: ItemKind) -> ItemRow {
    let view = state.marketplace.view();
    let item = view.get(id);
    let organisation = item.as_ref().and_then(|i| state.directory.index().by_id(i.org)).map(|l| l.name().to_owned()).unwrap_or_default();
    ItemRow { url: crate::urls::item(kind, id), title: item.map(|i| i.content.title.clone()).unwrap_or_default(), organisation }
}

pub async fn show(State(state): State<SharedState>, visit: Visit, SignedIn(viewer): SignedIn) -> Result<Response, PageError> {
    let board = synergy_board(&state.marketplace, &viewer).await?;
    let page = PageCtx::new(&state, &visit, "synergy");
    let index = state.directory.index();
    let by_category = board.by_category.iter().map(|(k, t)| TallyRow { label: category_label(&page.tr, k), tally: *t }).collect();
    let by_district = board
        .by_district
        .iter()
        .map(|(k, t)| TallyRow {
            label: if k.is_empty() {
                page.t("post-anywhere")
            } else {
                index.districts().iter().find(|d| &d.key == k).map_or_else(|| k.clone(), |d| d.name.clone())
            },
            tally: *t,
        })
        .collect();
    let pairs = |list: &[app::ports::Introduction]| -> Vec<PairRow> {
        list.iter()
            .map(|i| PairRow {
                need: item_row(&state, i.need, ItemKind::Need),
                offer: item_row(&state, i.offer, ItemKind::Offer),
                state: page.t(&format!("introduction-state-{}", i.state.key())),
            })
            .collect()
    };
    let (in_progress, agreed) = (pairs(&board.in_progress), pairs(&board.agreed));
    Ok(render(
        StatusCode::OK,
        &SynergyPage {
            needs_without_offer: board.needs_without_offer.iter().map(|id| item_row(&state, *id, ItemKind::Need)).collect(),
            offers_unasked: board.offers_unasked.iter().map(|id| item_row(&state, *id, ItemKind::Offer)).collect(),
            by_category,
            by_district,
            in_progress,
            agreed,
            page,
        },
    ))
}
