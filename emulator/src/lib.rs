//! mim-emulator: a runnable local stand-in for MIM's PAM and CM REST APIs, implemented on the
//! generated server traits of `generated-server-stubs`, with state in SQLite.
//!
//! `main.rs` only parses [`Config`] and calls [`serve`]; tests use [`spawn`] or [`app`].

pub mod auth;
pub mod cm;
pub mod config;
pub mod error;
pub mod filter;
pub mod metadata;
pub mod pam;
pub mod seed;
pub mod store;

pub use config::Config;

use anyhow::Context;
use axum::Router;
use axum::routing::get;
use generated_server_stubs::runtime::{self, Limits};
use generated_server_stubs::{cm as cm_stubs, pam as pam_stubs};
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use store::{SqliteStore, Store};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tower_http::classify::{ServerErrorsAsFailures, SharedClassifier};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnRequest, DefaultOnResponse, MakeSpan, OnResponse, TraceLayer};
use tracing::Level;

/// Open the database at `config.db`, creating and seeding it when new.
pub fn open_store(config: &Config) -> anyhow::Result<Arc<dyn Store>> {
    let store = SqliteStore::open(&config.db)
        .with_context(|| format!("opening {}", config.db.display()))?;
    let seed_text = match &config.seed {
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| format!("reading seed {}", path.display()))?,
        None => seed::DEFAULT_SEED.to_string(),
    };
    if seed::apply(&store, &seed_text)? {
        tracing::info!(db = %config.db.display(), "new database seeded");
    }
    Ok(Arc::new(store))
}

/// The whole application with the default limits (see [`app_with_limits`]).
pub fn app(store: Arc<dyn Store>) -> Router {
    app_with_limits(store, &Limits::default())
}

/// The whole application: `$metadata`, then the generated PAM and CM routers, whose dispatcher
/// enforces the body and request limits of `limits`.
pub fn app_with_limits(store: Arc<dyn Store>, limits: &Limits) -> Router {
    let auth = auth::BasicAuth::new(store.clone());
    let generated = pam_stubs::routes(pam::PamApi::new(store.clone()), auth.clone())
        .merge(cm_stubs::routes(cm::CmApi::new(store), auth))
        .with_limits(limits.clone())
        .into_router();
    Router::new()
        .route("/api/pamresources/$metadata", get(metadata::metadata))
        .route("/api/pamresources/%24metadata", get(metadata::metadata))
        .merge(generated)
}

/// Requests answered since start, by status class, for the summary logged at info.
#[derive(Debug, Default)]
struct RequestStats {
    by_class: [AtomicU64; 5],
    latency_us: AtomicU64,
}

impl RequestStats {
    fn record(&self, status: u16, latency: Duration) {
        let class = usize::from(status / 100).clamp(1, 5) - 1;
        self.by_class[class].fetch_add(1, Ordering::Relaxed);
        let us = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX);
        self.latency_us.fetch_add(us, Ordering::Relaxed);
    }

    fn total(&self) -> u64 {
        self.by_class
            .iter()
            .map(|c| c.load(Ordering::Relaxed))
            .sum()
    }

    fn log(&self, what: &str) {
        let n = |i: usize| self.by_class[i].load(Ordering::Relaxed);
        let total = self.total();
        let mean_us = self.latency_us.load(Ordering::Relaxed) / total.max(1);
        tracing::info!(
            requests = total,
            ok_2xx = n(1),
            client_errors_4xx = n(3),
            server_errors_5xx = n(4),
            mean_latency_us = mean_us,
            "{what}"
        );
    }

    /// Log a summary every `every` while requests keep coming.
    async fn report_every(self: Arc<Self>, every: Duration) {
        let mut logged = 0;
        loop {
            tokio::time::sleep(every).await;
            let total = self.total();
            if total != logged {
                logged = total;
                self.log("requests so far");
            }
        }
    }
}

/// tower-http's response line (at debug), plus the count for the summary.
#[derive(Clone)]
struct CountingOnResponse {
    stats: Arc<RequestStats>,
    line: DefaultOnResponse,
}

impl<B> OnResponse<B> for CountingOnResponse {
    fn on_response(self, response: &http::Response<B>, latency: Duration, span: &tracing::Span) {
        self.stats.record(response.status().as_u16(), latency);
        self.line.on_response(response, latency, span);
    }
}

type Trace = TraceLayer<
    SharedClassifier<ServerErrorsAsFailures>,
    SpanWithRequestId,
    DefaultOnRequest,
    CountingOnResponse,
>;

/// tower-http's request span (at debug), with the request's `x-request-id`.
#[derive(Clone)]
struct SpanWithRequestId;

impl<B> MakeSpan<B> for SpanWithRequestId {
    fn make_span(&mut self, request: &http::Request<B>) -> tracing::Span {
        let id = request
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        tracing::debug_span!("request", method = %request.method(), uri = %request.uri(), id)
    }
}

/// Per-request spans and lines at debug (tower-http), counted for the info summary.
fn trace_layer(stats: Arc<RequestStats>) -> Trace {
    TraceLayer::new_for_http()
        .make_span_with(SpanWithRequestId)
        .on_request(DefaultOnRequest::new().level(Level::DEBUG))
        .on_response(CountingOnResponse {
            stats,
            line: DefaultOnResponse::new()
                .level(Level::DEBUG)
                .latency_unit(tower_http::LatencyUnit::Micros),
        })
}

/// A server started by [`spawn`].
pub struct Running {
    /// The bound address.
    pub addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<std::io::Result<()>>,
}

impl Running {
    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stop gracefully (within the drain deadline) and wait until the listener and the
    /// database are closed.
    pub async fn stop(mut self) -> anyhow::Result<()> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        self.task
            .await
            .context("server task panicked")?
            .context("server failed")
    }
}

async fn bind(config: &Config) -> anyhow::Result<TcpListener> {
    TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("binding {}", config.listen))
}

/// Serve `store` on `listener` with `config`'s limits until `shutdown`, then drain.
async fn run(
    listener: TcpListener,
    store: Arc<dyn Store>,
    config: Config,
    shutdown: impl Future<Output = ()> + Send,
) -> std::io::Result<()> {
    let serve_config = config.serve_config();
    let stats = Arc::new(RequestStats::default());
    // Outermost first: an id for every request (the client's `x-request-id`, else a new UUID),
    // the trace span that records it, and the id echoed on the response.
    let app = app_with_limits(store, &serve_config.limits)
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(trace_layer(stats.clone()))
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid));
    let reporter = tokio::spawn(stats.clone().report_every(Duration::from_secs(60)));
    let result = runtime::serve(listener, app, serve_config, shutdown).await;
    reporter.abort();
    stats.log("requests served");
    result
}

/// Refuse a configuration whose limits or public URL would make the server useless.
fn check(config: &Config) -> anyhow::Result<()> {
    let serve = config.serve_config();
    serve.limits.check().map_err(anyhow::Error::msg)?;
    serve.origin.check().map_err(anyhow::Error::msg)
}

/// Bind and serve in the background until [`Running::stop`].
pub async fn spawn(config: Config) -> anyhow::Result<Running> {
    check(&config)?;
    let store = open_store(&config)?;
    let listener = bind(&config).await?;
    let addr = listener.local_addr()?;
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(run(listener, store, config, async move {
        let _ = rx.await;
    }));
    Ok(Running {
        addr,
        shutdown: Some(tx),
        task,
    })
}

/// Serve until `shutdown` completes, then drain open requests (up to the drain deadline).
pub async fn serve_until(
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    check(&config)?;
    let store = open_store(&config)?;
    let listener = bind(&config).await?;
    tracing::info!(addr = %listener.local_addr()?, "mim-emulator listening (PAM: /api/pamresources, CM: /CertificateManagement/api/v1.0)");
    run(listener, store, config, shutdown).await?;
    tracing::info!("stopped");
    Ok(())
}
/// Serve until SIGINT or SIGTERM.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    serve_until(config, shutdown_signal()).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutdown signal received");
}
