//! The network graph for Gephi and other tools: GraphML (nodes with name, slug, field,
//! activity, connections, isolation and the drawn position; undirected edges with kind,
//! weight and first and last date) and a CSV edge list in Gephi's column names.
//! Every text is escaped; characters XML 1.0 does not allow are dropped.

use std::fmt::Write;

use domain::date::iso_date;

use super::NetworkGraph;

/// GraphML 1.0 of the graph (UTF-8).
pub fn graphml(net: &NetworkGraph) -> String {
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    ));
    let keys = [
        ("label", "node", "string"),
        ("slug", "node", "string"),
        ("field", "node", "string"),
        ("activity", "node", "int"),
        ("degree", "node", "int"),
        ("isolated", "node", "boolean"),
        ("x", "node", "double"),
        ("y", "node", "double"),
        ("kind", "edge", "string"),
        ("weight", "edge", "double"),
        ("first", "edge", "string"),
        ("last", "edge", "string"),
    ];
    for (id, target, kind) in keys {
        let _ = writeln!(out, "  <key id=\"{id}\" for=\"{target}\" attr.name=\"{id}\" attr.type=\"{kind}\"/>");
    }
    let period = |at: Option<i64>| at.map(iso_date).unwrap_or_default();
    let _ = writeln!(
        out,
        "  <graph id=\"knotenpunkt\" edgedefault=\"undirected\">\n    <desc>{}</desc>",
        xml(&format!(
            "from={} to={} kinds={}",
            period(net.filter.period.from),
            period(net.filter.period.until.map(|u| u - 1)),
            net.filter.kinds.iter().map(|k| k.key()).collect::<Vec<_>>().join(",")
        ))
    );
    for (org, node) in net.orgs.iter().zip(&net.graph.nodes) {
        let _ = writeln!(
            out,
            "    <node id=\"n{}\"><data key=\"label\">{}</data><data key=\"slug\">{}</data><data key=\"field\">{}</data><data key=\"activity\">{}</data><data key=\"degree\">{}</data><data key=\"isolated\">{}</data><data key=\"x\">{:.1}</data><data key=\"y\">{:.1}</data></node>",
            org.id,
            xml(&org.name),
            xml(&org.slug),
            xml(org.field.as_deref().unwrap_or("")),
            node.activity,
            node.degree,
            node.degree == 0,
            node.x,
            node.y
        );
    }
    for (i, e) in net.graph.edges.iter().enumerate() {
        let _ = writeln!(
            out,
            "    <edge id=\"e{i}\" source=\"n{}\" target=\"n{}\"><data key=\"kind\">{}</data><data key=\"weight\">{}</data><data key=\"first\">{}</data><data key=\"last\">{}</data></edge>",
            net.orgs[e.a].id,
            net.orgs[e.b].id,
            e.kind.key(),
            e.count,
            iso_date(e.first),
            iso_date(e.last)
        );
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

/// The CSV edge list Gephi imports ("Source", "Target", "Type", "Weight" are its column
/// names; the rest become edge attributes); associations by slug.
pub fn csv_edges(net: &NetworkGraph) -> String {
    let mut out = String::from("Source,Target,Type,Kind,Weight,First,Last\r\n");
    for e in &net.graph.edges {
        let _ = write!(
            out,
            "{},{},Undirected,{},{},{},{}\r\n",
            csv(&net.orgs[e.a].slug),
            csv(&net.orgs[e.b].slug),
            e.kind.key(),
            e.count,
            iso_date(e.first),
            iso_date(e.last)
        );
    }
    out
}

/// Text escaped for XML content and attribute values; characters XML 1.0 forbids dropped.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A CSV cell: quoted when it holds a separator, quote or line break; a leading character a
/// spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, CR) gets an apostrophe first.
fn csv(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network_graph::GraphOrg;
    use domain::ids::OrgId;
    use domain::network_graph::{build, parse_day, Contact, EdgeKind, GraphFilter, Period};

    fn net() -> NetworkGraph {
        let names = ["<b>Kultur & Co</b>", "Verein \"Brücke\"\u{1}\u{FFFF}", "جمعية الأمل", "=HYPERLINK(\"x\")"];
        let orgs: Vec<GraphOrg> = names
            .iter()
            .enumerate()
            .map(|(i, n)| GraphOrg {
                id: OrgId(i as i64 + 1),
                slug: if i == 3 { "-x,\"y\"".into() } else { format!("v{i}") },
                name: (*n).into(),
                field: Some("culture".into()),
            })
            .collect();
        let at = parse_day("2020-01-11").expect("a valid day");
        let contacts = [
            Contact { a: OrgId(1), b: OrgId(2), kind: EdgeKind::MetAtTable, at },
            Contact { a: OrgId(2), b: OrgId(4), kind: EdgeKind::Project, at: at + 86_400 * 40 },
        ];
        let filter = GraphFilter::new(Period::parse("2020-01-01", "2020-12-31").expect("a valid period"), []);
        let graph = build(&orgs.iter().map(|o| o.id).collect::<Vec<_>>(), &contacts, &[], &filter, (1000.0, 700.0), 1);
        NetworkGraph { orgs, graph, filter }
    }

    #[test]
    fn graphml_is_well_formed_and_keeps_every_name() {
        let text = graphml(&net());
        let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "graphml");
        let nodes: Vec<_> = root.descendants().filter(|n| n.has_tag_name("node")).collect();
        let edges: Vec<_> = root.descendants().filter(|n| n.has_tag_name("edge")).collect();
        assert_eq!((nodes.len(), edges.len()), (4, 2));
        let data = |n: &roxmltree::Node, key: &str| {
            n.children().find(|c| c.attribute("key") == Some(key)).and_then(|c| c.text()).unwrap_or("").to_owned()
        };
        assert_eq!(data(&nodes[0], "label"), "<b>Kultur & Co</b>");
        assert_eq!(data(&nodes[1], "label"), "Verein \"Brücke\"", "control characters dropped");
        assert_eq!(data(&nodes[2], "label"), "جمعية الأمل");
        assert_eq!(data(&nodes[2], "isolated"), "true");
        assert_eq!(data(&nodes[3], "slug"), "-x,\"y\"");
        assert_eq!(edges[0].attribute("source"), Some("n1"));
        assert_eq!(data(&edges[0], "kind"), "met");
        assert_eq!(data(&edges[1], "first"), "2020-02-20");
        let desc = root.descendants().find(|n| n.has_tag_name("desc")).and_then(|n| n.text()).expect("the graph has a description");
        assert_eq!(desc, "from=2020-01-01 to=2020-12-31 kinds=met,introduction,project");
        for n in &nodes {
            let x: f64 = data(n, "x").parse().expect("x is a number");
            assert!((0.0..=1000.0).contains(&x));
        }
    }

    #[test]
    fn the_csv_edge_list_has_gephis_columns_and_defuses_formulas() {
        let text = csv_edges(&net());
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines[0], "Source,Target,Type,Kind,Weight,First,Last");
        assert_eq!(lines[1], "v0,v1,Undirected,met,1,2020-01-11,2020-01-11");
        assert_eq!(lines[2], "v1,\"'-x,\"\"y\"\"\",Undirected,project,1,2020-02-20,2020-02-20");
        assert_eq!(lines.len(), 4, "two edges and the final line break");
    }
}
