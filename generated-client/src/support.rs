//! Hand-written support for the generated clients: per-request credentials and TLS.
//!
//! Both generated clients carry a [`ClientState`] (progenitor's "inner" value) and call the
//! [`progenitor_client::ClientHooks`] implemented here before every request, which is where the
//! `Authorization` header is set. Credentials can be static or computed per request (a token
//! that must be refreshed), through [`AuthHook`].

use progenitor_client::{ClientHooks, ClientInfo, Error, OperationInfo, ResponseValue};
use reqwest::header::{AUTHORIZATION, HeaderValue};
use std::sync::Arc;
use std::time::Duration;

/// Computes the `Authorization` header for a request (e.g. refreshes a bearer token).
pub trait AuthHook: Send + Sync + 'static {
    /// The header value to send, or `None` to send none.
    fn authorization(&self, request: &reqwest::Request) -> Option<HeaderValue>;
}

/// Ready-made credentials.
#[derive(Clone, Debug)]
pub enum Credentials {
    /// No `Authorization` header (e.g. when the reqwest client authenticates by itself).
    None,
    /// A fixed header value, e.g. `Basic …` or `Bearer …`.
    Header(HeaderValue),
}

impl Credentials {
    /// HTTP Basic credentials (what the local emulator accepts), e.g. `PRIV\Jen`.
    pub fn basic(user: &str, password: &str) -> Self {
        use base64::Engine as _;
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
        Self::header(&format!("Basic {token}"))
    }

    /// A bearer token (e.g. from ADFS for the CM API).
    pub fn bearer(token: &str) -> Self {
        Self::header(&format!("Bearer {token}"))
    }

    fn header(value: &str) -> Self {
        match HeaderValue::from_str(value) {
            Ok(mut v) => {
                v.set_sensitive(true);
                Self::Header(v)
            }
            // Credentials with control characters cannot be sent; sending none makes the server
            // answer 401, which says more than a panic here would.
            Err(_) => Self::None,
        }
    }
}

impl AuthHook for Credentials {
    fn authorization(&self, _: &reqwest::Request) -> Option<HeaderValue> {
        match self {
            Credentials::None => None,
            Credentials::Header(v) => Some(v.clone()),
        }
    }
}

/// Per-client state carried by the generated clients.
#[derive(Clone)]
pub struct ClientState {
    auth: Arc<dyn AuthHook>,
}

impl ClientState {
    pub fn new(auth: impl AuthHook) -> Self {
        Self {
            auth: Arc::new(auth),
        }
    }
}

impl Default for ClientState {
    fn default() -> Self {
        Self::new(Credentials::None)
    }
}

impl std::fmt::Debug for ClientState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClientState { auth: <hook> }")
    }
}

/// A reqwest client with rustls (ring provider) and the generated clients' default timeout.
pub fn http_client() -> Result<reqwest::Client, reqwest::Error> {
    // reqwest is built without a default crypto provider (see the workspace Cargo.toml); install
    // ring once per process. A second install fails harmlessly, so the result is ignored.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(15))
        .timeout(Duration::from_secs(60))
        .build()
}

/// progenitor adds `api-version: <info.version>` to every request. MIM documents no such header
/// (PAM versions by the `v` query parameter, CM by the path), so it is removed: the client sends
/// exactly what the docs show.
const PROGENITOR_VERSION_HEADER: &str = "api-version";

async fn set_authorization<E>(
    state: &ClientState,
    request: &mut reqwest::Request,
) -> Result<(), Error<E>> {
    request.headers_mut().remove(PROGENITOR_VERSION_HEADER);
    if let Some(value) = state.auth.authorization(request) {
        request.headers_mut().insert(AUTHORIZATION, value);
    }
    Ok(())
}

macro_rules! client_support {
    ($module:ident) => {
        impl ClientHooks<ClientState> for crate::$module::Client {
            async fn pre<E>(
                &self,
                request: &mut reqwest::Request,
                _: &OperationInfo,
            ) -> Result<(), Error<E>> {
                set_authorization(self.inner(), request).await
            }
        }

        impl crate::$module::Client {
            /// A client for `baseurl` (scheme, host and port: the spec's paths are absolute)
            /// that sends `auth` on every request, over rustls.
            pub fn new_with_credentials(
                baseurl: &str,
                auth: impl AuthHook,
            ) -> Result<Self, reqwest::Error> {
                Ok(Self::new_with_client(
                    baseurl,
                    http_client()?,
                    ClientState::new(auth),
                ))
            }
        }
    };
}

client_support!(pam);
client_support!(cm);

/// `204 No Content` as `None`.
///
/// CM documents 204 beside a 200 with a body on most operations (e.g. a template without smart
/// cards has no smart-card policy). progenitor allows one success type per operation, so the
/// generated client reports a 204 as `Error::UnexpectedResponse`; this turns exactly that case
/// into `Ok(None)` and leaves every other outcome as it was:
///
/// ```no_run
/// # use generated_client::{cm, support::{Credentials, NoContent}};
/// # async fn demo(client: cm::Client, id: uuid::Uuid) -> Result<(), cm::Error<cm::types::CmError>> {
/// match client.get_smartcard_policy().id(id).send().await.or_no_content()? {
///     Some(policy) => println!("PIN option {:?}", policy.user_pin_option),
///     None => println!("this template issues no smart cards"),
/// }
/// # Ok(())
/// # }
/// ```
// progenitor's `Error` is what every generated method returns; it is passed through unchanged.
#[allow(clippy::result_large_err)]
pub trait NoContent<T, E> {
    fn or_no_content(self) -> Result<Option<T>, Error<E>>;
}

#[allow(clippy::result_large_err)]
impl<T, E> NoContent<T, E> for Result<ResponseValue<T>, Error<E>> {
    fn or_no_content(self) -> Result<Option<T>, Error<E>> {
        match self {
            Ok(value) => Ok(Some(value.into_inner())),
            Err(Error::UnexpectedResponse(response))
                if response.status() == reqwest::StatusCode::NO_CONTENT =>
            {
                Ok(None)
            }
            Err(other) => Err(other),
        }
    }
}
