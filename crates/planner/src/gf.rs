//! Finite fields GF(p^k) by table, for the affine-plane construction of perfect plans.

/// A finite field with elements 0..q, addition and multiplication by table.
#[derive(Debug, Clone)]
pub(crate) struct Field {
    pub q: usize,
    add: Vec<usize>,
    mul: Vec<usize>,
}

/// `Some((p, k))` if `q = p^k` with p prime.
fn prime_power(q: usize) -> Option<(usize, u32)> {
    if q < 2 {
        return None;
    }
    let p = (2..=q).find(|d| q % d == 0)?;
    let mut rest = q;
    let mut k = 0;
    while rest % p == 0 {
        rest /= p;
        k += 1;
    }
    (rest == 1).then_some((p, k))
}

fn digits(mut x: usize, p: usize, k: usize) -> Vec<usize> {
    let mut d = vec![0; k];
    for slot in d.iter_mut() {
        *slot = x % p;
        x /= p;
    }
    d
}

fn number(d: &[usize], p: usize) -> usize {
    d.iter().rev().fold(0, |acc, &x| acc * p + x)
}

/// Polynomial product of `a` and `b` (digit vectors) reduced by the monic `modulus` (low
/// coefficients of x^k).
fn poly_mul(a: &[usize], b: &[usize], modulus: &[usize], p: usize) -> Vec<usize> {
    let k = a.len();
    let mut prod = vec![0usize; 2 * k];
    for (i, &x) in a.iter().enumerate() {
        for (j, &y) in b.iter().enumerate() {
            prod[i + j] = (prod[i + j] + x * y) % p;
        }
    }
    for deg in (k..2 * k).rev() {
        let c = prod[deg];
        if c != 0 {
            prod[deg] = 0;
            for (i, &m) in modulus.iter().enumerate() {
                let idx = deg - k + i;
                prod[idx] = (prod[idx] + (p - (c * m) % p)) % p;
            }
        }
    }
    prod.truncate(k);
    prod
}

impl Field {
    /// GF(q) if q is a prime power up to 64.
    pub(crate) fn new(q: usize) -> Option<Field> {
        if q > 64 {
            return None;
        }
        let (p, k) = prime_power(q)?;
        let k = k as usize;
        let mut add = vec![0; q * q];
        for a in 0..q {
            for b in 0..q {
                let (da, db) = (digits(a, p, k), digits(b, p, k));
                let sum: Vec<usize> = da.iter().zip(&db).map(|(x, y)| (x + y) % p).collect();
                add[a * q + b] = number(&sum, p);
            }
        }
        for candidate in 0..q {
            let modulus = digits(candidate, p, k);
            let mut mul = vec![0; q * q];
            for a in 0..q {
                for b in 0..q {
                    let prod = poly_mul(&digits(a, p, k), &digits(b, p, k), &modulus, p);
                    mul[a * q + b] = number(&prod, p);
                }
            }
            let is_field = (1..q).all(|a| (1..q).any(|b| mul[a * q + b] == 1));
            if is_field {
                return Some(Field { q, add, mul });
            }
        }
        None
    }

    pub(crate) fn add(&self, a: usize, b: usize) -> usize {
        self.add[a * self.q + b]
    }

    pub(crate) fn mul(&self, a: usize, b: usize) -> usize {
        self.mul[a * self.q + b]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_fields_of_prime_power_order() {
        for q in [2, 3, 4, 5, 7, 8, 9, 16, 25, 27, 32] {
            let f = Field::new(q).expect("field");
            for a in 1..q {
                assert!((1..q).any(|b| f.mul(a, b) == 1), "q={q} a={a}");
                assert_eq!(f.add(a, 0), a);
            }
        }
        assert!(Field::new(6).is_none());
        assert!(Field::new(10).is_none());
    }
}
