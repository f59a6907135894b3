//! The demo data set: a fictional network in Ludwigsburg, loaded only into an empty database.

use std::collections::HashMap;

use app::directory::import_organisations::{ImportBatch, ImportItem};
use app::ports::{Author, ItemStore, NewItem, NewOrganisation, ShiftedClock, StoreError};
use domain::district::District;
use domain::ids::OrgId;
use domain::language::LanguageCode;
use domain::marketplace::ItemId;
use domain::marketplace::{item_category_key, ItemContent, ItemKind, ItemVisibility, Weekday};
use domain::organisation::{Consent, ContactPerson, Profile, Visibility};
use domain::slug::Slug;
use domain::timestamp::Timestamp;
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

/// 1 February 2019, 09:00 UTC: the first demo association is published.
const FIRST_PUBLISHED: i64 = 1_549_011_600;
/// 1 October 2019: the survey of autumn 2019 goes to the first 20, all published by then.
const SURVEY_READY: i64 = 1_569_888_000;
/// 3 February 2020 and 30 November 2022: the others join over the three funded years.
const LATER_FROM: i64 = 1_580_688_000;
const LATER_UNTIL: i64 = 1_669_766_400;
/// The demo associations of the first meeting and the 2019 survey (file order).
const FOUNDERS: usize = 20;

/// 2 January 2020: the first 20 post their offers and needs around the first meeting (11
/// January), until 28 February 2020.
const FOUNDERS_POST_FROM: i64 = 1_577_923_200;
/// 20 December 2022: the last offer or need of the demo's history.
const LAST_POSTED: i64 = 1_671_494_400;
const DAY: i64 = 86_400;

/// The demo network's past: each association with the time it was published, and each offer
/// and need with the time it was posted (Unix seconds).
pub struct History {
    /// One batch per association, in file order (districts and categories in the first), without
    /// offers and needs.
    pub associations: Vec<(i64, ImportBatch)>,
    /// The offers and needs in file order, each posted after its association was published.
    pub posts: Vec<(i64, ImportItem)>,
}

/// The demo network's history: the first 20 published in February to September 2019, before
/// the survey and the first meeting, the others spread over February 2020 to November 2022, so
/// that the reports show the network growing. The first 20 post their offers and needs from
/// 2 January to 28 February 2020, around the first meeting; the others 3 to 47 days after they
/// joined, at the latest on 20 December 2022 — so the funding report for 2020–2022 counts them.
pub fn dated(batch: ImportBatch) -> History {
    let ImportBatch { mut categories, mut districts, organisations, items } = batch;
    let later = organisations.len().saturating_sub(FOUNDERS).max(1) as i64;
    let published: Vec<i64> = (0..organisations.len())
        .map(|i| {
            if i < FOUNDERS {
                FIRST_PUBLISHED + (SURVEY_READY - FIRST_PUBLISHED) * i as i64 / FOUNDERS as i64
            } else {
                LATER_FROM + (LATER_UNTIL - LATER_FROM) * (i - FOUNDERS) as i64 / later
            }
        })
        .collect();
    let mut seen = vec![0_i64; organisations.len()];
    let posts = items
        .into_iter()
        .filter_map(|item| {
            let i = organisations.iter().position(|o| o.slug == item.org_slug)?;
            let k = seen[i];
            seen[i] += 1;
            let n = i as i64;
            // Office hours, 09:00 to 17:00 UTC, varied by association and item.
            let hour = (9 + (n + 3 * k) % 9) * 3600 + (n * 7 + k * 13) % 60 * 60;
            let day = if i < FOUNDERS {
                FOUNDERS_POST_FROM + (n * 3 + k * 7) % 58 * DAY
            } else {
                (published[i] / DAY + 3 + (n * 7 + k * 11) % 45) * DAY
            };
            Some(((day + hour).min(LAST_POSTED + hour), item))
        })
        .collect();
    let associations = organisations
        .into_iter()
        .zip(published)
        .map(|(org, at)| {
            let part = ImportBatch {
                categories: std::mem::take(&mut categories),
                districts: std::mem::take(&mut districts),
                organisations: vec![org],
                items: Vec::new(),
            };
            (at, part)
        })
        .collect();
    History { associations, posts }
}

/// An offer or need of the demo as stored.
#[derive(Debug, Clone)]
pub struct Posted {
    pub id: ItemId,
    pub org: OrgId,
    pub kind: ItemKind,
    pub category: String,
    /// Unix seconds.
    pub at: i64,
}

/// Stores the demo's offers and needs one at a time, each on the clock shown at its time;
/// `associations` are the stored associations by slug. The clock is reset afterwards.
pub async fn post(
    items: &dyn ItemStore,
    clock: &ShiftedClock,
    associations: &HashMap<Slug, OrgId>,
    posts: Vec<(i64, ImportItem)>,
) -> Result<Vec<Posted>, StoreError> {
    let author = Author::system("demo");
    let mut stored = Vec::with_capacity(posts.len());
    for (at, item) in posts {
        let Some(org) = associations.get(&item.org_slug).copied() else { continue };
        let category = item.content.category.clone();
        clock.show(Timestamp::from_unix_secs(at));
        let ids = items.create_items(&[NewItem { org, kind: item.kind, content: item.content }], &author).await;
        clock.reset();
        for id in ids? {
            stored.push(Posted { id, org, kind: item.kind, category: category.clone(), at });
        }
    }
    Ok(stored)
}

/// The demo associations confirmed their entries within the last ten months (spread by file
/// order), as an active network's would: published years ago, still confirmed. All in one
/// transaction (one commit per association took 9 of the 11 minutes of 100,000 synthetic ones).
pub async fn confirm_recently(stores: &app::ports::Stores, ids: &[domain::ids::OrgId], now: i64) -> Result<(), app::ports::StoreError> {
    stores.confirm_active.set_confirmed_many(&recent_confirmations(ids, now)).await
}

/// When each of `ids` confirmed its entry: within the last 300 days, spread by position.
fn recent_confirmations(ids: &[domain::ids::OrgId], now: i64) -> Vec<(domain::ids::OrgId, i64)> {
    const DAY: i64 = 86_400;
    ids.iter().enumerate().map(|(i, id)| (*id, now - (i as i64 * 37 % 300) * DAY)).collect()
}

/// When the `step`-th of `steps` parts of a synthetic load is published: evenly from 1 January
/// 2019 up to `now`, so that the reports of a load test have years of growth to draw.
pub fn synthetic_published(step: usize, steps: usize, now: i64) -> i64 {
    const START: i64 = 1_546_300_800;
    let span = (now - START).max(0);
    START + span * step as i64 / steps.max(1) as i64
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
    fn confirmations_are_spread_over_the_last_300_days_by_position() {
        use domain::ids::OrgId;
        const DAY: i64 = 86_400;
        let now = 1_800_000_000;
        let ids: Vec<OrgId> = (0..1_000).map(|i| OrgId(i * 3 + 1)).collect();
        let confirmed = super::recent_confirmations(&ids, now);
        assert_eq!(confirmed.len(), ids.len());
        assert_eq!(
            &confirmed[..4],
            &[(OrgId(1), now), (OrgId(4), now - 37 * DAY), (OrgId(7), now - 74 * DAY), (OrgId(10), now - 111 * DAY)]
        );
        assert!(confirmed.iter().zip(&ids).all(|((id, at), want)| id == want && (now - 299 * DAY..=now).contains(at)));
        assert!(super::recent_confirmations(&[], now).is_empty());
    }

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

    #[test]
    fn the_demo_network_grows_from_2019_to_2022() {
        let batch = super::batch().expect("demo data parses");
        let (organisations, items) = (batch.organisations.len(), batch.items.len());
        let history = super::dated(batch);
        let dated = &history.associations;
        assert_eq!(dated.len(), organisations, "one part per association");
        assert!(dated.iter().all(|(_, b)| b.items.is_empty() && b.organisations.len() == 1));
        assert_eq!(dated[0].1.districts.len(), 11, "districts come with the first");
        let times: Vec<i64> = dated.iter().map(|(t, _)| *t).collect();
        assert!(times.windows(2).all(|w| w[0] < w[1]), "published in file order");
        let year = |t: i64| domain::date::iso_date(t)[..4].to_owned();
        assert_eq!(year(times[0]), "2019");
        assert!(times[..20].iter().all(|t| *t < super::SURVEY_READY), "the survey's 20 before its start");
        assert_eq!(year(times[20]), "2020");
        assert_eq!(year(*times.last().unwrap_or(&0)), "2022");

        assert_eq!(history.posts.len(), items, "every offer and need once");
        let published = |slug: &domain::slug::Slug| {
            dated.iter().position(|(_, b)| &b.organisations[0].slug == slug).map(|i| (i, dated[i].0)).expect("its association")
        };
        for (at, item) in &history.posts {
            let (i, joined) = published(&item.org_slug);
            let date = domain::date::iso_date(*at);
            assert!(*at > joined, "{date}: posted after {} joined", item.org_slug);
            assert!(("2020-01-01".."2022-12-21").contains(&date.as_str()), "{date}: inside the funded years");
            if i < 20 {
                assert!(("2020-01-02".."2020-02-29").contains(&date.as_str()), "{date}: around the first meeting");
            }
        }
        let before_meeting = history.posts.iter().filter(|(at, _)| *at < crate::demo_meetings::FIRST_DEADLINE).count();
        assert!(before_meeting > 5 && before_meeting < items / 2, "some posted before the first meeting: {before_meeting}");
        assert_eq!(
            super::dated(super::batch().expect("demo data parses")).posts.iter().map(|(t, _)| *t).collect::<Vec<_>>(),
            history.posts.iter().map(|(t, _)| *t).collect::<Vec<_>>(),
            "the same times every time"
        );
    }

    #[test]
    fn synthetic_associations_are_published_from_2019_to_now() {
        let now = 1_764_892_800;
        assert_eq!(super::synthetic_published(0, 100, now), 1_546_300_800);
        assert_eq!(super::synthetic_published(100, 100, now), now);
        assert!(super::synthetic_published(50, 100, now) > super::synthetic_published(49, 100, now));
    }
}
