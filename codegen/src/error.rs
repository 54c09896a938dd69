//! Errors and diagnostics.
//!
//! Every problem the generator finds in a document is reported as a [`Diagnostic`] that names the
//! offending node by JSON pointer, so that a user can find it in a 2 000-line spec without
//! reading generator source. Nothing in this crate panics on user input: progenitor does on
//! several shapes, which is why validation runs first.

use std::fmt;

/// One problem found in an OpenAPI document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// RFC 6901 JSON pointer of the node at fault, e.g. `/paths/~1pets/get/parameters/0`.
    pub pointer: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it, when there is a known fix.
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            pointer: pointer.into(),
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(document root)"
        } else {
            &self.pointer
        };
        write!(f, "{pointer}: {}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n    hint: {hint}")?;
        }
        Ok(())
    }
}

/// Why generation failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The text is not YAML/JSON, or not shaped like an OpenAPI 3.0 document.
    #[error("{0}")]
    Load(Diagnostic),
    /// The document is well-formed but uses constructs the emitters cannot handle.
    #[error("{} problem(s) in the document:\n{}", .0.len(), render_all(.0))]
    Invalid(Vec<Diagnostic>),
    /// progenitor refused the (already validated) document; this is a generator bug.
    #[error("progenitor failed on a document that passed validation (a codegen bug): {0}")]
    Progenitor(String),
    /// The emitted tokens did not parse as Rust; this is a generator bug.
    #[error("emitted code does not parse as Rust (a codegen bug): {0}")]
    Emit(String),
    /// rustfmt could not be run or rejected the output.
    #[error("rustfmt failed: {0}")]
    Rustfmt(String),
}

fn render_all(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| format!("  - {d}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl Error {
    /// The diagnostics carried by this error (empty for internal failures).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Error::Load(d) => std::slice::from_ref(d),
            Error::Invalid(ds) => ds,
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_the_pointer_and_the_hint() {
        let d = Diagnostic::new("/paths/~1x/get", "no operationId").with_hint("add one");
        assert_eq!(
            d.to_string(),
            "/paths/~1x/get: no operationId\n    hint: add one"
        );
    }
}
