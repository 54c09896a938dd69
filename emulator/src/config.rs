//! Command line / configuration.

use crate::auth::{Offer, Schemes};
use crate::store;
use anyhow::{Context as _, bail};
use axum::http::{HeaderValue, Uri};
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
    /// Most write jobs committed together (group commit); 1 commits every write alone (for
    /// benchmarks).
    #[arg(long, default_value_t = store::DEFAULT_WRITE_GROUP, hide = true)]
    pub write_group_max: usize,
    /// Keytab with the service key (`HTTP/<host>`): turns on Negotiate (Kerberos). Default: the
    /// keytab that KRB5_KTNAME names, if set. Needs a build with the `negotiate` feature.
    #[arg(long)]
    pub keytab: Option<PathBuf>,
    /// A browser origin allowed to call with credentials (CORS), e.g. http://localhost:8090.
    /// Repeatable.
    #[arg(long = "cors-origin", value_name = "ORIGIN")]
    pub cors_origins: Vec<String>,
    /// Turn HTTP Basic off (only Negotiate and NTLM remain, as on a real IIS).
    #[arg(long)]
    pub no_basic: bool,
}

/// How requests are authenticated and which browser origins may call.
#[derive(Debug, Clone)]
pub struct Security {
    pub schemes: Schemes,
    /// Exact origins (`scheme://host[:port]`) that get CORS headers.
    pub cors_origins: Vec<HeaderValue>,
}

impl Default for Security {
    fn default() -> Self {
        Self {
            schemes: Schemes::BASIC_ONLY,
            cors_origins: Vec::new(),
        }
    }
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
            write_group_max: store::DEFAULT_WRITE_GROUP,
            keytab: None,
            cors_origins: Vec::new(),
            no_basic: false,
        }
    }

    /// The keytab in force: `--keytab`, else `KRB5_KTNAME` (builds with `negotiate` only).
    pub fn keytab(&self) -> Option<PathBuf> {
        if self.keytab.is_some() || !cfg!(feature = "negotiate") {
            return self.keytab.clone();
        }
        keytab_in_env()
    }

    /// Check the authentication and CORS options and say what is in force.
    pub fn security(&self) -> anyhow::Result<Security> {
        let keytab = self.keytab();
        let schemes = if cfg!(feature = "negotiate") {
            Schemes {
                kerberos: if keytab.is_some() {
                    Offer::On
                } else {
                    Offer::Off
                },
                ntlm: Offer::On,
                basic: if self.no_basic { Offer::Off } else { Offer::On },
            }
        } else {
            if keytab.is_some() {
                bail!(
                    "--keytab needs Negotiate support: build with `--features negotiate` (see the README)"
                );
            }
            if self.no_basic {
                bail!("--no-basic would leave no way to sign in in a build without `negotiate`");
            }
            Schemes::BASIC_ONLY
        };
        if let Some(path) = &keytab {
            check_keytab_env(path)?;
        }
        let cors_origins = self
            .cors_origins
            .iter()
            .map(|o| origin(o))
            .collect::<anyhow::Result<_>>()?;
        Ok(Security {
            schemes,
            cors_origins,
        })
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

/// The `KRB5_KTNAME` value GSSAPI reads for a keytab file: `FILE:<path>`.
pub fn keytab_env_value(path: &std::path::Path) -> String {
    format!("FILE:{}", path.display())
}

/// The keytab file `KRB5_KTNAME` names, with or without its `FILE:` prefix.
fn keytab_in_env() -> Option<PathBuf> {
    std::env::var_os("KRB5_KTNAME").map(|v| {
        let text = v.to_string_lossy();
        PathBuf::from(text.strip_prefix("FILE:").unwrap_or(&text))
    })
}

/// GSSAPI reads the acceptor's keytab from `KRB5_KTNAME`, which only a process can set for
/// itself before its threads start (`main` does). An in-process caller must have set it.
fn check_keytab_env(path: &std::path::Path) -> anyhow::Result<()> {
    if !path.is_file() {
        bail!("keytab {} does not exist", path.display());
    }
    let wanted = std::fs::canonicalize(path).context("resolving the keytab path")?;
    match keytab_in_env().and_then(|p| std::fs::canonicalize(p).ok()) {
        Some(current) if current == wanted => Ok(()),
        _ => bail!(
            "KRB5_KTNAME must name the keytab {} (the binary sets it from --keytab; a program that starts the emulator in-process must set it before starting threads)",
            path.display()
        ),
    }
}

/// `http://localhost:8090` as browsers send it in `Origin`: scheme and authority, nothing else.
fn origin(text: &str) -> anyhow::Result<HeaderValue> {
    let uri: Uri = text
        .parse()
        .with_context(|| format!("--cors-origin {text:?} is not a URL"))?;
    let (Some(scheme), Some(authority)) = (uri.scheme_str(), uri.authority()) else {
        bail!("--cors-origin {text:?} needs a scheme and host, e.g. http://localhost:8090");
    };
    if !matches!(scheme, "http" | "https")
        || !matches!(uri.path(), "" | "/")
        || uri.query().is_some()
    {
        bail!("--cors-origin {text:?} must be an origin: scheme://host[:port], nothing after it");
    }
    Ok(HeaderValue::from_str(&format!(
        "{scheme}://{}",
        authority.as_str().to_ascii_lowercase()
    ))?)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn origins_are_checked_and_normalised() {
        assert_eq!(
            origin("http://LocalHost:8090").unwrap(),
            "http://localhost:8090"
        );
        assert_eq!(
            origin("https://portal.contoso.com/").unwrap(),
            "https://portal.contoso.com"
        );
        for bad in [
            "*",
            "localhost:8090",
            "ftp://x",
            "http://x/portal",
            "http://x/?a=1",
        ] {
            assert!(origin(bad).is_err(), "{bad}");
        }
    }

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
