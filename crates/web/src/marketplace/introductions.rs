//! `/introductions`: asking for an introduction from a suggestion, answering it, and the
//! list of one's introductions; contact details appear only once both sides agreed.

use app::mail::compose::Mailing;
use app::marketplace::introductions::{contact_of, dismiss_suggestion, move_introduction, my_introductions, request_introduction};
use app::marketplace::notify_introduction::{notify_agreed, notify_requested, Names};
use app::ports::Introduction;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use domain::ids::OrgId;
use domain::marketplace::{IntroductionState, ItemId, ItemKind};
use serde::Deserialize;

use crate::accounts::register::mailing_parts;
use crate::error::PageError;
use crate::extract::SignedIn;
use crate::forms::Posted;
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

pub struct IntroductionView {
    pub id: i64,
    pub need_id: i64,
    pub need: String,
    pub offer_id: i64,
    pub offer: String,
    pub other: String,
    pub other_slug: String,
    pub state_key: &'static str,
    pub state: String,
    pub message: String,
    /// This side may accept or decline.
    pub may_answer: bool,
    pub may_complete: bool,
    /// The other side's contact, once agreed.
    pub contact: Option<String>,
    /// Agreed or done: either side may propose a cooperation project from it.
    pub may_propose: bool,
}

#[derive(Template)]
#[template(path = "marketplace/introductions.html")]
pub struct IntroductionsPage {
    pub page: PageCtx,
    pub items: Vec<IntroductionView>,
    /// The viewer just asked for an introduction.
    pub asked: bool,
    /// The account represents no association yet, so no request can reach it here.
    pub unlinked: bool,
}

fn title_of(state: &SharedState, id: ItemId) -> String {
    state.marketplace.view().get(id).map(|i| i.content.title.clone()).unwrap_or_default()
}

/// Where the mails' names of associations and items come from.
fn names(state: &SharedState) -> Names<'_> {
    Names { directory: &state.directory, marketplace: &state.marketplace }
}

fn name_of(state: &SharedState, org: OrgId) -> (String, String) {
    state.directory.index().by_id(org).map(|l| (l.name().to_owned(), l.slug().to_owned())).unwrap_or_default()
}

#[derive(Debug, Default, Deserialize)]
pub struct AskForm {
    #[serde(default)]
    pub need: i64,
    #[serde(default)]
    pub offer: i64,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub message: String,
}

pub async fn ask(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    headers: HeaderMap,
    Posted { form, repeated }: Posted<AskForm>,
) -> Result<Response, PageError> {
    let (need, offer) = (ItemId(form.need), ItemId(form.offer));
    // A field sent more than once: the need's page again with the message typed, nothing asked.
    if !repeated.is_empty() {
        let mut page = super::detail::page_of(ItemKind::Need, &state, &visit, &form.need.to_string()).await?;
        page.asked = Some((form.offer, form.message, page.page.t("form-error-repeated")));
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
    }
    if form.action == "dismiss" {
        dismiss_suggestion(&state.marketplace, &viewer, need, offer).await?;
        return Ok(Redirect::to(&urls::item_notice(ItemKind::Need, need, "dismissed")).into_response());
    }
    match request_introduction(&state.marketplace, &viewer, need, offer, &form.message).await {
        Ok(intro) => {
            let (text, base) = mailing_parts(&state, &headers);
            let mailing = Mailing { jobs: &state.jobs, text: &text, base_url: &base, locale: visit.locale };
            notify_requested(&names(&state), state.accounts.as_ref(), &mailing, &intro).await;
            Ok(Redirect::to(&urls::introductions_asked()).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

async fn view_of(state: &SharedState, page: &PageCtx, viewer_orgs: &[OrgId], intro: &Introduction) -> IntroductionView {
    let mine_is_requester = viewer_orgs.contains(&intro.requester_org);
    let other = if mine_is_requester { intro.responder_org } else { intro.requester_org };
    let (other, other_slug) = name_of(state, other);
    let contact = if matches!(intro.state, IntroductionState::Agreed | IntroductionState::Done) {
        let person = if mine_is_requester { intro.responded_by } else { Some(intro.requested_by) };
        contact_of(state.accounts.as_ref(), person).await.ok().flatten()
    } else {
        None
    };
    IntroductionView {
        id: intro.id,
        need_id: intro.need.0,
        need: title_of(state, intro.need),
        offer_id: intro.offer.0,
        offer: title_of(state, intro.offer),
        other,
        other_slug,
        state_key: intro.state.key(),
        state: page.t(&format!("introduction-state-{}", intro.state.key())),
        message: intro.message.clone(),
        may_answer: !mine_is_requester && intro.state == IntroductionState::Requested,
        may_complete: intro.state == IntroductionState::Agreed,
        may_propose: matches!(intro.state, IntroductionState::Agreed | IntroductionState::Done),
        contact,
    }
}

pub async fn list(State(state): State<SharedState>, visit: Visit, SignedIn(viewer): SignedIn) -> Result<Response, PageError> {
    let intros = my_introductions(&state.marketplace, &viewer).await?;
    let page = PageCtx::new(&state, &visit, "account");
    let orgs: Vec<OrgId> = viewer.memberships.iter().map(|m| m.organisation).collect();
    let mut items = Vec::new();
    for intro in &intros {
        items.push(view_of(&state, &page, &orgs, intro).await);
    }
    Ok(render(
        StatusCode::OK,
        &IntroductionsPage { page, items, asked: visit.flag("asked"), unlinked: viewer.memberships.is_empty() && !viewer.is_staff() },
    ))
}

#[derive(Debug, Default, Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    pub action: String,
}

pub async fn answer(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(form): Form<AnswerForm>,
) -> Result<Redirect, PageError> {
    let to = match form.action.as_str() {
        "accept" => IntroductionState::Agreed,
        "decline" => IntroductionState::Declined,
        _ => IntroductionState::Done,
    };
    match move_introduction(&state.marketplace, &viewer, id, to).await {
        Ok(intro) => {
            if to == IntroductionState::Agreed {
                let (text, base) = mailing_parts(&state, &headers);
                let mailing = Mailing { jobs: &state.jobs, text: &text, base_url: &base, locale: visit.locale };
                notify_agreed(&names(&state), state.accounts.as_ref(), &mailing, &intro).await;
            }
            Ok(Redirect::to(urls::INTRODUCTIONS))
        }
        Err(e) => Err(e.into()),
    }
}
