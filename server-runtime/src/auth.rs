//! Authentication: who is calling. The generated handlers ask the [`Authenticator`] given to the
//! router before they look at parameters, and the body is read from the connection only once the
//! authenticator has accepted the caller ([`authenticate`]), so an anonymous caller learns nothing
//! but 401, and costs no more than its headers.

use crate::error::Rejection;
use crate::extract::Request;
use crate::origin::ServerOrigin;
use axum::http::{
    Extensions, HeaderMap, HeaderValue, Method, StatusCode, Uri, header, request::Parts,
};
use std::future::Future;

/// Turns request headers into a caller, or refuses with 401.
pub trait Authenticator: Send + Sync + 'static {
    /// What the operations learn about the caller.
    type Caller: Send + Sync + 'static;

    /// Decide from the request head alone (the body has not been read yet).
    fn authenticate(
        &self,
        parts: &Parts,
    ) -> impl Future<Output = Result<Self::Caller, Unauthorized>> + Send;
}

/// A refusal: 401 with one `WWW-Authenticate` line per challenge, in the order given.
///
/// Challenges are kept apart rather than comma-joined because that is how IIS offers them
/// (`Negotiate`, `NTLM`, `Basic realm="…"` on three lines) and because clients read them so:
/// Chromium, for one, considers only the first scheme of a comma-joined line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unauthorized {
    /// Each scheme's challenge, most preferred first, e.g. `Negotiate`, then
    /// `Basic realm="MIM", charset="UTF-8"`; a continuing exchange's `NTLM <token>`. Each must be
    /// a valid header value (visible ASCII and spaces): one that is not is left out and logged.
    pub challenges: Vec<String>,
    /// Why, for the error body.
    pub message: String,
}

impl Unauthorized {
    /// A refusal offering `challenges`, explained by `message`.
    pub fn new<I, S>(challenges: I, message: impl Into<String>) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            challenges: challenges.into_iter().map(Into::into).collect(),
            message: message.into(),
        }
    }

    /// The 401 rejection: the message in the API's error body, one header line per challenge.
    pub fn into_rejection(self) -> Rejection {
        let mut rejection = Rejection::new(StatusCode::UNAUTHORIZED, "Unauthorized", self.message);
        for challenge in self.challenges {
            match HeaderValue::from_str(&challenge) {
                Ok(value) => rejection = rejection.with_header(header::WWW_AUTHENTICATE, value),
                Err(_) => tracing::error!(
                    challenge = %challenge.escape_debug(),
                    "an authenticator offered a challenge that is not a valid header value; left out"
                ),
            }
        }
        rejection
    }
}

/// Lets every request through as the unit caller (tests, or a server behind a trusted proxy).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoAuth;

impl Authenticator for NoAuth {
    type Caller = ();

    async fn authenticate(&self, _: &Parts) -> Result<(), Unauthorized> {
        Ok(())
    }
}

/// What an operation knows about its request besides parameters and body.
#[derive(Debug, Clone)]
pub struct RequestContext<C> {
    /// Who is calling, as the authenticator said.
    pub caller: C,
    /// The request method.
    pub method: Method,
    /// The request URI (path and query, as sent).
    pub uri: Uri,
    /// The request headers.
    pub headers: HeaderMap,
    /// The request's extensions: the serve loop puts the peer address
    /// (`axum::extract::ConnectInfo<SocketAddr>`) and the [`ServerOrigin`] here.
    pub extensions: Extensions,
}

impl<C> RequestContext<C> {
    /// The base for absolute URLs in responses, such as OData's `odata.metadata`: the configured
    /// public URL, or the `Host` the client used when it names this server, never a foreign
    /// `Host` (see [`ServerOrigin::base_url`]).
    pub fn base_url(&self) -> String {
        let host = self.headers.get(header::HOST).and_then(|h| h.to_str().ok());
        match self.extensions.get::<ServerOrigin>() {
            Some(origin) => origin.base_url(host),
            None => ServerOrigin::without_listener(host),
        }
    }
}

/// Run the authenticator for `req`; a refusal becomes a 401 rejection and the body stays unread.
/// Once the caller is accepted, the body is read (bounded in size and time: 413, 408). The caller
/// goes into the operation's context through [`Request::into_context`] once parameters and body
/// are parsed, so the request's headers are moved there, not copied.
pub async fn authenticate<Au: Authenticator>(
    auth: &Au,
    req: &Request,
) -> Result<Au::Caller, Rejection> {
    let caller = auth
        .authenticate(&req.parts)
        .await
        .map_err(Unauthorized::into_rejection)?;
    req.read_body().await?;
    Ok(caller)
}

/// User name and password from `Authorization: Basic …`, if present and well-formed.
pub fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    use base64::Engine as _;
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(token.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, password) = text.split_once(':')?;
    Some((user.to_string(), password.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(auth: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::AUTHORIZATION, HeaderValue::from_str(auth).unwrap());
        h
    }

    #[test]
    fn basic_credentials_are_decoded() {
        // "PRIV\Jen:Pa55w.rd"
        let h = headers("Basic UFJJVlxKZW46UGE1NXcucmQ=");
        assert_eq!(
            basic_credentials(&h),
            Some(("PRIV\\Jen".into(), "Pa55w.rd".into()))
        );
    }

    #[test]
    fn every_challenge_gets_its_own_line_in_order() {
        let refusal = Unauthorized::new(
            ["Negotiate", "NTLM", "Basic realm=\"MIM\"", "bad\nline"],
            "no",
        );
        let response = refusal
            .into_rejection()
            .render(&crate::ErrorFormat::new(None));
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        let lines: Vec<_> = response
            .headers()
            .get_all(header::WWW_AUTHENTICATE)
            .iter()
            .map(|v| v.to_str().unwrap())
            .collect();
        assert_eq!(lines, ["Negotiate", "NTLM", "Basic realm=\"MIM\""]);
    }

    #[test]
    fn malformed_credentials_are_none() {
        for bad in ["Bearer abc", "Basic !!!", "Basic", "Basic Zm9v"] {
            assert_eq!(basic_credentials(&headers(bad)), None, "{bad}");
        }
    }
}
