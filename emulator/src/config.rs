//! Command line / configuration.

use crate::auth::{Offer, Schemes};
use anyhow::{Context as _, bail};
use axum::http::{HeaderValue, Uri};
use clap::Parser;
use std::net::SocketAddr;
use std::path::PathBuf;

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
    /// Keytab with the service key (HTTP/<host>): turns on Negotiate (Kerberos). Default: the
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

impl Config {
    /// A configuration for `db`, listening on an ephemeral loopback port (tests).
    pub fn ephemeral(db: PathBuf) -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            db,
            seed: None,
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
        std::env::var_os("KRB5_KTNAME").map(|v| {
            let text = v.to_string_lossy();
            PathBuf::from(text.strip_prefix("FILE:").unwrap_or(&text))
        })
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
}

/// GSSAPI reads the acceptor's keytab from `KRB5_KTNAME`, which only a process can set for
/// itself before its threads start (`main` does). An in-process caller must have set it.
fn check_keytab_env(path: &std::path::Path) -> anyhow::Result<()> {
    if !path.is_file() {
        bail!("keytab {} does not exist", path.display());
    }
    let wanted = std::fs::canonicalize(path).context("resolving the keytab path")?;
    let set = std::env::var_os("KRB5_KTNAME").map(|v| {
        let text = v.to_string_lossy().into_owned();
        PathBuf::from(text.strip_prefix("FILE:").unwrap_or(&text))
    });
    match set.and_then(|p| std::fs::canonicalize(p).ok()) {
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
}
