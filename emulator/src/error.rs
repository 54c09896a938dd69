//! Failures of an operation, turned into each API's declared error responses.

use crate::store::StoreError;

/// Why an operation failed; mapped onto the operation's response enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fail {
    BadRequest(String),
    Forbidden(String),
    NotFound(String),
    /// The target is not in a state that allows the operation (409).
    Conflict(String),
    Internal(String),
}

impl Fail {
    pub fn bad(message: impl Into<String>) -> Self {
        Self::BadRequest(message.into())
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::Forbidden(message.into())
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::NotFound(message.into())
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Self::Conflict(message.into())
    }

    /// The short code used in error bodies.
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadRequest(_) => "BadRequest",
            Self::Forbidden(_) => "Forbidden",
            Self::NotFound(_) => "NotFound",
            Self::Conflict(_) => "Conflict",
            Self::Internal(_) => "InternalServerError",
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Self::BadRequest(m)
            | Self::Forbidden(m)
            | Self::NotFound(m)
            | Self::Conflict(m)
            | Self::Internal(m) => m,
        }
    }
}

impl From<StoreError> for Fail {
    fn from(e: StoreError) -> Self {
        tracing::error!(error = %e, "storage failure");
        Self::Internal(e.to_string())
    }
}

impl From<crate::filter::FilterError> for Fail {
    fn from(e: crate::filter::FilterError) -> Self {
        Self::BadRequest(e.to_string())
    }
}

/// `impl From<Fail> for <response enum>`: `$body` builds the error body from a `&Fail`; variants
/// an operation does not declare fall back to the nearest declared one.
#[macro_export]
macro_rules! fail_into {
    ($body:path; $($resp:path { $($fail:ident => $variant:ident),* $(,)? })*) => {
        $(impl From<$crate::error::Fail> for $resp {
            fn from(fail: $crate::error::Fail) -> Self {
                let body = $body(&fail);
                match fail {
                    $($crate::error::Fail::$fail(_) => Self::$variant(body),)*
                }
            }
        })*
    };
}
