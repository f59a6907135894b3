//! Reading one offer or need: its concepts, words, categories, languages, days, place and audience.
//!
//! [`analyse_in`] runs in stages, each returning a small struct: the texts as tokens with their
//! concepts ([`reading::Texts`]), what those concepts say ([`reading::Reading`]), concepts
//! inferred from others, then the audience, languages, concepts and anchors, and times the item
//! is about; the [`Profile`] is assembled from those and completed with what depends on several
//! of them (places, the languages a need depends on, bit sets for fast comparison).

use std::collections::{BTreeSet, HashMap};

use crate::category::CategoryList;
use crate::lexicon::{ConceptId, ConceptKind, Lexicon, Marker, TokenCache};
use crate::model::{Audience, Districts, ExplicitConstraints, Item, Kind, Organisation, Weekday};
use crate::schedule::{parse_time_range, TimeRange};
use crate::text::{script_of, Script, StemLang};

mod parts;
pub mod place;
mod reading;
#[cfg(test)]
mod tests;
pub mod when;

use parts::{
    add_catering, add_funding_amount, add_language_learning, add_school_levels, age_range, critical_languages, gives_money, group_size,
    has_concept, infer_categories, language_levels, marker_positions, plain_words, school_classes, terms_of,
};
pub use reading::Frequency;
use reading::{AudienceMentions, DayMentions, LanguageMentions, Reading, Texts, ANCHOR_WEIGHT};
use when::{day_mask, Slot};

/// Everything the scorer needs to know about one item, computed once per change.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub kind: Kind,
    /// Topic, audience and language concepts with their weights, sorted by concept id.
    pub concepts: Vec<(ConceptId, f32)>,
    pub concept_mass: f32,
    /// Stemmed words with their counts (title counts double), sorted.
    pub terms: Vec<(String, f32)>,
    /// The language the texts are written in (the item's `text_lang`), if given.
    pub text_lang: Option<String>,
    /// The share of the title's words (of three letters or more, not stop words) at which the
    /// lexicon found a concept: how fully the concepts say what the title says. Across
    /// languages, where no word can be shared, the concepts are all there is to compare, and a
    /// title read only in part ("Консультации по социальным выплатам": counselling, and two
    /// words unknown) may be about something the concepts do not show.
    pub title_read: f32,
    /// The script most of the texts' words are written in.
    pub script: Script,
    /// Canonical category indices: the entered one first, then those inferred from concepts.
    pub categories: Vec<usize>,
    pub explicit_category: Option<usize>,
    /// Languages of the item and those named in its texts.
    pub languages: BTreeSet<String>,
    /// Languages the organisation behind the item speaks (item, organisation, and German).
    pub speaks: BTreeSet<String>,
    /// Languages named in the texts.
    pub named_languages: BTreeSet<String>,
    /// Languages the title names, not as a language taught ("Gesundheitsinfo vietnamesisch",
    /// "Beratung auf Bulgarisch/Rumänisch"), or a sentence of the description that seeks someone
    /// to do a thing ("jemanden, der auf Arabisch erklärt", "کسی که به فارسی توضیح دهد").
    pub title_languages: BTreeSet<String>,
    /// Languages the other side must speak, when the item says a language is required.
    pub required_languages: BTreeSet<String>,
    /// Languages the other side must speak for the need to be served at all (see `critical_languages`).
    pub critical_languages: BTreeSet<String>,
    /// The item is about learning a language.
    pub learns_language: bool,
    /// The languages the title names as the one taught ("Deutschkurs", "Abendkurs Deutsch"; not
    /// "verstehen im deutschen Kurs zu wenig" in a description).
    pub learnt_languages: BTreeSet<String>,
    /// The title asks for a person in a role (trainer, teacher, volunteer, counsellor…).
    pub title_role: bool,
    /// The title asks for someone to lead a group (trainer, choir director), not for a course.
    pub title_leader: bool,
    /// Someone who leads a group is named anywhere (an offer of trainers, not only of courses).
    pub has_leader: bool,
    /// Some role concept appears anywhere (an offer that provides people, not only things).
    pub has_role: bool,
    /// Some topic concept of some strength: the texts name a subject, not only an audience
    /// ("Women's group", "Зарядка для пенсионеров" name only who it is for).
    pub has_topic: bool,
    /// Conditions the item names (concepts marked `strict`, see [`crate::lexicon::Concept::strict`]).
    pub strict: Vec<ConceptId>,
    /// Subjects an offer says it does not do or have ("keine Ladefläche", "No kitchen", "nicht
    /// beglaubigt"), sorted; empty for a need.
    pub denied: Vec<ConceptId>,
    /// Bit sets (see `LanguageTable::mask`) of the languages other than German, of those spoken
    /// (with mutually intelligible ones added) and of the critical ones.
    pub foreign_mask: u64,
    pub speaks_mask: u64,
    pub critical_mask: u64,
    /// The part of `speaks_mask` an offer speaks only through its organisation: its languages
    /// field is filled and does not list them, and its texts do not name them.
    pub org_only_mask: u64,
    /// Languages named as a skill ("Armenischkenntnisse", "die Arabisch sprechen"), unless only wished for.
    pub skill_languages: BTreeSet<String>,
    /// Languages named only as a wish ("gerne auch zweisprachig Türkisch"): never critical.
    pub wished_languages: BTreeSet<String>,
    /// The texts say the people concerned do not speak German ("sprechen kaum Deutsch").
    pub lacks_german: bool,
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
    /// The time field names a start and an end (`schedule::names_start_and_end`).
    pub time_exact: bool,
    /// The texts say it is for women and men together ("gemischte Gruppe", "für Frauen und Männer").
    pub mixed: bool,
    /// An offer that says it works in any language, or brings its own interpreters and names no
    /// language of its own but German (`[any_language_phrases]`, `[interpreter_phrases]`).
    pub any_language: bool,
    /// Weekdays with the times that belong to them ("Sa ganztags, Mo–Fr ab 18 Uhr" is two).
    pub slots: Vec<Slot>,
    /// The number of people the texts name: the places of an offer, the size of a need's group.
    pub group_size: Option<u32>,
    /// The largest amount of money the texts name ("1.500 € Zuschuss", "bis 300 €"): what a
    /// need asks for, the most an offer gives.
    pub amount: Option<u32>,
    /// The ages the texts name, youngest and oldest ("Kinder 8–10", "ab 18 Jahren").
    pub ages: Option<(u8, u8)>,
    /// The school classes the texts name, lowest and highest ("Klasse 8–10", "Oberstufe" 10–13).
    pub school_classes: Option<(u8, u8)>,
    /// The language levels the texts name, A1 = 1 to C2 = 6 ("Deutschkurs B1", "A2 bis B1").
    pub language_levels: Option<(u8, u8)>,
    /// The item is a room or a vehicle (its category, entered or else inferred) or catering: its
    /// `group_size` is a capacity that a much larger group cannot use.
    pub holds_people: bool,
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
    /// The item itself says where it is (its district field or districts its texts name), rather
    /// than inheriting its association's district.
    pub place_stated: bool,
    /// The texts make the item's place binding: there or next door ("im Rosental oder direkt
    /// nebenan", "Lerchenfeld oder angrenzend", "or near"), not as a wish ("gern in der Nähe").
    /// Binding only where both items give their district in the field (`district_given`).
    pub near_bound: bool,
    /// The item's district field is filled (not its association's district, not a text).
    pub district_given: bool,
    /// The texts say it takes place on site ("vor Ort", "in person").
    pub says_on_site: bool,
    /// It takes place online only ("Kurs per Zoom", "online advice"; see `Texts::online_only`).
    pub online_only: bool,
    /// A need says it cannot pay (`Texts::cannot_pay`).
    pub cannot_pay: bool,
    /// An offer charges for what it gives (`Texts::charges`); an offer of money never does.
    pub charges: bool,
    /// A need asks for a vehicle with its driver (`Texts::needs_driver`).
    pub needs_driver: bool,
    /// An offer lends a vehicle its borrower drives (`Texts::self_drive`).
    pub self_drive: bool,
    /// How often it happens: regularly or once (`Texts::frequency`).
    pub frequency: Frequency,
    /// An offer says it translates in writing only (`Texts::written_only`; set in `complete`
    /// only when it names no interpreting).
    pub written_only: bool,
    /// A need asks for interpreting and not for written translation ("Sprachmittlung bei
    /// Beratungsgesprächen"; set in `complete`).
    pub wants_interpreting: bool,
    /// A need is mainly about language mediation, or asks for interpreting: an offer that brings
    /// its own interpreters is no interpreter for it (`any_language`; set in `complete`).
    pub seeks_mediation: bool,
    /// A need says it interprets or translates itself (`Texts::interprets_itself`): it seeks no
    /// interpreter, and no language of its own is critical (set in `complete`).
    pub interprets_itself: bool,
    /// A need seeks someone to do a thing (`Texts::wants_someone`).
    pub wants_someone: bool,
    /// An offer lends things and names nobody in a role who comes with them (`Texts::lends`).
    pub lends_only: bool,
    /// A lending offer that speaks of bringing its things back ("Abholung werktags, Rückgabe nach
    /// dem Wochenende"): its days are those of the handover and bind no need to a weekday of use
    /// (`Texts::says_return`).
    pub handover_days: bool,
    /// A need asks for things to keep, not to borrow (`Texts::wants_to_keep`).
    pub wants_to_keep: bool,
    /// An offer is a course that teaches people to do a thing themselves (`Texts::teaches_diy`).
    pub teaches_diy: bool,
    /// The readings above as bits, a need's terms and an offer's on the same bit
    /// (`terms_bits`): a pair whose bits meet is given on terms the need cannot meet.
    pub term_bits: u8,
    /// The period of the year the texts name ("nur in den Sommerferien", "ab Januar"; see
    /// `crate::period`), `None` when they name none.
    pub period: Option<crate::period::Period>,
}

/// An audience an item is restricted to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exclusive {
    Women,
    Men,
    Youth,
    Adults,
}

/// Builds the profile of an item in a city without districts.
#[cfg(test)]
pub fn analyse(item: &Item, org: Option<&Organisation>, lex: &Lexicon, cache: &mut TokenCache) -> Profile {
    analyse_in(item, org, lex, cache, &Districts::default())
}

/// Builds the profile of an item in a city with these districts (for the places its texts name).
pub fn analyse_in(item: &Item, org: Option<&Organisation>, lex: &Lexicon, cache: &mut TokenCache, districts: &Districts) -> Profile {
    let texts = Texts::read(item, lex, cache);
    let categories_list = CategoryList::builtin();
    let explicit_category = item.category.as_deref().and_then(|c| categories_list.find(c));
    let Reading { mut weights, mut title_topics, title_role, title_leader, audience, languages, days, on_site_only, mut denied, .. } =
        Reading::of(&texts, item.kind == Kind::Offer, lex);
    add_inferred(&mut weights, &mut title_topics, &languages, &texts.full, lex);
    // A grant in another field ("Zuschuss für Dolmetschkosten bis 400 €") gives money too.
    let names_funding = title_topics.iter().any(|(c, _)| *c == lex.special().funding_application);
    let gives_money = item.kind == Kind::Offer && gives_money(explicit_category, categories_list, lex);
    let amount = parts::amount_of_money(&texts.full);
    if item.kind == Kind::Need || gives_money {
        add_funding_amount(lex, &mut weights, &mut title_topics, &item.title, amount);
    }
    let ages = age_range(&texts.full);
    let mixed_word = texts.names_any(&crate::function_words::FunctionWords::builtin().mixed_words);
    let audience = AudienceFacts::of(audience, &item.explicit, ages, mixed_word);
    let languages = LanguageFacts::of(item, org, languages);
    let only_german = languages.named.iter().chain(&item.languages).all(|l| l == "de");
    let any_language = item.kind == Kind::Offer && texts.works_in_any_language(only_german);
    let concepts = ConceptFacts::of(weights, &title_topics);
    let names_vehicle = concepts.concepts.iter().any(|(c, _)| *c == lex.special().vehicle);
    let when = WhenFacts::of(item, &texts, days);

    let categories = infer_categories(lex, categories_list, explicit_category, &concepts.concepts);
    let stem_lang = item.text_lang.as_deref().and_then(StemLang::from_code);
    // What an offer says it does not do or have ("keine Übernachtungen") is not among its words,
    // as it is not among its subjects.
    let offer = item.kind == Kind::Offer;
    let terms = terms_of(lex, stem_lang, &texts.title.words_said(offer), &texts.description.words_said(offer), cache);
    let district = item.district.clone().or_else(|| org.and_then(|o| o.district.clone()));
    let lower_text = texts.full.to_lowercase();
    let words = plain_words(&lower_text);
    let mut profile = Profile {
        kind: item.kind,
        concepts: concepts.concepts,
        concept_mass: concepts.concept_mass,
        terms,
        text_lang: item.text_lang.clone(),
        title_read: title_read(&texts.title, lex),
        script: main_script(texts.title.tokens.iter().chain(&texts.description.tokens)),
        categories: categories.clone(),
        explicit_category,
        languages: languages.languages,
        speaks: languages.speaks,
        named_languages: languages.named,
        title_languages: languages.in_title,
        required_languages: languages.required,
        skill_languages: languages.skill,
        wished_languages: languages.wished,
        lacks_german: languages.lacks_german,
        gender: audience.gender,
        youth: audience.youth,
        adult: audience.adult,
        exclusive: audience.exclusive,
        on_site_only: item.explicit.on_site_only.unwrap_or(on_site_only),
        weekdays: when.weekdays,
        text_weekdays: when.text_weekdays,
        anchor_mass: concepts.anchor_mass,
        anchors: concepts.anchors,
        time: when.time,
        time_from_text: when.time_from_text,
        time_exact: when.time_exact,
        mixed: audience.mixed,
        any_language,
        slots: when.slots,
        group_size: group_size(&texts.full),
        amount,
        ages,
        school_classes: school_classes(&words),
        language_levels: language_levels(&words),
        holds_people: categories.first().is_some_and(|&c| categories_list.holds_people(c)),
        district_key: district.as_deref().map(crate::model::district_key),
        district,
        places: Vec::new(),
        place_names: Vec::new(),
        places_only: false,
        place_stated: false,
        near_bound: texts.near_bound(lex),
        district_given: item.district.is_some(),
        says_on_site: texts.says_on_site(lex),
        online_only: texts.online_only(lex),
        cannot_pay: item.kind == Kind::Need && texts.cannot_pay(lex),
        charges: item.kind == Kind::Offer && !gives_money && !names_funding && texts.charges(),
        needs_driver: item.kind == Kind::Need && texts.needs_driver(lex),
        self_drive: item.kind == Kind::Offer && names_vehicle && texts.self_drive(),
        frequency: texts.frequency(lex),
        written_only: item.kind == Kind::Offer && texts.written_only(lex),
        wants_interpreting: false,
        seeks_mediation: false,
        interprets_itself: item.kind == Kind::Need && texts.interprets_itself(lex),
        wants_someone: item.kind == Kind::Need && texts.wants_someone(),
        lends_only: item.kind == Kind::Offer && texts.lends(),
        handover_days: item.kind == Kind::Offer && texts.says_return(),
        wants_to_keep: item.kind == Kind::Need && texts.wants_to_keep(),
        teaches_diy: item.kind == Kind::Offer && texts.teaches_diy(lex),
        term_bits: 0,
        period: crate::period::read(&texts.full),
        critical_languages: BTreeSet::new(),
        learns_language: false,
        learnt_languages: languages.learnt,
        title_role,
        title_leader,
        has_leader: false,
        // An ambiguous word for a person in a role was dropped: still people in a role.
        has_role: texts.dropped_role,
        has_topic: false,
        strict: Vec::new(),
        denied: {
            denied.sort_unstable();
            denied.dedup();
            denied
        },
        foreign_mask: 0,
        speaks_mask: 0,
        org_only_mask: 0,
        critical_mask: 0,
    };
    if !districts.is_empty() && item.district.is_none() {
        for field in [&texts.title, &texts.description] {
            let only = marker_positions(lex, &field.hits, Marker::Only);
            place::add_places(&mut profile, &field.tokens, &field.sentences, |p| only.contains(&p), districts);
        }
    }
    profile.place_stated = item.district.is_some() || !profile.places.is_empty();
    complete(&mut profile, lex);
    if item.kind == Kind::Offer && !item.languages.is_empty() {
        profile.org_only_mask = org_only_mask(&profile, lex);
    }
    profile
}

/// The share of a title's words (three letters or more, not stop words) at which the lexicon
/// found a concept, or inside a phrase it found ("Meeting room"); 1 for a title without such words.
fn title_read(title: &reading::FieldHits, lex: &Lexicon) -> f32 {
    let words: Vec<usize> =
        title.tokens.iter().enumerate().filter(|(_, t)| t.chars().count() >= 3 && !lex.is_stopword(t)).map(|(i, _)| i).collect();
    if words.is_empty() {
        return 1.0;
    }
    let read = words.iter().filter(|&&i| title.hits.iter().any(|h| h.pos <= i && i < h.pos + h.span)).count();
    read as f32 / words.len() as f32
}

/// Stage 3: concepts inferred from others (catering, school levels, language learning).
fn add_inferred(
    weights: &mut HashMap<ConceptId, f32>,
    title_topics: &mut Vec<(ConceptId, f32)>,
    languages: &LanguageMentions,
    full_text: &str,
    lex: &Lexicon,
) {
    add_catering(lex, weights);
    add_school_levels(lex, weights, full_text);
    if languages.learning {
        add_language_learning(lex, weights);
        if languages.learning_in_title {
            title_topics.push((lex.special().language_learning, 1.0));
        }
    }
}

/// A concept this strong says what an item is about (weaker ones are context).
pub const TOPIC_STRENGTH: f32 = 0.2;

/// The oldest age that still counts as young, and the youngest that counts as grown up.
const YOUNG_UNTIL: u8 = 21;
const ADULT_FROM: u8 = 18;

/// Who the item is for, from its texts and the audience field.
struct AudienceFacts {
    gender: Option<Audience>,
    youth: bool,
    adult: bool,
    exclusive: BTreeSet<Exclusive>,
    /// For women and men together: both named without a restriction, or a word for a mixed
    /// group (`mixed_word`: "gemischte Gruppe", "mixed"); never with the audience field.
    mixed: bool,
}

impl AudienceFacts {
    fn of(mentions: AudienceMentions, explicit: &ExplicitConstraints, ages: Option<(u8, u8)>, mixed_word: bool) -> AudienceFacts {
        let AudienceMentions { mut women, mut men, mut youth, mut adult, mut exclusive } = mentions;
        let mixed = explicit.audience.is_none() && (mixed_word || (women && men && exclusive.is_empty()));
        // Ages say who it is for: up to 21 is young, from 18 on grown up ("young men (18–25)" is both).
        if let Some((lo, hi)) = ages {
            youth |= hi <= YOUNG_UNTIL;
            adult |= lo >= ADULT_FROM;
        }
        if let Some(a) = explicit.audience {
            // Structure wins: the audience field replaces the restrictions and genders read
            // from the texts (a youth club's text may mention its women's evening).
            exclusive.clear();
            match a {
                Audience::Women => {
                    (women, men) = (true, false);
                    exclusive.insert(Exclusive::Women);
                }
                Audience::Men => {
                    (women, men) = (false, true);
                    exclusive.insert(Exclusive::Men);
                }
                Audience::Youth => {
                    (women, men) = (false, false);
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
        AudienceFacts { gender, youth, adult, exclusive, mixed }
    }
}

/// The languages of an item: listed, named, spoken and required.
struct LanguageFacts {
    languages: BTreeSet<String>,
    speaks: BTreeSet<String>,
    named: BTreeSet<String>,
    in_title: BTreeSet<String>,
    required: BTreeSet<String>,
    skill: BTreeSet<String>,
    wished: BTreeSet<String>,
    lacks_german: bool,
    learnt: BTreeSet<String>,
}

impl LanguageFacts {
    fn of(item: &Item, org: Option<&Organisation>, mentions: LanguageMentions) -> LanguageFacts {
        let LanguageMentions { named, required_near, required_named, only_named, skill, wished, in_title, lacks_german, learnt, .. } =
            mentions;
        let mut languages: BTreeSet<String> = item.languages.iter().cloned().collect();
        languages.extend(named.iter().cloned());
        let mut speaks = languages.clone();
        // An offer given only in the languages it names ("Beratung nur auf Deutsch") is not given
        // in the other languages of its organisation.
        let only_in_named = item.kind == Kind::Offer && !only_named.is_empty();
        if let Some(o) = org.filter(|_| !only_in_named) {
            speaks.extend(o.languages.iter().cloned());
        }
        speaks.insert("de".to_string());
        let language_required = item.explicit.language_required.unwrap_or(required_near);
        let mut required = BTreeSet::new();
        if language_required {
            required = if required_named.is_empty() {
                let listed: BTreeSet<String> = item.languages.iter().cloned().collect();
                if listed.is_empty() {
                    named.clone()
                } else {
                    listed
                }
            } else if required_named.iter().any(|l| !wished.contains(l)) {
                // "Arabisch erforderlich, gerne auch Farsi": the wish is not required.
                required_named.difference(&wished).cloned().collect()
            } else {
                required_named
            };
            // Every association speaks German (see `speaks`): a requirement that names another
            // language is about that one ("Farsi" of `["fa", "de"]`), or it would always be met.
            if required.iter().any(|l| l != "de") {
                required.remove("de");
            }
        }
        LanguageFacts { languages, speaks, named, in_title, required, skill, wished, lacks_german, learnt }
    }
}

/// The concepts of an item with their weights, and its anchors: the strongest title topics.
struct ConceptFacts {
    concepts: Vec<(ConceptId, f32)>,
    concept_mass: f32,
    anchors: Vec<ConceptId>,
    anchor_mass: f32,
}

impl ConceptFacts {
    fn of(weights: HashMap<ConceptId, f32>, title_topics: &[(ConceptId, f32)]) -> ConceptFacts {
        let mut anchors: Vec<ConceptId> = title_topics.iter().filter(|(_, w)| *w >= ANCHOR_WEIGHT).map(|(c, _)| *c).collect();
        anchors.sort_unstable();
        anchors.dedup();
        let mut concepts: Vec<(ConceptId, f32)> = weights.into_iter().filter(|(_, w)| *w > 0.0).collect();
        concepts.sort_by_key(|(c, _)| *c);
        let concept_mass = concepts.iter().map(|(_, w)| w).sum();
        let anchor_mass = concepts.iter().filter(|(c, _)| anchors.contains(c)).map(|(_, w)| w).sum();
        ConceptFacts { concepts, concept_mass, anchors, anchor_mass }
    }
}

/// When the item is available or wanted: weekdays, time of day and the slots combining them.
struct WhenFacts {
    weekdays: Option<BTreeSet<Weekday>>,
    text_weekdays: Option<BTreeSet<Weekday>>,
    time: Option<TimeRange>,
    time_from_text: bool,
    /// The time field names a start and an end (`schedule::names_start_and_end`).
    time_exact: bool,
    slots: Vec<Slot>,
}

impl WhenFacts {
    fn of(item: &Item, texts: &Texts, days: DayMentions) -> WhenFacts {
        let field_time = item.time.as_deref().and_then(parse_time_range);
        let clause_times = texts.clause_times();
        // The span of the times the clauses name.
        let text_time = if field_time.is_none() {
            clause_times.iter().flatten().fold(None, |acc: Option<TimeRange>, t| {
                Some(acc.map_or(*t, |a| TimeRange { start: a.start.min(t.start), end: a.end.max(t.end) }))
            })
        } else {
            None
        };
        let slots = slots_of(item.weekdays.as_ref(), field_time, &days.clause_days, &clause_times);
        WhenFacts {
            weekdays: item.weekdays.clone().or(days.only_days),
            text_weekdays: days.text_days,
            time: field_time.or(text_time),
            time_from_text: field_time.is_none() && text_time.is_some(),
            time_exact: item.time.as_deref().is_some_and(crate::schedule::names_start_and_end),
            slots,
        }
    }
}

/// The terms an item sets or offers, one bit per kind, a need's and an offer's on the same bit
/// (`score::terms_unmet`): cannot pay / charges; needs a driver / the borrower drives; something
/// regular / once only; one occasion / regular only; someone to do it / things lent; interpreting
/// / written translation only; things to keep / things lent.
fn terms_bits(p: &Profile) -> u8 {
    let f = &p.frequency;
    let bits = if p.kind == Kind::Need {
        [p.cannot_pay, p.needs_driver, f.wants_regular(), f.wants_once(), p.wants_someone, p.wants_interpreting, p.wants_to_keep]
    } else {
        [p.charges, p.self_drive, f.gives_once_only(), f.gives_regular_only(), p.lends_only, p.written_only, p.lends_only]
    };
    bits.iter().enumerate().fold(0, |acc, (i, &b)| acc | (u8::from(b) << i))
}

/// The languages an offer with a filled languages field speaks only through its organisation:
/// those of `speaks_mask` that are neither in the field, nor named in its texts, nor German.
fn org_only_mask(profile: &Profile, lex: &Lexicon) -> u64 {
    let mut own = profile.languages.clone();
    own.insert("de".to_string());
    profile.speaks_mask & !spoken_mask(&own, lex)
}

/// The bit set (`LanguageTable::mask`) of languages someone speaking `languages` understands: those
/// and the languages mutually intelligible with one of them.
fn spoken_mask(languages: &BTreeSet<String>, lex: &Lexicon) -> u64 {
    let mut spoken = languages.clone();
    for l in languages {
        spoken.extend(crate::language::intelligible_with(l).iter().map(|s| s.to_string()));
    }
    lex.languages().mask(spoken.iter())
}

/// Last stage: what depends on several of the others (the languages an interpreting offer
/// speaks, those a need depends on, bit sets of languages, roles and conditions).
fn complete(profile: &mut Profile, lex: &Lexicon) {
    let special = lex.special();
    profile.learns_language = has_concept(profile, special.language_learning);
    // An interpreting offer that names its languages interprets those, not every language its
    // organisation speaks.
    if profile.kind == Kind::Offer && !profile.languages.is_empty() && has_concept(profile, special.language_mediation) {
        profile.speaks = profile.languages.clone();
        profile.speaks.insert("de".to_string());
    }
    profile.critical_languages = critical_languages(lex, profile);
    let table = lex.languages();
    profile.foreign_mask = table.mask(profile.languages.iter().filter(|l| l.as_str() != "de"));
    profile.speaks_mask = spoken_mask(&profile.speaks, lex);
    profile.critical_mask = table.mask(profile.critical_languages.iter());
    profile.has_role |= profile.concepts.iter().any(|(c, _)| lex.concept(*c).is_some_and(|c| c.role));
    profile.lends_only &= !profile.has_role;
    profile.handover_days &= profile.lends_only;

    // Qualifiers weigh next to nothing: present is present.
    let names = |id: ConceptId| profile.concepts.iter().any(|(c, _)| *c == id);
    profile.written_only &= names(special.written_translation) && !names(special.interpreting);
    profile.wants_interpreting =
        profile.kind == Kind::Need && names(special.interpreting) && !names(special.written_translation) && !profile.interprets_itself;
    profile.seeks_mediation = profile.kind == Kind::Need
        && (profile.wants_interpreting || (profile.anchors.contains(&special.language_mediation) && !profile.interprets_itself));
    profile.term_bits = terms_bits(profile);
    profile.has_leader = profile.concepts.iter().any(|(c, _)| *c == special.coach);
    profile.has_topic =
        profile.concepts.iter().any(|(c, w)| *w >= TOPIC_STRENGTH && lex.concept(*c).is_some_and(|c| c.kind == ConceptKind::Topic));
    // Catering, like a room or a vehicle, serves a number of people it names ("für bis zu 100
    // Gäste"): a much larger group cannot use it.
    profile.holds_people |= profile.concepts.iter().any(|(c, w)| *c == special.catering && *w >= 0.5);
    profile.strict = profile.concepts.iter().filter(|(c, _)| lex.concept(*c).is_some_and(|c| c.strict)).map(|(c, _)| *c).collect();
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

/// The script of most of the words (Latin when there are none).
fn main_script<'a>(tokens: impl Iterator<Item = &'a String>) -> Script {
    let mut counts = [0usize; 4];
    for t in tokens {
        counts[match script_of(t) {
            Script::Latin => 0,
            Script::Cyrillic => 1,
            Script::Arabic => 2,
            Script::Other => 3,
        }] += 1;
    }
    let best = (0..4).max_by_key(|&i| (counts[i], usize::from(i == 0))).unwrap_or(0);
    [Script::Latin, Script::Cyrillic, Script::Arabic, Script::Other][best]
}

impl Profile {
    /// Whether the profile names the concept at all (at any weight; `concepts` is sorted).
    pub fn names(&self, concept: ConceptId) -> bool {
        self.concepts.binary_search_by_key(&concept, |(id, _)| *id).is_ok()
    }

    /// Whether two items are written in different languages, so that their words cannot be the
    /// same: the languages both give differ, or most of their words are in different scripts.
    pub fn other_language_than(&self, other: &Profile) -> bool {
        match (&self.text_lang, &other.text_lang) {
            (Some(a), Some(b)) if a != b => true,
            _ => self.script != other.script,
        }
    }
}
