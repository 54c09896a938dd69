//! OData v3 `$filter`: a recursive-descent parser for the subset the PAM API documents (plus `or`,
//! `not` and parentheses), and an evaluator over typed rows. Literals are parsed by
//! [`mim_wire::odata::parse_literal`], so client and server agree on quoting.
//!
//! Inputs are bounded (length, tokens, depth; see `parse`), so no client can drive a recursion deep.
//!
//! The API answers with SQL compiled from the parsed expression (`pam::sql_filter`); the
//! evaluator here ([`apply`]) defines the semantics and is the oracle the property tests compare
//! that SQL against.
//!
//! ```text
//! expr    := or
//! or      := and ("or" and)*
//! and     := unary ("and" unary)*
//! unary   := "not" unary | compare
//! compare := primary (("eq"|"ne"|"gt"|"lt"|"ge"|"le") primary)?
//! primary := "(" expr ")" | property | literal
//! ```

mod eval;
mod parse;

pub use eval::{Filterable, Value, compare_values, literal_value, number};
pub use parse::parse;

/// The longest `$filter` text accepted, in bytes.
pub const MAX_FILTER_BYTES: usize = 4096;
/// The most tokens a `$filter` may have.
pub const MAX_TOKENS: usize = 512;
/// The deepest nesting of parentheses and `not` a `$filter` may have.
pub const MAX_DEPTH: usize = 32;

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Gt,
    Lt,
    Ge,
    Le,
}

/// A parsed filter expression.
///
/// Invariant (upheld by [`parse`]): depth at most `MAX_DEPTH + 2`; `And`/`Or` hold two or more items.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Not(Box<Expr>),
    Cmp(CmpOp, Box<Expr>, Box<Expr>),
    /// A property name and its byte position in the filter text.
    Property(String, usize),
    Literal(mim_wire::odata::Literal),
}

/// A filter that cannot be parsed or does not fit the entity: where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid $filter at position {position}: {message}")]
pub struct FilterError {
    /// Byte offset into the filter text.
    pub position: usize,
    pub message: String,
}

impl FilterError {
    pub fn new(position: usize, message: impl Into<String>) -> Self {
        Self {
            position,
            message: message.into(),
        }
    }
}

/// Parse `text` and check its property names against `T`; `None` text means no filter.
pub fn compile<T: Filterable>(text: Option<&str>) -> Result<Option<Expr>, FilterError> {
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        return Ok(None);
    };
    let expr = parse(text)?;
    eval::check::<T>(&expr)?;
    Ok(Some(expr))
}

/// Keep the rows the filter accepts (the reference semantics; see the module docs).
pub fn apply<T: Filterable>(rows: Vec<T>, filter: Option<&Expr>) -> Vec<T> {
    match filter {
        None => rows,
        Some(expr) => rows
            .into_iter()
            .filter(|row| eval::matches(expr, row))
            .collect(),
    }
}

#[cfg(test)]
mod tests;
