//! The server side of `cargo xtask load-bench`: serves one of two equivalent apps on an address,
//! through the same serve loop (`server_runtime::serve`, default limits), so that a load
//! generator measures only what differs: the routing and extraction in front of the handler.
//!
//! `load-server generated|axum ADDR [WORKERS]`: prints `listening ADDR` once bound and serves
//! until its standard input closes (so it never outlives the xtask that started it).
//!
//! - `generated`: the generated PAM service (`pam::service()`, the route table as a
//!   `tower::Service` with no axum router in front), `POST …/pamrequests(guid'…')/Close` (the key
//!   inside the segment, matched by the runtime's index, parsed into a `Uuid` by the runtime);
//! - `axum`: a hand-written axum route `POST …/pamrequests/{id}/Close` with `Path<Uuid>`.

#[path = "instant200.rs"]
mod instant200;

use axum::http::StatusCode;
use generated_server_stubs::pam;
use generated_server_stubs::runtime::{NoAuth, Servable, ServeConfig, serve};
use std::io::Read;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (which, addr) = match args.as_slice() {
        [which, addr, ..] => (which.clone(), addr.clone()),
        _ => {
            eprintln!("usage: load-server generated|axum ADDR [WORKERS]");
            std::process::exit(2);
        }
    };
    let workers: usize = args.get(2).and_then(|w| w.parse().ok()).unwrap_or(1);
    match which.as_str() {
        "generated" => run(pam::service(instant200::Instant200, NoAuth), &addr, workers),
        "axum" => run(
            axum::Router::new().route(
                "/api/pamresources/pamrequests/{id}/Close",
                axum::routing::post(
                    |axum::extract::Path(id): axum::extract::Path<uuid::Uuid>| async move {
                        std::hint::black_box(id);
                        StatusCode::OK
                    },
                ),
            ),
            &addr,
            workers,
        ),
        other => {
            eprintln!("unknown app `{other}`; use generated or axum");
            std::process::exit(2);
        }
    }
}

/// Serve `app` on `addr` with `workers` tokio workers until standard input closes.
fn run(app: impl Servable, addr: &str, workers: usize) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        println!("listening {}", listener.local_addr()?);
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        std::thread::spawn(move || {
            let mut sink = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut sink);
            let _ = tx.send(());
        });
        serve(listener, app, ServeConfig::default(), async move {
            let _ = rx.await;
        })
        .await
    })
}
