//! Loopback tests of the 10 CM smart-card operations (see `loopback_cm.rs` for the layout),
//! including the controller-table route `getRequestSmartcardProposedPin`, `diversified=False`,
//! base64 query values, bare JSON string answers, single-or-list answers and the open
//! `CmOperationName` enum.

mod common;

use common::cm_stub::start_cm;
use common::{PASSWORD, Spec, USER, json, raw, request_example, response_example, typed};
use generated_client::cm as client;
use generated_server_stubs::cm::{self as server, types};
use serde_json::json;

const REQUEST_ID: &str = "a9b4b42c-cc50-4c9b-89d1-bbc0bcd5a099";
const CARD_ID: &str = "17cf063d-e337-4aa9-a822-346554ddd3c9";
const PHYSICAL_CARD: &str = "bc88f13f-83ba-4037-8262-46eba1291c6e";
const ATR: &str = "3b8d0180fba000000397425446590301c8";

fn id(text: &str) -> uuid::Uuid {
    text.parse().expect("uuid")
}

#[tokio::test]
async fn assign_smartcard_answers_the_relative_uri_as_a_json_string() {
    let cm = start_cm().await;
    let created = response_example(Spec::Cm, "assignSmartcard", "201", "assigned");
    cm.stub
        .reply(server::AssignSmartcardResponse::Created(typed(&created)));

    let body: client::types::AssignSmartcardBody =
        typed(&request_example(Spec::Cm, "assignSmartcard", "assign"));
    let response = cm
        .client
        .assign_smartcard()
        .body(body)
        .send()
        .await
        .expect("assignSmartcard");

    let call = cm.stub.only_call("assign_smartcard");
    assert_eq!(
        call.params::<server::AssignSmartcardParams>(),
        &server::AssignSmartcardParams {}
    );
    let want = types::AssignSmartcardBody {
        requestid: id(REQUEST_ID),
        cardid: PHYSICAL_CARD.into(),
        atr: Some(ATR.into()),
    };
    assert_eq!(call.body::<types::AssignSmartcardBody>(), &want);
    assert_eq!(response.status(), 201);
    assert_eq!(
        response.into_inner(),
        format!("api/v1.0/smartcards/{CARD_ID}")
    );
}

#[tokio::test]
async fn list_smartcards_answers_one_card_by_card_id_or_a_list() {
    let cm = start_cm().await;
    let card = response_example(Spec::Cm, "listSmartcards", "200", "byCardId");
    cm.stub
        .reply(server::ListSmartcardsResponse::Ok(typed(&card)));

    let physical = "d1ef6869-5517-42a0-8f05-16ca1a0b834d";
    let response = cm
        .client
        .list_smartcards()
        .cardid(physical)
        .send()
        .await
        .expect("listSmartcards");

    let call = cm.stub.only_call("list_smartcards");
    let want = server::ListSmartcardsParams {
        cardid: Some(physical.into()),
    };
    assert_eq!(call.params::<server::ListSmartcardsParams>(), &want);
    let client::types::SmartcardOrSmartcardList::Smartcard(decoded) = response.into_inner() else {
        panic!("one card expected")
    };
    assert_eq!(decoded.serial_number, format!("{{{physical}}}"));
    assert_eq!((decoded.status, decoded.profile_template_version), (3, 46));
    assert_eq!(json(&decoded), card);

    let list = json!([
        card,
        response_example(Spec::Cm, "getSmartcard", "200", "assignedCard")
    ]);
    cm.stub
        .reply(server::ListSmartcardsResponse::Ok(typed(&list)));
    let response = cm
        .client
        .list_smartcards()
        .send()
        .await
        .expect("listSmartcards");
    assert_eq!(
        cm.stub
            .only_call("list_smartcards")
            .params::<server::ListSmartcardsParams>()
            .cardid,
        None
    );
    let client::types::SmartcardOrSmartcardList::Array(cards) = response.into_inner() else {
        panic!("a list expected")
    };
    assert_eq!(cards[1].uuid, id(CARD_ID));
    assert_eq!(json(&cards), list);
}

#[tokio::test]
async fn get_smartcard_by_its_cm_id() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "getSmartcard", "200", "assignedCard");
    cm.stub
        .reply(server::GetSmartcardResponse::Ok(typed(&example)));

    let response = cm
        .client
        .get_smartcard()
        .id(id(CARD_ID))
        .send()
        .await
        .expect("getSmartcard");

    let call = cm.stub.only_call("get_smartcard");
    assert_eq!(
        call.params::<server::GetSmartcardParams>(),
        &server::GetSmartcardParams { id: id(CARD_ID) }
    );
    let card = response.into_inner();
    assert_eq!(
        (card.uuid, card.status, card.atr.as_str()),
        (id(CARD_ID), 2, ATR)
    );
    assert_eq!(card.parent_smartcard_uuid, uuid::Uuid::nil());
    assert_eq!(json(&card), example);
}

#[tokio::test]
async fn get_smartcard_authentication_response_with_a_base64_challenge() {
    let cm = start_cm().await;
    let example = response_example(
        Spec::Cm,
        "getSmartcardAuthenticationResponse",
        "200",
        "response",
    );
    cm.stub
        .reply(server::GetSmartcardAuthenticationResponseResponse::Ok(
            typed(&example),
        ));

    let response = cm
        .client
        .get_smartcard_authentication_response()
        .requestid(id(REQUEST_ID))
        .id(id(CARD_ID))
        .atr(ATR)
        .cardid(PHYSICAL_CARD)
        .challenge("1hFD+cz/0so=")
        .diversified(true)
        .send()
        .await
        .expect("getSmartcardAuthenticationResponse");

    let call = cm.stub.only_call("get_smartcard_authentication_response");
    let want = server::GetSmartcardAuthenticationResponseParams {
        requestid: id(REQUEST_ID),
        id: id(CARD_ID),
        atr: Some(ATR.into()),
        cardid: PHYSICAL_CARD.into(),
        challenge: "1hFD+cz/0so=".into(),
        diversified: true,
    };
    assert_eq!(
        call.params::<server::GetSmartcardAuthenticationResponseParams>(),
        &want
    );
    assert_eq!(response.into_inner(), "F0Zudm4wPLY=");
}

#[tokio::test]
async fn diversified_false_as_the_documentation_spells_it() {
    let cm = start_cm().await;
    cm.stub
        .reply(server::GetSmartcardAuthenticationResponseResponse::Ok(
            "F0Zudm4wPLY=".into(),
        ));

    let path = format!(
        "/CertificateManagement/api/v1.0/requests/{REQUEST_ID}/smartcards/{CARD_ID}/authenticationresponse"
    );
    for (query, want) in [
        ("diversified=False", false),
        ("Diversified=True", true),
        ("diversified=false", false),
    ] {
        let url = format!(
            "{}{path}?cardid={PHYSICAL_CARD}&challenge=1hFD%2Bcz%2F0so%3D&{query}",
            cm.base
        );
        let response = raw()
            .get(url)
            .basic_auth(USER, Some(PASSWORD))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{query}");
        assert_eq!(
            response.text().await.unwrap(),
            r#""F0Zudm4wPLY=""#,
            "a bare JSON string"
        );
        let call = cm.stub.only_call("get_smartcard_authentication_response");
        let params = call.params::<server::GetSmartcardAuthenticationResponseParams>();
        assert_eq!(
            (
                params.diversified,
                params.challenge.as_str(),
                params.atr.as_deref()
            ),
            (want, "1hFD+cz/0so=", None),
            "{query}"
        );
    }
}

#[tokio::test]
async fn get_smartcard_diversified_admin_key() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "getSmartcardDiversifiedAdminKey", "200", "key");
    cm.stub
        .reply(server::GetSmartcardDiversifiedAdminKeyResponse::Ok(typed(
            &example,
        )));

    let response = cm
        .client
        .get_smartcard_diversified_admin_key()
        .requestid(id(REQUEST_ID))
        .id(id(CARD_ID))
        .cardid(PHYSICAL_CARD)
        .send()
        .await
        .expect("getSmartcardDiversifiedAdminKey");

    let call = cm.stub.only_call("get_smartcard_diversified_admin_key");
    let want = server::GetSmartcardDiversifiedAdminKeyParams {
        requestid: id(REQUEST_ID),
        id: id(CARD_ID),
        atr: None,
        cardid: PHYSICAL_CARD.into(),
    };
    assert_eq!(
        call.params::<server::GetSmartcardDiversifiedAdminKeyParams>(),
        &want
    );
    assert_eq!(response.into_inner(), "mBVA+HopB/gc+6FuKsQqx+OX01hK1WQI");
}

#[tokio::test]
async fn get_smartcard_proposed_pin_without_any_query_parameter() {
    let cm = start_cm().await;
    cm.stub.reply(server::GetSmartcardProposedPinResponse::Ok(
        "11111111".into(),
    ));

    let response = cm
        .client
        .get_smartcard_proposed_pin()
        .id(id(CARD_ID))
        .send()
        .await
        .expect("getSmartcardProposedPin");

    let call = cm.stub.only_call("get_smartcard_proposed_pin");
    assert_eq!(
        call.uri.path(),
        format!("/CertificateManagement/api/v1.0/smartcards/{CARD_ID}/serverproposedpin")
    );
    let want = server::GetSmartcardProposedPinParams {
        id: id(CARD_ID),
        atr: None,
        cardid: None,
        challenge: None,
    };
    assert_eq!(
        call.params::<server::GetSmartcardProposedPinParams>(),
        &want
    );
    assert_eq!(response.into_inner(), "11111111");
}

#[tokio::test]
async fn get_request_smartcard_proposed_pin_from_the_controller_table() {
    let cm = start_cm().await;
    cm.stub
        .reply(server::GetRequestSmartcardProposedPinResponse::Ok(
            "00000000".into(),
        ));

    let response = cm
        .client
        .get_request_smartcard_proposed_pin()
        .requestid(id(REQUEST_ID))
        .id(id(CARD_ID))
        .atr(ATR)
        .cardid(PHYSICAL_CARD)
        .challenge("1hFD+cz/0so=")
        .send()
        .await
        .expect("getRequestSmartcardProposedPin");

    let call = cm.stub.only_call("get_request_smartcard_proposed_pin");
    let want = server::GetRequestSmartcardProposedPinParams {
        requestid: id(REQUEST_ID),
        id: id(CARD_ID),
        atr: Some(ATR.into()),
        cardid: Some(PHYSICAL_CARD.into()),
        challenge: Some("1hFD+cz/0so=".into()),
    };
    assert_eq!(
        call.params::<server::GetRequestSmartcardProposedPinParams>(),
        &want
    );
    assert_eq!(
        response.into_inner(),
        "00000000",
        "leading zeros: a string, not a number"
    );
}

#[tokio::test]
async fn update_smartcard_status_takes_the_status_name_in_any_case() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "updateSmartcardStatus", "200", "retiredCard");
    cm.stub
        .reply(server::UpdateSmartcardStatusResponse::Ok(typed(&example)));

    let body: client::types::UpdateSmartcardStatusBody = typed(&request_example(
        Spec::Cm,
        "updateSmartcardStatus",
        "retire",
    ));
    let response = cm
        .client
        .update_smartcard_status()
        .requestid(id(REQUEST_ID))
        .id(id(CARD_ID))
        .body(body)
        .send()
        .await
        .expect("update");

    let call = cm.stub.only_call("update_smartcard_status");
    assert_eq!(call.method, "PUT");
    let want = server::UpdateSmartcardStatusParams {
        requestid: id(REQUEST_ID),
        id: id(CARD_ID),
    };
    assert_eq!(call.params::<server::UpdateSmartcardStatusParams>(), &want);
    assert_eq!(
        call.body::<types::UpdateSmartcardStatusBody>().status,
        types::CmSmartcardStatusName::Retired
    );
    let card = response.into_inner();
    assert_eq!(card.status, 6);
    assert_eq!(json(&card), example);

    let url = format!(
        "{}/CertificateManagement/api/v1.0/requests/{REQUEST_ID}/smartcards/{CARD_ID}",
        cm.base
    );
    let response = raw()
        .put(url)
        .basic_auth(USER, Some(PASSWORD))
        .json(&json!({"status": "retired"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let call = cm.stub.only_call("update_smartcard_status");
    assert_eq!(
        call.body::<types::UpdateSmartcardStatusBody>().status,
        types::CmSmartcardStatusName::Retired
    );
}

#[tokio::test]
async fn list_smartcard_operations_keeps_unknown_operation_names() {
    let cm = start_cm().await;
    let mut operations: Vec<server::open_enums::CmOperationName> = typed(&response_example(
        Spec::Cm,
        "listSmartcardOperations",
        "200",
        "activeCard",
    ));
    operations.push(server::open_enums::CmOperationName::Other("suspend".into()));
    cm.stub
        .reply(server::ListSmartcardOperationsResponse::Ok(operations));

    let response = cm
        .client
        .list_smartcard_operations()
        .id(id(CARD_ID))
        .send()
        .await
        .expect("listSmartcardOperations");

    let call = cm.stub.only_call("list_smartcard_operations");
    assert_eq!(
        call.params::<server::ListSmartcardOperationsParams>(),
        &server::ListSmartcardOperationsParams { id: id(CARD_ID) }
    );
    use client::open_enums::CmOperationName as Op;
    assert_eq!(
        response.into_inner(),
        [
            Op::Renew,
            Op::Unblock,
            Op::Retire,
            Op::Other("suspend".into())
        ]
    );
}

#[tokio::test]
async fn list_smartcard_certificates_in_the_short_form() {
    let cm = start_cm().await;
    let example = response_example(
        Spec::Cm,
        "listSmartcardCertificates",
        "200",
        "virtualSmartcardCertificates",
    );
    cm.stub
        .reply(server::ListSmartcardCertificatesResponse::Ok(typed(
            &example,
        )));

    let response = cm
        .client
        .list_smartcard_certificates()
        .id(id(CARD_ID))
        .send()
        .await
        .expect("listSmartcardCertificates");

    let call = cm.stub.only_call("list_smartcard_certificates");
    assert_eq!(
        call.params::<server::ListSmartcardCertificatesParams>(),
        &server::ListSmartcardCertificatesParams { id: id(CARD_ID) }
    );
    let certificates = response.into_inner();
    assert_eq!(
        certificates[0].thumbprint,
        "C52B0C5FB8AAD31A5B239FF2712ED14122D67D30"
    );
    assert_eq!(
        (
            certificates[0].not_after,
            certificates[0].status,
            &certificates[0].issuer
        ),
        (None, None, &None)
    );
    assert_eq!(
        json(&certificates),
        example,
        "absent long-form fields stay absent"
    );
}
