//! Withdrawing consent takes effect at once: a change that only shows less of contact
//! persons (consent withdrawn, visibility narrowed, person removed) needs no review, and
//! it applies to the published version too, without publishing anything else.

use crate::organisation::{ContactPerson, Profile, Visibility};

/// How a person's publication was reduced.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Reduction {
    Removed(String),
    ConsentWithdrawn(String),
    Narrowed(String, Visibility),
}

fn key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn rank(v: Visibility) -> u8 {
    match v {
        Visibility::Public => 2,
        Visibility::Network => 1,
        Visibility::Office => 0,
    }
}

/// The reductions from `before` to `after`, or `None` when `after` changes anything else.
fn reductions(before: &Profile, after: &Profile) -> Option<Vec<Reduction>> {
    let without_persons = |p: &Profile| Profile { contact_persons: Vec::new(), ..p.clone() };
    if without_persons(before) != without_persons(after) {
        return None;
    }
    let mut found = Vec::new();
    for person in &after.contact_persons {
        let earlier = before.contact_persons.iter().find(|p| key(&p.name) == key(&person.name))?;
        let same_details = ContactPerson { consent: None, visibility: Visibility::Public, ..earlier.clone() }
            == ContactPerson { consent: None, visibility: Visibility::Public, ..person.clone() };
        let consent_ok = person.consent == earlier.consent || person.consent.is_none();
        if !same_details || !consent_ok || rank(person.visibility) > rank(earlier.visibility) {
            return None;
        }
        if person.consent.is_none() && earlier.consent.is_some() {
            found.push(Reduction::ConsentWithdrawn(key(&person.name)));
        }
        if person.visibility != earlier.visibility {
            found.push(Reduction::Narrowed(key(&person.name), person.visibility));
        }
    }
    for earlier in &before.contact_persons {
        if !after.contact_persons.iter().any(|p| key(&p.name) == key(&earlier.name)) {
            found.push(Reduction::Removed(key(&earlier.name)));
        }
    }
    Some(found)
}

/// When the edit from `draft` to `edited` only reduces what is shown of contact persons,
/// the published profile with the same reductions applied; `None` for any other edit, or
/// when the published profile would not change.
pub fn withdrawal_applied_to(published: &Profile, draft: &Profile, edited: &Profile) -> Option<Profile> {
    let found = reductions(draft, edited)?;
    if found.is_empty() {
        return None;
    }
    let mut out = published.clone();
    for reduction in &found {
        match reduction {
            Reduction::Removed(name) => out.contact_persons.retain(|p| key(&p.name) != *name),
            Reduction::ConsentWithdrawn(name) => {
                out.contact_persons.iter_mut().filter(|p| key(&p.name) == *name).for_each(|p| p.consent = None);
            }
            Reduction::Narrowed(name, visibility) => {
                for p in out.contact_persons.iter_mut().filter(|p| key(&p.name) == *name) {
                    if rank(*visibility) < rank(p.visibility) {
                        p.visibility = *visibility;
                    }
                }
            }
        }
    }
    (out != *published).then_some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::organisation::{Consent, LegalForm};

    fn person(name: &str, consent: bool, visibility: Visibility) -> ContactPerson {
        ContactPerson {
            name: name.into(),
            function: None,
            email: Some(format!("{}@verein.example", name.to_lowercase())),
            phone: None,
            consent: consent.then(|| Consent { given_at: "2026-01-01T00:00:00Z".into(), text_version: "v1".into(), recorded_by: None }),
            visibility,
        }
    }

    fn profile(summary: &str, persons: Vec<ContactPerson>) -> Profile {
        let mut p: Profile = serde_json::from_value(serde_json::json!({"name": "Verein", "legal_form": "initiative"})).unwrap();
        p.legal_form = LegalForm::Initiative;
        p.summary.set("de", summary);
        p.contact_persons = persons;
        p
    }

    #[test]
    fn a_withdrawn_consent_applies_to_the_published_version_only() {
        let published = profile("alt", vec![person("Amira", true, Visibility::Public), person("Ben", true, Visibility::Public)]);
        let draft = profile("neu", vec![person("Amira", true, Visibility::Public), person("Ben", true, Visibility::Public)]);
        let edited = profile("neu", vec![person("Amira", false, Visibility::Public), person("Ben", true, Visibility::Network)]);
        let applied = withdrawal_applied_to(&published, &draft, &edited).unwrap();
        assert_eq!(applied.summary.exact("de"), Some("alt"), "the unreviewed summary is not published");
        assert!(!applied.contact_persons[0].may_be_published());
        assert_eq!(applied.contact_persons[1].visibility, Visibility::Network);
    }

    #[test]
    fn removing_a_person_is_a_withdrawal() {
        let published = profile("alt", vec![person("Amira", true, Visibility::Public)]);
        let applied = withdrawal_applied_to(&published, &published, &profile("alt", vec![])).unwrap();
        assert!(applied.contact_persons.is_empty());
    }

    #[test]
    fn anything_else_goes_to_review() {
        let published = profile("alt", vec![person("Amira", false, Visibility::Public)]);
        let cases = [
            profile("neu", vec![person("Amira", false, Visibility::Public)]),
            profile("alt", vec![person("Amira", true, Visibility::Public)]),
            profile("alt", vec![person("Amira", false, Visibility::Public), person("Neu", false, Visibility::Office)]),
            profile("alt", vec![ContactPerson { phone: Some("0711 1234".into()), ..person("Amira", false, Visibility::Public) }]),
            published.clone(),
        ];
        for edited in cases {
            assert_eq!(withdrawal_applied_to(&published, &published, &edited), None, "{edited:?}");
        }
        let office = profile("alt", vec![person("Amira", false, Visibility::Office)]);
        let widened = profile("alt", vec![person("Amira", false, Visibility::Public)]);
        assert_eq!(withdrawal_applied_to(&office, &office, &widened), None, "widening is not a withdrawal");
    }
}
