//! Evaluating a parsed filter against a row.

use super::{CmpOp, Expr, FilterError};
use mim_wire::MimDateTime;
use mim_wire::odata::Literal;
use std::cmp::Ordering;
use uuid::Uuid;

/// A property value as the evaluator sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Num(f64),
    Str(String),
    Guid(Uuid),
    DateTime(MimDateTime),
}

/// A row type that `$filter` can address.
pub trait Filterable {
    /// The property names (case-sensitive, as on the wire).
    const PROPERTIES: &'static [&'static str];
    /// The value of one of [`Self::PROPERTIES`].
    fn property(&self, name: &str) -> Value;
}

/// Every property named in `expr` must exist on `T`.
pub fn check<T: Filterable>(expr: &Expr) -> Result<(), FilterError> {
    match expr {
        Expr::And(items) | Expr::Or(items) => items.iter().try_for_each(check::<T>),
        Expr::Cmp(_, a, b) => {
            check::<T>(a)?;
            check::<T>(b)
        }
        Expr::Not(a) => check::<T>(a),
        Expr::Property(name, pos) if !T::PROPERTIES.contains(&name.as_str()) => {
            Err(FilterError::new(
                *pos,
                format!(
                    "unknown property `{name}`; known: {}",
                    T::PROPERTIES.join(", ")
                ),
            ))
        }
        Expr::Property(..) | Expr::Literal(_) => Ok(()),
    }
}

/// Does `row` satisfy `expr`? (A bare operand counts as true when it is the boolean `true`.)
pub fn matches<T: Filterable>(expr: &Expr, row: &T) -> bool {
    match expr {
        Expr::And(items) => items.iter().all(|e| matches(e, row)),
        Expr::Or(items) => items.iter().any(|e| matches(e, row)),
        Expr::Not(a) => !matches(a, row),
        Expr::Cmp(op, a, b) => compare_values(*op, &value(a, row), &value(b, row)),
        other => value(other, row) == Value::Bool(true),
    }
}

fn value<T: Filterable>(expr: &Expr, row: &T) -> Value {
    match expr {
        Expr::Property(name, _) => row.property(name),
        Expr::Literal(lit) => literal_value(lit),
        other => Value::Bool(matches(other, row)),
    }
}

/// The value a literal stands for.
pub fn literal_value(lit: &Literal) -> Value {
    match lit {
        Literal::Null => Value::Null,
        Literal::Bool(b) => Value::Bool(*b),
        Literal::Int(i) => Value::Int(*i),
        Literal::Decimal(text) => text.parse().map_or(Value::Str(text.clone()), Value::Num),
        Literal::Double(d) => Value::Num(*d),
        Literal::String(s) => Value::Str(s.clone()),
        Literal::Guid(g) => Value::Guid(*g),
        Literal::DateTime(d) | Literal::DateTimeOffset(d) => Value::DateTime(*d),
    }
}

/// The number a value reads as, if any (numbers, and strings that parse as one).
pub fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Num(n) => Some(*n),
        Value::Str(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Order two values when they are comparable (numbers with numbers or digit strings, dates
/// with dates or date strings, GUIDs with GUIDs or GUID strings, strings, booleans).
fn order(a: &Value, b: &Value) -> Option<Ordering> {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => Some(x.cmp(y)),
        (Bool(x), Bool(y)) => Some(x.cmp(y)),
        (Guid(x), Guid(y)) => Some(x.cmp(y)),
        (Guid(g), Str(s)) => s.parse::<Uuid>().ok().map(|s| g.cmp(&s)),
        (Str(s), Guid(g)) => s.parse::<Uuid>().ok().map(|s| s.cmp(g)),
        (DateTime(x), DateTime(y)) => Some(x.to_utc().cmp(&y.to_utc())),
        (DateTime(d), Str(s)) => s
            .parse::<MimDateTime>()
            .ok()
            .map(|s| d.to_utc().cmp(&s.to_utc())),
        (Str(s), DateTime(d)) => s
            .parse::<MimDateTime>()
            .ok()
            .map(|s| s.to_utc().cmp(&d.to_utc())),
        _ => number(a)?.partial_cmp(&number(b)?),
    }
}

/// Does `a op b` hold? `null` equals only `null`; incomparable values are only `ne`.
pub fn compare_values(op: CmpOp, a: &Value, b: &Value) -> bool {
    if matches!(a, Value::Null) || matches!(b, Value::Null) {
        let same = matches!((a, b), (Value::Null, Value::Null));
        return match op {
            CmpOp::Eq => same,
            CmpOp::Ne => !same,
            _ => false,
        };
    }
    let ord = order(a, b);
    match op {
        CmpOp::Eq => ord == Some(Ordering::Equal),
        CmpOp::Ne => ord != Some(Ordering::Equal),
        CmpOp::Gt => ord == Some(Ordering::Greater),
        CmpOp::Lt => ord == Some(Ordering::Less),
        CmpOp::Ge => matches!(ord, Some(Ordering::Greater | Ordering::Equal)),
        CmpOp::Le => matches!(ord, Some(Ordering::Less | Ordering::Equal)),
    }
}
