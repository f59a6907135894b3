//! The search state: a full seating with meeting counts and its cost, updated by swaps.

use crate::plan::{Seating, NO_TABLE};
use crate::problem::Problem;
use crate::score::{pair_cost, Cost};

/// A complete seating of every round with incremental bookkeeping.
#[derive(Debug, Clone)]
pub(crate) struct State {
    /// `seat[r][p]`
    pub seat: Seating,
    /// `members[r][t]`: who sits at table t in round r.
    pub members: Vec<Vec<Vec<usize>>>,
    /// `pos[r][p]`: index of p in its table's member list.
    pos: Vec<Vec<usize>>,
    /// `meet[p * n + q]`
    pub meet: Vec<u8>,
    pub cost: Cost,
    pub scalar: i128,
}

impl State {
    /// Builds the bookkeeping for a complete seating.
    pub(crate) fn new(pb: &Problem<'_>, seat: Seating) -> State {
        let n = pb.n;
        let mut members = vec![vec![Vec::new(); pb.tables]; pb.rounds];
        let mut pos = vec![vec![NO_TABLE; n]; pb.rounds];
        for (r, round) in seat.iter().enumerate() {
            for (p, &t) in round.iter().enumerate() {
                if t != NO_TABLE {
                    pos[r][p] = members[r][t].len();
                    members[r][t].push(p);
                }
            }
        }
        let meet = crate::score::meetings(n, pb.tables, &seat);
        let mut cost = Cost::default();
        for p in 0..n {
            for q in p + 1..n {
                cost = cost.add(pair_cost(pb.flags[p * n + q], i64::from(meet[p * n + q])));
            }
        }
        cost.moves = crate::score::moves(&seat, pb.previous.as_ref(), &pb.free);
        let scalar = pb.lut.scalar(cost);
        State { seat, members, pos, meet, cost, scalar }
    }

    /// Meeting count of a pair.
    #[inline]
    pub(crate) fn m(&self, n: usize, p: usize, q: usize) -> u8 {
        self.meet[p * n + q]
    }

    fn change_pair(&mut self, pb: &Problem<'_>, p: usize, q: usize, up: bool) {
        let n = pb.n;
        let f = pb.flags[p * n + q];
        let m = self.meet[p * n + q];
        let before = pair_cost(f, i64::from(m));
        let new_m = if up { m.saturating_add(1) } else { m.saturating_sub(1) };
        self.meet[p * n + q] = new_m;
        self.meet[q * n + p] = new_m;
        let after = pair_cost(f, i64::from(new_m));
        self.cost = self.cost.add(after.sub(before));
    }

    fn move_cost(pb: &Problem<'_>, r: usize, p: usize, t: usize) -> i64 {
        let old = pb.previous_table(r, p);
        i64::from(old != NO_TABLE && old != t)
    }

    /// Moves p to table t in round r (a seat must be free there), updating everything.
    pub(crate) fn relocate(&mut self, pb: &Problem<'_>, r: usize, p: usize, t: usize) {
        let a = self.seat[r][p];
        debug_assert!(a != t && a != NO_TABLE);
        for i in 0..self.members[r][a].len() {
            let x = self.members[r][a][i];
            if x != p {
                self.change_pair(pb, p, x, false);
            }
        }
        for i in 0..self.members[r][t].len() {
            let y = self.members[r][t][i];
            self.change_pair(pb, p, y, true);
        }
        self.cost.moves += Self::move_cost(pb, r, p, t) - Self::move_cost(pb, r, p, a);
        let i = self.pos[r][p];
        self.members[r][a].swap_remove(i);
        if let Some(&moved) = self.members[r][a].get(i) {
            self.pos[r][moved] = i;
        }
        self.pos[r][p] = self.members[r][t].len();
        self.members[r][t].push(p);
        self.seat[r][p] = t;
        self.scalar = pb.lut.scalar(self.cost);
    }

    /// Swaps p and q (at different tables) in round r, updating everything.
    pub(crate) fn swap(&mut self, pb: &Problem<'_>, r: usize, p: usize, q: usize) {
        let a = self.seat[r][p];
        let b = self.seat[r][q];
        debug_assert!(a != b && a != NO_TABLE && b != NO_TABLE);
        for i in 0..self.members[r][a].len() {
            let x = self.members[r][a][i];
            if x != p {
                self.change_pair(pb, p, x, false);
                self.change_pair(pb, q, x, true);
            }
        }
        for i in 0..self.members[r][b].len() {
            let y = self.members[r][b][i];
            if y != q {
                self.change_pair(pb, q, y, false);
                self.change_pair(pb, p, y, true);
            }
        }
        self.cost.moves +=
            Self::move_cost(pb, r, p, b) - Self::move_cost(pb, r, p, a) + Self::move_cost(pb, r, q, a) - Self::move_cost(pb, r, q, b);
        let (ip, iq) = (self.pos[r][p], self.pos[r][q]);
        self.members[r][a][ip] = q;
        self.members[r][b][iq] = p;
        self.pos[r][q] = ip;
        self.pos[r][p] = iq;
        self.seat[r][p] = b;
        self.seat[r][q] = a;
        self.scalar = pb.lut.scalar(self.cost);
    }
}
