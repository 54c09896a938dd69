//! Loopback tests of the CM profile-template and request operations (8 of the 27; smart cards are
//! in `loopback_cm_cards.rs`, profiles and certificates in `loopback_cm_profiles.rs`): the
//! generated client talks over real HTTP to the generated CM router serving a recording stand-in
//! of the generated `Api` trait. Also: enum names in any case in request bodies and queries, bare
//! JSON string answers, GUIDs and literals in any case in the path.

mod common;

use common::cm_stub::start_cm;
use common::{PASSWORD, Spec, USER, json, raw, request_example, response_example, typed};
use generated_client::cm as client;
use generated_server_stubs::cm::{self as server, types};
use mim_wire::Zone;
use serde_json::json;

const TEMPLATE_ID: &str = "a039b4d0-5ce8-4eff-8651-181c6576fda3";
const REQUEST_ID: &str = "a9b4b42c-cc50-4c9b-89d1-bbc0bcd5a099";

fn id(text: &str) -> uuid::Uuid {
    text.parse().expect("uuid")
}

#[tokio::test]
async fn list_profile_templates_for_the_current_user() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "listProfileTemplates", "200", "twoTemplates");
    cm.stub
        .reply(server::ListProfileTemplatesResponse::Ok(typed(&example)));

    let response = cm
        .client
        .list_profile_templates()
        .targetuser("current")
        .send()
        .await
        .expect("listProfileTemplates");

    let call = cm.stub.only_call("list_profile_templates");
    assert_eq!(
        call.uri.path(),
        "/CertificateManagement/api/v1.0/profiletemplates"
    );
    let want = server::ListProfileTemplatesParams {
        targetuser: Some("current".into()),
    };
    assert_eq!(call.params::<server::ListProfileTemplatesParams>(), &want);

    assert_eq!(response.status(), 200);
    let templates = response.into_inner();
    assert_eq!(
        templates[1].uuid,
        id("2b7044cf-aa96-4911-b886-177947e9271b")
    );
    assert!(
        templates[1].is_smartcard_profile_template && !templates[0].is_smartcard_profile_template
    );
    assert_eq!(templates[0].name, "FIM CM Sample Profile Template");
    assert_eq!(json(&templates), example);
}

#[tokio::test]
async fn get_profile_template_by_id() {
    let cm = start_cm().await;
    let template =
        response_example(Spec::Cm, "listProfileTemplates", "200", "twoTemplates")[1].clone();
    cm.stub
        .reply(server::GetProfileTemplateResponse::Ok(typed(&template)));

    let template_id = id("2b7044cf-aa96-4911-b886-177947e9271b");
    let response = cm
        .client
        .get_profile_template()
        .id(template_id)
        .send()
        .await
        .expect("getProfileTemplate");

    let call = cm.stub.only_call("get_profile_template");
    assert_eq!(
        call.params::<server::GetProfileTemplateParams>(),
        &server::GetProfileTemplateParams { id: template_id }
    );
    assert_eq!(response.status(), 200);
    let decoded = response.into_inner();
    assert_eq!(
        (decoded.uuid, decoded.is_virtual_smartcard_profile_template),
        (template_id, false)
    );
    assert_eq!(json(&decoded), template);
}

#[tokio::test]
async fn get_workflow_policy_takes_the_workflow_name_verbatim() {
    let cm = start_cm().await;
    let policy = json!({
        "ApprovalsNeeded": 1, "CollectComments": true, "CollectRequestPriority": false, "DefaultRequestPriority": 0,
        "Enabled": true, "EnrollAgentRequired": false, "SelfServiceEnabled": true,
        "AuthorizedInitiator": "O:S-1-5-21-1D:(A;;CC;;;S-1-5-11)", "PolicyDataCollection": [{"Name": "Sample Data Item"}],
    });
    cm.stub
        .reply(server::GetWorkflowPolicyResponse::Ok(typed(&policy)));

    let response = cm
        .client
        .get_workflow_policy()
        .id(id(TEMPLATE_ID))
        .type_("enroll")
        .send()
        .await
        .expect("getWorkflowPolicy");

    let call = cm.stub.only_call("get_workflow_policy");
    assert_eq!(
        call.uri.path(),
        format!("/CertificateManagement/api/v1.0/profiletemplates/{TEMPLATE_ID}/policies/enroll")
    );
    let want = server::GetWorkflowPolicyParams {
        id: id(TEMPLATE_ID),
        type_: "enroll".into(),
    };
    assert_eq!(call.params::<server::GetWorkflowPolicyParams>(), &want);

    let decoded = response.into_inner();
    assert_eq!(
        (
            decoded.approvals_needed,
            decoded.collect_comments,
            decoded.enabled
        ),
        (Some(1), Some(true), Some(true))
    );
    assert_eq!(
        decoded.policy_data_collection,
        Some(json!([{"Name": "Sample Data Item"}]))
    );
    assert_eq!(decoded.documents, None);
    assert_eq!(json(&decoded), policy);
}

#[tokio::test]
async fn get_smartcard_policy_returns_the_documented_configuration() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "getSmartcardPolicy", "200", "hsmInitializedCard");
    cm.stub
        .reply(server::GetSmartcardPolicyResponse::Ok(typed(&example)));

    let response = cm
        .client
        .get_smartcard_policy()
        .id(id(TEMPLATE_ID))
        .send()
        .await
        .expect("getSmartcardPolicy");

    let call = cm.stub.only_call("get_smartcard_policy");
    assert_eq!(
        call.params::<server::GetSmartcardPolicyParams>(),
        &server::GetSmartcardPolicyParams {
            id: id(TEMPLATE_ID)
        }
    );
    let config = response.into_inner();
    assert_eq!((config.user_pin_option, config.provider_type), (3, 2));
    assert!(config.diversify_admin_key && config.initialize_new_smartcard);
    assert_eq!(config.use_virtual_smartcards, Some(true));
    assert!(config.admin_pin_policy.rollover && !config.user_pin_policy.rollover);
    assert_eq!(config.certificate_label, "{Template!cn}");
    assert_eq!(json(&config), example);
}

#[tokio::test]
async fn create_request_with_array_data_collection_and_string_priority() {
    let cm = start_cm().await;
    let created = response_example(Spec::Cm, "createRequest", "201", "enrollCreated");
    cm.stub
        .reply(server::CreateRequestResponse::Created(typed(&created)));

    let body_json = request_example(Spec::Cm, "createRequest", "enrollWithDataCollection");
    let body: client::types::CreateRequestBody = typed(&body_json);
    let response = cm
        .client
        .create_request()
        .body(body)
        .send()
        .await
        .expect("createRequest");

    let call = cm.stub.only_call("create_request");
    assert_eq!(call.method, "POST");
    let received = call.body::<types::CreateRequestBody>();
    assert_eq!(received, &typed::<types::CreateRequestBody>(&body_json));
    assert_eq!(received.type_, types::CmRequestType::Enroll);
    assert_eq!(
        received.profiletemplateuuid,
        Some(id("97cd65fa-af4b-4587-9309-0dd6bfd8b4e1")),
        "upper-case GUID"
    );
    assert_eq!(
        received.target,
        Some(id("97cc3493-f556-4c9b-9d8b-982434201527"))
    );
    let types::DataCollectionInput::Array(items) = &received.datacollection else {
        panic!("array expected")
    };
    assert_eq!(
        (items[0]["name"].as_str(), items[1]["city"].as_str()),
        ("pavle", "seattle")
    );
    let Some(types::PriorityInput::String(priority)) = &received.priority else {
        panic!("string priority expected")
    };
    assert_eq!(priority.as_str(), "4");
    assert_eq!(
        (received.comment.as_str(), received.smartcard),
        ("LALALALA", None)
    );

    assert_eq!(response.status(), 201);
    assert_eq!(
        response.into_inner(),
        "api/v1.0/requests/a9b4b42c-cc50-4c9b-89d1-bbc0bcd5a099"
    );
}

#[tokio::test]
async fn create_request_answers_a_bare_json_string_and_takes_enum_names_in_any_case() {
    let cm = start_cm().await;
    let created = response_example(Spec::Cm, "createRequest", "201", "unblockCreated");
    cm.stub
        .reply(server::CreateRequestResponse::Created(typed(&created)));

    let mut body = request_example(Spec::Cm, "createRequest", "unblock");
    body["type"] = json!("unblock");
    body["priority"] = json!(4);
    let url = format!("{}/certificatemanagement/API/V1.0/Requests", cm.base);
    let response = raw()
        .post(url)
        .basic_auth(USER, Some(PASSWORD))
        .json(&body)
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 201);
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(
        response.text().await.unwrap(),
        r#""api/v1.0/requests/0c96d73f-967b-420e-854a-43ad2a1504bc""#
    );

    let call = cm.stub.only_call("create_request");
    let received = call.body::<types::CreateRequestBody>();
    assert_eq!(
        received.type_,
        types::CmRequestType::Unblock,
        "`unblock` is the Unblock variant"
    );
    assert_eq!(
        received.datacollection,
        types::DataCollectionInput::String("[]".into())
    );
    assert_eq!(received.priority, Some(types::PriorityInput::Int32(4)));
    assert_eq!(
        (received.profiletemplateuuid, received.smartcard),
        (None, Some(id("17cf063d-e337-4aa9-a822-346554ddd3c9")))
    );
}

#[tokio::test]
async fn list_requests_filters_by_status_name_in_any_case() {
    let cm = start_cm().await;
    let requests = json!([
        response_example(Spec::Cm, "getRequest", "200", "enrollRequest"),
        response_example(Spec::Cm, "updateRequestStatus", "200", "completed"),
    ]);
    cm.stub
        .reply(server::ListRequestsResponse::Ok(typed(&requests)));

    let response = cm
        .client
        .list_requests()
        .targetuser("current")
        .status(client::types::CmRequestStatusName::Completed)
        .send()
        .await
        .expect("listRequests");

    let call = cm.stub.only_call("list_requests");
    let want = server::ListRequestsParams {
        targetuser: Some("current".into()),
        status: Some(types::CmRequestStatusName::Completed),
    };
    assert_eq!(call.params::<server::ListRequestsParams>(), &want);
    let decoded = response.into_inner();
    assert_eq!((decoded[0].status, decoded[1].status), (3, 8));
    assert_eq!(json(&decoded), requests);

    let url = format!(
        "{}/CertificateManagement/api/v1.0/requests?STATUS=completed",
        cm.base
    );
    let response = raw()
        .get(url)
        .basic_auth(USER, Some(PASSWORD))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let call = cm.stub.only_call("list_requests");
    let want = server::ListRequestsParams {
        targetuser: None,
        status: Some(types::CmRequestStatusName::Completed),
    };
    assert_eq!(
        call.params::<server::ListRequestsParams>(),
        &want,
        "`completed` is the Completed variant"
    );
}

#[tokio::test]
async fn get_request_keeps_offset_less_dates_and_nul_padded_descriptors() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "getRequest", "200", "enrollRequest");
    cm.stub
        .reply(server::GetRequestResponse::Ok(typed(&example)));

    let response = cm
        .client
        .get_request()
        .id(id(REQUEST_ID))
        .send()
        .await
        .expect("getRequest");

    let call = cm.stub.only_call("get_request");
    assert_eq!(
        call.params::<server::GetRequestParams>(),
        &server::GetRequestParams { id: id(REQUEST_ID) }
    );
    let request = response.into_inner();
    assert_eq!(
        (
            request.uuid,
            request.request_type,
            request.status,
            request.flags
        ),
        (id(REQUEST_ID), 1, 3, 2)
    );
    assert_eq!(request.submitted.to_string(), "2015-07-07T23:36:21.93Z");
    assert_eq!(request.completed.to_string(), "0001-01-01T00:00:00");
    assert_eq!(request.completed.zone(), Zone::Unspecified);
    assert_eq!(request.new_profile_uuid, uuid::Uuid::nil());
    assert!(
        request.security_descriptor.ends_with("\u{0}\u{0}\u{0}")
            && request.security_descriptor.contains('…')
    );
    assert_eq!(json(&request), example);
}

#[tokio::test]
async fn get_request_with_upper_case_guid_and_path_in_any_case() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "getRequest", "200", "unblockRequest");
    cm.stub
        .reply(server::GetRequestResponse::Ok(typed(&example)));

    let request_id = "0C96D73F-967B-420E-854A-43AD2A1504BC";
    let url = format!(
        "{}/certificatemanagement/API/v1.0/REQUESTS/{request_id}/",
        cm.base
    );
    let response = raw()
        .get(url)
        .basic_auth(USER, Some(PASSWORD))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let text = response.text().await.unwrap();
    assert!(
        text.contains(r#"{"Name":"Sample Data Item","Value":null}"#),
        "{text}"
    );
    let request: client::types::Request = serde_json::from_str(&text).unwrap();

    let call = cm.stub.only_call("get_request");
    assert_eq!(
        call.params::<server::GetRequestParams>().id,
        id(&request_id.to_lowercase())
    );
    assert_eq!(request.data_collection[0].name, "Sample Data Item");
    assert_eq!(request.data_collection[0].value, None);
    assert_eq!(
        request.new_smartcard_uuid,
        id("17cf063d-e337-4aa9-a822-346554ddd3c9")
    );
    assert_eq!(json(&request), example, "`Value: null` is written back");
}

#[tokio::test]
async fn update_request_status_takes_the_status_name_in_any_case() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "updateRequestStatus", "200", "completed");
    cm.stub
        .reply(server::UpdateRequestStatusResponse::Ok(typed(&example)));

    let body: client::types::UpdateRequestBody = typed(&request_example(
        Spec::Cm,
        "updateRequestStatus",
        "complete",
    ));
    let response = cm
        .client
        .update_request_status()
        .id(id(REQUEST_ID))
        .body(body)
        .send()
        .await
        .expect("updateRequestStatus");

    let call = cm.stub.only_call("update_request_status");
    assert_eq!(call.method, "PUT");
    assert_eq!(
        call.params::<server::UpdateRequestStatusParams>(),
        &server::UpdateRequestStatusParams { id: id(REQUEST_ID) }
    );
    let completed = types::UpdateRequestBody {
        status: types::CmRequestStatusUpdate::Completed,
    };
    assert_eq!(call.body::<types::UpdateRequestBody>(), &completed);
    let request = response.into_inner();
    assert_eq!(
        (request.status, request.completed.to_string().as_str()),
        (8, "2015-07-07T23:37:37.767Z")
    );
    assert_eq!(json(&request), example);

    let url = format!(
        "{}/CertificateManagement/api/v1.0/requests/{REQUEST_ID}",
        cm.base
    );
    for (body, want) in [
        (
            json!({"status": "completed"}),
            types::CmRequestStatusUpdate::Completed,
        ),
        (
            json!({"Status": "ABANDONED"}),
            types::CmRequestStatusUpdate::Abandoned,
        ),
    ] {
        let response = raw()
            .put(&url)
            .basic_auth(USER, Some(PASSWORD))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{body}");
        let call = cm.stub.only_call("update_request_status");
        assert_eq!(
            call.body::<types::UpdateRequestBody>().status,
            want,
            "{body}"
        );
    }
}
