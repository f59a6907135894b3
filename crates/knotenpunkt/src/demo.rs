//! The demo data set: a fictional network in Ludwigsburg, loaded only into an empty database.

use app::directory::import_organisations::{ImportBatch, ImportItem};
use app::ports::NewOrganisation;
use domain::district::District;
use domain::language::LanguageCode;
use domain::marketplace::{item_category_key, ItemContent, ItemKind, ItemVisibility, Weekday};
use domain::organisation::{Consent, ContactPerson, Profile, Visibility};
use domain::slug::Slug;
use serde::Deserialize;

const LUDWIGSBURG: &str = include_str!("../demo/ludwigsburg.json");

#[derive(Deserialize)]
struct DemoFile {
    districts: Vec<District>,
    organisations: Vec<DemoOrganisation>,
}

#[derive(Deserialize)]
struct DemoOrganisation {
    slug: String,
    #[serde(flatten)]
    profile: serde_json::Value,
    #[serde(default)]
    contact_persons: Vec<DemoPerson>,
    #[serde(default)]
    offers: Vec<DemoItem>,
    #[serde(default)]
    needs: Vec<DemoItem>,
}

#[derive(Deserialize)]
struct DemoItem {
    title: String,
    description: String,
    category: String,
    #[serde(default)]
    languages: Vec<LanguageCode>,
    #[serde(default)]
    weekdays: Option<Vec<Weekday>>,
    #[serde(default)]
    time: Option<String>,
    #[serde(default)]
    district: Option<String>,
    text_lang: String,
    #[serde(default)]
    visibility: ItemVisibility,
}

impl DemoItem {
    fn into_content(self, slug: &str) -> Result<ItemContent, DemoError> {
        let category =
            item_category_key(&self.category).ok_or_else(|| DemoError::Invalid(format!("{slug}: unknown category {:?}", self.category)))?;
        Ok(ItemContent {
            title: self.title,
            description: self.description,
            category: category.to_owned(),
            languages: self.languages,
            weekdays: self.weekdays,
            time: self.time,
            district: self.district,
            end_date: None,
            text_lang: self.text_lang,
            visibility: self.visibility,
        })
    }
}

#[derive(Deserialize)]
struct DemoPerson {
    name: String,
    #[serde(default)]
    function: Option<String>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    consent: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("demo data is invalid: {0}")]
    Invalid(String),
}

/// The districts of the demo city.
pub fn districts() -> Result<Vec<District>, DemoError> {
    let file: DemoFile = serde_json::from_str(LUDWIGSBURG).map_err(|e| DemoError::Invalid(e.to_string()))?;
    Ok(file.districts)
}

/// The whole demo data set as an import batch.
pub fn batch() -> Result<ImportBatch, DemoError> {
    let file: DemoFile = serde_json::from_str(LUDWIGSBURG).map_err(|e| DemoError::Invalid(e.to_string()))?;
    let mut organisations = Vec::with_capacity(file.organisations.len());
    let mut items = Vec::new();
    for org in file.organisations {
        let slug = Slug::parse(&org.slug).map_err(|_| DemoError::Invalid(format!("bad slug {:?}", org.slug)))?;
        let mut profile: Profile =
            serde_json::from_value(without_persons(org.profile)).map_err(|e| DemoError::Invalid(format!("{}: {e}", org.slug)))?;
        profile.contact_persons = org
            .contact_persons
            .into_iter()
            .map(|p| ContactPerson {
                name: p.name,
                function: p.function,
                email: p.email,
                phone: p.phone,
                consent: p.consent.then(|| Consent {
                    given_at: "2026-01-15T10:00:00Z".into(),
                    text_version: "demo-consent-v1".into(),
                    recorded_by: None,
                }),
                visibility: Visibility::Public,
            })
            .collect();
        for (kind, list) in [(ItemKind::Offer, org.offers), (ItemKind::Need, org.needs)] {
            for item in list {
                items.push(ImportItem { org_slug: slug.clone(), kind, content: item.into_content(&org.slug)? });
            }
        }
        organisations.push(NewOrganisation { slug, profile });
    }
    Ok(ImportBatch { categories: Vec::new(), districts: file.districts, organisations, items })
}

fn without_persons(mut value: serde_json::Value) -> serde_json::Value {
    if let Some(map) = value.as_object_mut() {
        map.remove("contact_persons");
        map.remove("offers");
        map.remove("needs");
    }
    value
}

#[cfg(test)]
mod tests {
    #[test]
    fn demo_data_is_complete_and_fictional() {
        let batch = super::batch().expect("demo data parses");
        assert!(batch.organisations.len() >= 40);
        assert_eq!(batch.districts.len(), 11);
        for org in &batch.organisations {
            let p = &org.profile;
            assert!(!p.categories.is_empty(), "{}", org.slug);
            if let Some(email) = &p.contact.email {
                assert!(email.contains("example."), "fictional domains only: {email}");
            }
            if let Some(district) = &p.district {
                assert!(batch.districts.iter().any(|d| &d.key == district), "{}: unknown district {district}", org.slug);
            }
        }
        assert!(
            batch.organisations.iter().any(|o| o.profile.description.exact("de").is_none()),
            "some descriptions only in other languages"
        );
        assert!(batch.items.len() >= 2 * batch.organisations.len() * 2, "2–3 offers and needs per association");
    }
}
