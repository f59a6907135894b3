//! The network graph for the office (issue 17): who met whom, read from the meetings'
//! seating, the agreed contact requests and the cooperation projects through their ports,
//! built and laid out by `domain::network_graph`, and exported for Gephi (`export`).
//!
//! Where an edge comes from and when it counts (its time decides whether it is in a period):
//! - met at a table: two associations had people at one table in one round that took place
//!   (`meetings::rounds_met`: the rounds the office recorded as held, or all rounds of a
//!   meeting marked held), counting only confirmed people who were not no-shows
//!   (`Registration::is_seated`); at the meeting's start. Attending counts as activity even
//!   when nobody new was met.
//! - agreed introduction: a contact request in state agreed or done, at its last change.
//! - joint project: every two partners of a confirmed project (proposals waiting for the
//!   office left out), at its creation.
//!
//! Archived associations are not in the directory's published list and drop out with their
//! edges.

pub mod export;

use std::collections::{BTreeMap, BTreeSet};

use domain::ids::OrgId;
use domain::marketplace::IntroductionState;
use domain::meetings::RegistrationId;
use domain::network_graph::{build, Activity, Contact, EdgeKind, Graph, GraphFilter};
use domain::timestamp::Timestamp;

use crate::accounts::sign_in::Viewer;
use crate::meetings::rounds_met;
use crate::ports::{DirectoryStore, IntroductionStore, MeetingStore, ProjectStore, StoreError};

/// The drawing's box (SVG user units); the page scales it to the screen.
pub const WIDTH: f64 = 1000.0;
pub const HEIGHT: f64 = 700.0;
/// Every drawing of the same data looks the same.
pub const LAYOUT_SEED: u64 = 17;

/// The ports the graph is read from.
#[derive(Clone, Copy)]
pub struct GraphSources<'a> {
    pub directory: &'a dyn DirectoryStore,
    pub meetings: &'a dyn MeetingStore,
    pub introductions: &'a dyn IntroductionStore,
    pub projects: &'a dyn ProjectStore,
}

/// An association as the graph names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphOrg {
    pub id: OrgId,
    pub slug: String,
    pub name: String,
    /// The first field of activity (category key), which gives the node its colour and shape.
    pub field: Option<String>,
}

/// The laid-out graph with the associations' names, `orgs[i]` being `graph.nodes[i]`.
#[derive(Debug, Clone)]
pub struct NetworkGraph {
    pub orgs: Vec<GraphOrg>,
    pub graph: Graph,
    pub filter: GraphFilter,
}

impl NetworkGraph {
    /// The isolated associations, by name.
    pub fn isolated(&self) -> impl Iterator<Item = &GraphOrg> {
        self.graph.isolated.iter().map(|&i| &self.orgs[i])
    }
}

/// Why the graph was not shown.
#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    /// Only the office sees the graph.
    #[error("not allowed")]
    Forbidden,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The graph for the office's page; anyone else is refused.
pub async fn office_graph(sources: GraphSources<'_>, viewer: &Viewer, filter: &GraphFilter) -> Result<NetworkGraph, GraphError> {
    if !viewer.is_staff() {
        return Err(GraphError::Forbidden);
    }
    Ok(network_graph(sources, filter).await?)
}

/// The graph under `filter` (for the command line, which runs as the operator).
pub async fn network_graph(sources: GraphSources<'_>, filter: &GraphFilter) -> Result<NetworkGraph, StoreError> {
    let mut orgs: Vec<GraphOrg> = sources
        .directory
        .published_organisations()
        .await?
        .into_iter()
        .map(|o| GraphOrg {
            id: o.id,
            slug: o.slug.as_str().to_owned(),
            field: o.profile.categories.first().cloned(),
            name: o.profile.name,
        })
        .collect();
    orgs.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then(a.id.cmp(&b.id)));
    let mut record = Record::default();
    met_at_tables(sources.meetings, &mut record).await?;
    agreed_introductions(sources.introductions, &mut record).await?;
    joint_projects(sources.projects, &mut record).await?;
    let ids: Vec<OrgId> = orgs.iter().map(|o| o.id).collect();
    let graph = build(&ids, &record.contacts, &record.activities, filter, (WIDTH, HEIGHT), LAYOUT_SEED);
    Ok(NetworkGraph { orgs, graph, filter: filter.clone() })
}

/// Contacts and activities as they are read.
#[derive(Default)]
struct Record {
    contacts: Vec<Contact>,
    activities: Vec<Activity>,
}

impl Record {
    /// Every two of `orgs` connected by `kind` at `at`, and each of them active then.
    fn among(&mut self, orgs: &BTreeSet<OrgId>, kind: EdgeKind, at: i64) {
        let orgs: Vec<OrgId> = orgs.iter().copied().collect();
        for (i, &a) in orgs.iter().enumerate() {
            self.activities.push(Activity { org: a, at });
            for &b in &orgs[i + 1..] {
                self.contacts.push(Contact { a, b, kind, at });
            }
        }
    }
}

async fn met_at_tables(meetings: &dyn MeetingStore, record: &mut Record) -> Result<(), StoreError> {
    // Every planned meeting's plan and registrations in two reads, not two per meeting.
    let mut data = meetings.meetings_data().await?;
    for meeting in meetings.meetings().await? {
        let Some(plan) = data.plans.remove(&meeting.id) else { continue };
        let rounds = if meeting.held { rounds_met(&plan) } else { plan.held_rounds };
        if rounds == 0 {
            continue;
        }
        let association: BTreeMap<RegistrationId, OrgId> = data
            .registrations
            .remove(&meeting.id)
            .unwrap_or_default()
            .into_iter()
            .filter(|r| r.is_seated())
            .map(|r| (r.id, r.association))
            .collect();
        let at = meeting.meeting.starts_at;
        let mut pairs = BTreeSet::new();
        let mut present = BTreeSet::new();
        for tables in plan.seats.rounds.iter().take(rounds) {
            for people in tables {
                let here: BTreeSet<OrgId> = people.iter().filter_map(|p| association.get(p).copied()).collect();
                present.extend(here.iter().copied());
                let here: Vec<OrgId> = here.into_iter().collect();
                for (i, &a) in here.iter().enumerate() {
                    pairs.extend(here[i + 1..].iter().map(|&b| (a, b)));
                }
            }
        }
        record.activities.extend(present.into_iter().map(|org| Activity { org, at }));
        record.contacts.extend(pairs.into_iter().map(|(a, b)| Contact { a, b, kind: EdgeKind::MetAtTable, at }));
    }
    Ok(())
}

async fn agreed_introductions(introductions: &dyn IntroductionStore, record: &mut Record) -> Result<(), StoreError> {
    // Every introduction of the network: the limit is no limit.
    for intro in introductions.recent_introductions(i64::MAX).await? {
        if !matches!(intro.state, IntroductionState::Agreed | IntroductionState::Done) {
            continue;
        }
        let at = Timestamp::parse_rfc3339(&intro.updated_at).map_err(|e| StoreError::Corrupt(format!("introduction {}: {e}", intro.id)))?;
        record.among(&BTreeSet::from([intro.requester_org, intro.responder_org]), EdgeKind::Introduction, at.unix_secs());
    }
    Ok(())
}

async fn joint_projects(projects: &dyn ProjectStore, record: &mut Record) -> Result<(), StoreError> {
    for project in projects.projects().await?.into_iter().filter(|p| p.project.confirmed) {
        let partners: BTreeSet<OrgId> = project.project.partners.iter().copied().collect();
        record.among(&partners, EdgeKind::Project, project.created_at);
    }
    Ok(())
}
