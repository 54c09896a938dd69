//! Timeouts and limits, on by default.
//!
//! A server that waits for its clients without a clock can be held by anyone: a header sent a byte
//! a second, a socket opened and left silent, a body that never ends, more connections than there
//! are file descriptors. Every such wait has a bound here, and each bound is configuration with a
//! default that a well-behaved client never meets. Where the server can still answer, it answers
//! with the API's own error body (408, 413); where it cannot (a header that never completes, an
//! idle socket), it closes the connection.

use std::time::Duration;

/// Largest request body accepted by default (larger ones get 413).
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// Every bound the runtime enforces. [`Limits::default`] is what a server gets unless it says
/// otherwise; each field says where it is enforced.
///
/// Invariant: every duration is non-zero (a zero would refuse every request); [`Limits::check`]
/// says which one is not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Time from the moment a connection is ready for a request until its head (request line and
    /// headers) has arrived; then the connection is closed. hyper starts this clock when it waits
    /// for the next request head, so it also bounds the wait between keep-alive requests.
    /// Enforced by the serve loop. Default 10 s.
    pub header_read_timeout: Duration,
    /// A connection with no request in flight and no byte read or written for this long is
    /// closed. Enforced by the serve loop. Default 60 s.
    pub idle_timeout: Duration,
    /// Time to receive a whole request body, once the caller is authenticated; then 408.
    /// Enforced by the dispatcher. Default 30 s.
    pub body_read_timeout: Duration,
    /// Time for the whole request (authentication, body, operation); then 408. Enforced by the
    /// dispatcher, from the operation's first wait: an operation that answers without waiting
    /// never starts the timer. Default 60 s.
    pub request_timeout: Duration,
    /// Largest body read; a larger one gets 413 (at once when `Content-Length` says so).
    /// Enforced by the dispatcher. Default [`MAX_BODY_BYTES`].
    pub max_body_bytes: usize,
    /// Connections served at once; further clients wait in the listen backlog. Keep it below the
    /// process's descriptor limit. Enforced by the serve loop. Default 512.
    pub max_connections: usize,
    /// After the shutdown signal: how long open connections may take to finish their requests
    /// before they are closed. Enforced by the serve loop. Default 10 s.
    pub drain_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            header_read_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            body_read_timeout: Duration::from_secs(30),
            request_timeout: Duration::from_secs(60),
            max_body_bytes: MAX_BODY_BYTES,
            max_connections: 512,
            drain_timeout: Duration::from_secs(10),
        }
    }
}

impl Limits {
    /// `Err` names the first bound that would refuse every request (a zero duration, size or
    /// connection count).
    pub fn check(&self) -> Result<(), String> {
        let durations = [
            ("header_read_timeout", self.header_read_timeout),
            ("idle_timeout", self.idle_timeout),
            ("body_read_timeout", self.body_read_timeout),
            ("request_timeout", self.request_timeout),
            ("drain_timeout", self.drain_timeout),
        ];
        if let Some((name, _)) = durations.iter().find(|(_, d)| d.is_zero()) {
            return Err(format!("{name} must be greater than zero"));
        }
        if self.max_connections == 0 {
            return Err("max_connections must be at least 1".into());
        }
        Ok(())
    }
}

/// Parse a duration as written on a command line: `500ms`, `10s`, `2m`, or plain seconds (`10`).
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let n: u64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a duration (e.g. 500ms, 10s, 2m)"))?;
    match unit.trim() {
        "ms" => Ok(Duration::from_millis(n)),
        "" | "s" => Ok(Duration::from_secs(n)),
        "m" => Ok(Duration::from_secs(n.saturating_mul(60))),
        other => Err(format!(
            "unknown unit `{other}` in `{text}`; use ms, s or m"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_on_and_valid() {
        let limits = Limits::default();
        assert_eq!(limits.check(), Ok(()));
        assert!(limits.header_read_timeout < limits.request_timeout);
    }

    #[test]
    fn zero_bounds_are_named() {
        let limits = Limits {
            body_read_timeout: Duration::ZERO,
            ..Limits::default()
        };
        assert_eq!(
            limits.check(),
            Err("body_read_timeout must be greater than zero".into())
        );
    }

    #[test]
    fn durations_parse_with_units() {
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("7"), Ok(Duration::from_secs(7)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert!(parse_duration("fast").is_err());
        assert!(parse_duration("3h").is_err());
    }
}
