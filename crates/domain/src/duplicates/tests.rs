use super::*;

fn sim(a: &str, b: &str) -> f64 {
    name_similarity(a, b)
}

fn point(lat: f64, lon: f64) -> Option<GeoPoint> {
    GeoPoint::new(lat, lon).ok()
}

fn entry(id: i64, name: &'static str, position: Option<GeoPoint>) -> Candidate<'static> {
    Candidate { id: Some(OrgId(id)), slug: None, name, position }
}

fn proposal(name: &'static str, position: Option<GeoPoint>) -> Candidate<'static> {
    Candidate { id: None, slug: None, name, position }
}

fn ids(matches: &[DuplicateMatch<'_>]) -> Vec<i64> {
    matches.iter().filter_map(|m| m.candidate.id.map(|id| id.0)).collect()
}

#[test]
fn legal_form_punctuation_and_umlauts_are_ignored() {
    assert_eq!(sim("Deutsch-Türkischer Kulturverein e.V.", "Deutsch Türkischer Kulturverein"), 1.0);
    assert_eq!(sim("Kulturverein Brückenschlag e. V.", "Kulturverein Brueckenschlag"), 1.0);
    assert_eq!(sim("Frauencafé Lindenblüte gGmbH", "FRAUENCAFE LINDENBLÜTE"), 1.0);
    assert_eq!(sim("Eingetragener Verein Straßenkinder", "Strassenkinder eV"), 1.0);
    assert_eq!(sim("Tamilischer Kulturverein", "Tamilischer Kultur-Verein"), 1.0);
}

#[test]
fn similar_names_match() {
    for (a, b) in [
        ("Deutsch-Türkischer Kulturverein e.V.", "Deutsch Türkischer Kulturverein"),
        ("Internationaler Frauentreff", "Internationaler Frauentref"),
        ("Afrikanischer Frauenverein", "Afrikanischer Frauenverein Ludwigsburg"),
        ("Deutsch-Türkischer Kulturverein", "Deutsch-Türkischer Kulturverein Ludwigsburg e.V."),
        ("Kulturverein Deutsch-Türkisch", "Deutsch-Türkischer Kulturverein"),
        ("Syrischer Kulturverein", "Syrisch-Deutscher Kulturverein"),
        ("Українська громада Людвігсбург", "Українська громада"),
        ("الجالية العربية", "الجالية العربيه"),
    ] {
        let s = sim(a, b);
        assert!(s >= SIMILAR_NAME_THRESHOLD, "{a} / {b}: {s}");
    }
}

#[test]
fn different_names_do_not_match() {
    for (a, b) in [
        ("Kulturverein", "Sportverein"),
        ("Türkischer Elternverein", "Türkischer Sportverein"),
        ("Griechische Gemeinde Ludwigsburg", "Russische Gemeinde Ludwigsburg"),
        ("Fußballverein Ludwigsburg", "Schachverein Ludwigsburg"),
        ("Italienischer Kulturverein", "Iranischer Kulturverein"),
        ("Deutsch-Griechischer Kulturverein Ludwigsburg e.V.", "Deutsch-Russischer Kulturverein Ludwigsburg"),
        // The name that says who the association is for decides; see the next test.
        ("Afrikanischer Frauenverein", "Afghanischer Frauenverein"),
    ] {
        let s = sim(a, b);
        assert!(s < SIMILAR_NAME_THRESHOLD, "{a} / {b}: {s}");
    }
}

/// "Afrikanischer" and "Afghanischer" differ in three of seven letters of their stems
/// ("afrikan" / "afghan"): more than a typo. Both communities are common in German cities, so
/// treating them as one would flag a real pair of associations every time; a mistyped name
/// ("Afrikanicher") still matches, and two entries at one address still meet by position.
#[test]
fn african_and_afghan_women_are_different_associations() {
    assert_eq!(sim("Afrikanischer Frauenverein", "Afghanischer Frauenverein"), 0.5);
    assert!(sim("Afrikanischer Frauenverein", "Afrikanicher Frauenverein") >= SIMILAR_NAME_THRESHOLD);
    let nearby = duplicate_candidates(
        &proposal("Afrikanischer Frauenverein", point(48.8975, 9.1920)),
        [entry(1, "Afghanischer Frauenverein", point(48.8976, 9.1921))].into_iter(),
        10,
    );
    assert!(matches!(nearby[0].reasons[..], [MatchReason::Nearby { .. }]));
}

#[test]
fn names_of_legal_form_words_only_are_compared_as_written() {
    assert_eq!(sim("Verein e.V.", "verein e.v."), 1.0);
    assert!(sim("Verein e.V.", "Verein") < 1.0);
    assert_eq!(sim("!!!", "!!!"), 1.0);
    assert_eq!(sim("!!!", "???"), 0.0);
    assert_eq!(sim("", "Kulturverein"), 0.0);
}

/// A tiny deterministic generator, so that the property checks need no extra crate.
fn names(count: usize) -> Vec<String> {
    const WORDS: [&str; 16] = [
        "Deutsch-Türkischer",
        "Kulturverein",
        "e.V.",
        "Frauen",
        "Afrikanischer",
        "Afghanischer",
        "Ludwigsburg",
        "gGmbH",
        "Sport",
        "Verein",
        "Eltern",
        "Українська",
        "громада",
        "العربية",
        "Brückenschlag",
        "Brueckenschlag",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    (0..count).map(|_| (0..1 + next() % 4).map(|_| WORDS[next() % WORDS.len()]).collect::<Vec<_>>().join(" ")).collect()
}

#[test]
fn similarity_is_symmetric_bounded_and_one_for_the_same_name() {
    let names = names(60);
    for a in &names {
        assert_eq!(sim(a, a), 1.0, "{a}");
        let only_legal_form_words = a.split(' ').all(|w| ["e.V.", "gGmbH", "Verein"].contains(&w));
        if !only_legal_form_words {
            assert_eq!(sim(a, &format!("{} e.V.", a.to_uppercase())), 1.0, "{a}");
        }
        for b in &names {
            let s = sim(a, b);
            assert_eq!(s, sim(b, a), "{a} / {b}");
            assert!((0.0..=1.0).contains(&s), "{a} / {b}: {s}");
        }
    }
}

#[test]
fn finds_similar_names_and_nearby_entries_strongest_first() {
    let here = point(48.8975, 9.1920);
    let existing = [
        entry(1, "Sportverein Ludwigsburg", point(48.8980, 9.1920)), // about 56 m away
        entry(2, "Deutsch Türkischer Kulturverein", point(48.95, 9.25)), // same name, far away
        entry(3, "Deutsch-Türkischer Kulturverein Ludwigsburg", here), // similar name, same spot
        entry(4, "Schachclub Ludwigsburg", point(48.8990, 9.1920)),  // about 167 m away
        entry(5, "Griechische Gemeinde", None),                      // nothing in common
        entry(6, "Begegnungszentrum Mitte", point(48.89752, 9.19201)), // about 2 m away
    ];
    let matches = duplicate_candidates(&proposal("Deutsch-Türkischer Kulturverein e.V.", here), existing.into_iter(), 10);
    assert_eq!(ids(&matches), [3, 2, 6, 1]);

    assert!(matches!(matches[0].reasons[..], [MatchReason::SimilarName { similarity }, MatchReason::Nearby { metres }]
        if (0.85..1.0).contains(&similarity) && metres == 0.0));
    assert_eq!(matches[1].reasons, vec![MatchReason::SimilarName { similarity: 1.0 }]);
    assert!(matches!(matches[3].reasons[..], [MatchReason::Nearby { metres }] if (50.0..60.0).contains(&metres)));
    let strengths: Vec<f64> = matches.iter().map(DuplicateMatch::strength).collect();
    assert!(strengths.windows(2).all(|w| w[0] >= w[1]), "{strengths:?}");
}

#[test]
fn exactly_one_hundred_metres_is_nearby() {
    let here = GeoPoint::new(48.8975, 9.1920).ok();
    let metres_per_degree = here.map_or(0.0, |h| h.distance_m(&GeoPoint::new(48.8985, 9.1920).unwrap_or(h))) / 0.001;
    let at = |metres: f64| point(48.8975 + metres / metres_per_degree, 9.1920);
    let existing = [entry(1, "A", at(99.9)), entry(2, "B", at(100.1))];
    assert_eq!(ids(&duplicate_candidates(&proposal("Z", here), existing.into_iter(), 10)), [1]);
}

#[test]
fn entries_without_position_match_by_name_only() {
    let existing = [entry(1, "Kulturverein Brückenschlag", None), entry(2, "Kulturverein Sonnenschein", point(48.8975, 9.1920))];
    let matches = duplicate_candidates(&proposal("Kulturverein Brueckenschlag", None), existing.into_iter(), 10);
    assert_eq!(ids(&matches), [1]);
}

#[test]
fn the_limit_keeps_the_strongest() {
    let existing = [entry(1, "Frauentreff Ost", None), entry(2, "Frauentreff", None), entry(3, "Frauentref", None)];
    let matches = duplicate_candidates(&proposal("Frauentreff", None), existing.into_iter(), 2);
    assert_eq!(ids(&matches), [2, 3]);
    assert!(duplicate_candidates(&proposal("Frauentreff", None), existing.into_iter(), 0).is_empty());
}

#[test]
fn an_edit_is_not_its_own_duplicate() {
    let slug = Slug::parse("frauentreff").ok();
    let existing =
        [entry(1, "Frauentreff", None), Candidate { id: Some(OrgId(2)), slug: slug.as_ref(), name: "Frauentreff", position: None }];
    let by_id = Candidate { id: Some(OrgId(1)), slug: None, name: "Frauentreff", position: None };
    assert_eq!(ids(&duplicate_candidates(&by_id, existing.into_iter(), 10)), [2]);
    let by_slug = Candidate { id: None, slug: slug.as_ref(), name: "Frauentreff", position: None };
    assert_eq!(ids(&duplicate_candidates(&by_slug, existing.into_iter(), 10)), [1]);
}

/// Pairs a person would probably call duplicates but the threshold does not: a typo plus an
/// extra word (0.77), and a one-word name against a compound (0.67). Two entries at one
/// address still meet by position.
#[test]
fn known_limits() {
    assert!(sim("Afrikanicher Frauenverein", "Afrikanischer Frauenverein Ludwigsburg") < SIMILAR_NAME_THRESHOLD);
    assert!(sim("Polnischer Verein", "Polnischer Kulturverein") < SIMILAR_NAME_THRESHOLD);
}

/// The shortcuts of `typo_similarity` (lengths, letters, a row of the table) give the same
/// answer as the whole table: generated words and their variants (a letter changed, added,
/// dropped or swapped), with umlauts and `ß` so the letter count is skipped as well.
#[test]
fn the_typo_shortcuts_give_the_whole_tables_answer() {
    let letters: Vec<char> = "aeiouklmnrstäöüß".chars().collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        usize::try_from(state % n as u64).unwrap_or(0)
    };
    let mut compared = 0;
    let mut typos = 0;
    for _ in 0..20_000 {
        let len = next(11);
        let a: Vec<char> = (0..len).map(|_| letters[next(letters.len())]).collect();
        let mut b = a.clone();
        for _ in 0..next(4) {
            let at = next(b.len() + 1);
            match next(4) {
                0 if at < b.len() => b[at] = letters[next(letters.len())],
                1 => b.insert(at, letters[next(letters.len())]),
                2 if at < b.len() => {
                    b.remove(at);
                }
                _ if at + 1 < b.len() => b.swap(at, at + 1),
                _ => {}
            }
        }
        let whole = edit_similarity(&a, &b);
        let expected = (whole >= WORD_MATCH).then_some(whole);
        assert_eq!(typo_similarity(&a, &b), expected, "{a:?} / {b:?}");
        assert_eq!(typo_similarity(&b, &a), expected, "{b:?} / {a:?}");
        compared += 1;
        typos += usize::from(expected.is_some_and(|s| s < 1.0));
    }
    // Both kinds of answer were tried.
    assert!(compared == 20_000 && typos > 1_000, "{typos} typos");
}

/// Keys made beforehand give the answer of the plain search.
#[test]
fn keyed_search_is_the_plain_search() {
    let names = [
        "Deutsch-Türkischer Kulturverein Brückenschlag e.V.",
        "Kulturverein Brückenschlag",
        "DTK Brückenschlag",
        "Afrikanischer Frauenverein",
        "Afrikanischer Frauenverein Ludwigsburg",
        "Griechische Gemeinde Ludwigsburg",
        "Russische Gemeinde Ludwigsburg",
        "Verein e.V.",
        "Elterninitiative Kalomi Tisa",
        "Elterninitiative Kalomu Tisa",
    ];
    let existing: Vec<Candidate<'static>> =
        names.iter().enumerate().map(|(i, n)| entry(i as i64, n, point(48.89 + i as f64 * 0.0003, 9.19))).collect();
    let keys: Vec<NameKey> = names.iter().map(|n| NameKey::of(n)).collect();
    for (i, name) in names.iter().enumerate() {
        let p = proposal(name, point(48.89 + i as f64 * 0.0004, 9.19));
        let plain = duplicate_candidates(&p, existing.iter().copied(), 5);
        let keyed = duplicate_candidates_keyed(&p, &NameKey::of(name), existing.iter().copied().zip(keys.iter()), 5);
        assert_eq!(plain, keyed, "{name}");
        assert!(!plain.is_empty(), "{name}");
    }
}
