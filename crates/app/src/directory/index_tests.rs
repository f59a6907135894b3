//! Search behaviour of the directory index, as a visitor experiences it.

use domain::category::Category;
use domain::directory_query::{DirectoryQuery, RawDirectoryQuery, Sort};
use domain::district::District;
use domain::ids::OrgId;
use domain::language::LanguageCode;
use domain::localized::LocalizedText;
use domain::organisation::{LegalForm, Organisation, Profile, TargetGroup};
use domain::slug::Slug;

use std::collections::HashSet;

use super::index::{FacetCounts, SearchIndex, SubsetKey};

fn org(id: i64, name: &str, description: &str, categories: &[&str], languages: &[&str], district: &str, mso: bool) -> Organisation {
    Organisation {
        id: OrgId(id),
        slug: Slug::from_name(name).expect("slug"),
        updated_at: format!("2026-01-{:02}T00:00:00Z", id),
        profile: Profile {
            mso,
            description: LocalizedText::new().with("de", description),
            categories: categories.iter().map(|c| (*c).to_owned()).collect(),
            target_groups: vec![TargetGroup::Women],
            languages: languages.iter().map(|l| LanguageCode::parse(l).expect("lang")).collect(),
            district: Some(district.into()),
            ..Profile::new(name, LegalForm::RegisteredAssociation)
        },
    }
}

fn index() -> SearchIndex {
    let categories = vec![
        Category { key: "language".into(), labels: LocalizedText::new().with("de", "Sprache & Übersetzung"), position: 0 },
        Category { key: "sport".into(), labels: LocalizedText::new().with("de", "Sport & Bewegung"), position: 1 },
    ];
    let districts = ["mitte", "weststadt"]
        .iter()
        .map(|k| District { key: (*k).into(), name: k.to_uppercase(), centre: None, postcodes: vec![], neighbours: vec![] })
        .collect();
    SearchIndex::build(
        vec![
            org(1, "Frauencafé Lindenblüte", "Ein offener Treff für Frauen aller Herkunft.", &["language"], &["de", "ar"], "mitte", false),
            org(
                2,
                "Deutsch-Türkischer Kulturverein",
                "Türkisch und Deutsch lernen, Feste feiern.",
                &["language"],
                &["de", "tr"],
                "weststadt",
                true,
            ),
            org(
                3,
                "Ukrainische Gemeinde Ludwigsburg",
                "Hilfe für Geflüchtete aus der Ukraine.",
                &["language"],
                &["uk", "ru"],
                "mitte",
                true,
            ),
            org(
                4,
                "Sportverein Eintracht",
                "Fußball für alle; unsere Frauengruppe trainiert montags.",
                &["sport"],
                &["de"],
                "weststadt",
                false,
            ),
            org(5, "Elterninitiative Regenbogen", "Vereine der Eltern vernetzen.", &["sport"], &["de"], "mitte", false),
        ],
        categories,
        districts,
    )
}

fn search(index: &SearchIndex, pairs: &[(&str, &str)]) -> (usize, Vec<String>) {
    let raw = RawDirectoryQuery::from_pairs(pairs.iter().copied());
    let query = DirectoryQuery::parse(&raw, index).expect("valid query");
    let results = index.search(&query);
    (results.total, results.items.iter().map(|o| o.name().to_owned()).collect())
}

#[test]
fn frauen_finds_compounds_and_ranks_name_matches_first() {
    let (total, names) = search(&index(), &[("q", "Frauen")]);
    assert_eq!(total, 2);
    assert_eq!(names[0], "Frauencafé Lindenblüte");
    assert_eq!(names[1], "Sportverein Eintracht");
}

#[test]
fn transcribed_umlauts_and_stems_match() {
    assert_eq!(search(&index(), &[("q", "Tuerkisch")]).1, ["Deutsch-Türkischer Kulturverein"]);
    assert_eq!(search(&index(), &[("q", "Ukraine")]).1, ["Ukrainische Gemeinde Ludwigsburg"]);
    let (_, names) = search(&index(), &[("q", "Verein")]);
    assert!(names.contains(&"Elterninitiative Regenbogen".to_owned()), "Vereine ~ Verein: {names:?}");
}

#[test]
fn all_words_must_match() {
    assert_eq!(search(&index(), &[("q", "Frauen Fußball")]).1, ["Sportverein Eintracht"]);
    assert_eq!(search(&index(), &[("q", "Frauen Ukraine")]).0, 0);
}

#[test]
fn category_labels_and_district_names_are_searchable() {
    assert_eq!(search(&index(), &[("q", "Übersetzung")]).0, 3);
}

#[test]
fn filters_combine_and_facets_count_the_alternatives() {
    let idx = index();
    let (total, _) = search(&idx, &[("category", "language"), ("district", "mitte")]);
    assert_eq!(total, 2);
    let mut raw = RawDirectoryQuery { category: Some("language".into()), district: Some("mitte".into()), ..Default::default() };
    raw.mso = Some("true".into());
    let query = DirectoryQuery::parse(&raw, &idx).expect("query");
    let results = idx.search(&query);
    assert_eq!(results.total, 1);
    let district_counts: Vec<_> = results.facets.district.iter().map(|(k, n)| (&**k, *n)).collect();
    assert_eq!(district_counts, [("mitte", 1), ("weststadt", 1)]);
    assert_eq!(results.facets.mso, [(true, 1), (false, 1)]);
    let arabic = results.facets.language.iter().find(|(l, _)| &**l == "ar");
    assert_eq!(arabic.map(|(_, n)| *n), Some(0));
}

#[test]
fn language_filter_and_unknown_language_give_results_or_none() {
    assert_eq!(search(&index(), &[("language", "ar")]).0, 1);
    assert_eq!(search(&index(), &[("language", "ti")]).0, 0);
}

#[test]
fn sorting_and_paging() {
    let idx = index();
    let (total, names) = search(&idx, &[("per_page", "2"), ("page", "2")]);
    assert_eq!(total, 5);
    assert_eq!(names, ["Frauencafé Lindenblüte", "Sportverein Eintracht"]);
    let (_, newest) = search(&idx, &[("sort", "updated"), ("per_page", "1")]);
    assert_eq!(newest, ["Elterninitiative Regenbogen"]);
    let (_, beyond) = search(&idx, &[("page", "9")]);
    assert!(beyond.is_empty());
    let q = DirectoryQuery { sort: Sort::Name, ..DirectoryQuery::parse(&RawDirectoryQuery::default(), &idx).expect("q") };
    assert_eq!(idx.search(&q).items.len(), 5);
}

#[test]
fn punctuation_only_query_lists_everything() {
    assert_eq!(search(&index(), &[("q", "—!?")]).0, 5);
}

#[test]
fn cached_results_equal_fresh_ones() {
    let idx = index();
    let query = DirectoryQuery::parse(&RawDirectoryQuery::from_pairs([("q", "Frauen")]), &idx).expect("query");
    let first = idx.search(&query);
    let second = idx.search(&query);
    assert!(std::sync::Arc::ptr_eq(&first, &second), "second search comes from the cache");
    let fresh = idx.search_uncached(&query);
    assert_eq!(first.total, fresh.total);
    assert_eq!(first.facets, fresh.facets);
    assert_eq!(first.items, fresh.items);
}

fn varied_index() -> SearchIndex {
    SearchIndex::build(varied_orgs(), index().categories().to_vec(), index().districts().to_vec())
}

fn varied_orgs() -> Vec<Organisation> {
    let words = ["Frauen", "Frauengruppe", "Sport", "Nachhilfe", "Musik", "Beratung", "Café", "Frauencafé"];
    let langs = ["de", "ar", "tr", "uk", "ti"];
    let cats = ["language", "sport"];
    let dists = ["mitte", "weststadt"];
    (0..300)
        .map(|i| {
            let u = i as usize;
            let mut o = org(
                i + 1,
                &format!("{} Verein {}", if u.is_multiple_of(5) { words[u % 8] } else { "Kultur" }, 300 - i),
                &format!("{} und {} {}", words[(u * 7) % 8], words[(u * 3) % 8], if u.is_multiple_of(4) { words[(u * 5) % 8] } else { "" }),
                &cats[..1 + (u % 2)],
                &[langs[u % 5], langs[(u / 5) % 5]],
                dists[(u / 3) % 2],
                i % 3 == 0,
            );
            o.profile.target_groups = vec![TargetGroup::ALL[u % 9]];
            o
        })
        .collect()
}

#[test]
fn one_word_searches_rank_the_same_both_ways() {
    let idx = varied_index();
    let mut compared = 0;
    for word in ["Frauen", "Frau", "Sport", "Nachhilfe", "Verein", "Kultur", "Café", "Musik"] {
        for filter in [None, Some(("mso", "true")), Some(("language", "ar")), Some(("district", "mitte"))] {
            for page in ["1", "2", "5"] {
                let pairs: Vec<(&str, &str)> = [("q", word), ("per_page", "7"), ("page", page)].into_iter().chain(filter).collect();
                let query = DirectoryQuery::parse(&RawDirectoryQuery::from_pairs(pairs.iter().copied()), &idx).expect("query");
                if let Some((fast, scored)) = idx.one_word_ranked_both_ways(&query) {
                    assert_eq!(fast, scored, "{pairs:?}");
                    compared += 1;
                }
            }
        }
    }
    assert_eq!(compared, 96);
}

#[test]
fn sparse_and_dense_facet_counts_agree() {
    let words = ["Frauen", "Sport", "Nachhilfe", "Musik", "Beratung", "Café"];
    let langs = ["de", "ar", "tr", "uk", "ti"];
    let cats = ["language", "sport"];
    let dists = ["mitte", "weststadt"];
    let orgs: Vec<Organisation> = (0..300)
        .map(|i| {
            let mut o = org(
                i + 1,
                &format!("Verein {} {i}", words[i as usize % 6]),
                &format!("{} und {}", words[(i as usize * 7) % 6], words[(i as usize * 3) % 6]),
                &cats[..1 + (i as usize % 2)],
                &[langs[i as usize % 5], langs[(i as usize / 5) % 5]],
                dists[(i as usize / 3) % 2],
                i % 3 == 0,
            );
            o.profile.target_groups = vec![TargetGroup::ALL[i as usize % 9]];
            o
        })
        .collect();
    let idx = SearchIndex::build(orgs, index().categories().to_vec(), index().districts().to_vec());
    let queries: &[&[(&str, &str)]] = &[
        &[("q", "Frauen")],
        &[("q", "Musik"), ("language", "ar")],
        &[("q", "Sport"), ("category", "language"), ("mso", "true")],
        &[("q", "Beratung"), ("district", "mitte"), ("target_group", "women"), ("language", "ti")],
        &[("category", "sport")],
        &[],
    ];
    for pairs in queries {
        let query = DirectoryQuery::parse(&RawDirectoryQuery::from_pairs(pairs.iter().copied()), &idx).expect("query");
        let (dense, sparse) = idx.facets_both_ways(&query);
        assert_eq!(dense, sparse, "{pairs:?}");
    }
}

/// Searching among a subset gives what an index of the subset alone would give: total, page
/// and facet counts (languages nobody in the subset speaks count zero instead of being absent).
#[test]
fn a_search_within_a_subset_equals_a_search_of_the_subset_alone() {
    let orgs = varied_orgs();
    let idx = SearchIndex::build(orgs.clone(), index().categories().to_vec(), index().districts().to_vec());
    let subsets: [&dyn Fn(i64) -> bool; 3] = [&|id| id % 3 == 0, &|id| id % 97 == 0, &|_| false];
    let queries: &[&[(&str, &str)]] = &[
        &[],
        &[("q", "Frauen")],
        &[("q", "Frauen"), ("per_page", "3"), ("page", "2")],
        &[("q", "Musik Café")],
        &[("category", "sport"), ("mso", "true")],
        &[("q", "Verein"), ("language", "ar"), ("sort", "updated")],
        &[("district", "mitte"), ("sort", "name"), ("per_page", "5"), ("page", "3")],
    ];
    for (s, keep) in subsets.iter().enumerate() {
        let members: HashSet<OrgId> = orgs.iter().map(|o| o.id).filter(|id| keep(id.0)).collect();
        let alone = orgs.iter().filter(|o| members.contains(&o.id)).cloned().collect();
        let alone = SearchIndex::build(alone, index().categories().to_vec(), index().districts().to_vec());
        for pairs in queries {
            let query = DirectoryQuery::parse(&RawDirectoryQuery::from_pairs(pairs.iter().copied()), &idx).expect("query");
            let within = idx.search_within_uncached(&query, &members);
            let expected = alone.search_uncached(&query);
            assert_eq!(within.total, expected.total, "subset {s}, {pairs:?}");
            assert_eq!(within.items, expected.items, "subset {s}, {pairs:?}");
            let spoken = |f: &FacetCounts| f.language.iter().filter(|(_, n)| *n > 0).cloned().collect::<Vec<_>>();
            assert_eq!(spoken(&within.facets), spoken(&expected.facets), "subset {s}, {pairs:?}");
            assert_eq!(FacetCounts { language: vec![], ..within.facets }, FacetCounts { language: vec![], ..expected.facets });
        }
    }
}

#[test]
fn subset_results_are_cached_per_filter_audience_and_state_of_the_items() {
    use std::cell::Cell;

    use domain::marketplace::ItemFilter;
    use domain::organisation::Audience;

    let idx = index();
    let query = DirectoryQuery::parse(&RawDirectoryQuery::default(), &idx).expect("query");
    let filter = ItemFilter::parse(Some("rooms"), None).expect("filter");
    let key = SubsetKey { filter, audience: Audience::Public, generation: 7 };
    let asked = Cell::new(0);
    let members = |ids: &[i64]| {
        asked.set(asked.get() + 1);
        ids.iter().map(|id| OrgId(*id)).collect::<HashSet<_>>()
    };
    let public = idx.search_within(&query, key, || members(&[1]));
    assert_eq!(public.total, 1);
    let again = idx.search_within(&query, key, || members(&[1, 2]));
    assert!(std::sync::Arc::ptr_eq(&public, &again));
    let second_page = idx.search_within(&DirectoryQuery { per_page: 1, page: 1, ..query.clone() }, key, || members(&[1, 2]));
    assert_eq!(second_page.total, 1);
    assert_eq!(asked.get(), 1, "a cached subset does not ask for the members again");
    let member = idx.search_within(&query, SubsetKey { audience: Audience::Network, ..key }, || members(&[1, 2]));
    assert_eq!(member.total, 2, "a member's answer is not the public's");
    let changed = idx.search_within(&query, SubsetKey { generation: 8, ..key }, || members(&[3, 4, 5]));
    assert_eq!(changed.total, 3, "new items, new answer");
    assert_eq!(idx.search(&query).total, 5, "the plain search is not narrowed");
}

/// Listing by name gives the matches in name order, page by page, whether the index walks its
/// name order or sorts the few matches.
#[test]
fn few_or_many_matches_are_listed_in_name_order() {
    let orgs = varied_orgs();
    let idx = varied_index();
    let filters: &[&[(&str, &str)]] = &[
        &[],
        &[("language", "ti"), ("district", "mitte"), ("mso", "true")],
        &[("target_group", "women"), ("language", "ar"), ("district", "mitte")],
    ];
    for filter in filters {
        let admitted = |o: &Organisation| {
            filter.iter().all(|(k, v)| match *k {
                "language" => o.profile.languages.iter().any(|l| l.as_str() == *v),
                "district" => o.profile.district.as_deref() == Some(*v),
                "mso" => o.profile.mso,
                _ => o.profile.target_groups.iter().any(|g| g.key() == *v),
            })
        };
        let mut expected: Vec<&Organisation> = orgs.iter().filter(|o| admitted(o)).collect();
        expected.sort_by_key(|o| domain::text::fold_diacritics(&o.profile.name.to_lowercase()));
        for page in 1..=3usize {
            let pairs: Vec<(&str, &str)> = filter.iter().copied().chain([("per_page", "2"), ("page", ["1", "2", "3"][page - 1])]).collect();
            let (total, names) = search(&idx, &pairs);
            let want: Vec<String> = expected.iter().skip((page - 1) * 2).take(2).map(|o| o.profile.name.clone()).collect();
            assert_eq!((total, names), (expected.len(), want), "{pairs:?}");
        }
    }
}

/// A rebuild after one edit shows the edited listing as it is now and every other one as it was
/// (the listings are equal by content, wherever each index keeps them).
#[test]
fn a_rebuild_shows_the_edited_listing_and_the_others_unchanged() {
    use super::index::IndexBuilder;

    let orgs = varied_orgs();
    let old = SearchIndex::build(orgs.clone(), index().categories().to_vec(), index().districts().to_vec());
    let edited_id = orgs[5].id;
    let mut builder = IndexBuilder::new(index().categories().to_vec(), index().districts().to_vec());
    for mut org in orgs.clone() {
        if org.id == edited_id {
            org.profile.summary = LocalizedText::new().with("de", "Neu: Hausaufgabenhilfe");
            org.updated_at = "2027-01-01T00:00:00Z".into();
        }
        builder.add(org);
    }
    let new = builder.finish();
    for org in &orgs {
        let (before, after) = (old.by_id(org.id).expect("old"), new.by_id(org.id).expect("new"));
        if org.id == edited_id {
            assert_ne!(before, after);
            assert_eq!(after.summary().exact("de"), Some("Neu: Hausaufgabenhilfe"));
            assert_eq!(before.summary().exact("de"), None, "the old index's page stays as it was");
        } else {
            assert_eq!(before, after, "{} is unchanged", org.slug);
        }
    }
    let query = DirectoryQuery::parse(&RawDirectoryQuery::from_pairs([("q", "Hausaufgabenhilfe")]), &new).expect("query");
    let found = new.search_uncached(&query);
    assert_eq!(found.items.iter().map(|l| l.id()).collect::<Vec<_>>(), [edited_id]);
    let fresh = SearchIndex::build(
        orgs.into_iter()
            .map(|mut o| {
                if o.id == edited_id {
                    o.profile.summary = LocalizedText::new().with("de", "Neu: Hausaufgabenhilfe");
                    o.updated_at = "2027-01-01T00:00:00Z".into();
                }
                o
            })
            .collect(),
        index().categories().to_vec(),
        index().districts().to_vec(),
    );
    for pairs in [&[][..], &[("q", "Frauen")][..], &[("sort", "updated")][..]] {
        let query = DirectoryQuery::parse(&RawDirectoryQuery::from_pairs(pairs.iter().copied()), &fresh).expect("query");
        assert_eq!(new.search_uncached(&query).items, fresh.search_uncached(&query).items, "{pairs:?}");
    }
}

/// Fields labelled in two languages, one word in both (counted twice), one word in both fields
/// ("club") and one in a field and a district's name ("Bewegung"), for the label terms: a
/// document with more of a word's fields and district weighs more.
fn bilingual_categories() -> Vec<Category> {
    vec![
        Category {
            key: "language".into(),
            labels: LocalizedText::new().with("de", "Sprache & Übersetzung").with("en", "Language & translation club"),
            position: 0,
        },
        Category {
            key: "sport".into(),
            labels: LocalizedText::new().with("de", "Sport & Bewegung").with("en", "Sport & exercise club"),
            position: 1,
        },
    ]
}

/// Districts whose names share words with the fields' labels.
fn labelled_districts() -> Vec<District> {
    [("mitte", "Mitte"), ("weststadt", "Weststadt Bewegung Sportpark")]
        .iter()
        .map(|(k, name)| District { key: (*k).into(), name: (*name).into(), centre: None, postcodes: vec![], neighbours: vec![] })
        .collect()
}

#[test]
fn label_terms_answer_exactly_like_a_posting_per_document() {
    let build = |label_postings: bool| {
        let mut builder = super::index::IndexBuilder::new(bilingual_categories(), labelled_districts());
        if label_postings {
            builder = builder.with_label_postings();
        }
        for o in varied_orgs() {
            builder.add(o);
        }
        builder.finish()
    };
    let (lean, full) = (build(false), build(true));
    assert_eq!(lean.label_run_weights("club"), [4, 3], "both fields, then one");
    assert_eq!(lean.label_run_weights("sport"), [4], "one field, twice in its labels");
    let postings = |idx: &SearchIndex| idx.memory_report().into_iter().find(|(part, _)| *part == "postings").map(|(_, bytes)| bytes);
    assert!(postings(&lean) < postings(&full), "{:?} < {:?}", postings(&lean), postings(&full));
    let mut compared = 0;
    let texts = [
        "Sport",
        "Spor",
        "Sp",
        "Sprache",
        "Language",
        "Übersetzung",
        "uebersetzung",
        "Bewegung",
        "exercise",
        "Mitte",
        "weststadt",
        "west",
        "Frauen",
        "Frauen Sport",
        "Sport Sport",
        "Kultur Mitte",
        "Sprache Sport",
        "Verein Bewegung",
        "Musik translation",
        "club",
        "clu",
        "Sportpark",
        "Bewegung Frauen",
        "Frauen club",
    ];
    for text in texts {
        for sort in ["relevance", "name", "updated"] {
            for filter in [None, Some(("category", "sport")), Some(("district", "mitte")), Some(("language", "ar")), Some(("mso", "true"))]
            {
                for (per_page, page) in [("5", "1"), ("7", "3"), ("100", "1"), ("3", "9")] {
                    let pairs: Vec<(&str, &str)> =
                        [("q", text), ("sort", sort), ("per_page", per_page), ("page", page)].into_iter().chain(filter).collect();
                    let raw = RawDirectoryQuery::from_pairs(pairs.iter().copied());
                    let query = DirectoryQuery::parse(&raw, &lean).expect("query");
                    let (a, b) = (lean.search_uncached(&query), full.search_uncached(&query));
                    let ids = |r: &super::index::SearchResults| r.items.iter().map(|l| l.id()).collect::<Vec<_>>();
                    assert_eq!((a.total, ids(&a)), (b.total, ids(&b)), "{pairs:?}");
                    assert_eq!(a.facets, b.facets, "{pairs:?}");
                    let one_word = query.text.split_whitespace().count() == 1;
                    if let Some((fast, scored)) = lean.one_word_ranked_both_ways(&query).filter(|_| one_word && sort == "relevance") {
                        assert_eq!(fast, scored, "{pairs:?}");
                    }
                    compared += usize::from(a.total > 0);
                }
            }
        }
    }
    assert!(compared > 500, "{compared} searches with results compared");
}

/// A listing handed out is a handle of 16 bytes (a result page of 100 holds 1.6 KB of them);
/// what it shows stays in the index's listings.
#[test]
fn a_listing_is_a_handle_of_16_bytes() {
    assert_eq!(std::mem::size_of::<super::index::Listing>(), 16);
}
