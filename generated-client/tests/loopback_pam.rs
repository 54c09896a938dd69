//! Loopback tests of the 8 PAM operations: the generated client talks over real HTTP to the
//! generated PAM router serving a recording stand-in of the generated `Api` trait. Each test
//! checks what the trait received (typed) and what the client decoded (typed, and re-serialized
//! against the documented example, which catches any byte that changed on the way).
//!
//! The wire quirks (keys inside segments, date-time forms, query-only and form-encoded create,
//! open enums, the session-info alias) are in `loopback_pam_quirks.rs`.

mod common;

use common::pam_stub::start_pam;
use common::{Spec, json, request_example, response_example, typed};
use generated_client::pam as client;
use generated_server_stubs::pam::{self as server, types};
use mim_wire::Zone;
use serde_json::json;

const ROLE_ID: &str = "c28eab4a-95cf-4c08-a153-d5e8a9e660cd";
const REQUEST_ID: &str = "5ec10e61-cdd1-404e-a18e-740467d87dbf";
const APPROVAL_ID: &str = "5dbd9d0c-0a9d-4f75-8cbd-ff6ffdc00143";

fn id(text: &str) -> uuid::Uuid {
    text.parse().expect("uuid")
}

#[tokio::test]
async fn list_pam_roles_returns_the_documented_roles() {
    let pam = start_pam().await;
    let example = response_example(Spec::Pam, "listPamRoles", "200", "rolesList");
    pam.stub
        .reply(server::ListPamRolesResponse::Ok(typed(&example)));

    let filter = "DisplayName eq 'SQL File Access'";
    let response = pam
        .client
        .list_pam_roles()
        .filter(filter)
        .v("1")
        .send()
        .await
        .expect("listPamRoles");

    let call = pam.stub.only_call("list_pam_roles");
    assert_eq!(call.method, "GET");
    let want = server::ListPamRolesParams {
        filter: Some(filter.into()),
        v: Some("1".into()),
    };
    assert_eq!(call.params::<server::ListPamRolesParams>(), &want);

    assert_eq!(response.status(), 200);
    let roles = response.into_inner();
    assert_eq!(
        roles.odata_metadata,
        "http://localhost:8086/api/pamresources/%24metadata#pamroles"
    );
    assert_eq!(roles.value.len(), 2);
    let role = &roles.value[0];
    assert_eq!(role.role_id, id("8f5cec1a-ecba-42ec-b76d-e6e0e4bf4c62"));
    assert_eq!(role.display_name, "Allow AD Access ", "trailing space kept");
    assert_eq!(role.description, None);
    assert_eq!(role.ttl.as_str(), "3600", "TTL is a string of digits");
    assert!(role.available_from.is_unset() && role.available_to.is_unset());
    assert_eq!(role.available_from.zone(), Zone::Unspecified);
    assert_eq!((role.mfa_enabled, role.approval_enabled), (false, false));
    assert!(roles.value[1].approval_enabled);
    assert_eq!(json(&roles), example);
}

#[tokio::test]
async fn list_pam_requests_returns_the_documented_history() {
    let pam = start_pam().await;
    let example = response_example(Spec::Pam, "listPamRequests", "200", "requestsList");
    pam.stub
        .reply(server::ListPamRequestsResponse::Ok(typed(&example)));

    let filter = "CreationTime gt datetime'2015-06-12T04:49:32.431Z' and CreationTime lt datetime'2015-07-13T04:49:32.432Z'";
    let response = pam
        .client
        .list_pam_requests()
        .filter(filter)
        .send()
        .await
        .expect("listPamRequests");

    let call = pam.stub.only_call("list_pam_requests");
    let want = server::ListPamRequestsParams {
        filter: Some(filter.into()),
        v: None,
    };
    assert_eq!(call.params::<server::ListPamRequestsParams>(), &want);

    assert_eq!(response.status(), 200);
    let requests = response.into_inner().value;
    use client::open_enums::PamRequestStatus as S;
    let statuses: Vec<_> = requests.iter().map(|r| r.request_status.clone()).collect();
    assert_eq!(
        statuses,
        [
            S::Expired,
            S::Closed,
            S::Active,
            S::Rejected,
            S::PendingApproval
        ]
    );
    assert_eq!(requests[0].justification, None);
    assert_eq!(
        requests[3].justification.as_deref(),
        Some(""),
        "empty justification is not null"
    );
    assert_eq!(requests[1].requested_ttl.as_str(), "12960000");
    assert_eq!(
        requests[0].creation_time.to_string(),
        "2015-06-23T11:34:38.58Z"
    );
    assert_eq!(requests[0].creation_time.fraction_digits(), 2);
    assert!(requests[3].expiration_time.is_unset());
    assert_eq!(requests[4].request_id, id(REQUEST_ID));
    assert_eq!(json(&requests), example["value"]);
}

#[tokio::test]
async fn create_pam_request_with_a_json_body_answers_201() {
    let pam = start_pam().await;
    let example = response_example(Spec::Pam, "createPamRequest", "201", "createdExample1");
    pam.stub
        .reply(server::CreatePamRequestResponse::Created(typed(&example)));

    // The client sends the documented query form (catalog §3.2 example 1), no body.
    let response = pam
        .client
        .create_pam_request()
        .justification("Sample Reason")
        .role_id(id(ROLE_ID))
        .requested_ttl(7200)
        .requested_time(
            "2015-07-12T06:40:00Z"
                .parse::<mim_wire::MimDateTime>()
                .unwrap(),
        )
        .v("1")
        .send()
        .await
        .expect("createPamRequest");

    let call = pam.stub.only_call("create_pam_request");
    assert_eq!(call.method, "POST");
    assert!(
        call.headers.get("content-type").is_none(),
        "no body is sent"
    );
    let query = call.uri.query().unwrap_or_default();
    assert!(
        query.contains("RequestedTTL=7200"),
        "the TTL goes out as an integer: {query}"
    );
    let params = call.params::<server::CreatePamRequestParams>();
    assert_eq!(
        (params.role_id, params.requested_ttl, &params.v),
        (Some(id(ROLE_ID)), Some(7200), &Some("1".into()))
    );
    let want = types::PamRequestCreate {
        justification: Some("Sample Reason".into()),
        role_id: id(ROLE_ID),
        requested_ttl: 7200,
        requested_time: Some("2015-07-12T06:40:00Z".parse().unwrap()),
    };
    assert_eq!(call.body::<types::PamRequestCreate>(), &want);

    assert_eq!(response.status(), 201);
    let created = response.into_inner();
    assert_eq!(
        created.request_id,
        id("c0112f13-b16b-40ad-b547-07f23a7fba52")
    );
    assert_eq!(
        created.requested_ttl.as_str(),
        "7200",
        "the TTL comes back as a string"
    );
    assert_eq!(
        created.creation_time.to_string(),
        "2015-07-11T23:38:09.036164-07:00"
    );
    assert_eq!(created.creation_time.zone().offset_seconds(), -7 * 3600);
    assert_eq!(created.requested_time.zone(), Zone::Utc);
    assert!(created.expiration_time.is_unset());
    assert_eq!(
        created.request_status,
        client::open_enums::PamRequestStatus::PendingApproval
    );
    assert_eq!(json(&created), example);
}

#[tokio::test]
async fn create_pam_request_answering_200_is_decoded_like_201() {
    let pam = start_pam().await;
    let example = response_example(Spec::Pam, "createPamRequest", "201", "createdExample2");
    pam.stub
        .reply(server::CreatePamRequestResponse::Ok(typed(&example)));

    // Catalog §3.2 example 2: no justification, no start time.
    let response = pam
        .client
        .create_pam_request()
        .role_id(id(ROLE_ID))
        .requested_ttl(3600)
        .send()
        .await
        .expect("createPamRequest");

    let call = pam.stub.only_call("create_pam_request");
    let want = types::PamRequestCreate {
        justification: None,
        role_id: id(ROLE_ID),
        requested_ttl: 3600,
        requested_time: None,
    };
    assert_eq!(call.body::<types::PamRequestCreate>(), &want);

    assert_eq!(response.status(), 200);
    let created = response.into_inner();
    assert_eq!(created.justification, None);
    assert_eq!(
        created.creation_time.to_string(),
        "2015-07-11T23:07:30.2200123-07:00"
    );
    assert_eq!(
        created.requested_time.to_string(),
        "2015-07-12T06:07:27.7229894Z"
    );
    assert_eq!(created.requested_time.fraction_digits(), 7);
    assert_eq!(json(&created), example);
}

#[tokio::test]
async fn create_pam_request_merges_query_parameters_into_the_body() {
    let pam = start_pam().await;
    let example = response_example(Spec::Pam, "createPamRequest", "201", "createdExample1");
    pam.stub
        .reply(server::CreatePamRequestResponse::Created(typed(&example)));

    // The body leaves `Justification` out, so the query value fills it; `RoleId` is in both and the body wins.
    // The generated client sends the query form only, so this mixed request goes out raw.
    let other_role = id("8f5cec1a-ecba-42ec-b76d-e6e0e4bf4c62");
    let body = request_example(Spec::Pam, "createPamRequest", "bodyLikeExample2");
    let response = common::raw()
        .post(format!(
            "{}/api/pamresources/pamrequests?Justification=Sample+Reason&RoleId={other_role}",
            pam.base
        ))
        .basic_auth(common::USER, Some(common::PASSWORD))
        .json(&json!({"RoleId": body["RoleId"], "RequestedTTL": 0}))
        .send()
        .await
        .expect("createPamRequest");
    assert_eq!(response.status(), 201);
    assert_eq!(
        json(
            &response
                .json::<client::types::PamRequestEntity>()
                .await
                .unwrap()
        ),
        example
    );

    let call = pam.stub.only_call("create_pam_request");
    let params = call.params::<server::CreatePamRequestParams>();
    assert_eq!(
        (params.justification.as_deref(), params.role_id),
        (Some("Sample Reason"), Some(other_role))
    );
    let want = types::PamRequestCreate {
        justification: Some("Sample Reason".into()),
        role_id: id(ROLE_ID),
        requested_ttl: 0,
        requested_time: None,
    };
    assert_eq!(call.body::<types::PamRequestCreate>(), &want);
}

#[tokio::test]
async fn close_pam_request_addresses_the_request_inside_the_segment() {
    let pam = start_pam().await;
    pam.stub.reply(server::ClosePamRequestResponse::Ok);

    let response = pam
        .client
        .close_pam_request()
        .request_id(id(REQUEST_ID))
        .v("1")
        .send()
        .await
        .expect("closePamRequest");

    let call = pam.stub.only_call("close_pam_request");
    assert_eq!(call.method, "POST");
    assert_eq!(
        call.uri.path(),
        format!("/api/pamresources/pamrequests(guid'{REQUEST_ID}')/Close")
    );
    let want = server::ClosePamRequestParams {
        request_id: id(REQUEST_ID),
        v: Some("1".into()),
    };
    assert_eq!(call.params::<server::ClosePamRequestParams>(), &want);
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn list_pam_requests_to_approve_unwraps_the_guid_objects() {
    let pam = start_pam().await;
    let example = response_example(Spec::Pam, "listPamRequestsToApprove", "200", "pendingList");
    pam.stub
        .reply(server::ListPamRequestsToApproveResponse::Ok(typed(
            &example,
        )));

    let response = pam
        .client
        .list_pam_requests_to_approve()
        .send()
        .await
        .expect("listPamRequestsToApprove");

    let call = pam.stub.only_call("list_pam_requests_to_approve");
    assert_eq!(
        call.params::<server::ListPamRequestsToApproveParams>(),
        &server::ListPamRequestsToApproveParams {
            filter: None,
            v: None
        }
    );

    assert_eq!(response.status(), 200);
    let pending = response.into_inner();
    let first = &pending.value[0];
    assert_eq!(first.approval_object_id.value, id(APPROVAL_ID));
    assert_eq!(
        first.fim_request_id.value,
        id("9802d7b7-b4e9-4fe4-8f5c-649cda127e49")
    );
    assert_eq!(
        first.requestor_id.value,
        id("73257e5e-00b3-4309-a330-f1e607ff113a")
    );
    assert_eq!(
        (first.role_name.as_str(), first.requestor.as_str()),
        ("ApprovalRole", "PRIV.Jen")
    );
    assert_eq!(first.requested_ttl.as_str(), "3600");
    assert_eq!(first.creation_time.to_string(), "2015-07-11T22:24:52.51Z");
    assert_eq!(json(&pending), example);
}

#[tokio::test]
async fn approve_pam_request_addresses_the_approval_inside_the_segment() {
    let pam = start_pam().await;
    pam.stub.reply(server::ApprovePamRequestResponse::Ok);

    let response = pam
        .client
        .approve_pam_request()
        .approval_id(id(APPROVAL_ID))
        .send()
        .await
        .expect("approvePamRequest");

    let call = pam.stub.only_call("approve_pam_request");
    assert_eq!(
        call.uri.path(),
        format!("/api/pamresources/pamrequeststoapprove(guid'{APPROVAL_ID}')/Approve")
    );
    let want = server::ApprovePamRequestParams {
        approval_id: id(APPROVAL_ID),
        v: None,
    };
    assert_eq!(call.params::<server::ApprovePamRequestParams>(), &want);
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn reject_pam_request_addresses_the_approval_inside_the_segment() {
    let pam = start_pam().await;
    pam.stub.reply(server::RejectPamRequestResponse::Ok);

    let response = pam
        .client
        .reject_pam_request()
        .approval_id(id(APPROVAL_ID))
        .send()
        .await
        .expect("rejectPamRequest");

    let call = pam.stub.only_call("reject_pam_request");
    assert_eq!(
        call.uri.path(),
        format!("/api/pamresources/pamrequeststoapprove(guid'{APPROVAL_ID}')/Reject")
    );
    let want = server::RejectPamRequestParams {
        approval_id: id(APPROVAL_ID),
        v: None,
    };
    assert_eq!(call.params::<server::RejectPamRequestParams>(), &want);
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn get_pam_session_info_names_the_caller() {
    let pam = start_pam().await;
    let example = response_example(Spec::Pam, "getPamSessionInfo", "200", "sessionInfo");
    pam.stub
        .reply(server::GetPamSessionInfoResponse::Ok(typed(&example)));

    let response = pam
        .client
        .get_pam_session_info()
        .v("1")
        .send()
        .await
        .expect("getPamSessionInfo");

    let call = pam.stub.only_call("get_pam_session_info");
    assert_eq!(call.uri.path(), "/api/pamresources/sessioninfo");
    assert_eq!(
        call.params::<server::GetPamSessionInfoParams>(),
        &server::GetPamSessionInfoParams {
            v: Some("1".into())
        }
    );

    assert_eq!(response.status(), 200);
    let session = response.into_inner();
    assert_eq!(session.value.len(), 1);
    assert_eq!(session.value[0].username, "FIMCITONEBOXAD\\Jen");
    assert_eq!(json(&session), example);
}

#[tokio::test]
async fn a_documented_error_reply_reaches_the_client_typed() {
    let pam = start_pam().await;
    let body = json!({"odata.error": {"code": "", "message": {"lang": "en-US", "value": format!("No PAM request with id '{REQUEST_ID}' was found.")}}});
    pam.stub
        .reply(server::ClosePamRequestResponse::NotFound(typed(&body)));

    let error = pam
        .client
        .close_pam_request()
        .request_id(id(REQUEST_ID))
        .send()
        .await
        .expect_err("404");

    pam.stub.only_call("close_pam_request");
    let client::Error::ErrorResponse(response) = error else {
        panic!("expected a documented error, got {error:?}")
    };
    assert_eq!(response.status(), 404);
    assert_eq!(json(&*response), body);
}
