//! Fuzz target bodies, shared by the cargo-fuzz targets under `fuzz/` (libFuzzer, nightly) and
//! by `tests/fuzz_bodies.rs`, which runs them on stable over generated inputs. Each body panics
//! exactly when an invariant breaks; any input at all is allowed.

use crate::filter::{self, Expr, MAX_DEPTH};
use generated_server_stubs::pam::types;
use mim_wire::MimDateTime;
use mim_wire::odata::{Literal, parse_literal};

/// A small deterministic generator (xorshift64*) for generated test inputs: a failure
/// reproduces from its seed.
#[derive(Debug, Clone)]
pub struct Gen(pub u64);

impl Gen {
    /// The next pseudo-random number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next_u64() % n as u64).unwrap_or(0)
    }

    /// One of `items` (not empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn depth(expr: &Expr) -> usize {
    match expr {
        Expr::And(items) | Expr::Or(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Expr::Not(inner) => 1 + depth(inner),
        Expr::Cmp(_, a, b) => 1 + depth(a).max(depth(b)),
        Expr::Property(..) | Expr::Literal(_) => 1,
    }
}

/// `$filter`: parsing never panics, accepted trees respect the depth bound (so evaluating and
/// dropping them cannot recurse deep), and checking, evaluating and SQL compilation never panic.
pub fn filter(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(expr) = filter::parse(text) else {
        return;
    };
    // `not`s and parentheses nest up to MAX_DEPTH; each level adds at most one Cmp and one list.
    assert!(
        depth(&expr) <= 3 * MAX_DEPTH + 3,
        "depth {} for {text:?}",
        depth(&expr)
    );
    if let Ok(Some(checked)) = filter::compile::<types::PamRequest>(Some(text)) {
        crate::pam::fuzz_sql_filter(&checked);
    }
}

/// MIM date-time: an accepted text prints back to a text that parses to the same value.
pub fn datetime(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(value) = text.parse::<MimDateTime>() else {
        return;
    };
    let printed = value.to_string();
    let again: MimDateTime = printed
        .parse()
        .unwrap_or_else(|e| panic!("{text:?} printed as {printed:?}, which does not parse: {e}"));
    assert_eq!(again, value, "{text:?} → {printed:?}");
    assert!(again.same_instant(&value));
}

fn same_literal(a: &Literal, b: &Literal) -> bool {
    match (a, b) {
        (Literal::Double(x), Literal::Double(y)) if x.is_nan() && y.is_nan() => true,
        _ => a == b,
    }
}

/// OData literal: the parser consumes a prefix of the input on a character boundary, and the
/// literal prints back to a text that parses to the same literal.
pub fn odata_literal(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok((literal, used)) = parse_literal(text) else {
        return;
    };
    assert!(
        used <= text.len() && text.is_char_boundary(used),
        "{text:?}: used {used}"
    );
    let printed = literal.to_string();
    let (again, _) = parse_literal(&printed)
        .unwrap_or_else(|e| panic!("{text:?} printed as {printed:?}, which does not parse: {e}"));
    assert!(
        same_literal(&again, &literal),
        "{text:?} → {printed:?} → {again:?}"
    );
}
