//! What the runtime's own routing costs, against axum's router as the baseline.
//!
//! `cargo bench -p generated-server-stubs --bench dispatch`
//!
//! Every case serves a `POST …/Close` in process (no sockets), through
//! `tower::ServiceExt::oneshot` on a clone of the service (as the serve loop does), with a
//! handler that answers 200 at once; what differs is only the path matching and extraction in
//! front of the handler. The generated side is the generated `pam::service()` (the route table as
//! a `tower::Service`, no axum router in front) and goes through the whole generated path: route
//! index, key-in-segment match, query parsing, the `NoAuth` authenticator and the typed params
//! struct; one case measures the generated `pam::router()` (the same table as the fallback of an
//! axum router) for comparison. The size cases compare a table of 10 routes with
//! one of 1,000 (the last registered route is requested), for the runtime and for axum.
//!
//! Rounds are interleaved (each case once per round, in turn), so that load from other
//! processes falls on every case alike. Figures: median of 9 rounds of 20 000 requests.

#[path = "instant200.rs"]
mod instant200;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use axum::response::IntoResponse;
use generated_server_stubs::pam;
use generated_server_stubs::runtime::{
    self, Kind, NoAuth, PartSpec, RouteSpec, RouterService, Routes,
};
use instant200::Instant200;
use std::time::{Duration, Instant};
use tower::ServiceExt;

const ID: &str = "5ec10e61-cdd1-404e-a18e-740467d87dbf";
const ROUNDS: usize = 9;
/// Requests per round; `DISPATCH_REQUESTS` overrides it (e.g. a few hundred under callgrind).
fn requests() -> usize {
    std::env::var("DISPATCH_REQUESTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000)
}

static ERRORS: runtime::ErrorFormat = runtime::ErrorFormat::new(None);

/// What a case serves: an axum router, or the runtime's service directly.
#[derive(Clone)]
enum App {
    Axum(axum::Router),
    Runtime(RouterService),
}

impl App {
    async fn round(&self, uri: &str) -> Duration {
        match self {
            App::Axum(router) => round(router, uri).await,
            App::Runtime(service) => round(service, uri).await,
        }
    }
}

/// One request, many times; the time per request.
async fn round<S>(service: &S, uri: &str) -> Duration
where
    S: tower::Service<Request<Body>, Response = axum::response::Response> + Clone,
    S::Error: std::fmt::Debug,
{
    let requests = requests();
    let start = Instant::now();
    for _ in 0..requests {
        let request = Request::post(uri).body(Body::empty()).expect("request");
        let response = service.clone().oneshot(request).await.expect("infallible");
        assert_eq!(response.status(), StatusCode::OK, "{uri}");
    }
    start.elapsed() / requests as u32
}

/// `n` key-in-segment routes `POST /api/pamresources/c{i}(guid'{id}')/Close` on the runtime,
/// each parsing its key into a `Uuid`.
fn runtime_table(n: usize) -> App {
    let mut routes = Routes::new();
    for i in 0..n {
        let head: &'static str = Box::leak(format!("c{i}(guid'").into_boxed_str());
        let template: &'static [&'static [PartSpec]] = Box::leak(Box::new([
            &[PartSpec::Lit("api")][..],
            &[PartSpec::Lit("pamresources")][..],
            Box::leak(Box::new([
                PartSpec::Lit(head),
                PartSpec::Param("id"),
                PartSpec::Lit("')"),
            ])),
            &[PartSpec::Lit("Close")][..],
        ]));
        let spec = RouteSpec {
            method: Method::POST,
            template,
            case_insensitive: true,
            errors: &ERRORS,
            operation: "close",
        };
        let handler = runtime::handler(|req: runtime::Request| async move {
            match req.path_param::<uuid::Uuid>("id", &Kind::Formatted) {
                Ok(id) => {
                    std::hint::black_box(id);
                    StatusCode::OK.into_response()
                }
                Err(rejection) => rejection.render(req.errors()),
            }
        });
        routes = routes.route(spec, handler);
    }
    App::Runtime(routes.into_service())
}

/// `n` axum routes `POST /api/pamresources/c{i}/{id}/Close` with `Path<Uuid>`.
fn axum_router(n: usize) -> axum::Router {
    (0..n).fold(axum::Router::new(), |router, i| {
        router.route(
            &format!("/api/pamresources/c{i}/{{id}}/Close"),
            axum::routing::post(
                |axum::extract::Path(id): axum::extract::Path<uuid::Uuid>| async move {
                    std::hint::black_box(id);
                    StatusCode::OK
                },
            ),
        )
    })
}

/// `n` axum routes, as a case.
fn axum_table(n: usize) -> App {
    App::Axum(axum_router(n))
}

struct Case {
    name: &'static str,
    app: App,
    uri: String,
    rounds: Vec<Duration>,
}

fn case(name: &'static str, app: App, uri: String) -> Case {
    Case {
        name,
        app,
        uri,
        rounds: Vec::new(),
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio");
    let generated = App::Runtime(pam::service(Instant200, NoAuth));
    let mut cases = vec![
        case(
            "axum router, /pamrequests/{id}/Close (baseline)",
            App::Axum(axum_router(0).route(
                "/api/pamresources/pamrequests/{id}/Close",
                axum::routing::post(
                    |axum::extract::Path(id): axum::extract::Path<uuid::Uuid>| async move {
                        std::hint::black_box(id);
                        StatusCode::OK
                    },
                ),
            )),
            format!("/api/pamresources/pamrequests/{ID}/Close"),
        ),
        case(
            "generated service, pamrequests(guid'…')/Close?v=1",
            generated.clone(),
            format!("/api/pamresources/pamrequests(guid'{ID}')/Close?v=1"),
        ),
        case(
            "generated service, upper case + %27 + trailing slash",
            generated,
            format!("/API/PAMRESOURCES/PAMREQUESTS(GUID%27{ID}%27)/close/?v=1"),
        ),
        case(
            "runtime, 10 keyed routes, last one",
            runtime_table(10),
            format!("/api/pamresources/c9(guid'{ID}')/Close"),
        ),
        case(
            "runtime, 1,000 keyed routes, last one",
            runtime_table(1000),
            format!("/api/pamresources/c999(guid'{ID}')/Close"),
        ),
        case(
            "axum, 10 routes, last one",
            axum_table(10),
            format!("/api/pamresources/c9/{ID}/Close"),
        ),
        case(
            "axum, 1,000 routes, last one",
            axum_table(1000),
            format!("/api/pamresources/c999/{ID}/Close"),
        ),
        case(
            "generated router() (axum Router + fallback), same path",
            App::Axum(pam::router(Instant200, NoAuth)),
            format!("/api/pamresources/pamrequests(guid'{ID}')/Close?v=1"),
        ),
    ];
    // `cargo bench … -- WORD` keeps the cases whose name contains WORD (for profiling one).
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    if !filter.is_empty() {
        cases.retain(|c| filter.iter().any(|f| c.name.contains(f.as_str())));
    }
    runtime.block_on(async {
        for c in &cases {
            c.app.round(&c.uri).await; // warm up
        }
        for _ in 0..ROUNDS {
            for c in &mut cases {
                let t = c.app.round(&c.uri).await;
                c.rounds.push(t);
            }
        }
    });
    println!(
        "dispatch, median per request over {ROUNDS} interleaved rounds of {}:",
        requests()
    );
    let mut medians = Vec::new();
    for c in &mut cases {
        c.rounds.sort();
        let median = c.rounds[ROUNDS / 2];
        medians.push(median);
        println!("  {:<55} {:>8.3} µs", c.name, median.as_secs_f64() * 1e6);
    }
    if !filter.is_empty() {
        return;
    }
    let ratio = |a: usize, b: usize| medians[a].as_secs_f64() / medians[b].as_secs_f64();
    println!(
        "  generated service / axum (exact path)                   {:>8.2}×",
        ratio(1, 0)
    );
    println!(
        "  runtime 1,000 routes / 10 routes                        {:>8.2}×",
        ratio(4, 3)
    );
    println!(
        "  axum 1,000 routes / 10 routes                           {:>8.2}×",
        ratio(6, 5)
    );
    println!(
        "  generated router() / axum (exact path)                  {:>8.2}×",
        ratio(7, 0)
    );
}
