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
//! ```no_run
//! use generated_server_stubs::{cm, pam, runtime::NoAuth};
//!
//! async fn serve(my_pam: impl pam::Api<Caller = ()>, my_cm: impl cm::Api<Caller = ()>) -> std::io::Result<()> {
//!     let app = pam::routes(my_pam, NoAuth).merge(cm::routes(my_cm, NoAuth)).into_router();
//!     let listener = tokio::net::TcpListener::bind("127.0.0.1:8086").await?;
//!     axum::serve(listener, app).await
//! }
//! ```

pub mod cm;
pub mod pam;
pub mod runtime;
