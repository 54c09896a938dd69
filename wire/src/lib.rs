//! Wire-level value types shared by the generated MIM client and the generated MIM server.
//!
//! Both sides are generated from the same OpenAPI specs; they must agree byte-for-byte on how values look on the
//! wire, so the types that need custom wire handling live here, once:
//!
//! * [`datetime`]: [`MimDateTime`], the type behind every `format: mim-date-time` field. It keeps the exact form
//!   MIM wrote (zone kind, fractional digits) so values round-trip unchanged.
//! * [`odata`]: OData v3 literal quoting, key encoding and literal parsing used for key segments and `$filter`.
//!
//! ```
//! use mim_wire::{MimDateTime, odata};
//!
//! let value: MimDateTime = "2015-07-11T23:07:30.2200123-07:00".parse()?;
//! assert_eq!(value.to_string(), "2015-07-11T23:07:30.2200123-07:00"); // byte-for-byte
//! assert_eq!(odata::encode_string_key("O'Brien a/b"), "'O''Brien%20a%2Fb'");
//! let (literal, used) = odata::parse_literal("guid'0f8fad5b-d9cb-469f-a165-70867728950e' and x")?;
//! assert!(matches!(literal, odata::Literal::Guid(_)));
//! assert_eq!(used, 42);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod datetime;
pub mod odata;

pub use datetime::{MimDateTime, MimDateTimeError, Zone};
pub use odata::{Literal, LiteralError};
