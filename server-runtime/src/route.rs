//! The route table and the dispatcher.
//!
//! The generated code registers nothing with axum's router; it hands a static table of templates
//! to [`Routes`], which parses each into an [`openapi_core::PathTemplate`] and indexes them once
//! (see the `index` module). [`Routes::into_service`] turns the table into a `tower::Service`
//! ([`RouterService`]) that matches each request against the index, with nothing in front of it;
//! [`Routes::into_router`] mounts that service as the fallback of an axum router, for composition.
//! Templates, request paths, the matching rules, the overlap check and the method list are
//! openapi-core's, shared with the generator and the other tools. A path that matches no template is a 404; a path that matches
//! with another method is a 405 with `Allow`. The matched operation runs under the request
//! deadline of [`Limits`]; its body is read only after its caller is authenticated (see
//! [`crate::authenticate`]).
//!
//! Per routed request the dispatcher allocates the operation's future and nothing else unless
//! the request needs it (a percent-decoded segment or query value, more than two path
//! parameters, a body); the deadline's timer starts only if the operation waits.

mod dispatch;

use crate::error::{ErrorFormat, Rejection};
use crate::extract::Request;
use crate::index::Index;
use crate::limits::Limits;
use axum::http::Method;
use axum::response::Response;
use openapi_core::{Case, Part, PathTemplate};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

pub use crate::limits::MAX_BODY_BYTES;
pub use dispatch::{Dispatch, RouterService};

/// One piece of a path segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartSpec {
    /// Literal text.
    Lit(&'static str),
    /// A parameter, by its name in the template.
    Param(&'static str),
}

/// A route: method, template and the API it belongs to (generated).
#[derive(Debug, Clone)]
pub struct RouteSpec {
    /// The HTTP method.
    pub method: Method,
    /// Segments, each a sequence of literal text and parameters.
    pub template: &'static [&'static [PartSpec]],
    /// Literals match in any ASCII case.
    pub case_insensitive: bool,
    /// The error format of the API the route belongs to.
    pub errors: &'static ErrorFormat,
    /// `operationId`, for logs.
    pub operation: &'static str,
}

/// The future of a [`Handler`]: the one allocation the runtime makes per routed request, since
/// the table holds operations of different types. It ends in the operation's response, or in a
/// [`Rejection`] that the dispatcher renders in the route's error format.
pub type HandlerFuture = Pin<Box<dyn Future<Output = Result<Response, Rejection>> + Send>>;

/// A type-erased operation handler.
pub type Handler = Arc<dyn Fn(Request) -> HandlerFuture + Send + Sync>;

/// Wrap an async function that answers every request itself (rejections rendered by it) as a
/// [`Handler`].
pub fn handler<F, Fut>(f: F) -> Handler
where
    F: Fn(Request) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Response> + Send + 'static,
{
    Arc::new(move |req| {
        let answer = f(req);
        Box::pin(async move { Ok(answer.await) }) as HandlerFuture
    })
}

/// Wrap an operation as a [`Handler`]: an async function whose `Err` the dispatcher renders in
/// the error format of the route (what generated code registers; the operation has no
/// `match` of its own, so its future is one state machine, not two nested ones).
pub fn operation<F, Fut>(f: F) -> Handler
where
    F: Fn(Request) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Response, Rejection>> + Send + 'static,
{
    Arc::new(move |req| Box::pin(f(req)) as HandlerFuture)
}

/// A set of routes, possibly from several APIs, with the limits its dispatcher enforces.
///
/// Invariant: `index` holds every entry of `entries`, by position.
#[derive(Clone, Default)]
pub struct Routes {
    entries: Vec<Entry>,
    index: Index,
    limits: Limits,
}

/// One registered route. Invariant: `template` is `spec.template` parsed (same segments and
/// parts), `method` is `spec.method`.
#[derive(Clone)]
struct Entry {
    spec: RouteSpec,
    method: openapi_core::Method,
    template: PathTemplate,
    case: Case,
    handler: Handler,
}

impl Entry {
    /// # Panics
    ///
    /// When the method is not one OpenAPI can describe, or the template is not one
    /// [`PathTemplate::parse`] accepts (two parameters in a row, an empty or braced literal, no
    /// segment at all): the generator never emits such a table.
    fn new(spec: RouteSpec, handler: Handler) -> Self {
        let method = openapi_core::Method::from_wire(spec.method.as_str()).unwrap_or_else(|| {
            panic!(
                "route `{}`: OpenAPI has no operations under method {}",
                spec.operation, spec.method
            )
        });
        let raw = raw_template(spec.template);
        let template = PathTemplate::parse(&raw)
            .ok()
            .filter(|t| same_parts(t, spec.template))
            .unwrap_or_else(|| {
                panic!(
                    "route `{}`: `{raw}` is not a valid path template",
                    spec.operation
                )
            });
        let case = if spec.case_insensitive {
            Case::Insensitive
        } else {
            Case::Sensitive
        };
        Self {
            case,
            method,
            template,
            spec,
            handler,
        }
    }

    /// `POST /api/items(guid'{id}')/Close (closeItem)`.
    fn describe(&self) -> String {
        format!(
            "`{} {}` ({})",
            self.method,
            self.template.raw(),
            self.spec.operation
        )
    }

    /// Both match some request: the same method and overlapping templates, compared in any case
    /// if either route is case-insensitive.
    fn overlaps(&self, other: &Entry) -> bool {
        let case = match (self.case, other.case) {
            (Case::Sensitive, Case::Sensitive) => Case::Sensitive,
            _ => Case::Insensitive,
        };
        self.method == other.method && self.template.overlaps(&other.template, case)
    }

    /// The parameter names of the route, in template order.
    fn param_names(&self) -> impl Iterator<Item = &'static str> {
        let spec: &'static [&'static [PartSpec]] = self.spec.template;
        spec.iter().flat_map(|s| s.iter()).filter_map(|p| match p {
            PartSpec::Param(name) => Some(*name),
            PartSpec::Lit(_) => None,
        })
    }
}

/// The template as written: `/items(guid'{id}')/Close`.
fn raw_template(template: &[&[PartSpec]]) -> String {
    let mut raw = String::new();
    for segment in template {
        raw.push('/');
        for part in *segment {
            match part {
                PartSpec::Lit(l) => raw.push_str(l),
                PartSpec::Param(p) => {
                    raw.push('{');
                    raw.push_str(p);
                    raw.push('}');
                }
            }
        }
    }
    raw
}

/// Whether the parsed template has exactly the generated parts (a literal with a brace in it
/// would parse into something else).
fn same_parts(template: &PathTemplate, spec: &[&[PartSpec]]) -> bool {
    template.segments().len() == spec.len()
        && template
            .segments()
            .iter()
            .zip(spec)
            .all(|(segment, parts)| {
                segment.parts().len() == parts.len()
                    && segment.parts().iter().zip(*parts).all(|pair| match pair {
                        (Part::Literal(a), PartSpec::Lit(b))
                        | (Part::Param(a), PartSpec::Param(b)) => a == b,
                        _ => false,
                    })
            })
}

/// Two merged route sets both match some request (see [`Routes::try_merge`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverlapError {
    /// The route already in the set: method, template and operation.
    pub existing: String,
    /// The route being merged in.
    pub added: String,
}

impl fmt::Display for OverlapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "overlapping routes: {} and {} match the same requests; rename one path or drop one of the routers",
            self.existing, self.added
        )
    }
}

impl std::error::Error for OverlapError {}

impl Routes {
    /// An empty set with the default [`Limits`].
    pub fn new() -> Self {
        Self::default()
    }

    /// Add a route. Routes added this way are not checked for overlap (the generator refuses
    /// overlapping templates within one API); [`Routes::merge`] checks across sets.
    ///
    /// # Panics
    ///
    /// When `spec` is not a route OpenAPI can describe: a method other than the eight of a path
    /// item, or a template [`PathTemplate::parse`] refuses (two parameters in a row, an empty or
    /// braced literal, no segment). Generated tables never are.
    pub fn route(self, spec: RouteSpec, handler: Handler) -> Self {
        self.push(Entry::new(spec, handler))
    }

    fn push(mut self, entry: Entry) -> Self {
        let n = self.entries.len();
        self.index
            .insert(&entry.template, entry.case, entry.spec.errors, n);
        self.entries.push(entry);
        self
    }

    /// Replace the limits the dispatcher enforces (body size and time, request deadline).
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// The limits the dispatcher enforces.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// All routes of `self` and then of `other`, under `self`'s limits.
    ///
    /// # Panics
    ///
    /// When a route of `other` overlaps one of `self` (as axum's `Router::merge` does), with the
    /// message of [`OverlapError`]; [`Routes::try_merge`] returns it instead.
    pub fn merge(self, other: Routes) -> Self {
        match self.try_merge(other) {
            Ok(merged) => merged,
            Err(overlap) => panic!("{overlap}"),
        }
    }

    /// Like [`Routes::merge`], but an overlap is an error.
    pub fn try_merge(mut self, other: Routes) -> Result<Self, OverlapError> {
        for added in &other.entries {
            if let Some(existing) = self.entries.iter().find(|e| e.overlaps(added)) {
                return Err(OverlapError {
                    existing: existing.describe(),
                    added: added.describe(),
                });
            }
        }
        for entry in other.entries {
            self = self.push(entry);
        }
        Ok(self)
    }

    /// Number of routes (aliases count separately).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// No routes at all.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PartSpec::{Lit, Param};
    use axum::response::IntoResponse;

    pub(super) static ERRORS: ErrorFormat = ErrorFormat::new(None);
    pub(super) const BY_GUID: &[&[PartSpec]] = &[&[Lit("items(guid'"), Param("id"), Lit("')")]];
    pub(super) const BY_ANY: &[&[PartSpec]] = &[&[Lit("Items("), Param("key"), Lit(")")]];
    pub(super) const ROLES: &[&[PartSpec]] = &[&[Lit("roles")]];

    /// A table of one route answering with its operation's name.
    pub(super) fn one(
        method: Method,
        template: &'static [&'static [PartSpec]],
        op: &'static str,
    ) -> Routes {
        let spec = RouteSpec {
            method,
            template,
            case_insensitive: true,
            errors: &ERRORS,
            operation: op,
        };
        Routes::new().route(spec, handler(move |_| async move { op.into_response() }))
    }

    #[test]
    fn merging_overlapping_routers_fails_with_a_message() {
        let err = one(Method::GET, BY_GUID, "getItem")
            .try_merge(one(Method::GET, BY_ANY, "getAnyItem"))
            .err()
            .expect("the templates overlap");
        assert_eq!(
            err.to_string(),
            "overlapping routes: `GET /items(guid'{id}')` (getItem) and `GET /Items({key})` \
             (getAnyItem) match the same requests; rename one path or drop one of the routers"
        );
        let merged = one(Method::GET, BY_GUID, "getItem")
            .try_merge(one(Method::DELETE, BY_ANY, "deleteAnyItem"))
            .and_then(|r| r.try_merge(one(Method::GET, ROLES, "listRoles")))
            .expect("different methods or paths do not overlap");
        assert_eq!(merged.len(), 3);
    }

    #[test]
    #[should_panic(expected = "overlapping routes")]
    fn merge_panics_like_axum_on_overlap() {
        let _ = one(Method::GET, ROLES, "a").merge(one(Method::GET, ROLES, "b"));
    }

    #[test]
    #[should_panic(expected = "`/{a}{b}` is not a valid path template")]
    fn a_template_openapi_core_refuses_is_refused_at_registration() {
        const ADJACENT: &[&[PartSpec]] = &[&[Param("a"), Param("b")]];
        let _ = one(Method::GET, ADJACENT, "bad");
    }

    #[test]
    #[should_panic(expected = "is not a valid path template")]
    fn a_literal_that_would_parse_as_a_parameter_is_refused() {
        const BRACED: &[&[PartSpec]] = &[&[Lit("{a}")]];
        let _ = one(Method::GET, BRACED, "bad");
    }

    #[test]
    #[should_panic(expected = "OpenAPI has no operations under method CONNECT")]
    fn a_route_under_a_method_openapi_lacks_is_refused() {
        let _ = one(Method::CONNECT, ROLES, "bad");
    }
}
