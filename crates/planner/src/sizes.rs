//! Table sizes per round: as even as the capacities allow, never below what must stay.

/// Distributes `n` people over tables with `capacities`, starting from `floor` (people who
/// must or should stay at a table), always filling the emptiest table next. This minimises
/// Σ size², hence the spread and the pair meetings, subject to the floor.
pub(crate) fn water_fill(n: usize, capacities: &[usize], floor: &[usize]) -> Vec<usize> {
    let mut sizes: Vec<usize> = floor.iter().zip(capacities).map(|(&f, &c)| f.min(c)).collect();
    let mut placed: usize = sizes.iter().sum();
    while placed < n {
        let next = (0..sizes.len()).filter(|&t| sizes[t] < capacities[t]).min_by_key(|&t| (sizes[t], std::cmp::Reverse(capacities[t]), t));
        let Some(t) = next else { break };
        sizes[t] += 1;
        placed += 1;
    }
    sizes
}

/// Σ over tables of C(size, 2): the pair meetings a round creates.
pub(crate) fn pair_meetings(sizes: &[usize]) -> usize {
    sizes.iter().map(|&s| s * s.saturating_sub(1) / 2).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_evenly() {
        assert_eq!(water_fill(37, &[8; 5], &[0; 5]), vec![8, 8, 7, 7, 7]);
        assert_eq!(water_fill(40, &[10; 4], &[0; 4]), vec![10; 4]);
    }

    #[test]
    fn respects_capacities_and_floor() {
        assert_eq!(water_fill(12, &[10, 3, 10], &[0, 0, 0]), vec![5, 3, 4]);
        assert_eq!(water_fill(9, &[10, 10, 10], &[7, 0, 0]), vec![7, 1, 1]);
    }

    #[test]
    fn counts_pairs() {
        assert_eq!(pair_meetings(&[10, 10, 10, 10]), 180);
        assert_eq!(pair_meetings(&[3, 1, 0]), 3);
    }
}
