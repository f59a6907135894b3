//! Offers and needs ("Vereine bieten / Vereine suchen") of organisations.

use serde::{Deserialize, Serialize};

use crate::ids::OrgId;
use crate::language::LanguageCode;
use crate::organisation::Audience;

/// The database id of an offer or need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub i64);

impl std::fmt::Display for ItemId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Whether an organisation offers something or looks for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Offer,
    Need,
}

impl ItemKind {
    pub fn key(self) -> &'static str {
        match self {
            ItemKind::Offer => "offer",
            ItemKind::Need => "need",
        }
    }
}

/// A day of the week, written as the German short forms the interface shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Weekday {
    Mo,
    Di,
    Mi,
    Do,
    Fr,
    Sa,
    So,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [Weekday::Mo, Weekday::Di, Weekday::Mi, Weekday::Do, Weekday::Fr, Weekday::Sa, Weekday::So];

    /// The short code ("Mo" … "So").
    pub fn code(self) -> &'static str {
        match self {
            Weekday::Mo => "Mo",
            Weekday::Di => "Di",
            Weekday::Mi => "Mi",
            Weekday::Do => "Do",
            Weekday::Fr => "Fr",
            Weekday::Sa => "Sa",
            Weekday::So => "So",
        }
    }

    /// Stable lower-case key used in translation ids ("mo" … "so").
    pub fn key(self) -> String {
        self.code().to_lowercase()
    }
}

/// The categories of offers and needs a network starts with: key and German name.
pub const ITEM_CATEGORIES: [(&str, &str); 15] = [
    ("rooms", "Räume"),
    ("language", "Sprache & Übersetzung"),
    ("education", "Bildung & Nachhilfe"),
    ("counselling", "Beratung"),
    ("funding", "Förderung & Finanzen"),
    ("volunteers", "Ehrenamtliche"),
    ("events", "Veranstaltungen & Kultur"),
    ("sport", "Sport"),
    ("women", "Frauen"),
    ("youth", "Jugend"),
    ("health", "Gesundheit"),
    ("work", "Arbeit & Ausbildung"),
    ("material", "Material & Transport"),
    ("publicity", "Öffentlichkeitsarbeit"),
    ("digital", "Digitales"),
];

/// The key of a category given by key or by its German name.
pub fn item_category_key(raw: &str) -> Option<&'static str> {
    let raw = raw.trim();
    ITEM_CATEGORIES.iter().find(|(key, name)| *key == raw || name.eq_ignore_ascii_case(raw)).map(|(key, _)| *key)
}

/// Who may see an offer or need.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemVisibility {
    /// Everyone: the lists, the map, the profile page and the open API.
    #[default]
    Public,
    /// Only the network: representatives of associations and the office, signed in.
    Network,
}

impl ItemVisibility {
    pub const ALL: [ItemVisibility; 2] = [ItemVisibility::Public, ItemVisibility::Network];

    pub fn key(self) -> &'static str {
        match self {
            ItemVisibility::Public => "public",
            ItemVisibility::Network => "network",
        }
    }

    pub fn parse(raw: &str) -> Option<ItemVisibility> {
        ItemVisibility::ALL.into_iter().find(|v| v.key() == raw.trim())
    }

    /// True when this audience may see an item of this visibility.
    pub fn visible_to(self, audience: Audience) -> bool {
        match self {
            ItemVisibility::Public => true,
            ItemVisibility::Network => matches!(audience, Audience::Network | Audience::Office),
        }
    }
}

/// What an offer or need says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemContent {
    pub title: String,
    pub description: String,
    /// Key from `ITEM_CATEGORIES`.
    pub category: String,
    #[serde(default)]
    pub languages: Vec<LanguageCode>,
    /// Days it is available or wanted; `None` when any day will do.
    #[serde(default)]
    pub weekdays: Option<Vec<Weekday>>,
    #[serde(default)]
    pub time: Option<String>,
    /// District key; `None` means anywhere.
    #[serde(default)]
    pub district: Option<String>,
    /// Last day (ISO date) it is valid, if it ends.
    #[serde(default)]
    pub end_date: Option<String>,
    /// Language the texts are written in.
    pub text_lang: String,
    /// Who may see it; items stored before visibility existed are public.
    #[serde(default)]
    pub visibility: ItemVisibility,
}

impl Item {
    /// True while the item is valid: no end date, or one not before `today` (ISO date).
    pub fn is_current(&self, today: &str) -> bool {
        self.content.end_date.as_deref().is_none_or(|end| end >= today)
    }

    /// True when this audience may see the item.
    pub fn visible_to(&self, audience: Audience) -> bool {
        self.content.visibility.visible_to(audience)
    }
}

/// An open offer or need of an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub id: ItemId,
    pub org: OrgId,
    pub kind: ItemKind,
    pub content: ItemContent,
}

/// One half of the map's filter on offers and needs: off, "has any open one", or "has one in
/// this category".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum ItemCategoryFilter {
    #[default]
    Off,
    Any,
    Category(&'static str),
}

impl ItemCategoryFilter {
    /// The URL value that means "any category".
    pub const ANY: &'static str = "any";

    /// Empty means off, `any` any category, else a category key or German name.
    pub fn parse(raw: Option<&str>) -> Result<Self, UnknownItemCategory> {
        match raw.map(str::trim).filter(|r| !r.is_empty()) {
            None => Ok(ItemCategoryFilter::Off),
            Some(Self::ANY) => Ok(ItemCategoryFilter::Any),
            Some(raw) => item_category_key(raw).map(ItemCategoryFilter::Category).ok_or(UnknownItemCategory),
        }
    }

    /// True when an item of this category passes; never when the filter is off.
    pub fn matches(self, category: &str) -> bool {
        match self {
            ItemCategoryFilter::Off => false,
            ItemCategoryFilter::Any => true,
            ItemCategoryFilter::Category(key) => key == category,
        }
    }

    /// The URL value, `None` when off.
    pub fn value(self) -> Option<&'static str> {
        match self {
            ItemCategoryFilter::Off => None,
            ItemCategoryFilter::Any => Some(Self::ANY),
            ItemCategoryFilter::Category(key) => Some(key),
        }
    }
}

/// A filter value that names no category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("unknown category of offers or needs")]
pub struct UnknownItemCategory;

/// Narrows associations to those with open offers and/or needs (URL parameters `offers` and
/// `needs`); both given means both must hold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ItemFilter {
    pub offers: ItemCategoryFilter,
    pub needs: ItemCategoryFilter,
}

impl ItemFilter {
    /// No filter: every association passes.
    pub const OFF: ItemFilter = ItemFilter { offers: ItemCategoryFilter::Off, needs: ItemCategoryFilter::Off };

    pub fn parse(offers: Option<&str>, needs: Option<&str>) -> Result<Self, UnknownItemCategory> {
        Ok(ItemFilter { offers: ItemCategoryFilter::parse(offers)?, needs: ItemCategoryFilter::parse(needs)? })
    }

    pub fn is_off(&self) -> bool {
        self.offers == ItemCategoryFilter::Off && self.needs == ItemCategoryFilter::Off
    }

    fn half(&self, kind: ItemKind) -> ItemCategoryFilter {
        match kind {
            ItemKind::Offer => self.offers,
            ItemKind::Need => self.needs,
        }
    }

    /// True when this item is one the filter looks for (shown beside its association).
    pub fn selects(&self, item: &Item) -> bool {
        self.half(item.kind).matches(&item.content.category)
    }

    /// True when an association with these open items passes.
    pub fn accepts<'a>(&self, items: impl IntoIterator<Item = &'a Item>) -> bool {
        let (mut offer, mut need) = (self.offers == ItemCategoryFilter::Off, self.needs == ItemCategoryFilter::Off);
        for item in items {
            if self.selects(item) {
                match item.kind {
                    ItemKind::Offer => offer = true,
                    ItemKind::Need => need = true,
                }
            }
        }
        offer && need
    }

    /// The URL parameters of the filter, nothing when off.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        [("offers", self.offers), ("needs", self.needs)].into_iter().filter_map(|(k, f)| f.value().map(|v| (k, v.to_owned()))).collect()
    }
}

/// Where a suggested pairing of a need and an offer stands. No introduction at all means
/// "suggested".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntroductionState {
    /// One side asked; the other has not answered.
    Requested,
    /// The other side accepted: both see each other's contact details.
    Agreed,
    Declined,
    /// They worked together.
    Done,
    /// The seeking side said the suggestion does not fit; it stays hidden.
    Dismissed,
}

impl IntroductionState {
    pub const ALL: [IntroductionState; 5] = [
        IntroductionState::Requested,
        IntroductionState::Agreed,
        IntroductionState::Declined,
        IntroductionState::Done,
        IntroductionState::Dismissed,
    ];

    pub fn key(self) -> &'static str {
        match self {
            IntroductionState::Requested => "requested",
            IntroductionState::Agreed => "agreed",
            IntroductionState::Declined => "declined",
            IntroductionState::Done => "done",
            IntroductionState::Dismissed => "dismissed",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The states a state may move to: requested → agreed | declined, agreed → done.
    pub fn may_become(self, next: IntroductionState) -> bool {
        matches!(
            (self, next),
            (IntroductionState::Requested, IntroductionState::Agreed)
                | (IntroductionState::Requested, IntroductionState::Declined)
                | (IntroductionState::Agreed, IntroductionState::Done)
        )
    }
}

/// How strongly a suggested offer and need fit, shown as one to three steps: a score of 0.8 or
/// more is strong (3), 0.7 or more good (2), anything the matcher suggests below that fits in
/// part (1). Suggestions are listed strongest first, so the steps show why the order is what it is.
pub fn match_level(score: f32) -> u8 {
    if score >= 0.8 {
        3
    } else if score >= 0.7 {
        2
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn introductions_move_forward_only() {
        use IntroductionState::*;
        assert!(Requested.may_become(Agreed) && Requested.may_become(Declined) && Agreed.may_become(Done));
        for (from, to) in [(Agreed, Requested), (Declined, Agreed), (Done, Agreed), (Dismissed, Requested), (Requested, Done)] {
            assert!(!from.may_become(to), "{from:?} → {to:?}");
        }
        for state in IntroductionState::ALL {
            assert_eq!(IntroductionState::from_key(state.key()), Some(state));
        }
    }

    #[test]
    fn network_items_are_hidden_from_the_public() {
        use ItemVisibility::*;
        assert!(Public.visible_to(Audience::Public) && Public.visible_to(Audience::Network) && Public.visible_to(Audience::Office));
        assert!(!Network.visible_to(Audience::Public));
        assert!(Network.visible_to(Audience::Network) && Network.visible_to(Audience::Office));
        assert_eq!(ItemVisibility::parse(" network "), Some(Network));
        assert_eq!(ItemVisibility::parse("office"), None);
        // Items stored before visibility existed read as public.
        let old = r#"{"title":"Raum","description":"","category":"rooms","text_lang":"de"}"#;
        assert_eq!(serde_json::from_str::<ItemContent>(old).map(|c| c.visibility).ok(), Some(Public));
    }

    fn item(kind: ItemKind, category: &str) -> Item {
        let content = ItemContent {
            title: "x".into(),
            description: String::new(),
            category: category.into(),
            languages: Vec::new(),
            weekdays: None,
            time: None,
            district: None,
            end_date: None,
            text_lang: "de".into(),
            visibility: ItemVisibility::Public,
        };
        Item { id: ItemId(1), org: OrgId(1), kind, content }
    }

    #[test]
    fn an_item_is_current_through_its_end_date() {
        let mut i = item(ItemKind::Offer, "rooms");
        assert!(i.is_current("2030-01-01"), "no end date");
        i.content.end_date = Some("2026-11-25".into());
        assert!(i.is_current("2026-11-24") && i.is_current("2026-11-25"));
        assert!(!i.is_current("2026-11-26"));
    }

    #[test]
    fn the_item_filter_reads_its_parameters() {
        assert!(ItemFilter::parse(None, Some("  ")).unwrap().is_off());
        let f = ItemFilter::parse(Some("Räume"), Some("any")).unwrap();
        assert_eq!((f.offers, f.needs), (ItemCategoryFilter::Category("rooms"), ItemCategoryFilter::Any));
        assert_eq!(f.to_params(), [("offers", "rooms".to_owned()), ("needs", "any".to_owned())]);
        assert_eq!(ItemFilter::parse(Some("rooms"), Some("Raumfahrt")), Err(UnknownItemCategory));
        assert_eq!(ItemFilter::default().to_params(), []);
    }

    #[test]
    fn an_association_passes_when_each_given_half_finds_an_item() {
        let rooms_offer = item(ItemKind::Offer, "rooms");
        let sport_need = item(ItemKind::Need, "sport");
        let rooms_need = item(ItemKind::Need, "rooms");
        let offers_rooms = ItemFilter::parse(Some("rooms"), None).unwrap();
        assert!(offers_rooms.accepts([&rooms_offer, &sport_need]));
        assert!(!offers_rooms.accepts([&rooms_need]), "a need of rooms is not an offer of rooms");
        assert!(!offers_rooms.accepts([]));
        let both = ItemFilter::parse(Some("rooms"), Some("any")).unwrap();
        assert!(both.accepts([&rooms_offer, &sport_need]));
        assert!(!both.accepts([&rooms_offer]), "both halves must hold");
        assert!(ItemFilter::default().accepts([]), "no filter lets everyone pass");
        assert!(both.selects(&sport_need) && !offers_rooms.selects(&sport_need));
    }

    #[test]
    fn categories_by_key_or_german_name() {
        assert_eq!(item_category_key("Räume"), Some("rooms"));
        assert_eq!(item_category_key("material"), Some("material"));
        assert_eq!(item_category_key(" Sprache & Übersetzung "), Some("language"));
        assert_eq!(item_category_key("Raumfahrt"), None);
    }

    #[test]
    fn weekdays_serialise_as_codes() {
        let json = serde_json::to_string(&vec![Weekday::Sa, Weekday::So]).expect("json");
        assert_eq!(json, r#"["Sa","So"]"#);
    }

    #[test]
    fn suggestions_are_shown_in_three_steps_of_strength() {
        assert_eq!(super::match_level(0.95), 3);
        assert_eq!(super::match_level(0.8), 3);
        assert_eq!(super::match_level(0.79), 2);
        assert_eq!(super::match_level(0.7), 2);
        assert_eq!(super::match_level(0.69), 1);
        assert_eq!(super::match_level(0.6), 1);
    }
}
