//! `204 No Content`, documented next to a `200`/`201` with a body on 25 of the 27 CM operations:
//! the generated server answers it, and the generated client — which can have only one success
//! type per operation — hands it over as `Error::UnexpectedResponse` with the status intact (the
//! documented client-side limitation, see `codegen/src/client.rs`).

mod common;

use common::cm_stub::start_cm;
use generated_client::cm as client;
use generated_client::cm::ResponseValue;
use generated_server_stubs::cm as server;
use serde_json::json;

fn id() -> uuid::Uuid {
    "a9b4b42c-cc50-4c9b-89d1-bbc0bcd5a099".parse().unwrap()
}

/// The call ended in `UnexpectedResponse` with status 204 and an empty body.
async fn assert_no_content<T: std::fmt::Debug>(
    operation: &str,
    result: Result<ResponseValue<T>, client::Error<client::types::CmError>>,
) {
    match result {
        Err(client::Error::UnexpectedResponse(response)) => {
            assert_eq!(response.status(), 204, "{operation}");
            assert_eq!(response.text().await.unwrap(), "", "{operation}: no body");
        }
        other => panic!("{operation}: expected UnexpectedResponse(204), got {other:?}"),
    }
}

#[tokio::test]
async fn every_documented_204_reaches_the_client_as_an_unexpected_response() {
    let cm = start_cm().await;
    let s = &cm.stub;
    s.reply(server::ListProfileTemplatesResponse::NoContent);
    s.reply(server::GetProfileTemplateResponse::NoContent);
    s.reply(server::GetWorkflowPolicyResponse::NoContent);
    s.reply(server::GetSmartcardPolicyResponse::NoContent);
    s.reply(server::ListRequestsResponse::NoContent);
    s.reply(server::GetRequestResponse::NoContent);
    s.reply(server::UpdateRequestStatusResponse::NoContent);
    s.reply(server::GetCertificateRequestGenerationOptionsResponse::NoContent);
    s.reply(server::ListRequestProfilesResponse::NoContent);
    s.reply(server::GetRequestProfileResponse::NoContent);
    s.reply(server::AssignSmartcardResponse::NoContent);
    s.reply(server::ListSmartcardsResponse::NoContent);
    s.reply(server::GetSmartcardResponse::NoContent);
    s.reply(server::GetSmartcardAuthenticationResponseResponse::NoContent);
    s.reply(server::GetSmartcardDiversifiedAdminKeyResponse::NoContent);
    s.reply(server::GetSmartcardProposedPinResponse::NoContent);
    s.reply(server::GetRequestSmartcardProposedPinResponse::NoContent);
    s.reply(server::UpdateSmartcardStatusResponse::NoContent);
    s.reply(server::ListSmartcardOperationsResponse::NoContent);
    s.reply(server::ListSmartcardCertificatesResponse::NoContent);
    s.reply(server::ListProfilesResponse::NoContent);
    s.reply(server::GetProfileResponse::NoContent);
    s.reply(server::ListProfileOperationsResponse::NoContent);
    s.reply(server::ListProfileCertificatesResponse::NoContent);
    s.reply(server::ListUserCertificatesResponse::NoContent);

    let c = &cm.client;
    let completed: client::types::UpdateRequestBody =
        common::typed(&json!({"status": "Completed"}));
    let retired: client::types::UpdateSmartcardStatusBody =
        common::typed(&json!({"status": "Retired"}));
    let assign: client::types::AssignSmartcardBody =
        common::typed(&json!({"requestid": id(), "cardid": "c"}));
    assert_no_content(
        "listProfileTemplates",
        c.list_profile_templates().send().await,
    )
    .await;
    assert_no_content(
        "getProfileTemplate",
        c.get_profile_template().id(id()).send().await,
    )
    .await;
    assert_no_content(
        "getWorkflowPolicy",
        c.get_workflow_policy().id(id()).type_("renew").send().await,
    )
    .await;
    assert_no_content(
        "getSmartcardPolicy",
        c.get_smartcard_policy().id(id()).send().await,
    )
    .await;
    assert_no_content("listRequests", c.list_requests().send().await).await;
    assert_no_content("getRequest", c.get_request().id(id()).send().await).await;
    assert_no_content(
        "updateRequestStatus",
        c.update_request_status()
            .id(id())
            .body(completed)
            .send()
            .await,
    )
    .await;
    assert_no_content(
        "getCertificateRequestGenerationOptions",
        c.get_certificate_request_generation_options()
            .requestid(id())
            .send()
            .await,
    )
    .await;
    assert_no_content(
        "listRequestProfiles",
        c.list_request_profiles().requestid(id()).send().await,
    )
    .await;
    assert_no_content(
        "getRequestProfile",
        c.get_request_profile()
            .requestid(id())
            .id(id())
            .send()
            .await,
    )
    .await;
    assert_no_content(
        "assignSmartcard",
        c.assign_smartcard().body(assign).send().await,
    )
    .await;
    assert_no_content("listSmartcards", c.list_smartcards().send().await).await;
    assert_no_content("getSmartcard", c.get_smartcard().id(id()).send().await).await;
    let auth_response = c
        .get_smartcard_authentication_response()
        .requestid(id())
        .id(id())
        .cardid("c")
        .challenge("x")
        .diversified(false);
    assert_no_content(
        "getSmartcardAuthenticationResponse",
        auth_response.send().await,
    )
    .await;
    let diversified_key = c
        .get_smartcard_diversified_admin_key()
        .requestid(id())
        .id(id())
        .cardid("c");
    assert_no_content(
        "getSmartcardDiversifiedAdminKey",
        diversified_key.send().await,
    )
    .await;
    assert_no_content(
        "getSmartcardProposedPin",
        c.get_smartcard_proposed_pin().id(id()).send().await,
    )
    .await;
    assert_no_content(
        "getRequestSmartcardProposedPin",
        c.get_request_smartcard_proposed_pin()
            .requestid(id())
            .id(id())
            .send()
            .await,
    )
    .await;
    assert_no_content(
        "updateSmartcardStatus",
        c.update_smartcard_status()
            .requestid(id())
            .id(id())
            .body(retired)
            .send()
            .await,
    )
    .await;
    assert_no_content(
        "listSmartcardOperations",
        c.list_smartcard_operations().id(id()).send().await,
    )
    .await;
    assert_no_content(
        "listSmartcardCertificates",
        c.list_smartcard_certificates().id(id()).send().await,
    )
    .await;
    assert_no_content("listProfiles", c.list_profiles().send().await).await;
    assert_no_content("getProfile", c.get_profile().id(id()).send().await).await;
    assert_no_content(
        "listProfileOperations",
        c.list_profile_operations().id(id()).send().await,
    )
    .await;
    assert_no_content(
        "listProfileCertificates",
        c.list_profile_certificates().id(id()).send().await,
    )
    .await;
    assert_no_content(
        "listUserCertificates",
        c.list_user_certificates().send().await,
    )
    .await;

    assert_eq!(
        cm.stub.take_calls().len(),
        25,
        "every call reached its operation"
    );
}

#[tokio::test]
async fn or_no_content_turns_exactly_a_204_into_none() {
    use generated_client::support::NoContent;
    let cm = start_cm().await;
    cm.stub.reply(server::GetSmartcardPolicyResponse::NoContent);
    let none = cm
        .client
        .get_smartcard_policy()
        .id(id())
        .send()
        .await
        .or_no_content()
        .unwrap();
    assert!(none.is_none());

    let example = common::response_example(
        common::Spec::Cm,
        "getSmartcardPolicy",
        "200",
        "hsmInitializedCard",
    );
    cm.stub
        .reply(server::GetSmartcardPolicyResponse::Ok(common::typed(
            &example,
        )));
    let some = cm
        .client
        .get_smartcard_policy()
        .id(id())
        .send()
        .await
        .or_no_content()
        .unwrap();
    assert_eq!(common::json(&some.expect("a policy")), example);

    cm.stub.reply(server::GetSmartcardPolicyResponse::Forbidden(
        common::typed(&json!({"Message": "no"})),
    ));
    let err = cm
        .client
        .get_smartcard_policy()
        .id(id())
        .send()
        .await
        .or_no_content()
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
}
