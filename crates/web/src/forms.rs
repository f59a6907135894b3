//! What the forms of every capability share: reading urlencoded bodies with repeated and dotted
//! field names (`categories=a&categories=b`, `persons.0.name=…`, which typed extractors cannot
//! express), checkbox and option choices, the lists of languages to choose from, and field errors
//! as translated messages beside their fields.

use std::collections::HashMap;

use axum::body::Bytes;
use domain::language::UiLocale;
use domain::profile_form::FieldError;

use crate::i18n::Tr;

/// Spoken languages offered as checkboxes, as in `locales/*/languages.ftl`.
pub const SPOKEN_LANGUAGES: [&str; 31] = [
    "de", "en", "tr", "ar", "uk", "ru", "fa", "prs", "ps", "ku", "ti", "am", "it", "el", "hr", "bs", "sr", "pl", "ro", "sq", "es", "pt",
    "fr", "vi", "ta", "so", "bg", "hu", "zh", "ur", "hi",
];

/// A checkbox or option.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

/// `(value, label)` pairs as choices, those in `selected` checked.
pub fn choices(items: impl IntoIterator<Item = (String, String)>, selected: &[String]) -> Vec<Choice> {
    items.into_iter().map(|(value, label)| Choice { checked: selected.contains(&value), value, label }).collect()
}

/// The spoken languages as checkboxes in the reader's language; a code that was sent but is not
/// in the list is kept (checked), so that the form shows what it received.
pub fn spoken_languages(tr: &Tr, selected: &[String]) -> Vec<Choice> {
    let mut list: Vec<(String, String)> = SPOKEN_LANGUAGES.iter().map(|c| ((*c).to_owned(), tr.language_name(c))).collect();
    for code in selected {
        if !SPOKEN_LANGUAGES.contains(&code.as_str()) {
            list.push((code.clone(), tr.language_name(code)));
        }
    }
    choices(list, selected)
}

/// The interface languages by their own names (`Türkçe`), `chosen` checked.
pub fn interface_languages(chosen: &str) -> Vec<Choice> {
    UiLocale::ALL
        .iter()
        .map(|l| Choice { value: l.code().to_owned(), label: l.endonym().to_owned(), checked: l.code() == chosen })
        .collect()
}

/// The problems of a sent form, translated (`form-error-<code>`), in the form's order for the
/// summary above it and by field for the message beside each field.
#[derive(Default)]
pub struct FieldErrors {
    /// `(field, message)` in the order the fields were checked.
    pub list: Vec<(String, String)>,
    by_field: HashMap<String, String>,
    /// Field labels, so that the summary names the field of each message.
    labels: HashMap<String, String>,
}

/// One line of the error summary above a form: a link to the field, naming it.
pub struct SummaryItem {
    pub anchor: String,
    pub text: String,
}

impl FieldErrors {
    pub fn new(tr: &Tr, errors: &[FieldError]) -> Self {
        Self::from_messages(errors.iter().map(|e| (e.field.clone(), tr.t(&format!("form-error-{}", e.code.replace('_', "-"))))).collect())
    }

    /// Errors already worded, `(field, message)` in the form's order.
    pub fn from_messages(list: Vec<(String, String)>) -> Self {
        FieldErrors { by_field: list.iter().cloned().collect(), list, labels: HashMap::new() }
    }

    /// The same errors with the fields' labels for the summary.
    pub fn labelled(mut self, labels: impl IntoIterator<Item = (String, String)>) -> Self {
        self.labels.extend(labels);
        self
    }

    /// The summary: each message as "Label: message", linked to its field (`#f-<field>`).
    pub fn summary(&self) -> Vec<SummaryItem> {
        self.list
            .iter()
            .map(|(field, message)| SummaryItem {
                anchor: format!("f-{}", field.replace('.', "-")),
                text: match self.labels.get(field) {
                    Some(label) => format!("{label}: {message}"),
                    None => message.clone(),
                },
            })
            .collect()
    }

    /// `aria-describedby` naming the field's hint and, if it has a problem, its message (one
    /// attribute: a second one would be ignored), with `aria-invalid` then.
    pub fn described(&self, field: &str, hint_id: &str) -> String {
        if self.by_field.contains_key(field) {
            format!(r#"aria-invalid="true" aria-describedby="{hint_id} {}""#, self.err_id(field))
        } else {
            format!(r#"aria-describedby="{hint_id}""#)
        }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// One more problem, after those there are; a field keeps its first message.
    pub fn add(&mut self, field: &str, message: String) {
        if !self.by_field.contains_key(field) {
            self.by_field.insert(field.to_owned(), message.clone());
            self.list.push((field.to_owned(), message));
        }
    }

    /// The message for a field, if it has a problem.
    pub fn err(&self, field: &str) -> Option<&String> {
        self.by_field.get(field)
    }

    /// The id of a field's message, for `aria-describedby`.
    pub fn err_id(&self, field: &str) -> String {
        format!("err-{}", field.replace('.', "-"))
    }

    /// `aria-invalid` and `aria-describedby` for a field with a problem.
    pub fn invalid(&self, field: &str) -> String {
        if self.by_field.contains_key(field) {
            format!(r#"aria-invalid="true" aria-describedby="{}""#, self.err_id(field))
        } else {
            String::new()
        }
    }
}

/// The fields of a form body, in order (bytes that are not UTF-8 read as U+FFFD), and which
/// single fields were read although they came more than once with different values.
pub struct FormFields(pub Vec<(String, String)>, Repeated);

/// The names of single fields that came more than once (see [`FormFields::one`]).
#[derive(Default)]
pub struct Repeated(std::sync::Mutex<Vec<String>>);

impl FormFields {
    /// Reads a urlencoded body. NUL characters are dropped: no person types one, and
    /// PostgreSQL refuses them in text (a 503 where a message belongs).
    pub fn parse(body: &Bytes) -> Self {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body).unwrap_or_default();
        Self::from_pairs(pairs.into_iter().map(|(k, v)| (k.replace('\0', ""), v.replace('\0', ""))).collect())
    }

    /// Fields already read.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        Self(pairs, Repeated::default())
    }

    /// The value of a single field, or "". A field sent more than once with different values
    /// (no form of the site does that; a tampered or broken client may) gives all of them,
    /// joined by a space, so that the form shown again keeps everything that was typed, and
    /// is noted for [`FormFields::repeated`].
    pub fn one(&self, name: &str) -> String {
        let mut values: Vec<&str> = Vec::new();
        for (_, value) in self.0.iter().filter(|(k, _)| k == name) {
            if !value.is_empty() && !values.contains(&value.as_str()) {
                values.push(value);
            }
        }
        if values.len() > 1 {
            let mut repeated = self.1 .0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            if !repeated.iter().any(|r| r == name) {
                repeated.push(name.to_owned());
            }
        }
        values.join(" ")
    }

    /// A `repeated` error for every single field read so far that came more than once with
    /// different values: such a form is shown again, never acted on.
    pub fn repeated(&self) -> Vec<FieldError> {
        let repeated = self.1 .0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        repeated.iter().map(|field| FieldError { field: field.clone(), code: "repeated" }).collect()
    }

    /// For a form whose fields are all single (no group of checkboxes): every field but the
    /// token read once, so that [`FormFields::repeated`] names each one that came more than once
    /// with different values.
    pub fn all_single(&self) -> Vec<FieldError> {
        let mut names: Vec<&str> = Vec::new();
        for (name, _) in &self.0 {
            if name != "csrf" && !names.contains(&name.as_str()) {
                names.push(name);
            }
        }
        for name in names {
            self.one(name);
        }
        self.repeated()
    }

    /// Every value of a repeated field.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
    }

    /// True when a checkbox was ticked.
    pub fn ticked(&self, name: &str) -> bool {
        self.0.iter().any(|(k, v)| k == name && !v.is_empty())
    }

    /// `(suffix, value)` of fields named `prefix.suffix`, e.g. the languages of `summary.de`.
    pub fn with_prefix(&self, prefix: &str) -> Vec<(String, String)> {
        let prefix = format!("{prefix}.");
        self.0.iter().filter_map(|(k, v)| k.strip_prefix(&prefix).map(|rest| (rest.to_owned(), v.clone()))).collect()
    }
}

/// A form body read into `T` as `axum::Form` reads it, except that a field sent more than once
/// does not refuse the whole form (which lost everything typed): its values come joined (see
/// [`FormFields::one`]) and its name is in `repeated`, so that the handler shows the form
/// again with everything typed and `form-error-repeated`. A body that still does not fit `T`
/// is refused as before (a translated "bad request" page).
pub struct Posted<T> {
    pub form: T,
    /// The fields that came more than once with different values.
    pub repeated: Vec<String>,
}

impl<T: serde::de::DeserializeOwned, S: Send + Sync> axum::extract::FromRequest<S> for Posted<T> {
    type Rejection = axum::response::Response;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let body = Bytes::from_request(request, state).await.map_err(IntoResponse::into_response)?;
        let fields = FormFields::parse(&body);
        let mut names: Vec<&str> = Vec::new();
        for (name, _) in &fields.0 {
            if !names.contains(&name.as_str()) {
                names.push(name);
            }
        }
        let once: Vec<(&str, String)> = names.iter().map(|name| (*name, fields.one(name))).collect();
        let encoded = serde_urlencoded::to_string(&once).unwrap_or_default();
        let form = serde_urlencoded::from_str(&encoded)
            .map_err(|error| (axum::http::StatusCode::UNPROCESSABLE_ENTITY, error.to_string()).into_response())?;
        Ok(Posted { form, repeated: fields.repeated().into_iter().map(|e| e.field).collect() })
    }
}

/// A form's validation with the repeated single fields (see [`FormFields::repeated`]) added to
/// its problems: a form with a field sent twice is shown again with everything typed.
pub fn with_repeated<T>(fields: &FormFields, validated: Result<T, Vec<FieldError>>) -> Result<T, Vec<FieldError>> {
    let repeated = fields.repeated();
    match validated {
        Ok(_) if !repeated.is_empty() => Err(repeated),
        Ok(value) => Ok(value),
        Err(mut errors) => {
            errors.extend(repeated.into_iter().filter(|r| !errors.iter().any(|e| e.field == r.field)).collect::<Vec<_>>());
            Err(errors)
        }
    }
}

/// A file field of a multipart form, read at most `max` bytes: the bytes, or `None` when the
/// file is over the limit (or the body broke off at the route's limit). A file over the limit is
/// read to its end and dropped, so that the browser receives the answer.
pub async fn read_file_field(field: &mut axum::extract::multipart::Field<'_>, max: usize) -> Option<Vec<u8>> {
    let (mut bytes, mut too_big) = (Vec::new(), false);
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) if !too_big && bytes.len() + chunk.len() <= max => bytes.extend_from_slice(&chunk),
            Ok(Some(_)) => {
                too_big = true;
                bytes = Vec::new();
            }
            Ok(None) => return (!too_big).then_some(bytes),
            // Over the route's body limit, or the connection broke.
            Err(_) => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_repeated_dotted_and_ticked_fields() {
        let body = Bytes::from_static(b"name=Verein&categories=a&categories=b&summary.de=Hallo&summary.ar=%D9%85&mso=on&persons.0.name=A");
        let form = FormFields::parse(&body);
        assert_eq!(form.one("name"), "Verein");
        assert_eq!(form.all("categories"), ["a", "b"]);
        assert_eq!(form.with_prefix("summary"), [("de".to_owned(), "Hallo".to_owned()), ("ar".to_owned(), "م".to_owned())]);
        assert!(form.ticked("mso") && !form.ticked("other"));
        assert_eq!(form.one("missing"), "");
        assert!(form.repeated().is_empty(), "repeated fields read with all() are no problem");
    }

    #[test]
    fn a_single_field_sent_twice_keeps_both_values_and_is_named() {
        let form = FormFields::parse(&Bytes::from_static(b"name=Erster&name=&name=Zweiter&text=a&text=a&bad=%FF%FEx"));
        assert_eq!(form.one("name"), "Erster Zweiter");
        assert_eq!(form.one("text"), "a", "the same value twice is one value");
        assert_eq!(form.one("bad"), "\u{fffd}\u{fffd}x", "bytes that are not UTF-8 do not lose the field");
        let repeated = form.repeated();
        assert_eq!(repeated.len(), 1);
        assert_eq!((repeated[0].field.as_str(), repeated[0].code), ("name", "repeated"));
    }

    #[test]
    fn field_errors_are_translated_and_point_at_their_field() {
        let tr = Tr::new(UiLocale::En);
        let errors = FieldErrors::new(&tr, &[FieldError { field: "summary.de".into(), code: "required" }]);
        assert_eq!(errors.list.len(), 1);
        assert!(errors.err("summary.de").is_some_and(|m| !m.starts_with("form-error")));
        assert_eq!(errors.invalid("summary.de"), r#"aria-invalid="true" aria-describedby="err-summary-de""#);
        assert_eq!(errors.invalid("name"), "");
    }

    #[test]
    fn the_summary_names_the_field_and_one_attribute_lists_hint_and_message() {
        let errors = FieldErrors::from_messages(vec![("email".into(), "Bitte ausfüllen.".into()), ("password".into(), "Zu kurz.".into())])
            .labelled([("email".to_owned(), "E-Mail-Adresse".to_owned())]);
        let summary = errors.summary();
        assert_eq!(summary[0].anchor, "f-email");
        assert_eq!(summary[0].text, "E-Mail-Adresse: Bitte ausfüllen.");
        assert_eq!(summary[1].text, "Zu kurz.");
        assert_eq!(errors.described("password", "h-password"), r#"aria-invalid="true" aria-describedby="h-password err-password""#);
        assert_eq!(errors.described("other", "h-other"), r#"aria-describedby="h-other""#);
    }

    #[test]
    fn a_language_sent_but_not_offered_stays_checked() {
        let tr = Tr::new(UiLocale::De);
        let list = spoken_languages(&tr, &["tr".to_owned(), "xyz".to_owned()]);
        assert_eq!(list.len(), SPOKEN_LANGUAGES.len() + 1);
        assert!(list.iter().filter(|c| c.checked).map(|c| c.value.as_str()).eq(["tr", "xyz"]));
    }
}
