//! The corpus of hostile files (`crates/app/tests/porting_corpus`) and generated ones.

use std::io::{Cursor, Read};

use super::*;

fn corpus(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/porting_corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read(name: &str, format: Format) -> Result<ReadFile, ReadError> {
    read_file(Cursor::new(corpus(name)), format, &ColumnMapping::default())
}

fn cell<'a>(row: &'a SourceRow, field: &Field) -> &'a str {
    match &row.data {
        RowData::Cells(cells) => cells.iter().find(|(f, _)| f == field).map_or("", |(_, v)| v.as_str()),
        _ => "",
    }
}

#[test]
fn semicolons_in_windows_1252_with_a_german_header() {
    let file = read("semicolon_windows1252.csv", Format::Csv).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((file.encoding, file.delimiter), (Encoding::Windows1252, Some(';')));
    assert_eq!(file.rows.len(), 2);
    assert_eq!(cell(&file.rows[0], &Field::Name), "Türkischer Elternverein Größenwahn");
    assert_eq!(cell(&file.rows[0], &Field::Street), "Schloßstraße 3");
    assert_eq!(cell(&file.rows[1], &Field::Summary("de".into())), "„Offener Treff“ € frei");
    assert_eq!(file.rows[1].line, 3);
}

#[test]
fn utf8_with_bom_and_per_language_columns() {
    let file = read("bom_comma.csv", Format::Csv).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((file.encoding, file.delimiter), (Encoding::Utf8, Some(',')));
    assert_eq!(cell(&file.rows[0], &Field::Name), "Kulturbrücke Ludwigsburg", "the BOM is not part of the first header");
    assert_eq!(cell(&file.rows[0], &Field::Summary("en".into())), "Culture connects");
}

#[test]
fn quoted_line_breaks_stay_in_their_cell() {
    let file = read("quoted_line_breaks.csv", Format::Csv).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(file.rows.len(), 2);
    assert_eq!(cell(&file.rows[0], &Field::Name), "Nachbarschaftscafé \"Mittendrin\"");
    assert_eq!(cell(&file.rows[0], &Field::MeetingTimes("de".into())), "Mo 10–12 Uhr\nDo 15–17 Uhr");
    assert_eq!(file.rows[1].line, 5, "the second row starts after the three lines of the first");
}

#[test]
fn formulas_and_html_are_read_as_text() {
    let file = read("formulas_and_html.csv", Format::Csv).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cell(&file.rows[0], &Field::Name), "=HYPERLINK(\"https://evil.example\",\"Klick\")");
    assert_eq!(cell(&file.rows[0], &Field::Summary("de".into())), "<script>alert(1)</script><b>fett</b>");
    assert_eq!(cell(&file.rows[1], &Field::Name), "@SUM(1+1)");
}

#[test]
fn files_that_are_not_what_their_name_says() {
    assert_eq!(read("web_page_saved_as.csv", Format::Csv), Err(ReadError::Html));
    assert_eq!(read("spreadsheet_renamed.csv", Format::Csv), Err(ReadError::Spreadsheet));
    assert_eq!(read("utf16.csv", Format::Csv), Err(ReadError::Utf16));
    assert!(matches!(read("json_named_csv.csv", Format::Csv), Err(ReadError::WrongFormat { found: "json", .. })));
    assert!(matches!(read("csv_named_json.json", Format::Json), Err(ReadError::WrongFormat { found: "csv", .. })));
    assert!(matches!(read("no_name_column.csv", Format::Csv), Err(ReadError::NoNameColumn { .. })));
    assert!(matches!(read("bom_comma.csv", Format::GeoJson), Err(ReadError::WrongFormat { .. })));
    let geojson_as_json = br#"{"type":"FeatureCollection","features":[]}"#;
    assert!(matches!(
        read_file(Cursor::new(geojson_as_json.to_vec()), Format::Json, &ColumnMapping::default()),
        Err(ReadError::WrongFormat { .. })
    ));
    assert_eq!(read_file(Cursor::new(Vec::new()), Format::Csv, &ColumnMapping::default()), Err(ReadError::Empty));
}

/// An endless CSV: a header and then rows without end, produced as they are read.
struct Endless {
    produced: Vec<u8>,
    pos: usize,
    row: u64,
    max_rows: u64,
}

impl Read for Endless {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.pos == self.produced.len() {
            if self.row >= self.max_rows {
                return Ok(0);
            }
            self.produced = format!("Verein {},initiative,71634,Ludwigsburg\n", self.row).into_bytes();
            if self.row == 0 {
                self.produced.splice(0..0, b"name,legal_form,postcode,city\n".iter().copied());
            }
            self.row += 1;
            self.pos = 0;
        }
        let n = buf.len().min(self.produced.len() - self.pos);
        buf[..n].copy_from_slice(&self.produced[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

impl std::io::Seek for Endless {
    fn seek(&mut self, _: std::io::SeekFrom) -> std::io::Result<u64> {
        *self = Endless { produced: Vec::new(), pos: 0, row: 0, max_rows: self.max_rows };
        Ok(0)
    }
}

#[test]
fn a_million_rows_stop_at_the_limit() {
    let million = Endless { produced: Vec::new(), pos: 0, row: 0, max_rows: 1_000_000 };
    assert_eq!(read_file(million, Format::Csv, &ColumnMapping::default()), Err(ReadError::TooManyRows));
    let just_fits = Endless { produced: Vec::new(), pos: 0, row: 0, max_rows: MAX_ROWS as u64 };
    assert_eq!(read_file(just_fits, Format::Csv, &ColumnMapping::default()).map(|f| f.rows.len()), Ok(MAX_ROWS));
}

#[test]
fn a_quote_that_never_closes_stops_at_a_megabyte() {
    let mut bytes = b"name,summary\nVerein,\"".to_vec();
    bytes.extend(std::iter::repeat_n(b'x', 3 * 1024 * 1024));
    assert_eq!(read_file(Cursor::new(bytes), Format::Csv, &ColumnMapping::default()), Err(ReadError::RowTooLong));
}

#[test]
fn a_mapping_names_other_columns() {
    let bytes = "Vereinsbezeichnung;Art;Nr\nKulturverein;initiative;A-17\n".as_bytes().to_vec();
    let mapping = ColumnMapping::parse("Vereinsbezeichnung=name,Art=legal_form,Nr=external_id").unwrap_or_default();
    let file = read_file(Cursor::new(bytes), Format::Csv, &mapping).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cell(&file.rows[0], &Field::Name), "Kulturverein");
    assert_eq!(file.rows[0].extras.external_id.as_deref(), Some("A-17"));
    assert!(file.unknown_columns.is_empty());
}

#[test]
fn openfairdb_csv_and_json() {
    let file = read("ofdb_entries.csv", Format::Ofdb).unwrap_or_else(|e| panic!("{e}"));
    let row = &file.rows[0];
    assert_eq!(row.extras.external_id.as_deref(), Some("7cee99c287094a94acbdcf29ffff2e85"));
    assert_eq!(cell(row, &Field::Name), "Repair Café Ludwigsburg");
    assert_eq!(cell(row, &Field::Postcode), "71634");
    assert_eq!(cell(row, &Field::Lon), "9.1911");
    assert_eq!(cell(row, &Field::LegalForm), "2cd00bebec0c48ba9db761da48678134");
    let long = "x".repeat(400);
    let json = serde_json::json!([
        {"id": "abc", "created": 1, "version": 1, "title": "Tauschring", "description": long, "lat": 48.9, "lng": 9.19,
         "categories": [OFDB_INITIATIVE], "tags": ["tausch"], "custom": [{"url": "https://social.example/tauschring"}]},
        {"no": "title"}
    ]);
    let file =
        read_file(Cursor::new(json.to_string().into_bytes()), Format::Ofdb, &ColumnMapping::default()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(file.rows[0].extras.external_id.as_deref(), Some("abc"));
    assert_eq!(cell(&file.rows[0], &Field::Description("de".into())), long, "too long for a summary");
    assert_eq!(cell(&file.rows[0], &Field::LegalForm), "initiative");
    assert_eq!(cell(&file.rows[0], &Field::Social), "https://social.example/tauschring");
    assert!(matches!(file.rows[1].data, RowData::Unreadable(_)));
}

#[test]
fn geojson_takes_its_position_from_the_geometry() {
    let json = serde_json::json!({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [9.19, 48.89]},
         "properties": {"name": "Verein", "slug": "verein", "categories": ["sport", "language"], "colour": "red"}},
        {"type": "Unknown"}
    ]});
    let file =
        read_file(Cursor::new(json.to_string().into_bytes()), Format::GeoJson, &ColumnMapping::default()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((cell(&file.rows[0], &Field::Lat), cell(&file.rows[0], &Field::Lon)), ("48.89", "9.19"));
    assert_eq!(cell(&file.rows[0], &Field::Categories), "sport;language");
    assert_eq!(file.rows[0].extras.slug.as_deref(), Some("verein"));
    assert_eq!(file.unknown_columns, vec!["colour".to_owned()]);
    assert!(matches!(file.rows[1].data, RowData::Unreadable(_)));
}
