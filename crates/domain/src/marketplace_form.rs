//! An offer or need as typed into the form, turned into [`ItemContent`] by the rules below,
//! or into field errors so that the form comes back with the input kept.

use crate::language::LanguageCode;
use crate::marketplace::{ItemContent, ItemVisibility, Weekday, ITEM_CATEGORIES};
use crate::profile_form::FieldError;

pub const MAX_TITLE: usize = 120;
pub const MAX_DESCRIPTION: usize = 2_000;
pub const MAX_TIME: usize = 80;

/// The form's fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemInput {
    pub title: String,
    pub description: String,
    pub category: String,
    pub languages: Vec<String>,
    /// Day codes `Mo` … `So`; none ticked means any day.
    pub weekdays: Vec<String>,
    pub time: String,
    /// District key, or empty for anywhere.
    pub district: String,
    /// ISO date `YYYY-MM-DD`, or empty.
    pub end_date: String,
    /// The language the texts are written in.
    pub text_lang: String,
    /// `public` or `network`; empty means public.
    pub visibility: String,
}

fn add(errors: &mut Vec<FieldError>, field: &str, code: &'static str) {
    if !errors.iter().any(|e| e.field == field) {
        errors.push(FieldError { field: field.to_owned(), code });
    }
}

fn clean(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True for a real calendar date `YYYY-MM-DD`.
fn is_date(raw: &str) -> bool {
    let parts: Vec<&str> = raw.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return false };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>()) else { return false };
    if !(2000..=2200).contains(&y) || raw.len() != 10 {
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

impl ItemInput {
    /// The form filled with what an item says, to change it.
    pub fn from_content(c: &ItemContent) -> Self {
        ItemInput {
            title: c.title.clone(),
            description: c.description.clone(),
            category: c.category.clone(),
            languages: c.languages.iter().map(|l| l.as_str().to_owned()).collect(),
            weekdays: c.weekdays.iter().flatten().map(|d| d.code().to_owned()).collect(),
            time: c.time.clone().unwrap_or_default(),
            district: c.district.clone().unwrap_or_default(),
            end_date: c.end_date.clone().unwrap_or_default(),
            text_lang: c.text_lang.clone(),
            visibility: c.visibility.key().to_owned(),
        }
    }

    /// Applies the rules; `districts` are the city's district keys, `today` an ISO date.
    pub fn validate(&self, districts: &[String], today: &str) -> Result<ItemContent, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = clean(&self.title);
        match title.chars().count() {
            0 => add(&mut errors, "title", "required"),
            1..=2 => add(&mut errors, "title", "too_short"),
            n if n > MAX_TITLE => add(&mut errors, "title", "too_long"),
            _ => {}
        }
        let description = self.description.replace("\r\n", "\n").trim().to_owned();
        if description.chars().count() > MAX_DESCRIPTION {
            add(&mut errors, "description", "too_long");
        }
        let category = self.category.trim();
        if !ITEM_CATEGORIES.iter().any(|(key, _)| *key == category) {
            add(&mut errors, "category", "choose_one");
        }
        let mut languages = Vec::new();
        for raw in &self.languages {
            match LanguageCode::parse(raw) {
                Ok(code) if !languages.contains(&code) => languages.push(code),
                Ok(_) => {}
                Err(_) => add(&mut errors, "languages", "unknown_choice"),
            }
        }
        let mut weekdays = Vec::new();
        for raw in &self.weekdays {
            match Weekday::ALL.into_iter().find(|d| d.code() == raw.trim()) {
                Some(day) if !weekdays.contains(&day) => weekdays.push(day),
                Some(_) => {}
                None => add(&mut errors, "weekdays", "unknown_choice"),
            }
        }
        weekdays.sort_by_key(|d| Weekday::ALL.iter().position(|x| x == d));
        let time = Some(clean(&self.time)).filter(|t| !t.is_empty());
        if time.as_ref().is_some_and(|t| t.chars().count() > MAX_TIME) {
            add(&mut errors, "time", "too_long");
        }
        let district = Some(self.district.trim().to_owned()).filter(|d| !d.is_empty());
        if district.as_ref().is_some_and(|d| !districts.contains(d)) {
            add(&mut errors, "district", "unknown_choice");
        }
        let end_date = Some(self.end_date.trim().to_owned()).filter(|d| !d.is_empty());
        if let Some(date) = &end_date {
            if !is_date(date) {
                add(&mut errors, "end_date", "date");
            } else if date.as_str() < today {
                add(&mut errors, "end_date", "date_past");
            }
        }
        let visibility = match self.visibility.trim() {
            "" => ItemVisibility::Public,
            raw => ItemVisibility::parse(raw).unwrap_or_else(|| {
                add(&mut errors, "visibility", "unknown_choice");
                ItemVisibility::Public
            }),
        };
        let text_lang = LanguageCode::parse(&self.text_lang).map(|l| l.as_str().to_owned()).unwrap_or_else(|_| "de".to_owned());
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ItemContent {
            title,
            description,
            category: category.to_owned(),
            languages,
            weekdays: (!weekdays.is_empty()).then_some(weekdays),
            time,
            district,
            end_date,
            text_lang,
            visibility,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn districts() -> Vec<String> {
        vec!["weststadt".into()]
    }

    #[test]
    fn a_filled_form_becomes_an_item() {
        let input = ItemInput {
            title: "  Raum für   Treffen ".into(),
            description: "Saal für 40 Personen\r\nmit Küche".into(),
            category: "rooms".into(),
            languages: vec!["de".into(), "AR".into(), "de".into()],
            weekdays: vec!["Sa".into(), "Mo".into()],
            time: "ab 18 Uhr".into(),
            district: "weststadt".into(),
            end_date: "2027-03-31".into(),
            text_lang: "de".into(),
            visibility: "network".into(),
        };
        let item = input.validate(&districts(), "2026-11-25").unwrap();
        assert_eq!(item.visibility, ItemVisibility::Network);
        assert_eq!(item.title, "Raum für Treffen");
        assert_eq!(item.description, "Saal für 40 Personen\nmit Küche");
        assert_eq!(item.languages.iter().map(LanguageCode::as_str).collect::<Vec<_>>(), ["de", "ar"]);
        assert_eq!(item.weekdays, Some(vec![Weekday::Mo, Weekday::Sa]));
        assert_eq!(item.end_date.as_deref(), Some("2027-03-31"));
        // The form filled from the item gives the same item back.
        assert_eq!(ItemInput::from_content(&item).validate(&districts(), "2026-11-25").unwrap(), item);
    }

    #[test]
    fn problems_are_named_at_their_fields() {
        let input = ItemInput {
            category: "zauberei".into(),
            weekdays: vec!["Xx".into()],
            district: "atlantis".into(),
            end_date: "2026-02-30".into(),
            visibility: "secret".into(),
            ..Default::default()
        };
        let errors = input.validate(&districts(), "2026-11-25").unwrap_err();
        let got: Vec<(&str, &str)> = errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
        assert_eq!(
            got,
            [
                ("title", "required"),
                ("category", "choose_one"),
                ("weekdays", "unknown_choice"),
                ("district", "unknown_choice"),
                ("end_date", "date"),
                ("visibility", "unknown_choice")
            ]
        );
        let past = ItemInput { title: "Raum".into(), category: "rooms".into(), end_date: "2026-01-01".into(), ..Default::default() };
        assert_eq!(past.validate(&districts(), "2026-11-25").unwrap_err()[0].code, "date_past");
        let any_day = ItemInput { title: "Raum".into(), category: "rooms".into(), ..Default::default() };
        let any_day = any_day.validate(&districts(), "2026-11-25").unwrap();
        assert_eq!(any_day.weekdays, None);
        assert_eq!(any_day.visibility, ItemVisibility::Public, "no choice means public");
    }
}
