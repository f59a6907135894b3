//! The newcomer's guided path from an association: create an account, confirm the address,
//! say "this is our association", then complete the profile and answer contact requests. Every
//! page on the way shows where one is ("Schritt 2 von 4") and for which association.

use domain::local_path::LocalPath;
use domain::slug::Slug;

use crate::page::PageCtx;
use crate::SharedState;

/// The steps of the path, in order (their message ids are `guide-step-<key>`).
const STEPS: [&str; 4] = ["register", "verify", "claim", "profile"];

/// One step in the list.
pub struct GuideStep {
    pub label: String,
    pub done: bool,
    pub current: bool,
}

/// Where the newcomer is on the path.
pub struct Guide {
    /// "Schritt 2 von 4: E-Mail-Adresse bestätigen".
    pub heading: String,
    pub organisation: String,
    pub slug: String,
    pub steps: Vec<GuideStep>,
    /// The path's own address, carried on as `next`.
    pub next: String,
}

impl Guide {
    /// The guide at `step` (1 to 4) for a listed association.
    pub fn at(page: &PageCtx, step: usize, slug: &Slug, organisation: &str) -> Self {
        let steps: Vec<GuideStep> = STEPS
            .iter()
            .enumerate()
            .map(|(i, key)| GuideStep { label: page.t(&format!("guide-step-{key}")), done: i + 1 < step, current: i + 1 == step })
            .collect();
        let title = steps.get(step.saturating_sub(1)).map(|s| s.label.clone()).unwrap_or_default();
        let heading = page.tr.targs("guide-where", &[("step", step.into()), ("total", STEPS.len().into()), ("title", title.into())]);
        let next = LocalPath::join(slug).as_str().to_owned();
        Guide { heading, organisation: organisation.to_owned(), slug: slug.as_str().to_owned(), steps, next }
    }

    /// The guide when `next` is a guided path of a published association, else none.
    pub fn of_next(state: &SharedState, page: &PageCtx, next: Option<&LocalPath>, step: usize) -> Option<Self> {
        let slug = next?.joined_slug()?;
        let listing = state.directory.index().get(slug.as_str())?;
        Some(Self::at(page, step, &slug, listing.name()))
    }
}
