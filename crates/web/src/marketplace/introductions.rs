//! `/introductions`: asking for an introduction from a suggestion, answering it, and the
//! list of one's introductions; contact details appear only once both sides agreed.

use app::mail::compose::{send, MailKind};
use app::marketplace::introductions::{contact_of, dismiss_suggestion, move_introduction, my_introductions, request_introduction};
use app::ports::Introduction;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Redirect, Response};
use axum::Form;
use domain::accounts::{EmailAddress, UserId};
use domain::ids::OrgId;
use domain::language::UiLocale;
use domain::marketplace::{IntroductionState, ItemId, ItemKind};
use serde::Deserialize;

use crate::accounts::register::mailing_parts;
use crate::error::PageError;
use crate::extract::SignedIn;
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

fn name_of(state: &SharedState, org: OrgId) -> (String, String) {
    state.directory.index().by_id(org).map(|l| (l.name.clone(), l.slug.to_string())).unwrap_or_default()
}

/// The language a user's mails are written in, when they chose one.
async fn language_of(state: &SharedState, user: Option<UserId>) -> Option<UiLocale> {
    state.accounts.user(user?).await.ok().flatten()?.language
}

/// Where mail for an association goes, each in its recipient's language: its editors, else
/// its public address (in the instance's language).
async fn recipients_of(state: &SharedState, org: OrgId) -> Vec<(EmailAddress, Option<UiLocale>)> {
    let mut out = Vec::new();
    for (membership, email) in state.accounts.members_of(org).await.unwrap_or_default() {
        out.push((email, language_of(state, Some(membership.user)).await));
    }
    if out.is_empty() {
        if let Ok(Some(record)) = state.directory.store().organisation_record(org).await {
            out.extend(record.profile.and_then(|p| p.contact.email).and_then(|e| EmailAddress::parse(&e).ok()).map(|e| (e, None)));
        }
    }
    out
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
    SignedIn(viewer): SignedIn,
    headers: HeaderMap,
    Form(form): Form<AskForm>,
) -> Result<Redirect, PageError> {
    let (need, offer) = (ItemId(form.need), ItemId(form.offer));
    if form.action == "dismiss" {
        dismiss_suggestion(&state.marketplace, &viewer, need, offer).await?;
        return Ok(Redirect::to(&urls::item_notice(ItemKind::Need, need, "dismissed")));
    }
    match request_introduction(&state.marketplace, &viewer, need, offer, &form.message).await {
        Ok(intro) => {
            let (text, base) = mailing_parts(&state, &headers);
            let kind = MailKind::IntroductionRequested {
                organisation: name_of(&state, intro.requester_org).0,
                need: title_of(&state, need),
                offer: title_of(&state, offer),
                message: intro.message.clone(),
                link: format!("{base}{}", urls::INTRODUCTIONS),
            };
            for (to, language) in recipients_of(&state, intro.responder_org).await {
                if let Err(e) = send(&state.jobs, &text, &to, language, &kind).await {
                    tracing::error!(error = %e, "could not queue the introduction mail");
                }
            }
            Ok(Redirect::to(&urls::introductions_asked()))
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
                let requester = contact_of(state.accounts.as_ref(), Some(intro.requested_by)).await.ok().flatten();
                let responder = contact_of(state.accounts.as_ref(), intro.responded_by).await.ok().flatten();
                let (need, offer) = (title_of(&state, intro.need), title_of(&state, intro.offer));
                for (to, to_user, other_org, contact) in [
                    (&requester, Some(intro.requested_by), intro.responder_org, &responder),
                    (&responder, intro.responded_by, intro.requester_org, &requester),
                ] {
                    let (Some(to), Some(contact)) = (to.as_deref().and_then(|t| EmailAddress::parse(t).ok()), contact) else { continue };
                    let kind = MailKind::IntroductionAgreed {
                        organisation: name_of(&state, other_org).0,
                        need: need.clone(),
                        offer: offer.clone(),
                        contact: contact.clone(),
                        link: format!("{base}{}", urls::INTRODUCTIONS),
                    };
                    let language = language_of(&state, to_user).await;
                    if let Err(e) = send(&state.jobs, &text, &to, language, &kind).await {
                        tracing::error!(error = %e, "could not queue the introduction mail");
                    }
                }
            }
            Ok(Redirect::to(urls::INTRODUCTIONS))
        }
        Err(e) => Err(e.into()),
    }
}
