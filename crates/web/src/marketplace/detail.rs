//! One offer or need, with the matching engine's suggestions and their reasons.

use app::accounts::sign_in::Viewer;
use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::marketplace::{ItemId, ItemKind};

use super::view::{card, miss_text, reason_text, score_text, ItemCard};
use crate::error::PageError;
use crate::page::Visit;
use crate::page::{render, PageCtx};
use crate::SharedState;

pub struct PairingView {
    /// The need and the offer of this pairing.
    pub need_id: i64,
    pub offer_id: i64,
    /// Where an introduction stands, when one was asked for.
    pub state: Option<String>,
    pub card: ItemCard,
    pub strength: String,
    /// 1 to 3 (`domain::marketplace::match_level`), shown as filled dots beside the words.
    pub level: u8,
    pub reasons: Vec<String>,
    /// For the office only: the calibrated score and where to report a wrong match.
    pub office: Option<OfficeNote>,
}

/// What the office sees beside a match or a near miss: the score, or why it was not shown, and
/// a link to report a mistake of the engine to the office's inbox.
pub struct OfficeNote {
    pub text: String,
    pub report_url: String,
}

/// An offer on the same subject that the engine did not show for this need (office only).
pub struct MissView {
    pub card: ItemCard,
    pub note: OfficeNote,
}

impl PairingView {
    /// The level as dots: ●●○ for 2 of 3.
    pub fn dots(&self) -> String {
        (1..=3).map(|i| if i <= self.level { '●' } else { '○' }).collect()
    }
}

#[derive(Template)]
#[template(path = "marketplace/detail.html")]
pub struct ItemPage {
    pub page: PageCtx,
    pub item: ItemCard,
    pub kind_label: String,
    pub list_url: &'static str,
    pub list_label: String,
    pub pairings_heading: String,
    pub pairings_empty: String,
    pub pairings: Vec<PairingView>,
    /// The viewer represents this need's association and may ask for introductions.
    pub can_introduce: bool,
    /// The viewer may change or close the item (its representatives, the office).
    pub can_edit: bool,
    pub id: i64,
    /// What the viewer just did here: posted, changed or dismissed a suggestion.
    pub notice: Option<String>,
    /// The office's "why not" on a need's page: offers close in subject that were not shown;
    /// `None` for everyone else and on offers' pages.
    pub near_misses: Option<Vec<MissView>>,
    /// A contact request shown again: the offer it was for, the message typed, the problem.
    pub asked: Option<(i64, String, String)>,
}

pub async fn show(
    kind: ItemKind,
    State(state): State<SharedState>,
    visit: Visit,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, PageError> {
    // A path that is not valid text finds nothing, like any unknown one.
    let id = id.map(|Path(v)| v).unwrap_or_default();
    Ok(render(StatusCode::OK, &page_of(kind, &state, &visit, &id).await?))
}

/// The page of the offer or need `id` as the visit's viewer sees it (also shown again with a
/// contact request that was refused).
pub(crate) async fn page_of(kind: ItemKind, state: &SharedState, visit: &Visit, id: &str) -> Result<ItemPage, PageError> {
    let view = state.marketplace.view();
    let audience = Viewer::audience_of(visit.viewer.as_deref());
    let Some(item) = id.parse::<i64>().ok().and_then(|id| view.visible(ItemId(id), audience)).filter(|i| i.kind == kind) else {
        return Err(PageError::NOT_FOUND);
    };
    let section = if kind == ItemKind::Offer { "offers" } else { "needs" };
    let page = PageCtx::new(state, visit, section);
    let index = state.directory.index();
    let pairings = match kind {
        ItemKind::Need => view.suggestions(item.id, audience),
        ItemKind::Offer => view.seekers(item.id, audience),
    };
    let member = visit.viewer.as_deref().is_some_and(|v| v.is_complete() && v.memberships.iter().any(|m| m.organisation == item.org));
    let office = visit.viewer.as_deref().is_some_and(Viewer::is_staff);
    let introductions = if member { state.marketplace.introductions().introductions_of(item.org).await? } else { Vec::new() };
    let pairings = pairings
        .iter()
        .filter_map(|p| {
            let (need, offer) = if kind == ItemKind::Need { (item.id, p.other.id) } else { (p.other.id, item.id) };
            let intro = introductions.iter().find(|i| i.need == need && i.offer == offer);
            if intro.is_some_and(|i| i.state == domain::marketplace::IntroductionState::Dismissed) {
                return None;
            }
            Some((need, offer, intro.map(|i| page.t(&format!("introduction-state-{}", i.state.key()))), p))
        })
        .map(|(need, offer, intro_state, p)| PairingView {
            need_id: need.0,
            offer_id: offer.0,
            state: intro_state,
            card: card(&index, &p.other, &page.tr),
            level: domain::marketplace::match_level(p.score),
            strength: page.t(match domain::marketplace::match_level(p.score) {
                3 => "match-strong",
                2 => "match-good",
                _ => "match-partial",
            }),
            reasons: p.reasons.iter().map(|r| reason_text(&page.tr, r)).collect(),
            office: office.then(|| OfficeNote { text: score_text(&page.tr, p.score), report_url: report_url(need, offer, "suggested") }),
        })
        .collect();
    let near_misses = (office && kind == ItemKind::Need).then(|| {
        view.near_misses(item.id, audience)
            .iter()
            .map(|m| MissView {
                card: card(&index, &m.other, &page.tr),
                note: OfficeNote { text: miss_text(&page.tr, &m.why), report_url: report_url(item.id, m.other.id, "missed") },
            })
            .collect()
    });
    let (kind_label, list_url, pairings_heading, pairings_empty) = match kind {
        ItemKind::Need => (page.t("item-kind-need"), "/needs", page.t("suggestions-heading"), page.t("suggestions-empty")),
        ItemKind::Offer => (page.t("item-kind-offer"), "/offers", page.t("seekers-heading"), page.t("seekers-empty")),
    };
    let list_label = match kind {
        ItemKind::Need => page.t("needs-title"),
        ItemKind::Offer => page.t("offers-title"),
    };
    let can_edit = visit.viewer.as_deref().is_some_and(|v| v.may_edit(item.org));
    let notice = if visit.flag("posted") {
        Some(page.t(if kind == ItemKind::Offer { "notice-item-posted-offer" } else { "notice-item-posted-need" }))
    } else if visit.flag("saved") {
        Some(page.t("item-saved"))
    } else if visit.flag("dismissed") {
        Some(page.t("notice-item-dismissed"))
    } else {
        None
    };
    let id = item.id.0;
    let item = card(&index, &item, &page.tr);
    Ok(ItemPage {
        item,
        kind_label,
        list_url,
        list_label,
        pairings_heading,
        pairings_empty,
        pairings,
        can_introduce: member && kind == ItemKind::Need,
        can_edit,
        notice,
        near_misses,
        id,
        asked: None,
        page,
    })
}

/// The contact form, filled in for reporting a mistake of the engine about this pair.
fn report_url(need: ItemId, offer: ItemId, report: &str) -> String {
    format!("/contact?need={}&offer={}&report={report}#anliegen", need.0, offer.0)
}
