//! A database file written by the document store of 14bbfa0 (schema v1, `fixtures/`) is
//! migrated to the relational schema on first start and keeps its data (issue 9, item 2).
//!
//! The fixture was made by that release's binary: seeded, then Jen created an active PAM request
//! ("made-by-14bbfa0"), a pending one in ApprovalRole ("pending-by-14bbfa0") and a CM enrollment
//! request with data collection `Department = IT`.

mod common;

use common::*;
use generated_client::pam::open_enums::PamRequestStatus;
use uuid::Uuid;

const FIXTURE: &str = "tests/fixtures/v1-documents-14bbfa0.db";
const ACTIVE: &str = "8fa536d7-d6fe-477a-95cc-1a4792aa96d4";
const PENDING: &str = "f505dd8f-6533-4dde-aa9f-d8efe95b3c9b";
const CM_REQUEST: &str = "a34604ea-dc08-49e2-9ad9-8a28721ed108";

fn id(s: &str) -> Uuid {
    s.parse().expect("uuid")
}

#[tokio::test]
async fn v1_document_database_is_migrated_on_first_start() {
    let db = temp_db("migrate-v1");
    std::fs::copy(FIXTURE, &db).expect("copy the fixture");
    let server = start(&db).await;

    // Users still sign in (every spelling), roles and requests are there.
    let jen = pam(&server, "priv.jen");
    let roles = jen
        .list_pam_roles()
        .send()
        .await
        .expect("roles")
        .into_inner();
    assert_eq!(roles.value.len(), 2);
    let mine = jen
        .list_pam_requests()
        .send()
        .await
        .expect("requests")
        .into_inner();
    assert_eq!(mine.value.len(), 10, "8 seeded for Jen + 2 made by 14bbfa0");
    let active = mine
        .value
        .iter()
        .find(|r| r.request_id == id(ACTIVE))
        .expect("the active request survived");
    assert_eq!(active.justification.as_deref(), Some("made-by-14bbfa0"));
    // Created with a 600 s TTL: active until then, expired (by the clock) after.
    let span = active.expiration_time.to_utc() - active.requested_time.to_utc();
    assert_eq!(span.num_seconds(), 600);
    let expected = if chrono::Utc::now() < active.expiration_time.to_utc() {
        PamRequestStatus::Active
    } else {
        PamRequestStatus::Expired
    };
    assert_eq!(active.request_status, expected);
    let filtered = jen
        .list_pam_requests()
        .filter("Justification eq 'pending-by-14bbfa0'")
        .send()
        .await
        .expect("filter")
        .into_inner();
    assert_eq!(filtered.value.len(), 1);
    assert_eq!(filtered.value[0].request_id, id(PENDING));

    // The pending request keeps its approval: Bob sees it and approves it.
    let bob = pam(&server, "PRIV\\Bob");
    let pending = bob
        .list_pam_requests_to_approve()
        .send()
        .await
        .expect("pending")
        .into_inner();
    let item = pending
        .value
        .iter()
        .find(|p| p.fim_request_id.value == id(PENDING))
        .expect("listed to Bob");
    assert_eq!(item.requestor, "PRIV.Jen");
    bob.approve_pam_request()
        .approval_id(item.approval_object_id.value)
        .send()
        .await
        .expect("approve");

    // CM: the request with its data collection, and the seeded card and profile.
    let cm_jen = cm(&server, "PRIV\\Jen");
    let request = cm_jen
        .get_request()
        .id(id(CM_REQUEST))
        .send()
        .await
        .expect("cm request")
        .into_inner();
    assert_eq!(request.comment, "made-by-14bbfa0");
    assert_eq!(request.data_collection.len(), 1);
    assert_eq!(request.data_collection[0].name, "Department");
    assert_eq!(request.data_collection[0].value.as_deref(), Some("IT"));
    assert_eq!(request.status, 3);
    assert_eq!(
        cm_jen.list_profiles().send().await.expect("profiles").len(),
        1
    );
    assert_eq!(
        cm_jen
            .list_user_certificates()
            .send()
            .await
            .expect("certs")
            .len(),
        1
    );
    server.stop().await.expect("stop");

    // The file is now v2 and starts again without migrating.
    let conn = rusqlite::Connection::open(&db).expect("open");
    let version: i64 = conn
        .query_row("SELECT MAX(version) FROM schema_version", [], |r| r.get(0))
        .expect("version");
    assert_eq!(version, 2);
    let documents: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(documents, 0, "the document table is gone");
    drop(conn);
    let server = start(&db).await;
    let again = pam(&server, "PRIV\\Jen")
        .list_pam_requests()
        .send()
        .await
        .expect("requests")
        .into_inner();
    assert_eq!(again.value.len(), 10);
    server.stop().await.expect("stop");
    remove_db(&db);
}
