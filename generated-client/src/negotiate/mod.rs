//! Integrated Windows Authentication, as IIS hosts MIM's PAM and CM APIs (pam-api.md §1.5,
//! cm-api.md §2.6): `WWW-Authenticate: Negotiate` (Kerberos through SPNEGO) with NTLM beside it.
//!
//! What one request does:
//! 1. Kerberos first: credentials from the default ccache (or `KRB5_CLIENT_KTNAME`'s keytab), or
//!    from a password; a token for `HTTP@<host of the base URL>` (or the configured principal);
//!    sent as `Authorization: Negotiate …`. A fresh context and token for every request: MIT's
//!    replay cache refuses a token it has seen, so no header is ever cached.
//! 2. While the server answers 401 with `Negotiate <token>`, feed it and send the next token, at
//!    most [`MAX_ROUNDS`] rounds.
//! 3. On the final answer, check the server's token (mutual authentication): a missing or wrong
//!    token is [`AuthError::MutualAuthFailed`], never a silent success.
//! 4. NTLM when a password is known and Kerberos cannot be had (no ticket, unknown principal) or
//!    the server offers only NTLM: NEGOTIATE, CHALLENGE, AUTHENTICATE on one connection.
//!
//! GSSAPI blocks (KDC, ccache and replay-cache I/O): every GSSAPI call runs on tokio's blocking
//! pool.

mod challenge;
mod kerberos;
mod ntlm;

use crate::auth::{AuthError, AuthHook, ExecuteError, ExecuteFuture};
use challenge::{Challenge, authorization, challenges, find};
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderValue};
use std::sync::OnceLock;

/// Most 401 rounds one request may take (SPNEGO with Kerberos needs one).
pub const MAX_ROUNDS: usize = 4;

/// Most bytes of a refusal's body read to find the server's message.
const MAX_REFUSAL_BODY: usize = 16 * 1024;

/// Negotiate credentials; build with [`crate::support::Credentials::negotiate`] or
/// [`Negotiate::with_password`], then pass to `Client::new_with_credentials`.
pub struct Negotiate {
    kerberos: Option<kerberos::Source>,
    ntlm: Option<ntlm::Identity>,
    service: Option<String>,
    /// NTLM authenticates a connection: its legs go through a client that keeps one idle
    /// connection per host, one exchange at a time.
    ntlm_client: OnceLock<reqwest::Client>,
    ntlm_turn: tokio::sync::Mutex<()>,
}

impl std::fmt::Debug for Negotiate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Negotiate")
            .field("kerberos", &self.kerberos.as_ref().map(|_| "<credentials>"))
            .field("ntlm", &self.ntlm)
            .field("service", &self.service)
            .finish()
    }
}

/// Whether Kerberos is tried before NTLM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mechanisms {
    /// Kerberos, then NTLM where a password is known (the default; what browsers do).
    KerberosThenNtlm,
    /// NTLM only (e.g. a machine outside the domain).
    NtlmOnly,
}

impl Negotiate {
    fn new(kerberos: Option<kerberos::Source>, ntlm: Option<ntlm::Identity>) -> Self {
        Self {
            kerberos,
            ntlm,
            service: None,
            ntlm_client: OnceLock::new(),
            ntlm_turn: tokio::sync::Mutex::new(()),
        }
    }

    /// The default ccache (what `kinit` leaves) or `KRB5_CLIENT_KTNAME`'s keytab; no NTLM.
    pub(crate) fn default_credentials() -> Self {
        Self::new(Some(kerberos::Source::Default), None)
    }

    /// A user name and password: a Kerberos ticket got with the password, then NTLM.
    ///
    /// `user` is `DOMAIN\name` (Kerberos: `name` in the default realm of krb5.conf; NTLM: as
    /// given), or `name@REALM` (Kerberos: as given).
    pub fn with_password(user: &str, password: &str, mechanisms: Mechanisms) -> Self {
        let principal = match user.split_once('\\') {
            Some((_, account)) => account.to_string(),
            None => user.to_string(),
        };
        let kerberos =
            (mechanisms == Mechanisms::KerberosThenNtlm).then(|| kerberos::Source::Password {
                principal,
                password: password.to_string(),
            });
        Self::new(
            kerberos,
            Some(ntlm::Identity {
                user: user.to_string(),
                password: password.to_string(),
            }),
        )
    }

    /// The service principal to ask tickets for, when the host in the base URL is a DNS alias:
    /// `HTTP@mim.contoso.com` (host-based) or `HTTP/mim.contoso.com@CONTOSO.COM`.
    pub fn service_principal(mut self, name: &str) -> Self {
        self.service = Some(name.to_string());
        self
    }

    fn service_for(&self, url: &reqwest::Url) -> Result<String, AuthError> {
        match (&self.service, url.host_str()) {
            (Some(name), _) => Ok(name.clone()),
            (None, Some(host)) => Ok(format!("HTTP@{}", host.trim_matches(['[', ']']))),
            (None, None) => Err(AuthError::InvalidCredentials(format!(
                "{url} has no host to name the service principal after"
            ))),
        }
    }

    async fn run(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
    ) -> Result<reqwest::Response, ExecuteError> {
        let service = self.service_for(request.url())?;
        let kerberos_failure = match &self.kerberos {
            Some(source) => {
                let (source, target) = (source.clone(), service.clone());
                match blocking(move || kerberos::Context::start(&source, &target)).await? {
                    Ok((context, token)) => {
                        return self
                            .kerberos_exchange(client, request, context, token, &service)
                            .await;
                    }
                    Err(error) => Some(error),
                }
            }
            None => None,
        };
        match (&self.ntlm, kerberos_failure) {
            (Some(identity), _) => self.ntlm_exchange(request, identity, &service).await,
            (None, Some(error)) => Err(error.into()),
            (None, None) => Err(AuthError::InvalidCredentials(
                "Negotiate without Kerberos needs a user name and password".into(),
            )
            .into()),
        }
    }

    async fn kerberos_exchange(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
        mut context: kerberos::Context,
        mut token: Vec<u8>,
        service: &str,
    ) -> Result<reqwest::Response, ExecuteError> {
        for _ in 0..MAX_ROUNDS {
            let response = client
                .execute(with_token(&request, "Negotiate", &token)?)
                .await?;
            let offers = challenges(response.headers());
            let server_token = find(&offers, "Negotiate").and_then(|c| c.token.clone());
            if response.status() != StatusCode::UNAUTHORIZED {
                verify_mutual(context, server_token, service).await?;
                return Ok(response);
            }
            match server_token {
                Some(server_token) if !context.is_complete() => {
                    let (back, next) = step(context, server_token, service).await?;
                    context = back;
                    match next {
                        Some(next) => token = next,
                        None => return Err(refused("Negotiate", response).await.into()),
                    }
                }
                _ if offers_only_ntlm(&offers) => {
                    if let Some(identity) = &self.ntlm {
                        return self.ntlm_exchange(request, identity, service).await;
                    }
                    return Err(refused("Negotiate", response).await.into());
                }
                _ => return Err(refused("Negotiate", response).await.into()),
            }
        }
        Err(AuthError::TooManyRounds(MAX_ROUNDS).into())
    }

    fn ntlm_client(&self) -> Result<&reqwest::Client, ExecuteError> {
        if let Some(client) = self.ntlm_client.get() {
            return Ok(client);
        }
        let client = crate::support::http_client_builder()
            .pool_max_idle_per_host(1)
            .build()?;
        Ok(self.ntlm_client.get_or_init(|| client))
    }

    async fn ntlm_exchange(
        &self,
        request: reqwest::Request,
        identity: &ntlm::Identity,
        service: &str,
    ) -> Result<reqwest::Response, ExecuteError> {
        let _turn = self.ntlm_turn.lock().await;
        let client = self.ntlm_client()?;
        let target = service.replacen('@', "/", 1);
        let (mut context, negotiate) = ntlm::Context::start(identity, &target)?;
        // IIS offers `NTLM` beside `Negotiate`; a server offering only `Negotiate` takes the
        // same NTLM messages under that name.
        for scheme in ["NTLM", "Negotiate"] {
            let response = client
                .execute(with_token(&request, scheme, &negotiate)?)
                .await?;
            if response.status() != StatusCode::UNAUTHORIZED {
                return Ok(response);
            }
            let offers = challenges(response.headers());
            let Some(server_challenge) = find(&offers, scheme).and_then(|c| c.token.clone()) else {
                if scheme == "NTLM" && find(&offers, "Negotiate").is_some() {
                    let _ = response.bytes().await; // back to the pool, same connection next
                    continue;
                }
                return Err(refused("NTLM", response).await.into());
            };
            let _ = response.bytes().await;
            let authenticate = context.authenticate(&server_challenge)?;
            let response = client
                .execute(with_token(&request, scheme, &authenticate)?)
                .await?;
            if response.status() == StatusCode::UNAUTHORIZED {
                return Err(refused("NTLM", response).await.into());
            }
            return Ok(response);
        }
        Err(AuthError::TooManyRounds(MAX_ROUNDS).into())
    }
}

impl AuthHook for Negotiate {
    fn authorization(&self, _: &reqwest::Request) -> Result<Option<HeaderValue>, AuthError> {
        Ok(None)
    }

    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
    ) -> ExecuteFuture<'a> {
        Box::pin(self.run(client, request))
    }
}

/// Run a blocking GSSAPI call off the async workers.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AuthError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AuthError::Other(format!("the GSSAPI task failed: {e}")))
}

async fn step(
    mut context: kerberos::Context,
    server_token: Vec<u8>,
    service: &str,
) -> Result<(kerberos::Context, Option<Vec<u8>>), AuthError> {
    let (context, outcome) = blocking(move || {
        let outcome = context.step(&server_token);
        (context, outcome)
    })
    .await?;
    let next = outcome.map_err(|e| kerberos::classify(&e, service))?;
    Ok((context, next))
}

/// The final answer must carry the server's proof (AP-REP) unless the context already holds it.
async fn verify_mutual(
    context: kerberos::Context,
    server_token: Option<Vec<u8>>,
    service: &str,
) -> Result<(), AuthError> {
    if context.is_complete() {
        return Ok(());
    }
    let Some(server_token) = server_token else {
        return Err(AuthError::MutualAuthFailed(
            "the response carried no `WWW-Authenticate: Negotiate <token>`".into(),
        ));
    };
    match step(context, server_token, service).await {
        Ok((context, _)) if context.is_complete() => Ok(()),
        Ok(_) => Err(AuthError::MutualAuthFailed(
            "the server's token did not complete the context".into(),
        )),
        Err(error) => Err(AuthError::MutualAuthFailed(error.to_string())),
    }
}

fn offers_only_ntlm(offers: &[Challenge]) -> bool {
    find(offers, "NTLM").is_some() && find(offers, "Negotiate").is_none()
}

/// A copy of `request` carrying `scheme token` (the body is bytes, so it can be sent again).
fn with_token(
    request: &reqwest::Request,
    scheme: &str,
    token: &[u8],
) -> Result<reqwest::Request, AuthError> {
    let mut copy = request.try_clone().ok_or_else(|| {
        AuthError::Other("a streaming request body cannot be sent again for Negotiate".into())
    })?;
    let mut value = HeaderValue::from_str(&authorization(scheme, token))
        .map_err(|e| AuthError::Other(format!("token header: {e}")))?;
    value.set_sensitive(true);
    copy.headers_mut().insert(AUTHORIZATION, value);
    Ok(copy)
}

/// The server's refusal with its own words: PAM's `odata.error.message.value`, CM's `Message`,
/// or the start of the body.
async fn refused(scheme: &str, response: reqwest::Response) -> AuthError {
    let status = response.status();
    let body = response.bytes().await.unwrap_or_default();
    let body = &body[..body.len().min(MAX_REFUSAL_BODY)];
    let message = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|v| {
            v.pointer("/odata.error/message/value")
                .or_else(|| v.get("Message"))
                .and_then(|m| m.as_str().map(str::to_string))
        })
        .unwrap_or_else(|| String::from_utf8_lossy(&body[..body.len().min(200)]).into_owned());
    AuthError::Refused {
        scheme: scheme.to_string(),
        reason: format!("HTTP {status}: {message}"),
    }
}
