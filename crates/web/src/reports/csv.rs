//! The funding report as CSV: one row per figure and per chart row (section, part, label,
//! value), then the office's narrative, then the meetings and projects as their own tables
//! after an empty line. Cells a spreadsheet would evaluate are neutralised; the invisible
//! direction marks of right-to-left texts are left out.

use app::reports::{DocTable, ReportDocument};

use crate::directory::csv_cell::neutralise;

pub fn funding_csv(document: &ReportDocument) -> String {
    let mut out = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    let mut write = |cells: &[&str]| {
        let cleaned: Vec<String> = cells.iter().map(|c| neutralise(&plain(c)).into_owned()).collect();
        let _ = out.write_record(&cleaned);
    };
    write(&[&document.title, &document.period]);
    write(&[&document.contents_heading, &document.figure_heading, "", &document.value_heading]);
    for section in &document.sections {
        for figure in &section.figures {
            write(&[&section.title, &document.figure_heading, &figure.label, &figure.value]);
        }
        for chart in &section.charts {
            for row in &chart.table.rows {
                let cells: Vec<&str> =
                    [section.title.as_str(), chart.caption.as_str()].into_iter().chain(row.iter().map(String::as_str)).collect();
                write(&cells);
            }
        }
    }
    if !document.narrative.is_empty() {
        write(&[&document.narrative_heading, "", "", &document.narrative]);
    }
    let tables: Vec<&DocTable> = document.sections.iter().flat_map(|s| &s.tables).collect();
    for table in tables {
        write(&[]);
        write(&[&table.caption]);
        write(&table.headings.iter().map(String::as_str).collect::<Vec<_>>());
        for row in &table.rows {
            write(&row.iter().map(String::as_str).collect::<Vec<_>>());
        }
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Without the first-strong isolates Fluent puts around placeables in right-to-left texts.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[cfg(test)]
mod tests {
    use app::reports::{DocFigure, DocSection};

    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_neutralised() {
        let document = ReportDocument {
            lang: "de".into(),
            rtl: false,
            title: "Bericht".into(),
            period: "2020".into(),
            made: String::new(),
            contents_heading: "Abschnitt".into(),
            page_word: "Seite".into(),
            figure_heading: "Kennzahl".into(),
            value_heading: "Wert".into(),
            narrative_heading: "Bericht des Büros".into(),
            narrative: "=HYPERLINK(\"x\")\nzweite Zeile, mit Komma".into(),
            sections: vec![DocSection {
                key: "meetings".into(),
                title: "Treffen".into(),
                figures: vec![DocFigure {
                    key: "held".into(),
                    label: "Gehalten".into(),
                    value: "\u{2068}3\u{2069}".into(),
                    definition: String::new(),
                }],
                charts: Vec::new(),
                tables: vec![DocTable {
                    caption: "Liste".into(),
                    headings: vec!["Datum".into()],
                    rows: vec![vec!["-1".into()]],
                    links: Vec::new(),
                }],
                note: None,
            }],
        };
        let text = funding_csv(&document);
        assert!(text.contains("Treffen,Kennzahl,Gehalten,3\n"), "{text}");
        assert!(text.contains("\"'=HYPERLINK(\"\"x\"\")\nzweite Zeile, mit Komma\""), "{text}");
        assert!(text.contains("\nListe\nDatum\n'-1\n"), "{text}");
    }
}
