//! One request through the table: the table as a `tower::Service` ([`RouterService`]), the
//! match against the index, and the [`Dispatch`] future, which is the response at once (400,
//! 404, 405) or the operation running under the request deadline (408).
//!
//! The service is what the generated `service()` returns and what [`serve`](crate::serve())
//! serves with nothing in front of it; [`Routes::into_router`] mounts it in an axum router for
//! composition.

use super::{HandlerFuture, Routes};
use crate::error::{ErrorFormat, Rejection};
use crate::extract::Request;
use crate::index::Captures;
use axum::body::Body;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use bytes::Bytes;
use openapi_core::RequestPath;
use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::ops::ControlFlow;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::time::Sleep;

impl Routes {
    /// The table as a `tower::Service`: the fast path, with nothing in front of the index.
    /// Serve it with [`serve`](crate::serve()), or mount it in an axum router with
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
    use super::super::tests::{BY_ANY, BY_GUID, ERRORS, ROLES, one};
    use super::*;
    use crate::limits::Limits;
    use crate::route::{PartSpec, RouteSpec, handler, operation};
    use PartSpec::{Lit, Param};
    use axum::response::IntoResponse;

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
}
