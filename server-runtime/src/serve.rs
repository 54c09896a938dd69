//! The serve loop: hyper's HTTP/1 connection builder with a timer, so that every wait on a
//! client has a bound (see [`Limits`]), and a graceful shutdown with a drain deadline.
//!
//! Per connection it puts the peer address (`axum::extract::ConnectInfo<SocketAddr>`, what
//! authenticators that key state per connection, such as NTLM, need) and the [`ServerOrigin`]
//! into every request's extensions. Connections beyond `max_connections` wait in the listen
//! backlog instead of taking descriptors. On shutdown the listener closes, every connection is
//! told to finish its request and close, and whatever is still open at the drain deadline is
//! dropped, so a half-sent request cannot hold the process.

use crate::limits::Limits;
use crate::origin::{OriginPolicy, ServerOrigin};
use axum::extract::ConnectInfo;
use axum::response::Response;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};
use tokio::task::JoinSet;
use tower::{Service, ServiceExt};

/// Everything [`serve`] is configured with.
#[derive(Debug, Clone, Default)]
pub struct ServeConfig {
    /// Timeouts and limits (the connection-level ones are enforced here).
    pub limits: Limits,
    /// How response URLs name this server.
    pub origin: OriginPolicy,
}

/// What [`serve`] serves: a cloneable `tower::Service` of axum requests that never fails, such as
/// an `axum::Router` or a route table's [`RouterService`](crate::route::RouterService) (the fast
/// path, with no router in front of the index). Implemented for every such service.
pub trait Servable:
    Service<axum::extract::Request, Response = Response, Error = Infallible, Future: Send>
    + Clone
    + Send
    + Sync
    + 'static
{
}

impl<S> Servable for S where
    S: Service<axum::extract::Request, Response = Response, Error = Infallible, Future: Send>
        + Clone
        + Send
        + Sync
        + 'static
{
}

/// Serve `app` on `listener` until `shutdown` completes, then drain (see the module doc).
/// Returns once every connection is closed. Fails only when the configuration is invalid.
///
/// `app` is an `axum::Router`, or a route table's [`RouterService`](crate::route::RouterService)
/// directly (the fast path); see [`Servable`].
pub async fn serve(
    listener: TcpListener,
    app: impl Servable,
    config: ServeConfig,
    shutdown: impl Future<Output = ()> + Send,
) -> io::Result<()> {
    let invalid = |e: String| io::Error::new(io::ErrorKind::InvalidInput, e);
    config.limits.check().map_err(invalid)?;
    config.origin.check().map_err(invalid)?;
    let limits = Arc::new(config.limits);
    let origin = ServerOrigin::new(Arc::new(config.origin), listener.local_addr()?);
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let (closing_tx, closing_rx) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            () = &mut shutdown => break,
            permit = permits.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
        };
        let (stream, peer) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    // Out of descriptors or a connection reset before accept: wait a moment
                    // rather than spin, and keep serving.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        while connections.try_join_next().is_some() {}
        let connection = Connection {
            app: app.clone(),
            origin: origin.clone(),
            limits: limits.clone(),
            peer,
        };
        let closing = closing_rx.clone();
        connections.spawn(async move {
            connection.run(stream, closing).await;
            drop(permit);
        });
    }
    drop(listener);
    let _ = closing_tx.send(true);
    let open = connections.len();
    let drained = tokio::time::timeout(limits.drain_timeout, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!(
            open,
            left = connections.len(),
            drain_ms = limits.drain_timeout.as_millis() as u64,
            "drain deadline passed; closing the remaining connections"
        );
        connections.shutdown().await;
    }
    Ok(())
}

/// One accepted connection and what its requests need.
struct Connection<S> {
    app: S,
    origin: ServerOrigin,
    limits: Arc<Limits>,
    peer: SocketAddr,
}

impl<S: Servable> Connection<S> {
    async fn run(self, stream: TcpStream, mut closing: watch::Receiver<bool>) {
        let _ = stream.set_nodelay(true);
        let activity = Arc::new(Activity::new());
        let io = TokioIo::new(Watched {
            inner: stream,
            activity: activity.clone(),
        });
        let Connection {
            app,
            origin,
            limits,
            peer,
        } = self;
        let requests = activity.clone();
        let service = hyper::service::service_fn(move |mut request: http::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            request.extensions_mut().insert(origin.clone());
            let in_flight = requests.begin();
            let call = app.clone().oneshot(request.map(axum::body::Body::new));
            async move {
                let response = call.await;
                drop(in_flight);
                response
            }
        });
        let mut builder = hyper::server::conn::http1::Builder::new();
        builder
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_read_timeout)
            .keep_alive(true);
        let connection = builder.serve_connection(io, service);
        let mut connection = std::pin::pin!(connection);
        let mut told_to_close = *closing.borrow();
        if told_to_close {
            connection.as_mut().graceful_shutdown();
        }
        loop {
            tokio::select! {
                result = connection.as_mut() => {
                    if let Err(e) = result {
                        tracing::debug!(%peer, error = %e, "connection ended with an error");
                    }
                    return;
                }
                changed = closing.changed(), if !told_to_close => {
                    told_to_close = true;
                    if changed.is_ok() {
                        connection.as_mut().graceful_shutdown();
                    }
                }
                () = activity.idle_for(limits.idle_timeout) => {
                    tracing::debug!(%peer, "idle connection closed");
                    return;
                }
            }
        }
    }
}

/// When a connection last moved a byte, and how many of its requests are in flight.
struct Activity {
    started: Instant,
    /// Milliseconds since `started` of the last read or write that moved bytes.
    last_ms: AtomicU64,
    in_flight: AtomicUsize,
}

/// Counts one request as in flight until dropped.
struct InFlight(Arc<Activity>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
        self.0.touch();
    }
}

impl Activity {
    fn new() -> Self {
        Self {
            started: Instant::now(),
            last_ms: AtomicU64::new(0),
            in_flight: AtomicUsize::new(0),
        }
    }

    fn touch(&self) {
        let ms = self.started.elapsed().as_millis() as u64;
        self.last_ms.store(ms, Ordering::Relaxed);
    }

    fn begin(self: &Arc<Self>) -> InFlight {
        self.in_flight.fetch_add(1, Ordering::Relaxed);
        InFlight(self.clone())
    }

    /// Completes once no request is in flight and no byte has moved for `idle`.
    async fn idle_for(&self, idle: Duration) {
        loop {
            let last = self.started + Duration::from_millis(self.last_ms.load(Ordering::Relaxed));
            let deadline = last + idle;
            if self.in_flight.load(Ordering::Relaxed) == 0 && Instant::now() >= deadline {
                return;
            }
            let next = deadline.max(Instant::now() + idle / 4);
            tokio::time::sleep_until(next.into()).await;
        }
    }
}

/// A stream that records its activity.
struct Watched {
    inner: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.activity.touch();
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}
