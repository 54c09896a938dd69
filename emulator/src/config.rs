//! Command line / configuration.

use clap::{Args, Parser};
use generated_server_stubs::runtime::{Limits, OriginPolicy, ServeConfig, parse_duration};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// A local stand-in for MIM's PAM and CM REST APIs.
#[derive(Debug, Clone, Parser)]
#[command(name = "mim-emulator", version)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8086")]
    pub listen: SocketAddr,
    /// SQLite database file (created and seeded when missing).
    #[arg(long, default_value = "mim-emulator.db")]
    pub db: PathBuf,
    /// YAML seed fixture used when the database is new (default: the built-in example world).
    #[arg(long)]
    pub seed: Option<PathBuf>,
    /// The URL clients reach the emulator at (e.g. behind a proxy), used in `odata.metadata`
    /// links; without it, a `Host` header is used only when it names the listener (or
    /// `--allow-host`), else the listener address.
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
    /// A further `Host` value (`name[:port]`) that may appear in response links; repeatable.
    #[arg(long = "allow-host", value_name = "HOST")]
    pub allowed_hosts: Vec<String>,
    /// Timeouts and limits.
    #[command(flatten)]
    pub limits: LimitArgs,
}

/// Timeouts and limits, each on by default (durations as `500ms`, `10s`, `2m`).
#[derive(Debug, Clone, Args)]
pub struct LimitArgs {
    /// Time for a request's headers to arrive (also the wait for the next request on a
    /// keep-alive connection); then the connection is closed.
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_duration)]
    pub header_timeout: Duration,
    /// A connection with no request in flight and no traffic for this long is closed.
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = parse_duration)]
    pub idle_timeout: Duration,
    /// Time for an authenticated request's body to arrive; then 408.
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = parse_duration)]
    pub body_timeout: Duration,
    /// Time for a whole request; then 408.
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = parse_duration)]
    pub request_timeout: Duration,
    /// Largest request body, in bytes; larger ones get 413.
    #[arg(long, value_name = "BYTES", default_value_t = generated_server_stubs::runtime::MAX_BODY_BYTES)]
    pub max_body_bytes: usize,
    /// Connections served at once; more wait in the listen backlog.
    #[arg(long, value_name = "N", default_value_t = 512)]
    pub max_connections: usize,
    /// On SIGTERM/SIGINT: how long open requests may take to finish before their connections
    /// are closed.
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_duration)]
    pub drain_timeout: Duration,
}

impl Default for LimitArgs {
    fn default() -> Self {
        let l = Limits::default();
        Self {
            header_timeout: l.header_read_timeout,
            idle_timeout: l.idle_timeout,
            body_timeout: l.body_read_timeout,
            request_timeout: l.request_timeout,
            max_body_bytes: l.max_body_bytes,
            max_connections: l.max_connections,
            drain_timeout: l.drain_timeout,
        }
    }
}

impl LimitArgs {
    /// The runtime's limits.
    pub fn to_limits(&self) -> Limits {
        Limits {
            header_read_timeout: self.header_timeout,
            idle_timeout: self.idle_timeout,
            body_read_timeout: self.body_timeout,
            request_timeout: self.request_timeout,
            max_body_bytes: self.max_body_bytes,
            max_connections: self.max_connections,
            drain_timeout: self.drain_timeout,
        }
    }
}

impl Config {
    /// A configuration for `db`, listening on an ephemeral loopback port (tests).
    pub fn ephemeral(db: PathBuf) -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            db,
            seed: None,
            public_url: None,
            allowed_hosts: Vec::new(),
            limits: LimitArgs::default(),
        }
    }

    /// What the serve loop is configured with.
    pub fn serve_config(&self) -> ServeConfig {
        ServeConfig {
            limits: self.limits.to_limits(),
            origin: OriginPolicy {
                public_url: self.public_url.clone(),
                allowed_hosts: self.allowed_hosts.clone(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_match_the_runtime_and_flags_override() {
        let config = Config::parse_from(["mim-emulator"]);
        assert_eq!(config.limits.to_limits(), Limits::default());
        let config = Config::parse_from([
            "mim-emulator",
            "--header-timeout",
            "500ms",
            "--drain-timeout",
            "2s",
            "--public-url",
            "https://mim.example.com",
        ]);
        let serve = config.serve_config();
        assert_eq!(serve.limits.header_read_timeout, Duration::from_millis(500));
        assert_eq!(serve.limits.drain_timeout, Duration::from_secs(2));
        assert_eq!(
            serve.origin.public_url.as_deref(),
            Some("https://mim.example.com")
        );
        assert!(Config::try_parse_from(["mim-emulator", "--idle-timeout", "soon"]).is_err());
    }
}
