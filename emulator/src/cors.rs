//! CORS for browser portals on another origin, as the docs configure MIM's IIS site
//! (pam-api.md §1.7: `Access-Control-Allow-Origin: http://<host>:8090`,
//! `Access-Control-Allow-Credentials: true`, `Access-Control-Allow-Headers: content-type`).
//!
//! tower-http's [`CorsLayer`] does the work, applied only to requests whose `Origin` is one of
//! the configured origins: those get the exact origin back (never `*`, which browsers refuse
//! with credentials), credentials allowed, on every response including 401 challenges and
//! errors, and preflights (`OPTIONS`, sent without credentials) are answered before
//! authentication. A foreign origin gets no CORS header at all, so its pages cannot read
//! anything.

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::Arc;
use std::time::Duration;
use tower::{Layer, ServiceExt};
use tower_http::cors::{AllowOrigin, CorsLayer};

/// The allowed origins and the layer serving them.
#[derive(Clone)]
pub struct Cors {
    origins: Arc<[HeaderValue]>,
    layer: CorsLayer,
}

impl Cors {
    /// `None` when no origin is allowed (no CORS at all).
    pub fn new(origins: &[HeaderValue]) -> Option<Self> {
        if origins.is_empty() {
            return None;
        }
        let layer = CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins.iter().cloned()))
            .allow_credentials(true)
            .allow_methods([Method::GET, Method::POST, Method::PUT, Method::DELETE])
            .allow_headers([
                header::CONTENT_TYPE,
                header::AUTHORIZATION,
                HeaderName::from_static("x-mim-emulator-mfa"),
            ])
            .max_age(Duration::from_secs(600));
        Some(Self {
            origins: origins.into(),
            layer,
        })
    }
}

/// The middleware (install with `axum::middleware::from_fn_with_state`).
pub async fn layer(
    axum::extract::State(cors): axum::extract::State<Cors>,
    request: Request,
    next: Next,
) -> Response {
    let allowed = request
        .headers()
        .get(header::ORIGIN)
        .is_some_and(|origin| cors.origins.iter().any(|o| o == origin));
    if !allowed {
        return next.run(request).await;
    }
    match cors.layer.layer(next).oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    }
}
