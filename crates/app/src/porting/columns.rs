//! Column names: the program's own (English, as its export writes them), their German and
//! English alternatives, and a mapping the office gives for other names (`Vereinsname=name`).
//! A row becomes the profile form's input ([`ProfileInput`]), so that it is checked by the same
//! rules as the form.

use domain::category::Category;
use domain::language::LanguageCode;
use domain::profile_form::ProfileInput;

use super::ReadError;

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    Name,
    ShortName,
    LegalForm,
    Mso,
    Founded,
    /// A text per language; the language of the column (`summary_en`), German without one.
    Summary(String),
    Description(String),
    MeetingTimes(String),
    Categories,
    /// Free tags (OpenFairDB): those that name a field of activity become one, the rest are dropped.
    Tags,
    TargetGroups,
    Languages,
    Origins,
    Street,
    Postcode,
    City,
    District,
    Lat,
    Lon,
    Wheelchair,
    Email,
    Phone,
    Website,
    Social,
    Slug,
    /// The entry's id in the system the file comes from, so a second import updates it.
    ExternalId,
    /// Read but not imported (the export's own id and link, the licence, contact persons, whose
    /// consent a file does not carry).
    Ignored,
}

/// Names per field, compared after [`normalise`]: English first (what the export writes), then
/// German and other common spellings.
const NAMES: &[(&str, &[&str])] = &[
    ("name", &["name", "vereinsname", "organisation", "organization", "verein", "titel", "title"]),
    ("short_name", &["shortname", "kurzname", "abkuerzung", "kurzbezeichnung"]),
    ("legal_form", &["legalform", "rechtsform"]),
    ("mso", &["mso", "migrantenorganisation", "migrantenselbstorganisation", "mo"]),
    ("founded", &["founded", "gegruendet", "gruendungsjahr", "gruendung", "foundedon"]),
    ("summary", &["summary", "kurzbeschreibung", "zusammenfassung"]),
    ("description", &["description", "beschreibung"]),
    ("meeting_times", &["meetingtimes", "treffzeiten", "oeffnungszeiten", "openinghours"]),
    ("categories", &["categories", "handlungsfelder", "handlungsfeld", "kategorien", "themen"]),
    ("tags", &["tags", "schlagworte", "stichworte"]),
    ("target_groups", &["targetgroups", "zielgruppen", "zielgruppe"]),
    ("languages", &["languages", "sprachen"]),
    ("origins", &["origins", "herkunft", "herkunftslaender"]),
    ("street", &["street", "strasse", "anschrift", "adresse"]),
    ("postcode", &["postcode", "plz", "postleitzahl", "zip", "zipcode"]),
    ("city", &["city", "ort", "stadt", "wohnort"]),
    ("district", &["district", "stadtteil", "stadtbezirk"]),
    ("lat", &["lat", "latitude", "breitengrad", "breite"]),
    ("lon", &["lon", "lng", "longitude", "laengengrad", "laenge"]),
    ("wheelchair", &["wheelchair", "barrierefrei", "barrierefreiheit", "rollstuhlgerecht"]),
    ("email", &["email", "mail", "emailadresse", "contactemail"]),
    ("phone", &["phone", "telefon", "tel", "telephone", "telefonnummer", "contactphone"]),
    ("website", &["website", "webseite", "homepage", "internetseite", "internet"]),
    ("social", &["social", "socialmedia", "sozialemedien"]),
    ("slug", &["slug"]),
    ("external_id", &["externalid", "externeid", "externekennung"]),
    ("-", &["id", "url", "link", "licence", "license", "lizenz", "contactpersons", "ansprechpersonen", "updatedat"]),
];

/// Lower case, umlauts and ß spelled out, everything but letters and digits dropped:
/// "E-Mail" → "email", "Straße" → "strasse", "Gründungsjahr" → "gruendungsjahr".
pub fn normalise(header: &str) -> String {
    let mut out = String::new();
    for c in header.trim().to_lowercase().chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// The field of a canonical key (`name`, `summary_en`, `-` for "ignore").
pub fn field_of_key(key: &str) -> Option<Field> {
    let key = key.trim();
    type MakeField = fn(String) -> Field;
    let texts: [(&str, MakeField); 3] =
        [("summary", Field::Summary), ("description", Field::Description), ("meeting_times", Field::MeetingTimes)];
    for (prefix, make) in texts {
        if key == prefix {
            return Some(make("de".into()));
        }
        if let Some(lang) = key.strip_prefix(prefix).and_then(|rest| rest.strip_prefix('_')) {
            return LanguageCode::parse(lang).ok().map(|l| make(l.as_str().to_owned()));
        }
    }
    Some(match key {
        "name" => Field::Name,
        "short_name" => Field::ShortName,
        "legal_form" => Field::LegalForm,
        "mso" => Field::Mso,
        "founded" => Field::Founded,
        "categories" => Field::Categories,
        "tags" => Field::Tags,
        "target_groups" => Field::TargetGroups,
        "languages" => Field::Languages,
        "origins" => Field::Origins,
        "street" => Field::Street,
        "postcode" => Field::Postcode,
        "city" => Field::City,
        "district" => Field::District,
        "lat" => Field::Lat,
        "lon" => Field::Lon,
        "wheelchair" => Field::Wheelchair,
        "email" => Field::Email,
        "phone" => Field::Phone,
        "website" => Field::Website,
        "social" => Field::Social,
        "slug" => Field::Slug,
        "external_id" => Field::ExternalId,
        "-" => Field::Ignored,
        _ => return None,
    })
}

/// The field a header names, by its known names; a language at the end (`summary_en`,
/// `Beschreibung (tr)`) chooses the language of a text column.
pub fn field_of_header(header: &str) -> Option<Field> {
    let lowered = header.trim().to_lowercase();
    let split = lowered.trim_end_matches(')').rsplit_once(['_', ' ', '(', '-', '.']);
    if let Some((stem, lang)) = split {
        if let (Ok(lang), Some(Field::Summary(_) | Field::Description(_) | Field::MeetingTimes(_))) =
            (LanguageCode::parse(lang.trim()), field_of_header(stem))
        {
            return field_of_key(&format!("{}_{}", key_of(stem)?, lang.as_str()));
        }
    }
    let normalised = normalise(header);
    NAMES.iter().find(|(_, names)| names.contains(&normalised.as_str())).and_then(|(key, _)| field_of_key(key))
}

fn key_of(stem: &str) -> Option<&'static str> {
    let normalised = normalise(stem);
    NAMES.iter().find(|(_, names)| names.contains(&normalised.as_str())).map(|(key, _)| *key)
}

/// A mapping the office gives: `Header=key` pairs, separated by commas or new lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnMapping(Vec<(String, Field)>);

impl ColumnMapping {
    pub fn parse(raw: &str) -> Result<Self, ReadError> {
        let mut pairs = Vec::new();
        for part in raw.split([',', '\n']).map(str::trim).filter(|p| !p.is_empty()) {
            let (header, key) = part.split_once('=').ok_or_else(|| ReadError::BadMapping(part.to_owned()))?;
            let field = field_of_key(key).ok_or_else(|| ReadError::BadMapping(part.to_owned()))?;
            pairs.push((normalise(header), field));
        }
        Ok(ColumnMapping(pairs))
    }

    /// The field of a header: the mapping first, then the known names.
    pub fn field(&self, header: &str) -> Option<Field> {
        let normalised = normalise(header);
        self.0.iter().find(|(h, _)| *h == normalised).map(|(_, f)| f.clone()).or_else(|| field_of_header(header))
    }
}

/// A cell as the import reads it: a leading apostrophe that the export put before a formula
/// character (`'=…`, `'+49…`) is removed; anything else, formulas included, is plain text.
pub fn cell_text(raw: &str) -> &str {
    match raw.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => raw,
    }
}

/// A list cell: values separated by semicolons, commas or line breaks.
fn list(raw: &str) -> Vec<String> {
    raw.split([';', ',', '\n', '|']).map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned).collect()
}

fn yes_no(raw: &str) -> Option<bool> {
    match normalise(raw).as_str() {
        "true" | "yes" | "ja" | "j" | "y" | "x" | "1" | "wahr" => Some(true),
        "false" | "no" | "nein" | "n" | "0" | "falsch" | "" => Some(false),
        _ => None,
    }
}

/// OpenFairDB's category id of a company.
const OFDB_COMPANY: &str = "77b3c33a92554bcf8e8c2c86cedd6f6f";

/// Legal forms by key or German name; an unknown value stays as it is and the form's rules refuse it.
fn legal_form(raw: &str) -> String {
    // OpenFairDB's kinds of place, by its category ids: an initiative, or a company.
    if raw.contains(super::read::OFDB_INITIATIVE) {
        return "initiative".into();
    }
    if raw.contains(OFDB_COMPANY) {
        return "other".into();
    }
    let key = match normalise(raw).as_str() {
        "ev" | "eingetragenerverein" | "verein" | "registeredassociation" => "registered_association",
        "ggmbh" | "gemeinnuetzigegmbh" | "nonprofitcompany" | "gug" => "nonprofit_company",
        "initiative" | "gruppe" | "group" => "initiative",
        "religionsgemeinschaft" | "religiousgemeinschaft" | "religiouscommunity" | "gemeinde" => "religious_community",
        "oeffentlichestelle" | "behoerde" | "publicbody" => "public_body",
        "sonstige" | "andere" | "other" => "other",
        _ => return raw.trim().to_owned(),
    };
    key.to_owned()
}

fn target_group(raw: &str) -> String {
    let key = match normalise(raw).as_str() {
        "kinder" => "children",
        "jugendliche" | "jugend" => "youth",
        "frauen" => "women",
        "maenner" => "men",
        "senioren" | "seniorinnen" | "seniorinnenundsenioren" => "seniors",
        "familien" => "families",
        "gefluechtete" | "fluechtlinge" => "refugees",
        "neuzugewanderte" | "neuankommende" => "newcomers",
        "alle" => "everyone",
        _ => return raw.trim().to_lowercase(),
    };
    key.to_owned()
}

fn wheelchair(raw: &str) -> String {
    match normalise(raw).as_str() {
        "" => String::new(),
        "ja" | "yes" => "yes".into(),
        "teilweise" | "partial" | "partly" => "partial".into(),
        "nein" | "no" => "no".into(),
        _ => raw.trim().to_owned(),
    }
}

/// A category by key, or by its name in any language.
fn category(raw: &str, categories: &[Category]) -> String {
    let wanted = normalise(raw);
    categories
        .iter()
        .find(|c| c.key == raw.trim() || normalise(&c.key) == wanted || c.labels.iter().any(|(_, label)| normalise(label) == wanted))
        .map_or_else(|| raw.trim().to_owned(), |c| c.key.clone())
}

fn set_text(texts: &mut Vec<(String, String)>, lang: &str, value: &str) {
    texts.retain(|(l, _)| l != lang);
    texts.push((lang.to_owned(), value.to_owned()));
}

/// What a row says besides the profile.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowExtras {
    pub slug: Option<String>,
    pub external_id: Option<String>,
}

/// Writes one cell into the form's input (which may already hold the stored profile: a column
/// the file has replaces that field, the others stay).
pub fn apply_cell(input: &mut ProfileInput, extras: &mut RowExtras, field: &Field, raw: &str, categories: &[Category]) {
    let value = cell_text(raw);
    let owned = || value.trim().to_owned();
    match field {
        Field::Name => input.name = owned(),
        Field::ShortName => input.short_name = owned(),
        Field::LegalForm => input.legal_form = legal_form(value),
        // A value that is neither yes nor no keeps the form's default (no).
        Field::Mso => input.mso = yes_no(value).unwrap_or(false),
        Field::Founded => input.founded = founded_year(value),
        Field::Summary(lang) => set_text(&mut input.summary, lang, value),
        Field::Description(lang) => set_text(&mut input.description, lang, value),
        Field::MeetingTimes(lang) => set_text(&mut input.meeting_times, lang, value),
        Field::Categories => input.categories = list(value).iter().map(|c| category(c, categories)).collect(),
        Field::Tags => {
            let tags = list(value);
            let known = tags.iter().map(|t| category(t, categories)).filter(|k| categories.iter().any(|c| c.key == *k));
            for key in known {
                if !input.categories.contains(&key) {
                    input.categories.push(key);
                }
            }
        }
        Field::TargetGroups => input.target_groups = list(value).iter().map(|g| target_group(g)).collect(),
        Field::Languages => input.languages = list(value).iter().map(|l| l.to_lowercase()).collect(),
        Field::Origins => input.origins = list(value).join(", "),
        Field::Street => input.street = owned(),
        Field::Postcode => input.postcode = owned(),
        Field::City => input.city = owned(),
        Field::District => input.district = owned(),
        Field::Lat => input.lat = owned(),
        Field::Lon => input.lon = owned(),
        Field::Wheelchair => input.wheelchair = wheelchair(value),
        Field::Email => input.email = owned(),
        Field::Phone => input.phone = owned(),
        Field::Website => input.website = owned(),
        Field::Social => input.social = list(value).join("\n"),
        Field::Slug => extras.slug = Some(owned()).filter(|s| !s.is_empty()),
        Field::ExternalId => extras.external_id = Some(owned()).filter(|s| !s.is_empty()),
        Field::Ignored => {}
    }
}

/// A founding year from a year or a date (`2004`, `2004-05-01`, `01.05.2004`); anything else
/// stays as typed, for the form's rule to refuse.
fn founded_year(raw: &str) -> String {
    let raw = raw.trim();
    let digits: Vec<&str> = raw.split(['-', '.', '/']).filter(|p| p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit())).collect();
    match digits.as_slice() {
        [year] if raw.len() > 4 => (*year).to_owned(),
        _ => raw.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_and_english_names_and_languages() {
        assert_eq!(field_of_header("Name"), Some(Field::Name));
        assert_eq!(field_of_header("E-Mail"), Some(Field::Email));
        assert_eq!(field_of_header(" Straße "), Some(Field::Street));
        assert_eq!(field_of_header("PLZ"), Some(Field::Postcode));
        assert_eq!(field_of_header("Gründungsjahr"), Some(Field::Founded));
        assert_eq!(field_of_header("summary_de"), Some(Field::Summary("de".into())));
        assert_eq!(field_of_header("summary_en"), Some(Field::Summary("en".into())));
        assert_eq!(field_of_header("Beschreibung (tr)"), Some(Field::Description("tr".into())));
        assert_eq!(field_of_header("Kurzbeschreibung"), Some(Field::Summary("de".into())));
        assert_eq!(field_of_header("meeting_times_de"), Some(Field::MeetingTimes("de".into())));
        assert_eq!(field_of_header("contact_persons"), Some(Field::Ignored));
        assert_eq!(field_of_header("Lieblingsfarbe"), None);
    }

    #[test]
    fn the_mapping_comes_first_and_refuses_unknown_keys() {
        let mapping = ColumnMapping::parse("Vereinsbezeichnung=name, Ort=district").unwrap_or_default();
        assert_eq!(mapping.field("vereinsbezeichnung"), Some(Field::Name));
        assert_eq!(mapping.field("Ort"), Some(Field::District));
        assert_eq!(mapping.field("PLZ"), Some(Field::Postcode));
        assert_eq!(ColumnMapping::parse("X=colour"), Err(ReadError::BadMapping("X=colour".into())));
        assert_eq!(ColumnMapping::parse("no equals sign"), Err(ReadError::BadMapping("no equals sign".into())));
    }

    #[test]
    fn formulas_are_text_and_the_exports_apostrophe_goes() {
        assert_eq!(cell_text("'=HYPERLINK(\"x\")"), "=HYPERLINK(\"x\")");
        assert_eq!(cell_text("'+49 7141 1"), "+49 7141 1");
        assert_eq!(cell_text("=1+1"), "=1+1");
        assert_eq!(cell_text("'s Gärtle"), "'s Gärtle");
    }

    #[test]
    fn values_in_german_become_keys() {
        let mut input = ProfileInput::default();
        let mut extras = RowExtras::default();
        let categories = vec![Category {
            key: "language".into(),
            labels: domain::localized::LocalizedText::new().with("de", "Sprache & Übersetzung"),
            position: 1,
        }];
        for (field, value) in [
            (Field::LegalForm, "e.V."),
            (Field::Mso, "ja"),
            (Field::Founded, "01.05.2004"),
            (Field::Categories, "Sprache & Übersetzung; sport"),
            (Field::TargetGroups, "Frauen, Kinder"),
            (Field::Wheelchair, "teilweise"),
            (Field::Slug, " "),
        ] {
            apply_cell(&mut input, &mut extras, &field, value, &categories);
        }
        assert_eq!(input.legal_form, "registered_association");
        assert!(input.mso);
        assert_eq!(input.founded, "2004");
        assert_eq!(input.categories, vec!["language".to_owned(), "sport".to_owned()]);
        assert_eq!(input.target_groups, vec!["women".to_owned(), "children".to_owned()]);
        assert_eq!(input.wheelchair, "partial");
        assert_eq!(extras.slug, None);
    }
}
