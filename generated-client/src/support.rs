//! Hand-written support for the generated clients: per-request credentials and TLS.
//!
//! Both generated clients carry a [`ClientState`] (progenitor's "inner" value) and call the
//! [`progenitor_client::ClientHooks`] implemented here around every request: `pre` tidies the
//! headers, `exec` hands the request to the client's [`AuthHook`] (one round for Basic and Bearer,
//! several for Negotiate), and `post` turns an authentication failure into
//! `Error::Custom` with the reason, so a caller never sees a bare 401 without one.

pub use crate::auth::{AuthError, AuthHook, Credentials, ExecuteError};

use progenitor_client::{ClientHooks, ClientInfo, Error, OperationInfo, ResponseValue};
use std::sync::Arc;
use std::time::Duration;

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

/// A reqwest client with rustls (ring provider) and the generated clients' default timeouts.
pub fn http_client() -> Result<reqwest::Client, reqwest::Error> {
    http_client_builder().build()
}

/// The builder behind [`http_client`], for a client with other settings (e.g. NTLM's one
/// connection per host).
pub fn http_client_builder() -> reqwest::ClientBuilder {
    // reqwest is built without a default crypto provider (see the workspace Cargo.toml); install
    // ring once per process. A second install fails harmlessly, so the result is ignored.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(15))
        .timeout(Duration::from_secs(60))
}

/// progenitor adds `api-version: <info.version>` to every request. MIM documents no such header
/// (PAM versions by the `v` query parameter, CM by the path), so it is removed: the client sends
/// exactly what the docs show.
const PROGENITOR_VERSION_HEADER: &str = "api-version";

/// An authentication failure travelling from `exec` to `post` inside a stand-in response
/// (progenitor's `exec` can only fail with a `reqwest::Error`, which cannot be made by hand).
#[derive(Debug, Clone)]
struct FailedAuth(AuthError);

async fn execute(
    state: &ClientState,
    client: &reqwest::Client,
    request: reqwest::Request,
) -> reqwest::Result<reqwest::Response> {
    match state.auth.execute(client, request).await {
        Ok(response) => Ok(response),
        Err(ExecuteError::Transport(error)) => Err(error),
        Err(ExecuteError::Auth(error)) => {
            let mut stand_in = http::Response::new(Vec::<u8>::new());
            *stand_in.status_mut() = http::StatusCode::UNAUTHORIZED;
            stand_in.extensions_mut().insert(FailedAuth(error));
            Ok(reqwest::Response::from(stand_in))
        }
    }
}

// progenitor's `Error` is what the `post` hook must return; it is passed through unchanged.
#[allow(clippy::result_large_err)]
fn auth_outcome<E>(result: &reqwest::Result<reqwest::Response>) -> Result<(), Error<E>> {
    match result {
        Ok(response) => match response.extensions().get::<FailedAuth>() {
            Some(FailedAuth(error)) => Err(Error::Custom(error.to_string())),
            None => Ok(()),
        },
        Err(_) => Ok(()),
    }
}

macro_rules! client_support {
    ($module:ident) => {
        impl ClientHooks<ClientState> for crate::$module::Client {
            async fn pre<E>(
                &self,
                request: &mut reqwest::Request,
                _: &OperationInfo,
            ) -> Result<(), Error<E>> {
                request.headers_mut().remove(PROGENITOR_VERSION_HEADER);
                Ok(())
            }

            async fn exec(
                &self,
                request: reqwest::Request,
                _: &OperationInfo,
            ) -> reqwest::Result<reqwest::Response> {
                execute(self.inner(), self.client(), request).await
            }

            async fn post<E>(
                &self,
                result: &reqwest::Result<reqwest::Response>,
                _: &OperationInfo,
            ) -> Result<(), Error<E>> {
                auth_outcome(result)
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
