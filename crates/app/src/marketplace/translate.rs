//! Translates the network's organisations and items into the matching engine's model.

use std::collections::{BTreeSet, HashMap};

use domain::district::District;
use domain::marketplace::{Item, ItemKind, Weekday, ITEM_CATEGORIES};
use domain::organisation::Organisation;

/// District names by key, for the engine (which reasons with names: "Weststadt grenzt an Mitte").
pub fn district_names(districts: &[District]) -> HashMap<String, String> {
    districts.iter().map(|d| (d.key.clone(), d.name.clone())).collect()
}

pub fn districts(districts: &[District]) -> matching::Districts {
    let names = district_names(districts);
    matching::Districts::new(districts.iter().map(|d| {
        let neighbours: Vec<String> = d.neighbours.iter().map(|n| names.get(n).cloned().unwrap_or_else(|| n.clone())).collect();
        (d.name.clone(), neighbours)
    }))
}

pub fn organisation(org: &Organisation, names: &HashMap<String, String>) -> matching::Organisation {
    let p = &org.profile;
    matching::Organisation {
        id: matching::OrgId(org.id.0.to_string()),
        name: p.name.clone(),
        languages: p.languages.iter().map(|l| l.as_str().to_owned()).collect(),
        fields: p.categories.clone(),
        district: p.district.as_ref().map(|d| names.get(d).cloned().unwrap_or_else(|| d.clone())),
        description: p.description.choose("de").map(|c| c.text.to_owned()).unwrap_or_default(),
    }
}

fn weekday(day: Weekday) -> matching::Weekday {
    match day {
        Weekday::Mo => matching::Weekday::Mo,
        Weekday::Di => matching::Weekday::Di,
        Weekday::Mi => matching::Weekday::Mi,
        Weekday::Do => matching::Weekday::Do,
        Weekday::Fr => matching::Weekday::Fr,
        Weekday::Sa => matching::Weekday::Sa,
        Weekday::So => matching::Weekday::So,
    }
}

pub fn item(item: &Item, names: &HashMap<String, String>) -> matching::Item {
    let c = &item.content;
    matching::Item {
        id: matching::ItemId(item.id.0.to_string()),
        org: matching::OrgId(item.org.0.to_string()),
        kind: match item.kind {
            ItemKind::Offer => matching::Kind::Offer,
            ItemKind::Need => matching::Kind::Need,
        },
        title: c.title.clone(),
        description: c.description.clone(),
        category: ITEM_CATEGORIES.iter().find(|(k, _)| *k == c.category).map(|(_, name)| (*name).to_owned()),
        languages: c.languages.iter().map(|l| l.as_str().to_owned()).collect(),
        weekdays: c.weekdays.as_ref().map(|days| days.iter().copied().map(weekday).collect::<BTreeSet<_>>()),
        time: c.time.clone(),
        district: c.district.as_ref().map(|d| names.get(d).cloned().unwrap_or_else(|| d.clone())),
        text_lang: Some(c.text_lang.clone()),
        explicit: matching::ExplicitConstraints::default(),
    }
}
