//! The route table and the dispatcher.
//!
//! The generated code registers nothing with axum's router; it hands a static table of templates
//! to [`Routes`], which parses each into an [`openapi_core::PathTemplate`] and indexes them once
//! (see the `index` module), and one fallback service matches each request against the index.
//! Templates, request paths, the matching rules, the overlap check and the method list are
//! openapi-core's, shared with the generator and the other tools. A path that matches no template is a 404; a path that matches
//! with another method is a 405 with `Allow`. The matched operation runs under the request
//! deadline of [`Limits`]; its body is read only after its caller is authenticated (see
//! [`crate::authenticate`]).

use crate::error::{ErrorFormat, Rejection};
use crate::extract::Request;
use crate::index::{Captures, Index};
use crate::limits::Limits;
use axum::body::Body;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use bytes::Bytes;
use openapi_core::{Case, Part, PathTemplate, RequestPath};
use pin_project_lite::pin_project;
use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::ops::ControlFlow;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::time::Sleep;

pub use crate::limits::MAX_BODY_BYTES;

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
    Arc::new(move |req| Box::pin(Answered { inner: f(req) }) as HandlerFuture)
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

pin_project! {
    /// A [`handler`]'s future, whose response is never a rejection.
    struct Answered<F> {
        #[pin]
        inner: F,
    }
}

impl<F: Future<Output = Response>> Future for Answered<F> {
    type Output = Result<Response, Rejection>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.project().inner.poll(cx).map(Ok)
    }
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

    /// The table as a `tower::Service`: the fast path, with nothing in front of the index.
    /// Serve it with [`crate::serve`], or mount it in an axum router with
    /// `fallback_service`/`nest_service`; [`Routes::into_router`] is that, for composition.
    pub fn into_service(self) -> RouterService {
        RouterService {
            routes: Arc::new(self),
        }
    }

    /// An axum router that dispatches every request through this table (as its fallback), for
    /// merging with other axum routes and layering; each request then first misses axum's own
    /// path router. [`Routes::into_service`] is the direct way.
    pub fn into_router(self) -> axum::Router {
        axum::Router::new().fallback_service(self.into_service())
    }

    /// Route one request: match it (synchronously, against the index) and start its operation.
    pub fn dispatch(&self, request: axum::extract::Request) -> Dispatch {
        let (parts, body) = request.into_parts();
        let path = match RequestPath::parse(parts.uri.path()) {
            Ok(path) => path,
            Err(problem) => {
                let errors = self.index.errors_for(&[]).unwrap_or(&PLAIN);
                let message = problem.to_string();
                return Dispatch::ready(
                    Rejection::bad_request("BadRequest.Path", message).render(errors),
                );
            }
        };
        // `None` for a method no OpenAPI operation can have (CONNECT, extensions): no route
        // takes it, so a known path answers 405.
        let method = openapi_core::Method::from_wire(parts.method.as_str());
        let mut captures = Captures::new();
        let mut found = None;
        let mut allowed: Vec<openapi_core::Method> = Vec::new();
        let _ = self
            .index
            .walk(&path, &mut captures, &mut |routes: &[usize]| {
                for &i in routes {
                    let entry = &self.entries[i];
                    if Some(entry.method) == method {
                        found = Some(entry);
                        return ControlFlow::Break(());
                    }
                    allowed.push(entry.method);
                }
                ControlFlow::Continue(())
            });
        if let Some(entry) = found {
            drop(path);
            for (capture, name) in captures.iter_mut().zip(entry.param_names()) {
                capture.0 = name;
            }
            let spec = &entry.spec;
            return match Request::routed(parts, captures, body, spec.errors, &self.limits) {
                Ok(request) => Dispatch::running(
                    (entry.handler)(request),
                    self.limits.request_timeout,
                    spec.operation,
                    spec.errors,
                ),
                Err(rejection) => Dispatch::ready(rejection.render(spec.errors)),
            };
        }
        let errors = self.index.errors_for(path.segments()).unwrap_or(&PLAIN);
        drop(path);
        Dispatch::ready(refuse(&parts.method, parts.uri.path(), allowed, errors))
    }
}

/// A route table as a `tower::Service` (from [`Routes::into_service`]): cloning it clones an
/// `Arc`; its future is the [`Dispatch`] of the request. It takes any request body that axum's
/// `Body` can wrap (hyper's `Incoming`, axum's `Body`).
#[derive(Clone)]
pub struct RouterService {
    routes: Arc<Routes>,
}

impl RouterService {
    /// The table behind the service.
    pub fn routes(&self) -> &Routes {
        &self.routes
    }
}

impl fmt::Debug for RouterService {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RouterService")
            .field("routes", &self.routes.len())
            .finish()
    }
}

impl<B> tower::Service<http::Request<B>> for RouterService
where
    B: axum::body::HttpBody<Data = Bytes> + Send + 'static,
    B::Error: Into<axum::BoxError>,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Dispatch;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<B>) -> Dispatch {
        self.routes.dispatch(request.map(Body::new))
    }
}

static PLAIN: ErrorFormat = ErrorFormat::new(None);

/// 404 when no template matched; 405 with `Allow` when some did with other methods.
fn refuse(
    method: &Method,
    path: &str,
    mut allowed: Vec<openapi_core::Method>,
    errors: &ErrorFormat,
) -> Response {
    if allowed.is_empty() {
        let message = format!("no resource at `{path}`");
        return Rejection::new(StatusCode::NOT_FOUND, "NotFound", message).render(errors);
    }
    allowed.sort_by_key(|m| m.as_str());
    allowed.dedup();
    let allow = allowed
        .iter()
        .map(|m| m.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let message = format!("`{path}` does not support {method}; allowed: {allow}");
    let mut rejection = Rejection::new(StatusCode::METHOD_NOT_ALLOWED, "MethodNotAllowed", message);
    if let Ok(value) = HeaderValue::from_str(&allow) {
        rejection = rejection.with_header(header::ALLOW, value);
    }
    rejection.render(errors)
}

/// The response to one dispatched request: ready at once (404, 405, 400), or the operation
/// running under the request deadline, which answers 408 in the API's error format.
///
/// The deadline's timer is started only when the operation first waits (returns `Pending`), so
/// an operation that answers at its first poll never touches the timer wheel; the deadline
/// counts from that first wait.
pub struct Dispatch {
    state: State,
}

enum State {
    Ready(Option<Response>),
    Running {
        call: HandlerFuture,
        /// Set at the operation's first `Pending`.
        deadline: Option<Pin<Box<Sleep>>>,
        timeout: Duration,
        operation: &'static str,
        errors: &'static ErrorFormat,
    },
}

impl Dispatch {
    fn ready(response: Response) -> Self {
        Self {
            state: State::Ready(Some(response)),
        }
    }

    fn running(
        call: HandlerFuture,
        timeout: Duration,
        operation: &'static str,
        errors: &'static ErrorFormat,
    ) -> Self {
        Self {
            state: State::Running {
                call,
                deadline: None,
                timeout,
                operation,
                errors,
            },
        }
    }
}

impl fmt::Debug for Dispatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match &self.state {
            State::Ready(_) => "ready",
            State::Running { .. } => "running",
        };
        f.debug_struct("Dispatch").field("state", &state).finish()
    }
}

impl Future for Dispatch {
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // `Dispatch` is `Unpin`: the operation's future and the timer are boxed.
        match &mut self.get_mut().state {
            State::Ready(response) => Poll::Ready(Ok(response
                .take()
                .expect("Dispatch polled after completion"))),
            State::Running {
                call,
                deadline,
                timeout,
                operation,
                errors,
            } => {
                let response = match call.as_mut().poll(cx) {
                    Poll::Ready(Ok(response)) => response,
                    Poll::Ready(Err(rejection)) => rejection.render(errors),
                    Poll::Pending => {
                        let timer =
                            deadline.get_or_insert_with(|| Box::pin(tokio::time::sleep(*timeout)));
                        if timer.as_mut().poll(cx).is_pending() {
                            return Poll::Pending;
                        }
                        let message = format!(
                            "the request did not complete within {} ms",
                            timeout.as_millis()
                        );
                        Rejection::new(StatusCode::REQUEST_TIMEOUT, "RequestTimeout", message)
                            .render(errors)
                    }
                };
                tracing::trace!(
                    operation = *operation,
                    status = response.status().as_u16(),
                    "dispatched"
                );
                Poll::Ready(Ok(response))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PartSpec::{Lit, Param};
    use axum::response::IntoResponse;

    static ERRORS: ErrorFormat = ErrorFormat::new(None);
    const BY_GUID: &[&[PartSpec]] = &[&[Lit("items(guid'"), Param("id"), Lit("')")]];
    const BY_ANY: &[&[PartSpec]] = &[&[Lit("Items("), Param("key"), Lit(")")]];
    const ROLES: &[&[PartSpec]] = &[&[Lit("roles")]];

    fn one(method: Method, template: &'static [&'static [PartSpec]], op: &'static str) -> Routes {
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

    async fn status_of(routes: &Routes, method: Method, path: &str) -> (StatusCode, String) {
        let request = axum::http::Request::builder()
            .method(method)
            .uri(path)
            .body(Body::empty())
            .unwrap();
        let Ok(response) = routes.dispatch(request).await;
        let status = response.status();
        let allow = response
            .headers()
            .get(header::ALLOW)
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        (status, allow)
    }

    #[tokio::test]
    async fn unknown_paths_are_404_and_other_methods_405_with_allow() {
        let routes = one(Method::GET, BY_GUID, "getItem")
            .merge(one(Method::DELETE, BY_ANY, "deleteAnyItem"))
            .merge(one(Method::GET, ROLES, "listRoles"));
        assert_eq!(
            status_of(&routes, Method::GET, "/ROLES/").await.0,
            StatusCode::OK
        );
        assert_eq!(
            status_of(&routes, Method::GET, "/nothing").await.0,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            status_of(&routes, Method::POST, "/items(guid'x')").await,
            (StatusCode::METHOD_NOT_ALLOWED, "DELETE, GET".to_string())
        );
        assert_eq!(
            status_of(&routes, Method::GET, "/items(1)").await,
            (StatusCode::METHOD_NOT_ALLOWED, "DELETE".to_string())
        );
        assert_eq!(
            status_of(&routes, Method::GET, "/%FF").await.0,
            StatusCode::BAD_REQUEST
        );
        let deep = "/roles".repeat(openapi_core::matching::MAX_SEGMENTS + 1);
        assert_eq!(
            status_of(&routes, Method::GET, &deep).await.0,
            StatusCode::BAD_REQUEST
        );
    }

    #[tokio::test]
    async fn methods_openapi_cannot_describe_are_405_on_a_known_path() {
        let routes = one(Method::GET, ROLES, "listRoles");
        let connect = Method::from_bytes(b"CONNECT").unwrap();
        let custom = Method::from_bytes(b"PURGE").unwrap();
        for method in [connect, custom] {
            assert_eq!(
                status_of(&routes, method, "/roles").await,
                (StatusCode::METHOD_NOT_ALLOWED, "GET".to_string())
            );
        }
    }

    fn get(path: &str) -> axum::extract::Request {
        axum::http::Request::get(path)
            .body(Body::empty())
            .expect("request")
    }

    /// Status and body text of `app`'s answer to `GET path`.
    async fn call<S>(app: S, path: &str) -> (StatusCode, String)
    where
        S: tower::Service<axum::extract::Request, Response = Response, Error = Infallible>,
    {
        use http_body_util::BodyExt;
        use tower::ServiceExt;
        let Ok(response) = app.oneshot(get(path)).await;
        let status = response.status();
        let body = response.into_body().collect().await.expect("body");
        (
            status,
            String::from_utf8_lossy(&body.to_bytes()).into_owned(),
        )
    }

    #[tokio::test]
    async fn the_service_answers_directly_and_inside_an_axum_router() {
        let service = one(Method::GET, ROLES, "listRoles").into_service();
        let ok = (StatusCode::OK, "listRoles".to_string());
        assert_eq!(call(service.clone(), "/Roles").await, ok);
        assert_eq!(call(service.clone(), "/x").await.0, StatusCode::NOT_FOUND);
        let health = axum::routing::get(|| async { "up" });
        let fallback = axum::Router::new()
            .route("/health", health)
            .fallback_service(service.clone());
        assert_eq!(
            call(fallback.clone(), "/health").await,
            (StatusCode::OK, "up".to_string())
        );
        assert_eq!(call(fallback.clone(), "/roles").await, ok);
        assert_eq!(call(fallback, "/x").await.0, StatusCode::NOT_FOUND);
        let nested = axum::Router::new().nest_service("/api", service);
        assert_eq!(call(nested.clone(), "/api/roles").await, ok);
        assert_eq!(call(nested, "/roles").await.0, StatusCode::NOT_FOUND);
    }

    #[test]
    fn an_operation_ready_at_its_first_poll_never_starts_the_deadline_timer() {
        // No time driver: creating a `Sleep` on this runtime panics.
        let no_timer = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        let service = one(Method::GET, ROLES, "listRoles").into_service();
        let answer = no_timer.block_on(call(service, "/roles"));
        assert_eq!(answer, (StatusCode::OK, "listRoles".to_string()));
    }

    #[tokio::test]
    async fn an_operation_that_waits_past_the_deadline_gets_408_and_one_that_finishes_does_not() {
        const NAP: &[&[PartSpec]] = &[&[Lit("nap"), Param("ms")]];
        let spec = RouteSpec {
            method: Method::GET,
            template: NAP,
            case_insensitive: true,
            errors: &ERRORS,
            operation: "nap",
        };
        let nap = handler(|req: Request| async move {
            let ms: u64 = req
                .capture("ms")
                .and_then(|ms| ms.parse().ok())
                .unwrap_or(0);
            tokio::time::sleep(Duration::from_millis(ms)).await;
            "rested".into_response()
        });
        let limits = Limits {
            request_timeout: Duration::from_millis(200),
            ..Limits::default()
        };
        let service = Routes::new()
            .route(spec, nap)
            .with_limits(limits)
            .into_service();
        let (status, body) = call(service.clone(), "/nap5000").await;
        assert_eq!(status, StatusCode::REQUEST_TIMEOUT);
        assert!(body.contains("within 200 ms"), "{body}");
        assert_eq!(
            call(service, "/nap1").await,
            (StatusCode::OK, "rested".to_string())
        );
    }

    #[tokio::test]
    async fn a_rejection_from_an_operation_is_rendered_in_the_routes_error_format() {
        static ODATA: ErrorFormat = ErrorFormat::new(Some(r#"{"code":"{code}"}"#));
        let spec = RouteSpec {
            method: Method::GET,
            template: ROLES,
            case_insensitive: true,
            errors: &ODATA,
            operation: "refuse",
        };
        let refuse =
            operation(|_: Request| async { Err(Rejection::bad_request("BadRequest.Test", "no")) });
        let service = Routes::new().route(spec, refuse).into_service();
        assert_eq!(
            call(service, "/roles").await,
            (
                StatusCode::BAD_REQUEST,
                r#"{"code":"BadRequest.Test"}"#.to_string()
            )
        );
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
