//! The report as worded for one language: what the dashboard page, the funding report's PDF
//! and its CSV show. The web layer words a [`super::Dashboard`] into it; the PDF adapter and the
//! CSV only lay it out.

use serde::Serialize;

/// The whole report in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportDocument {
    /// BCP 47 code of the language (`de`, `ar`).
    pub lang: String,
    pub rtl: bool,
    pub title: String,
    /// The period in words ("1 January 2020 to 31 December 2022").
    pub period: String,
    /// When and by what it was made.
    pub made: String,
    /// Headings of the fixed parts and the word before page numbers.
    pub contents_heading: String,
    pub page_word: String,
    pub figure_heading: String,
    pub value_heading: String,
    /// The office's narrative under its heading; empty text when none was written.
    pub narrative_heading: String,
    pub narrative: String,
    pub sections: Vec<DocSection>,
}

/// One section: its figures (each with its definition), charts and tables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocSection {
    /// Stable key (`associations`), for anchors and the CSV.
    pub key: String,
    pub title: String,
    pub figures: Vec<DocFigure>,
    pub charts: Vec<DocChart>,
    pub tables: Vec<DocTable>,
    /// Said when the section has nothing to show yet (or why a part is missing).
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocFigure {
    pub key: String,
    pub label: String,
    pub value: String,
    pub definition: String,
}

/// A chart as SVG, its caption (numbered in the PDF), and its numbers as a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocChart {
    pub key: String,
    pub caption: String,
    pub definition: String,
    pub svg: String,
    pub table: DocTable,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocTable {
    pub caption: String,
    pub headings: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Per row, where its first cell links to on the web page (empty: no link); the PDF and
    /// the CSV leave links out.
    pub links: Vec<String>,
}

impl DocTable {
    /// The link of row `row`'s first cell, if any.
    pub fn link(&self, row: &usize) -> Option<&str> {
        self.links.get(*row).map(String::as_str).filter(|l| !l.is_empty())
    }
}
