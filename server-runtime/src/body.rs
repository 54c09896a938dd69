//! The request body, read at most once and only when asked: the dispatcher hands the operation
//! an unread body, and [`crate::authenticate`] reads it after the caller is accepted, within the
//! size and time of [`Limits`].

use crate::error::Rejection;
use crate::limits::Limits;
use axum::body::Body;
use axum::http::{HeaderMap, StatusCode, header};
use bytes::Bytes;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use std::sync::{Mutex, OnceLock, PoisonError};
use std::time::Duration;

/// The body: still unread on the connection, or read.
///
/// Invariant: once `bytes` is set, `pending` is empty; when `empty` is set, both are (the body
/// was known to be empty when the request arrived: nothing to read, nothing to keep from an
/// anonymous caller).
#[derive(Debug)]
pub(crate) struct LazyBody {
    pending: Mutex<Option<Body>>,
    bytes: OnceLock<Bytes>,
    empty: bool,
    max_bytes: usize,
    timeout: Duration,
}

impl LazyBody {
    /// A body that has already been read.
    pub(crate) fn already_read(bytes: Bytes) -> Self {
        let limits = Limits::default();
        Self {
            pending: Mutex::new(None),
            bytes: OnceLock::from(bytes),
            empty: false,
            max_bytes: limits.max_body_bytes,
            timeout: limits.body_read_timeout,
        }
    }

    /// A body still on the connection, to be read within `limits`; one that is known to be
    /// empty (no `Content-Length`, or 0, on a bodiless method) counts as read at once.
    pub(crate) fn pending(body: Body, limits: &Limits) -> Self {
        let empty = axum::body::HttpBody::is_end_stream(&body);
        Self {
            pending: Mutex::new((!empty).then_some(body)),
            bytes: OnceLock::new(),
            empty,
            max_bytes: limits.max_body_bytes,
            timeout: limits.body_read_timeout,
        }
    }

    /// The body, once read; an operation that asks for it without authenticating first (which
    /// generated code never does) gets a 500 naming the mistake.
    pub(crate) fn bytes(&self) -> Result<&Bytes, Rejection> {
        static EMPTY: Bytes = Bytes::new();
        if self.empty {
            return Ok(&EMPTY);
        }
        self.bytes.get().ok_or_else(|| {
            Rejection::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "BodyNotRead",
                "the operation asked for its body before authenticating the caller",
            )
        })
    }

    /// Read the body (once; later calls return at once). `headers` are the request's, for
    /// `Content-Length`.
    pub(crate) async fn read(&self, headers: &HeaderMap) -> Result<(), Rejection> {
        if self.empty || self.bytes.get().is_some() {
            return Ok(());
        }
        let pending = self
            .pending
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        let Some(body) = pending else {
            return Ok(());
        };
        if axum::body::HttpBody::is_end_stream(&body) {
            let _ = self.bytes.set(Bytes::new());
            return Ok(());
        }
        // Boxed: the read (timer, collector) would otherwise make every operation's future,
        // bodiless ones included, several hundred bytes larger.
        let bytes = Box::pin(self.collect(body, headers)).await?;
        let _ = self.bytes.set(bytes);
        Ok(())
    }

    /// Read `body` within the size and time limits: 413 when larger (at once when
    /// `Content-Length` says so), 408 when late, 400 when the connection fails.
    async fn collect(&self, body: Body, headers: &HeaderMap) -> Result<Bytes, Rejection> {
        let max = self.max_bytes;
        let too_large = || {
            let msg = format!("the request body is larger than {max} bytes");
            Rejection::new(StatusCode::PAYLOAD_TOO_LARGE, "PayloadTooLarge", msg)
        };
        let declared = headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > max as u64) {
            return Err(too_large());
        }
        let read = tokio::time::timeout(self.timeout, Limited::new(body, max).collect());
        match read.await {
            Ok(Ok(collected)) => Ok(collected.to_bytes()),
            Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => Err(too_large()),
            Ok(Err(e)) => {
                let msg = format!("the request body could not be read: {e}");
                Err(Rejection::bad_request("BadRequest.Body", msg))
            }
            Err(_elapsed) => {
                let msg = format!(
                    "the request body did not arrive within {} ms",
                    self.timeout.as_millis()
                );
                Err(Rejection::new(
                    StatusCode::REQUEST_TIMEOUT,
                    "RequestTimeout",
                    msg,
                ))
            }
        }
    }
}
