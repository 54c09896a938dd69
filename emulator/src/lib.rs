//! mim-emulator: a runnable local stand-in for MIM's PAM and CM REST APIs, implemented on the
//! generated server traits of `generated-server-stubs`, with state in SQLite.
//!
//! `main.rs` only parses [`Config`] and calls [`serve`]; tests use [`spawn`] or [`app`].

pub mod auth;
pub mod cm;
pub mod config;
pub mod cors;
pub mod error;
pub mod filter;
pub mod fuzzing;
pub mod metadata;
pub mod pam;
pub mod seed;
pub mod store;
pub mod trace;

pub use config::{Config, Security};

use anyhow::Context;
use axum::Router;
use axum::routing::get;
use generated_server_stubs::runtime::{self, Limits};
use generated_server_stubs::{cm as cm_stubs, pam as pam_stubs};
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use store::{SqliteStore, Store};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};

/// Open the database at `config.db`, creating and seeding it when new.
pub fn open_store(config: &Config) -> anyhow::Result<Arc<dyn Store>> {
    let store = SqliteStore::open(&config.db, config.write_group_max)
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

/// The whole application with the default limits, Basic sign-in and no CORS (see [`app_with`]).
pub fn app(store: Arc<dyn Store>) -> anyhow::Result<Router> {
    app_with(store, &Limits::default(), &Security::default())
}

/// The whole application: `$metadata`, then the generated PAM and CM routers (whose dispatcher
/// enforces the body and request limits of `limits`), behind the Negotiate layer (when built
/// with `negotiate`) and CORS (outermost, so preflights never meet authentication and every
/// answer, 401s included, carries the CORS headers).
pub fn app_with(
    store: Arc<dyn Store>,
    limits: &Limits,
    security: &Security,
) -> anyhow::Result<Router> {
    let auth = auth::EmulatorAuth::new(store.clone(), security.schemes);
    let generated = pam_stubs::routes(pam::PamApi::new(store.clone()), auth.clone())
        .merge(cm_stubs::routes(cm::CmApi::new(store.clone()), auth))
        .with_limits(limits.clone())
        .into_router();
    let mut router = Router::new()
        .route("/api/pamresources/$metadata", get(metadata::metadata))
        .route("/api/pamresources/%24metadata", get(metadata::metadata))
        .merge(generated);
    #[cfg(feature = "negotiate")]
    {
        let acceptor = auth::negotiate::Acceptor::new(store, security.schemes)?;
        router = router.layer(axum::middleware::from_fn_with_state(
            Arc::new(acceptor),
            auth::negotiate::layer,
        ));
    }
    #[cfg(not(feature = "negotiate"))]
    drop(store);
    if let Some(cors) = cors::Cors::new(&security.cors_origins) {
        router = router.layer(axum::middleware::from_fn_with_state(cors, cors::layer));
    }
    Ok(router)
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
    app: Router,
    config: Config,
    shutdown: impl Future<Output = ()> + Send,
) -> std::io::Result<()> {
    let serve_config = config.serve_config();
    let stats = Arc::new(trace::RequestStats::default());
    // Outermost first: an id for every request (the client's `x-request-id`, else a new UUID),
    // the trace span that records it, and the id echoed on the response.
    let app = app
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(trace::trace_layer(stats.clone()))
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid));
    let reporter = tokio::spawn(stats.clone().report_every(Duration::from_secs(60)));
    let result = runtime::serve(listener, app, serve_config, shutdown).await;
    reporter.abort();
    stats.log("requests served");
    result
}

/// Refuse a configuration whose limits, public URL, sign-in or CORS options would make the
/// server useless, and build the application it describes.
fn prepare(config: &Config) -> anyhow::Result<Router> {
    let serve = config.serve_config();
    serve.limits.check().map_err(anyhow::Error::msg)?;
    serve.origin.check().map_err(anyhow::Error::msg)?;
    let security = config.security()?;
    tracing::debug!(auth = %security.schemes.summary(), "sign-in schemes");
    app_with(open_store(config)?, &serve.limits, &security)
}

/// Bind and serve in the background until [`Running::stop`].
pub async fn spawn(config: Config) -> anyhow::Result<Running> {
    let app = prepare(&config)?;
    let listener = bind(&config).await?;
    let addr = listener.local_addr()?;
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(run(listener, app, config, async move {
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
    let app = prepare(&config)?;
    let listener = bind(&config).await?;
    let auth = config.security()?.schemes.summary();
    tracing::info!(addr = %listener.local_addr()?, %auth, "mim-emulator listening (PAM: /api/pamresources, CM: /CertificateManagement/api/v1.0)");
    run(listener, app, config, shutdown).await?;
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
