//! Field-by-field differences between two profiles, rendered as short text for the review queue.

use std::borrow::Cow;
use std::collections::BTreeSet;

use crate::localized::LocalizedText;
use crate::organisation::{Address, ContactPerson, Profile};

/// A field of the profile as the review queue names it. Localised texts are one field per
/// language; contact persons are one field per person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileField {
    Name,
    ShortName,
    LegalForm,
    Mso,
    Founded,
    /// The summary in one language (the language code).
    Summary(String),
    /// The description in one language (the language code).
    Description(String),
    Categories,
    TargetGroups,
    Languages,
    Origins,
    Address,
    District,
    Position,
    Wheelchair,
    /// The meeting times in one language (the language code).
    MeetingTimes(String),
    ContactEmail,
    ContactPhone,
    ContactWebsite,
    ContactSocial,
    /// A contact person's name, function, email and phone; the person's name.
    ContactPerson(String),
    /// Whether a contact person agreed to be published; the person's name.
    ContactPersonConsent(String),
    /// The logo; values are [`LogoHash`](crate::logo::LogoHash)es.
    Logo,
}

impl ProfileField {
    /// Stable key, e.g. `name`, `summary.de`, `contact.email`, `contact_persons`: the label key
    /// with the language appended for localised texts.
    pub fn key(&self) -> Cow<'static, str> {
        match self.language() {
            Some(lang) => Cow::Owned(format!("{}.{lang}", self.label_key())),
            None => Cow::Borrowed(self.label_key()),
        }
    }

    /// Stable key of the field's label, the same for every language and person
    /// (`summary`, `contact_persons`, `contact_persons.consent`).
    pub fn label_key(&self) -> &'static str {
        match self {
            ProfileField::Name => "name",
            ProfileField::ShortName => "short_name",
            ProfileField::LegalForm => "legal_form",
            ProfileField::Mso => "mso",
            ProfileField::Founded => "founded",
            ProfileField::Summary(_) => "summary",
            ProfileField::Description(_) => "description",
            ProfileField::Categories => "categories",
            ProfileField::TargetGroups => "target_groups",
            ProfileField::Languages => "languages",
            ProfileField::Origins => "origins",
            ProfileField::Address => "address",
            ProfileField::District => "district",
            ProfileField::Position => "position",
            ProfileField::Wheelchair => "wheelchair",
            ProfileField::MeetingTimes(_) => "meeting_times",
            ProfileField::ContactEmail => "contact.email",
            ProfileField::ContactPhone => "contact.phone",
            ProfileField::ContactWebsite => "contact.website",
            ProfileField::ContactSocial => "contact.social",
            ProfileField::ContactPerson(_) => "contact_persons",
            ProfileField::ContactPersonConsent(_) => "contact_persons.consent",
            ProfileField::Logo => "logo",
        }
    }

    /// The language of a localised text field.
    pub fn language(&self) -> Option<&str> {
        match self {
            ProfileField::Summary(lang) | ProfileField::Description(lang) | ProfileField::MeetingTimes(lang) => Some(lang),
            _ => None,
        }
    }

    /// The contact person a field is about.
    pub fn person(&self) -> Option<&str> {
        match self {
            ProfileField::ContactPerson(name) | ProfileField::ContactPersonConsent(name) => Some(name),
            _ => None,
        }
    }
}

/// One changed field: its value before and after, `None` where the field is empty.
///
/// Most values are the text the organisation entered, shown as is. These are stable keys
/// the web layer translates or looks up:
/// - `legal_form`: a [`LegalForm`](crate::organisation::LegalForm) key (`registered_association`…);
/// - `mso` and `contact_persons.consent`: `yes` or `no`;
/// - `wheelchair`: a [`WheelchairAccess`](crate::organisation::WheelchairAccess) key (`yes`, `partial`, `no`);
/// - `target_groups`: [`TargetGroup`](crate::organisation::TargetGroup) keys joined with `", "`;
/// - `categories`: category keys joined with `", "` (labels come from the managed list);
/// - `district`: a district key (its name comes from the managed list);
/// - `languages`: ISO 639 codes joined with `", "`;
/// - `logo`: the image's [`LogoHash`](crate::logo::LogoHash).
///
/// Keys never contain `", "`, so a joined list can be split again for translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: ProfileField,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// What changed from `before` to `after`, field by field, in the order of the profile form.
///
/// Unchanged fields give nothing. With `before = None` (a new proposal) every field with a
/// value is listed; `mso` always has one (`yes` or `no`), as does `legal_form`.
///
/// Values are compared as rendered, so what the reviewer is shown is what counts:
/// lists are sorted, so a different order is no change; surrounding whitespace is ignored;
/// positions are shown with four decimals (about 10 m), smaller moves are not listed.
/// Contact persons are matched by name (case and spacing ignored): a renamed person shows
/// as one removed and one added. A person present on either side also gets a
/// `contact_persons.consent` line when whether they may be published differs.
pub fn diff_profiles(before: Option<&Profile>, after: &Profile) -> Vec<FieldChange> {
    let mut changes = Changes { before, after, list: Vec::new() };
    changes.field(ProfileField::Name, |p| text(&p.name));
    changes.field(ProfileField::Logo, |p| p.logo.as_ref().map(|l| l.as_str().to_owned()));
    changes.field(ProfileField::ShortName, |p| opt_text(p.short_name.as_deref()));
    changes.field(ProfileField::LegalForm, |p| Some(p.legal_form.key().to_owned()));
    changes.field(ProfileField::Mso, |p| Some(yes_no(p.mso).to_owned()));
    changes.field(ProfileField::Founded, |p| p.founded.map(|y| y.to_string()));
    changes.localized(|p| &p.summary, ProfileField::Summary);
    changes.localized(|p| &p.description, ProfileField::Description);
    changes.field(ProfileField::Categories, |p| list(p.categories.iter().map(String::as_str)));
    changes.field(ProfileField::TargetGroups, |p| {
        let groups: BTreeSet<_> = p.target_groups.iter().collect();
        list_in_order(groups.into_iter().map(|g| g.key()))
    });
    changes.field(ProfileField::Languages, |p| list(p.languages.iter().map(|l| l.as_str())));
    changes.field(ProfileField::Origins, |p| list(p.origins.iter().map(String::as_str)));
    changes.field(ProfileField::Address, |p| p.address.as_ref().and_then(address));
    changes.field(ProfileField::District, |p| opt_text(p.district.as_deref()));
    changes.field(ProfileField::Position, |p| p.position.map(|g| format!("{:.4}, {:.4}", g.lat(), g.lon())));
    changes.field(ProfileField::Wheelchair, |p| p.wheelchair.map(|w| w.key().to_owned()));
    changes.localized(|p| &p.meeting_times, ProfileField::MeetingTimes);
    changes.field(ProfileField::ContactEmail, |p| opt_text(p.contact.email.as_deref()));
    changes.field(ProfileField::ContactPhone, |p| opt_text(p.contact.phone.as_deref()));
    changes.field(ProfileField::ContactWebsite, |p| opt_text(p.contact.website.as_deref()));
    changes.field(ProfileField::ContactSocial, |p| list(p.contact.social.iter().map(String::as_str)));
    changes.contact_persons();
    changes.list
}

struct Changes<'p> {
    before: Option<&'p Profile>,
    after: &'p Profile,
    list: Vec<FieldChange>,
}

impl<'p> Changes<'p> {
    fn push(&mut self, field: ProfileField, before: Option<String>, after: Option<String>) {
        if before != after {
            self.list.push(FieldChange { field, before, after });
        }
    }

    fn field(&mut self, field: ProfileField, render: impl Fn(&Profile) -> Option<String>) {
        let before = self.before.and_then(&render);
        let after = render(self.after);
        self.push(field, before, after);
    }

    /// One change per language whose text differs, in language-code order.
    fn localized(&mut self, text_of: impl Fn(&Profile) -> &LocalizedText, field: fn(String) -> ProfileField) {
        let before = self.before.map(&text_of);
        let after = text_of(self.after);
        let languages: BTreeSet<&str> =
            before.into_iter().flat_map(LocalizedText::iter).chain(after.iter()).map(|(lang, _)| lang).collect();
        for lang in languages {
            let old = before.and_then(|t| t.exact(lang)).and_then(text);
            let new = after.exact(lang).and_then(text);
            self.push(field(lang.to_owned()), old, new);
        }
    }

    /// Persons in the order of the old profile (changed or removed), then the added ones.
    fn contact_persons(&mut self) {
        let old: &[ContactPerson] = self.before.map_or(&[], |p| &p.contact_persons);
        let new = &self.after.contact_persons;
        let mut taken = vec![false; new.len()];
        let mut pairs: Vec<(Option<&ContactPerson>, Option<&ContactPerson>)> = Vec::new();
        for person in old {
            let key = person_key(&person.name);
            let found = new.iter().enumerate().position(|(j, p)| !taken[j] && person_key(&p.name) == key);
            if let Some(j) = found {
                taken[j] = true;
            }
            pairs.push((Some(person), found.map(|j| &new[j])));
        }
        pairs.extend(new.iter().zip(&taken).filter(|(_, taken)| !**taken).map(|(p, _)| (None, Some(p))));

        for (old, new) in pairs {
            let Some(name) = new.or(old).map(|p| p.name.split_whitespace().collect::<Vec<_>>().join(" ")) else { continue };
            self.push(ProfileField::ContactPerson(name.clone()), old.and_then(person), new.and_then(person));
            let consent = |p: &ContactPerson| yes_no(p.may_be_published()).to_owned();
            self.push(ProfileField::ContactPersonConsent(name), old.map(consent), new.map(consent));
        }
    }
}

fn text(raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

fn opt_text(raw: Option<&str>) -> Option<String> {
    raw.and_then(text)
}

fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

/// Non-empty items, sorted and without repeats, joined with ", ".
fn list<'a>(items: impl Iterator<Item = &'a str>) -> Option<String> {
    let sorted: BTreeSet<&str> = items.map(str::trim).filter(|i| !i.is_empty()).collect();
    list_in_order(sorted.into_iter())
}

fn list_in_order<'a>(items: impl Iterator<Item = &'a str>) -> Option<String> {
    let joined = items.collect::<Vec<_>>().join(", ");
    (!joined.is_empty()).then_some(joined)
}

/// "Street 1, 71634 Ludwigsburg".
fn address(address: &Address) -> Option<String> {
    let town = [address.postcode.trim(), address.city.trim()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
    list_in_order([address.street.trim(), town.as_str()].into_iter().filter(|s| !s.is_empty()))
}

/// "Ayşe Yılmaz, Vorsitzende, ayse@example.org, 07141 123456".
fn person(person: &ContactPerson) -> Option<String> {
    let name = person.name.split_whitespace().collect::<Vec<_>>().join(" ");
    let details = [person.function.as_deref(), person.email.as_deref(), person.phone.as_deref()];
    list_in_order(std::iter::once(name.as_str()).chain(details.into_iter().flatten().map(str::trim)).filter(|s| !s.is_empty()))
}

fn person_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[cfg(test)]
mod tests;
