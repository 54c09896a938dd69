//! Sign in to MIM with Integrated Windows Authentication and list your PAM roles.
//!
//! ```sh
//! kinit jen@PRIV.TEST        # or any way that fills the ccache
//! cargo run -p generated-client --features negotiate --example negotiate -- http://localhost:8086
//! ```
//! With `MIM_SPN=HTTP@pamsrv.priv.test` the ticket is asked for that service principal (for a
//! base URL whose host is a DNS alias); with `MIM_USER`/`MIM_PASSWORD` a password is used
//! (Kerberos, then NTLM) instead of the ccache.

use generated_client::negotiate::{Mechanisms, Negotiate};
use generated_client::pam::Client;
use generated_client::support::Credentials;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "http://localhost:8086".into());
    let mut negotiate = match (std::env::var("MIM_USER"), std::env::var("MIM_PASSWORD")) {
        (Ok(user), Ok(password)) => {
            Negotiate::with_password(&user, &password, Mechanisms::KerberosThenNtlm)
        }
        _ => Credentials::negotiate(),
    };
    if let Ok(spn) = std::env::var("MIM_SPN") {
        negotiate = negotiate.service_principal(&spn);
    }
    let client = Client::new_with_credentials(&base, negotiate)?;
    let me = client.get_pam_session_info().send().await?.into_inner();
    println!("signed in as {}", me.value[0].username);
    for role in client.list_pam_roles().send().await?.into_inner().value {
        println!("{} {:?}", role.role_id, role.display_name);
    }
    Ok(())
}
