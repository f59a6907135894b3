//! Reading a file into rows: CSV (German or English header, `;` or `,` sniffed, quoted line
//! breaks), the program's own JSON, GeoJSON, and OpenFairDB / Karte von morgen (its entries'
//! CSV export and its JSON API's entry shape). Streaming: rows are read one by one, at most
//! [`MAX_ROWS`] of them and at most [`MAX_ROW_BYTES`] each, so memory stays bounded whatever the
//! file's size.

use std::fmt;
use std::io::{BufReader, Read, Seek};

use domain::category::Category;
use domain::district::District;
use domain::organisation::Profile;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::columns::{ColumnMapping, Field, RowExtras};
use super::decode::{detect_encoding, sniff, Decoded, Encoding, Looks, RowGuard, ROW_TOO_LONG};
use super::ReadError;

/// At most this many rows per file; a longer file is refused before anything is planned.
pub const MAX_ROWS: usize = 50_000;
/// At most this many bytes per row (one entry of a JSON file).
pub const MAX_ROW_BYTES: u64 = 1024 * 1024;

/// The formats the import reads and the export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Csv,
    Json,
    GeoJson,
    /// OpenFairDB / Karte von morgen: its CSV export or its JSON entries.
    Ofdb,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Csv, Format::Json, Format::GeoJson, Format::Ofdb];

    pub fn key(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::GeoJson => "geojson",
            Format::Ofdb => "ofdb",
        }
    }

    pub fn parse(raw: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.key() == raw.trim().to_lowercase())
    }

    /// The format a file name suggests (`.csv`, `.json`, `.geojson`).
    pub fn from_file_name(name: &str) -> Option<Format> {
        let lower = name.to_lowercase();
        if lower.ends_with(".geojson") {
            Some(Format::GeoJson)
        } else if lower.ends_with(".json") {
            Some(Format::Json)
        } else if lower.ends_with(".csv") || lower.ends_with(".txt") {
            Some(Format::Csv)
        } else {
            None
        }
    }

    /// The namespace of external ids of this format: only OpenFairDB's ids are kept.
    pub fn external_source(self) -> &'static str {
        match self {
            Format::Ofdb => "ofdb",
            _ => "file",
        }
    }
}

/// What one row holds.
#[derive(Debug, Clone, PartialEq)]
pub enum RowData {
    /// Cells of a flat row (CSV, GeoJSON properties, OpenFairDB), by field.
    Cells(Vec<(Field, String)>),
    /// A whole profile (the program's own JSON), with its consent records.
    Profile(Box<Profile>),
    /// The entry could not be read; the reason in English for logs, the code for messages.
    Unreadable(String),
}

/// One row of the file: its line (CSV) or entry number (JSON), what it holds and its ids.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceRow {
    pub line: u64,
    pub data: RowData,
    pub extras: RowExtras,
}

/// A file read into rows.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadFile {
    pub rows: Vec<SourceRow>,
    pub encoding: Encoding,
    /// The CSV separator found, `None` for JSON.
    pub delimiter: Option<char>,
    /// Headers (or properties) that name no field; they are not imported.
    pub unknown_columns: Vec<String>,
    /// Fields of activity and districts the file brings (the program's own JSON), so that a
    /// city moving in keeps them.
    pub setup: FileSetup,
}

/// The fields of activity and districts of the program's own JSON export.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileSetup {
    pub categories: Vec<Category>,
    pub districts: Vec<District>,
}

/// Reads the file in `format`; a file that is not what the format says is refused as a whole.
pub fn read_file<R: Read + Seek>(mut source: R, format: Format, mapping: &ColumnMapping) -> Result<ReadFile, ReadError> {
    let mut head = vec![0u8; 4096];
    let n = read_up_to(&mut source, &mut head)?;
    let looks = sniff(&head[..n])?;
    source.rewind().map_err(io_error)?;
    let encoding = detect_encoding(&mut source).map_err(io_error)?;
    let decoded = Decoded::new(source, encoding).map_err(io_error)?;
    let (guarded, counter) = RowGuard::new(decoded, MAX_ROW_BYTES);
    match (format, looks) {
        (Format::Csv, Looks::Json) => Err(ReadError::WrongFormat { expected: format, found: "json", detail: String::new() }),
        (Format::Json | Format::GeoJson, Looks::Text) => {
            Err(ReadError::WrongFormat { expected: format, found: "csv", detail: String::new() })
        }
        (Format::Csv, Looks::Text) => read_csv(guarded, counter, mapping, encoding, &head[..n]),
        (Format::Ofdb, Looks::Text) => {
            let mut file = read_csv(guarded, counter, &ofdb_columns(), encoding, &head[..n])?;
            for row in &mut file.rows {
                if let RowData::Cells(cells) = &mut row.data {
                    long_summary_is_description(cells);
                }
            }
            Ok(file)
        }
        (Format::Json | Format::GeoJson | Format::Ofdb, Looks::Json) => read_json(guarded, counter, format, mapping, encoding),
    }
}

fn read_up_to<R: Read>(source: &mut R, buf: &mut [u8]) -> Result<usize, ReadError> {
    let mut got = 0;
    while got < buf.len() {
        match source.read(&mut buf[got..]).map_err(io_error)? {
            0 => break,
            n => got += n,
        }
    }
    Ok(got)
}

fn io_error(e: std::io::Error) -> ReadError {
    if e.to_string().contains(ROW_TOO_LONG) {
        ReadError::RowTooLong
    } else {
        ReadError::Io(e.to_string())
    }
}

/// The separator of the header line: the one of `;`, `,` and tab found most outside quotes.
fn sniff_delimiter(head: &[u8]) -> u8 {
    let mut counts = [(b';', 0usize), (b',', 0), (b'\t', 0)];
    let mut quoted = false;
    for &b in head {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            _ if !quoted => {
                if let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
                    c.1 += 1;
                }
            }
            _ => {}
        }
    }
    counts.iter().max_by_key(|(_, n)| *n).filter(|(_, n)| *n > 0).map_or(b',', |(d, _)| *d)
}

fn read_csv<R: Read>(
    source: RowGuard<R>,
    counter: super::decode::RowCounter,
    mapping: &ColumnMapping,
    encoding: Encoding,
    head: &[u8],
) -> Result<ReadFile, ReadError> {
    let delimiter = sniff_delimiter(head);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(BufReader::with_capacity(16 * 1024, source));
    let headers = reader.headers().map_err(csv_error)?.clone();
    let mut fields = Vec::with_capacity(headers.len());
    let mut unknown_columns = Vec::new();
    for header in headers.iter() {
        let field = mapping.field(header);
        if field.is_none() && !header.trim().is_empty() {
            unknown_columns.push(header.trim().chars().take(60).collect());
        }
        fields.push(field);
    }
    if !fields.contains(&Some(Field::Name)) {
        return Err(ReadError::NoNameColumn { headers: headers.iter().take(12).map(|h| h.chars().take(40).collect()).collect() });
    }
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut next_line = 2;
    loop {
        counter.reset();
        if !reader.read_record(&mut record).map_err(csv_error)? {
            break;
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            next_line = next_line.max(record.position().map_or(0, |p| p.line()) + 1);
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(ReadError::TooManyRows);
        }
        // The csv crate counts a CRLF file's lines one short at the start of a record, and skips
        // empty lines: the later of its count and ours (lines spanned so far) is the row's line.
        let line = record.position().map_or(0, |p| p.line()).max(next_line);
        next_line = line + 1 + record.iter().map(|c| c.matches('\n').count() as u64).sum::<u64>();
        let mut extras = RowExtras::default();
        let mut cells = Vec::with_capacity(fields.len());
        for (field, value) in fields.iter().zip(record.iter()) {
            match field {
                Some(Field::Slug) => extras.slug = Some(value.trim().to_owned()).filter(|s| !s.is_empty()),
                Some(Field::ExternalId) => extras.external_id = Some(value.trim().to_owned()).filter(|s| !s.is_empty()),
                Some(Field::Ignored) | None => {}
                Some(field) => cells.push((field.clone(), value.to_owned())),
            }
        }
        rows.push(SourceRow { line, data: RowData::Cells(cells), extras });
    }
    Ok(ReadFile { rows, encoding, delimiter: Some(char::from(delimiter)), unknown_columns, setup: FileSetup::default() })
}

fn csv_error(e: csv::Error) -> ReadError {
    match e.kind() {
        csv::ErrorKind::Io(io) => io_error(std::io::Error::new(io.kind(), io.to_string())),
        csv::ErrorKind::Utf8 { pos, .. } => ReadError::Io(format!("invalid text at line {}", pos.as_ref().map_or(0, |p| p.line()))),
        _ => ReadError::Io(e.to_string()),
    }
}

/// OpenFairDB's CSV columns, before the known names: `title`, `description`, `zip`, `lng`,
/// `homepage`, `contact_email`, `opening_hours`, `founded_on`, `tags`, its `categories` (an
/// initiative or a company) as the legal form, and `id` as the external id.
fn ofdb_columns() -> ColumnMapping {
    ColumnMapping::parse(
        "id=external_id,title=name,description=summary,opening_hours=meeting_times,tags=tags,categories=legal_form,\
         created_at=-,created_by=-,version=-,country=-,state=-,contact_name=-,avg_rating=-,image_url=-,image_link_url=-,\
         osm_node=-,created=-",
    )
    .unwrap_or_default()
}

/// OpenFairDB has one description; longer than a summary may be, it is the description.
fn long_summary_is_description(cells: &mut [(Field, String)]) {
    for (field, value) in cells.iter_mut() {
        if let Field::Summary(lang) = field {
            if value.chars().count() > domain::profile_form::MAX_SUMMARY {
                *field = Field::Description(lang.clone());
            }
        }
    }
}

/// Calls `each` with every element of the top-level array, or of the array under `key` of the
/// top-level object, one at a time.
struct Elements<'a> {
    key: &'static str,
    each: &'a mut dyn FnMut(Value) -> Result<(), ReadError>,
    failure: &'a mut Option<ReadError>,
    setup: &'a mut FileSetup,
}

impl<'de> DeserializeSeed<'de> for Elements<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Elements<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a list of entries, or an object with `{}`", self.key)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(item) = seq.next_element::<Value>()? {
            if let Err(e) = (self.each)(item) {
                *self.failure = Some(e);
                return Err(de::Error::custom("stopped"));
            }
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut found = false;
        while let Some(key) = map.next_key::<String>()? {
            if key == self.key && !found {
                found = true;
                map.next_value_seed(Elements {
                    key: self.key,
                    each: &mut *self.each,
                    failure: &mut *self.failure,
                    setup: &mut *self.setup,
                })?;
            } else if key == "categories" && self.key == "organisations" {
                self.setup.categories = map.next_value::<Vec<Category>>()?.into_iter().take(200).collect();
            } else if key == "districts" && self.key == "organisations" {
                self.setup.districts = map.next_value::<Vec<District>>()?.into_iter().take(500).collect();
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        if found {
            Ok(())
        } else {
            Err(de::Error::custom(format!("no `{}`", self.key)))
        }
    }
}

fn read_json<R: Read>(
    source: RowGuard<R>,
    counter: super::decode::RowCounter,
    format: Format,
    mapping: &ColumnMapping,
    encoding: Encoding,
) -> Result<ReadFile, ReadError> {
    let key = match format {
        Format::GeoJson => "features",
        Format::Ofdb => "entries",
        _ => "organisations",
    };
    let mut rows = Vec::new();
    let mut unknown_columns: Vec<String> = Vec::new();
    let mut each = |value: Value| -> Result<(), ReadError> {
        counter.reset();
        if rows.len() == MAX_ROWS {
            return Err(ReadError::TooManyRows);
        }
        let line = rows.len() as u64 + 1;
        let row = match format {
            Format::GeoJson => geojson_row(line, value, mapping, &mut unknown_columns),
            Format::Ofdb => ofdb_row(line, &value),
            _ => own_json_row(line, value),
        };
        rows.push(row);
        Ok(())
    };
    let mut failure = None;
    let mut setup = FileSetup::default();
    let mut deserializer = serde_json::Deserializer::from_reader(BufReader::with_capacity(16 * 1024, source));
    let result = Elements { key, each: &mut each, failure: &mut failure, setup: &mut setup }
        .deserialize(&mut deserializer)
        .and_then(|()| deserializer.end());
    if let Some(failure) = failure {
        return Err(failure);
    }
    if let Err(e) = result {
        if e.is_io() {
            return Err(io_error(std::io::Error::other(e.to_string())));
        }
        return Err(ReadError::WrongFormat { expected: format, found: "json", detail: String::new() }.with_detail(e.to_string()));
    }
    unknown_columns.sort();
    unknown_columns.dedup();
    Ok(ReadFile { rows, encoding, delimiter: None, unknown_columns, setup })
}

/// An entry of the program's own JSON: `{"slug": …, "profile": {…}}` (external id optional).
fn own_json_row(line: u64, value: Value) -> SourceRow {
    let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    let extras = RowExtras { slug: text(&value, "slug"), external_id: text(&value, "external_id") };
    let data = match value.get("profile").cloned().map(serde_json::from_value::<Profile>) {
        Some(Ok(profile)) => RowData::Profile(Box::new(profile)),
        Some(Err(e)) => RowData::Unreadable(e.to_string()),
        None => RowData::Unreadable("no profile".into()),
    };
    SourceRow { line, data, extras }
}

/// A cell of a JSON value: text as it is, numbers and yes/no written out, lists joined by `;`.
fn json_cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(json_cell).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(";"),
        other => other.to_string(),
    }
}

fn geojson_row(line: u64, feature: Value, mapping: &ColumnMapping, unknown: &mut Vec<String>) -> SourceRow {
    let mut cells = Vec::new();
    let mut extras = RowExtras::default();
    if let Some(properties) = feature.get("properties").and_then(Value::as_object) {
        for (key, value) in properties {
            match mapping.field(key) {
                Some(Field::Slug) => extras.slug = Some(json_cell(value)).filter(|s| !s.is_empty()),
                Some(Field::ExternalId) => extras.external_id = Some(json_cell(value)).filter(|s| !s.is_empty()),
                Some(Field::Ignored) => {}
                Some(field) => cells.push((field, json_cell(value))),
                None => {
                    if unknown.len() < 50 {
                        unknown.push(key.chars().take(60).collect());
                    }
                }
            }
        }
    }
    let geometry = feature.get("geometry");
    if geometry.and_then(|g| g.get("type")).and_then(Value::as_str) == Some("Point") {
        if let Some([lon, lat, ..]) = geometry.and_then(|g| g.get("coordinates")).and_then(Value::as_array).map(Vec::as_slice) {
            cells.retain(|(f, _)| !matches!(f, Field::Lat | Field::Lon));
            cells.push((Field::Lat, json_cell(lat)));
            cells.push((Field::Lon, json_cell(lon)));
        }
    }
    if feature.get("type").and_then(Value::as_str) != Some("Feature") {
        return SourceRow { line, data: RowData::Unreadable("not a GeoJSON feature".into()), extras };
    }
    SourceRow { line, data: RowData::Cells(cells), extras }
}

/// OpenFairDB's category id of an initiative (its other kind of place is a company).
pub(crate) const OFDB_INITIATIVE: &str = "2cd00bebec0c48ba9db761da48678134";

/// An entry in the shape of OpenFairDB's JSON API (`GET /entries/{ids}`): `id`, `title`,
/// `description`, `lat`/`lng`, address fields, `email`, `telephone`, `homepage`,
/// `opening_hours`, `founded_on`, `categories` (its ids), `tags`, `custom` links.
fn ofdb_row(line: u64, entry: &Value) -> SourceRow {
    let text = |k: &str| entry.get(k).map(json_cell).unwrap_or_default();
    let extras = RowExtras { slug: None, external_id: Some(text("id")).filter(|s| !s.is_empty()) };
    if !entry.is_object() || entry.get("title").is_none() {
        return SourceRow { line, data: RowData::Unreadable("not an OpenFairDB entry".into()), extras };
    }
    let categories: Vec<String> =
        entry.get("categories").and_then(Value::as_array).map(|c| c.iter().map(json_cell).collect()).unwrap_or_default();
    let legal_form = if categories.iter().any(|c| c == OFDB_INITIATIVE) { "initiative" } else { "other" };
    let links: Vec<String> = entry
        .get("custom")
        .and_then(Value::as_array)
        .map(|links| links.iter().filter_map(|l| l.get("url").and_then(Value::as_str)).map(str::to_owned).collect())
        .unwrap_or_default();
    let mut cells = vec![
        (Field::Name, text("title")),
        (Field::Summary("de".into()), text("description")),
        (Field::LegalForm, legal_form.to_owned()),
        (Field::Lat, text("lat")),
        (Field::Lon, text("lng")),
        (Field::Street, text("street")),
        (Field::Postcode, text("zip")),
        (Field::City, text("city")),
        (Field::Email, text("email")),
        (Field::Phone, text("telephone")),
        (Field::Website, text("homepage")),
        (Field::MeetingTimes("de".into()), text("opening_hours")),
        (Field::Founded, text("founded_on")),
        (Field::Tags, text("tags")),
    ];
    long_summary_is_description(&mut cells);
    if !links.is_empty() {
        cells.push((Field::Social, links.join(";")));
    }
    SourceRow { line, data: RowData::Cells(cells), extras }
}

#[cfg(test)]
mod tests;
