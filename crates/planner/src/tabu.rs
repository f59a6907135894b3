//! Tabu search over swaps of two people in one round (Dotú & Van Hentenryck), restricted to
//! swaps that move someone in conflict, with perturbation from the best and restarts.

use rand::rngs::SmallRng;
use rand::seq::SliceRandom;
use rand::Rng;

use crate::plan::NO_TABLE;
use crate::problem::Problem;
use crate::state::State;

/// A chosen move in round `r`: `p` and `q` change tables, or (`q` = [`NO_TABLE`]) `p` moves
/// to the free seat at table `to`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Swap {
    pub r: usize,
    pub p: usize,
    pub q: usize,
    pub to: usize,
    pub delta: i64,
}

/// Scratch buffers reused across iterations.
pub(crate) struct Scratch {
    leave: Vec<i64>,
    col: Vec<i64>,
    row: Vec<i64>,
    cands: Vec<usize>,
    /// `tabu[(r * n + p) * tables + t]`: iteration until which p may not go to t in round r.
    tabu: Vec<u64>,
}

impl Scratch {
    pub(crate) fn new(pb: &Problem<'_>) -> Scratch {
        Scratch {
            leave: vec![0; pb.n],
            col: vec![0; pb.n],
            row: vec![0; pb.tables],
            cands: Vec::new(),
            tabu: vec![0; pb.rounds * pb.n * pb.tables],
        }
    }

    /// Lifts every tabu (after a perturbation or restart).
    pub(crate) fn clear_tabu(&mut self) {
        self.tabu.iter_mut().for_each(|t| *t = 0);
    }
}

/// How many conflicting people per round are examined at most (sampled when more).
const MAX_CANDIDATES_PER_ROUND: usize = 40;

#[inline]
fn move_term(pb: &Problem<'_>, r: usize, p: usize, t: usize) -> i64 {
    let old = pb.previous_table(r, p);
    i64::from(old != NO_TABLE && old != t) * pb.lut.weights[2]
}

/// The best admissible swap, or `None` when no swap exists. `wide` widens the candidates to
/// everyone movable (used when nobody is in conflict but secondary objectives remain).
pub(crate) fn best_swap(
    pb: &Problem<'_>,
    st: &State,
    sc: &mut Scratch,
    iter: u64,
    aspiration: i128,
    wide: bool,
    rng: &mut SmallRng,
) -> Option<Swap> {
    let n = pb.n;
    let mut best: Option<Swap> = None;
    let mut ties = 0u32;
    for r in (0..pb.rounds).filter(|&r| pb.free[r]) {
        let movable = &pb.movable[r];
        if movable.is_empty() {
            continue;
        }
        for &p in movable {
            let a = st.seat[r][p];
            sc.leave[p] = st.members[r][a].iter().filter(|&&x| x != p).map(|&x| pb.leave(p, x, st.m(n, p, x))).sum();
        }
        sc.cands.clear();
        for &p in movable {
            let old = pb.previous_table(r, p);
            if wide || sc.leave[p] < 0 || (old != NO_TABLE && old != st.seat[r][p]) {
                sc.cands.push(p);
            }
        }
        if sc.cands.len() > MAX_CANDIDATES_PER_ROUND {
            sc.cands.shuffle(rng);
            sc.cands.truncate(MAX_CANDIDATES_PER_ROUND);
        }
        sc.cands.sort_unstable_by_key(|&p| st.seat[r][p]);
        let seat_r = &st.seat[r];
        let prev_r: Option<&[usize]> = pb.previous.as_ref().map(|prev| prev[r].as_slice());
        let stride = pb.lut.stride;
        let join = |p: usize, q: usize| -> i64 {
            let i = p * n + q;
            pb.lut.join[pb.flags[i] as usize * stride + st.meet[i] as usize]
        };
        let mut current_table = NO_TABLE;
        for ci in 0..sc.cands.len() {
            let p = sc.cands[ci];
            let a = seat_r[p];
            if a != current_table {
                current_table = a;
                for &q in movable {
                    if seat_r[q] != a {
                        sc.col[q] = st.members[r][a].iter().map(|&x| join(q, x)).sum();
                    }
                }
            }
            for b in 0..pb.tables {
                if b != a {
                    sc.row[b] = st.members[r][b].iter().map(|&y| join(p, y)).sum();
                }
            }
            let p_stay = move_term(pb, r, p, a);
            let leave_p = sc.leave[p];
            let tabu_p = (r * n + p) * pb.tables;
            for &q in movable {
                let b = seat_r[q];
                if b == a {
                    continue;
                }
                let mut delta = leave_p + sc.row[b] + sc.leave[q] + sc.col[q] - 2 * join(p, q);
                if prev_r.is_some() {
                    delta += move_term(pb, r, p, b) - p_stay + move_term(pb, r, q, a) - move_term(pb, r, q, b);
                }
                if best.is_some_and(|s| delta > s.delta) {
                    continue;
                }
                #[cfg(test)]
                {
                    let mut probe = st.clone();
                    probe.swap(pb, r, p, q);
                    assert_eq!(probe.scalar - st.scalar, i128::from(delta), "delta r{r} p{p} q{q}");
                }
                let tabu = sc.tabu[tabu_p + b] > iter || sc.tabu[(r * n + q) * pb.tables + a] > iter;
                if tabu && st.scalar + i128::from(delta) >= aspiration {
                    continue;
                }
                consider(&mut best, &mut ties, Swap { r, p, q, to: b, delta }, rng);
            }
            // Relocations to a table one smaller keep the multiset of table sizes (balance).
            let size_a = st.members[r][a].len();
            for b in 0..pb.tables {
                let size_b = st.members[r][b].len();
                if b == a || size_b + 1 != size_a || size_b >= pb.inst.capacities[b] {
                    continue;
                }
                let delta = sc.leave[p] + sc.row[b] + move_term(pb, r, p, b) - p_stay;
                #[cfg(test)]
                {
                    let mut probe = st.clone();
                    probe.relocate(pb, r, p, b);
                    assert_eq!(probe.scalar - st.scalar, i128::from(delta), "relocation delta");
                }
                let tabu = sc.tabu[(r * n + p) * pb.tables + b] > iter;
                if tabu && st.scalar + i128::from(delta) >= aspiration {
                    continue;
                }
                let mv = Swap { r, p, q: NO_TABLE, to: b, delta };
                consider(&mut best, &mut ties, mv, rng);
            }
        }
    }
    best
}

/// Keeps the better of two moves; equal ones are chosen uniformly at random.
#[inline]
fn consider(best: &mut Option<Swap>, ties: &mut u32, candidate: Swap, rng: &mut SmallRng) {
    match best {
        Some(s) if candidate.delta > s.delta => {}
        Some(s) if candidate.delta == s.delta => {
            *ties += 1;
            if rng.random_range(0..*ties) == 0 {
                *best = Some(candidate);
            }
        }
        _ => {
            *ties = 1;
            *best = Some(candidate);
        }
    }
}

/// Applies a swap and makes both moves back tabu for a while.
pub(crate) fn apply(pb: &Problem<'_>, st: &mut State, sc: &mut Scratch, s: Swap, iter: u64, tenure: u64) {
    let a = st.seat[s.r][s.p];
    let before = st.scalar;
    if s.q == NO_TABLE {
        st.relocate(pb, s.r, s.p, s.to);
        debug_assert_eq!(st.scalar - before, i128::from(s.delta), "relocation delta");
        sc.tabu[(s.r * pb.n + s.p) * pb.tables + a] = iter + tenure;
        return;
    }
    let b = st.seat[s.r][s.q];
    st.swap(pb, s.r, s.p, s.q);
    debug_assert_eq!(st.scalar - before, i128::from(s.delta), "incremental delta is exact");
    sc.tabu[(s.r * pb.n + s.p) * pb.tables + a] = iter + tenure;
    sc.tabu[(s.r * pb.n + s.q) * pb.tables + b] = iter + tenure;
}

/// Random swaps of movable people in random free rounds (a kick out of a local optimum).
pub(crate) fn perturb(pb: &Problem<'_>, st: &mut State, count: usize, rng: &mut SmallRng) {
    let rounds: Vec<usize> = (0..pb.rounds).filter(|&r| pb.free[r] && pb.movable[r].len() >= 2).collect();
    if rounds.is_empty() {
        return;
    }
    for _ in 0..count {
        let r = rounds[rng.random_range(0..rounds.len())];
        let m = &pb.movable[r];
        let p = m[rng.random_range(0..m.len())];
        let q = m[rng.random_range(0..m.len())];
        if st.seat[r][p] != st.seat[r][q] {
            st.swap(pb, r, p, q);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn every_evaluated_delta_is_exact() {
        let json = r#"{"tables": 4, "rounds": 4, "capacity": 4,
            "participants": [
              {"id":"a","org":"1"},{"id":"b","org":"1"},{"id":"c","org":"2"},{"id":"d","org":"3"},
              {"id":"e","org":"4"},{"id":"f","org":"5"},{"id":"g","org":"6"},{"id":"h","org":"7"},
              {"id":"i","org":"8"},{"id":"j","org":"9"},{"id":"k","org":"9"},{"id":"l","org":"10"},
              {"id":"m","org":"11"},{"id":"n","org":"12"},{"id":"o","org":"13"}],
            "known_pairs": [["a","c"],["d","e"]], "interests": [{"offer":"f","need":"g"}]}"#;
        let inst = crate::Instance::from_json(json).expect("valid");
        let pb = Problem::new(&inst, None, 0);
        let mut rng = SmallRng::seed_from_u64(3);
        let seat = crate::construct::greedy(&pb, &mut rng, false);
        let mut st = State::new(&pb, seat);
        let mut sc = Scratch::new(&pb);
        for iter in 0..50 {
            let Some(s) = best_swap(&pb, &st, &mut sc, iter, i128::MIN, true, &mut rng) else {
                break;
            };
            apply(&pb, &mut st, &mut sc, s, iter, 3);
        }
    }
}
