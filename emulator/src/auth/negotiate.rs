//! The Negotiate/NTLM layer: runs the exchange in front of the router and leaves a [`Verdict`].
//!
//! - Kerberos (SPNEGO): the service key comes from the keytab that `KRB5_KTNAME` names
//!   (`--keytab` sets it before any thread starts). A complete context signs the client
//!   principal in (`jen@PRIV.TEST` → `PRIV\Jen`), and its mutual-authentication token goes back
//!   on the final response as `WWW-Authenticate: Negotiate <token>`. MIT's replay cache refuses
//!   a token seen before.
//! - NTLM, under `NTLM` or inside `Negotiate`: NEGOTIATE gets a CHALLENGE (401), AUTHENTICATE
//!   is checked against the seeded password. The CHALLENGE is remembered per connection (the
//!   peer address that the server puts in `ConnectInfo`), so all legs must come on one
//!   connection, as with IIS.
//!
//! Half-finished contexts are bounded: at most [`MAX_PENDING`] at once, each dropped after
//! [`PENDING_TTL`]. Tokens are bounded by [`MAX_TOKEN_BYTES`]. GSSAPI blocks (replay cache I/O),
//! so every GSSAPI call runs on the blocking pool.

use super::{Verdict, ntlm, user_by_login, user_by_principal};
use crate::store::Store;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine as _;
use libgssapi::context::{SecurityContext, ServerCtx};
use libgssapi::credential::{Cred, CredUsage};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Most half-finished exchanges kept at once.
pub const MAX_PENDING: usize = 4096;
/// How long a half-finished exchange waits for its next leg.
pub const PENDING_TTL: Duration = Duration::from_secs(60);
/// Longest token accepted (base64-decoded); Kerberos tickets with a PAC fit in a few KiB.
pub const MAX_TOKEN_BYTES: usize = 48 * 1024;

enum Half {
    Kerberos(ServerCtx),
    Ntlm(Box<ntlm::Pending>),
}

/// The acceptor's state, shared by all requests.
pub struct Acceptor {
    store: Arc<dyn Store>,
    /// The service credentials; `None` when Kerberos is off (NTLM still works).
    service: Option<Cred>,
    pending: Mutex<HashMap<SocketAddr, (Instant, Half)>>,
}

impl Acceptor {
    /// With `kerberos`, acquire the service key from `KRB5_KTNAME` now, so a bad keytab stops
    /// the start instead of failing every request.
    pub fn new(store: Arc<dyn Store>, schemes: super::Schemes) -> anyhow::Result<Self> {
        let service = match schemes.kerberos {
            super::Offer::On => Some(Cred::acquire(None, None, CredUsage::Accept, None).map_err(
                |e| {
                    anyhow::anyhow!(
                        "no service key in the keytab ({}): {e}",
                        std::env::var("KRB5_KTNAME").unwrap_or_else(|_| "default keytab".into())
                    )
                },
            )?),
            super::Offer::Off => None,
        };
        Ok(Self {
            store,
            service,
            pending: Mutex::new(HashMap::new()),
        })
    }

    fn take(&self, peer: SocketAddr) -> Option<Half> {
        let mut pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        let (since, half) = pending.remove(&peer)?;
        (since.elapsed() < PENDING_TTL).then_some(half)
    }

    fn keep(&self, peer: SocketAddr, half: Half) -> Result<(), String> {
        let mut pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        if pending.len() >= MAX_PENDING {
            pending.retain(|_, (since, _)| since.elapsed() < PENDING_TTL);
        }
        if pending.len() >= MAX_PENDING {
            return Err("too many unfinished authentication exchanges; try again".into());
        }
        pending.insert(peer, (Instant::now(), half));
        Ok(())
    }
}

/// The outcome of one leg: the verdict, and a token for the final response (mutual auth).
struct Leg {
    verdict: Verdict,
    proof: Option<Vec<u8>>,
}

impl Leg {
    fn refused(reason: impl Into<String>) -> Self {
        Self {
            verdict: Verdict::Refused(reason.into()),
            proof: None,
        }
    }
}

/// The middleware (install with `axum::middleware::from_fn_with_state`).
pub async fn layer(
    State(acceptor): State<Arc<Acceptor>>,
    mut request: Request,
    next: Next,
) -> Response {
    let Some((scheme, token)) = exchange_token(request.headers()) else {
        return next.run(request).await;
    };
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0);
    let leg = match token {
        Err(reason) => Leg::refused(reason),
        Ok(token) if ntlm::message_type(&token).is_some() => {
            ntlm_leg(&acceptor, peer, &scheme, &token).await
        }
        Ok(token) => kerberos_leg(acceptor.clone(), peer, token).await,
    };
    match &leg.verdict {
        Verdict::SignedIn(user) => tracing::info!(user = %user.name, %scheme, "signed in"),
        Verdict::Refused(reason) => tracing::info!(%scheme, %reason, "sign-in refused"),
        Verdict::Continue(_) => tracing::debug!(%scheme, "sign-in continues"),
    }
    request.extensions_mut().insert(leg.verdict);
    let mut response = next.run(request).await;
    if let Some(proof) = leg.proof {
        let value = format!(
            "Negotiate {}",
            base64::engine::general_purpose::STANDARD.encode(proof)
        );
        if let Ok(value) = HeaderValue::from_str(&value) {
            response
                .headers_mut()
                .append(header::WWW_AUTHENTICATE, value);
        }
    }
    response
}

/// `Authorization: Negotiate|NTLM <base64>` → (scheme, decoded token); other schemes → None.
fn exchange_token(headers: &axum::http::HeaderMap) -> Option<(String, Result<Vec<u8>, String>)> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("negotiate") && !scheme.eq_ignore_ascii_case("ntlm") {
        return None;
    }
    let token = token.trim();
    let decoded = if token.len() > MAX_TOKEN_BYTES * 4 / 3 + 4 {
        Err(format!(
            "the {scheme} token is longer than {MAX_TOKEN_BYTES} bytes"
        ))
    } else {
        base64::engine::general_purpose::STANDARD
            .decode(token)
            .map_err(|_| format!("the {scheme} token is not base64"))
    };
    Some((scheme.to_string(), decoded))
}

async fn kerberos_leg(acceptor: Arc<Acceptor>, peer: Option<SocketAddr>, token: Vec<u8>) -> Leg {
    let Some(service) = acceptor.service.clone() else {
        return Leg::refused(
            "Kerberos is not enabled on this server (start the emulator with --keytab).",
        );
    };
    let worker = acceptor.clone();
    let outcome = tokio::task::spawn_blocking(move || {
        let mut context = match peer.and_then(|p| worker.take(p)) {
            Some(Half::Kerberos(context)) => context,
            _ => ServerCtx::new(Some(service)),
        };
        let step = context.step(&token, None);
        let principal = match &step {
            Ok(_) if context.is_complete() => context.source_name().map(|n| n.to_string()).ok(),
            _ => None,
        };
        (context, step, principal)
    })
    .await;
    let (context, step, principal) = match outcome {
        Ok(outcome) => outcome,
        Err(e) => return Leg::refused(format!("Kerberos acceptor failed: {e}")),
    };
    match (step, principal) {
        (Err(e), _) => Leg::refused(format!("Kerberos token refused: {e}")),
        (Ok(proof), Some(principal)) => {
            match user_by_principal(&acceptor.store, &principal).await {
                Ok(Some(user)) => Leg {
                    verdict: Verdict::SignedIn(user),
                    proof: proof.map(|t| t.to_vec()),
                },
                Ok(None) => Leg::refused(format!("{principal} is not a user of this server.")),
                Err(e) => Leg::refused(format!("user lookup failed: {}", e.message())),
            }
        }
        (Ok(Some(next)), None) => {
            let Some(peer) = peer else {
                return Leg::refused("a multi-round Negotiate needs a connection identity");
            };
            match acceptor.keep(peer, Half::Kerberos(context)) {
                Ok(()) => Leg {
                    verdict: Verdict::Continue(format!(
                        "Negotiate {}",
                        base64::engine::general_purpose::STANDARD.encode(&*next)
                    )),
                    proof: None,
                },
                Err(reason) => Leg::refused(reason),
            }
        }
        (Ok(None), None) => Leg::refused("Kerberos context incomplete without a token"),
    }
}

async fn ntlm_leg(
    acceptor: &Acceptor,
    peer: Option<SocketAddr>,
    scheme: &str,
    token: &[u8],
) -> Leg {
    let Some(peer) = peer else {
        return Leg::refused("NTLM needs a connection identity, which this server lacks");
    };
    match ntlm::message_type(token) {
        Some(1) => match ntlm::challenge(token) {
            Ok((pending, challenge)) => match acceptor.keep(peer, Half::Ntlm(Box::new(pending))) {
                Ok(()) => Leg {
                    verdict: Verdict::Continue(format!(
                        "{scheme} {}",
                        base64::engine::general_purpose::STANDARD.encode(challenge)
                    )),
                    proof: None,
                },
                Err(reason) => Leg::refused(reason),
            },
            Err(reason) => Leg::refused(reason),
        },
        Some(3) => {
            let Some(Half::Ntlm(pending)) = acceptor.take(peer) else {
                return Leg::refused(
                    "NTLM AUTHENTICATE without a CHALLENGE on this connection (all three legs must use one connection)",
                );
            };
            let Some((domain, account)) = ntlm::claimed_user(token) else {
                return Leg::refused("malformed NTLM AUTHENTICATE message");
            };
            let login = if domain.is_empty() {
                account.clone()
            } else {
                format!("{domain}\\{account}")
            };
            let user = match user_by_login(&acceptor.store, &login).await {
                Ok(Some(user)) => user,
                Ok(None) => return Leg::refused(super::DENIED),
                Err(e) => return Leg::refused(format!("user lookup failed: {}", e.message())),
            };
            match ntlm::authenticate(*pending, token, &domain, &account, &user.password) {
                Ok(()) => Leg {
                    verdict: Verdict::SignedIn(user),
                    proof: None,
                },
                Err(_) => Leg::refused(super::DENIED),
            }
        }
        _ => Leg::refused("unexpected NTLM message"),
    }
}
