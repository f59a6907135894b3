//! The association's profile as an edit form: every field as the volunteer typed it, turned
//! into a [`Profile`] by the rules below, or into a list of field errors so that the form can
//! be shown again with the input kept and each problem named at its field.

pub mod section;

use crate::geo::GeoPoint;
use crate::language::LanguageCode;
use crate::localized::LocalizedText;
use crate::organisation::{Address, Consent, ContactPerson, LegalForm, Profile, PublicContact, TargetGroup, Visibility, WheelchairAccess};

/// Version of the consent text a representative confirms for a contact person.
pub const CONSENT_TEXT_VERSION: &str = "contact-consent-v1";

/// Limits, in characters.
pub const MAX_NAME: usize = 200;
pub const MAX_SHORT_NAME: usize = 60;
pub const MAX_SUMMARY: usize = 300;
pub const MAX_DESCRIPTION: usize = 10_000;
pub const MAX_MEETING_TIMES: usize = 500;
pub const MAX_ORIGINS: usize = 20;
pub const MAX_LINE: usize = 200;
pub const MAX_PERSONS: usize = 10;

/// A contact person as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonInput {
    pub name: String,
    pub function: String,
    pub email: String,
    pub phone: String,
    /// `public`, `network` or `office`.
    pub visibility: String,
    /// The box "this person agreed" is ticked.
    pub consent: bool,
}

/// The whole form as typed. Texts per language are `(language code, text)` pairs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileInput {
    pub name: String,
    pub short_name: String,
    pub legal_form: String,
    pub mso: bool,
    pub founded: String,
    pub summary: Vec<(String, String)>,
    pub description: Vec<(String, String)>,
    pub meeting_times: Vec<(String, String)>,
    pub categories: Vec<String>,
    pub target_groups: Vec<String>,
    pub languages: Vec<String>,
    /// Countries or regions, separated by commas or lines.
    pub origins: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub district: String,
    pub lat: String,
    pub lon: String,
    pub wheelchair: String,
    pub email: String,
    pub phone: String,
    pub website: String,
    /// One link a line.
    pub social: String,
    pub persons: Vec<PersonInput>,
}

/// A problem with one field: `field` names the form field (`name`, `summary.de`,
/// `persons.1.email`), `code` the message (`form-error-<code>` in the translations).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub code: &'static str,
}

/// What the rules need to know besides the input.
pub struct FormContext<'a> {
    /// Keys of the office's fields of activity.
    pub categories: &'a [String],
    /// Keys of the city's districts.
    pub districts: &'a [String],
    /// The profile before this edit, to keep the consent records of persons who stay.
    pub previous: Option<&'a Profile>,
    /// Who records a new consent (`user:42`).
    pub recorded_by: &'a str,
    /// Now, RFC 3339, for new consent records.
    pub now: &'a str,
    /// The current year, the latest founding year accepted.
    pub this_year: u16,
}

impl ProfileInput {
    /// The form filled with a stored profile.
    pub fn from_profile(profile: &Profile) -> Self {
        let texts = |t: &LocalizedText| t.iter().map(|(l, s)| (l.to_owned(), s.to_owned())).collect();
        let address = profile.address.clone();
        Self {
            name: profile.name.clone(),
            short_name: profile.short_name.clone().unwrap_or_default(),
            legal_form: profile.legal_form.key().to_owned(),
            mso: profile.mso,
            founded: profile.founded.map(|y| y.to_string()).unwrap_or_default(),
            summary: texts(&profile.summary),
            description: texts(&profile.description),
            meeting_times: texts(&profile.meeting_times),
            categories: profile.categories.clone(),
            target_groups: profile.target_groups.iter().map(|g| g.key().to_owned()).collect(),
            languages: profile.languages.iter().map(|l| l.as_str().to_owned()).collect(),
            origins: profile.origins.join(", "),
            street: address.as_ref().map(|a| a.street.clone()).unwrap_or_default(),
            postcode: address.as_ref().map(|a| a.postcode.clone()).unwrap_or_default(),
            city: address.as_ref().map(|a| a.city.clone()).unwrap_or_default(),
            district: profile.district.clone().unwrap_or_default(),
            lat: profile.position.map(|p| format!("{:.6}", p.lat())).unwrap_or_default(),
            lon: profile.position.map(|p| format!("{:.6}", p.lon())).unwrap_or_default(),
            wheelchair: profile.wheelchair.map(|w| w.key().to_owned()).unwrap_or_default(),
            email: profile.contact.email.clone().unwrap_or_default(),
            phone: profile.contact.phone.clone().unwrap_or_default(),
            website: profile.contact.website.clone().unwrap_or_default(),
            social: profile.contact.social.join("\n"),
            persons: profile
                .contact_persons
                .iter()
                .map(|p| PersonInput {
                    name: p.name.clone(),
                    function: p.function.clone().unwrap_or_default(),
                    email: p.email.clone().unwrap_or_default(),
                    phone: p.phone.clone().unwrap_or_default(),
                    visibility: p.visibility.key().to_owned(),
                    consent: p.consent.is_some(),
                })
                .collect(),
        }
    }

    /// The text of a language in one of the per-language fields.
    pub fn text<'a>(texts: &'a [(String, String)], lang: &str) -> &'a str {
        texts.iter().find(|(l, _)| l == lang).map_or("", |(_, t)| t.as_str())
    }

    /// Applies the rules: a profile, or every problem found.
    pub fn validate(&self, ctx: &FormContext<'_>) -> Result<Profile, Vec<FieldError>> {
        let mut errors = Errors::default();
        let name = clean(&self.name);
        match name.chars().count() {
            0 => errors.add("name", "required"),
            1 => errors.add("name", "too_short"),
            n if n > MAX_NAME => errors.add("name", "too_long"),
            _ => {}
        }
        let short_name = optional(&self.short_name);
        if short_name.as_ref().is_some_and(|s| s.chars().count() > MAX_SHORT_NAME) {
            errors.add("short_name", "too_long");
        }
        let legal_form = LegalForm::ALL.into_iter().find(|f| f.key() == self.legal_form.trim());
        if legal_form.is_none() {
            errors.add("legal_form", "choose_one");
        }
        let founded = match self.founded.trim() {
            "" => None,
            raw => match raw.parse::<u16>() {
                Ok(year) if (1800..=ctx.this_year).contains(&year) => Some(year),
                _ => {
                    errors.add("founded", "year");
                    None
                }
            },
        };
        let summary = localized(&self.summary, "summary", MAX_SUMMARY, &mut errors);
        let description = localized(&self.description, "description", MAX_DESCRIPTION, &mut errors);
        let meeting_times = localized(&self.meeting_times, "meeting_times", MAX_MEETING_TIMES, &mut errors);
        let categories = unique(&self.categories);
        if categories.iter().any(|c| !ctx.categories.contains(c)) {
            errors.add("categories", "unknown_choice");
        }
        let mut target_groups: Vec<TargetGroup> = unique(&self.target_groups).iter().filter_map(|g| TargetGroup::parse(g)).collect();
        if target_groups.len() != unique(&self.target_groups).len() {
            errors.add("target_groups", "unknown_choice");
        }
        target_groups.sort();
        let languages: Vec<LanguageCode> = unique(&self.languages).iter().filter_map(|l| LanguageCode::parse(l).ok()).collect();
        if languages.len() != unique(&self.languages).len() {
            errors.add("languages", "unknown_choice");
        }
        let origins: Vec<String> = self.origins.split([',', '\n', ';', '،']).map(clean).filter(|o| !o.is_empty()).collect();
        if origins.len() > MAX_ORIGINS || origins.iter().any(|o| o.chars().count() > 60) {
            errors.add("origins", "too_long");
        }
        let address = self.address(&mut errors);
        let district = optional(&self.district);
        if district.as_ref().is_some_and(|d| !ctx.districts.contains(d)) {
            errors.add("district", "unknown_choice");
        }
        let position = self.position(&mut errors);
        let wheelchair = match self.wheelchair.trim() {
            "" => None,
            "yes" => Some(WheelchairAccess::Yes),
            "partial" => Some(WheelchairAccess::Partial),
            "no" => Some(WheelchairAccess::No),
            _ => {
                errors.add("wheelchair", "choose_one");
                None
            }
        };
        let contact = self.contact(&mut errors);
        let contact_persons = self.persons(ctx, &mut errors);
        if !errors.0.is_empty() {
            return Err(errors.0);
        }
        Ok(Profile {
            name,
            short_name,
            legal_form: legal_form.unwrap_or(LegalForm::Other),
            mso: self.mso,
            founded,
            summary,
            description,
            categories,
            target_groups,
            languages,
            origins,
            address,
            district,
            position,
            wheelchair,
            meeting_times,
            contact,
            contact_persons,
            // The logo has a form of its own; this form keeps it as it was.
            logo: ctx.previous.and_then(|p| p.logo.clone()),
        })
    }

    fn address(&self, errors: &mut Errors) -> Option<Address> {
        let (street, postcode, city) = (clean(&self.street), clean(&self.postcode), clean(&self.city));
        if street.is_empty() && postcode.is_empty() && city.is_empty() {
            return None;
        }
        if !(postcode.len() == 5 && postcode.bytes().all(|b| b.is_ascii_digit())) {
            errors.add("postcode", "postcode");
        }
        if city.is_empty() {
            errors.add("city", "required");
        }
        if street.chars().count() > MAX_LINE || city.chars().count() > MAX_LINE {
            errors.add("street", "too_long");
        }
        Some(Address { street, postcode, city })
    }

    fn position(&self, errors: &mut Errors) -> Option<GeoPoint> {
        let (lat, lon) = (self.lat.trim().replace(',', "."), self.lon.trim().replace(',', "."));
        if lat.is_empty() && lon.is_empty() {
            return None;
        }
        match (lat.parse::<f64>(), lon.parse::<f64>()) {
            (Ok(lat), Ok(lon)) => match GeoPoint::new(lat, lon) {
                Ok(point) => Some(point),
                Err(_) => {
                    errors.add("position", "position");
                    None
                }
            },
            _ => {
                errors.add("position", "position");
                None
            }
        }
    }

    fn contact(&self, errors: &mut Errors) -> PublicContact {
        let email = optional(&self.email);
        if email.as_ref().is_some_and(|e| crate::accounts::EmailAddress::parse(e).is_err()) {
            errors.add("email", "email");
        }
        let phone = optional(&self.phone);
        if phone.as_ref().is_some_and(|p| !is_phone(p)) {
            errors.add("phone", "phone");
        }
        let website = optional(&self.website).map(|w| with_scheme(&w));
        if website.as_ref().is_some_and(|w| !is_web_link(w)) {
            errors.add("website", "link");
        }
        let social: Vec<String> = self.social.lines().map(clean).filter(|l| !l.is_empty()).map(|l| with_scheme(&l)).collect();
        if social.iter().any(|l| !is_web_link(l)) || social.len() > 10 {
            errors.add("social", "link");
        }
        PublicContact { email: email.map(|e| e.to_lowercase()), phone, website, social }
    }

    fn persons(&self, ctx: &FormContext<'_>, errors: &mut Errors) -> Vec<ContactPerson> {
        let rows: Vec<(usize, &PersonInput)> = self
            .persons
            .iter()
            .enumerate()
            .filter(|(_, p)| ![&p.name, &p.function, &p.email, &p.phone].iter().all(|f| f.trim().is_empty()))
            .collect();
        if rows.len() > MAX_PERSONS {
            errors.add("persons", "too_many");
        }
        let mut persons = Vec::new();
        for (i, row) in rows {
            let field = |name: &str| format!("persons.{i}.{name}");
            let name = clean(&row.name);
            if name.is_empty() {
                errors.add(&field("name"), "required");
            } else if name.chars().count() > MAX_LINE {
                errors.add(&field("name"), "too_long");
            }
            let email = optional(&row.email);
            if email.as_ref().is_some_and(|e| crate::accounts::EmailAddress::parse(e).is_err()) {
                errors.add(&field("email"), "email");
            }
            let phone = optional(&row.phone);
            if phone.as_ref().is_some_and(|p| !is_phone(p)) {
                errors.add(&field("phone"), "phone");
            }
            let visibility = Visibility::parse(row.visibility.trim()).unwrap_or_else(|| {
                errors.add(&field("visibility"), "choose_one");
                Visibility::Office
            });
            let earlier = ctx.previous.and_then(|p| p.contact_persons.iter().find(|q| same_person(&q.name, &name)));
            let consent = match (row.consent, earlier.and_then(|p| p.consent.clone())) {
                (false, _) => None,
                (true, Some(kept)) => Some(kept),
                (true, None) => Some(Consent {
                    given_at: ctx.now.to_owned(),
                    text_version: CONSENT_TEXT_VERSION.to_owned(),
                    recorded_by: Some(ctx.recorded_by.to_owned()),
                }),
            };
            persons.push(ContactPerson { name, function: optional(&row.function), email, phone, consent, visibility });
        }
        persons
    }
}

#[derive(Default)]
struct Errors(Vec<FieldError>);

impl Errors {
    fn add(&mut self, field: &str, code: &'static str) {
        if !self.0.iter().any(|e| e.field == field) {
            self.0.push(FieldError { field: field.to_owned(), code });
        }
    }
}

/// Trimmed, inner runs of whitespace (also line breaks) collapsed, control characters removed.
fn clean(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ").chars().filter(|c| !c.is_control()).collect()
}

fn optional(raw: &str) -> Option<String> {
    Some(clean(raw)).filter(|s| !s.is_empty())
}

/// Multi-line text: trimmed, line breaks kept, at most two empty lines in a row.
fn clean_text(raw: &str) -> String {
    let normalised = raw.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::new();
    let mut blank = 0;
    for line in normalised.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            if blank > 2 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.trim().chars().filter(|c| *c == '\n' || !c.is_control()).collect()
}

fn localized(texts: &[(String, String)], field: &str, max: usize, errors: &mut Errors) -> LocalizedText {
    let mut out = LocalizedText::new();
    for (lang, text) in texts {
        let text = clean_text(text);
        if text.is_empty() {
            continue;
        }
        if LanguageCode::parse(lang).is_err() {
            errors.add(&format!("{field}.{lang}"), "unknown_choice");
        } else if text.chars().count() > max {
            errors.add(&format!("{field}.{lang}"), "too_long");
        } else {
            out.set(lang, &text);
        }
    }
    out
}

fn unique(values: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        if !out.iter().any(|o| o == v) {
            out.push(v.to_owned());
        }
    }
    out
}

fn same_person(a: &str, b: &str) -> bool {
    clean(a).to_lowercase() == clean(b).to_lowercase()
}

fn is_phone(raw: &str) -> bool {
    let digits = raw.chars().filter(char::is_ascii_digit).count();
    raw.chars().count() <= 40 && (5..=20).contains(&digits) && raw.chars().all(|c| c.is_ascii_digit() || " +-/().".contains(c))
}

fn with_scheme(raw: &str) -> String {
    if raw.contains("://") {
        raw.to_owned()
    } else {
        format!("https://{raw}")
    }
}

fn is_web_link(raw: &str) -> bool {
    let Some(rest) = raw.strip_prefix("https://").or_else(|| raw.strip_prefix("http://")) else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    raw.chars().count() <= MAX_LINE
        && !raw.chars().any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
}

#[cfg(test)]
mod tests;
