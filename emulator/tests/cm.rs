//! CM end to end through the generated client.

mod common;

use common::*;
use generated_client::cm::types;
use uuid::Uuid;

const JEN_CM: &str = "8f1590dc-d932-4b66-8e68-2e91c5880780";
const SC_TEMPLATE: &str = "a039b4d0-5ce8-4eff-8651-181c6576fda3";
const CARD: &str = "17cf063d-e337-4aa9-a822-346554ddd3c9";
const CARD_ID: &str = "bc88f13f-83ba-4037-8262-46eba1291c6e";
const PROFILE: &str = "b99ff38c-6653-471f-ae3c-325bb351a6bc";
const ENROLL_REQ: &str = "a9b4b42c-cc50-4c9b-89d1-bbc0bcd5a099";

fn id(s: &str) -> Uuid {
    s.parse().expect("uuid")
}

fn cm_status<E>(err: generated_client::cm::Error<E>) -> u16 {
    err.status().map_or(0, |s| s.as_u16())
}

fn enroll(template: &str) -> types::CreateRequestBody {
    types::CreateRequestBody {
        comment: String::new(),
        datacollection: types::DataCollectionInput::String("[]".into()),
        priority: None,
        profiletemplateuuid: Some(id(template)),
        smartcard: None,
        target: None,
        type_: types::CmRequestType::Enroll,
    }
}

#[tokio::test]
async fn enrollment_lifecycle_and_restart() {
    let db = temp_db("cm");
    let server = start(&db).await;
    let jen = cm(&server, "PRIV\\Jen");
    let eve = cm(&server, "PRIV\\Eve");

    let templates = jen
        .list_profile_templates()
        .send()
        .await
        .expect("templates")
        .into_inner();
    assert_eq!(templates.len(), 4);
    let t = jen
        .get_profile_template()
        .id(id(SC_TEMPLATE))
        .send()
        .await
        .expect("template")
        .into_inner();
    assert!(t.is_smartcard_profile_template);
    jen.get_smartcard_policy()
        .id(id(SC_TEMPLATE))
        .send()
        .await
        .expect("sc policy");
    jen.get_workflow_policy()
        .id(id(SC_TEMPLATE))
        .type_("enroll")
        .send()
        .await
        .expect("workflow");

    // the documented request, completed
    let done = jen
        .update_request_status()
        .id(id(ENROLL_REQ))
        .body(types::UpdateRequestBody {
            status: types::CmRequestStatusUpdate::Completed,
        })
        .send()
        .await
        .expect("complete")
        .into_inner();
    assert_eq!(done.status, 8);
    let err = jen
        .update_request_status()
        .id(id(ENROLL_REQ))
        .body(types::UpdateRequestBody {
            status: types::CmRequestStatusUpdate::Canceled,
        })
        .send()
        .await
        .expect_err("completed is final");
    assert_eq!(cm_status(err), 409);
    assert_eq!(
        cm_status(
            eve.get_request()
                .id(id(ENROLL_REQ))
                .send()
                .await
                .expect_err("eve")
        ),
        // another user's request is not revealed: 404 as for an unknown id
        404
    );

    // a new smart card enrollment
    let uri = jen
        .create_request()
        .body(enroll(SC_TEMPLATE))
        .send()
        .await
        .expect("create");
    assert_eq!(uri.status().as_u16(), 201);
    let uri = uri.into_inner();
    let rid: Uuid = uri
        .strip_prefix("api/v1.0/requests/")
        .expect("relative uri")
        .parse()
        .expect("uuid");
    let req = jen
        .get_request()
        .id(rid)
        .send()
        .await
        .expect("get")
        .into_inner();
    assert_eq!(
        (req.status, req.request_type, req.target_user_uuid),
        (3, 1, id(JEN_CM))
    );
    let listed = jen
        .list_requests()
        .status(types::CmRequestStatusName::Approved)
        .targetuser("current")
        .send()
        .await
        .expect("list")
        .into_inner();
    assert!(listed.iter().any(|r| r.uuid == rid));
    let opts = jen
        .get_certificate_request_generation_options()
        .requestid(rid)
        .send()
        .await
        .expect("genopts")
        .into_inner();
    assert_eq!(opts.len(), 1);

    let card_uri = jen
        .assign_smartcard()
        .body(types::AssignSmartcardBody {
            atr: Some("3b8d01".into()),
            cardid: "new-card-0001".into(),
            requestid: rid,
        })
        .send()
        .await
        .expect("assign")
        .into_inner();
    let card_id: Uuid = card_uri
        .strip_prefix("api/v1.0/smartcards/")
        .expect("card uri")
        .parse()
        .expect("uuid");
    let by_cardid = jen
        .list_smartcards()
        .cardid("new-card-0001")
        .send()
        .await
        .expect("by cardid")
        .into_inner();
    assert!(
        matches!(by_cardid, types::SmartcardOrSmartcardList::Smartcard(ref c) if c.uuid == card_id)
    );
    let pin = jen
        .get_request_smartcard_proposed_pin()
        .requestid(rid)
        .id(card_id)
        .send()
        .await
        .expect("pin")
        .into_inner();
    assert_eq!(pin.len(), 8);
    jen.get_smartcard_authentication_response()
        .requestid(rid)
        .id(card_id)
        .cardid("new-card-0001")
        .challenge("00112233")
        .diversified(true)
        .send()
        .await
        .expect("auth response");
    jen.get_smartcard_diversified_admin_key()
        .requestid(rid)
        .id(card_id)
        .cardid("new-card-0001")
        .send()
        .await
        .expect("divkey");

    let certs = jen
        .submit_certificate_requests()
        .id(rid)
        .body(types::SubmitCertificateDataBody {
            certificaterequests: vec!["MIIBcsr".into()],
            comments: None,
            pfxpassword: None,
        })
        .send()
        .await
        .expect("certdata")
        .into_inner();
    assert_eq!(certs.len(), 1);
    let done = jen
        .update_request_status()
        .id(rid)
        .body(types::UpdateRequestBody {
            status: types::CmRequestStatusUpdate::Completed,
        })
        .send()
        .await
        .expect("complete")
        .into_inner();
    let card = jen
        .get_smartcard()
        .id(card_id)
        .send()
        .await
        .expect("card")
        .into_inner();
    assert_eq!(card.status, 3);
    let card_certs = jen
        .list_smartcard_certificates()
        .id(card_id)
        .send()
        .await
        .expect("card certs")
        .into_inner();
    assert_eq!(card_certs.len(), 1);
    let profile = done.new_profile_uuid;
    jen.get_profile().id(profile).send().await.expect("profile");
    let ops = jen
        .list_profile_operations()
        .id(profile)
        .send()
        .await
        .expect("ops")
        .into_inner();
    assert!(!ops.is_empty());
    assert_eq!(
        jen.list_request_profiles()
            .requestid(rid)
            .send()
            .await
            .expect("req profiles")
            .into_inner()
            .len(),
        1
    );
    jen.get_request_profile()
        .requestid(rid)
        .id(profile)
        .send()
        .await
        .expect("req profile");

    // seeded card, profile and certificates
    jen.list_smartcard_operations()
        .id(id(CARD))
        .send()
        .await
        .expect("card ops");
    jen.get_smartcard_proposed_pin()
        .id(id(CARD))
        .cardid(CARD_ID)
        .send()
        .await
        .expect("pin");
    assert_eq!(
        jen.list_profile_certificates()
            .id(id(PROFILE))
            .send()
            .await
            .expect("profile certs")
            .into_inner()
            .len(),
        1
    );
    let active = jen
        .list_profiles()
        .status(types::ProfileStatusFilter::Active)
        .send()
        .await
        .expect("profiles")
        .into_inner();
    assert_eq!(active.len(), 3, "seeded + two completed enrollments");
    assert_eq!(
        jen.list_user_certificates()
            .send()
            .await
            .expect("user certs")
            .into_inner()
            .len(),
        2
    );
    // the request is final: request-scoped writes refuse, the card status included
    let err = jen
        .update_smartcard_status()
        .requestid(rid)
        .id(card_id)
        .body(types::UpdateSmartcardStatusBody {
            status: types::CmSmartcardStatusName::Retired,
        })
        .send()
        .await
        .expect_err("completed request is final");
    assert_eq!(cm_status(err), 409);
    let card = jen
        .get_smartcard()
        .id(card_id)
        .send()
        .await
        .expect("card")
        .into_inner();
    assert_eq!(card.status, 3, "still active");

    // cancel a fresh one; abandoning it afterwards is illegal
    let uri = jen
        .create_request()
        .body(enroll("12bd5120-86a2-4ee1-8d05-131066871578"))
        .send()
        .await
        .expect("create")
        .into_inner();
    let other: Uuid = uri
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .parse()
        .expect("uuid");
    jen.update_request_status()
        .id(other)
        .body(types::UpdateRequestBody {
            status: types::CmRequestStatusUpdate::Canceled,
        })
        .send()
        .await
        .expect("cancel");
    let err = jen
        .update_request_status()
        .id(other)
        .body(types::UpdateRequestBody {
            status: types::CmRequestStatusUpdate::Abandoned,
        })
        .send()
        .await
        .expect_err("abandon after cancel");
    assert_eq!(cm_status(err), 409);
    server.stop().await.expect("stop");

    // restart: everything is still there
    let server = start(&db).await;
    let jen = cm(&server, "PRIV\\Jen");
    assert_eq!(
        jen.get_request()
            .id(rid)
            .send()
            .await
            .expect("after restart")
            .into_inner()
            .status,
        8
    );
    assert_eq!(
        jen.get_smartcard()
            .id(card_id)
            .send()
            .await
            .expect("card")
            .into_inner()
            .status,
        3
    );
    assert_eq!(
        jen.get_request()
            .id(other)
            .send()
            .await
            .expect("other")
            .into_inner()
            .status,
        6
    );
    server.stop().await.expect("stop");
    remove_db(&db);
}

/// The answers that contract testing settled (spec/DECISIONS.md, CM-43 and "Contract testing").
#[tokio::test]
async fn conflicts_missing_links_and_no_content() {
    let db = temp_db("cm-contract");
    let server = start(&db).await;
    let jen = cm(&server, "PRIV\\Jen");

    // a template without smart cards has no smart card configuration: 204
    let err = jen
        .get_smartcard_policy()
        .id(id("97cd65fa-af4b-4587-9309-0dd6bfd8b4e1"))
        .send()
        .await
        .expect_err("no smart card configuration");
    assert_eq!(cm_status(err), 204);
    // an unknown workflow policy type names nothing: 404
    let err = jen
        .get_workflow_policy()
        .id(id(SC_TEMPLATE))
        .type_("nosuchworkflow")
        .send()
        .await
        .expect_err("unknown policy type");
    assert_eq!(cm_status(err), 404);
    // the seeded card is not part of the documented enrollment: 404
    let err = jen
        .get_smartcard_authentication_response()
        .requestid(id(ENROLL_REQ))
        .id(id(CARD))
        .cardid(CARD_ID)
        .challenge("1hFD+cz/0so=")
        .diversified(false)
        .send()
        .await
        .expect_err("card not in request");
    assert_eq!(cm_status(err), 404);
    // a card id that is already assigned: 409
    let err = jen
        .assign_smartcard()
        .body(types::AssignSmartcardBody {
            atr: None,
            cardid: CARD_ID.into(),
            requestid: id(ENROLL_REQ),
        })
        .send()
        .await
        .expect_err("card id taken");
    assert_eq!(cm_status(err), 409);
    // an empty datacollection string carries no items
    jen.create_request()
        .body(types::CreateRequestBody {
            datacollection: types::DataCollectionInput::String(String::new()),
            ..enroll(SC_TEMPLATE)
        })
        .send()
        .await
        .expect("empty datacollection");
    server.stop().await.expect("stop");
}
