//! Where the nodes of the network graph are drawn: a force-directed layout of our own,
//! seeded and deterministic (the same graph and seed give the same picture on every server).
//!
//! 1. The graph is split into connected components (union–find). Each component of two or
//!    more nodes is laid out on its own with Fruchterman–Reingold (1991): every pair of nodes
//!    repels with `k²/d`, every edge pulls with `w·d²/k`, and each node moves along its summed
//!    force by at most the current temperature, which falls linearly to zero. The ideal edge
//!    length `k` is 1. Components of up to 150 nodes get the exact all-pairs repulsion; larger
//!    ones the paper's grid variant: nodes are sorted into square cells of side `2k` and a node
//!    is pushed only by the nodes of its own and the eight neighbouring cells closer than `2k`,
//!    so one step costs O(nodes + edges) instead of O(nodes²). Starting points are random (SplitMix64 from the seed) in a square of side
//!    `√n·k`.
//! 2. Components are packed on shelves, largest first, each in its own box with a gap of
//!    `2k`, in rows about as wide as the drawing's aspect asks; nodes without edges come
//!    last, in rows `0.8k` apart under them. So components never overlap. Each component is
//!    scaled first to a longer side of `1.3·√n·k`, so dense groups are not drawn tiny.
//! 3. The packed picture is scaled by one factor (distances keep their proportions) and
//!    centred to fit the box less a margin.

use std::collections::HashMap;

/// Settings of [`layout`].
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutOptions {
    /// The drawing's box; every position ends inside it, `margin` away from its edges.
    pub width: f64,
    pub height: f64,
    pub margin: f64,
    pub seed: u64,
    /// Steps of the force simulation per component.
    pub iterations: usize,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions { width: 1000.0, height: 700.0, margin: 24.0, seed: 1, iterations: 250 }
    }
}

/// Ideal edge length inside a component before scaling.
const K: f64 = 1.0;
/// Side of a repulsion grid cell: nodes farther apart than this do not push each other.
const CELL: f64 = 2.0 * K;
/// Components up to this size get the exact all-pairs repulsion (dense groups, such as the
/// people of one meeting, spread out properly); larger ones the grid.
const EXACT_UP_TO: usize = 150;
/// A component's longer side per square root of its size, in units of `K`.
const SIDE_PER_ROOT: f64 = 1.3;
/// Distance of the nodes without edges in their rows, in units of `K`.
const LONE: f64 = 0.8;
/// Gap between packed components, in units of `K`.
const GAP: f64 = 2.0;

/// Positions `(x, y)` of nodes `0..n` joined by `edges` `(a, b, weight)` (weight ≥ 0; edges
/// naming a node outside `0..n` or itself are ignored). Always finite and inside the box.
pub fn layout(n: usize, edges: &[(usize, usize, f64)], options: &LayoutOptions) -> Vec<(f64, f64)> {
    let edges: Vec<(usize, usize, f64)> =
        edges.iter().filter(|&&(a, b, w)| a < n && b < n && a != b && w.is_finite()).map(|&(a, b, w)| (a, b, w.max(0.0))).collect();
    let mut rng = SplitMix(options.seed);
    let mut local = vec![(0.0, 0.0); n];
    let mut boxes: Vec<(Vec<usize>, f64, f64)> = Vec::new();
    let mut singletons = Vec::new();
    for members in components(n, &edges) {
        if members.len() == 1 {
            singletons.push(members[0]);
            continue;
        }
        let (w, h) = lay_out_component(&members, &edges, options.iterations, &mut rng, &mut local);
        boxes.push((members, w, h));
    }
    let offsets = pack(&boxes, options.width / options.height.max(1.0));
    let mut placed = vec![(0.0, 0.0); n];
    let (mut packed_width, mut packed_height) = (0.0_f64, -GAP * K);
    for ((members, w, h), (dx, dy)) in boxes.iter().zip(offsets) {
        packed_width = packed_width.max(dx + w);
        packed_height = packed_height.max(dy + h);
        for &m in members {
            placed[m] = (local[m].0 + dx, local[m].1 + dy);
        }
    }
    // Nodes without edges: a band of rows `LONE` apart under the components, as wide as they are
    // (a square block when there are no components).
    let step = LONE * K;
    let columns = ((packed_width / step).floor() as usize + 1).max((singletons.len() as f64).sqrt().ceil() as usize).max(1);
    for (i, &node) in singletons.iter().enumerate() {
        placed[node] = ((i % columns) as f64 * step, packed_height + GAP * K + (i / columns) as f64 * step);
    }
    fit(&mut placed, options);
    placed
}

/// Connected components, each sorted, ordered largest first (then by smallest node).
fn components(n: usize, edges: &[(usize, usize, f64)]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &(a, b, _) in edges {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for x in 0..n {
        let r = root(&mut parent, x);
        groups.entry(r).or_default().push(x);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().collect();
    out.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    out
}

/// Fruchterman–Reingold with grid repulsion on one component; writes positions moved to
/// start at (0, 0) into `pos` and returns the component's width and height.
fn lay_out_component(
    members: &[usize],
    edges: &[(usize, usize, f64)],
    iterations: usize,
    rng: &mut SplitMix,
    pos: &mut [(f64, f64)],
) -> (f64, f64) {
    let m = members.len();
    let local_of: HashMap<usize, usize> = members.iter().enumerate().map(|(i, &g)| (g, i)).collect();
    let springs: Vec<(usize, usize, f64)> =
        edges.iter().filter_map(|&(a, b, w)| Some((*local_of.get(&a)?, *local_of.get(&b)?, w))).collect();
    let side = (m as f64).sqrt() * K;
    let mut p: Vec<(f64, f64)> = (0..m).map(|_| (rng.unit() * side, rng.unit() * side)).collect();
    let mut disp = vec![(0.0_f64, 0.0_f64); m];
    let mut grid = Grid::default();
    let start_temperature = side / 4.0 + K;
    for step in 0..iterations {
        let temperature = start_temperature * (1.0 - step as f64 / iterations as f64);
        if m > EXACT_UP_TO {
            grid.fill(&p);
        }
        for (i, d) in disp.iter_mut().enumerate() {
            *d = (0.0, 0.0);
            let (x, y) = p[i];
            if m <= EXACT_UP_TO {
                for (j, q) in p.iter().enumerate() {
                    if j != i {
                        push(d, x - q.0, y - q.1, i, j, f64::INFINITY);
                    }
                }
                continue;
            }
            let (cx, cy) = grid.cell_of(x, y);
            for gy in cy.saturating_sub(1)..(cy + 2).min(grid.rows) {
                for gx in cx.saturating_sub(1)..(cx + 2).min(grid.columns) {
                    for &j in grid.at(gx, gy) {
                        if j != i {
                            push(d, x - p[j].0, y - p[j].1, i, j, CELL);
                        }
                    }
                }
            }
        }
        for &(a, b, w) in &springs {
            let (dx, dy) = (p[a].0 - p[b].0, p[a].1 - p[b].1);
            let dist = (dx * dx + dy * dy).sqrt();
            if dist < 1e-9 {
                continue;
            }
            let force = w * dist / K; // (d²/k) along the unit vector d/|d|
            disp[a].0 -= dx * force;
            disp[a].1 -= dy * force;
            disp[b].0 += dx * force;
            disp[b].1 += dy * force;
        }
        for (q, d) in p.iter_mut().zip(&disp) {
            let length = (d.0 * d.0 + d.1 * d.1).sqrt();
            if length > 1e-12 && length.is_finite() {
                let moved = length.min(temperature);
                q.0 += d.0 / length * moved;
                q.1 += d.1 / length * moved;
            }
        }
    }
    let min_x = p.iter().map(|q| q.0).fold(f64::INFINITY, f64::min);
    let min_y = p.iter().map(|q| q.1).fold(f64::INFINITY, f64::min);
    let max_x = p.iter().map(|q| q.0).fold(f64::NEG_INFINITY, f64::max);
    let max_y = p.iter().map(|q| q.1).fold(f64::NEG_INFINITY, f64::max);
    // Every component gets the same room per node (its longer side `1.3·√n·k`): a dense
    // group, which the forces pull tight, is drawn as large as a loose one of its size.
    let scale = SIDE_PER_ROOT * (m as f64).sqrt() * K / (max_x - min_x).max(max_y - min_y).max(1e-9);
    let (mut w, mut h) = (0.0_f64, 0.0_f64);
    for (&g, q) in members.iter().zip(&p) {
        pos[g] = ((q.0 - min_x) * scale, (q.1 - min_y) * scale);
        w = w.max(pos[g].0);
        h = h.max(pos[g].1);
    }
    (w, h)
}

/// Adds to `d` the repulsion `k²/dist` of node `j` on node `i` at offset (dx, dy), if nearer
/// than `reach`.
fn push(d: &mut (f64, f64), mut dx: f64, mut dy: f64, i: usize, j: usize, reach: f64) {
    let mut dist = (dx * dx + dy * dy).sqrt();
    if dist < 1e-9 {
        // Two nodes on one spot: push apart in a direction fixed by their order.
        let angle = (i as f64 - j as f64) * 2.399;
        (dx, dy, dist) = (angle.cos() * 1e-3, angle.sin() * 1e-3, 1e-3);
    }
    if dist < reach {
        let force = K * K / dist;
        d.0 += dx / dist * force;
        d.1 += dy / dist * force;
    }
}

/// The nodes sorted into square cells of side [`CELL`] over their bounding box (a counting
/// sort into flat arrays, rebuilt every step).
#[derive(Default)]
struct Grid {
    min: (f64, f64),
    columns: usize,
    rows: usize,
    /// Start of each cell's nodes in `nodes`; one more entry than cells.
    starts: Vec<usize>,
    nodes: Vec<usize>,
}

impl Grid {
    fn fill(&mut self, p: &[(f64, f64)]) {
        let (mut min_x, mut min_y, mut max_x, mut max_y) = (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY);
        for &(x, y) in p {
            (min_x, min_y, max_x, max_y) = (min_x.min(x), min_y.min(y), max_x.max(x), max_y.max(y));
        }
        self.min = (min_x, min_y);
        // At most as many cells per side as nodes, so a node flung far away cannot make the
        // grid huge (the cells then only get wider than `CELL`, which changes nothing).
        let limit = p.len().max(1);
        self.columns = (((max_x - min_x) / CELL).floor() as usize + 1).min(limit);
        self.rows = (((max_y - min_y) / CELL).floor() as usize + 1).min(limit);
        let cells = self.columns * self.rows;
        self.starts.clear();
        self.starts.resize(cells + 1, 0);
        let keys: Vec<usize> = p.iter().map(|&(x, y)| self.key(x, y)).collect();
        for &k in &keys {
            self.starts[k + 1] += 1;
        }
        for c in 0..cells {
            self.starts[c + 1] += self.starts[c];
        }
        let mut next = self.starts.clone();
        self.nodes.clear();
        self.nodes.resize(p.len(), 0);
        for (i, &k) in keys.iter().enumerate() {
            self.nodes[next[k]] = i;
            next[k] += 1;
        }
    }

    fn cell_of(&self, x: f64, y: f64) -> (usize, usize) {
        let column = (((x - self.min.0) / CELL).floor().max(0.0) as usize).min(self.columns - 1);
        let row = (((y - self.min.1) / CELL).floor().max(0.0) as usize).min(self.rows - 1);
        (column, row)
    }

    fn key(&self, x: f64, y: f64) -> usize {
        let (column, row) = self.cell_of(x, y);
        row * self.columns + column
    }

    fn at(&self, column: usize, row: usize) -> &[usize] {
        let k = row * self.columns + column;
        &self.nodes[self.starts[k]..self.starts[k + 1]]
    }
}

/// Shelf packing: the offset of each box, rows about `aspect` times as wide as the total is
/// high, `GAP` between boxes.
fn pack(boxes: &[(Vec<usize>, f64, f64)], aspect: f64) -> Vec<(f64, f64)> {
    let area: f64 = boxes.iter().map(|(_, w, h)| (w + GAP * K) * (h + GAP * K)).sum();
    let widest = boxes.iter().map(|(_, w, _)| *w).fold(0.0, f64::max);
    let row_width = (area * aspect.clamp(0.2, 5.0)).sqrt().max(widest);
    let (mut x, mut y, mut row_height) = (0.0, 0.0, 0.0_f64);
    let mut out = Vec::with_capacity(boxes.len());
    for (_, w, h) in boxes {
        if x > 0.0 && x + w > row_width {
            x = 0.0;
            y += row_height + GAP * K;
            row_height = 0.0;
        }
        out.push((x, y));
        x += w + GAP * K;
        row_height = row_height.max(*h);
    }
    out
}

/// Scales all positions by one factor and centres them in the box less the margin.
fn fit(points: &mut [(f64, f64)], options: &LayoutOptions) {
    let (width, height) = (options.width.max(1.0), options.height.max(1.0));
    let margin = options.margin.clamp(0.0, width.min(height) / 2.0);
    let (inner_w, inner_h) = (width - 2.0 * margin, height - 2.0 * margin);
    let max_x = points.iter().map(|q| q.0).fold(0.0, f64::max);
    let max_y = points.iter().map(|q| q.1).fold(0.0, f64::max);
    let scale = (inner_w / max_x.max(K)).min(inner_h / max_y.max(K));
    let (dx, dy) = (margin + (inner_w - max_x * scale) / 2.0, margin + (inner_h - max_y * scale) / 2.0);
    for q in points {
        q.0 = (q.0 * scale + dx).clamp(margin, width - margin);
        q.1 = (q.1 * scale + dy).clamp(margin, height - margin);
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny seeded generator, enough for starting points.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1_u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(p: &[(f64, f64)], a: usize, b: usize) -> f64 {
        ((p[a].0 - p[b].0).powi(2) + (p[a].1 - p[b].1).powi(2)).sqrt()
    }

    /// Two rings of 12 joined by one edge, plus chords: a connected graph with structure.
    fn two_rings() -> Vec<(usize, usize, f64)> {
        let mut edges = Vec::new();
        for ring in [0, 12] {
            for i in 0..12 {
                edges.push((ring + i, ring + (i + 1) % 12, 1.0));
                edges.push((ring + i, ring + (i + 4) % 12, 1.0));
            }
        }
        edges.push((0, 12, 1.0));
        edges
    }

    fn inside(p: &[(f64, f64)], o: &LayoutOptions) -> bool {
        p.iter().all(|&(x, y)| {
            x.is_finite() && y.is_finite() && x >= o.margin && x <= o.width - o.margin && y >= o.margin && y <= o.height - o.margin
        })
    }

    #[test]
    fn connected_nodes_end_nearer_than_unconnected_ones() {
        let edges = two_rings();
        let o = LayoutOptions::default();
        let p = layout(24, &edges, &o);
        assert!(inside(&p, &o));
        let linked: std::collections::HashSet<(usize, usize)> = edges.iter().flat_map(|&(a, b, _)| [(a, b), (b, a)]).collect();
        let (mut near, mut far) = (Vec::new(), Vec::new());
        for a in 0..24 {
            for b in a + 1..24 {
                if linked.contains(&(a, b)) {
                    near.push(distance(&p, a, b))
                } else {
                    far.push(distance(&p, a, b))
                }
            }
        }
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
        assert!(mean(&near) * 1.5 < mean(&far), "edges {:.1} vs others {:.1}", mean(&near), mean(&far));
        // The two rings lie apart: every node is nearer its own ring's centre.
        let centre = |r: usize| {
            let (x, y) = (r..r + 12).fold((0.0, 0.0), |s, i| (s.0 + p[i].0, s.1 + p[i].1));
            (x / 12.0, y / 12.0)
        };
        let (c0, c1) = (centre(0), centre(12));
        let d = |q: (f64, f64), c: (f64, f64)| ((q.0 - c.0).powi(2) + (q.1 - c.1).powi(2)).sqrt();
        let wrong = (0..24).filter(|&i| (d(p[i], c0) < d(p[i], c1)) != (i < 12)).count();
        assert!(wrong <= 1, "{wrong} nodes nearer the other ring");
    }

    #[test]
    fn components_do_not_overlap_and_lone_nodes_are_kept_apart() {
        // A triangle, a path of four and a star of five, then three nodes without edges.
        let edges = vec![
            (0, 1, 1.0),
            (1, 2, 1.0),
            (2, 0, 1.0),
            (3, 4, 1.0),
            (4, 5, 1.0),
            (5, 6, 1.0),
            (7, 8, 1.0),
            (7, 9, 1.0),
            (7, 10, 1.0),
            (7, 11, 1.0),
        ];
        let o = LayoutOptions { width: 600.0, height: 400.0, ..Default::default() };
        let p = layout(15, &edges, &o);
        assert!(inside(&p, &o));
        let groups: [&[usize]; 6] = [&[0, 1, 2], &[3, 4, 5, 6], &[7, 8, 9, 10, 11], &[12], &[13], &[14]];
        let bbox = |g: &[usize]| {
            let xs = g.iter().map(|&i| p[i].0);
            let ys = g.iter().map(|&i| p[i].1);
            (
                xs.clone().fold(f64::INFINITY, f64::min),
                ys.clone().fold(f64::INFINITY, f64::min),
                xs.fold(f64::NEG_INFINITY, f64::max),
                ys.fold(f64::NEG_INFINITY, f64::max),
            )
        };
        for (i, a) in groups.iter().enumerate() {
            for b in &groups[i + 1..] {
                let (a, b) = (bbox(a), bbox(b));
                let overlap = a.0 <= b.2 && b.0 <= a.2 && a.1 <= b.3 && b.1 <= a.3;
                assert!(!overlap, "{a:?} overlaps {b:?}");
            }
        }
        for a in 0..15 {
            for b in a + 1..15 {
                assert!(distance(&p, a, b) > 1.0, "{a} and {b} drawn on one spot");
            }
        }
    }

    #[test]
    fn the_layout_is_seeded_deterministic_and_never_nan() {
        let edges = two_rings();
        let o = LayoutOptions { seed: 42, ..Default::default() };
        assert_eq!(layout(24, &edges, &o), layout(24, &edges, &o));
        assert_ne!(layout(24, &edges, &o), layout(24, &edges, &LayoutOptions { seed: 43, ..Default::default() }));
        // Degenerate input: no nodes, one node, a huge weight, a self-loop, an unknown node,
        // a tiny box.
        assert!(layout(0, &[], &o).is_empty());
        let tiny = LayoutOptions { width: 10.0, height: 0.0, margin: 50.0, ..Default::default() };
        for p in [
            layout(1, &[], &o),
            layout(3, &[(0, 1, 1e300), (1, 1, 1.0), (2, 9, 1.0), (0, 2, f64::NAN)], &o),
            layout(5, &[(0, 1, 1.0)], &tiny),
        ] {
            assert!(p.iter().all(|q| q.0.is_finite() && q.1.is_finite()), "{p:?}");
        }
        assert!(inside(&layout(3, &[(0, 1, 1e300)], &o), &o));
    }
}
