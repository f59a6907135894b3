//! The filter on offers and needs (`offers`, `needs`) that the directory and the map share: the
//! URL parameters, the two selects of the filter form, and the fitting items named beside each
//! association.

use app::accounts::sign_in::Viewer;
use app::directory::search_organisations::ItemNarrowing;
use axum::http::Uri;
use domain::ids::OrgId;
use domain::marketplace::{ItemCategoryFilter, ItemFilter, ItemKind, UnknownItemCategory, ITEM_CATEGORIES};
use domain::organisation::Audience;

use crate::directory::facets::{Facet, FacetOption};
use crate::i18n::Tr;
use crate::marketplace::view::{category_label, item_url};
use crate::page::{PageCtx, Visit};
use crate::SharedState;

/// At most this many fitting offers, and as many needs, are named beside one association.
const ITEMS_PER_KIND: usize = 2;

/// The filter in a URL; an unknown category is an error, a missing one means off.
pub fn item_filter(uri: &Uri) -> Result<ItemFilter, UnknownItemCategory> {
    let pairs: Vec<(String, String)> = uri.query().and_then(|q| serde_urlencoded::from_str(q).ok()).unwrap_or_default();
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    ItemFilter::parse(get("offers"), get("needs"))
}

/// The translated message for a refused filter.
pub fn error_text(page: &PageCtx) -> String {
    page.t("query-error-unknown-item-category")
}

/// The two selects "offers …" and "seeks …" for the filter form.
pub fn facets(page: &PageCtx, filter: Option<&ItemFilter>) -> Vec<Facet> {
    let labels: Vec<String> = ITEM_CATEGORIES.iter().map(|(key, _)| category_label(&page.tr, key)).collect();
    let select = |param: &'static str, label: &str, any: &str, chosen: ItemCategoryFilter| {
        let mut options = vec![FacetOption {
            value: ItemCategoryFilter::ANY.to_owned(),
            label: page.t(any),
            count: None,
            selected: chosen == ItemCategoryFilter::Any,
        }];
        options.extend(ITEM_CATEGORIES.iter().zip(&labels).map(|((key, _), label)| FacetOption {
            value: (*key).to_owned(),
            label: label.clone(),
            count: None,
            selected: chosen == ItemCategoryFilter::Category(key),
        }));
        Facet { param, label: page.t(label), options }
    };
    let filter = filter.copied().unwrap_or_default();
    vec![
        select("offers", "map-filter-offers", "map-filter-offers-any", filter.offers),
        select("needs", "map-filter-needs", "map-filter-needs-any", filter.needs),
    ]
}

/// A fitting offer or need beside an association in a list or on the map.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ItemMention {
    /// "Bietet" / "Sucht" in the reader's language.
    pub kind: String,
    pub title: String,
    pub url: String,
    pub lang: String,
}

/// Names the items the filter looks for, per association: the reader sees why it is listed.
pub struct Mentions {
    filter: ItemFilter,
    audience: Audience,
    view: std::sync::Arc<app::marketplace::MarketView>,
    offer: String,
    need: String,
}

impl Mentions {
    /// `None` when no filter on items is set.
    pub fn new(state: &SharedState, tr: &Tr, filter: &ItemFilter, audience: Audience) -> Option<Self> {
        (!filter.is_off()).then(|| Mentions {
            filter: *filter,
            audience,
            view: state.marketplace.view(),
            offer: tr.t("map-item-offers"),
            need: tr.t("map-item-seeks"),
        })
    }

    pub fn of(&self, org: OrgId) -> Vec<ItemMention> {
        let selected = self.view.selected_of(org, &self.filter, self.audience);
        [ItemKind::Offer, ItemKind::Need]
            .into_iter()
            .flat_map(|kind| selected.iter().filter(move |i| i.kind == kind).take(ITEMS_PER_KIND))
            .map(|i| ItemMention {
                kind: if i.kind == ItemKind::Offer { self.offer.clone() } else { self.need.clone() },
                title: i.content.title.clone(),
                url: item_url(i),
                lang: i.content.text_lang.clone(),
            })
            .collect()
    }
}

/// Who looks, for the filter: what they may see decides which associations pass.
pub fn audience(visit: &Visit) -> Audience {
    Viewer::audience_of(visit.viewer.as_deref())
}

/// The filter and who looks, for the search.
pub fn narrowing(filter: ItemFilter, visit: &Visit) -> ItemNarrowing {
    ItemNarrowing { filter, audience: audience(visit) }
}
