//! View models of offers and needs, translated for the reader.

use app::directory::index::SearchIndex;
use app::marketplace::{Audience, Miss, Reason, Shortfall, Violation};
use domain::marketplace::{item_category_key, Item, Weekday};

use crate::i18n::{ArgValue, Tr};

/// An offer or need as a list entry or page.
pub struct ItemCard {
    pub title: String,
    pub url: String,
    pub description: String,
    pub text_lang: String,
    pub category: String,
    pub org_name: String,
    pub org_url: String,
    pub languages: String,
    pub weekdays: String,
    pub time: Option<String>,
    pub district: String,
    /// Only the network sees it (shown as a note, so that members know the public does not).
    pub network_only: bool,
    /// Last day it is valid (ISO date), if it ends.
    pub end_date: Option<String>,
}

pub fn item_url(item: &Item) -> String {
    crate::urls::item(item.kind, item.id)
}

pub fn category_label(tr: &Tr, key: &str) -> String {
    tr.t(&format!("item-category-{key}"))
}

fn weekday_names(tr: &Tr, days: &[Weekday]) -> Vec<String> {
    days.iter().map(|d| tr.t(&format!("weekday-{}", d.key()))).collect()
}

pub fn card(index: &SearchIndex, item: &Item, tr: &Tr) -> ItemCard {
    let c = &item.content;
    let org = index.by_id(item.org);
    let district = match &c.district {
        Some(key) => index.districts().iter().find(|d| &d.key == key).map_or_else(|| key.clone(), |d| d.name.clone()),
        None => tr.t("item-anywhere"),
    };
    ItemCard {
        title: c.title.clone(),
        url: item_url(item),
        description: c.description.clone(),
        text_lang: c.text_lang.clone(),
        category: category_label(tr, &c.category),
        org_name: org.as_ref().map_or_else(String::new, |o| o.name().to_owned()),
        org_url: org.as_ref().map_or_else(String::new, |o| crate::urls::organisation(o.slug())),
        languages: tr.join(&c.languages.iter().map(|l| tr.language_name(l.as_str())).collect::<Vec<_>>()),
        weekdays: match &c.weekdays {
            Some(days) if !days.is_empty() => tr.join(&weekday_names(tr, days)),
            _ => tr.t("item-any-day"),
        },
        time: c.time.clone(),
        district,
        network_only: !item.visible_to(domain::organisation::Audience::Public),
        end_date: c.end_date.clone(),
    }
}

/// One reason of the matching engine in the reader's language.
pub fn reason_text(tr: &Tr, reason: &Reason) -> String {
    match reason {
        Reason::Topic { label, concept } => tr.t1("reason-topic", "label", app::marketplace::topic_label(concept, tr.locale.code(), label)),
        Reason::SameCategory { category } => {
            let label = item_category_key(category).map_or_else(|| category.clone(), |k| category_label(tr, k));
            tr.t1("reason-same-category", "category", label)
        }
        Reason::SpeaksLanguage { language } => tr.t1("reason-speaks", "language", tr.language_name(language)),
        Reason::WeekdaysFit { days } => {
            let days: Vec<String> = days.iter().map(|d| tr.t(&format!("weekday-{}", d.code().to_lowercase()))).collect();
            tr.targs("reason-weekdays", &[("days", ArgValue::from(tr.join(&days))), ("count", ArgValue::from(days.len()))])
        }
        Reason::TimeFits => tr.t("reason-time"),
        Reason::SameDistrict { district } => tr.t1("reason-same-district", "district", district.as_str()),
        Reason::NeighbouringDistrict { offer_district, need_district } => tr.targs(
            "reason-neighbour",
            &[("offer", ArgValue::from(offer_district.as_str())), ("need", ArgValue::from(need_district.as_str()))],
        ),
        Reason::SameAudience { audience } => tr.t(match audience {
            Audience::Women => "reason-audience-women",
            Audience::Men => "reason-audience-men",
            Audience::Youth => "reason-audience-youth",
        }),
    }
}

/// A calibrated score as the office reads it: two decimals, the share of matches with that
/// score that fitted in the test data.
pub fn score_text(tr: &Tr, score: f32) -> String {
    tr.t1("match-score", "score", format!("{score:.2}"))
}

/// Why an offer close to a need was not shown, in the reader's language (office only).
pub fn miss_text(tr: &Tr, miss: &Miss) -> String {
    match miss {
        Miss::Excluded(v) => tr.t(match v {
            Violation::SameOrganisation => "miss-same-organisation",
            Violation::NoCommonWeekday => "miss-no-common-weekday",
            Violation::AudienceConflict => "miss-audience",
            Violation::TooFarForOnSite => "miss-too-far",
            Violation::RequiredLanguageMissing => "miss-language",
            Violation::OnlineOnly => "miss-online-only",
            Violation::TooFewPlaces => "miss-too-few-places",
            Violation::NoCommonPeriod => "miss-no-common-period",
        }),
        Miss::BelowThreshold { score, shortfall } => {
            let base = if *score > 0.0 { tr.t1("miss-below-threshold", "score", format!("{score:.2}")) } else { tr.t("miss-unscored") };
            match shortfall {
                Some(s) => format!("{base}: {}", tr.t(shortfall_key(*s))),
                None => base,
            }
        }
    }
}

/// The message of the soft rule that lowered a pair's score most.
fn shortfall_key(shortfall: Shortfall) -> &'static str {
    match shortfall {
        Shortfall::LanguageNotSpoken => "shortfall-language",
        Shortfall::OtherAudience => "shortfall-audience",
        Shortfall::NotTheRole => "shortfall-role",
        Shortfall::ConditionMissing => "shortfall-condition",
        Shortfall::OtherKindOfService => "shortfall-kind-of-service",
        Shortfall::OtherLanguageTaught => "shortfall-other-language-taught",
        Shortfall::MainSubjectMissing => "shortfall-main-subject",
        Shortfall::DaysDiffer => "shortfall-days",
        Shortfall::TimesDiffer => "shortfall-times",
        Shortfall::PartOfTheTime => "shortfall-part-time",
        Shortfall::GroupTooLarge => "shortfall-group-size",
        Shortfall::FarFromNamedPlace => "shortfall-far",
        Shortfall::AmountTooLarge => "shortfall-amount",
        Shortfall::PeriodsDiffer => "shortfall-period",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::marketplace::{Miss, Shortfall, Violation};
    use domain::language::UiLocale;

    /// Every "why not" the engine can give has its message in all seven languages (the ids are
    /// chosen at run time, so the literal-id check of `i18n` does not see them).
    #[test]
    fn every_reason_for_not_showing_an_offer_is_translated() {
        let violations = [
            Violation::SameOrganisation,
            Violation::NoCommonWeekday,
            Violation::AudienceConflict,
            Violation::TooFarForOnSite,
            Violation::RequiredLanguageMissing,
            Violation::OnlineOnly,
            Violation::TooFewPlaces,
            Violation::NoCommonPeriod,
        ];
        let shortfalls = [
            Shortfall::LanguageNotSpoken,
            Shortfall::OtherAudience,
            Shortfall::NotTheRole,
            Shortfall::ConditionMissing,
            Shortfall::OtherKindOfService,
            Shortfall::OtherLanguageTaught,
            Shortfall::MainSubjectMissing,
            Shortfall::DaysDiffer,
            Shortfall::TimesDiffer,
            Shortfall::PartOfTheTime,
            Shortfall::GroupTooLarge,
            Shortfall::FarFromNamedPlace,
            Shortfall::AmountTooLarge,
            Shortfall::PeriodsDiffer,
        ];
        let mut misses: Vec<Miss> = violations.into_iter().map(Miss::Excluded).collect();
        misses.extend(shortfalls.into_iter().map(|s| Miss::BelowThreshold { score: 0.31, shortfall: Some(s) }));
        misses.push(Miss::BelowThreshold { score: 0.0, shortfall: None });
        for locale in UiLocale::ALL {
            for id in ["miss-same-organisation", "miss-below-threshold", "miss-unscored", "match-score", "match-report"] {
                assert!(crate::i18n::catalog().has(locale, id), "{id} in {}", locale.code());
            }
            for m in &misses {
                let text = miss_text(&Tr::new(locale), m);
                assert!(!text.contains("miss-") && !text.contains("shortfall-"), "{} {m:?}: {text}", locale.code());
            }
            for s in shortfalls {
                assert!(crate::i18n::catalog().has(locale, shortfall_key(s)), "{:?} in {}", s, locale.code());
            }
        }
        let de = miss_text(&Tr::new(UiLocale::De), &Miss::BelowThreshold { score: 0.31, shortfall: Some(Shortfall::LanguageNotSpoken) });
        assert_eq!(de, "zu wenig gemeinsam für einen Treffer (Treffer-Wert 0.31): spricht keine der Sprachen, um die es geht");
    }
}
