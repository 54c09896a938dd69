//! Rust client for the Microsoft Identity Manager PAM and CM REST APIs.
//!
//! [`pam`] and [`cm`] are generated from `spec/pam.yaml` and `spec/cm.yaml` by
//! `cargo xtask codegen` (progenitor, builder style), with their `types` re-exported from the
//! `generated-types` crate that the server stubs share; [`support`] is the small hand-written
//! layer they rely on: credentials on every request, TLS, and the wire types of `mim-wire`.
//!
//! ```no_run
//! use generated_client::{pam, support::Credentials};
//!
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let client = pam::Client::new_with_credentials(
//!     "http://127.0.0.1:8086",
//!     Credentials::basic("PRIV\\Jen", "Pa55w.rd"),
//! )?;
//! let roles = client.list_pam_roles().send().await?.into_inner();
//! for role in roles.value {
//!     println!("{} {}", role.role_id, role.display_name);
//! }
//! # Ok(())
//! # }
//! ```

pub mod auth;
pub mod cm;
#[cfg(feature = "negotiate")]
pub mod negotiate;
pub mod pam;
pub mod support;

pub use mim_wire::{MimDateTime, odata};

/// The workspace README's Rust examples, compiled as doctests of this crate so that the README
/// cannot show code that no longer builds.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
