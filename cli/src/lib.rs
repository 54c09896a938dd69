//! `mim`: a command-line client for the MIM PAM and CM REST APIs, built on `generated-client`.
//!
//! The binary (`src/main.rs`) only runs [`run`] and prints its result; everything else lives here
//! so that tests can call [`run`] with an argument list and inspect the text it would print.
//!
//! ```no_run
//! # async fn demo() -> Result<(), mim_cli::CliError> {
//! let out = mim_cli::run(["mim", "--user", "PRIV\\Jen", "--password", "Pa55w.rd", "pam", "roles"]).await?;
//! print!("{}", out.stdout);
//! # Ok(())
//! # }
//! ```

pub mod args;
mod cm;
pub mod error;
mod pam;
pub mod render;
pub mod text;
pub mod ttl;

pub use args::Cli;
pub use error::CliError;
pub use render::Format;

use args::{AuthScheme, Command, Global};
use clap::Parser as _;
use generated_client::support::Credentials;
use std::ffi::OsString;

/// What a successful command prints on stdout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub stdout: String,
}

/// Parses `args` (the first item is the program name) and runs the command.
///
/// `--help` and `--version` succeed with the help text as output; argument errors are
/// [`CliError::Clap`] (exit code 2).
pub async fn run<I, T>(args: I) -> Result<Output, CliError>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    match Cli::try_parse_from(args) {
        Ok(cli) => execute(cli).await,
        Err(e) if !e.use_stderr() => Ok(Output {
            stdout: e.to_string(),
        }),
        Err(e) => Err(CliError::Clap(e.to_string())),
    }
}

/// Runs an already parsed command line.
pub async fn execute(cli: Cli) -> Result<Output, CliError> {
    let ctx = Context::new(&cli.global)?;
    let stdout = match cli.command {
        Command::Pam(command) => pam::run(&ctx, command).await?,
        Command::Cm(command) => cm::run(&ctx, command).await?,
    };
    Ok(Output { stdout })
}

/// Where and as whom to connect, and how to print.
pub(crate) struct Context {
    base_url: String,
    credentials: Credentials,
    pub(crate) format: Format,
}

impl Context {
    fn new(global: &Global) -> Result<Self, CliError> {
        Ok(Self {
            base_url: base_url(&global.url)?,
            credentials: credentials(global)?,
            format: global.output,
        })
    }

    pub(crate) fn pam(&self) -> Result<generated_client::pam::Client, CliError> {
        generated_client::pam::Client::new_with_credentials(
            &self.base_url,
            self.credentials.clone(),
        )
        .map_err(|e| CliError::Connection(format!("cannot set up HTTP: {}", error::chain(&e))))
    }

    pub(crate) fn cm(&self) -> Result<generated_client::cm::Client, CliError> {
        generated_client::cm::Client::new_with_credentials(&self.base_url, self.credentials.clone())
            .map_err(|e| CliError::Connection(format!("cannot set up HTTP: {}", error::chain(&e))))
    }

    pub(crate) fn json(&self) -> bool {
        self.format == Format::Json
    }
}

/// `--url` without a trailing slash; rejects URLs that are not HTTP(S) or that already
/// contain an API path (the client appends `/api/pamresources/…` itself).
fn base_url(url: &str) -> Result<String, CliError> {
    let url = url.trim().trim_end_matches('/');
    let lower = url.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("http://")
        .or_else(|| lower.strip_prefix("https://"))
    else {
        return Err(CliError::usage(format!(
            "--url must start with http:// or https://, got `{url}`"
        )));
    };
    if rest.is_empty() || rest.starts_with('/') {
        return Err(CliError::usage(format!("--url has no host: `{url}`")));
    }
    for api_path in ["/api/pamresources", "/certificatemanagement"] {
        if let Some(at) = lower.find(api_path) {
            return Err(CliError::usage(format!(
                "--url should be the server only (e.g. `{}`), without the API path",
                &url[..at]
            )));
        }
    }
    Ok(url.to_string())
}

fn credentials(global: &Global) -> Result<Credentials, CliError> {
    if let Some(token) = global.bearer.as_deref().filter(|t| !t.is_empty()) {
        if !token.bytes().all(|b| (0x21..0x7f).contains(&b)) {
            return Err(CliError::usage(
                "the bearer token (--bearer / MIM_TOKEN) contains spaces or control characters",
            ));
        }
        return Ok(Credentials::bearer(token));
    }
    let scheme = match (global.negotiate, global.auth) {
        (true, _) => AuthScheme::Negotiate,
        (false, Some(scheme)) => scheme,
        (false, None) => AuthScheme::Basic,
    };
    let password = match (global.user.as_deref(), global.password.as_deref()) {
        (Some(user), Some(password)) => Some((user, password)),
        (Some(_), None) => {
            return Err(CliError::usage(
                "--user needs a password: set MIM_PASSWORD (or pass --password)",
            ));
        }
        (None, Some(_)) => {
            return Err(CliError::usage(
                "a password was given without a user: set MIM_USER (or pass --user)",
            ));
        }
        (None, None) => None,
    };
    match scheme {
        AuthScheme::Basic => Ok(match password {
            Some((user, password)) => Credentials::basic(user, password),
            // No credentials: the server answers 401, which the user then sees.
            None => Credentials::None,
        }),
        AuthScheme::Negotiate | AuthScheme::Ntlm => {
            windows_credentials(scheme, password, global.spn.as_deref())
        }
    }
}

#[cfg(feature = "negotiate")]
fn windows_credentials(
    scheme: AuthScheme,
    password: Option<(&str, &str)>,
    spn: Option<&str>,
) -> Result<Credentials, CliError> {
    use generated_client::negotiate::{Mechanisms, Negotiate};
    let mechanisms = match scheme {
        AuthScheme::Ntlm => Mechanisms::NtlmOnly,
        _ => Mechanisms::KerberosThenNtlm,
    };
    let negotiate = match (password, mechanisms) {
        (Some((user, password)), _) => Negotiate::with_password(user, password, mechanisms),
        (None, Mechanisms::KerberosThenNtlm) => Credentials::negotiate(),
        (None, Mechanisms::NtlmOnly) => {
            return Err(CliError::usage(
                "--auth ntlm needs --user and --password (MIM_USER, MIM_PASSWORD)",
            ));
        }
    };
    Ok(match spn {
        Some(spn) => negotiate.service_principal(spn),
        None => negotiate,
    }
    .into())
}

#[cfg(not(feature = "negotiate"))]
fn windows_credentials(
    _: AuthScheme,
    _: Option<(&str, &str)>,
    _: Option<&str>,
) -> Result<Credentials, CliError> {
    Err(CliError::usage(
        "this mim was built without Integrated Windows Authentication: build it with `cargo build -p mim-cli --features negotiate` (needs libkrb5-dev, see the README)",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_checked_and_trimmed() {
        assert_eq!(
            base_url("http://127.0.0.1:8086/").ok().as_deref(),
            Some("http://127.0.0.1:8086")
        );
        assert!(base_url("pamsrv:8086").is_err());
        assert!(base_url("http://").is_err());
        assert!(base_url("http://pamsrv:8086/api/pamresources/").is_err());
        assert!(base_url("https://cm.contoso.com/CertificateManagement/api/v1.0").is_err());
    }
}
