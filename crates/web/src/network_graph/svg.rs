//! The graph as SVG: one line per edge, styled by kind with a line pattern (solid, dashed,
//! dotted) as well as a colour, so kinds never differ by colour alone; one link per
//! association to its profile, its field's colour and shape as on the map (`map::style`), its
//! size by activity, its `<title>` for hover. Everything written is escaped.

use std::fmt::Write;

use app::network_graph::export::xml;
use app::network_graph::NetworkGraph;
use domain::network_graph::EdgeKind;

use crate::i18n::Tr;
use crate::map::style::CategoryStyle;

/// The map's symbol of a field (none: the neutral one).
pub fn style_of(field: Option<&str>) -> CategoryStyle {
    CategoryStyle::of(field.unwrap_or(""))
}

/// Radius of a node: grows with the square root of its activity, from 5 to 16 units.
fn radius(activity: u32) -> f64 {
    (5.0 + 2.2 * f64::from(activity).sqrt()).min(16.0)
}

/// The outline of shape `shape` (the map's seven) in a box of `2r` around (x, y), as path data.
fn shape_path(shape: usize, x: f64, y: f64, r: f64) -> String {
    // Corners in percent of the box, as in map.css's clip paths.
    let polygon: &[(f64, f64)] = match shape {
        1 => &[(7.5, 7.5), (92.5, 7.5), (92.5, 92.5), (7.5, 92.5)],
        2 => &[(50.0, 0.0), (100.0, 50.0), (50.0, 100.0), (0.0, 50.0)],
        3 => &[(50.0, 0.0), (100.0, 95.0), (0.0, 95.0)],
        4 => &[(50.0, 0.0), (100.0, 38.0), (82.0, 100.0), (18.0, 100.0), (0.0, 38.0)],
        5 => &[(25.0, 0.0), (75.0, 0.0), (100.0, 50.0), (75.0, 100.0), (25.0, 100.0), (0.0, 50.0)],
        6 => &[
            (50.0, 0.0),
            (62.0, 35.0),
            (100.0, 35.0),
            (69.0, 57.0),
            (80.0, 95.0),
            (50.0, 72.0),
            (20.0, 95.0),
            (31.0, 57.0),
            (0.0, 35.0),
            (38.0, 35.0),
        ],
        _ => return format!("M{:.1} {:.1}a{r:.1} {r:.1} 0 1 0 {:.1} 0a{r:.1} {r:.1} 0 1 0 {:.1} 0z", x - r, y, 2.0 * r, -2.0 * r),
    };
    let mut d = String::new();
    for (i, (px, py)) in polygon.iter().enumerate() {
        let _ = write!(d, "{}{:.1} {:.1}", if i == 0 { 'M' } else { 'L' }, x - r + px / 50.0 * r, y - r + py / 50.0 * r);
    }
    d.push('z');
    d
}

/// The SVG of the graph; `fields[i]` names the field of node `i` in the reader's language.
pub fn draw(net: &NetworkGraph, fields: &[String], tr: &Tr) -> String {
    let g = &net.graph;
    let mut out = String::with_capacity(200 + g.edges.len() * 90 + g.nodes.len() * 400);
    let _ = write!(
        out,
        r#"<svg class="graph" id="graph-svg" viewBox="0 0 {:.0} {:.0}" role="group" aria-labelledby="graph-heading" xmlns="http://www.w3.org/2000/svg"><g class="graph-view"><g class="graph-edges">"#,
        g.width, g.height
    );
    for e in &g.edges {
        let (a, b) = (&g.nodes[e.a], &g.nodes[e.b]);
        // Kinds between the same two associations run side by side, 3 units apart.
        let shift = (EdgeKind::ALL.iter().position(|k| *k == e.kind).unwrap_or(1) as f64 - 1.0) * 3.0;
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let length = (dx * dx + dy * dy).sqrt().max(1e-9);
        let (ox, oy) = (-dy / length * shift, dx / length * shift);
        let _ = write!(
            out,
            r#"<line class="ge ge-{}" x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" data-a="{}" data-b="{}"/>"#,
            e.kind.key(),
            a.x + ox,
            a.y + oy,
            b.x + ox,
            b.y + oy,
            e.a,
            e.b
        );
    }
    out.push_str(r#"</g><g class="graph-nodes">"#);
    for (i, (org, node)) in net.orgs.iter().zip(&g.nodes).enumerate() {
        let style = style_of(org.field.as_deref());
        let r = radius(node.activity);
        let title = tr.targs(
            "graph-node-title",
            &[
                ("name", org.name.as_str().into()),
                ("field", fields[i].as_str().into()),
                ("activity", node.activity.into()),
                ("degree", node.degree.into()),
            ],
        );
        let _ = write!(
            out,
            r#"<a href="{}" class="gn{}" data-i="{i}" aria-label="{}"><title>{}</title><path class="kp-c{} gn-shape" d="{}"/>"#,
            xml(&crate::urls::organisation(&org.slug)),
            if node.degree == 0 { " gn-isolated" } else { "" },
            xml(&title),
            xml(&title),
            style.colour,
            shape_path(style.shape, node.x, node.y, r)
        );
        if style.marked {
            let _ = write!(out, r#"<circle class="gn-mark" cx="{:.1}" cy="{:.1}" r="{:.1}"/>"#, node.x, node.y, r * 0.36);
        }
        out.push_str("</a>");
    }
    out.push_str("</g></g></svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_stay_in_their_box_and_nodes_grow_with_activity() {
        for shape in 0..7 {
            let d = shape_path(shape, 100.0, 50.0, 10.0);
            assert!(d.starts_with('M') && d.ends_with('z'), "{d}");
            let numbers: Vec<f64> = d.split(|c: char| c.is_ascii_alphabetic() || c == ' ').filter_map(|n| n.parse().ok()).collect();
            if shape > 0 {
                assert!(numbers.chunks(2).all(|p| (90.0..=110.0).contains(&p[0]) && (40.0..=60.0).contains(&p[1])), "{d}");
            }
        }
        assert!(radius(0) < radius(4) && radius(4) < radius(100));
        assert_eq!(radius(10_000), 16.0);
    }

    #[test]
    fn names_are_escaped_and_kinds_differ_by_line_class() {
        use app::network_graph::GraphOrg;
        use domain::ids::OrgId;
        use domain::network_graph::{build, Contact, GraphFilter};
        let orgs = vec![
            GraphOrg { id: OrgId(1), slug: "a".into(), name: "<script>alert(1)</script>".into(), field: Some("culture".into()) },
            GraphOrg { id: OrgId(2), slug: "b\"><x".into(), name: "B & \"C\"".into(), field: Some("arts".into()) },
            GraphOrg { id: OrgId(3), slug: "c".into(), name: "C".into(), field: None },
        ];
        let contacts = [EdgeKind::MetAtTable, EdgeKind::Project].map(|kind| Contact { a: OrgId(1), b: OrgId(2), kind, at: 0 });
        let graph = build(&[OrgId(1), OrgId(2), OrgId(3)], &contacts, &[], &GraphFilter::default(), (1000.0, 700.0), 1);
        let net = NetworkGraph { orgs, graph, filter: GraphFilter::default() };
        let svg = draw(&net, &["Kultur".into(), "Kunst".into(), "–".into()], &Tr::new(domain::language::UiLocale::De));
        assert!(!svg.contains("<script") && !svg.contains("<x"), "{svg}");
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(svg.contains("href=\"/organisations/b&quot;&gt;&lt;x\""));
        assert_eq!((svg.matches("ge ge-met").count(), svg.matches("ge ge-project").count()), (1, 1));
        assert_eq!(svg.matches("gn gn-isolated").count(), 1);
        assert_eq!(svg.matches("class=\"gn-mark\"").count(), 1, "the second round of shapes has a white centre");
    }
}
