//! Credentials: what a request carries to prove who sends it.
//!
//! Two kinds of scheme exist, and [`AuthHook`] serves both:
//! - header schemes (Basic, Bearer) compute one `Authorization` value per request
//!   ([`AuthHook::authorization`]);
//! - exchange schemes (Negotiate: Kerberos through SPNEGO, or NTLM; feature `negotiate`) take part
//!   in several request/response rounds and check the server's answer ([`AuthHook::execute`]).
//!
//! Invariant: credentials that cannot be sent never turn into "no credentials". A user name with
//! a control character, say, makes every request fail with [`AuthError::InvalidCredentials`]
//! before anything is sent, instead of reaching the server anonymously.

use reqwest::header::{AUTHORIZATION, HeaderValue};
use std::future::Future;
use std::pin::Pin;

/// Why a request could not be authenticated. The message says what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// The credentials given cannot be put on the wire (e.g. control characters).
    #[error("invalid credentials: {0}")]
    InvalidCredentials(String),
    /// No Kerberos ticket and nothing to get one with.
    #[error("no Kerberos ticket: {0} (run `kinit USER@REALM`, or give a user name and password)")]
    NoTicket(String),
    /// The ticket (or the password's key) has expired.
    #[error("the Kerberos ticket has expired: {0} (run `kinit` again)")]
    Expired(String),
    /// The KDC does not know the service principal.
    #[error(
        "unknown service principal {service}: {detail} (is the SPN registered? for a DNS alias, set the service principal explicitly)"
    )]
    UnknownService {
        /// e.g. `HTTP@mim.contoso.com`.
        service: String,
        /// What GSSAPI said.
        detail: String,
    },
    /// Client and KDC or server clocks differ too much.
    #[error("clock skew too great between this machine and the KDC or server: {0}")]
    ClockSkew(String),
    /// The server's final token did not prove that it holds the service key.
    #[error("mutual authentication failed: the server did not prove its identity: {0}")]
    MutualAuthFailed(String),
    /// The server refused the credentials (after the exchange, it still answered 401).
    #[error("the server refused {scheme} authentication: {reason}")]
    Refused {
        /// `Negotiate` or `NTLM`.
        scheme: String,
        /// The server's own words (its error message), or what was missing.
        reason: String,
    },
    /// The exchange needed more rounds than allowed.
    #[error("authentication did not finish within {0} rounds")]
    TooManyRounds(usize),
    /// Anything else GSSAPI or NTLM reported.
    #[error("{0}")]
    Other(String),
}

/// A boxed future, as [`AuthHook::execute`] returns.
pub type ExecuteFuture<'a> =
    Pin<Box<dyn Future<Output = Result<reqwest::Response, ExecuteError>> + Send + 'a>>;

/// What [`AuthHook::execute`] can fail with: the transport, or authentication.
#[derive(Debug, thiserror::Error)]
pub enum ExecuteError {
    /// Connecting, sending or receiving failed.
    #[error(transparent)]
    Transport(#[from] reqwest::Error),
    /// The request could not be authenticated.
    #[error(transparent)]
    Auth(#[from] AuthError),
}

/// Authenticates the requests of a generated client.
pub trait AuthHook: Send + Sync + 'static {
    /// The `Authorization` value to send (e.g. a refreshed bearer token), or `None` for none.
    fn authorization(&self, request: &reqwest::Request) -> Result<Option<HeaderValue>, AuthError>;

    /// Send `request` and return the final response. The default sets
    /// [`authorization`](Self::authorization) and sends once; exchange schemes override it.
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
    ) -> ExecuteFuture<'a> {
        send_once(self, client, request)
    }
}

/// One round: set `hook`'s `Authorization` header (if any) and send.
fn send_once<'a, H: AuthHook + ?Sized>(
    hook: &'a H,
    client: &'a reqwest::Client,
    mut request: reqwest::Request,
) -> ExecuteFuture<'a> {
    Box::pin(async move {
        if let Some(value) = hook.authorization(&request)? {
            request.headers_mut().insert(AUTHORIZATION, value);
        }
        Ok(client.execute(request).await?)
    })
}

/// Ready-made credentials.
#[derive(Clone, Debug)]
pub enum Credentials {
    /// No `Authorization` header (e.g. when the reqwest client authenticates by itself).
    None,
    /// A fixed header value, e.g. `Basic …` or `Bearer …`.
    Header(HeaderValue),
    /// Credentials that cannot be sent; every request fails with this reason.
    Invalid(String),
    /// Integrated Windows Authentication: Kerberos through SPNEGO, NTLM as the fallback.
    #[cfg(feature = "negotiate")]
    Negotiate(std::sync::Arc<crate::negotiate::Negotiate>),
}

impl Credentials {
    /// HTTP Basic credentials (what the local emulator accepts), e.g. `PRIV\Jen`.
    pub fn basic(user: &str, password: &str) -> Self {
        use base64::Engine as _;
        if user.contains(':') {
            return Self::Invalid(
                "a Basic user name cannot contain ':' (RFC 7617); use DOMAIN\\user".into(),
            );
        }
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
        Self::header(&format!("Basic {token}"), "Basic credentials")
    }

    /// A bearer token (e.g. from ADFS for the CM API).
    pub fn bearer(token: &str) -> Self {
        Self::header(&format!("Bearer {token}"), "the bearer token")
    }

    /// Integrated Windows Authentication from the default Kerberos credential cache (what
    /// `kinit` leaves), or from the client keytab named by `KRB5_CLIENT_KTNAME`; see
    /// [`Negotiate`](crate::negotiate::Negotiate) for a password, NTLM and the service principal.
    #[cfg(feature = "negotiate")]
    pub fn negotiate() -> crate::negotiate::Negotiate {
        crate::negotiate::Negotiate::default_credentials()
    }

    fn header(value: &str, what: &str) -> Self {
        match HeaderValue::from_str(value) {
            Ok(mut v) => {
                v.set_sensitive(true);
                Self::Header(v)
            }
            Err(_) => Self::Invalid(format!(
                "{what} contain characters that cannot be sent in an HTTP header"
            )),
        }
    }
}

#[cfg(feature = "negotiate")]
impl From<crate::negotiate::Negotiate> for Credentials {
    fn from(negotiate: crate::negotiate::Negotiate) -> Self {
        Self::Negotiate(std::sync::Arc::new(negotiate))
    }
}

impl AuthHook for Credentials {
    fn authorization(&self, _: &reqwest::Request) -> Result<Option<HeaderValue>, AuthError> {
        match self {
            Credentials::None => Ok(None),
            Credentials::Header(v) => Ok(Some(v.clone())),
            Credentials::Invalid(reason) => Err(AuthError::InvalidCredentials(reason.clone())),
            // An exchange scheme has no single header; `execute` runs the exchange.
            #[cfg(feature = "negotiate")]
            Credentials::Negotiate(_) => Ok(None),
        }
    }

    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
    ) -> ExecuteFuture<'a> {
        match self {
            #[cfg(feature = "negotiate")]
            Credentials::Negotiate(negotiate) => negotiate.as_ref().execute(client, request),
            _ => send_once(self, client, request),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> reqwest::Request {
        reqwest::Request::new(
            reqwest::Method::GET,
            "http://127.0.0.1/".parse().expect("url"),
        )
    }

    #[test]
    fn unsendable_credentials_are_an_error_not_anonymous() {
        for credentials in [
            Credentials::bearer("tab\u{7f}del"),
            Credentials::basic("PRIV:Jen", "x"),
            Credentials::bearer("abc\r\ndef"),
        ] {
            let outcome = credentials.authorization(&request());
            assert!(
                matches!(outcome, Err(AuthError::InvalidCredentials(_))),
                "{credentials:?} gave {outcome:?}"
            );
        }
    }

    #[test]
    fn basic_credentials_are_sensitive_headers() {
        let value = Credentials::basic("PRIV\\Jen", "Pa55w.rd")
            .authorization(&request())
            .expect("valid")
            .expect("a header");
        assert!(value.is_sensitive());
        assert_eq!(value, "Basic UFJJVlxKZW46UGE1NXcucmQ=");
    }
}
