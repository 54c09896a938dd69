//! server-runtime: what every generated axum server shares, and what a hand-written
//! implementation of the generated traits runs on.
//!
//! The generated code (`generated-server-stubs`, which re-exports this crate as `runtime`) holds
//! per-operation glue only; everything that decides how a request is matched, parsed, refused,
//! bounded and served lives here, so it is versioned and tested once.
//!
//! | module | one job |
//! |---|---|
//! | [`route`] | the route table, merging with overlap detection, the dispatcher (404/405/408), the table as a `tower::Service` |
//! | `index` | the route index: a segment trie over openapi-core's templates and matching rules |
//! | [`extract`] | path/query parameters and bodies (JSON, form, query-or-body); 400/415 |
//! | `body` | the body, read once, after authentication, within size and time; 413/408 |
//! | [`cookie`] | cookie parameters from the `Cookie` header, bounded; 400 |
//! | `form` | strict form decoding for query strings and form bodies |
//! | `text` | a serde `Deserializer` over one text parameter, typed by its kind |
//! | [`error`] | the API's error body, rendered from the spec's `x-error-body-template` |
//! | [`auth`] | the `Authenticator` hook: caller or 401, before the body is read |
//! | [`origin`] | the base URL of response links; a foreign `Host` is never reflected |
//! | [`multipart`] | `multipart/form-data` bodies into typed bodies (via `multer`), bounded; 400/415 |
//! | [`negotiate`] | the response media type the caller accepts; 406 |
//! | [`limits`] | timeouts and limits, on by default |
//! | [`mod@serve`] | the serve loop: header/idle timeouts, connection limit, peer address, drain |

#![warn(missing_docs)]

pub mod auth;
pub(crate) mod body;
pub mod cookie;
pub mod error;
pub mod extract;
pub(crate) mod form;
pub(crate) mod index;
pub mod limits;
pub mod multipart;
pub mod negotiate;
pub mod openapi_extras;
pub mod origin;
pub mod route;
pub mod serve;
pub(crate) mod text;

pub use auth::{
    Authenticator, NoAuth, RequestContext, Unauthorized, authenticate, basic_credentials,
};
pub use cookie::{cookie_param, required_cookie_param};
pub use error::{ErrorFormat, Rejection, respond_empty, respond_json};
pub use extract::{BodySpec, Kind, Request};
pub use limits::{Limits, MAX_BODY_BYTES, parse_duration};
pub use multipart::{MultipartSpec, multipart_body, optional_multipart_body};
pub use openapi_extras::{
    bytes_body, header_param, optional_bytes_body, query_array_param, required_header_param,
    required_query_array_param, respond_bytes, respond_json_as,
};
pub use origin::{OriginPolicy, ServerOrigin};
pub use route::{
    Dispatch, Handler, HandlerFuture, OverlapError, PartSpec, RouteSpec, RouterService, Routes,
    handler, operation,
};
pub use serve::{Servable, ServeConfig, serve};
