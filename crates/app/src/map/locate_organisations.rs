//! Use case: the associations a map shows: every match of a directory search (not paged)
//! that has a position, optionally only those inside a bounding box.

use crate::directory::index::{Listing, SearchIndex};
use domain::directory_query::{DirectoryQuery, QueryError, RawDirectoryQuery};
use domain::geo::{BoundingBox, InvalidBoundingBox};

use crate::directory::Directory;

/// What the map shows for a search.
#[derive(Debug, Clone)]
pub struct Located {
    pub query: DirectoryQuery,
    /// Matches with a position (inside the box, if one was given), in the search's order.
    pub placed: Vec<Listing>,
    /// Matches without a position: listed, but not on the map.
    pub unplaced: Vec<Listing>,
}

impl Located {
    /// Keeps only the associations for which `keep` holds (e.g. those with a fitting offer).
    pub fn retain(&mut self, keep: impl Fn(&Listing) -> bool) {
        self.placed.retain(|l| keep(l));
        self.unplaced.retain(|l| keep(l));
    }
}

/// Why a map request was refused; `code()` is stable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MapQueryError {
    #[error(transparent)]
    Query(#[from] QueryError),
    #[error(transparent)]
    BoundingBox(#[from] InvalidBoundingBox),
}

impl MapQueryError {
    pub fn code(&self) -> &'static str {
        match self {
            MapQueryError::Query(e) => e.code(),
            MapQueryError::BoundingBox(_) => "invalid_bbox",
        }
    }
}

/// A map's search, read from the directory's parameters (paging is ignored: a map shows every
/// match) and an optional `bbox` of west,south,east,north.
#[derive(Debug, Clone)]
pub struct MapSearch {
    pub query: DirectoryQuery,
    pub bbox: Option<BoundingBox>,
}

impl MapSearch {
    pub fn parse(index: &SearchIndex, raw: &RawDirectoryQuery, bbox: Option<&str>) -> Result<Self, MapQueryError> {
        let raw = RawDirectoryQuery { page: None, per_page: None, ..raw.clone() };
        let query = DirectoryQuery::parse(&raw, index)?;
        let bbox = bbox.map(str::trim).filter(|b| !b.is_empty()).map(BoundingBox::parse).transpose()?;
        Ok(Self { query, bbox })
    }

    /// Collects the matches from `index`.
    pub fn locate(self, index: &SearchIndex) -> Located {
        let everything = DirectoryQuery { page: 1, per_page: u32::MAX, ..self.query.clone() };
        let results = index.search(&everything);
        let (placed, unplaced): (Vec<_>, Vec<_>) = results.items.iter().partition(|o| o.position().is_some());
        let placed = match self.bbox {
            Some(b) => placed.into_iter().filter(|o| o.position().is_some_and(|p| b.contains(&p))).collect(),
            None => placed,
        };
        Located { query: self.query, placed, unplaced }
    }
}

/// Parses the directory's parameters and an optional `bbox`, then collects the matches.
pub fn locate_organisations(directory: &Directory, raw: &RawDirectoryQuery, bbox: Option<&str>) -> Result<Located, MapQueryError> {
    let index = directory.index();
    Ok(MapSearch::parse(&index, raw, bbox)?.locate(&index))
}
