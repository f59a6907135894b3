//! The marketplace read model: open offers and needs with the matching engine over them,
//! rebuilt from the stores when the network's content changes.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use domain::ids::OrgId;
use domain::item_query::ItemQuery;
use domain::marketplace::{Item, ItemFilter, ItemId, ItemKind, ItemVisibility};
use domain::organisation::Audience;
use matching::Topics;

use crate::ports::{Clock, DirectoryStore, IntroductionStore, ItemStore, StoreError};
use crate::snapshot::Snapshot;

use super::translate;

/// At most this many suggestions are shown for one item.
const TOP_K: usize = 10;

/// A suggested pairing seen from one item: the other item, its score and the reasons.
#[derive(Debug, Clone)]
pub struct Pairing {
    pub other: Arc<Item>,
    pub score: f32,
    pub reasons: Vec<matching::Reason>,
}

/// An offer close to a need in subject that was not suggested for it, and what kept it out
/// (a hard constraint, or a score below the threshold): the office's "why not".
#[derive(Debug, Clone)]
pub struct NearMiss {
    pub other: Arc<Item>,
    pub why: matching::Miss,
}

/// At most this many near misses are shown for one need.
const NEAR_MISSES: usize = 5;

/// One consistent state of the marketplace.
#[derive(Default)]
pub struct MarketView {
    items: Vec<Arc<Item>>,
    by_id: HashMap<ItemId, usize>,
    /// Positions in `items` per organisation, in order: profile pages and the map's and
    /// directory's item mentions ask per organisation, for hundreds of them at once.
    by_org: HashMap<OrgId, Vec<usize>>,
    engine: matching::Engine,
    /// Parallel to `items`.
    search_keys: Vec<Arc<SearchKeys>>,
    /// How many items only the network sees.
    hidden_from_public: usize,
    /// Open items past their end date: out of lists and suggestions, shown to their
    /// association to extend or close.
    expired: Vec<Arc<Item>>,
    /// The day (ISO, UTC) the view was built for; a new day rebuilds it.
    today: String,
    /// Distinguishes this view from every other one built by this process (0: the empty default).
    generation: u64,
}

/// The generation of the next view built by this process.
static NEXT_GENERATION: AtomicU64 = AtomicU64::new(1);

impl MarketView {
    /// Which state of the marketplace this is: results derived from a view may be cached under
    /// its generation, since a change of items always brings a new view.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn get(&self, id: ItemId) -> Option<Arc<Item>> {
        self.by_id.get(&id).and_then(|i| self.items.get(*i)).cloned()
    }

    /// Open items of one kind that this audience may see and the search admits, newest first.
    /// Words match an item when each is the start of a word of its title, description or
    /// association's name, or when its title is about every topic the words name, in any
    /// language ("Saal" finds "قاعة").
    pub fn list(&self, kind: ItemKind, query: &ItemQuery, audience: Audience) -> Vec<Arc<Item>> {
        let terms = domain::text::search_terms(&query.text);
        let topics = if terms.is_empty() { Topics::default() } else { Topics::of_query(&query.text) };
        self.items
            .iter()
            .zip(&self.search_keys)
            .rev()
            .filter(|(i, _)| i.kind == kind && i.visible_to(audience) && query.admits(i))
            .filter(|(_, keys)| terms.is_empty() || keys.matches(&terms, &topics))
            .map(|(i, _)| i.clone())
            .collect()
    }

    /// The open items of one organisation this audience may see.
    pub fn of_organisation(&self, org: OrgId, audience: Audience) -> Vec<Arc<Item>> {
        self.items_of(org).filter(|i| i.visible_to(audience)).cloned().collect()
    }

    fn items_of(&self, org: OrgId) -> impl Iterator<Item = &Arc<Item>> {
        self.by_org.get(&org).into_iter().flatten().filter_map(|i| self.items.get(*i))
    }

    /// The associations the filter lets pass, judged by the open items this audience may see;
    /// `None` when the filter is off (everyone passes).
    pub fn organisations_passing(&self, filter: &ItemFilter, audience: Audience) -> Option<HashSet<OrgId>> {
        if filter.is_off() {
            return None;
        }
        let mut by_org: HashMap<OrgId, Vec<&Item>> = HashMap::new();
        for item in self.items.iter().filter(|i| i.visible_to(audience) && filter.selects(i)) {
            by_org.entry(item.org).or_default().push(item);
        }
        Some(by_org.into_iter().filter(|(_, items)| filter.accepts(items.iter().copied())).map(|(org, _)| org).collect())
    }

    /// The open items of an organisation that a filter looks for, as this audience sees them.
    pub fn selected_of(&self, org: OrgId, filter: &ItemFilter, audience: Audience) -> Vec<Arc<Item>> {
        self.items_of(org).filter(|i| i.visible_to(audience) && filter.selects(i)).cloned().collect()
    }

    /// The open items of an organisation that are past their end date.
    pub fn expired_of(&self, org: OrgId) -> Vec<Arc<Item>> {
        self.expired.iter().filter(|i| i.org == org).cloned().collect()
    }

    /// An open item, when this audience may see it.
    pub fn visible(&self, id: ItemId, audience: Audience) -> Option<Arc<Item>> {
        self.get(id).filter(|i| i.visible_to(audience))
    }

    /// Ranked offers for a need (never of the same organisation), as the engine's decision whether
    /// anything fits keeps them (its threshold, and below it the per-need model), that this
    /// audience may see.
    pub fn suggestions(&self, need: ItemId, audience: Audience) -> Vec<Pairing> {
        let key = matching::ItemId(need.0.to_string());
        let found = self.engine.suggestions_for_need(&key, self.depth(audience)).unwrap_or_default();
        self.pairings(found.into_iter().map(|s| (s.offer, s.score, s.reasons)), audience)
    }

    /// Offers close to a need in subject that are not among its suggestions, closest first, each
    /// with what kept it out, that this audience may see (the office's "why not").
    pub fn near_misses(&self, need: ItemId, audience: Audience) -> Vec<NearMiss> {
        let key = matching::ItemId(need.0.to_string());
        let found = self.engine.near_misses(&key, self.depth(audience), NEAR_MISSES * 2).unwrap_or_default();
        found
            .into_iter()
            .filter_map(|m| Some(NearMiss { other: self.visible(ItemId(m.offer.0.parse().ok()?), audience)?, why: m.why }))
            .take(NEAR_MISSES)
            .collect()
    }

    /// Ranked needs an offer could serve, that this audience may see.
    pub fn seekers(&self, offer: ItemId, audience: Audience) -> Vec<Pairing> {
        let key = matching::ItemId(offer.0.to_string());
        let found = self.engine.seekers_for_offer(&key, self.depth(audience)).unwrap_or_default();
        self.pairings(found.into_iter().map(|s| (s.need, s.score, s.reasons)), audience)
    }

    /// How many ranked items to ask the engine for: more than shown when some may be hidden
    /// from this audience, so that hiding them does not shorten the list.
    fn depth(&self, audience: Audience) -> usize {
        if self.hidden_from_public > 0 && !ItemVisibility::Network.visible_to(audience) {
            TOP_K + self.hidden_from_public.min(TOP_K * 4)
        } else {
            TOP_K
        }
    }

    fn pairings(&self, found: impl Iterator<Item = (matching::ItemId, f32, Vec<matching::Reason>)>, audience: Audience) -> Vec<Pairing> {
        found
            .filter_map(|(id, score, reasons)| Some(Pairing { other: self.visible(ItemId(id.0.parse().ok()?), audience)?, score, reasons }))
            .take(TOP_K)
            .collect()
    }
}

/// What a text search compares with, per item.
struct SearchKeys {
    /// What the keys were made from, to reuse them while it stays the same.
    source: (Arc<Item>, String),
    /// Normalised words of title, description and the association's name, sorted.
    terms: Vec<String>,
    topics: Topics,
}

impl SearchKeys {
    fn of(item: &Arc<Item>, org_name: &str) -> SearchKeys {
        let c = &item.content;
        let mut terms = domain::text::search_terms(&format!("{} {} {org_name}", c.title, c.description));
        terms.sort_unstable();
        terms.dedup();
        // Topics from the title only: it says what the item is; a description mentions much else
        // (an interpreter "for doctor's appointments" is not found by "Zahnarzt").
        SearchKeys { source: (item.clone(), org_name.to_owned()), terms, topics: Topics::of_item(&c.title, c.text_lang == "tr") }
    }

    fn matches(&self, query_terms: &[String], query_topics: &Topics) -> bool {
        let words = query_terms.iter().all(|q| {
            // The terms are sorted: the first one not below the query word is the only candidate prefix match.
            let at = self.terms.partition_point(|t| t.as_str() < q.as_str());
            self.terms.get(at).is_some_and(|t| t.starts_with(q.as_str()))
        });
        words || self.topics.covers(query_topics)
    }
}

/// Shared handle to the current marketplace view.
pub struct Marketplace {
    directory: Arc<dyn DirectoryStore>,
    items: Arc<dyn ItemStore>,
    introductions: Arc<dyn IntroductionStore>,
    clock: Arc<dyn Clock>,
    view: Snapshot<MarketView>,
}

impl Marketplace {
    pub async fn load(
        directory: Arc<dyn DirectoryStore>,
        items: Arc<dyn ItemStore>,
        introductions: Arc<dyn IntroductionStore>,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, StoreError> {
        let marketplace = Self { directory, items, introductions, clock, view: Snapshot::new(MarketView::default()) };
        marketplace.rebuild().await?;
        Ok(marketplace)
    }

    /// The associations (their names, for print material).
    pub fn directory(&self) -> &Arc<dyn DirectoryStore> {
        &self.directory
    }

    /// The stored offers and needs.
    pub fn items(&self) -> &Arc<dyn ItemStore> {
        &self.items
    }

    /// The stored introductions.
    pub fn introductions(&self) -> &Arc<dyn IntroductionStore> {
        &self.introductions
    }

    pub fn view(&self) -> Arc<MarketView> {
        self.view.get()
    }

    pub async fn rebuild(&self) -> Result<(), StoreError> {
        let _turn = self.view.one_build_at_a_time().await;
        self.build().await
    }

    async fn build(&self) -> Result<(), StoreError> {
        let stamp = self.directory.directory_stamp().await?;
        let today = self.clock.now().iso_date();
        let (items, expired): (Vec<Item>, Vec<Item>) = self.items.open_items().await?.into_iter().partition(|i| i.is_current(&today));
        let expired = expired.into_iter().map(Arc::new).collect();
        // Only the associations with open items are kept: the directory may hold 100,000 others.
        let with_items: Vec<OrgId> = items.iter().map(|i| i.org).collect::<HashSet<_>>().into_iter().collect();
        let organisations =
            if with_items.is_empty() { Vec::new() } else { self.directory.published_organisations_among(&with_items).await? };
        let districts = self.directory.districts().await?;
        let names = translate::district_names(&districts);
        let mut engine = matching::Engine::default();
        engine.set_districts(translate::districts(&districts));
        for org in &organisations {
            engine.upsert_organisation(translate::organisation(org, &names));
        }
        for item in &items {
            engine.upsert_item(translate::item(item, &names));
        }
        let items: Vec<Arc<Item>> = items.into_iter().map(Arc::new).collect();
        // Words and topics of unchanged items are taken from the previous view: analysing them
        // costs about 33 µs an item (examples/search_keys.rs), too much to repeat for every post.
        let previous = self.view.get();
        let org_names: HashMap<OrgId, &str> = organisations.iter().map(|o| (o.id, o.profile.name.as_str())).collect();
        let search_keys = items
            .iter()
            .map(|item| {
                let org_name = org_names.get(&item.org).copied().unwrap_or_default();
                let reusable = previous.by_id.get(&item.id).and_then(|i| previous.search_keys.get(*i));
                match reusable {
                    Some(keys) if *keys.source.0 == **item && keys.source.1 == org_name => keys.clone(),
                    _ => Arc::new(SearchKeys::of(item, org_name)),
                }
            })
            .collect();
        drop(org_names);
        drop(organisations);
        let by_id = items.iter().enumerate().map(|(i, item)| (item.id, i)).collect();
        let mut by_org: HashMap<OrgId, Vec<usize>> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            by_org.entry(item.org).or_default().push(i);
        }
        let hidden_from_public = items.iter().filter(|i| !i.visible_to(Audience::Public)).count();
        let generation = NEXT_GENERATION.fetch_add(1, Ordering::Relaxed);
        let view = Arc::new(MarketView { items, by_id, by_org, engine, search_keys, hidden_from_public, expired, today, generation });
        tracing::info!(items = view.items.len(), "marketplace built");
        self.view.replace(view, stamp);
        Ok(())
    }

    /// Rebuilds when the content changed or a new day began (items reach their end date).
    pub async fn refresh_if_changed(&self) -> Result<bool, StoreError> {
        let _turn = self.view.one_build_at_a_time().await;
        let current = self.directory.directory_stamp().await?;
        let today = self.clock.now().iso_date();
        if !self.view.is_older_than(&current) && self.view.get().today == today {
            return Ok(false);
        }
        self.build().await?;
        Ok(true)
    }
}
