//! Fuzz target bodies, shared by the cargo-fuzz targets under `fuzz/` (libFuzzer, nightly) and
//! by `tests/fuzz_bodies.rs`, which runs them on stable over generated inputs. Each body panics
//! exactly when an invariant breaks; any input at all is allowed.

use crate::filter::{self, Expr, MAX_DEPTH};
use generated_server_stubs::pam::types;
use mim_wire::MimDateTime;
use mim_wire::odata::{Literal, parse_literal};

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
