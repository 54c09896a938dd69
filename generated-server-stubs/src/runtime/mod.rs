//! The hand-written runtime behind every generated router.
//!
//! | module | one job |
//! |---|---|
//! | [`route`] | the route table; matching a path against templates; 404/405 |
//! | [`extract`] | path/query parameters and bodies (JSON, form, query-or-body); 400/413/415 |
//! | [`error`] | the API's error body, rendered from the spec's `x-error-body-template` |
//! | [`auth`] | the `Authenticator` hook: caller or 401 with `WWW-Authenticate` |

pub mod auth;
pub mod error;
pub mod extract;
pub mod openapi_extras;
pub mod route;

pub use auth::{
    Authenticator, NoAuth, RequestContext, Unauthorized, authenticate, basic_credentials,
};
pub use error::{ErrorFormat, Rejection, respond_empty, respond_json};
pub use extract::{BodySpec, Kind, Request};
pub use openapi_extras::{
    bytes_body, header_param, optional_bytes_body, query_array_param, required_header_param,
    required_query_array_param, respond_bytes, respond_json_as,
};
pub use route::{Handler, PartSpec, RouteSpec, Routes, handler};
