//! The profile form's six parts. A volunteer may save one part alone (the contact data, say):
//! the other parts are taken from the stored draft, not from the page, so nothing else changes.

use super::ProfileInput;

/// One part of the profile form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileSection {
    /// Name, short name, legal form, self-organisation, year founded.
    Basics,
    /// Summary, description and meeting times in every language.
    Texts,
    /// Fields of activity, target groups, languages spoken, origins.
    Work,
    /// Address, district, position, wheelchair access.
    Place,
    /// The association's email, phone, website and social links.
    Contact,
    /// Contact persons.
    Persons,
}

impl ProfileSection {
    pub const ALL: [Self; 6] = [Self::Basics, Self::Texts, Self::Work, Self::Place, Self::Contact, Self::Persons];

    /// Its key in URLs and message ids (`edit-section-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Basics => "basics",
            Self::Texts => "texts",
            Self::Work => "work",
            Self::Place => "place",
            Self::Contact => "contact",
            Self::Persons => "persons",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    /// True when a form field (as [`super::FieldError`] names it: `summary.de`, `persons.1.email`)
    /// belongs to this part.
    pub fn owns(self, field: &str) -> bool {
        let head = field.split('.').next().unwrap_or(field);
        let fields: &[&str] = match self {
            Self::Basics => &["name", "short_name", "legal_form", "mso", "founded"],
            Self::Texts => &["summary", "description", "meeting_times"],
            Self::Work => &["categories", "target_groups", "languages", "origins"],
            Self::Place => &["street", "postcode", "city", "district", "position", "lat", "lon", "wheelchair"],
            Self::Contact => &["email", "phone", "website", "social"],
            Self::Persons => &["persons"],
        };
        fields.contains(&head)
    }

    /// `stored` (the draft as a form) with this part's fields as `sent`.
    pub fn merge(self, stored: ProfileInput, sent: ProfileInput) -> ProfileInput {
        match self {
            Self::Basics => ProfileInput {
                name: sent.name,
                short_name: sent.short_name,
                legal_form: sent.legal_form,
                mso: sent.mso,
                founded: sent.founded,
                ..stored
            },
            Self::Texts => {
                ProfileInput { summary: sent.summary, description: sent.description, meeting_times: sent.meeting_times, ..stored }
            }
            Self::Work => ProfileInput {
                categories: sent.categories,
                target_groups: sent.target_groups,
                languages: sent.languages,
                origins: sent.origins,
                ..stored
            },
            Self::Place => ProfileInput {
                street: sent.street,
                postcode: sent.postcode,
                city: sent.city,
                district: sent.district,
                lat: sent.lat,
                lon: sent.lon,
                wheelchair: sent.wheelchair,
                ..stored
            },
            Self::Contact => ProfileInput { email: sent.email, phone: sent.phone, website: sent.website, social: sent.social, ..stored },
            Self::Persons => ProfileInput { persons: sent.persons, ..stored },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile_form::PersonInput;

    fn stored() -> ProfileInput {
        ProfileInput {
            name: "Kulturverein Brückenschlag e.V.".into(),
            legal_form: "registered_association".into(),
            description: vec![("de".into(), "Wir treffen uns.".into())],
            categories: vec!["kultur".into()],
            city: "Ludwigsburg".into(),
            email: "alt@verein.example".into(),
            phone: "07141 1".into(),
            persons: vec![PersonInput { name: "Vera".into(), visibility: "office".into(), ..Default::default() }],
            ..Default::default()
        }
    }

    #[test]
    fn saving_the_contact_part_changes_only_the_contact_data() {
        // The page sent the contact part only: the other fields are absent (empty).
        let sent = ProfileInput {
            email: "neu@verein.example".into(),
            phone: String::new(),
            website: "https://verein.example".into(),
            ..Default::default()
        };
        let merged = ProfileSection::Contact.merge(stored(), sent);
        assert_eq!(merged.email, "neu@verein.example");
        assert_eq!(merged.phone, "", "an emptied contact field is emptied");
        assert_eq!(merged.website, "https://verein.example");
        let unchanged =
            ProfileInput { email: String::new(), phone: String::new(), website: String::new(), social: String::new(), ..merged };
        let before = ProfileInput { email: String::new(), phone: String::new(), website: String::new(), social: String::new(), ..stored() };
        assert_eq!(unchanged, before, "name, texts, place and persons stay as stored");
    }

    #[test]
    fn every_part_takes_exactly_its_own_fields() {
        let sent = ProfileInput {
            name: "Neu".into(),
            description: vec![("de".into(), "Neu".into())],
            categories: vec!["sport".into()],
            city: "Kornwestheim".into(),
            email: "neu@verein.example".into(),
            persons: Vec::new(),
            ..Default::default()
        };
        for section in ProfileSection::ALL {
            let merged = section.merge(stored(), sent.clone());
            assert_eq!(merged.name == "Neu", section == ProfileSection::Basics, "{section:?}");
            assert_eq!(merged.description == sent.description, section == ProfileSection::Texts, "{section:?}");
            assert_eq!(merged.categories == sent.categories, section == ProfileSection::Work, "{section:?}");
            assert_eq!(merged.city == "Kornwestheim", section == ProfileSection::Place, "{section:?}");
            assert_eq!(merged.email == sent.email, section == ProfileSection::Contact, "{section:?}");
            assert_eq!(merged.persons.is_empty(), section == ProfileSection::Persons, "{section:?}");
            assert_eq!(ProfileSection::parse(section.key()), Some(section));
        }
        assert_eq!(ProfileSection::parse("everything"), None);
    }

    #[test]
    fn field_errors_belong_to_their_part() {
        assert!(ProfileSection::Texts.owns("summary.de"));
        assert!(ProfileSection::Persons.owns("persons.1.email"));
        assert!(ProfileSection::Place.owns("position"));
        assert!(ProfileSection::Contact.owns("email"));
        assert!(!ProfileSection::Contact.owns("persons.0.email"));
        assert!(!ProfileSection::Basics.owns("summary.de"));
    }
}
