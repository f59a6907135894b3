//! The network graph of the reports (capability 8): associations as nodes, typed edges for
//! who met whom — at a table of a network meeting, through an agreed introduction, in a joint
//! project — filtered by period and edge type, the associations without any edge listed
//! (the office's to-do list), and a layout computed here (see [`layout`]).
//!
//! Everything is pure: the use case (`app::graph`) reads the meetings, introductions and
//! projects through their ports and hands them over as [`Contact`]s and [`Activity`]s.

pub mod layout;

use std::collections::{BTreeMap, BTreeSet};

use crate::ids::OrgId;
use crate::timestamp::Timestamp;

/// How two associations are connected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EdgeKind {
    /// Their people sat at one table in one held round of a network meeting.
    MetAtTable,
    /// A contact request between a need of one and an offer of the other was agreed.
    Introduction,
    /// Both are partners of a cooperation project.
    Project,
}

impl EdgeKind {
    pub const ALL: [EdgeKind; 3] = [EdgeKind::MetAtTable, EdgeKind::Introduction, EdgeKind::Project];

    /// The key in URLs, exports and message ids.
    pub fn key(self) -> &'static str {
        match self {
            EdgeKind::MetAtTable => "met",
            EdgeKind::Introduction => "introduction",
            EdgeKind::Project => "project",
        }
    }

    pub fn parse(key: &str) -> Option<EdgeKind> {
        EdgeKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// One occasion on which two associations were connected, at a time (Unix seconds): a
/// meeting's start, an introduction's agreement, a project's creation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub a: OrgId,
    pub b: OrgId,
    pub kind: EdgeKind,
    pub at: i64,
}

/// Something an association took part in (a meeting attended, an agreed introduction, a
/// project), counted for the size of its node. One per occasion and association.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Activity {
    pub org: OrgId,
    pub at: i64,
}

/// A period of whole UTC days; either end may be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Period {
    /// First instant inside (Unix seconds), `None`: since the beginning.
    pub from: Option<i64>,
    /// First instant after the period (Unix seconds), `None`: up to now.
    pub until: Option<i64>,
}

/// Why a date of the filter was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodError {
    /// Not a calendar date `YYYY-MM-DD`.
    FromDate,
    ToDate,
    /// The end lies before the start.
    Order,
}

impl PeriodError {
    /// The form field it belongs to.
    pub fn field(self) -> &'static str {
        match self {
            PeriodError::FromDate => "from",
            PeriodError::ToDate | PeriodError::Order => "to",
        }
    }

    /// The message code (`form-error-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            PeriodError::FromDate | PeriodError::ToDate => "date",
            PeriodError::Order => "graph_period_order",
        }
    }
}

const DAY: i64 = 86_400;

/// Reads a calendar date `YYYY-MM-DD` as the Unix time of its first second (UTC).
pub fn parse_day(text: &str) -> Option<i64> {
    let text = text.trim();
    if text.len() != 10 || !text.is_ascii() {
        return None;
    }
    Timestamp::parse_rfc3339(&format!("{text}T00:00:00Z")).ok().map(Timestamp::unix_secs)
}

impl Period {
    /// The period from the day `from` to the day `to`, both included; blank means open.
    pub fn parse(from: &str, to: &str) -> Result<Period, PeriodError> {
        let from = match from.trim() {
            "" => None,
            text => Some(parse_day(text).ok_or(PeriodError::FromDate)?),
        };
        let until = match to.trim() {
            "" => None,
            text => Some(parse_day(text).ok_or(PeriodError::ToDate)? + DAY),
        };
        if let (Some(from), Some(until)) = (from, until) {
            if until <= from {
                return Err(PeriodError::Order);
            }
        }
        Ok(Period { from, until })
    }

    pub fn contains(&self, at: i64) -> bool {
        self.from.is_none_or(|from| at >= from) && self.until.is_none_or(|until| at < until)
    }
}

/// What the graph shows: a period and the kinds of edge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphFilter {
    pub period: Period,
    /// Never empty: asking for no kind means every kind.
    pub kinds: BTreeSet<EdgeKind>,
}

impl Default for GraphFilter {
    fn default() -> Self {
        GraphFilter { period: Period::default(), kinds: EdgeKind::ALL.into_iter().collect() }
    }
}

impl GraphFilter {
    /// The filter of a period and the kinds named by key (unknown keys ignored; none: all).
    pub fn new<'a>(period: Period, kinds: impl IntoIterator<Item = &'a str>) -> GraphFilter {
        let mut kinds: BTreeSet<EdgeKind> = kinds.into_iter().filter_map(EdgeKind::parse).collect();
        if kinds.is_empty() {
            kinds = EdgeKind::ALL.into_iter().collect();
        }
        GraphFilter { period, kinds }
    }
}

/// An association in the graph. `index` is its place in [`Graph::nodes`].
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub org: OrgId,
    /// Occasions it took part in during the period (every kind, also a meeting where it met
    /// nobody new): the size of its node.
    pub activity: u32,
    /// Associations it is connected with under the filter.
    pub degree: u32,
    /// Position in the drawing, inside the layout's box.
    pub x: f64,
    pub y: f64,
}

/// The connection of two associations by one kind, with how often and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// Indexes into [`Graph::nodes`], `a < b`.
    pub a: usize,
    pub b: usize,
    pub kind: EdgeKind,
    /// Occasions (meetings, introductions, projects) in the period.
    pub count: u32,
    /// Unix seconds of the first and last occasion in the period.
    pub first: i64,
    pub last: i64,
}

/// The graph under a filter, laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct Graph {
    /// Every association given, in the order given.
    pub nodes: Vec<Node>,
    /// Sorted by kind, then node indexes.
    pub edges: Vec<Edge>,
    /// Indexes of the nodes without any edge, in the order given.
    pub isolated: Vec<usize>,
    /// Edge counts per kind, in [`EdgeKind::ALL`] order.
    pub per_kind: [usize; 3],
    pub width: f64,
    pub height: f64,
}

/// Builds the graph of the associations `orgs` from the contacts and activities, keeping those
/// inside the filter and between two of `orgs` (an archived association's contacts drop out),
/// and lays it out in a box of `width` × `height` with `seed`.
pub fn build(
    orgs: &[OrgId],
    contacts: &[Contact],
    activities: &[Activity],
    filter: &GraphFilter,
    box_size: (f64, f64),
    seed: u64,
) -> Graph {
    let index: BTreeMap<OrgId, usize> = orgs.iter().enumerate().map(|(i, &o)| (o, i)).collect();
    let mut activity = vec![0_u32; orgs.len()];
    for a in activities.iter().filter(|a| filter.period.contains(a.at)) {
        if let Some(&i) = index.get(&a.org) {
            activity[i] = activity[i].saturating_add(1);
        }
    }
    let mut merged: BTreeMap<(EdgeKind, usize, usize), Edge> = BTreeMap::new();
    for c in contacts.iter().filter(|c| filter.kinds.contains(&c.kind) && filter.period.contains(c.at)) {
        let (Some(&i), Some(&j)) = (index.get(&c.a), index.get(&c.b)) else { continue };
        if i == j {
            continue;
        }
        let (a, b) = (i.min(j), i.max(j));
        merged
            .entry((c.kind, a, b))
            .and_modify(|e| {
                e.count = e.count.saturating_add(1);
                e.first = e.first.min(c.at);
                e.last = e.last.max(c.at);
            })
            .or_insert(Edge { a, b, kind: c.kind, count: 1, first: c.at, last: c.at });
    }
    let edges: Vec<Edge> = merged.into_values().collect();
    let mut neighbours: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); orgs.len()];
    let mut per_kind = [0; 3];
    for e in &edges {
        neighbours[e.a].insert(e.b);
        neighbours[e.b].insert(e.a);
        per_kind[EdgeKind::ALL.iter().position(|k| *k == e.kind).unwrap_or(0)] += 1;
    }
    let isolated = (0..orgs.len()).filter(|&i| neighbours[i].is_empty()).collect();
    let weighted = layout_edges(&edges);
    let (width, height) = box_size;
    let positions = layout::layout(orgs.len(), &weighted, &layout::LayoutOptions { width, height, seed, ..Default::default() });
    let nodes = orgs
        .iter()
        .enumerate()
        .map(|(i, &org)| Node {
            org,
            activity: activity[i],
            degree: u32::try_from(neighbours[i].len()).unwrap_or(u32::MAX),
            x: positions[i].0,
            y: positions[i].1,
        })
        .collect();
    Graph { nodes, edges, isolated, per_kind, width, height }
}

/// One spring per connected pair, stronger the more occasions of any kind joined them.
fn layout_edges(edges: &[Edge]) -> Vec<(usize, usize, f64)> {
    let mut strength: BTreeMap<(usize, usize), u32> = BTreeMap::new();
    for e in edges {
        *strength.entry((e.a, e.b)).or_insert(0) += e.count;
    }
    strength.into_iter().map(|((a, b), count)| (a, b, 1.0 + f64::from(count - 1).ln_1p())).collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn o(i: i64) -> OrgId {
        OrgId(i)
    }

    fn contact(a: i64, b: i64, kind: EdgeKind, day: &str) -> Contact {
        Contact { a: o(a), b: o(b), kind, at: parse_day(day).unwrap() + 3600 }
    }

    #[test]
    fn periods_are_whole_days_and_refuse_bad_dates() {
        let p = Period::parse("2020-01-01", "2020-12-31").unwrap();
        assert!(p.contains(parse_day("2020-01-01").unwrap()));
        assert!(p.contains(parse_day("2020-12-31").unwrap() + 86_399), "the last day is inside");
        assert!(!p.contains(parse_day("2021-01-01").unwrap()));
        assert!(!p.contains(parse_day("2019-12-31").unwrap() + 86_399));
        assert_eq!(Period::parse("", ""), Ok(Period::default()));
        assert!(Period::parse("", "").unwrap().contains(i64::MIN));
        assert_eq!(Period::parse("2020-02-30", ""), Err(PeriodError::FromDate));
        assert_eq!(Period::parse("", "31.12.2020"), Err(PeriodError::ToDate));
        assert_eq!(Period::parse("<b>", ""), Err(PeriodError::FromDate));
        assert_eq!(Period::parse("", "2020-1-01"), Err(PeriodError::ToDate));
        assert_eq!(Period::parse("ü2020-01-1", ""), Err(PeriodError::FromDate));
        assert_eq!(Period::parse("2021-01-01", "2020-12-31"), Err(PeriodError::Order));
        assert!(Period::parse("2021-01-01", "2021-01-01").is_ok(), "one day");
        assert_eq!(PeriodError::Order.field(), "to");
    }

    #[test]
    fn filters_name_kinds_by_key_and_never_show_nothing() {
        assert_eq!(GraphFilter::new(Period::default(), ["met", "nonsense"]).kinds, BTreeSet::from([EdgeKind::MetAtTable]));
        assert_eq!(GraphFilter::new(Period::default(), []).kinds.len(), 3);
        for kind in EdgeKind::ALL {
            assert_eq!(EdgeKind::parse(kind.key()), Some(kind));
        }
    }

    #[test]
    fn contacts_become_typed_edges_counted_per_pair_and_kind() {
        let orgs = [o(1), o(2), o(3), o(4), o(5)];
        let contacts = [
            contact(1, 2, EdgeKind::MetAtTable, "2020-01-11"),
            contact(2, 1, EdgeKind::MetAtTable, "2020-03-01"),
            contact(1, 2, EdgeKind::Introduction, "2020-05-01"),
            contact(2, 3, EdgeKind::Project, "2021-06-01"),
            contact(3, 3, EdgeKind::Project, "2021-06-01"),
            contact(3, 99, EdgeKind::Introduction, "2020-06-01"),
        ];
        let activities = [
            Activity { org: o(4), at: parse_day("2020-01-11").unwrap() },
            Activity { org: o(1), at: parse_day("2020-01-11").unwrap() },
            Activity { org: o(1), at: parse_day("2022-01-11").unwrap() },
        ];
        let g = build(&orgs, &contacts, &activities, &GraphFilter::default(), (800.0, 600.0), 7);
        assert_eq!(g.edges.len(), 3, "{:?}", g.edges);
        let met = &g.edges[0];
        assert_eq!((met.a, met.b, met.kind, met.count), (0, 1, EdgeKind::MetAtTable, 2));
        assert_eq!((met.first, met.last), (contacts[0].at, contacts[1].at));
        assert_eq!(g.per_kind, [1, 1, 1]);
        assert_eq!(g.isolated, vec![3, 4], "4 attended a meeting but met nobody; 99 is not in the directory");
        assert_eq!(g.nodes[0].degree, 1);
        assert_eq!(g.nodes[1].degree, 2);
        assert_eq!(g.nodes[0].activity, 2);
        assert_eq!(g.nodes[3].activity, 1);

        let only_2020 = GraphFilter::new(Period::parse("2020-01-01", "2020-12-31").unwrap(), ["met", "project"]);
        let g = build(&orgs, &contacts, &activities, &only_2020, (800.0, 600.0), 7);
        assert_eq!(g.edges.iter().map(|e| e.kind).collect::<Vec<_>>(), vec![EdgeKind::MetAtTable]);
        assert_eq!(g.isolated, vec![2, 3, 4]);
        assert_eq!(g.nodes[0].activity, 1, "the 2022 activity is outside");
        for n in &g.nodes {
            assert!(n.x.is_finite() && (0.0..=800.0).contains(&n.x) && (0.0..=600.0).contains(&n.y));
        }
    }

    #[test]
    fn the_same_input_gives_the_same_drawing() {
        let orgs: Vec<OrgId> = (1..=30).map(o).collect();
        let contacts: Vec<Contact> = (1..30).map(|i| contact(i, i % 7 + 1, EdgeKind::MetAtTable, "2020-01-11")).collect();
        let a = build(&orgs, &contacts, &[], &GraphFilter::default(), (800.0, 600.0), 1);
        let b = build(&orgs, &contacts, &[], &GraphFilter::default(), (800.0, 600.0), 1);
        assert_eq!(a, b);
    }
}
