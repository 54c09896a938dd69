//! axum server stubs for the Microsoft Identity Manager PAM and CM REST APIs.
//!
//! [`pam`] and [`cm`] are generated from `spec/` by `cargo xtask codegen`: per API, an `Api`
//! trait with one async method per operation, a params struct and a response enum per operation,
//! and `routes()` (the route table), `service()` (the table as a `tower::Service`: the fast path)
//! and `router()` (the table inside an `axum::Router`, to compose with other routes and layers).
//! Each module's `types` (and `open_enums`) are re-exported from the `generated-types` crate,
//! which the client re-exports too: one copy of the wire types for both sides, and no reqwest
//! here. [`runtime`] is the `server-runtime` crate, re-exported under the
//! name the generated code uses (`crate::runtime::…`): the route index (OData keys inside
//! segments, case-insensitive literals), parameter and body extraction, error bodies,
//! authentication, timeouts and limits, and the serve loop.
//!
//! Serving both APIs from one listener, with the default timeouts and limits:
//!
//! ```no_run
//! use generated_server_stubs::{cm, pam, runtime::{NoAuth, ServeConfig}};
//!
//! async fn serve(my_pam: impl pam::Api<Caller = ()>, my_cm: impl cm::Api<Caller = ()>) -> std::io::Result<()> {
//!     let app = pam::routes(my_pam, NoAuth).merge(cm::routes(my_cm, NoAuth)).into_service();
//!     let listener = tokio::net::TcpListener::bind("127.0.0.1:8086").await?;
//!     generated_server_stubs::runtime::serve(listener, app, ServeConfig::default(), std::future::pending()).await
//! }
//! ```

pub mod cm;
pub mod pam;

pub use server_runtime as runtime;
