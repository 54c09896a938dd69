//! Integrated Windows Authentication end to end: the generated client against the emulator over
//! Negotiate (Kerberos through SPNEGO) and NTLM, with a real MIT KDC on loopback.
//!
//! Run through `tools/kdc/test.sh`, which starts a throwaway realm (PRIV.TEST), fills Jen's
//! ticket cache with `kinit` and exports KRB5_CONFIG, KRB5_KTNAME (HTTP/localhost) and
//! KRB5CCNAME before any thread starts. Clients use `http://localhost:<port>`, so the service
//! principal is `HTTP@localhost`, as a browser would name it.
#![cfg(feature = "negotiate")]

use axum::http::{HeaderMap, StatusCode, header};
use generated_client::cm::types as cm_types;
use generated_client::negotiate::{Mechanisms, Negotiate};
use generated_client::pam::open_enums::PamRequestStatus;
use generated_client::support::Credentials;
use mim_emulator::{Config, Running};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use uuid::Uuid;

const PASSWORD: &str = "Pa55w.rd";
const APPROVAL_ROLE: &str = "c28eab4a-95cf-4c08-a153-d5e8a9e660cd";
const SC_TEMPLATE: &str = "a039b4d0-5ce8-4eff-8651-181c6576fda3";

fn kdc_dir() -> PathBuf {
    std::env::var_os("MIM_TEST_KDC_DIR")
        .map(PathBuf::from)
        .expect("MIM_TEST_KDC_DIR is not set: run these tests through tools/kdc/test.sh")
}

fn temp_db(name: &str) -> PathBuf {
    let path = kdc_dir().join(format!("{name}-{}.db", Uuid::new_v4()));
    let _ = std::fs::remove_file(&path);
    path
}

/// The emulator with Kerberos on (keytab from KRB5_KTNAME) and Basic off, as IIS would be.
async fn start(name: &str) -> Running {
    let mut config = Config::ephemeral(temp_db(name));
    config.keytab = Some(kdc_dir().join("http.keytab"));
    config.no_basic = true;
    mim_emulator::spawn(config).await.expect("emulator starts")
}

fn base(server: &Running) -> String {
    format!("http://localhost:{}", server.addr.port())
}

fn bob() -> Negotiate {
    Negotiate::with_password("bob@PRIV.TEST", PASSWORD, Mechanisms::KerberosThenNtlm)
}

fn custom_message<E: std::fmt::Debug>(error: generated_client::pam::Error<E>) -> String {
    match error {
        generated_client::pam::Error::Custom(message) => message,
        other => panic!("expected an authentication error, got {other:?}"),
    }
}

#[tokio::test]
async fn every_pam_operation_and_cm_over_kerberos() {
    let server = start("pam").await;
    let jen = generated_client::pam::Client::new_with_credentials(
        &base(&server),
        Credentials::negotiate(), // Jen's ccache, from kinit
    )
    .expect("client");
    let bob =
        generated_client::pam::Client::new_with_credentials(&base(&server), bob()).expect("client");

    let me = jen.get_pam_session_info().send().await.expect("session");
    assert_eq!(me.into_inner().value[0].username, "PRIV\\Jen");
    let me = bob.get_pam_session_info().send().await.expect("session");
    assert_eq!(me.into_inner().value[0].username, "PRIV\\Bob");
    let roles = jen.list_pam_roles().send().await.expect("roles");
    assert_eq!(roles.into_inner().value.len(), 2);

    let approval_role: Uuid = APPROVAL_ROLE.parse().expect("uuid");
    let mut decided = Vec::new();
    for approve in [true, false] {
        let created = jen
            .create_pam_request()
            .role_id(approval_role)
            .requested_ttl(600)
            .justification("negotiate")
            .send()
            .await
            .expect("create")
            .into_inner();
        assert_eq!(created.request_status, PamRequestStatus::PendingApproval);
        let pending = bob
            .list_pam_requests_to_approve()
            .send()
            .await
            .expect("Bob's approvals (Kerberos with a password)")
            .into_inner();
        let item = pending
            .value
            .iter()
            .find(|p| p.fim_request_id.value == created.request_id)
            .expect("Bob sees Jen's request");
        let approval = item.approval_object_id.value;
        if approve {
            bob.approve_pam_request()
                .approval_id(approval)
                .send()
                .await
                .expect("approve");
        } else {
            bob.reject_pam_request()
                .approval_id(approval)
                .send()
                .await
                .expect("reject");
        }
        decided.push(created.request_id);
    }
    jen.close_pam_request()
        .request_id(decided[0])
        .send()
        .await
        .expect("close");
    let mine = jen.list_pam_requests().send().await.expect("requests");
    let statuses: Vec<_> = mine
        .into_inner()
        .value
        .into_iter()
        .filter(|r| decided.contains(&r.request_id))
        .map(|r| r.request_status)
        .collect();
    assert!(statuses.contains(&PamRequestStatus::Closed), "{statuses:?}");
    assert!(
        statuses.contains(&PamRequestStatus::Rejected),
        "{statuses:?}"
    );

    let cm = generated_client::cm::Client::new_with_credentials(
        &base(&server),
        Credentials::negotiate(),
    )
    .expect("client");
    let templates = cm.list_profile_templates().send().await.expect("templates");
    assert!(!templates.into_inner().is_empty());
    let uri = cm
        .create_request()
        .body(cm_types::CreateRequestBody {
            comment: "over Negotiate".into(),
            datacollection: cm_types::DataCollectionInput::String("[]".into()),
            priority: None,
            profiletemplateuuid: Some(SC_TEMPLATE.parse().expect("uuid")),
            smartcard: None,
            target: None,
            type_: cm_types::CmRequestType::Enroll,
        })
        .send()
        .await
        .expect("CM create")
        .into_inner();
    let id: Uuid = uri
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .parse()
        .expect("id");
    let request = cm.get_request().id(id).send().await.expect("CM get");
    assert_eq!(request.into_inner().comment, "over Negotiate");
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn anonymous_callers_are_offered_negotiate_and_ntlm() {
    let server = start("anon").await;
    let response = generated_client::support::http_client()
        .expect("http client")
        .get(format!("{}/api/pamresources/pamroles", base(&server)))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let offers: Vec<_> = response
        .headers()
        .get_all(header::WWW_AUTHENTICATE)
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    assert_eq!(
        offers,
        ["Negotiate", "NTLM"],
        "one challenge per line, as IIS sends them"
    );
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn ntlm_with_the_right_and_the_wrong_password() {
    let server = start("ntlm").await;
    for (user, password) in [("PRIV\\Jen", PASSWORD), ("PRIV\\Bob", PASSWORD)] {
        let client = generated_client::pam::Client::new_with_credentials(
            &base(&server),
            Negotiate::with_password(user, password, Mechanisms::NtlmOnly),
        )
        .expect("client");
        let me = client.get_pam_session_info().send().await.expect("NTLM");
        assert_eq!(me.into_inner().value[0].username, user);
    }
    let wrong = generated_client::pam::Client::new_with_credentials(
        &base(&server),
        Negotiate::with_password("PRIV\\Jen", "wrong", Mechanisms::NtlmOnly),
    )
    .expect("client");
    let message = custom_message(wrong.list_pam_roles().send().await.expect_err("refused"));
    assert!(message.contains("refused NTLM"), "{message}");
    assert!(message.contains("401"), "{message}");
    server.stop().await.expect("stop");
}

/// A stand-in server that records the Authorization header and answers 200 with `proof` (or no
/// token) in `WWW-Authenticate`, to test what the client does with the final answer.
async fn stand_in(proof: Option<&'static str>) -> (String, Arc<Mutex<Vec<String>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    let app = axum::Router::new().fallback(move |headers: HeaderMap| {
        let record = record.clone();
        async move {
            if let Some(v) = headers.get(header::AUTHORIZATION) {
                record.lock().unwrap().push(v.to_str().unwrap().to_string());
            }
            let mut response = axum::response::Response::new(axum::body::Body::from(
                r#"{"odata.metadata":"x","value":[]}"#,
            ));
            if let Some(proof) = proof {
                response.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    axum::http::HeaderValue::from_static(proof),
                );
            }
            response
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://localhost:{port}"), seen)
}

#[tokio::test]
async fn mutual_authentication_is_checked() {
    for proof in [Some("Negotiate oRQwEqADCgEAoQsGCSqGSIb3EgECAg=="), None] {
        let (url, _) = stand_in(proof).await;
        let client =
            generated_client::pam::Client::new_with_credentials(&url, Credentials::negotiate())
                .expect("client");
        let message = custom_message(client.list_pam_roles().send().await.expect_err("forged"));
        assert!(
            message.contains("mutual authentication failed"),
            "{proof:?}: {message}"
        );
    }
}

#[tokio::test]
async fn a_replayed_token_is_refused() {
    let server = start("replay").await;
    // Capture a real token by letting the client talk to a recorder first.
    let (url, seen) = stand_in(None).await;
    let client =
        generated_client::pam::Client::new_with_credentials(&url, Credentials::negotiate())
            .expect("client");
    let _ = client.list_pam_roles().send().await;
    let token = seen.lock().unwrap()[0].clone();
    assert!(token.starts_with("Negotiate "), "{token}");

    let http = generated_client::support::http_client().expect("http client");
    let roles = format!("{}/api/pamresources/pamroles", base(&server));
    let first = http
        .get(&roles)
        .header(header::AUTHORIZATION, &token)
        .send()
        .await
        .expect("first");
    assert_eq!(first.status(), StatusCode::OK, "a fresh token is accepted");
    let replay = http
        .get(&roles)
        .header(header::AUTHORIZATION, &token)
        .send()
        .await
        .expect("replay");
    assert_eq!(replay.status(), StatusCode::UNAUTHORIZED);
    let body: serde_json::Value = replay.json().await.expect("error body");
    let message = body["odata.error"]["message"]["value"]
        .as_str()
        .unwrap_or_default();
    assert!(message.to_ascii_lowercase().contains("replay"), "{message}");
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn every_request_gets_a_fresh_token() {
    let (url, seen) = stand_in(None).await;
    let client =
        generated_client::pam::Client::new_with_credentials(&url, Credentials::negotiate())
            .expect("client");
    let _ = client.list_pam_roles().send().await;
    let _ = client.list_pam_roles().send().await;
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 2);
    assert_ne!(
        seen[0], seen[1],
        "the Negotiate header must never be reused"
    );
}
