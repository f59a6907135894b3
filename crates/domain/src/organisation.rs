//! Organisations (Vereine, Initiativen) and their public profile.

use serde::{Deserialize, Serialize};

use crate::geo::GeoPoint;
use crate::ids::OrgId;
use crate::language::LanguageCode;
use crate::localized::LocalizedText;
use crate::logo::LogoHash;
use crate::slug::Slug;

/// Legal form of an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalForm {
    RegisteredAssociation,
    NonprofitCompany,
    Initiative,
    ReligiousCommunity,
    PublicBody,
    Other,
}

impl LegalForm {
    pub const ALL: [LegalForm; 6] = [
        LegalForm::RegisteredAssociation,
        LegalForm::NonprofitCompany,
        LegalForm::Initiative,
        LegalForm::ReligiousCommunity,
        LegalForm::PublicBody,
        LegalForm::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            LegalForm::RegisteredAssociation => "registered_association",
            LegalForm::NonprofitCompany => "nonprofit_company",
            LegalForm::Initiative => "initiative",
            LegalForm::ReligiousCommunity => "religious_community",
            LegalForm::PublicBody => "public_body",
            LegalForm::Other => "other",
        }
    }
}

/// Who an organisation's work is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetGroup {
    Children,
    Youth,
    Women,
    Men,
    Seniors,
    Families,
    Refugees,
    Newcomers,
    Everyone,
}

impl TargetGroup {
    pub const ALL: [TargetGroup; 9] = [
        TargetGroup::Children,
        TargetGroup::Youth,
        TargetGroup::Women,
        TargetGroup::Men,
        TargetGroup::Seniors,
        TargetGroup::Families,
        TargetGroup::Refugees,
        TargetGroup::Newcomers,
        TargetGroup::Everyone,
    ];

    pub fn key(self) -> &'static str {
        match self {
            TargetGroup::Children => "children",
            TargetGroup::Youth => "youth",
            TargetGroup::Women => "women",
            TargetGroup::Men => "men",
            TargetGroup::Seniors => "seniors",
            TargetGroup::Families => "families",
            TargetGroup::Refugees => "refugees",
            TargetGroup::Newcomers => "newcomers",
            TargetGroup::Everyone => "everyone",
        }
    }

    pub fn parse(raw: &str) -> Option<TargetGroup> {
        TargetGroup::ALL.into_iter().find(|g| g.key() == raw)
    }
}

/// Step-free access to the premises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WheelchairAccess {
    Yes,
    Partial,
    No,
}

impl WheelchairAccess {
    pub fn key(self) -> &'static str {
        match self {
            WheelchairAccess::Yes => "yes",
            WheelchairAccess::Partial => "partial",
            WheelchairAccess::No => "no",
        }
    }
}

/// A postal address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub street: String,
    pub postcode: String,
    pub city: String,
}

/// The organisation's public contact channels.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicContact {
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub social: Vec<String>,
}

/// Who may see a contact person's details.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Everyone, on the public profile (needs a recorded consent).
    #[default]
    Public,
    /// Signed-in members of the network: representatives and the office.
    Network,
    /// The integration office only.
    Office,
}

impl Visibility {
    pub const ALL: [Visibility; 3] = [Visibility::Public, Visibility::Network, Visibility::Office];

    pub fn key(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Network => "network",
            Visibility::Office => "office",
        }
    }

    pub fn parse(raw: &str) -> Option<Visibility> {
        Visibility::ALL.into_iter().find(|v| v.key() == raw)
    }
}

/// Who is looking at a profile, for deciding which contact persons they see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Audience {
    Public,
    Network,
    Office,
}

/// A person of the organisation; published only with a recorded consent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactPerson {
    pub name: String,
    #[serde(default)]
    pub function: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// The consent to publish this person, if one was recorded and not withdrawn.
    #[serde(default)]
    pub consent: Option<Consent>,
    #[serde(default)]
    pub visibility: Visibility,
}

impl ContactPerson {
    /// True when everyone may see the person: public visibility and a recorded consent.
    pub fn may_be_published(&self) -> bool {
        self.consent.is_some() && self.visibility == Visibility::Public
    }

    /// True when this audience may see the person. Network and office visibility need no
    /// consent to publish, since nothing is published; the office always sees its contacts.
    pub fn visible_to(&self, audience: Audience) -> bool {
        match (audience, self.visibility) {
            (Audience::Office, _) => true,
            (Audience::Network, Visibility::Network) => true,
            (_, Visibility::Public) => self.consent.is_some(),
            _ => false,
        }
    }
}

/// A recorded permission: when, and which consent text was agreed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    /// ISO 8601 timestamp of the consent.
    pub given_at: String,
    /// Identifier of the consent text agreed to.
    pub text_version: String,
    /// Who recorded the consent (`user:42`), when known.
    #[serde(default)]
    pub recorded_by: Option<String>,
}

/// Everything an organisation says about itself: the content of one revision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub name: String,
    #[serde(default)]
    pub short_name: Option<String>,
    pub legal_form: LegalForm,
    #[serde(default)]
    pub mso: bool,
    #[serde(default)]
    pub founded: Option<u16>,
    #[serde(default)]
    pub summary: LocalizedText,
    #[serde(default)]
    pub description: LocalizedText,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub target_groups: Vec<TargetGroup>,
    #[serde(default)]
    pub languages: Vec<LanguageCode>,
    #[serde(default)]
    pub origins: Vec<String>,
    #[serde(default)]
    pub address: Option<Address>,
    #[serde(default)]
    pub district: Option<String>,
    #[serde(default)]
    pub position: Option<GeoPoint>,
    #[serde(default)]
    pub wheelchair: Option<WheelchairAccess>,
    #[serde(default)]
    pub meeting_times: LocalizedText,
    #[serde(default)]
    pub contact: PublicContact,
    #[serde(default)]
    pub contact_persons: Vec<ContactPerson>,
    /// The logo, a stored image named by its hash; revisions from before logos read as none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<LogoHash>,
}

impl Profile {
    /// A profile that says only what every profile must: its name and legal form.
    pub fn new(name: impl Into<String>, legal_form: LegalForm) -> Self {
        Self {
            name: name.into(),
            short_name: None,
            legal_form,
            mso: false,
            founded: None,
            summary: LocalizedText::new(),
            description: LocalizedText::new(),
            categories: Vec::new(),
            target_groups: Vec::new(),
            languages: Vec::new(),
            origins: Vec::new(),
            address: None,
            district: None,
            position: None,
            wheelchair: None,
            meeting_times: LocalizedText::new(),
            contact: PublicContact::default(),
            contact_persons: Vec::new(),
            logo: None,
        }
    }

    /// The contact persons the public may see.
    pub fn public_contact_persons(&self) -> impl Iterator<Item = &ContactPerson> {
        self.contact_persons.iter().filter(|p| p.may_be_published())
    }

    /// The contact persons this audience may see.
    pub fn contact_persons_for(&self, audience: Audience) -> impl Iterator<Item = &ContactPerson> {
        self.contact_persons.iter().filter(move |p| p.visible_to(audience))
    }
}

/// A published organisation: identity plus its last approved profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: OrgId,
    pub slug: Slug,
    pub profile: Profile,
    /// ISO 8601 time of the last approved change.
    pub updated_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(consent: bool) -> ContactPerson {
        ContactPerson {
            name: "A".into(),
            function: None,
            email: Some("a@example.org".into()),
            phone: None,
            consent: consent.then(|| Consent { given_at: "2026-01-01T00:00:00Z".into(), text_version: "v1".into(), recorded_by: None }),
            visibility: Visibility::Public,
        }
    }

    #[test]
    fn only_consenting_persons_are_public() {
        let json = serde_json::json!({"name": "Verein", "legal_form": "initiative"});
        let mut profile: Profile = serde_json::from_value(json).expect("profile");
        profile.contact_persons = vec![person(true), person(false)];
        assert_eq!(profile.public_contact_persons().count(), 1);
    }

    #[test]
    fn each_audience_sees_what_the_visibility_and_consent_allow() {
        let with = |visibility, consent: bool| ContactPerson { visibility, ..person(consent) };
        let cases = [
            (with(Visibility::Public, true), [true, true, true]),
            (with(Visibility::Public, false), [false, false, true]),
            (with(Visibility::Network, true), [false, true, true]),
            (with(Visibility::Network, false), [false, true, true]),
            (with(Visibility::Office, true), [false, false, true]),
        ];
        for (person, expected) in cases {
            let seen = [Audience::Public, Audience::Network, Audience::Office].map(|a| person.visible_to(a));
            assert_eq!(seen, expected, "{person:?}");
        }
    }

    #[test]
    fn target_group_keys_round_trip() {
        for group in TargetGroup::ALL {
            assert_eq!(TargetGroup::parse(group.key()), Some(group));
        }
    }
}
