//! Loopback tests of the 6 CM software-profile operations (including the controller-table route
//! `getRequestProfile`) and the 3 certificate-request / user-certificate operations (see
//! `loopback_cm.rs` for the layout): single-or-list answers, the open `CmOperationName` enum,
//! status names in any case, CRLF-laden base64 and offset-less validity dates.

mod common;

use common::cm_stub::start_cm;
use common::{PASSWORD, Spec, USER, json, raw, request_example, response_example, typed};
use generated_client::cm as client;
use generated_server_stubs::cm::{self as server, types};
use mim_wire::Zone;
use serde_json::{Value, json};

const REQUEST_ID: &str = "a9b4b42c-cc50-4c9b-89d1-bbc0bcd5a099";
const PROFILE_ID: &str = "c0dd5c7d-ec35-4346-baca-3ad711e9722f";

fn id(text: &str) -> uuid::Uuid {
    text.parse().expect("uuid")
}

#[tokio::test]
async fn list_profiles_by_status() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "listProfiles", "200", "activeProfiles");
    cm.stub
        .reply(server::ListProfilesResponse::Ok(typed(&example)));

    let response = cm
        .client
        .list_profiles()
        .status(client::types::ProfileStatusFilter::Active)
        .send()
        .await
        .expect("listProfiles");

    let call = cm.stub.only_call("list_profiles");
    let want = server::ListProfilesParams {
        status: Some(types::ProfileStatusFilter::Active),
    };
    assert_eq!(call.params::<server::ListProfilesParams>(), &want);
    let profiles = response.into_inner();
    use client::open_enums::CmOperationName as Op;
    assert_eq!(
        profiles[0].profile_operations,
        [Op::Renew, Op::Disable, Op::Recover]
    );
    assert_eq!(
        (profiles[0].uuid, profiles[2].profile_template_version),
        (id(PROFILE_ID), 9)
    );
    assert_eq!(json(&profiles), example);
}

#[tokio::test]
async fn get_profile_answers_a_single_profile() {
    let cm = start_cm().await;
    let profile = response_example(Spec::Cm, "listProfiles", "200", "activeProfiles")[0].clone();
    cm.stub
        .reply(server::GetProfileResponse::Ok(typed(&profile)));

    let response = cm
        .client
        .get_profile()
        .id(id(PROFILE_ID))
        .send()
        .await
        .expect("getProfile");

    let call = cm.stub.only_call("get_profile");
    assert_eq!(
        call.params::<server::GetProfileParams>(),
        &server::GetProfileParams { id: id(PROFILE_ID) }
    );
    let client::types::ProfileOrProfileList::Profile(decoded) = response.into_inner() else {
        panic!("one profile expected")
    };
    assert_eq!(
        decoded.parent_profile_uuid,
        id("1c9e2606-fea2-4048-a6ac-b014e54c22df")
    );
    assert_eq!(json(&decoded), profile);
}

#[tokio::test]
async fn list_profile_operations() {
    let cm = start_cm().await;
    cm.stub
        .reply(server::ListProfileOperationsResponse::Ok(typed(&json!([
            "renew", "disable", "recover"
        ]))));

    let response = cm
        .client
        .list_profile_operations()
        .id(id(PROFILE_ID))
        .send()
        .await
        .expect("listProfileOperations");

    let call = cm.stub.only_call("list_profile_operations");
    assert_eq!(
        call.params::<server::ListProfileOperationsParams>(),
        &server::ListProfileOperationsParams { id: id(PROFILE_ID) }
    );
    use client::open_enums::CmOperationName as Op;
    assert_eq!(response.into_inner(), [Op::Renew, Op::Disable, Op::Recover]);
}

#[tokio::test]
async fn list_profile_certificates() {
    let cm = start_cm().await;
    let certificates = response_example(
        Spec::Cm,
        "listSmartcardCertificates",
        "200",
        "virtualSmartcardCertificates",
    );
    cm.stub
        .reply(server::ListProfileCertificatesResponse::Ok(typed(
            &certificates,
        )));

    let response = cm
        .client
        .list_profile_certificates()
        .id(id(PROFILE_ID))
        .send()
        .await
        .expect("listProfileCertificates");

    let call = cm.stub.only_call("list_profile_certificates");
    assert_eq!(
        call.params::<server::ListProfileCertificatesParams>(),
        &server::ListProfileCertificatesParams { id: id(PROFILE_ID) }
    );
    let decoded = response.into_inner();
    assert_eq!(
        (decoded.len(), decoded[1].serial_number.as_str()),
        (2, "1B0000B011AB48AE7D664ED5D900010000B011")
    );
    assert_eq!(json(&decoded), certificates);
}

#[tokio::test]
async fn list_request_profiles_by_status_name_in_any_case() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "listProfiles", "200", "activeProfiles");
    cm.stub
        .reply(server::ListRequestProfilesResponse::Ok(typed(&example)));

    let response = cm
        .client
        .list_request_profiles()
        .requestid(id(REQUEST_ID))
        .status(client::types::ProfileStatusFilter::Completed)
        .send()
        .await
        .expect("listRequestProfiles");

    let call = cm.stub.only_call("list_request_profiles");
    let want = server::ListRequestProfilesParams {
        requestid: id(REQUEST_ID),
        status: Some(types::ProfileStatusFilter::Completed),
    };
    assert_eq!(call.params::<server::ListRequestProfilesParams>(), &want);
    assert_eq!(json(&response.into_inner()), example);

    let url = format!(
        "{}/CertificateManagement/api/v1.0/requests/{REQUEST_ID}/profiles?status=active",
        cm.base
    );
    let response = raw()
        .get(url)
        .basic_auth(USER, Some(PASSWORD))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let call = cm.stub.only_call("list_request_profiles");
    assert_eq!(
        call.params::<server::ListRequestProfilesParams>().status,
        Some(types::ProfileStatusFilter::Active)
    );
}

#[tokio::test]
async fn get_request_profile_from_the_controller_table_answers_a_list() {
    let cm = start_cm().await;
    let profiles = json!([response_example(Spec::Cm, "listProfiles", "200", "activeProfiles")[0]]);
    cm.stub
        .reply(server::GetRequestProfileResponse::Ok(typed(&profiles)));

    let response = cm
        .client
        .get_request_profile()
        .requestid(id(REQUEST_ID))
        .id(id(PROFILE_ID))
        .send()
        .await
        .expect("getRequestProfile");

    let call = cm.stub.only_call("get_request_profile");
    let want = server::GetRequestProfileParams {
        requestid: id(REQUEST_ID),
        id: id(PROFILE_ID),
    };
    assert_eq!(call.params::<server::GetRequestProfileParams>(), &want);
    assert_eq!(
        call.uri.path(),
        format!("/CertificateManagement/api/v1.0/requests/{REQUEST_ID}/profiles/{PROFILE_ID}")
    );
    let client::types::ProfileOrProfileList::Array(decoded) = response.into_inner() else {
        panic!("a list expected")
    };
    assert_eq!(decoded[0].uuid, id(PROFILE_ID));
    assert_eq!(json(&decoded), profiles);
}
#[tokio::test]
async fn get_certificate_request_generation_options_of_a_request() {
    let cm = start_cm().await;
    let example = response_example(
        Spec::Cm,
        "getCertificateRequestGenerationOptions",
        "200",
        "oneKspRequest",
    );
    cm.stub
        .reply(server::GetCertificateRequestGenerationOptionsResponse::Ok(
            typed(&example),
        ));

    let response = cm
        .client
        .get_certificate_request_generation_options()
        .requestid(id(REQUEST_ID))
        .send()
        .await
        .expect("options");

    let call = cm
        .stub
        .only_call("get_certificate_request_generation_options");
    let want = server::GetCertificateRequestGenerationOptionsParams {
        requestid: id(REQUEST_ID),
    };
    assert_eq!(
        call.params::<server::GetCertificateRequestGenerationOptionsParams>(),
        &want
    );
    let options = response.into_inner();
    assert_eq!(
        (
            options[0].key_algorithm_name.as_str(),
            options[0].key_size,
            options[0].key_usages
        ),
        ("RSA", 2048, 3)
    );
    assert_eq!(
        options[0].key_storage_provider_names,
        ["Contoso Smart Card Key Storage Provider"]
    );
    assert_eq!(json(&options), example);
}

#[tokio::test]
async fn submit_certificate_requests_returns_pkcs7_responses() {
    let cm = start_cm().await;
    let example = response_example(
        Spec::Cm,
        "submitCertificateRequests",
        "200",
        "pkcs7Response",
    );
    cm.stub
        .reply(server::SubmitCertificateRequestsResponse::Ok(typed(
            &example,
        )));

    let body_json = request_example(Spec::Cm, "submitCertificateRequests", "oneCsr");
    let body: client::types::SubmitCertificateDataBody = typed(&body_json);
    let response = cm
        .client
        .submit_certificate_requests()
        .id(id(REQUEST_ID))
        .body(body)
        .send()
        .await
        .expect("submit");

    let call = cm.stub.only_call("submit_certificate_requests");
    assert_eq!(
        call.params::<server::SubmitCertificateRequestsParams>(),
        &server::SubmitCertificateRequestsParams { id: id(REQUEST_ID) }
    );
    let received = call.body::<types::SubmitCertificateDataBody>();
    assert_eq!(
        received.pfxpassword.as_deref(),
        Some("6b75162c-b3b4-4fc1-a653-f12dae98f0c3")
    );
    assert_eq!(received.certificaterequests.len(), 1);
    assert_eq!(
        Value::from(received.certificaterequests[0].as_str()),
        body_json["certificaterequests"][0],
        "CRLFs kept"
    );
    assert_eq!(received.comments, None);

    let certificates = response.into_inner();
    let certificate = &certificates[0];
    assert!(certificate.is_pkcs7 && !certificate.is_pfx && !certificate.is_server_generated);
    assert_eq!(
        (
            certificate.flags,
            certificate.pfx.as_deref(),
            certificate.error.as_deref()
        ),
        (65536, None, None)
    );
    assert!(
        certificate
            .pkcs7
            .as_deref()
            .is_some_and(|p| p.ends_with("oyI=\r\n"))
    );
    assert_eq!(json(&certificates), example);
}

#[tokio::test]
async fn list_user_certificates_in_the_long_form() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "listUserCertificates", "200", "userCertificates");
    cm.stub
        .reply(server::ListUserCertificatesResponse::Ok(typed(&example)));

    let response = cm
        .client
        .list_user_certificates()
        .send()
        .await
        .expect("listUserCertificates");

    let call = cm.stub.only_call("list_user_certificates");
    assert_eq!(
        call.params::<server::ListUserCertificatesParams>(),
        &server::ListUserCertificatesParams {}
    );
    let certificates = response.into_inner();
    let not_after = certificates[0].not_after.expect("NotAfter");
    assert_eq!(
        (not_after.to_string().as_str(), not_after.zone()),
        ("2016-07-13T09:10:31", Zone::Unspecified)
    );
    assert_eq!(
        certificates[0].issuer.as_deref(),
        Some("WIN-TRUR24L4CFS.corp.cmteam.com\\corp-WIN-TRUR24L4CFS-CA")
    );
    assert_eq!(
        (certificates[0].status, certificates[1].archived_on_ca),
        (Some(0), true)
    );
    assert_eq!(json(&certificates), example);
}
