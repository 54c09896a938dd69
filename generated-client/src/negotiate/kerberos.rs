//! Kerberos through MIT GSSAPI with SPNEGO, as IIS's `Negotiate` expects.
//!
//! Every call here may block (KDC round trips, ccache and replay-cache files), so the exchange
//! in `super` runs them on tokio's blocking pool, never on an async worker. A context is used by
//! one thread at a time (GSSAPI forbids concurrent calls on one context); it moves into the
//! blocking task and back.

use crate::auth::AuthError;
use libgssapi::context::{ClientCtx, CtxFlags, SecurityContext};
use libgssapi::credential::{Cred, CredUsage};
use libgssapi::error::{Error as GssError, MajorFlags};
use libgssapi::name::Name;
use libgssapi::oid::{
    GSS_MECH_SPNEGO, GSS_NT_HOSTBASED_SERVICE, GSS_NT_KRB5_PRINCIPAL, GSS_NT_USER_NAME, OidSet,
};

/// Where the client's Kerberos credentials come from.
#[derive(Debug, Clone)]
pub(crate) enum Source {
    /// The default ccache (`KRB5CCNAME`, what `kinit` fills), or the client keytab named by
    /// `KRB5_CLIENT_KTNAME`, which MIT GSSAPI uses when the ccache is empty.
    Default,
    /// A principal and its password (`jen@PRIV.TEST`, or `PRIV\Jen` mapped to `Jen@PRIV`).
    Password { principal: String, password: String },
}

/// A half- or fully-established client context.
pub(crate) struct Context {
    ctx: ClientCtx,
}

impl Context {
    /// Acquire credentials and make the first token for `service` (`HTTP@host`). Blocks.
    pub fn start(source: &Source, service: &str) -> Result<(Self, Vec<u8>), AuthError> {
        let cred = match source {
            Source::Default => Cred::acquire(None, None, CredUsage::Initiate, None)
                .map_err(|e| classify(&e, service))?,
            Source::Password {
                principal,
                password,
            } => {
                let name = Name::new(principal.as_bytes(), Some(GSS_NT_USER_NAME))
                    .map_err(|e| AuthError::InvalidCredentials(format!("{principal}: {e}")))?;
                // MIT hands SPNEGO only the SPNEGO element of a credential; a credential without
                // one makes SPNEGO fall back to the default ccache (someone else's ticket).
                let spnego = OidSet::singleton(GSS_MECH_SPNEGO)
                    .map_err(|e| AuthError::Other(format!("GSSAPI mechanism set: {e}")))?;
                Cred::acquire_with_password(
                    Some(&name),
                    password,
                    None,
                    CredUsage::Initiate,
                    Some(&spnego),
                )
                .map_err(|e| classify(&e, service))?
            }
        };
        // `HTTP@host` is a host-based service name; `HTTP/host@REALM` a Kerberos principal.
        let kind = if service.contains('/') {
            GSS_NT_KRB5_PRINCIPAL
        } else {
            GSS_NT_HOSTBASED_SERVICE
        };
        let target = Name::new(service.as_bytes(), Some(kind))
            .map_err(|e| AuthError::Other(format!("service name {service}: {e}")))?;
        let mut ctx = ClientCtx::new(
            Some(cred),
            target,
            CtxFlags::GSS_C_MUTUAL_FLAG | CtxFlags::GSS_C_SEQUENCE_FLAG,
            Some(GSS_MECH_SPNEGO),
        );
        let token = ctx
            .step(None, None)
            .map_err(|e| classify(&e, service))?
            .ok_or_else(|| AuthError::Other("GSSAPI produced no initial token".into()))?;
        Ok((Self { ctx }, token.to_vec()))
    }

    /// Feed the server's token; returns the next token to send, if any. Blocks.
    pub fn step(&mut self, server_token: &[u8]) -> Result<Option<Vec<u8>>, GssError> {
        Ok(self.ctx.step(Some(server_token), None)?.map(|t| t.to_vec()))
    }

    /// Has the server proved its identity (mutual authentication done)?
    pub fn is_complete(&self) -> bool {
        self.ctx.is_complete()
    }
}

/// Turn a GSSAPI failure into an error that says what to do.
pub(crate) fn classify(error: &GssError, service: &str) -> AuthError {
    let detail = error.to_string();
    let lower = detail.to_ascii_lowercase();
    let unknown_principal = lower.contains("not found in kerberos database");
    if unknown_principal && lower.contains("server ") || lower.contains("server principal unknown")
    {
        AuthError::UnknownService {
            service: service.to_string(),
            detail,
        }
    } else if lower.contains("clock skew") {
        AuthError::ClockSkew(detail)
    } else if error.major.contains(MajorFlags::GSS_S_CREDENTIALS_EXPIRED)
        || lower.contains("expired")
    {
        AuthError::Expired(detail)
    } else if unknown_principal {
        AuthError::InvalidCredentials(format!("the KDC does not know this user: {detail}"))
    } else if error.major.contains(MajorFlags::GSS_S_NO_CRED)
        || lower.contains("no credentials")
        || lower.contains("not found")
        || lower.contains("no such file")
    {
        AuthError::NoTicket(detail)
    } else {
        AuthError::Other(format!("Kerberos: {detail}"))
    }
}
