//! Reading urlencoded form bodies with repeated and dotted field names
//! (`categories=a&categories=b`, `persons.0.name=…`), which typed extractors cannot express.

use axum::body::Bytes;

/// The fields of a form body, in order.
pub struct FormFields(pub Vec<(String, String)>);

impl FormFields {
    pub fn parse(body: &Bytes) -> Self {
        Self(serde_urlencoded::from_bytes(body).unwrap_or_default())
    }

    /// The first value of a field, or "".
    pub fn one(&self, name: &str) -> String {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
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
    }
}
