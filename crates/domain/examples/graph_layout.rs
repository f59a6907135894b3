//! Times the network graph of 500 associations and 5,000 edges (issue 17: under 1 s):
//! building the typed edges from contacts and the force-directed layout, as the office's
//! graph page does. `cargo run -p domain --example graph_layout [-- NODES EDGES RUNS]`.

use std::time::Instant;

use domain::ids::OrgId;
use domain::network_graph::{build, Activity, Contact, EdgeKind, GraphFilter};

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let (nodes, edges, runs) =
        (args.first().copied().unwrap_or(500), args.get(1).copied().unwrap_or(5000), args.get(2).copied().unwrap_or(5));
    // A seeded network: associations meet mostly within one of 12 neighbourhoods of the city,
    // sometimes across; kinds rotate.
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    let orgs: Vec<OrgId> = (1..=nodes as i64).map(OrgId).collect();
    let mut contacts = Vec::with_capacity(edges);
    let mut activities = Vec::new();
    while contacts.len() < edges {
        let a = next(nodes);
        let b = if next(5) == 0 { next(nodes) } else { (a / 12 * 12 + next(12)).min(nodes - 1) };
        if a == b {
            continue;
        }
        let at = 1_577_836_800 + next(3 * 365) as i64 * 86_400;
        let kind = EdgeKind::ALL[contacts.len() % 3];
        contacts.push(Contact { a: orgs[a], b: orgs[b], kind, at });
        activities.push(Activity { org: orgs[a], at });
    }
    let mut times = Vec::new();
    let mut shown = 0;
    for run in 0..runs {
        let started = Instant::now();
        let graph = build(&orgs, &contacts, &activities, &GraphFilter::default(), (1000.0, 700.0), run as u64 + 1);
        times.push(started.elapsed().as_secs_f64());
        shown = graph.edges.len();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{nodes} associations, {} contacts -> {shown} edges: median {:.3} s, max {:.3} s over {runs} runs",
        contacts.len(),
        times[times.len() / 2],
        times[times.len() - 1]
    );
}
