//! axum server stubs for the Microsoft Identity Manager PAM and CM REST APIs.
//!
//! [`pam`] and [`cm`] are generated from `spec/` by `cargo xtask codegen`: per API, an `Api`
//! trait with one async method per operation, a params struct and a response enum per operation,
//! and `routes()`/`router()`. [`runtime`] is the hand-written part every generated router shares:
//! path matching (OData keys inside segments, case-insensitive literals), parameter and body
//! extraction, error bodies and authentication.
//!
//! Serving both APIs from one listener:
//!
//! ```ignore
//! let app = pam::routes(my_pam, auth.clone()).merge(cm::routes(my_cm, auth)).into_router();
//! ```

pub mod cm;
pub mod pam;
pub mod runtime;
