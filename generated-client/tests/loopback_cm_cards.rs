//! Loopback tests of the CM smart-card and software-profile operations (16 of the 27; the rest
//! are in `loopback_cm.rs`), including the controller-table routes `getRequestSmartcardProposedPin`
//! and `getRequestProfile`, `diversified=False`, base64 query values, bare JSON string answers,
//! single-or-list answers and the open `CmOperationName` enum.

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
const PROFILE_ID: &str = "c0dd5c7d-ec35-4346-baca-3ad711e9722f";

fn id(text: &str) -> uuid::Uuid {
    text.parse().expect("uuid")
}

#[tokio::test]
async fn assign_smartcard_answers_the_relative_uri_as_a_json_string() {
    let cm = start_cm().await;
    let created = response_example(Spec::Cm, "assignSmartcard", "201", "assigned");
    cm.stub.reply(server::AssignSmartcardResponse::Created(typed(&created)));

    let body: client::types::AssignSmartcardBody = typed(&request_example(Spec::Cm, "assignSmartcard", "assign"));
    let response = cm.client.assign_smartcard().body(body).send().await.expect("assignSmartcard");

    let call = cm.stub.only_call("assign_smartcard");
    assert_eq!(call.params::<server::AssignSmartcardParams>(), &server::AssignSmartcardParams {});
    let want = types::AssignSmartcardBody { requestid: id(REQUEST_ID), cardid: PHYSICAL_CARD.into(), atr: Some(ATR.into()) };
    assert_eq!(call.body::<types::AssignSmartcardBody>(), &want);
    assert_eq!(response.status(), 201);
    assert_eq!(response.into_inner(), format!("api/v1.0/smartcards/{CARD_ID}"));
}

#[tokio::test]
async fn list_smartcards_answers_one_card_by_card_id_or_a_list() {
    let cm = start_cm().await;
    let card = response_example(Spec::Cm, "listSmartcards", "200", "byCardId");
    cm.stub.reply(server::ListSmartcardsResponse::Ok(typed(&card)));

    let physical = "d1ef6869-5517-42a0-8f05-16ca1a0b834d";
    let response = cm.client.list_smartcards().cardid(physical).send().await.expect("listSmartcards");

    let call = cm.stub.only_call("list_smartcards");
    let want = server::ListSmartcardsParams { cardid: Some(physical.into()) };
    assert_eq!(call.params::<server::ListSmartcardsParams>(), &want);
    let client::types::SmartcardOrSmartcardList::Smartcard(decoded) = response.into_inner() else { panic!("one card expected") };
    assert_eq!(decoded.serial_number, format!("{{{physical}}}"));
    assert_eq!((decoded.status, decoded.profile_template_version), (3, 46));
    assert_eq!(json(&decoded), card);

    let list = json!([card, response_example(Spec::Cm, "getSmartcard", "200", "assignedCard")]);
    cm.stub.reply(server::ListSmartcardsResponse::Ok(typed(&list)));
    let response = cm.client.list_smartcards().send().await.expect("listSmartcards");
    assert_eq!(cm.stub.only_call("list_smartcards").params::<server::ListSmartcardsParams>().cardid, None);
    let client::types::SmartcardOrSmartcardList::Array(cards) = response.into_inner() else { panic!("a list expected") };
    assert_eq!(cards[1].uuid, id(CARD_ID));
    assert_eq!(json(&cards), list);
}

#[tokio::test]
async fn get_smartcard_by_its_cm_id() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "getSmartcard", "200", "assignedCard");
    cm.stub.reply(server::GetSmartcardResponse::Ok(typed(&example)));

    let response = cm.client.get_smartcard().id(id(CARD_ID)).send().await.expect("getSmartcard");

    let call = cm.stub.only_call("get_smartcard");
    assert_eq!(call.params::<server::GetSmartcardParams>(), &server::GetSmartcardParams { id: id(CARD_ID) });
    let card = response.into_inner();
    assert_eq!((card.uuid, card.status, card.atr.as_str()), (id(CARD_ID), 2, ATR));
    assert_eq!(card.parent_smartcard_uuid, uuid::Uuid::nil());
    assert_eq!(json(&card), example);
}

#[tokio::test]
async fn get_smartcard_authentication_response_with_a_base64_challenge() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "getSmartcardAuthenticationResponse", "200", "response");
    cm.stub.reply(server::GetSmartcardAuthenticationResponseResponse::Ok(typed(&example)));

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
    assert_eq!(call.params::<server::GetSmartcardAuthenticationResponseParams>(), &want);
    assert_eq!(response.into_inner(), "F0Zudm4wPLY=");
}

#[tokio::test]
async fn diversified_false_as_the_documentation_spells_it() {
    let cm = start_cm().await;
    cm.stub.reply(server::GetSmartcardAuthenticationResponseResponse::Ok("F0Zudm4wPLY=".into()));

    let path = format!("/CertificateManagement/api/v1.0/requests/{REQUEST_ID}/smartcards/{CARD_ID}/authenticationresponse");
    for (query, want) in [("diversified=False", false), ("Diversified=True", true), ("diversified=false", false)] {
        let url = format!("{}{path}?cardid={PHYSICAL_CARD}&challenge=1hFD%2Bcz%2F0so%3D&{query}", cm.base);
        let response = raw().get(url).basic_auth(USER, Some(PASSWORD)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{query}");
        assert_eq!(response.text().await.unwrap(), r#""F0Zudm4wPLY=""#, "a bare JSON string");
        let call = cm.stub.only_call("get_smartcard_authentication_response");
        let params = call.params::<server::GetSmartcardAuthenticationResponseParams>();
        assert_eq!((params.diversified, params.challenge.as_str(), params.atr.as_deref()), (want, "1hFD+cz/0so=", None), "{query}");
    }
}

#[tokio::test]
async fn get_smartcard_diversified_admin_key() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "getSmartcardDiversifiedAdminKey", "200", "key");
    cm.stub.reply(server::GetSmartcardDiversifiedAdminKeyResponse::Ok(typed(&example)));

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
    let want = server::GetSmartcardDiversifiedAdminKeyParams { requestid: id(REQUEST_ID), id: id(CARD_ID), atr: None, cardid: PHYSICAL_CARD.into() };
    assert_eq!(call.params::<server::GetSmartcardDiversifiedAdminKeyParams>(), &want);
    assert_eq!(response.into_inner(), "mBVA+HopB/gc+6FuKsQqx+OX01hK1WQI");
}

#[tokio::test]
async fn get_smartcard_proposed_pin_without_any_query_parameter() {
    let cm = start_cm().await;
    cm.stub.reply(server::GetSmartcardProposedPinResponse::Ok("11111111".into()));

    let response = cm.client.get_smartcard_proposed_pin().id(id(CARD_ID)).send().await.expect("getSmartcardProposedPin");

    let call = cm.stub.only_call("get_smartcard_proposed_pin");
    assert_eq!(call.uri.path(), format!("/CertificateManagement/api/v1.0/smartcards/{CARD_ID}/serverproposedpin"));
    let want = server::GetSmartcardProposedPinParams { id: id(CARD_ID), atr: None, cardid: None, challenge: None };
    assert_eq!(call.params::<server::GetSmartcardProposedPinParams>(), &want);
    assert_eq!(response.into_inner(), "11111111");
}

#[tokio::test]
async fn get_request_smartcard_proposed_pin_from_the_controller_table() {
    let cm = start_cm().await;
    cm.stub.reply(server::GetRequestSmartcardProposedPinResponse::Ok("00000000".into()));

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
    assert_eq!(call.params::<server::GetRequestSmartcardProposedPinParams>(), &want);
    assert_eq!(response.into_inner(), "00000000", "leading zeros: a string, not a number");
}

#[tokio::test]
async fn update_smartcard_status_takes_the_status_name_in_any_case() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "updateSmartcardStatus", "200", "retiredCard");
    cm.stub.reply(server::UpdateSmartcardStatusResponse::Ok(typed(&example)));

    let body: client::types::UpdateSmartcardStatusBody = typed(&request_example(Spec::Cm, "updateSmartcardStatus", "retire"));
    let response = cm.client.update_smartcard_status().requestid(id(REQUEST_ID)).id(id(CARD_ID)).body(body).send().await.expect("update");

    let call = cm.stub.only_call("update_smartcard_status");
    assert_eq!(call.method, "PUT");
    let want = server::UpdateSmartcardStatusParams { requestid: id(REQUEST_ID), id: id(CARD_ID) };
    assert_eq!(call.params::<server::UpdateSmartcardStatusParams>(), &want);
    assert_eq!(call.body::<types::UpdateSmartcardStatusBody>().status, types::CmSmartcardStatusName::Retired);
    let card = response.into_inner();
    assert_eq!(card.status, 6);
    assert_eq!(json(&card), example);

    let url = format!("{}/CertificateManagement/api/v1.0/requests/{REQUEST_ID}/smartcards/{CARD_ID}", cm.base);
    let response = raw().put(url).basic_auth(USER, Some(PASSWORD)).json(&json!({"status": "retired"})).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let call = cm.stub.only_call("update_smartcard_status");
    assert_eq!(call.body::<types::UpdateSmartcardStatusBody>().status, types::CmSmartcardStatusName::Retired);
}

#[tokio::test]
async fn list_smartcard_operations_keeps_unknown_operation_names() {
    let cm = start_cm().await;
    let mut operations: Vec<server::open_enums::CmOperationName> =
        typed(&response_example(Spec::Cm, "listSmartcardOperations", "200", "activeCard"));
    operations.push(server::open_enums::CmOperationName::Other("suspend".into()));
    cm.stub.reply(server::ListSmartcardOperationsResponse::Ok(operations));

    let response = cm.client.list_smartcard_operations().id(id(CARD_ID)).send().await.expect("listSmartcardOperations");

    let call = cm.stub.only_call("list_smartcard_operations");
    assert_eq!(call.params::<server::ListSmartcardOperationsParams>(), &server::ListSmartcardOperationsParams { id: id(CARD_ID) });
    use client::open_enums::CmOperationName as Op;
    assert_eq!(response.into_inner(), [Op::Renew, Op::Unblock, Op::Retire, Op::Other("suspend".into())]);
}

#[tokio::test]
async fn list_smartcard_certificates_in_the_short_form() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "listSmartcardCertificates", "200", "virtualSmartcardCertificates");
    cm.stub.reply(server::ListSmartcardCertificatesResponse::Ok(typed(&example)));

    let response = cm.client.list_smartcard_certificates().id(id(CARD_ID)).send().await.expect("listSmartcardCertificates");

    let call = cm.stub.only_call("list_smartcard_certificates");
    assert_eq!(call.params::<server::ListSmartcardCertificatesParams>(), &server::ListSmartcardCertificatesParams { id: id(CARD_ID) });
    let certificates = response.into_inner();
    assert_eq!(certificates[0].thumbprint, "C52B0C5FB8AAD31A5B239FF2712ED14122D67D30");
    assert_eq!((certificates[0].not_after, certificates[0].status, &certificates[0].issuer), (None, None, &None));
    assert_eq!(json(&certificates), example, "absent long-form fields stay absent");
}

#[tokio::test]
async fn list_profiles_by_status() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "listProfiles", "200", "activeProfiles");
    cm.stub.reply(server::ListProfilesResponse::Ok(typed(&example)));

    let response = cm.client.list_profiles().status(client::types::ProfileStatusFilter::Active).send().await.expect("listProfiles");

    let call = cm.stub.only_call("list_profiles");
    let want = server::ListProfilesParams { status: Some(types::ProfileStatusFilter::Active) };
    assert_eq!(call.params::<server::ListProfilesParams>(), &want);
    let profiles = response.into_inner();
    use client::open_enums::CmOperationName as Op;
    assert_eq!(profiles[0].profile_operations, [Op::Renew, Op::Disable, Op::Recover]);
    assert_eq!((profiles[0].uuid, profiles[2].profile_template_version), (id(PROFILE_ID), 9));
    assert_eq!(json(&profiles), example);
}

#[tokio::test]
async fn get_profile_answers_a_single_profile() {
    let cm = start_cm().await;
    let profile = response_example(Spec::Cm, "listProfiles", "200", "activeProfiles")[0].clone();
    cm.stub.reply(server::GetProfileResponse::Ok(typed(&profile)));

    let response = cm.client.get_profile().id(id(PROFILE_ID)).send().await.expect("getProfile");

    let call = cm.stub.only_call("get_profile");
    assert_eq!(call.params::<server::GetProfileParams>(), &server::GetProfileParams { id: id(PROFILE_ID) });
    let client::types::ProfileOrProfileList::Profile(decoded) = response.into_inner() else { panic!("one profile expected") };
    assert_eq!(decoded.parent_profile_uuid, id("1c9e2606-fea2-4048-a6ac-b014e54c22df"));
    assert_eq!(json(&decoded), profile);
}

#[tokio::test]
async fn list_profile_operations() {
    let cm = start_cm().await;
    cm.stub.reply(server::ListProfileOperationsResponse::Ok(typed(&json!(["renew", "disable", "recover"]))));

    let response = cm.client.list_profile_operations().id(id(PROFILE_ID)).send().await.expect("listProfileOperations");

    let call = cm.stub.only_call("list_profile_operations");
    assert_eq!(call.params::<server::ListProfileOperationsParams>(), &server::ListProfileOperationsParams { id: id(PROFILE_ID) });
    use client::open_enums::CmOperationName as Op;
    assert_eq!(response.into_inner(), [Op::Renew, Op::Disable, Op::Recover]);
}

#[tokio::test]
async fn list_profile_certificates() {
    let cm = start_cm().await;
    let certificates = response_example(Spec::Cm, "listSmartcardCertificates", "200", "virtualSmartcardCertificates");
    cm.stub.reply(server::ListProfileCertificatesResponse::Ok(typed(&certificates)));

    let response = cm.client.list_profile_certificates().id(id(PROFILE_ID)).send().await.expect("listProfileCertificates");

    let call = cm.stub.only_call("list_profile_certificates");
    assert_eq!(call.params::<server::ListProfileCertificatesParams>(), &server::ListProfileCertificatesParams { id: id(PROFILE_ID) });
    let decoded = response.into_inner();
    assert_eq!((decoded.len(), decoded[1].serial_number.as_str()), (2, "1B0000B011AB48AE7D664ED5D900010000B011"));
    assert_eq!(json(&decoded), certificates);
}

#[tokio::test]
async fn list_request_profiles_by_status_name_in_any_case() {
    let cm = start_cm().await;
    let example = response_example(Spec::Cm, "listProfiles", "200", "activeProfiles");
    cm.stub.reply(server::ListRequestProfilesResponse::Ok(typed(&example)));

    let response = cm
        .client
        .list_request_profiles()
        .requestid(id(REQUEST_ID))
        .status(client::types::ProfileStatusFilter::Completed)
        .send()
        .await
        .expect("listRequestProfiles");

    let call = cm.stub.only_call("list_request_profiles");
    let want = server::ListRequestProfilesParams { requestid: id(REQUEST_ID), status: Some(types::ProfileStatusFilter::Completed) };
    assert_eq!(call.params::<server::ListRequestProfilesParams>(), &want);
    assert_eq!(json(&response.into_inner()), example);

    let url = format!("{}/CertificateManagement/api/v1.0/requests/{REQUEST_ID}/profiles?status=active", cm.base);
    let response = raw().get(url).basic_auth(USER, Some(PASSWORD)).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let call = cm.stub.only_call("list_request_profiles");
    assert_eq!(call.params::<server::ListRequestProfilesParams>().status, Some(types::ProfileStatusFilter::Active));
}

#[tokio::test]
async fn get_request_profile_from_the_controller_table_answers_a_list() {
    let cm = start_cm().await;
    let profiles = json!([response_example(Spec::Cm, "listProfiles", "200", "activeProfiles")[0]]);
    cm.stub.reply(server::GetRequestProfileResponse::Ok(typed(&profiles)));

    let response = cm.client.get_request_profile().requestid(id(REQUEST_ID)).id(id(PROFILE_ID)).send().await.expect("getRequestProfile");

    let call = cm.stub.only_call("get_request_profile");
    let want = server::GetRequestProfileParams { requestid: id(REQUEST_ID), id: id(PROFILE_ID) };
    assert_eq!(call.params::<server::GetRequestProfileParams>(), &want);
    assert_eq!(call.uri.path(), format!("/CertificateManagement/api/v1.0/requests/{REQUEST_ID}/profiles/{PROFILE_ID}"));
    let client::types::ProfileOrProfileList::Array(decoded) = response.into_inner() else { panic!("a list expected") };
    assert_eq!(decoded[0].uuid, id(PROFILE_ID));
    assert_eq!(json(&decoded), profiles);
}
