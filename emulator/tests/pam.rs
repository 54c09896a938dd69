//! PAM end to end through the generated client, against the emulator on loopback.

mod common;

use common::*;
use generated_client::pam::open_enums::PamRequestStatus;
use generated_client::pam::types::PamRequestCreate;
use uuid::Uuid;

const ALLOW_AD: &str = "8f5cec1a-ecba-42ec-b76d-e6e0e4bf4c62";
const APPROVAL_ROLE: &str = "c28eab4a-95cf-4c08-a153-d5e8a9e660cd";
const MFA_ROLE: &str = "6b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
const JEN_ID: &str = "73257e5e-00b3-4309-a330-f1e607ff113a";

fn id(s: &str) -> Uuid {
    s.parse().expect("uuid")
}

/// The generated client sends create in the documented query form; this fills the builder from
/// one value so the tests read like the body they describe.
trait CreateWith {
    fn with(self, body: PamRequestCreate) -> Self;
}

impl CreateWith for generated_client::pam::builder::CreatePamRequest<'_> {
    fn with(self, body: PamRequestCreate) -> Self {
        let mut builder = self.role_id(body.role_id).requested_ttl(body.requested_ttl);
        if let Some(j) = body.justification {
            builder = builder.justification(j);
        }
        if let Some(t) = body.requested_time {
            builder = builder.requested_time(t);
        }
        builder
    }
}

fn create_body(role: &str, ttl: i64) -> PamRequestCreate {
    PamRequestCreate {
        justification: Some("test".into()),
        requested_time: None,
        requested_ttl: ttl,
        role_id: id(role),
    }
}

#[tokio::test]
async fn roles_session_and_filters() {
    let db = temp_db("pam-roles");
    let server = start(&db).await;
    let jen = pam(&server, "PRIV\\Jen");

    let roles = jen
        .list_pam_roles()
        .send()
        .await
        .expect("roles")
        .into_inner();
    assert_eq!(roles.value.len(), 2);
    assert_eq!(roles.value[0].display_name, "Allow AD Access ");
    assert!(
        roles
            .odata_metadata
            .ends_with("/api/pamresources/%24metadata#pamroles"),
        "{}",
        roles.odata_metadata
    );
    assert!(roles.odata_metadata.starts_with(&server.base_url()));

    let filtered = jen
        .list_pam_roles()
        .filter("DisplayName eq 'ApprovalRole'")
        .send()
        .await
        .expect("filter")
        .into_inner();
    assert_eq!(filtered.value.len(), 1);
    assert_eq!(filtered.value[0].role_id, id(APPROVAL_ROLE));

    let err = jen
        .list_pam_roles()
        .filter("DisplayName eq")
        .send()
        .await
        .expect_err("bad filter");
    assert_eq!(status(err), 400);

    let reqs = jen
        .list_pam_requests()
        .filter("CreationTime gt datetime'2015-06-12T04:49:32.431Z' and CreationTime lt datetime'2015-07-13T04:49:32.432Z'")
        .send()
        .await
        .expect("requests")
        .into_inner();
    assert_eq!(reqs.value.len(), 8);
    assert!(reqs.value.iter().all(|r| r.creator_id == id(JEN_ID)));

    let session = jen
        .get_pam_session_info()
        .send()
        .await
        .expect("session")
        .into_inner();
    assert_eq!(session.value[0].username, "PRIV\\Jen");
    // other spellings of the user name
    let dotted = pam(&server, "priv.jen")
        .get_pam_session_info()
        .send()
        .await
        .expect("dotted")
        .into_inner();
    assert_eq!(dotted.value[0].username, "PRIV\\Jen");

    // Eve sees nothing; wrong password is 401
    let eve = pam(&server, "PRIV\\Eve");
    assert!(
        eve.list_pam_roles()
            .send()
            .await
            .expect("eve roles")
            .into_inner()
            .value
            .is_empty()
    );
    assert!(
        eve.list_pam_requests()
            .send()
            .await
            .expect("eve reqs")
            .into_inner()
            .value
            .is_empty()
    );
    assert!(
        eve.list_pam_requests_to_approve()
            .send()
            .await
            .expect("eve pending")
            .into_inner()
            .value
            .is_empty()
    );
    let err = eve
        .create_pam_request()
        .with(create_body(ALLOW_AD, 600))
        .send()
        .await
        .expect_err("eve create");
    assert_eq!(status(err), 403);
    let bad = generated_client::pam::Client::new_with_credentials(
        &server.base_url(),
        generated_client::support::Credentials::basic("PRIV\\Jen", "wrong"),
    )
    .expect("client");
    let err = bad.list_pam_roles().send().await.expect_err("401");
    assert_eq!(status(err), 401);
    server.stop().await.expect("stop");
    remove_db(&db);
}

#[tokio::test]
async fn activate_close_and_limits() {
    let db = temp_db("pam-activate");
    let server = start(&db).await;
    let jen = pam(&server, "PRIV\\Jen");
    let bob = pam(&server, "PRIV\\Bob");

    let created = jen
        .create_pam_request()
        .with(create_body(ALLOW_AD, 600))
        .send()
        .await
        .expect("create");
    assert_eq!(created.status().as_u16(), 201);
    let created = created.into_inner();
    assert_eq!(created.request_status, PamRequestStatus::Active);
    assert_eq!(created.requested_ttl.as_str(), "600");
    let span = created.expiration_time.to_utc() - created.requested_time.to_utc();
    assert_eq!(span.num_seconds(), 600);

    let err = jen
        .create_pam_request()
        .with(create_body(ALLOW_AD, 3601))
        .send()
        .await
        .expect_err("ttl");
    assert_eq!(status(err), 400);

    // scheduled in the future
    let mut later = create_body(ALLOW_AD, 60);
    later.requested_time = Some(mim_wire::MimDateTime::from_utc(
        chrono::Utc::now() + chrono::TimeDelta::hours(2),
    ));
    let scheduled = jen
        .create_pam_request()
        .with(later)
        .send()
        .await
        .expect("scheduled")
        .into_inner();
    assert_eq!(scheduled.request_status, PamRequestStatus::Scheduled);

    // only the creator may close; another user's request is not revealed (404)
    let err = bob
        .close_pam_request()
        .request_id(created.request_id)
        .send()
        .await
        .expect_err("bob close");
    assert_eq!(status(err), 404);
    jen.close_pam_request()
        .request_id(created.request_id)
        .send()
        .await
        .expect("close");
    let err = jen
        .close_pam_request()
        .request_id(created.request_id)
        .send()
        .await
        .expect_err("close twice");
    assert_eq!(status(err), 409);
    let err = jen
        .close_pam_request()
        .request_id(Uuid::new_v4())
        .send()
        .await
        .expect_err("unknown");
    assert_eq!(status(err), 404);

    let mine = jen
        .list_pam_requests()
        .filter("RequestStatus eq 'Closed'")
        .send()
        .await
        .expect("list")
        .into_inner();
    let closed = mine
        .value
        .iter()
        .find(|r| r.request_id == created.request_id)
        .expect("closed request listed");
    assert!(closed.expiration_time.to_utc() <= chrono::Utc::now());

    // MFA: pending without the header, active with it
    let pending = bob
        .create_pam_request()
        .with(create_body(MFA_ROLE, 60))
        .send()
        .await
        .expect("mfa")
        .into_inner();
    assert_eq!(pending.request_status, PamRequestStatus::PendingMfa);
    let raw = reqwest_mfa(&server).await;
    assert_eq!(raw, "Active");
    server.stop().await.expect("stop");
    remove_db(&db);
}

/// Create on the MFA role with the emulator's MFA header (a plain HTTP call: the generated client
/// has no place for extra headers).
async fn reqwest_mfa(server: &mim_emulator::Running) -> String {
    use std::io::{Read, Write};
    let addr = server.addr;
    let body = format!(r#"{{"RoleId":"{MFA_ROLE}","RequestedTTL":60}}"#);
    let request = format!(
        "POST /api/pamresources/pamrequests HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Basic UFJJVlxCb2I6UGE1NXcucmQ=\r\n\
         X-MIM-Emulator-MFA: ok\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(addr).expect("connect");
        stream.write_all(request.as_bytes()).expect("write");
        let mut out = String::new();
        stream.read_to_string(&mut out).expect("read");
        let json = out.split("\r\n\r\n").nth(1).unwrap_or_default().to_string();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
        value["RequestStatus"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    })
    .await
    .expect("join")
}

#[tokio::test]
async fn approval_rejection_and_self_approval() {
    let db = temp_db("pam-approval");
    let server = start(&db).await;
    let jen = pam(&server, "PRIV\\Jen");
    let bob = pam(&server, "PRIV\\Bob");
    let eve = pam(&server, "PRIV\\Eve");

    // approve path
    let req = jen
        .create_pam_request()
        .with(create_body(APPROVAL_ROLE, 1800))
        .send()
        .await
        .expect("create")
        .into_inner();
    assert_eq!(req.request_status, PamRequestStatus::PendingApproval);
    assert!(req.expiration_time.is_unset());
    let pending = bob
        .list_pam_requests_to_approve()
        .send()
        .await
        .expect("pending")
        .into_inner();
    let item = pending
        .value
        .iter()
        .find(|p| p.fim_request_id.value == req.request_id)
        .expect("Bob sees it");
    assert_eq!(item.requestor, "PRIV.Jen");
    assert_eq!(item.role_name, "ApprovalRole");
    let approval = item.approval_object_id.value;
    // Jen is not an approver, Eve neither
    assert_eq!(
        status(
            jen.approve_pam_request()
                .approval_id(approval)
                .send()
                .await
                .expect_err("jen")
        ),
        403
    );
    assert_eq!(
        status(
            eve.approve_pam_request()
                .approval_id(approval)
                .send()
                .await
                .expect_err("eve")
        ),
        // neither approver nor creator: the approval is not revealed
        404
    );
    assert_eq!(
        status(
            bob.approve_pam_request()
                .approval_id(Uuid::new_v4())
                .send()
                .await
                .expect_err("unknown")
        ),
        404
    );
    bob.approve_pam_request()
        .approval_id(approval)
        .send()
        .await
        .expect("approve");
    assert_eq!(
        status(
            bob.reject_pam_request()
                .approval_id(approval)
                .send()
                .await
                .expect_err("again")
        ),
        409
    );
    let filter = format!("RequestId eq guid'{}'", req.request_id);
    let now = jen
        .list_pam_requests()
        .filter(filter.as_str())
        .send()
        .await
        .expect("list")
        .into_inner();
    assert_eq!(now.value.len(), 1);
    assert_eq!(now.value[0].request_status, PamRequestStatus::Active);
    jen.close_pam_request()
        .request_id(req.request_id)
        .send()
        .await
        .expect("close");
    let now = jen
        .list_pam_requests()
        .filter(filter.as_str())
        .send()
        .await
        .expect("list")
        .into_inner();
    assert_eq!(now.value[0].request_status, PamRequestStatus::Closed);

    // reject path
    let req = jen
        .create_pam_request()
        .with(create_body(APPROVAL_ROLE, 60))
        .send()
        .await
        .expect("create")
        .into_inner();
    let pending = bob
        .list_pam_requests_to_approve()
        .filter("RoleName eq 'ApprovalRole'")
        .send()
        .await
        .expect("pending")
        .into_inner();
    let approval = pending
        .value
        .iter()
        .find(|p| p.fim_request_id.value == req.request_id)
        .expect("listed")
        .approval_object_id
        .value;
    bob.reject_pam_request()
        .approval_id(approval)
        .send()
        .await
        .expect("reject");
    let filter = format!("RequestId eq guid'{}'", req.request_id);
    let now = jen
        .list_pam_requests()
        .filter(filter.as_str())
        .send()
        .await
        .expect("list")
        .into_inner();
    assert_eq!(now.value[0].request_status, PamRequestStatus::Rejected);
    let pending = bob
        .list_pam_requests_to_approve()
        .send()
        .await
        .expect("pending")
        .into_inner();
    assert!(
        pending
            .value
            .iter()
            .all(|p| p.fim_request_id.value != req.request_id)
    );

    // self-approval refused
    let own = bob
        .create_pam_request()
        .with(create_body(APPROVAL_ROLE, 60))
        .send()
        .await
        .expect("bob create")
        .into_inner();
    let pending = bob
        .list_pam_requests_to_approve()
        .send()
        .await
        .expect("pending")
        .into_inner();
    assert!(
        pending
            .value
            .iter()
            .all(|p| p.fim_request_id.value != own.request_id),
        "an approver never sees his own request"
    );
    let approval = approval_id_in_db(&db, own.request_id);
    assert_eq!(
        status(
            bob.approve_pam_request()
                .approval_id(approval)
                .send()
                .await
                .expect_err("self")
        ),
        403
    );
    server.stop().await.expect("stop");
    remove_db(&db);
}

#[tokio::test]
async fn metadata_and_restart() {
    let db = temp_db("pam-restart");
    let server = start(&db).await;
    let csdl = metadata(&server).await;
    assert!(
        csdl.contains("EntitySet Name=\"pamrequeststoapprove\""),
        "{csdl}"
    );
    let jen = pam(&server, "PRIV\\Jen");
    let created = jen
        .create_pam_request()
        .with(create_body(ALLOW_AD, 900))
        .send()
        .await
        .expect("create")
        .into_inner();
    server.stop().await.expect("stop");

    let server = start(&db).await;
    let jen = pam(&server, "PRIV\\Jen");
    let all = jen
        .list_pam_requests()
        .send()
        .await
        .expect("list")
        .into_inner();
    let found = all
        .value
        .iter()
        .find(|r| r.request_id == created.request_id)
        .expect("survives restart");
    assert_eq!(found.request_status, PamRequestStatus::Active);
    assert_eq!(all.value.len(), 9, "seed not applied twice");
    server.stop().await.expect("stop");
    remove_db(&db);
}

async fn metadata(server: &mim_emulator::Running) -> String {
    use std::io::{Read, Write};
    let addr = server.addr;
    tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(addr).expect("connect");
        let req = format!(
            "GET /api/pamresources/$metadata HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        );
        stream.write_all(req.as_bytes()).expect("write");
        let mut out = String::new();
        stream.read_to_string(&mut out).expect("read");
        out
    })
    .await
    .expect("join")
}
