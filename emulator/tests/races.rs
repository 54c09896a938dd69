//! Racing state transitions over real HTTP: N requests, each on its own socket, are sent but for
//! their last byte, then all last bytes go out together. Exactly one may win (200) and every
//! other one must get 409, and the final state must be the winner's (issue 9, item 2).

mod common;

use base64::Engine;
use common::*;
use generated_client::cm::types as cm_types;
use std::net::SocketAddr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use uuid::Uuid;

const ALLOW_AD: &str = "8f5cec1a-ecba-42ec-b76d-e6e0e4bf4c62";
const APPROVAL_ROLE: &str = "c28eab4a-95cf-4c08-a153-d5e8a9e660cd";
const PLAIN_TEMPLATE: &str = "12bd5120-86a2-4ee1-8d05-131066871578";
/// Requests per race.
const RACERS: usize = 32;
/// Races per kind of transition.
const ROUNDS: usize = 20;

/// One raw HTTP/1.1 request.
struct Raw {
    method: &'static str,
    path: String,
    user: &'static str,
    body: Option<String>,
}

impl Raw {
    fn bytes(&self) -> Vec<u8> {
        let auth =
            base64::engine::general_purpose::STANDARD.encode(format!("{}:{PASSWORD}", self.user));
        let body = self.body.clone().unwrap_or_default();
        let mut text = format!(
            "{} {} HTTP/1.1\r\nHost: race\r\nAuthorization: Basic {auth}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.method,
            self.path,
            body.len()
        );
        if self.body.is_some() {
            text.push_str("Content-Type: application/json\r\n");
        }
        text.push_str("\r\n");
        text.push_str(&body);
        text.into_bytes()
    }
}

/// Send all `requests` so that they arrive together; their status codes, in order.
async fn race(addr: SocketAddr, requests: Vec<Raw>) -> Vec<u16> {
    let mut primed = Vec::new();
    for request in &requests {
        let bytes = request.bytes();
        let (head, last) = bytes.split_at(bytes.len() - 1);
        let mut stream = TcpStream::connect(addr).await.expect("connect");
        stream.set_nodelay(true).expect("nodelay");
        stream.write_all(head).await.expect("write head");
        primed.push((stream, last[0]));
    }
    // Give the server time to read every head, then release all last bytes at once.
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    let release = tokio::sync::Barrier::new(primed.len());
    let release = std::sync::Arc::new(release);
    let tasks: Vec<_> = primed
        .into_iter()
        .map(|(mut stream, last)| {
            let release = release.clone();
            tokio::spawn(async move {
                release.wait().await;
                stream.write_all(&[last]).await.expect("write last byte");
                let mut response = Vec::new();
                stream
                    .read_to_end(&mut response)
                    .await
                    .expect("read response");
                status_of(&response)
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.expect("racer"));
    }
    statuses
}

fn status_of(response: &[u8]) -> u16 {
    let text = String::from_utf8_lossy(response);
    text.split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

/// Exactly one 200 and the rest 409; the index of the winner.
fn one_winner(statuses: &[u16], what: &str) -> usize {
    let winners: Vec<usize> = (0..statuses.len())
        .filter(|&i| statuses[i] == 200)
        .collect();
    assert_eq!(winners.len(), 1, "{what}: one winner, got {statuses:?}");
    assert!(
        statuses.iter().filter(|&&s| s == 409).count() == statuses.len() - 1,
        "{what}: every loser gets 409, got {statuses:?}"
    );
    winners[0]
}

fn create_body(role: &str) -> generated_client::pam::types::PamRequestCreate {
    generated_client::pam::types::PamRequestCreate {
        justification: Some("race".into()),
        requested_time: None,
        requested_ttl: 600,
        role_id: role.parse().expect("uuid"),
    }
}

async fn create_pam(server: &mim_emulator::Running, role: &str) -> Uuid {
    let body = create_body(role);
    pam(server, "PRIV\\Jen")
        .create_pam_request()
        .role_id(body.role_id)
        .requested_ttl(body.requested_ttl)
        .justification("race")
        .send()
        .await
        .expect("create")
        .into_inner()
        .request_id
}

async fn status_of_request(server: &mim_emulator::Running, id: Uuid) -> String {
    pam(server, "PRIV\\Jen")
        .list_pam_requests()
        .filter(format!("RequestId eq guid'{id}'"))
        .send()
        .await
        .expect("list")
        .into_inner()
        .value
        .first()
        .map(|r| r.request_status.as_str().to_string())
        .unwrap_or_default()
}

#[tokio::test]
async fn approve_and_reject_race_has_one_winner() {
    let db = temp_db("race-approve");
    let server = start(&db).await;
    for round in 0..ROUNDS {
        let request = create_pam(&server, APPROVAL_ROLE).await;
        let approval = approval_id_in_db(&db, request);
        let requests = (0..RACERS)
            .map(|i| Raw {
                method: "POST",
                path: format!(
                    "/api/pamresources/pamrequeststoapprove(guid'{approval}')/{}",
                    if i.is_multiple_of(2) {
                        "Approve"
                    } else {
                        "Reject"
                    }
                ),
                user: "PRIV\\Bob",
                body: None,
            })
            .collect();
        let statuses = race(server.addr, requests).await;
        let winner = one_winner(&statuses, &format!("approve/reject round {round}"));
        let expected = if winner.is_multiple_of(2) {
            "Active"
        } else {
            "Rejected"
        };
        assert_eq!(
            status_of_request(&server, request).await,
            expected,
            "round {round}"
        );
    }
    server.stop().await.expect("stop");
    remove_db(&db);
}

#[tokio::test]
async fn close_race_has_one_winner() {
    let db = temp_db("race-close");
    let server = start(&db).await;
    for round in 0..ROUNDS {
        let request = create_pam(&server, ALLOW_AD).await;
        let requests = (0..RACERS)
            .map(|_| Raw {
                method: "POST",
                path: format!("/api/pamresources/pamrequests(guid'{request}')/Close"),
                user: "PRIV\\Jen",
                body: None,
            })
            .collect();
        let statuses = race(server.addr, requests).await;
        one_winner(&statuses, &format!("close round {round}"));
        assert_eq!(status_of_request(&server, request).await, "Closed");
    }
    server.stop().await.expect("stop");
    remove_db(&db);
}

#[tokio::test]
async fn cm_status_race_has_one_winner() {
    let db = temp_db("race-cm");
    let server = start(&db).await;
    let jen = cm(&server, "PRIV\\Jen");
    let targets = ["Completed", "Canceled", "Abandoned"];
    for round in 0..ROUNDS {
        let profiles_before = jen.list_profiles().send().await.expect("profiles").len();
        let uri = jen
            .create_request()
            .body(cm_types::CreateRequestBody {
                comment: String::new(),
                datacollection: cm_types::DataCollectionInput::String("[]".into()),
                priority: None,
                profiletemplateuuid: Some(PLAIN_TEMPLATE.parse().expect("uuid")),
                smartcard: None,
                target: None,
                type_: cm_types::CmRequestType::Enroll,
            })
            .send()
            .await
            .expect("create")
            .into_inner();
        let id: Uuid = uri
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .parse()
            .expect("uuid");
        let requests = (0..RACERS)
            .map(|i| Raw {
                method: "PUT",
                path: format!("/CertificateManagement/api/v1.0/requests/{id}"),
                user: "PRIV\\Jen",
                body: Some(format!("{{\"status\":\"{}\"}}", targets[i % 3])),
            })
            .collect();
        let statuses = race(server.addr, requests).await;
        let winner = one_winner(&statuses, &format!("cm status round {round}"));
        let stored = jen
            .get_request()
            .id(id)
            .send()
            .await
            .expect("get")
            .into_inner();
        let expected = match targets[winner % 3] {
            "Completed" => 8,
            "Canceled" => 6,
            _ => 7,
        };
        assert_eq!(stored.status, expected, "round {round}");
        let profiles_after = jen.list_profiles().send().await.expect("profiles").len();
        let created = usize::from(targets[winner % 3] == "Completed");
        assert_eq!(
            profiles_after,
            profiles_before + created,
            "round {round}: one completion, one profile"
        );
    }
    server.stop().await.expect("stop");
    remove_db(&db);
}
