//! The opt-in weekly digest: each subscriber gets one mail listing strong new matches for
//! their associations' open needs and offers (pairings where at least one side is new since the
//! last digest), through the job queue. Nothing is sent when there is nothing new.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use domain::item_query::ItemQuery;
use domain::marketplace::{ItemId, ItemKind};
use domain::organisation::Audience;

use crate::jobs::{JobError, JobHandler};
use crate::mail::compose::{MailKind, MailText};
use crate::mail::enqueue_mail::enqueue_mail;
use crate::mail::OutgoingMail;
use crate::marketplace::{MarketView, Marketplace};
use crate::ports::{AccountStore, Clock, DirectoryStore, IntroductionStore, ItemStore, JobState, JobStore, StoreError};

/// The job kind.
pub const DIGEST_JOB: &str = "marketplace.digest";
/// A pairing counts as strong from this score on (the engine's "strong" label).
pub const STRONG: f32 = 0.8;
const WEEK: u64 = 7 * 24 * 3600;

/// Builds and mails the digests.
pub struct Digest {
    pub directory: Arc<dyn DirectoryStore>,
    pub items: Arc<dyn ItemStore>,
    pub introductions: Arc<dyn IntroductionStore>,
    /// Subscribers, their memberships and their language.
    pub accounts: Arc<dyn AccountStore>,
    pub jobs: Arc<dyn JobStore>,
    pub text: Arc<dyn MailText>,
    pub base_url: String,
    pub clock: Arc<dyn Clock>,
}

/// The strong pairings of these associations' items in which an item newer than `after` takes part,
/// as "need ↔ offer" lines, each followed by the need's page (`base` + `/needs/{id}`), where the
/// introduction is asked for.
pub fn strong_new_pairings(view: &MarketView, orgs: &[domain::ids::OrgId], after: ItemId, base: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for kind in [ItemKind::Need, ItemKind::Offer] {
        for item in view.list(kind, &ItemQuery::default(), Audience::Network).into_iter().filter(|i| orgs.contains(&i.org)) {
            let pairings = match kind {
                ItemKind::Need => view.suggestions(item.id, Audience::Network),
                ItemKind::Offer => view.seekers(item.id, Audience::Network),
            };
            for p in pairings.iter().filter(|p| p.score >= STRONG && (item.id > after || p.other.id > after)) {
                let (need, offer) = if kind == ItemKind::Need { (&item, &p.other) } else { (&p.other, &item) };
                let line = format!("{} ↔ {}\n{base}/needs/{}", need.content.title, offer.content.title, need.id);
                if !lines.contains(&line) {
                    lines.push(line);
                }
            }
        }
    }
    lines
}

impl Digest {
    /// Sends the digests for items newer than `after`; returns the newest item id seen and how
    /// many mails were queued.
    pub async fn send(&self, after: ItemId) -> Result<(ItemId, usize), StoreError> {
        let market = Marketplace::load(self.directory.clone(), self.items.clone(), self.introductions.clone(), self.clock.clone()).await?;
        let view = market.view();
        let newest = [ItemKind::Need, ItemKind::Offer]
            .iter()
            .flat_map(|k| view.list(*k, &ItemQuery::default(), Audience::Office))
            .map(|i| i.id)
            .max()
            .unwrap_or(after);
        let mut sent = 0;
        for (user, email) in self.accounts.digest_subscribers().await? {
            let orgs: Vec<_> = self.accounts.memberships_of(user).await?.into_iter().map(|m| m.organisation).collect();
            let lines = strong_new_pairings(&view, &orgs, after, &self.base_url);
            if lines.is_empty() {
                continue;
            }
            let kind = MailKind::Digest { matches: lines.join("\n\n"), link: format!("{}/account", self.base_url) };
            let language = self.accounts.user(user).await?.and_then(|u| u.language);
            let (subject, text_body) = self.text.render(&kind, language);
            enqueue_mail(self.jobs.as_ref(), &OutgoingMail { to: email, subject, text_body, html_body: None, attachments: Vec::new() })
                .await?;
            sent += 1;
        }
        Ok((newest.max(after), sent))
    }
}

/// Queues the first digest a week from now, unless one is queued or running.
pub async fn schedule_digest(jobs: &dyn JobStore, items: &dyn ItemStore) -> Result<bool, StoreError> {
    if jobs.recent_jobs(500).await?.iter().any(|j| j.kind == DIGEST_JOB && matches!(j.state, JobState::Queued | JobState::Running)) {
        return Ok(false);
    }
    let newest = items.open_items().await?.iter().map(|i| i.id.0).max().unwrap_or(0);
    jobs.enqueue(DIGEST_JOB, &serde_json::json!({ "after": newest }), SystemTime::now() + Duration::from_secs(WEEK)).await?;
    Ok(true)
}

#[async_trait]
impl JobHandler for Digest {
    async fn run(&self, payload: &serde_json::Value) -> Result<(), JobError> {
        let after = ItemId(payload.get("after").and_then(serde_json::Value::as_i64).unwrap_or(0));
        let (newest, sent) = self.send(after).await.map_err(|e| JobError::Retry(e.to_string()))?;
        tracing::info!(sent, "weekly digest");
        let next = SystemTime::now().duration_since(UNIX_EPOCH).map_or(WEEK, |d| d.as_secs() + WEEK);
        self.jobs
            .enqueue(DIGEST_JOB, &serde_json::json!({ "after": newest.0 }), UNIX_EPOCH + Duration::from_secs(next))
            .await
            .map_err(|e| JobError::Retry(e.to_string()))?;
        Ok(())
    }
}
