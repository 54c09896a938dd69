//! The wire types of the Microsoft Identity Manager PAM and CM REST APIs, compiled once for the
//! client and the server stubs.
//!
//! [`pam`] and [`cm`] are generated from `spec/pam.yaml` and `spec/cm.yaml` by
//! `cargo xtask codegen` (typify, through progenitor's settings, with the `builder` structs and
//! the open enums of `x-open-enum`). `generated-client` and `generated-server-stubs` re-export
//! each module's `types` (and `open_enums`) under the path they always had
//! (`generated_client::pam::types`, `generated_server_stubs::pam::types`), so that:
//!
//! - a workspace with both the client and the server compiles these types once, not twice;
//! - both sides are the same Rust types, not two copies that agree by construction only: a value
//!   the server builds can be compared with what the client parsed;
//! - the server stubs do not depend on reqwest, and the client does not depend on axum.
//!
//! The crate needs serde, serde_json, chrono, uuid, regress and `mim-wire` (the lenient MIM
//! date-time of the `mim-date-time` format) and nothing else.

pub mod cm;
pub mod pam;
