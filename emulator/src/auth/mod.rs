//! Who is calling: HTTP Basic against the seeded users, and (feature `negotiate`) Integrated
//! Windows Authentication as IIS offers it to MIM's clients: `Negotiate` (Kerberos through
//! SPNEGO) and `NTLM` (pam-api.md §1.5, cm-api.md §2.6).
//!
//! The exchange schemes need two things the runtime's [`Authenticator`] hook cannot give: state
//! per connection (NTLM's three legs, half-finished SPNEGO contexts) and a header on the final
//! response (Kerberos's mutual-authentication token). So they run in a layer in front of the
//! router (`negotiate::layer`, with the `negotiate` feature) that leaves its [`Verdict`] in the request's extensions; the
//! [`EmulatorAuth`] hook then turns the verdict, or Basic credentials, into the caller, or into a
//! 401 with the API's own error body and every challenge the emulator offers.

#[cfg(feature = "negotiate")]
pub mod negotiate;
#[cfg(feature = "negotiate")]
mod ntlm;

use crate::error::Fail;
use crate::store::{Store, User, read_async, users};
use axum::http::request::Parts;
use generated_server_stubs::runtime::{Authenticator, Unauthorized, basic_credentials};
use std::sync::Arc;

/// The message of a 401 for a request without usable credentials.
pub const DENIED: &str = "Authorization has been denied for this request.";

/// Which schemes the emulator offers. Invariant: at least one is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schemes {
    /// Kerberos through SPNEGO (needs a keytab).
    pub kerberos: Offer,
    /// NTLM with the seeded passwords.
    pub ntlm: Offer,
    /// HTTP Basic with the seeded passwords (the five-minute walkthrough).
    pub basic: Offer,
}

/// Whether a scheme is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    On,
    Off,
}

impl Schemes {
    /// Basic only: what a build without the `negotiate` feature offers.
    pub const BASIC_ONLY: Schemes = Schemes {
        kerberos: Offer::Off,
        ntlm: Offer::Off,
        basic: Offer::On,
    };

    /// What is offered, for logs: the challenges comma-joined (`Negotiate, NTLM, Basic …`).
    pub fn summary(&self) -> String {
        self.offers().join(", ")
    }

    /// Every offered scheme's challenge, in IIS's order; a 401 sends each on its own
    /// `WWW-Authenticate` line (see the runtime's `Unauthorized`), as IIS does and Chromium needs.
    pub fn offers(&self) -> Vec<&'static str> {
        let mut offers = Vec::new();
        if self.kerberos == Offer::On {
            offers.push("Negotiate");
        }
        if self.ntlm == Offer::On {
            offers.push("NTLM");
        }
        if self.basic == Offer::On {
            offers.push("Basic realm=\"MIM\"");
        }
        offers
    }
}

/// What the Negotiate layer decided about a request (a request extension).
#[derive(Debug, Clone)]
pub enum Verdict {
    /// Signed in as this user.
    SignedIn(User),
    /// Half-way through an exchange: answer 401 with this challenge (`NTLM <type 2>`).
    Continue(String),
    /// The token was refused; the reason goes into the 401's error body.
    Refused(String),
}

/// The runtime's authentication hook for both APIs.
#[derive(Clone)]
pub struct EmulatorAuth {
    store: Arc<dyn Store>,
    schemes: Schemes,
}

impl EmulatorAuth {
    pub fn new(store: Arc<dyn Store>, schemes: Schemes) -> Self {
        Self { store, schemes }
    }

    fn refuse(&self, message: &str) -> Unauthorized {
        Unauthorized::new(self.schemes.offers(), message)
    }
}

/// The seeded user a login name denotes (`PRIV\Jen`, `PRIV.Jen`, `Jen@PRIV`, `Jen`, any case),
/// looked up by index on a reader thread, off the async workers.
pub async fn user_by_login(store: &Arc<dyn Store>, login: &str) -> Result<Option<User>, Fail> {
    let login = login.to_string();
    read_async(store, move |conn| Ok(users::by_login(conn, &login)?)).await
}

/// The user a Kerberos principal denotes: `jen@PRIV.TEST` is `PRIV\jen` (the account name, and
/// the realm's first label as the NetBIOS domain, as AD names them).
pub async fn user_by_principal(
    store: &Arc<dyn Store>,
    principal: &str,
) -> Result<Option<User>, Fail> {
    let Some((account, realm)) = principal.rsplit_once('@') else {
        return Ok(None);
    };
    let domain = realm.split('.').next().unwrap_or(realm).to_string();
    let account = account.to_string();
    read_async(store, move |conn| {
        Ok(users::by_account(conn, &domain, &account)?)
    })
    .await
}

impl Authenticator for EmulatorAuth {
    type Caller = User;

    async fn authenticate(&self, parts: &Parts) -> Result<User, Unauthorized> {
        match parts.extensions.get::<Verdict>() {
            Some(Verdict::SignedIn(user)) => return Ok(user.clone()),
            Some(Verdict::Continue(challenge)) => {
                return Err(Unauthorized::new([challenge.as_str()], DENIED));
            }
            Some(Verdict::Refused(reason)) => return Err(self.refuse(reason)),
            None => {}
        }
        let Some((name, password)) = basic_credentials(&parts.headers) else {
            return Err(self.refuse(DENIED));
        };
        if self.schemes.basic == Offer::Off {
            return Err(self.refuse("Basic authentication is turned off on this server."));
        }
        match user_by_login(&self.store, &name).await {
            Ok(Some(user)) if user.password == password => Ok(user),
            Ok(_) => Err(self.refuse(DENIED)),
            Err(e) => Err(self.refuse(&format!("user lookup failed: {}", e.message()))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_challenges_list_what_is_offered_in_iis_order() {
        let all = Schemes {
            kerberos: Offer::On,
            ntlm: Offer::On,
            basic: Offer::On,
        };
        assert_eq!(all.offers(), ["Negotiate", "NTLM", "Basic realm=\"MIM\""]);
        assert_eq!(all.summary(), "Negotiate, NTLM, Basic realm=\"MIM\"");
        assert_eq!(Schemes::BASIC_ONLY.offers(), ["Basic realm=\"MIM\""]);
        let iwa = Schemes {
            basic: Offer::Off,
            ..all
        };
        assert_eq!(iwa.offers(), ["Negotiate", "NTLM"]);
    }
}
