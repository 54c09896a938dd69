//! Request tracing through tower-http: a span and a line per request at debug (with its
//! `x-request-id`), counted for a summary logged at info every minute and at stop, instead of an
//! info line per request on the hot path.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tower_http::classify::{ServerErrorsAsFailures, SharedClassifier};
use tower_http::trace::{DefaultOnRequest, DefaultOnResponse, MakeSpan, OnResponse, TraceLayer};
use tracing::Level;

/// Requests answered since start, by status class, for the summary logged at info.
#[derive(Debug, Default)]
pub struct RequestStats {
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

    pub fn log(&self, what: &str) {
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
    pub async fn report_every(self: Arc<Self>, every: Duration) {
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
pub struct CountingOnResponse {
    stats: Arc<RequestStats>,
    line: DefaultOnResponse,
}

impl<B> OnResponse<B> for CountingOnResponse {
    fn on_response(self, response: &http::Response<B>, latency: Duration, span: &tracing::Span) {
        self.stats.record(response.status().as_u16(), latency);
        self.line.on_response(response, latency, span);
    }
}

pub type Trace = TraceLayer<
    SharedClassifier<ServerErrorsAsFailures>,
    SpanWithRequestId,
    DefaultOnRequest,
    CountingOnResponse,
>;

/// tower-http's request span (at debug), with the request's `x-request-id`.
#[derive(Clone)]
pub struct SpanWithRequestId;

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
pub fn trace_layer(stats: Arc<RequestStats>) -> Trace {
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
