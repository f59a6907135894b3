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
}

/// The first hard constraint the pair breaks, if any.
pub fn check(
    need_org: &OrgId,
    need: &Profile,
    offer_org: &OrgId,
    offer: &Profile,
    districts: &Districts,
) -> Option<Violation> {
    if need_org == offer_org {
        return Some(Violation::SameOrganisation);
    }
    if let (Some(a), Some(b)) = (&need.weekdays, &offer.weekdays) {
        if a.is_disjoint(b) {
            return Some(Violation::NoCommonWeekday);
        }
    }
    if audience_conflict(need, offer) || audience_conflict(offer, need) {
        return Some(Violation::AudienceConflict);
    }
    if need.on_site_only || offer.on_site_only {
        if let (Some(a), Some(b)) = (&need.district_key, &offer.district_key) {
            if districts.relation_of_keys(a, b) == Proximity::Far {
                return Some(Violation::TooFarForOnSite);
            }
        }
    }
    if lacks_required_language(need, offer) || lacks_required_language(offer, need) {
        return Some(Violation::RequiredLanguageMissing);
    }
    None
}

/// `restricted` is exclusively for an audience that `other` clearly is not.
fn audience_conflict(restricted: &Profile, other: &Profile) -> bool {
    restricted.exclusive.iter().any(|e| match e {
        Exclusive::Women => other.gender == Some(Audience::Men),
        Exclusive::Men => other.gender == Some(Audience::Women),
        Exclusive::Youth => other.adult && !other.youth,
        Exclusive::Adults => other.youth && !other.adult,
    })
}

fn lacks_required_language(requiring: &Profile, other: &Profile) -> bool {
    if requiring.required_languages.is_empty() {
        return false;
    }
    !requiring
        .required_languages
        .iter()
        .any(|r| other.speaks.iter().any(|s| mutually_intelligible(r, s)))
}
