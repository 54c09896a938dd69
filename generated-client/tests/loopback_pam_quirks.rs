//! PAM wire quirks over real HTTP: OData keys inside path segments (any case, `%27`, trailing
//! slash), date-times without offset / with `Z` / with `-07:00` and 7 fractional digits, TTL
//! digit strings, create through the query string only or a form body, open enums, and the
//! `/api/session/sessioninfo` alias.

mod common;

use common::pam_stub::start_pam;
use common::{Spec, json, raw, response_example, typed};
use generated_client::pam as client;
use generated_server_stubs::pam::{self as server, types};
use mim_wire::{MimDateTime, Zone};
use serde_json::{Value, json};

const ROLE_ID: &str = "c28eab4a-95cf-4c08-a153-d5e8a9e660cd";
const REQUEST_ID: &str = "5ec10e61-cdd1-404e-a18e-740467d87dbf";
const APPROVAL_ID: &str = "5dbd9d0c-0a9d-4f75-8cbd-ff6ffdc00143";

fn id(text: &str) -> uuid::Uuid {
    text.parse().expect("uuid")
}

#[tokio::test]
async fn keys_inside_segments_match_in_any_case_percent_encoded_and_with_a_trailing_slash() {
    let pam = start_pam().await;
    pam.stub.reply(server::ClosePamRequestResponse::Ok);
    pam.stub.reply(server::ApprovePamRequestResponse::Ok);
    pam.stub.reply(server::RejectPamRequestResponse::Ok);
    let (request, approval) = (REQUEST_ID.to_uppercase(), APPROVAL_ID.to_uppercase());
    let cases = [
        (
            format!("/API/PAMRESOURCES/PAMREQUESTS(GUID'{request}')/CLOSE"),
            "close_pam_request",
        ),
        (
            format!("/api/pamresources/pamrequests(guid%27{REQUEST_ID}%27)/Close"),
            "close_pam_request",
        ),
        (
            format!("/api/pamresources/pamrequests(guid'{REQUEST_ID}')/Close/"),
            "close_pam_request",
        ),
        (
            format!("/Api/PamResources/PamRequestsToApprove(Guid'{APPROVAL_ID}')/approve"),
            "approve_pam_request",
        ),
        (
            format!("/api/pamresources/pamrequeststoapprove(guid%27{approval}%27)/Approve/"),
            "approve_pam_request",
        ),
        (
            format!("/API/PAMRESOURCES/PAMREQUESTSTOAPPROVE(GUID%27{approval}%27)/REJECT/"),
            "reject_pam_request",
        ),
    ];
    for (path, operation) in &cases {
        let response = raw()
            .post(format!("{}{path}", pam.base))
            .basic_auth(common::USER, Some(common::PASSWORD))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{path}");
        let call = pam.stub.only_call(operation);
        assert_eq!(call.uri.path(), path, "the operation saw the path as sent");
        match *operation {
            "close_pam_request" => assert_eq!(
                call.params::<server::ClosePamRequestParams>().request_id,
                id(REQUEST_ID),
                "{path}"
            ),
            "approve_pam_request" => assert_eq!(
                call.params::<server::ApprovePamRequestParams>().approval_id,
                id(APPROVAL_ID),
                "{path}"
            ),
            _ => assert_eq!(
                call.params::<server::RejectPamRequestParams>().approval_id,
                id(APPROVAL_ID),
                "{path}"
            ),
        }
    }
}

/// A PamRequest with the given date-times, as JSON.
fn request_json(
    request_id: &str,
    creation: &str,
    expiration: &str,
    requested: &str,
    status: &str,
) -> Value {
    json!({
        "RequestId": request_id, "CreatorID": "73257e5e-00b3-4309-a330-f1e607ff113a", "Justification": null,
        "CreationTime": creation, "CreationMethod": "PAM Web API", "ExpirationTime": expiration,
        "RoleId": ROLE_ID, "RequestedTTL": "3600", "RequestedTime": requested, "RequestStatus": status,
    })
}

#[tokio::test]
async fn date_times_survive_the_trip_byte_for_byte() {
    let pam = start_pam().await;
    let sent = json!({
        "odata.metadata": "http://localhost:8086/api/pamresources/%24metadata#pamrequests",
        "value": [
            request_json(REQUEST_ID, "2015-07-11T23:07:30.2200123-07:00", "0001-01-01T00:00:00", "2015-07-12T06:07:27.7229894Z", "PendingApproval"),
            request_json(APPROVAL_ID, "2015-06-23T11:34:38.58Z", "2015-07-12T04:43:51.9500000+05:30", "2015-07-12T04:35:00", "Active"),
        ],
    });
    pam.stub
        .reply(server::ListPamRequestsResponse::Ok(typed(&sent)));

    // What went over the wire, as text.
    let url = format!("{}/api/pamresources/pamrequests", pam.base);
    let text = raw()
        .get(url)
        .basic_auth(common::USER, Some(common::PASSWORD))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for field in [
        r#""CreationTime":"2015-07-11T23:07:30.2200123-07:00""#,
        r#""ExpirationTime":"0001-01-01T00:00:00""#,
        r#""RequestedTime":"2015-07-12T06:07:27.7229894Z""#,
        r#""CreationTime":"2015-06-23T11:34:38.58Z""#,
        r#""ExpirationTime":"2015-07-12T04:43:51.9500000+05:30""#,
        r#""RequestedTime":"2015-07-12T04:35:00""#,
    ] {
        assert!(text.contains(field), "{field} not in {text}");
    }

    // What the generated client decoded.
    let decoded = pam
        .client
        .list_pam_requests()
        .send()
        .await
        .expect("listPamRequests")
        .into_inner();
    let (first, second) = (&decoded.value[0], &decoded.value[1]);
    assert_eq!(
        first.creation_time.to_string(),
        "2015-07-11T23:07:30.2200123-07:00"
    );
    assert_eq!(
        (
            first.creation_time.zone().offset_seconds(),
            first.creation_time.fraction_digits()
        ),
        (-7 * 3600, 7)
    );
    assert_eq!(first.expiration_time, MimDateTime::unset());
    assert_eq!(first.expiration_time.zone(), Zone::Unspecified);
    assert_eq!(
        (
            first.requested_time.zone(),
            first.requested_time.fraction_digits()
        ),
        (Zone::Utc, 7)
    );
    assert!(
        first
            .creation_time
            .same_instant(&"2015-07-12T06:07:30.2200123Z".parse().unwrap())
    );
    assert_eq!(
        second.expiration_time.to_string(),
        "2015-07-12T04:43:51.9500000+05:30",
        "trailing zeros kept"
    );
    assert_eq!(second.requested_time.zone(), Zone::Unspecified);
    assert_eq!(json(&decoded), sent);
    assert_eq!(pam.stub.take_calls().len(), 2);
}

#[tokio::test]
async fn an_open_enum_value_the_spec_does_not_list_is_kept() {
    let pam = start_pam().await;
    let mut requests: types::PamRequestCollection = typed(&response_example(
        Spec::Pam,
        "listPamRequests",
        "200",
        "requestsList",
    ));
    requests.value[0].request_status =
        server::open_enums::PamRequestStatus::Other("Archived".into());
    requests.value[1].request_status = server::open_enums::PamRequestStatus::Scheduled;
    pam.stub
        .reply(server::ListPamRequestsResponse::Ok(requests));

    let decoded = pam
        .client
        .list_pam_requests()
        .send()
        .await
        .expect("listPamRequests")
        .into_inner();

    pam.stub.only_call("list_pam_requests");
    use client::open_enums::PamRequestStatus as S;
    assert_eq!(decoded.value[0].request_status, S::Other("Archived".into()));
    assert_eq!(decoded.value[1].request_status, S::Scheduled);
    assert_eq!(decoded.value[2].request_status, S::Active);
    assert_eq!(
        json(&decoded.value[0])["RequestStatus"],
        "Archived",
        "written back verbatim"
    );
}

/// The body of a 201 answer decoded with the client's types.
async fn created(response: reqwest::Response) -> client::types::PamRequestEntity {
    assert_eq!(response.status(), 201);
    serde_json::from_str(&response.text().await.unwrap()).expect("PamRequestEntity")
}

#[tokio::test]
async fn create_pam_request_through_the_query_string_only_as_documented_example_1() {
    let pam = start_pam().await;
    let example = response_example(Spec::Pam, "createPamRequest", "201", "createdExample1");
    pam.stub
        .reply(server::CreatePamRequestResponse::Created(typed(&example)));

    let url = format!(
        "{}/api/pamresources/pamrequests?Justification=Sample+Reason&RoleId={ROLE_ID}&RequestedTTL=7200&RequestedTime=2015%2F07%2F11+23%3A40",
        pam.base
    );
    let response = raw()
        .post(url)
        .basic_auth(common::USER, Some(common::PASSWORD))
        .send()
        .await
        .unwrap();
    let entity = created(response).await;

    let call = pam.stub.only_call("create_pam_request");
    assert!(
        !call.headers.contains_key("content-type"),
        "no body was sent"
    );
    let local: MimDateTime = "2015/07/11 23:40".parse().unwrap();
    let want = types::PamRequestCreate {
        justification: Some("Sample Reason".into()),
        role_id: id(ROLE_ID),
        requested_ttl: 7200,
        requested_time: Some(local),
    };
    assert_eq!(
        call.body::<types::PamRequestCreate>(),
        &want,
        "the query string became the typed body"
    );
    assert_eq!(local.to_string(), "2015-07-11T23:40:00");
    let params = call.params::<server::CreatePamRequestParams>();
    assert_eq!(
        (params.role_id, params.requested_ttl, params.requested_time),
        (Some(id(ROLE_ID)), Some(7200), Some(local))
    );

    assert_eq!(entity.requested_time.to_string(), "2015-07-12T06:40:00Z");
    assert_eq!(entity.requested_ttl.as_str(), "7200");
    assert_eq!(json(&entity), example);
}

#[tokio::test]
async fn create_pam_request_with_empty_query_values_as_documented_example_2() {
    let pam = start_pam().await;
    let example = response_example(Spec::Pam, "createPamRequest", "201", "createdExample2");
    pam.stub
        .reply(server::CreatePamRequestResponse::Created(typed(&example)));

    let url = format!(
        "{}/api/pamresources/pamrequests?Justification=&RoleId={ROLE_ID}&RequestedTTL=3600&RequestedTime=",
        pam.base
    );
    let response = raw()
        .post(url)
        .basic_auth(common::USER, Some(common::PASSWORD))
        .send()
        .await
        .unwrap();
    let entity = created(response).await;

    let call = pam.stub.only_call("create_pam_request");
    let want = types::PamRequestCreate {
        justification: None,
        role_id: id(ROLE_ID),
        requested_ttl: 3600,
        requested_time: None,
    };
    assert_eq!(
        call.body::<types::PamRequestCreate>(),
        &want,
        "empty values count as absent"
    );
    assert_eq!(
        call.params::<server::CreatePamRequestParams>()
            .justification,
        None
    );
    assert_eq!(entity.justification, None);
    assert_eq!(
        entity.creation_time.to_string(),
        "2015-07-11T23:07:30.2200123-07:00"
    );
}

#[tokio::test]
async fn create_pam_request_with_a_form_body_like_the_sample_portal() {
    let pam = start_pam().await;
    let example = response_example(Spec::Pam, "createPamRequest", "201", "createdExample1");
    pam.stub
        .reply(server::CreatePamRequestResponse::Created(typed(&example)));

    let form = [
        ("RoleId", ROLE_ID),
        ("RequestedTTL", "7200"),
        ("Justification", "Sample Reason"),
        ("RequestedTime", "2015-07-12T06:40:00Z"),
    ];
    let url = format!("{}/api/pamresources/pamrequests?v=1", pam.base);
    let response = raw()
        .post(url)
        .basic_auth(common::USER, Some(common::PASSWORD))
        .form(&form)
        .send()
        .await
        .unwrap();
    let entity = created(response).await;

    let call = pam.stub.only_call("create_pam_request");
    assert_eq!(
        call.headers["content-type"],
        "application/x-www-form-urlencoded"
    );
    let want = types::PamRequestCreate {
        justification: Some("Sample Reason".into()),
        role_id: id(ROLE_ID),
        requested_ttl: 7200,
        requested_time: Some("2015-07-12T06:40:00Z".parse().unwrap()),
    };
    assert_eq!(
        call.body::<types::PamRequestCreate>(),
        &want,
        "the form became the typed body"
    );
    let params = call.params::<server::CreatePamRequestParams>();
    assert_eq!(
        (params.role_id, params.v.as_deref()),
        (None, Some("1")),
        "form fields are not query parameters"
    );
    assert_eq!(
        entity.request_id,
        id("c0112f13-b16b-40ad-b547-07f23a7fba52")
    );
}

#[tokio::test]
async fn create_pam_request_accepts_a_ttl_sent_as_a_digit_string() {
    let pam = start_pam().await;
    let example = response_example(Spec::Pam, "createPamRequest", "201", "createdExample2");
    pam.stub
        .reply(server::CreatePamRequestResponse::Created(typed(&example)));

    let body = json!({"roleid": ROLE_ID, "RequestedTTL": "3600"});
    let url = format!("{}/api/pamresources/pamrequests", pam.base);
    let response = raw()
        .post(url)
        .basic_auth(common::USER, Some(common::PASSWORD))
        .json(&body)
        .send()
        .await
        .unwrap();
    created(response).await;

    let call = pam.stub.only_call("create_pam_request");
    let want = types::PamRequestCreate {
        justification: None,
        role_id: id(ROLE_ID),
        requested_ttl: 3600,
        requested_time: None,
    };
    assert_eq!(call.body::<types::PamRequestCreate>(), &want);
}

#[tokio::test]
async fn session_info_answers_under_its_alias_and_with_a_trailing_slash() {
    let pam = start_pam().await;
    let example = response_example(Spec::Pam, "getPamSessionInfo", "200", "sessionInfo");
    pam.stub
        .reply(server::GetPamSessionInfoResponse::Ok(typed(&example)));

    for path in [
        "/api/session/sessioninfo",
        "/API/Session/SessionInfo/",
        "/api/pamresources/sessioninfo/",
    ] {
        let url = format!("{}{path}", pam.base);
        let response = raw()
            .get(url)
            .basic_auth(common::USER, Some(common::PASSWORD))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{path}");
        let session: client::types::SessionInfoCollection =
            serde_json::from_str(&response.text().await.unwrap()).unwrap();
        assert_eq!(session.value[0].username, "FIMCITONEBOXAD\\Jen", "{path}");
        let call = pam.stub.only_call("get_pam_session_info");
        assert_eq!(call.uri.path(), path);
    }
}
