//! Up-front check that every round can be seated at all: associations must be spread over
//! distinct tables within the capacities left by the locks. A max-flow per round (Dinic):
//! source → association (its unlocked people) → table (one seat per association, none if a
//! colleague is locked there) → sink (capacity minus locked people).

use std::collections::VecDeque;

struct Flow {
    head: Vec<usize>,
    next: Vec<usize>,
    to: Vec<usize>,
    cap: Vec<usize>,
    level: Vec<i64>,
    it: Vec<usize>,
}

const NONE: usize = usize::MAX;

impl Flow {
    fn new(nodes: usize) -> Flow {
        Flow { head: vec![NONE; nodes], next: Vec::new(), to: Vec::new(), cap: Vec::new(), level: vec![0; nodes], it: vec![0; nodes] }
    }

    fn edge(&mut self, a: usize, b: usize, c: usize) {
        for (x, y, z) in [(a, b, c), (b, a, 0)] {
            self.to.push(y);
            self.cap.push(z);
            self.next.push(self.head[x]);
            self.head[x] = self.to.len() - 1;
        }
    }

    fn bfs(&mut self, s: usize, t: usize) -> bool {
        self.level.iter_mut().for_each(|l| *l = -1);
        self.level[s] = 0;
        let mut queue = VecDeque::from([s]);
        while let Some(v) = queue.pop_front() {
            let mut e = self.head[v];
            while e != NONE {
                let w = self.to[e];
                if self.cap[e] > 0 && self.level[w] < 0 {
                    self.level[w] = self.level[v] + 1;
                    queue.push_back(w);
                }
                e = self.next[e];
            }
        }
        self.level[t] >= 0
    }

    fn dfs(&mut self, v: usize, t: usize, pushed: usize) -> usize {
        if v == t {
            return pushed;
        }
        while self.it[v] != NONE {
            let e = self.it[v];
            let w = self.to[e];
            if self.cap[e] > 0 && self.level[w] == self.level[v] + 1 {
                let got = self.dfs(w, t, pushed.min(self.cap[e]));
                if got > 0 {
                    self.cap[e] -= got;
                    self.cap[e ^ 1] += got;
                    return got;
                }
            }
            self.it[v] = self.next[e];
        }
        0
    }

    fn max_flow(&mut self, s: usize, t: usize) -> usize {
        let mut total = 0;
        while self.bfs(s, t) {
            self.it.clone_from(&self.head);
            loop {
                let got = self.dfs(s, t, usize::MAX);
                if got == 0 {
                    break;
                }
                total += got;
            }
        }
        total
    }
}

/// Whether the unlocked people of a round can be seated: `demand[o]` unlocked people of
/// association o, `blocked[o][t]` if a colleague is locked at table t, `room[t]` free seats.
pub(crate) fn seatable(demand: &[usize], blocked: &[Vec<bool>], room: &[usize]) -> bool {
    let (orgs, tables) = (demand.len(), room.len());
    let (source, sink) = (orgs + tables, orgs + tables + 1);
    let mut flow = Flow::new(orgs + tables + 2);
    let mut need = 0;
    for (o, &d) in demand.iter().enumerate() {
        if d == 0 {
            continue;
        }
        need += d;
        flow.edge(source, o, d);
        for (t, &is_blocked) in blocked[o].iter().enumerate().take(tables) {
            if !is_blocked {
                flow.edge(o, orgs + t, 1);
            }
        }
    }
    for (t, &r) in room.iter().enumerate() {
        flow.edge(orgs + t, sink, r);
    }
    flow.max_flow(source, sink) == need
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_seatable_and_unseatable_rounds() {
        // Two associations of two at two tables of two: one of each per table.
        assert!(seatable(&[2, 2], &[vec![false; 2], vec![false; 2]], &[2, 2]));
        // Three of one association, two tables.
        assert!(!seatable(&[3], &[vec![false; 2]], &[5, 5]));
        // Two pairs of colleagues, one free seat at table 1 and three at table 0.
        assert!(!seatable(&[2, 2], &[vec![false; 2], vec![false; 2]], &[3, 1]));
        // A colleague locked at table 0 blocks it.
        assert!(!seatable(&[1], &[vec![true, false]], &[1, 0]));
    }
}
