//! The PAM approval flow against a running MIM (or `cargo run -p mim-emulator`), with the
//! generated client: Jen asks for ApprovalRole, Bob approves, Jen closes.
//!
//! `cargo run -p generated-client --example approval_flow -- http://127.0.0.1:8086`

use generated_client::pam::Client;
use generated_client::support::Credentials;

const APPROVAL_ROLE: &str = "c28eab4a-95cf-4c08-a153-d5e8a9e660cd";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "http://127.0.0.1:8086".to_string());
    let jen = Client::new_with_credentials(&base, Credentials::basic("PRIV\\Jen", "Pa55w.rd"))?;
    let bob = Client::new_with_credentials(&base, Credentials::basic("PRIV\\Bob", "Pa55w.rd"))?;

    // Jen lists her roles and asks for ApprovalRole for one hour.
    for role in jen.list_pam_roles().send().await?.into_inner().value {
        println!(
            "role {} {:?} (approval: {})",
            role.role_id, role.display_name, role.approval_enabled
        );
    }
    // The documented query form: RoleId, RequestedTTL (seconds) and an optional Justification.
    let created = jen
        .create_pam_request()
        .role_id(APPROVAL_ROLE.parse::<uuid::Uuid>()?)
        .requested_ttl(3600)
        .justification("Fix the domain controller")
        .send()
        .await?
        .into_inner();
    println!(
        "created {} -> {}",
        created.request_id, created.request_status
    );

    // Bob finds the pending approval for that request and approves it.
    let pending = bob
        .list_pam_requests_to_approve()
        .send()
        .await?
        .into_inner()
        .value;
    let approval = pending
        .iter()
        .find(|p| p.fim_request_id.value == created.request_id)
        .ok_or("the request is not among Bob's pending approvals")?;
    bob.approve_pam_request()
        .approval_id(approval.approval_object_id.value)
        .send()
        .await?;
    println!("approved by Bob");

    // Jen sees it active, then closes it.
    let filter = format!("RequestId eq guid'{}'", created.request_id);
    let mine = jen
        .list_pam_requests()
        .filter(filter.clone())
        .send()
        .await?
        .into_inner()
        .value;
    println!(
        "now {} until {}",
        mine[0].request_status, mine[0].expiration_time
    );
    jen.close_pam_request()
        .request_id(created.request_id)
        .send()
        .await?;
    let mine = jen
        .list_pam_requests()
        .filter(filter)
        .send()
        .await?
        .into_inner()
        .value;
    println!(
        "now {} (expired at {})",
        mine[0].request_status, mine[0].expiration_time
    );
    Ok(())
}
