//! The office's board: every project by status, the stale ones flagged, partners' proposals
//! waiting for confirmation.

use app::projects::board as load_board;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::view::ProjectCard;
use crate::error::PageError;
use crate::extract::SignedIn;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

pub use super::show::confirm;

/// One status column.
pub struct ColumnView {
    pub status: String,
    pub label: String,
    pub cards: Vec<ProjectCard>,
}

#[derive(Template)]
#[template(path = "projects/board.html")]
pub struct BoardPage {
    pub page: PageCtx,
    pub proposals: Vec<ProjectCard>,
    pub columns: Vec<ColumnView>,
    pub stale: usize,
}

pub async fn show(State(state): State<SharedState>, visit: Visit, SignedIn(viewer): SignedIn) -> Result<Response, PageError> {
    let board = load_board(&state.projects, &viewer).await?;
    let page = PageCtx::new(&state, &visit, "projects");
    let tr = &page.tr;
    let columns: Vec<ColumnView> = board
        .columns
        .iter()
        .map(|c| ColumnView {
            status: c.status.key().to_owned(),
            label: tr.t(&format!("project-status-{}", c.status.key())),
            cards: c.cards.iter().map(|card| ProjectCard::of(&state, tr, &card.record, card.stale)).collect(),
        })
        .collect();
    let proposals = board.proposals.iter().map(|r| ProjectCard::of(&state, tr, r, false)).collect();
    Ok(render(StatusCode::OK, &BoardPage { proposals, columns, stale: board.stale, page }))
}
