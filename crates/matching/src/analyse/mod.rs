//! Reading one offer or need: its concepts, words, categories, languages, days, place and audience.

use std::collections::{BTreeSet, HashMap};

use crate::abbreviations::expand_abbreviations;
use crate::category::CategoryList;
use crate::lexicon::{ConceptId, ConceptKind, Hit, Lexicon, Marker, TokenCache};
use crate::model::{Audience, Item, Kind, Organisation, Weekday};
use crate::schedule::{parse_time_range, TimeRange};
use crate::text::{tokenize_sentences, StemLang};

mod parts;
pub mod place;
#[cfg(test)]
mod tests;
pub mod when;

use parts::{
    add_catering, add_language_learning, add_school_levels, bump, concept_positions, critical_languages, devices_taught, group_size,
    has_concept, infer_categories, is_group_word, marker_positions, modifier_range, near_window, terms_of,
};
use when::{clause_map, day_mask, negated_positions, Slot};

/// Weight of a concept found in the title, relative to one found only in the description.
const TITLE_WEIGHT: f32 = 1.0;
const DESCRIPTION_WEIGHT: f32 = 0.5;
/// How many tokens apart "only"/"required" may stand from what they qualify.
const MARKER_WINDOW: usize = 4;
/// Title concepts at least this heavy say what an item is about (context words weigh less).
const ANCHOR_WEIGHT: f32 = 0.7;
/// A broader concept found through a narrower one counts less than the narrower one.
const PARENT_WEIGHT: f32 = 0.7;
/// Weight of a title concept that only says what the item is for ("Raum für *Folkloreprobe*").
const TITLE_MODIFIER_WEIGHT: f32 = 0.6;

/// Everything the scorer needs to know about one item, computed once per change.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub kind: Kind,
    /// Topic, audience and language concepts with their weights, sorted by concept id.
    pub concepts: Vec<(ConceptId, f32)>,
    pub concept_mass: f32,
    /// Stemmed words with their counts (title counts double), sorted.
    pub terms: Vec<(String, f32)>,
    /// Canonical category indices: the entered one first, then those inferred from concepts.
    pub categories: Vec<usize>,
    pub explicit_category: Option<usize>,
    /// Languages of the item and those named in its texts.
    pub languages: BTreeSet<String>,
    /// Languages the organisation behind the item speaks (item, organisation, and German).
    pub speaks: BTreeSet<String>,
    /// Languages named in the texts.
    pub named_languages: BTreeSet<String>,
    /// Languages the other side must speak, when the item says a language is required.
    pub required_languages: BTreeSet<String>,
    /// Languages the other side must speak for the need to be served at all (see `critical_languages`).
    pub critical_languages: BTreeSet<String>,
    /// The item is about learning a language.
    pub learns_language: bool,
    /// The title asks for a person in a role (trainer, teacher, volunteer, counsellor…).
    pub title_role: bool,
    /// The title asks for someone to lead a group (trainer, choir director), not for a course.
    pub title_leader: bool,
    /// Someone who leads a group is named anywhere (an offer of trainers, not only of courses).
    pub has_leader: bool,
    /// Some role concept appears anywhere (an offer that provides people, not only things).
    pub has_role: bool,
    /// Conditions the item names (concepts marked `strict`, see [`crate::lexicon::Concept::strict`]).
    pub strict: Vec<ConceptId>,
    /// Bit sets (see `LanguageTable::mask`) of the languages other than German, of those spoken
    /// (with mutually intelligible ones added) and of the critical ones.
    pub foreign_mask: u64,
    pub speaks_mask: u64,
    pub critical_mask: u64,
    /// Languages named as a skill ("Armenischkenntnisse", "die Arabisch sprechen"), unless only wished for.
    pub skill_languages: BTreeSet<String>,
    /// Languages named only as a wish ("gerne auch zweisprachig Türkisch"): never critical.
    pub wished_languages: BTreeSet<String>,
    pub gender: Option<Audience>,
    pub youth: bool,
    pub adult: bool,
    /// Audiences the item is exclusively for ("nur für Frauen", "Frauengruppe").
    pub exclusive: BTreeSet<Exclusive>,
    pub on_site_only: bool,
    /// Weekdays given in the weekday field (a hard constraint).
    pub weekdays: Option<BTreeSet<Weekday>>,
    /// Weekdays named only in the texts ("samstags", "am Wochenende"); they count softly.
    pub text_weekdays: Option<BTreeSet<Weekday>>,
    /// The strongest topic concepts of the title: what the item is mainly about.
    pub anchors: Vec<ConceptId>,
    /// Summed weight of the anchors.
    pub anchor_mass: f32,
    pub time: Option<TimeRange>,
    /// `time` was read from the texts, not from the time field.
    pub time_from_text: bool,
    /// Weekdays with the times that belong to them ("Sa ganztags, Mo–Fr ab 18 Uhr" is two).
    pub slots: Vec<Slot>,
    /// The number of people the texts name: the places of an offer, the size of a need's group.
    pub group_size: Option<u32>,
    pub district: Option<String>,
    /// `district` as a comparison key.
    pub district_key: Option<String>,
    /// The districts the texts name when the item's district field is empty ("Raum in
    /// Weinberg", "nur Kirchdorf u. Sonnenhang"), as indices of the engine's district list; set
    /// by the engine, which knows the districts. They replace `district` for distances.
    pub places: Vec<usize>,
    /// The names of `places`, for reasons.
    pub place_names: Vec<String>,
    /// The places are a restriction ("nur Kirchdorf u. Sonnenhang"), as binding as "only on site".
    pub places_only: bool,
}

/// An audience an item is restricted to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exclusive {
    Women,
    Men,
    Youth,
    Adults,
}

struct FieldHits {
    hits: Vec<Hit>,
    tokens: Vec<String>,
    /// The sentence each token stands in.
    sentences: Vec<u32>,
    /// The clause each token stands in (numbered over title and description), and the time
    /// of day each clause of this field names.
    clauses: Vec<u32>,
    clause_times: Vec<Option<TimeRange>>,
    first_clause: u32,
    /// Positions of words that are negated ("nicht freitags", "keine Übersetzungen").
    negated: Vec<usize>,
}

impl FieldHits {
    fn read(text: &str, first_clause: u32, turkish: bool, lex: &Lexicon, cache: &mut TokenCache) -> FieldHits {
        let (tokens, sentences) = tokenize_sentences(text);
        let mut hits = lex.find(&tokens, turkish, cache);
        devices_taught(lex, &mut hits, &tokens, &sentences);
        let (clauses, clause_times) = clause_map(text, tokens.len());
        let negated = negated_positions(lex, &hits, &sentences);
        FieldHits { hits, tokens, sentences, clauses, clause_times, first_clause, negated }
    }
}

/// Builds the profile of an item in a city without districts.
#[cfg(test)]
pub fn analyse(item: &Item, org: Option<&Organisation>, lex: &Lexicon, cache: &mut TokenCache) -> Profile {
    analyse_in(item, org, lex, cache, &crate::model::Districts::default())
}

/// Builds the profile of an item in a city with these districts (for the places its texts name).
pub fn analyse_in(
    item: &Item,
    org: Option<&Organisation>,
    lex: &Lexicon,
    cache: &mut TokenCache,
    districts: &crate::model::Districts,
) -> Profile {
    let turkish = item.text_lang.as_deref() == Some("tr");
    let special = lex.special();
    // Card-style abbreviations ("Di+Do vorm.", "f. 20 Pers.", "nur WE") written out first.
    let title_text = expand_abbreviations(&item.title);
    let desc_text = expand_abbreviations(&item.description);
    let full_text = format!("{title_text}\n{desc_text}");
    let title = FieldHits::read(&title_text, 0, turkish, lex, cache);
    let desc = FieldHits::read(&desc_text, title.clause_times.len() as u32, turkish, lex, cache);
    let offer = item.kind == Kind::Offer;

    let mut weights: HashMap<ConceptId, f32> = HashMap::new();
    let mut named_languages = BTreeSet::new();
    let mut text_days: Option<BTreeSet<Weekday>> = None;
    let mut only_days: Option<BTreeSet<Weekday>> = None;
    // Days named per clause, for the slots.
    let mut clause_days: Vec<(u32, u8)> = Vec::new();
    let (mut women, mut men, mut youth, mut adult) = (false, false, false, false);
    let mut exclusive = BTreeSet::new();
    let mut on_site_only = false;
    let mut required_near_language = false;
    let mut required_named = BTreeSet::new();
    let mut title_topics: Vec<(ConceptId, f32)> = Vec::new();
    let mut learning_signal = false;
    let mut learning_in_title = false;
    let mut skill_languages = BTreeSet::new();
    let mut wished_languages = BTreeSet::new();
    let mut title_role = false;
    let mut title_leader = false;
    let modifiers = modifier_range(&title.tokens);
    let head_has_topic = title.hits.iter().any(|h| {
        !modifiers.contains(&h.pos)
            && !h.via_parent
            && lex.concept(h.concept).is_some_and(|c| c.kind == ConceptKind::Topic && c.weight >= ANCHOR_WEIGHT && !c.role)
    });

    for (field, factor) in [(&title, TITLE_WEIGHT), (&desc, DESCRIPTION_WEIGHT)] {
        let mut only_pos = marker_positions(lex, &field.hits, Marker::Only);
        only_pos.retain(|p| !field.negated.contains(p));
        let required_pos = marker_positions(lex, &field.hits, Marker::Required);
        let also_pos = marker_positions(lex, &field.hits, Marker::Also);
        let skill_pos = marker_positions(lex, &field.hits, Marker::LanguageSkill);
        let preferred_pos = marker_positions(lex, &field.hits, Marker::Preferred);
        let is_title = factor >= TITLE_WEIGHT;
        let course_pos = concept_positions(&field.hits, special.course);
        let near = |positions: &[usize], pos: usize, window: usize| near_window(positions, pos, window, &field.sentences);
        for hit in &field.hits {
            let Some(concept) = lex.concept(hit.concept) else { continue };
            let near_only = near(&only_pos, hit.pos, MARKER_WINDOW);
            let negated = field.negated.contains(&hit.pos);
            match &concept.kind {
                // What an offer says it does not do or have ("keine schriftlichen Übersetzungen",
                // "nicht beglaubigt"); a need's "kein Raum" is what it lacks, so it counts.
                ConceptKind::Topic if negated && offer => {}
                ConceptKind::Days(_) if negated => {}
                ConceptKind::Topic if hit.via_parent => {
                    bump(&mut weights, hit.concept, concept.weight * factor * PARENT_WEIGHT);
                }
                ConceptKind::Topic if is_title && head_has_topic && modifiers.contains(&hit.pos) => {
                    bump(&mut weights, hit.concept, concept.weight * TITLE_MODIFIER_WEIGHT);
                }
                ConceptKind::Topic => {
                    bump(&mut weights, hit.concept, concept.weight * factor);
                    if is_title {
                        title_topics.push((hit.concept, concept.weight));
                        title_role |= concept.role;
                        title_leader |= concept.role && hit.concept == special.coach;
                    }
                }
                ConceptKind::Audience { audience, adult: is_adult } => {
                    bump(&mut weights, hit.concept, concept.weight * factor);
                    let group_word = is_group_word(&field.tokens[hit.pos]);
                    match audience {
                        Some(Audience::Women) => women = true,
                        Some(Audience::Men) => men = true,
                        Some(Audience::Youth) => youth = true,
                        None => {}
                    }
                    if *is_adult {
                        adult = true;
                    }
                    let restricts = near_only || group_word;
                    if restricts {
                        match audience {
                            Some(Audience::Women) => exclusive.insert(Exclusive::Women),
                            Some(Audience::Men) => exclusive.insert(Exclusive::Men),
                            Some(Audience::Youth) if near_only => exclusive.insert(Exclusive::Youth),
                            None if *is_adult && near_only => exclusive.insert(Exclusive::Adults),
                            _ => false,
                        };
                    }
                }
                ConceptKind::Language(code) => {
                    named_languages.insert(code.clone());
                    // "Arabischkurs", "Kurs Arabisch": a language taught, not a language spoken.
                    if near(&course_pos, hit.pos, 1) {
                        learning_signal = true;
                        learning_in_title |= is_title;
                    }
                    if near(&preferred_pos, hit.pos, 4) {
                        wished_languages.insert(code.clone());
                    } else if near(&skill_pos, hit.pos, 2) {
                        skill_languages.insert(code.clone());
                    }
                    bump(&mut weights, hit.concept, concept.weight * factor);
                    if near(&required_pos, hit.pos, 6) {
                        required_near_language = true;
                        required_named.insert(code.clone());
                    }
                }
                ConceptKind::Marker(Marker::OnSite) => {
                    if hit.concept == special.onsite_strict || near_only {
                        on_site_only = true;
                    }
                }
                ConceptKind::Marker(Marker::LanguageSkill) => {
                    if near(&required_pos, hit.pos, 6) {
                        required_near_language = true;
                    }
                }
                ConceptKind::Marker(_) => {}
                ConceptKind::Days(_)
                    if also_pos.iter().any(|&p| p < hit.pos && hit.pos - p <= 2 && field.sentences[p] == field.sentences[hit.pos]) => {}
                ConceptKind::Days(days) if near_only => {
                    // "nur werktags", "only on Saturdays": as binding as the weekday field.
                    only_days.get_or_insert_with(BTreeSet::new).extend(days.iter().copied());
                    clause_days.push((field.first_clause + field.clauses.get(hit.pos).copied().unwrap_or(0), day_mask(days)));
                }
                ConceptKind::Days(days) => {
                    text_days.get_or_insert_with(BTreeSet::new).extend(days.iter().copied());
                    clause_days.push((field.first_clause + field.clauses.get(hit.pos).copied().unwrap_or(0), day_mask(days)));
                }
            }
        }
    }
    add_catering(lex, &mut weights);
    add_school_levels(lex, &mut weights, &full_text);
    if learning_signal {
        add_language_learning(lex, &mut weights);
        if learning_in_title {
            title_topics.push((special.language_learning, 1.0));
        }
    }

    let explicit = item.explicit;
    if let Some(a) = explicit.audience {
        match a {
            Audience::Women => {
                women = true;
                exclusive.insert(Exclusive::Women);
            }
            Audience::Men => {
                men = true;
                exclusive.insert(Exclusive::Men);
            }
            Audience::Youth => {
                youth = true;
                exclusive.insert(Exclusive::Youth);
            }
        }
    }
    // A restriction to one gender decides, whatever else is mentioned: "nur für Frauen, Männer
    // haben keinen Zutritt" is for women.
    let gender = match (exclusive.contains(&Exclusive::Women), exclusive.contains(&Exclusive::Men), women, men) {
        (true, false, _, _) => Some(Audience::Women),
        (false, true, _, _) => Some(Audience::Men),
        (_, _, true, false) => Some(Audience::Women),
        (_, _, false, true) => Some(Audience::Men),
        _ => None,
    };
    if gender.is_none() {
        exclusive.remove(&Exclusive::Women);
        exclusive.remove(&Exclusive::Men);
    }
    if let Some(flag) = explicit.on_site_only {
        on_site_only = flag;
    }

    let mut languages: BTreeSet<String> = item.languages.iter().cloned().collect();
    languages.extend(named_languages.iter().cloned());
    let mut speaks = languages.clone();
    if let Some(o) = org {
        speaks.extend(o.languages.iter().cloned());
    }
    speaks.insert("de".to_string());

    let language_required = explicit.language_required.unwrap_or(required_near_language);
    let mut required_languages = BTreeSet::new();
    if language_required {
        required_languages = if required_named.is_empty() {
            let listed: BTreeSet<String> = item.languages.iter().cloned().collect();
            if listed.is_empty() {
                named_languages.clone()
            } else {
                listed
            }
        } else {
            required_named
        };
    }

    let mut anchors: Vec<ConceptId> = title_topics.iter().filter(|(_, w)| *w >= ANCHOR_WEIGHT).map(|(c, _)| *c).collect();
    anchors.sort_unstable();
    anchors.dedup();

    let mut concepts: Vec<(ConceptId, f32)> = weights.into_iter().filter(|(_, w)| *w > 0.0).collect();
    concepts.sort_by_key(|(c, _)| *c);
    let concept_mass = concepts.iter().map(|(_, w)| w).sum();
    let anchor_mass = concepts.iter().filter(|(c, _)| anchors.contains(c)).map(|(_, w)| w).sum();

    let categories_list = CategoryList::builtin();
    let explicit_category = item.category.as_deref().and_then(|c| categories_list.find(c));
    let categories = infer_categories(lex, categories_list, explicit_category, &concepts);

    let stem_lang = item.text_lang.as_deref().and_then(StemLang::from_code);
    let terms = terms_of(lex, stem_lang, &title.tokens, &desc.tokens, cache);

    let field_time = item.time.as_deref().and_then(parse_time_range);
    let clause_times: Vec<Option<TimeRange>> = title.clause_times.iter().chain(&desc.clause_times).copied().collect();
    // The span of the times the clauses name.
    let text_time = if field_time.is_none() {
        clause_times.iter().flatten().fold(None, |acc: Option<TimeRange>, t| {
            Some(acc.map_or(*t, |a| TimeRange { start: a.start.min(t.start), end: a.end.max(t.end) }))
        })
    } else {
        None
    };
    let slots = slots_of(item.weekdays.as_ref(), field_time, &clause_days, &clause_times);
    let mut profile = Profile {
        kind: item.kind,
        concepts,
        concept_mass,
        terms,
        categories,
        explicit_category,
        languages,
        speaks,
        named_languages,
        required_languages,
        skill_languages,
        wished_languages,
        gender,
        youth,
        adult,
        exclusive,
        on_site_only,
        weekdays: item.weekdays.clone().or(only_days),
        text_weekdays: text_days,
        anchor_mass,
        anchors,
        time: field_time.or(text_time),
        time_from_text: field_time.is_none() && text_time.is_some(),
        slots,
        group_size: group_size(&full_text),
        district: item.district.clone().or_else(|| org.and_then(|o| o.district.clone())),
        district_key: None,
        places: Vec::new(),
        place_names: Vec::new(),
        places_only: false,
        critical_languages: BTreeSet::new(),
        learns_language: false,
        title_role,
        title_leader,
        has_leader: false,
        has_role: false,
        strict: Vec::new(),
        foreign_mask: 0,
        speaks_mask: 0,
        critical_mask: 0,
    };
    profile.district_key = profile.district.as_deref().map(crate::model::district_key);
    if !districts.is_empty() && item.district.is_none() {
        for field in [&title, &desc] {
            let only = marker_positions(lex, &field.hits, Marker::Only);
            place::add_places(&mut profile, &field.tokens, &field.sentences, |p| only.contains(&p), districts);
        }
    }
    profile.learns_language = has_concept(&profile, special.language_learning);
    // An interpreting offer that names its languages interprets those, not every language its
    // organisation speaks.
    if item.kind == Kind::Offer && !profile.languages.is_empty() && has_concept(&profile, special.language_mediation) {
        profile.speaks = profile.languages.clone();
        profile.speaks.insert("de".to_string());
    }
    profile.critical_languages = critical_languages(lex, &profile);
    let table = lex.languages();
    profile.foreign_mask = table.mask(profile.languages.iter().filter(|l| l.as_str() != "de"));
    let mut spoken: BTreeSet<String> = profile.speaks.clone();
    for l in &profile.speaks {
        spoken.extend(crate::language::intelligible_with(l).iter().map(|s| s.to_string()));
    }
    profile.speaks_mask = table.mask(spoken.iter());
    profile.critical_mask = table.mask(profile.critical_languages.iter());
    profile.has_role = profile.concepts.iter().any(|(c, _)| lex.concept(*c).is_some_and(|c| c.role));
    profile.has_leader = profile.concepts.iter().any(|(c, _)| *c == special.coach);
    profile.strict = profile.concepts.iter().filter(|(c, _)| lex.concept(*c).is_some_and(|c| c.strict)).map(|(c, _)| *c).collect();
    profile
}

/// The slots of an item: the time field for the weekday field (or the days named), else per
/// clause of the texts the days it names with the time it names; a clause with a time and no
/// days gives its time to the days of the clause just before, if they have none.
fn slots_of(
    field_days: Option<&BTreeSet<Weekday>>,
    field_time: Option<TimeRange>,
    clause_days: &[(u32, u8)],
    clause_times: &[Option<TimeRange>],
) -> Vec<Slot> {
    let field_mask = field_days.map(day_mask).unwrap_or(0);
    let text_mask = clause_days.iter().fold(0u8, |m, (_, d)| m | d);
    if field_time.is_some() {
        let days = if field_mask != 0 { field_mask } else { text_mask };
        return vec![Slot { days, time: field_time }];
    }
    let mut slots: Vec<(u32, Slot)> = Vec::new();
    for (clause, time) in clause_times.iter().enumerate() {
        let clause = clause as u32;
        let days = clause_days.iter().filter(|(c, _)| *c == clause).fold(0u8, |m, (_, d)| m | d);
        if days != 0 {
            slots.push((clause, Slot { days, time: *time }));
        } else if let Some(t) = time {
            match slots.last_mut() {
                Some((c, last)) if *c + 1 == clause && last.time.is_none() && last.days != 0 => last.time = Some(*t),
                _ => slots.push((clause, Slot { days: 0, time: Some(*t) })),
            }
        }
    }
    let mut out: Vec<Slot> = slots.into_iter().map(|(_, s)| s).collect();
    if field_mask != 0 {
        for s in &mut out {
            s.days = if s.days & field_mask != 0 { s.days & field_mask } else { field_mask };
        }
        if out.is_empty() {
            out.push(Slot { days: field_mask, time: None });
        }
    }
    out
}
