//! Simulated annealing over random swaps: a cheaper, more random engine that complements the
//! tabu search on the tight, highly symmetric instances (social golfer designs).

use rand::rngs::SmallRng;
use rand::Rng;

use crate::plan::NO_TABLE;
use crate::problem::Problem;
use crate::state::State;

/// Exact scalar change of swapping p and q (different tables) in round r.
pub(crate) fn swap_delta(pb: &Problem<'_>, st: &State, r: usize, p: usize, q: usize) -> i64 {
    let n = pb.n;
    let a = st.seat[r][p];
    let b = st.seat[r][q];
    let mut d = 0i64;
    for &x in &st.members[r][a] {
        if x != p {
            d += pb.leave(p, x, st.meet[p * n + x]) + pb.join(q, x, st.meet[q * n + x]);
        }
    }
    for &y in &st.members[r][b] {
        if y != q {
            d += pb.leave(q, y, st.meet[q * n + y]) + pb.join(p, y, st.meet[p * n + y]);
        }
    }
    let mv = |who: usize, t: usize| {
        let old = pb.previous_table(r, who);
        i64::from(old != NO_TABLE && old != t) * pb.lut.weights[2]
    };
    d + mv(p, b) - mv(p, a) + mv(q, a) - mv(q, b)
}

/// One annealing sweep of `moves` proposals at temperature `temp` (in repeats).
/// Returns how many proposals were accepted. `on_better` is called after every accepted move
/// that lowers the cost below `best_cost`.
pub(crate) fn sweep(
    pb: &Problem<'_>,
    st: &mut State,
    rounds: &[usize],
    moves: u32,
    temp: f64,
    rng: &mut SmallRng,
    mut on_better: impl FnMut(&State) -> bool,
) -> u32 {
    let unit = pb.lut.weights[4] as f64;
    let mut accepted = 0;
    for _ in 0..moves {
        let r = rounds[rng.random_range(0..rounds.len())];
        let m = &pb.movable[r];
        let p = m[rng.random_range(0..m.len())];
        let q = m[rng.random_range(0..m.len())];
        if st.seat[r][p] == st.seat[r][q] {
            continue;
        }
        let d = swap_delta(pb, st, r, p, q);
        if d <= 0 || rng.random::<f64>() < (-(d as f64) / (temp * unit)).exp() {
            st.swap(pb, r, p, q);
            accepted += 1;
            if d < 0 && on_better(st) {
                break;
            }
        }
    }
    accepted
}
