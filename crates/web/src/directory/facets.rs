//! The directory's filters (category, target group, language, district, MSO) as the
//! search form shows them; shared by the directory page and the map.

use std::sync::Arc;

use app::directory::index::{FacetCounts, SearchIndex};
use domain::directory_query::{DirectoryQuery, RawDirectoryQuery};
use domain::organisation::TargetGroup;

use crate::page::PageCtx;

pub struct FacetOption {
    pub value: String,
    pub label: String,
    pub count: Option<usize>,
    pub selected: bool,
}

/// One filter of the search form.
pub struct Facet {
    pub param: &'static str,
    pub label: String,
    pub options: Vec<FacetOption>,
}

/// The filters with their options; `show_counts` puts the counts of `counts` beside the
/// options (languages are listed when `counts` has them above zero either way).
pub fn build_facets(
    index: &SearchIndex,
    page: &PageCtx,
    raw: &RawDirectoryQuery,
    query: Option<&DirectoryQuery>,
    counts: Option<&FacetCounts>,
    show_counts: bool,
) -> Vec<Facet> {
    let lang = page.lang;
    let selected = |value: &Option<String>, candidate: &str| value.as_deref().map(str::trim) == Some(candidate);
    let count_of =
        |list: Option<&Vec<(Arc<str>, usize)>>, key: &str| list.and_then(|l| l.iter().find(|(k, _)| &**k == key).map(|(_, n)| *n));
    let shown = |n: Option<usize>| n.filter(|_| show_counts);

    let mut facets = Vec::new();
    facets.push(Facet {
        param: "category",
        label: page.t("facet-category"),
        options: index
            .categories()
            .iter()
            .map(|c| FacetOption {
                value: c.key.clone(),
                label: c.label(lang).to_owned(),
                count: shown(count_of(counts.map(|f| &f.category), &c.key)),
                selected: selected(&raw.category, &c.key),
            })
            .collect(),
    });
    facets.push(Facet {
        param: "target_group",
        label: page.t("facet-target-group"),
        options: TargetGroup::ALL
            .iter()
            .map(|g| FacetOption {
                value: g.key().to_owned(),
                label: page.t(&format!("target-group-{}", g.key())),
                count: shown(counts.and_then(|f| f.target_group.iter().find(|(k, _)| k == g).map(|(_, n)| *n))),
                selected: selected(&raw.target_group, g.key()),
            })
            .collect(),
    });
    let mut language_options: Vec<FacetOption> = counts
        .map(|f| f.language.iter().filter(|(_, n)| *n > 0).map(|(code, n)| (code.to_string(), Some(*n))).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(|(code, count)| FacetOption {
            label: page.tr.language_name(&code),
            selected: selected(&raw.language, &code),
            value: code,
            count: shown(count),
        })
        .collect();
    if let Some(chosen) = raw.language.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        if !language_options.iter().any(|o| o.value == chosen) {
            language_options.push(FacetOption {
                value: chosen.to_owned(),
                label: page.tr.language_name(chosen),
                count: shown(Some(0)),
                selected: true,
            });
        }
    }
    language_options.sort_by(|a, b| a.label.cmp(&b.label));
    facets.push(Facet { param: "language", label: page.t("facet-language"), options: language_options });
    facets.push(Facet {
        param: "district",
        label: page.t("facet-district"),
        options: index
            .districts()
            .iter()
            .map(|d| FacetOption {
                value: d.key.clone(),
                label: d.name.clone(),
                count: shown(count_of(counts.map(|f| &f.district), &d.key)),
                selected: selected(&raw.district, &d.key),
            })
            .collect(),
    });
    facets.push(Facet {
        param: "mso",
        label: page.t("facet-mso"),
        options: [(true, "true", "facet-mso-yes"), (false, "false", "facet-mso-no")]
            .into_iter()
            .map(|(flag, value, label)| FacetOption {
                value: value.to_owned(),
                label: page.t(label),
                count: shown(counts.map(|f| if flag { f.mso[0].1 } else { f.mso[1].1 })),
                selected: query.and_then(|q| q.mso) == Some(flag),
            })
            .collect(),
    });
    facets
}
