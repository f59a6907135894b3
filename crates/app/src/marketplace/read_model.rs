//! The marketplace read model: open offers and needs with the matching engine over them,
//! rebuilt from the stores when the network's content changes.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use domain::ids::OrgId;
use domain::marketplace::{Item, ItemFilter, ItemId, ItemKind, ItemVisibility};
use domain::organisation::Audience;

use crate::ports::{DirectoryStore, MarketplaceStore, StoreError};
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

/// One consistent state of the marketplace.
#[derive(Default)]
pub struct MarketView {
    items: Vec<Arc<Item>>,
    by_id: HashMap<ItemId, usize>,
    engine: matching::Engine,
    /// How many items only the network sees.
    hidden_from_public: usize,
}

impl MarketView {
    pub fn get(&self, id: ItemId) -> Option<Arc<Item>> {
        self.by_id.get(&id).and_then(|i| self.items.get(*i)).cloned()
    }

    /// Open items of one kind that this audience may see, newest first, narrowed by category
    /// and district.
    pub fn list(&self, kind: ItemKind, category: Option<&str>, district: Option<&str>, audience: Audience) -> Vec<Arc<Item>> {
        self.items
            .iter()
            .rev()
            .filter(|i| i.kind == kind && i.visible_to(audience))
            .filter(|i| category.is_none_or(|c| i.content.category == c))
            .filter(|i| district.is_none_or(|d| i.content.district.as_deref() == Some(d)))
            .cloned()
            .collect()
    }

    /// The open items of one organisation this audience may see.
    pub fn of_organisation(&self, org: OrgId, audience: Audience) -> Vec<Arc<Item>> {
        self.items.iter().filter(|i| i.org == org && i.visible_to(audience)).cloned().collect()
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
        self.items.iter().filter(|i| i.org == org && i.visible_to(audience) && filter.selects(i)).cloned().collect()
    }

    /// An open item, when this audience may see it.
    pub fn visible(&self, id: ItemId, audience: Audience) -> Option<Arc<Item>> {
        self.get(id).filter(|i| i.visible_to(audience))
    }

    /// Ranked offers for a need (never of the same organisation), above the engine's threshold,
    /// that this audience may see.
    pub fn suggestions(&self, need: ItemId, audience: Audience) -> Vec<Pairing> {
        let key = matching::ItemId(need.0.to_string());
        let found = self.engine.suggestions_for_need(&key, self.depth(audience)).unwrap_or_default();
        self.pairings(found.into_iter().map(|s| (s.offer, s.score, s.reasons)), audience)
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

/// Shared handle to the current marketplace view.
pub struct Marketplace {
    directory: Arc<dyn DirectoryStore>,
    store: Arc<dyn MarketplaceStore>,
    view: Snapshot<MarketView>,
}

impl Marketplace {
    pub async fn load(directory: Arc<dyn DirectoryStore>, store: Arc<dyn MarketplaceStore>) -> Result<Self, StoreError> {
        let marketplace = Self { directory, store, view: Snapshot::new(MarketView::default()) };
        marketplace.rebuild().await?;
        Ok(marketplace)
    }

    pub fn store(&self) -> &Arc<dyn MarketplaceStore> {
        &self.store
    }

    pub fn view(&self) -> Arc<MarketView> {
        self.view.get()
    }

    pub async fn rebuild(&self) -> Result<(), StoreError> {
        let stamp = self.directory.directory_stamp().await?;
        let items = self.store.open_items().await?;
        let organisations = if items.is_empty() { Vec::new() } else { self.directory.published_organisations().await? };
        let districts = self.directory.districts().await?;
        let names = translate::district_names(&districts);
        let mut engine = matching::Engine::default();
        engine.set_districts(translate::districts(&districts));
        let with_items: std::collections::HashSet<OrgId> = items.iter().map(|i| i.org).collect();
        for org in organisations.iter().filter(|o| with_items.contains(&o.id)) {
            engine.upsert_organisation(translate::organisation(org, &names));
        }
        drop(organisations);
        for item in &items {
            engine.upsert_item(translate::item(item, &names));
        }
        let items: Vec<Arc<Item>> = items.into_iter().map(Arc::new).collect();
        let by_id = items.iter().enumerate().map(|(i, item)| (item.id, i)).collect();
        let hidden_from_public = items.iter().filter(|i| !i.visible_to(Audience::Public)).count();
        let view = Arc::new(MarketView { items, by_id, engine, hidden_from_public });
        tracing::info!(items = view.items.len(), "marketplace built");
        self.view.replace(view, stamp);
        Ok(())
    }

    pub async fn refresh_if_changed(&self) -> Result<bool, StoreError> {
        let current = self.directory.directory_stamp().await?;
        if !self.view.is_older_than(&current) {
            return Ok(false);
        }
        self.rebuild().await?;
        Ok(true)
    }
}
