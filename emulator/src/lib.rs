//! mim-emulator: a runnable local stand-in for MIM's PAM and CM REST APIs, implemented on the
//! generated server traits of `generated-server-stubs`, with state in SQLite.
//!
//! `main.rs` only parses [`Config`] and calls [`serve`]; tests use [`spawn`] or [`app`].

pub mod auth;
pub mod cm;
pub mod config;
pub mod error;
pub mod filter;
pub mod fuzzing;
pub mod metadata;
pub mod pam;
pub mod seed;
pub mod store;

pub use config::Config;

use anyhow::Context;
use axum::Router;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use axum::routing::get;
use generated_server_stubs::{cm as cm_stubs, pam as pam_stubs};
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;
use store::{SqliteStore, Store};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

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

/// One log line per request: method, path, status, latency.
async fn trace(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    let latency_ms = started.elapsed().as_secs_f64() * 1000.0;
    tracing::info!(%method, %path, status, latency_ms = format_args!("{latency_ms:.2}"), "request");
    response
}

/// The whole application: `$metadata`, then the generated PAM and CM routers.
pub fn app(store: Arc<dyn Store>) -> Router {
    let auth = auth::BasicAuth::new(store.clone());
    let generated = pam_stubs::routes(pam::PamApi::new(store.clone()), auth.clone())
        .merge(cm_stubs::routes(cm::CmApi::new(store), auth))
        .into_router();
    Router::new()
        .route("/api/pamresources/$metadata", get(metadata::metadata))
        .route("/api/pamresources/%24metadata", get(metadata::metadata))
        .merge(generated)
        .layer(axum::middleware::from_fn(trace))
}

/// A server started by [`spawn`].
pub struct Running {
    pub addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<std::io::Result<()>>,
}

impl Running {
    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stop gracefully and wait until the listener and the database are closed.
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

/// Bind and serve in the background until [`Running::stop`].
pub async fn spawn(config: Config) -> anyhow::Result<Running> {
    let store = open_store(&config)?;
    let listener = TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("binding {}", config.listen))?;
    let addr = listener.local_addr()?;
    let (tx, rx) = oneshot::channel::<()>();
    let router = app(store);
    let task = tokio::spawn(async move {
        axum::serve(listener, router)
            .with_graceful_shutdown(async move {
                let _ = rx.await;
            })
            .await
    });
    Ok(Running {
        addr,
        shutdown: Some(tx),
        task,
    })
}

/// Serve until `shutdown` completes.
pub async fn serve_until(
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let store = open_store(&config)?;
    let listener = TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("binding {}", config.listen))?;
    tracing::info!(addr = %listener.local_addr()?, "mim-emulator listening (PAM: /api/pamresources, CM: /CertificateManagement/api/v1.0)");
    axum::serve(listener, app(store))
        .with_graceful_shutdown(shutdown)
        .await?;
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
