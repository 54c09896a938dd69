//! HTTP Basic authentication against the seeded users.

use crate::store::{Store, User};
use axum::http::request::Parts;
use generated_server_stubs::runtime::{Authenticator, Unauthorized, basic_credentials};
use std::sync::Arc;

/// The challenge sent with every 401.
pub const CHALLENGE: &str = "Basic realm=\"MIM\"";

/// Checks `Authorization: Basic` against the users in the store.
#[derive(Clone)]
pub struct BasicAuth {
    store: Arc<dyn Store>,
}

impl BasicAuth {
    pub fn new(store: Arc<dyn Store>) -> Self {
        Self { store }
    }
}

/// Does the login name `given` denote `user`? Accepts `PRIV\Jen`, `PRIV.Jen`, `Jen@PRIV` and
/// `Jen`, all case-insensitively.
pub fn name_matches(user: &User, given: &str) -> bool {
    let (domain, account) = user
        .name
        .split_once('\\')
        .unwrap_or(("", user.name.as_str()));
    let given = given.trim();
    let candidates = [
        user.name.clone(),
        format!("{domain}.{account}"),
        format!("{account}@{domain}"),
        account.to_string(),
    ];
    candidates.iter().any(|c| c.eq_ignore_ascii_case(given))
}

/// `PRIV\Jen` → `PRIV.Jen` (the form pending requests show as `Requestor`).
pub fn dotted_name(user: &User) -> String {
    user.name.replacen('\\', ".", 1)
}

fn refuse(message: &str) -> Unauthorized {
    Unauthorized {
        challenge: CHALLENGE.to_string(),
        message: message.to_string(),
    }
}

impl Authenticator for BasicAuth {
    type Caller = User;

    async fn authenticate(&self, parts: &Parts) -> Result<User, Unauthorized> {
        let Some((name, password)) = basic_credentials(&parts.headers) else {
            return Err(refuse("Authorization has been denied for this request."));
        };
        self.store
            .user_by_login(&name)
            .map_err(|e| refuse(&format!("user lookup failed: {e}")))?
            .filter(|u| u.password == password)
            .ok_or_else(|| refuse("Authorization has been denied for this request."))
    }
}
