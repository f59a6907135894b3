//! Hard constraints: a pair that breaks one is never suggested.

use crate::analyse::{Exclusive, Profile};
use crate::language::mutually_intelligible;
use crate::model::{Audience, Districts, OrgId, Proximity};

/// Why a pair of need and offer may not be suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Violation {
    /// Never an association with itself.
    SameOrganisation,
    /// Both name weekdays and none is common.
    NoCommonWeekday,
    /// One side is only for women, men, youth or adults and the other side is not.
    AudienceConflict,
    /// One side is only on site and the districts are neither the same nor neighbours.
    TooFarForOnSite,
    /// One side requires a language the other does not speak.
    RequiredLanguageMissing,
    /// The need is to take place on site ("vor Ort", "in person") and the offer is online only.
    OnlineOnly,
    /// A room or vehicle with places for fewer than half the group the need names (a bus for 9,
    /// a group of 45). Read from numbers of people on both sides; unknown on either is no conflict.
    TooFewPlaces,
    /// Both texts name a period of the year and the two do not meet ("nur in den Sommerferien"
    /// against "von November bis Februar"; with `PeriodRule::Exclude`).
    NoCommonPeriod,
}

/// The period rule's exclusion: with `PeriodRule::Exclude`, a pair whose periods of the year do
/// not meet. Checked after [`check_pair`].
pub fn periods_exclude(rule: crate::period::PeriodRule, need: &Profile, offer: &Profile) -> Option<Violation> {
    (rule == crate::period::PeriodRule::Exclude && crate::score::periods_apart(need, offer)).then_some(Violation::NoCommonPeriod)
}

/// A group larger than this many times the places on offer is not served at all.
const PLACES_FACTOR: u32 = 2;

/// The first hard constraint the pair breaks, if any.
pub fn check(need_org: &OrgId, need: &Profile, offer_org: &OrgId, offer: &Profile, districts: &Districts) -> Option<Violation> {
    let places = |p: &Profile| -> Vec<usize> {
        if p.places.is_empty() {
            p.district_key.as_deref().and_then(|k| districts.index_of(k)).into_iter().collect()
        } else {
            p.places.clone()
        }
    };
    let place = match (&need.district_key, &offer.district_key) {
        _ if !need.places.is_empty() || !offer.places.is_empty() => districts.closest(&places(need), &places(offer)),
        (Some(a), Some(b)) => districts.relation_of_keys(a, b),
        _ => Proximity::Unknown,
    };
    check_pair(need_org == offer_org, need, offer, place)
}

/// The first hard constraint a pair breaks, given whether both sides belong to the same
/// organisation and how their districts relate.
pub fn check_pair(same_org: bool, need: &Profile, offer: &Profile, place: Proximity) -> Option<Violation> {
    if same_org {
        return Some(Violation::SameOrganisation);
    }
    if let (Some(a), Some(b)) = (&need.weekdays, &offer.weekdays) {
        // A lending offer's days of fetching and returning bind no day of use.
        if a.is_disjoint(b) && !offer.handover_days {
            return Some(Violation::NoCommonWeekday);
        }
    }
    if audience_conflict(need, offer) || audience_conflict(offer, need) || opposite_genders(need, offer) || ages_apart(need, offer) {
        return Some(Violation::AudienceConflict);
    }
    // An offer only at its own place binds a need that says where it is; a need that names no
    // place (its association's district stands in) may still go there.
    // A place said to bind ("Lerchenfeld oder angrenzend") is a conflict only where both items
    // give their districts in the field: an association's district standing in for an item's,
    // or a district read from a text ("Vereinsheim Ostpark"), is no clear one.
    let only_there = |p: &Profile| p.on_site_only || p.places_only;
    let near_binds = (need.near_bound || offer.near_bound) && need.district_given && offer.district_given;
    let offer_binds = offer.places_only || (offer.on_site_only && need.place_stated);
    if (only_there(need) || offer_binds || near_binds) && place == Proximity::Far {
        return Some(Violation::TooFarForOnSite);
    }
    if need.says_on_site && offer.online_only {
        return Some(Violation::OnlineOnly);
    }
    if lacks_required_language(need, offer) || lacks_required_language(offer, need) {
        return Some(Violation::RequiredLanguageMissing);
    }
    if too_few_places(need, offer) {
        return Some(Violation::TooFewPlaces);
    }
    None
}

/// The offer is a room or a vehicle (its category) with a number of places, and the need's group
/// is more than twice that. Numbers are compared only when both sides name one.
fn too_few_places(need: &Profile, offer: &Profile) -> bool {
    match (need.group_size, offer.group_size) {
        (Some(group), Some(places)) => offer.holds_people && group > places.saturating_mul(PLACES_FACTOR),
        _ => false,
    }
}

/// Both name ages and no age is in both ranges ("Kinder 8–10" against "Kinderturnen 4–6 Jahre",
/// "Jugendliche 15–17" against "Freiwillige ab 18 Jahren"); unknown on either side is no conflict.
fn ages_apart(need: &Profile, offer: &Profile) -> bool {
    crate::score::spans_apart(need.ages, offer.ages)
}

/// Each side is for one gender and they differ ("Fußball für Mädchen" against "Fußball für Jungen
/// 8–12", "Gesprächsgruppe Männer" against "Gesprächsgruppe Frauen"), even where neither says
/// "only": an activity named for girls is not one for boys. An item naming both genders or none has
/// no gender (`Profile::gender`), so unknown is never a conflict.
fn opposite_genders(need: &Profile, offer: &Profile) -> bool {
    matches!((need.gender, offer.gender), (Some(a), Some(b)) if a != b)
}

/// `restricted` is exclusively for an audience that `other` clearly is not.
fn audience_conflict(restricted: &Profile, other: &Profile) -> bool {
    // Most items are for everyone; this runs twice for every candidate pair.
    if restricted.exclusive.is_empty() {
        return false;
    }
    // "nur für Frauen und Kinder": the other side conflicts only with every one of them.
    restricted.exclusive.iter().all(|e| match e {
        Exclusive::Women => other.gender == Some(Audience::Men),
        Exclusive::Men => other.gender == Some(Audience::Women),
        Exclusive::Youth => other.adult && !other.youth,
        Exclusive::Adults => other.youth && !other.adult,
    })
}

fn lacks_required_language(requiring: &Profile, other: &Profile) -> bool {
    // An offer that brings its own interpreters meets a required language, unless interpreting
    // is what is sought.
    if requiring.required_languages.is_empty() || (other.any_language && !requiring.seeks_mediation) {
        return false;
    }
    !requiring.required_languages.iter().any(|r| other.speaks.iter().any(|s| mutually_intelligible(r, s)))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::{check, Violation};
    use crate::analyse::{analyse, Profile};
    use crate::lexicon::{Lexicon, TokenCache};
    use crate::model::{Districts, ExplicitConstraints, Item, ItemId, Kind, OrgId, Organisation, Weekday};

    fn item(kind: Kind, title: &str, description: &str) -> Item {
        Item {
            id: ItemId(title.into()),
            org: OrgId("x".into()),
            kind,
            title: title.into(),
            description: description.into(),
            category: None,
            languages: Vec::new(),
            weekdays: None,
            time: None,
            district: None,
            text_lang: None,
            explicit: ExplicitConstraints::default(),
        }
    }

    fn read(it: &Item, org_langs: &[&str]) -> Profile {
        let org = Organisation {
            id: it.org.clone(),
            name: String::new(),
            languages: org_langs.iter().map(|s| s.to_string()).collect(),
            fields: Vec::new(),
            district: None,
            description: String::new(),
        };
        analyse(it, Some(&org), Lexicon::builtin(), &mut TokenCache::new())
    }

    fn days(list: &[Weekday]) -> Option<BTreeSet<Weekday>> {
        Some(list.iter().copied().collect())
    }

    /// An association with only an id and a district.
    fn org(id: &str, district: &str) -> Organisation {
        Organisation {
            id: OrgId(id.into()),
            name: String::new(),
            languages: Vec::new(),
            fields: Vec::new(),
            district: Some(district.into()),
            description: String::new(),
        }
    }

    /// `item` read as an item of association `o` in `districts`.
    fn read_in(item: &Item, o: &Organisation, districts: &Districts) -> Profile {
        crate::analyse::analyse_in(item, Some(o), Lexicon::builtin(), &mut TokenCache::new(), districts)
    }

    fn pair(need: &Item, offer: &Item) -> Option<Violation> {
        let districts = Districts::new(vec![
            ("Mitte".to_string(), vec!["Weststadt".to_string()]),
            ("Bergheim".to_string(), vec!["Weststadt".to_string()]),
        ]);
        check(&OrgId("a".into()), &read(need, &[]), &OrgId("b".into()), &read(offer, &[]), &districts)
    }

    #[test]
    fn periods_of_the_year_exclude_only_with_the_rule() {
        use super::periods_exclude;
        use crate::period::PeriodRule;
        let need = read(&item(Kind::Need, "Ferienbetreuung gesucht", "Nur in den Sommerferien."), &[]);
        let autumn = read(&item(Kind::Offer, "Ferienbetreuung", "In den Herbstferien, für Kinder 6–10."), &[]);
        assert_eq!(periods_exclude(PeriodRule::Exclude, &need, &autumn), Some(Violation::NoCommonPeriod));
        assert_eq!(periods_exclude(PeriodRule::Soft, &need, &autumn), None);
        assert_eq!(periods_exclude(PeriodRule::Off, &need, &autumn), None);
        // A passing mention, a founding year and a period not named are no conflict.
        for text in ["Wir haben im Oktober unser Jubiläum gefeiert.", "Gegründet im November 1998.", "Für Kinder von 6 bis 10 Jahren."] {
            let offer = read(&item(Kind::Offer, "Ferienbetreuung", text), &[]);
            assert_eq!(periods_exclude(PeriodRule::Exclude, &need, &offer), None, "{text}");
        }
        // August lies in the summer holidays; "nicht in den Sommerferien" does not.
        let august = read(&item(Kind::Offer, "Ferienbetreuung", "Zwei Wochen im August."), &[]);
        assert_eq!(periods_exclude(PeriodRule::Exclude, &need, &august), None);
        let not_summer = read(&item(Kind::Offer, "Ferienbetreuung", "Nicht in den Sommerferien."), &[]);
        assert_eq!(periods_exclude(PeriodRule::Exclude, &need, &not_summer), Some(Violation::NoCommonPeriod));
    }

    #[test]
    fn something_regular_is_not_served_in_a_few_months_only() {
        use super::periods_exclude;
        use crate::period::PeriodRule;
        let weekly = read(&item(Kind::Need, "Weekly room for our student meetups", "We meet every Friday evening."), &[]);
        let breaks =
            read(&item(Kind::Offer, "Lecture halls", "Only during the semester breaks (mid-February to March, August to September)."), &[]);
        assert_eq!(periods_exclude(PeriodRule::Exclude, &weekly, &breaks), Some(Violation::NoCommonPeriod));
        // Counter-examples: a need for once, and an offer given most of the year.
        let once = read(&item(Kind::Need, "Room for our party", "One evening in March."), &[]);
        assert_eq!(periods_exclude(PeriodRule::Exclude, &once, &breaks), None);
        let most = read(&item(Kind::Offer, "Lecture halls", "From September to June."), &[]);
        assert_eq!(periods_exclude(PeriodRule::Exclude, &weekly, &most), None);
    }

    #[test]
    fn never_an_association_with_itself() {
        let need = read(&item(Kind::Need, "Raum gesucht", ""), &[]);
        let offer = read(&item(Kind::Offer, "Raum frei", ""), &[]);
        let org = OrgId("same".into());
        assert_eq!(check(&org, &need, &org, &offer, &Districts::default()), Some(Violation::SameOrganisation));
    }

    #[test]
    fn weekdays_must_overlap_when_both_give_them() {
        let mut need = item(Kind::Need, "Raum am Sonntag", "");
        need.weekdays = days(&[Weekday::So]);
        let mut offer = item(Kind::Offer, "Gruppenraum werktags", "");
        offer.weekdays = days(&[Weekday::Mo, Weekday::Di, Weekday::Mi, Weekday::Do, Weekday::Fr]);
        assert_eq!(pair(&need, &offer), Some(Violation::NoCommonWeekday));
        offer.weekdays = days(&[Weekday::Sa, Weekday::So]);
        assert_eq!(pair(&need, &offer), None);
        offer.weekdays = None;
        assert_eq!(pair(&need, &offer), None);
    }

    #[test]
    fn a_lending_offers_days_of_handing_over_bind_no_day_of_use() {
        // The sound system is fetched on a weekday and brought back after the weekend: a Saturday
        // festival can use it. A cargo bike lent on weekdays only is not there on Saturday.
        let mut need = item(Kind::Need, "Lautsprecher für unser Fest", "Am Samstag im Gemeindezentrum.");
        need.weekdays = days(&[Weekday::Sa]);
        let weekdays = days(&[Weekday::Mo, Weekday::Di, Weekday::Mi, Weekday::Do, Weekday::Fr]);
        let mut sound = item(Kind::Offer, "Verleih: Musikanlage", "Abholung werktags 10–18 Uhr, Rückgabe nach dem Wochenende.");
        sound.weekdays = weekdays.clone();
        assert_eq!(pair(&need, &sound), None);
        let mut bike = item(Kind::Offer, "Lastenrad ausleihen", "Ausleihe Montag bis Freitag, Abholung in der Südstadt.");
        bike.weekdays = weekdays.clone();
        assert_eq!(pair(&need, &bike), Some(Violation::NoCommonWeekday));
        // Bringing back without lending (a repair service) binds its days as before.
        let mut repair = item(Kind::Offer, "Reparatur von Lautsprechern", "Rückgabe nach einer Woche.");
        repair.weekdays = weekdays;
        assert_eq!(pair(&need, &repair), Some(Violation::NoCommonWeekday));
    }

    #[test]
    fn women_only_room_is_not_for_a_mens_group() {
        let need = item(Kind::Need, "Raum für Männergruppe", "Die Männergruppe trifft sich monatlich.");
        let offer = item(Kind::Offer, "Raum nur für Frauen", "Ausschließlich für Frauengruppen.");
        assert_eq!(pair(&need, &offer), Some(Violation::AudienceConflict));
        let women = item(Kind::Need, "Raum für Frauengruppe", "");
        assert_eq!(pair(&women, &offer), None);
    }

    #[test]
    fn excluding_the_other_gender_keeps_a_room_women_only() {
        let need = item(Kind::Need, "Raum für Vätertreff", "Wir Väter treffen uns freitags, ca. 12 Männer.");
        let offer = item(Kind::Offer, "Frauenraum", "NUR für Frauen. Männer haben keinen Zutritt.");
        assert_eq!(pair(&need, &offer), Some(Violation::AudienceConflict));
    }

    #[test]
    fn a_room_for_women_and_children_only_is_one_for_a_women_s_group() {
        let offer = item(Kind::Offer, "Frauenraum mit Kinderecke", "Der Zutritt ist ausschließlich Frauen und Kindern vorbehalten.");
        let women = item(Kind::Need, "Raum für die Frauengruppe", "Die Frauen unserer Gemeinschaft möchten sich ohne Männer treffen.");
        assert_eq!(pair(&women, &offer), None);
        let men = item(Kind::Need, "Raum für die Männergruppe", "Zwölf Männer treffen sich montags.");
        assert_eq!(pair(&men, &offer), Some(Violation::AudienceConflict));
    }

    #[test]
    fn men_only_course_is_not_for_women() {
        let need = item(Kind::Need, "Schwimmkurs für Frauen", "Nur für Frauen.");
        let offer = item(Kind::Offer, "Schwimmkurs", "Only for men.");
        assert_eq!(pair(&need, &offer), Some(Violation::AudienceConflict));
    }

    #[test]
    fn an_activity_for_girls_is_not_one_for_boys() {
        let need = item(Kind::Need, "Fußball für Mädchen", "Wir suchen ein Training für unsere Mädchen.");
        let offer = item(Kind::Offer, "Fußball für Jungen 8–12", "Training dienstags.");
        assert_eq!(pair(&need, &offer), Some(Violation::AudienceConflict));
        let men = item(Kind::Need, "Gesprächsgruppe für Männer", "");
        let women = item(Kind::Offer, "Gesprächsgruppe für Frauen", "");
        assert_eq!(pair(&men, &women), Some(Violation::AudienceConflict));
        // Counter-examples: the same gender, an offer for everyone, an offer naming both genders,
        // "jungen" as an adjective.
        let girls = item(Kind::Offer, "Mädchenfußball", "");
        assert_eq!(pair(&need, &girls), None);
        let everyone = item(Kind::Offer, "Fußballtraining", "Offenes Training.");
        assert_eq!(pair(&need, &everyone), None);
        let both = item(Kind::Offer, "Fußball U13", "Training Mi + Fr, Jungen + Mädchen.");
        assert_eq!(pair(&need, &both), None);
        let both = item(Kind::Offer, "Fußball für Jungen und Mädchen", "");
        assert_eq!(pair(&need, &both), None);
        let young = item(Kind::Offer, "Fußball mit jungen Menschen", "Für junge Leute.");
        assert_eq!(pair(&need, &young), None);
    }

    #[test]
    fn youth_only_room_is_not_for_seniors() {
        let need = item(Kind::Need, "Raum für Seniorentanz", "Unsere Seniorengruppe sucht einen Raum.");
        let offer = item(Kind::Offer, "Jugendraum", "Nur für Jugendliche.");
        assert_eq!(pair(&need, &offer), Some(Violation::AudienceConflict));
        let youth = item(Kind::Need, "Raum für Jugendgruppe", "");
        assert_eq!(pair(&youth, &offer), None);
    }

    #[test]
    fn on_site_only_in_a_far_district() {
        let mut need = item(Kind::Need, "Hausaufgabenhilfe gesucht", "");
        need.district = Some("Mitte".into());
        let mut offer = item(Kind::Offer, "Hausaufgabenhilfe", "Nur vor Ort in Bergheim.");
        offer.district = Some("Bergheim".into());
        assert_eq!(pair(&need, &offer), Some(Violation::TooFarForOnSite));
        need.district = Some("Weststadt".into());
        assert_eq!(pair(&need, &offer), None, "a neighbour is near enough");
        offer.description = "In Bergheim, auch online.".into();
        need.district = Some("Mitte".into());
        assert_eq!(pair(&need, &offer), None, "not only on site");
    }

    #[test]
    fn a_bus_for_nine_does_not_carry_a_group_of_forty_five() {
        let mut need = item(Kind::Need, "Bus für Ausflug", "Wir fahren mit 45 Personen an den See.");
        need.category = Some("Material & Transport".into());
        let mut offer = item(Kind::Offer, "Kleinbus zu verleihen", "Unser Bus hat 9 Sitzplätze.");
        offer.category = Some("Material & Transport".into());
        assert_eq!(pair(&need, &offer), Some(Violation::TooFewPlaces));
        need.description = "Wir fahren mit 12 Personen an den See.".into();
        assert_eq!(pair(&need, &offer), None, "a group a little larger is left to the score");
        need.description = "Wir fahren an den See.".into();
        assert_eq!(pair(&need, &offer), None, "an unknown group size is no conflict");
    }

    #[test]
    fn places_are_compared_only_for_rooms_and_vehicles() {
        // Tutoring "für 5 Kinder" is not a capacity that excludes a club of 45 members.
        let need = item(Kind::Need, "Nachhilfe gesucht", "Unser Verein hat 45 Mitglieder, einige Kinder brauchen Hilfe in Mathe.");
        let mut offer = item(Kind::Offer, "Nachhilfe Mathe", "Kleine Gruppen für 5 Kinder.");
        offer.category = Some("Bildung & Nachhilfe".into());
        assert_eq!(pair(&need, &offer), None);
        let room = item(Kind::Offer, "Raum für 20 Personen", "Gruppenraum mit Küche.");
        let party = item(Kind::Need, "Raum für Fest", "Wir feiern mit 120 Gästen.");
        assert_eq!(pair(&party, &room), Some(Violation::TooFewPlaces), "a room read from its text holds people");
    }

    #[test]
    fn catering_for_a_number_of_guests_is_a_capacity_too() {
        let mut offer = item(Kind::Offer, "Catering by Sufra", "Arab home cooking for events up to 60 guests.");
        offer.category = Some("Veranstaltungen & Kultur".into());
        let mut big = item(Kind::Need, "Catering for 200", "Catering for 200 guests at our festival.");
        big.category = Some("Veranstaltungen & Kultur".into());
        assert_eq!(pair(&big, &offer), Some(Violation::TooFewPlaces));
        let mut fitting = item(Kind::Need, "Catering for our party", "About 50 guests.");
        fitting.category = Some("Veranstaltungen & Kultur".into());
        assert_eq!(pair(&fitting, &offer), None);
        // A cooking class for 8 is not catering: a group of 40 members is no conflict.
        let class = item(Kind::Offer, "Kochkurs", "Kochkurs für 8 Personen.");
        let club = item(Kind::Need, "Kochkurs gesucht", "Unser Verein hat 40 Mitglieder.");
        assert_eq!(pair(&club, &class), None);
    }

    #[test]
    fn parents_and_seats_are_counted() {
        let mut need = item(Kind::Need, "Bus für einen Familienausflug", "Ausflug mit 45 Eltern und Kindern, wir suchen einen Bus.");
        need.category = Some("Material & Transport".into());
        let mut offer = item(Kind::Offer, "Minibus with driver", "9-seat minibus with volunteer driver.");
        offer.category = Some("Material & Transport".into());
        assert_eq!(pair(&need, &offer), Some(Violation::TooFewPlaces));
    }

    #[test]
    fn the_audience_field_wins_over_the_text() {
        // The text of a mixed group mentions a women's evening; the field says it is for youth.
        let mut offer = item(Kind::Offer, "Jugendtreff", "Nur für Frauen ist der Mittwochabend reserviert.");
        offer.explicit.audience = Some(crate::model::Audience::Youth);
        let need = item(Kind::Need, "Treffpunkt für Jungen", "Eine Jungengruppe sucht einen Treff.");
        assert_eq!(pair(&need, &offer), None);
    }

    #[test]
    fn required_language_must_be_spoken() {
        let need = item(Kind::Need, "Dolmetscher für Tigrinya", "Tigrinya-Kenntnisse erforderlich.");
        let mut offer = item(Kind::Offer, "Dolmetschen", "");
        offer.languages = vec!["ar".into()];
        assert_eq!(pair(&need, &offer), Some(Violation::RequiredLanguageMissing));
        offer.languages = vec!["ti".into()];
        assert_eq!(pair(&need, &offer), None);
        let mut flagged = item(Kind::Need, "Dolmetschen", "");
        flagged.languages = vec!["ku".into()];
        flagged.explicit.language_required = Some(true);
        offer.languages = vec!["ar".into()];
        assert_eq!(pair(&flagged, &offer), Some(Violation::RequiredLanguageMissing));
    }

    #[test]
    fn on_site_only_binds_a_need_that_names_no_place_of_its_own_only_softly() {
        let districts = Districts::new(vec![
            ("Mitte".to_string(), vec!["Weststadt".to_string()]),
            ("Bergheim".to_string(), vec!["Weststadt".to_string()]),
        ]);
        let read_in = |it: &Item, o: &Organisation| read_in(it, o, &districts);
        let (mitte, bergheim) = (org("a", "Mitte"), org("b", "Bergheim"));
        let mut offer = item(Kind::Offer, "Arabischunterricht für Kinder", "Nur vor Ort, samstags.");
        offer.district = Some("Bergheim".into());
        let offer = read_in(&offer, &bergheim);
        // The need's place is only its association's district: the children may go there.
        let need = item(Kind::Need, "Arabisch für Kinder", "samstags");
        assert_eq!(check(&mitte.id, &read_in(&need, &mitte), &bergheim.id, &offer, &districts), None);
        // The need says where it is (its district field, or a district in its text): it binds.
        let mut placed = need.clone();
        placed.district = Some("Mitte".into());
        assert_eq!(check(&mitte.id, &read_in(&placed, &mitte), &bergheim.id, &offer, &districts), Some(Violation::TooFarForOnSite));
        let named = item(Kind::Need, "Arabisch für Kinder", "bei uns in Mitte, samstags");
        assert_eq!(check(&mitte.id, &read_in(&named, &mitte), &bergheim.id, &offer, &districts), Some(Violation::TooFarForOnSite));
    }

    #[test]
    fn a_place_said_to_bind_excludes_a_far_district_where_both_state_theirs() {
        let districts = Districts::new(vec![
            ("Mitte".to_string(), vec!["Weststadt".to_string()]),
            ("Bergheim".to_string(), vec!["Oststadt".to_string()]),
        ]);
        let read_in = |it: &Item, o: &Organisation| read_in(it, o, &districts);
        let (mitte, bergheim, west) = (org("a", "Mitte"), org("b", "Bergheim"), org("c", "Weststadt"));
        let placed = |kind: Kind, title: &str, desc: &str, district: &str| {
            let mut it = item(kind, title, desc);
            it.district = Some(district.into());
            it
        };
        let room_far = read_in(&placed(Kind::Offer, "Gruppenraum", "Für 20 Personen, samstags.", "Bergheim"), &bergheim);
        let room_next = read_in(&placed(Kind::Offer, "Gruppenraum", "Für 20 Personen, samstags.", "Weststadt"), &west);
        let check_need = |need: &Item, offer: &Profile, offer_org: &Organisation| {
            check(&mitte.id, &read_in(need, &mitte), &offer_org.id, offer, &districts)
        };
        for text in ["Samstags, 15 Personen, in Mitte oder angrenzend.", "Saturdays, in Mitte or nearby.", "Субота, Мітте або поруч."]
        {
            let need = placed(Kind::Need, "Raum gesucht", text, "Mitte");
            assert_eq!(check_need(&need, &room_far, &bergheim), Some(Violation::TooFarForOnSite), "{text}");
            // A neighbouring district is what the words allow.
            assert_eq!(check_need(&need, &room_next, &west), None, "{text}");
        }
        // Counter-examples: a wish, no such words, or a place only inherited from the association.
        let wish = placed(Kind::Need, "Raum gesucht", "Samstags, gern in Mitte oder angrenzend.", "Mitte");
        assert_eq!(check_need(&wish, &room_far, &bergheim), None);
        let plain = placed(Kind::Need, "Raum gesucht", "Samstags, 15 Personen.", "Mitte");
        assert_eq!(check_need(&plain, &room_far, &bergheim), None);
        let inherited = read_in(&item(Kind::Offer, "Gruppenraum", "Für 20 Personen, samstags."), &bergheim);
        let need = placed(Kind::Need, "Raum gesucht", "Samstags, in Mitte oder angrenzend.", "Mitte");
        assert_eq!(check_need(&need, &inherited, &bergheim), None);
        // An offer that serves only its district and the next ones binds a need that states its place.
        let helpers = read_in(
            &placed(Kind::Offer, "Lernhelfer", "Sie kommen in Einrichtungen in Bergheim und den direkt angrenzenden Vierteln.", "Bergheim"),
            &bergheim,
        );
        assert_eq!(
            check_need(&placed(Kind::Need, "Lernhelfer gesucht", "", "Mitte"), &helpers, &bergheim),
            Some(Violation::TooFarForOnSite)
        );
    }

    #[test]
    fn an_online_only_offer_does_not_serve_a_need_on_site() {
        let on_site = item(Kind::Need, "Computerkurs für Anfänger", "Vor Ort, mit Geräten, samstags.");
        for (title, desc) in [
            ("Computer basics online", "By video call, Saturdays 10–12."),
            ("Deutschkurs A1", "Per Zoom, Mo/Mi/Fr vormittags."),
            ("Курс німецької", "Онлайн, по суботах."),
        ] {
            assert_eq!(pair(&on_site, &item(Kind::Offer, title, desc)), Some(Violation::OnlineOnly), "{title}");
        }
        // Counter-examples: online as one way or in addition, on site said too, "nicht online",
        // or a need that does not say it must be on site.
        for desc in ["Vor Ort oder online.", "In unseren Räumen, auch online.", "Nicht online, nur in Präsenz.", "Online und vor Ort."] {
            assert_eq!(pair(&on_site, &item(Kind::Offer, "Computerkurs", desc)), None, "{desc}");
        }
        let anywhere = item(Kind::Need, "Computerkurs für Anfänger", "Samstags.");
        assert_eq!(pair(&anywhere, &item(Kind::Offer, "Computer basics online", "By video call.")), None);
    }

    #[test]
    fn ages_that_do_not_meet_conflict_and_unknown_ages_do_not() {
        let read =
            |kind: Kind, title: &str, desc: &str| analyse(&item(kind, title, desc), None, Lexicon::builtin(), &mut TokenCache::new());
        let pair = |need: &Profile, offer: &Profile| super::check_pair(false, need, offer, crate::model::Proximity::Unknown);
        let need = read(Kind::Need, "Turnen Kinder 8-10", "");
        let small = read(Kind::Offer, "Kinderturnen", "für Kinder 4-6 Jahre");
        let overlapping = read(Kind::Offer, "Kinderturnen", "für Kinder 6-9 Jahre");
        let unknown = read(Kind::Offer, "Kinderturnen", "für Kinder");
        assert_eq!(pair(&need, &small), Some(Violation::AudienceConflict));
        assert_eq!(pair(&need, &overlapping), None);
        assert_eq!(pair(&need, &unknown), None);
        let teens = read(Kind::Need, "Jugendliche Ehrenamtliche 15-17", "");
        let grown = read(Kind::Offer, "Freiwillige vermitteln", "nur Freiwillige ab 18 Jahren");
        assert_eq!(pair(&teens, &grown), Some(Violation::AudienceConflict));
    }
}
