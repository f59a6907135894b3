//! The marketplace read model: open offers and needs with the matching engine over them,
//! rebuilt from the stores when the network's content changes.

use std::collections::HashMap;
use std::sync::Arc;

use domain::ids::OrgId;
use domain::marketplace::{Item, ItemId, ItemKind};

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
}

impl MarketView {
    pub fn get(&self, id: ItemId) -> Option<Arc<Item>> {
        self.by_id.get(&id).and_then(|i| self.items.get(*i)).cloned()
    }

    /// Open items of one kind, newest first, narrowed by category and district.
    pub fn list(&self, kind: ItemKind, category: Option<&str>, district: Option<&str>) -> Vec<Arc<Item>> {
        self.items
            .iter()
            .rev()
            .filter(|i| i.kind == kind)
            .filter(|i| category.is_none_or(|c| i.content.category == c))
            .filter(|i| district.is_none_or(|d| i.content.district.as_deref() == Some(d)))
            .cloned()
            .collect()
    }

    pub fn of_organisation(&self, org: OrgId) -> Vec<Arc<Item>> {
        self.items.iter().filter(|i| i.org == org).cloned().collect()
    }

    /// Ranked offers for a need (never of the same organisation), above the engine's threshold.
    pub fn suggestions(&self, need: ItemId) -> Vec<Pairing> {
        let key = matching::ItemId(need.0.to_string());
        self.engine
            .suggestions_for_need(&key, TOP_K)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|s| Some(Pairing { other: self.get(ItemId(s.offer.0.parse().ok()?))?, score: s.score, reasons: s.reasons }))
            .collect()
    }

    /// Ranked needs an offer could serve.
    pub fn seekers(&self, offer: ItemId) -> Vec<Pairing> {
        let key = matching::ItemId(offer.0.to_string());
        self.engine
            .seekers_for_offer(&key, TOP_K)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|s| Some(Pairing { other: self.get(ItemId(s.need.0.parse().ok()?))?, score: s.score, reasons: s.reasons }))
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
        let view = Arc::new(MarketView { items, by_id, engine });
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
