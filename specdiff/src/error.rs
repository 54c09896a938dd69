//! Errors. Each carries the side (old/new document) and the JSON pointer of the offending node, so a CI log
//! points straight at the problem.

use std::fmt;

use serde::Serialize;

/// Which of the two documents an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Side {
    Old,
    New,
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Old => "old",
            Side::New => "new",
        })
    }
}

/// Why two documents could not be compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DiffError {
    /// The document is not OpenAPI 3.0.x (wrong `openapi` field, Swagger 2.0, 3.1, not an object, no `paths`).
    #[error("{side} document is not an OpenAPI 3.0 document (at `{pointer}`): {message}")]
    NotOpenApi30 {
        side: Side,
        pointer: String,
        message: String,
    },
    /// A `$ref` that is not local, points nowhere, or loops onto itself.
    #[error("{side} document: cannot resolve $ref `{reference}` at `{pointer}`: {message}")]
    UnresolvableRef {
        side: Side,
        pointer: String,
        reference: String,
        message: String,
    },
    /// A key of `paths` is not a valid path template (unbalanced braces, empty or adjacent parameters).
    #[error("{side} document: bad path template at `{pointer}`: {message}")]
    InvalidPathTemplate {
        side: Side,
        pointer: String,
        message: String,
    },
    /// A node the comparison needs has the wrong JSON type (e.g. `parameters` is not an array).
    #[error("{side} document: expected {expected} at `{pointer}`")]
    InvalidShape {
        side: Side,
        pointer: String,
        expected: &'static str,
    },
    /// Schemas nested deeper than the comparison is willing to recurse (protects the stack on hostile input).
    #[error("{side} document: schemas nested deeper than {limit} levels at `{pointer}`")]
    TooDeep {
        side: Side,
        pointer: String,
        limit: usize,
    },
}

impl DiffError {
    /// JSON pointer of the offending node.
    pub fn pointer(&self) -> &str {
        match self {
            DiffError::NotOpenApi30 { pointer, .. }
            | DiffError::UnresolvableRef { pointer, .. }
            | DiffError::InvalidPathTemplate { pointer, .. }
            | DiffError::InvalidShape { pointer, .. }
            | DiffError::TooDeep { pointer, .. } => pointer,
        }
    }

    /// The document the error is about.
    pub fn side(&self) -> Side {
        match self {
            DiffError::NotOpenApi30 { side, .. }
            | DiffError::UnresolvableRef { side, .. }
            | DiffError::InvalidPathTemplate { side, .. }
            | DiffError::InvalidShape { side, .. }
            | DiffError::TooDeep { side, .. } => *side,
        }
    }
}
