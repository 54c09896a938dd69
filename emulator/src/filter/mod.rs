//! OData v3 `$filter`: a recursive-descent parser for the subset the PAM API documents (plus `or`,
//! `not` and parentheses), and an evaluator over typed rows. Literals are parsed by
//! [`mim_wire::odata::parse_literal`], so client and server agree on quoting.
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

pub use eval::{Filterable, Value};
pub use parse::parse;

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
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
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

/// Keep the rows the filter accepts.
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
