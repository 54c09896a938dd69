//! Errors over real HTTP, for both APIs served from one merged router: 401 with
//! `WWW-Authenticate` when the authenticator refuses, 404 for unknown paths, 405 with `Allow`,
//! 415 for a wrong content type, 400 for malformed keys, query values and bodies — each with
//! its API's error body (PAM: OData error, CM: `CmError`) — and documented errors returned by an
//! operation, decoded by the generated client.

mod common;

use common::cm_stub::CmStub;
use common::pam_stub::PamStub;
use common::{BasicAuth, CHALLENGE, DENIED, PASSWORD, Stub, USER, json, raw, serve};
use generated_client::support::Credentials;
use generated_client::{cm as cm_client, pam as pam_client};
use generated_server_stubs::{cm as cm_server, pam as pam_server};
use serde_json::{Value, json};

const REQUEST_ID: &str = "5ec10e61-cdd1-404e-a18e-740467d87dbf";

/// PAM and CM on one listener, each over its own stub.
struct Both {
    pam: Stub,
    cm: Stub,
    base: String,
}

async fn start_both() -> Both {
    let (pam, cm) = (Stub::default(), Stub::default());
    let routes = pam_server::routes(PamStub(pam.clone()), BasicAuth)
        .merge(cm_server::routes(CmStub(cm.clone()), BasicAuth));
    let base = serve(routes.into_router()).await;
    Both { pam, cm, base }
}

impl Both {
    fn assert_no_calls(&self) {
        self.pam.assert_no_calls();
        self.cm.assert_no_calls();
    }
}

/// Status, headers and JSON body of a raw response.
async fn answer(request: reqwest::RequestBuilder) -> (u16, reqwest::header::HeaderMap, Value) {
    let response = request.send().await.expect("request");
    let (status, headers) = (response.status().as_u16(), response.headers().clone());
    assert_eq!(
        headers["content-type"], "application/json; charset=utf-8",
        "error bodies are JSON"
    );
    let body = serde_json::from_str(&response.text().await.unwrap()).expect("JSON body");
    (status, headers, body)
}

/// The PAM error body the runtime writes: an OData v3 error, decodable by the client.
fn odata_error(code: &str, message: &str) -> Value {
    let body =
        json!({"odata.error": {"code": code, "message": {"lang": "en-US", "value": message}}});
    let _: pam_client::types::ODataError = common::typed(&body);
    body
}

/// The CM error body the runtime writes: `CmError`, decodable by the client.
fn cm_error(message: &str) -> Value {
    let body = json!({"Message": message});
    let _: cm_client::types::CmError = common::typed(&body);
    body
}

#[tokio::test]
async fn pam_refuses_bad_credentials_with_401_a_challenge_and_an_odata_error() {
    let both = start_both().await;
    for credentials in [Credentials::basic(USER, "wrong"), Credentials::None] {
        let client = pam_client::Client::new_with_credentials(&both.base, credentials).unwrap();
        let error = client.list_pam_roles().send().await.expect_err("401");
        let pam_client::Error::ErrorResponse(response) = error else {
            panic!("expected a documented error, got {error:?}")
        };
        assert_eq!(response.status(), 401);
        assert_eq!(response.headers()["www-authenticate"], CHALLENGE);
        assert_eq!(json(&*response), odata_error("Unauthorized", DENIED));
    }
    both.assert_no_calls();
}

#[tokio::test]
async fn cm_refuses_missing_credentials_with_401_a_challenge_and_a_cm_error() {
    let both = start_both().await;
    let client = cm_client::Client::new_with_credentials(&both.base, Credentials::None).unwrap();
    let error = client
        .get_request()
        .id(REQUEST_ID.parse::<uuid::Uuid>().unwrap())
        .send()
        .await
        .expect_err("401");
    let cm_client::Error::ErrorResponse(response) = error else {
        panic!("expected a documented error, got {error:?}")
    };
    assert_eq!(response.status(), 401);
    assert_eq!(response.headers()["www-authenticate"], CHALLENGE);
    assert_eq!(
        (
            response.message.as_str(),
            response.message_detail.as_deref()
        ),
        (DENIED, None)
    );
    assert_eq!(json(&*response), cm_error(DENIED));
    both.assert_no_calls();
}

#[tokio::test]
async fn authentication_comes_before_parameter_checks() {
    let both = start_both().await;
    let url = format!(
        "{}/api/pamresources/pamrequests(guid'not-a-guid')/Close",
        both.base
    );
    let (status, headers, body) = answer(raw().post(url)).await;
    assert_eq!(
        (status, &headers["www-authenticate"]),
        (401, &CHALLENGE.parse().unwrap())
    );
    assert_eq!(body, odata_error("Unauthorized", DENIED));
    both.assert_no_calls();
}

#[tokio::test]
async fn unknown_paths_are_404_in_each_apis_error_shape() {
    let both = start_both().await;
    let cases = [
        (
            "/api/pamresources/nosuch",
            odata_error("NotFound", "no resource at `/api/pamresources/nosuch`"),
        ),
        (
            "/API/PAMRESOURCES/pamroles/extra",
            odata_error(
                "NotFound",
                "no resource at `/API/PAMRESOURCES/pamroles/extra`",
            ),
        ),
        (
            "/CertificateManagement/api/v1.0/nosuch",
            cm_error("no resource at `/CertificateManagement/api/v1.0/nosuch`"),
        ),
        (
            "/certificatemanagement/api/v2.0/requests",
            cm_error("no resource at `/certificatemanagement/api/v2.0/requests`"),
        ),
    ];
    for (path, want) in cases {
        let (status, _, body) = answer(
            raw()
                .get(format!("{}{path}", both.base))
                .basic_auth(USER, Some(PASSWORD)),
        )
        .await;
        assert_eq!((status, body), (404, want), "{path}");
    }
    both.assert_no_calls();
}

#[tokio::test]
async fn wrong_methods_are_405_with_allow() {
    let both = start_both().await;
    let client = raw();
    let cases = [
        (
            client.delete(format!("{}/api/pamresources/pamrequests", both.base)),
            "GET, POST",
            "pam",
        ),
        (
            client.get(format!(
                "{}/api/pamresources/pamrequests(guid'{REQUEST_ID}')/Close",
                both.base
            )),
            "POST",
            "pam",
        ),
        (
            client.delete(format!(
                "{}/CertificateManagement/api/v1.0/requests/{REQUEST_ID}",
                both.base
            )),
            "GET, PUT",
            "cm",
        ),
        (
            client.post(format!(
                "{}/CertificateManagement/api/v1.0/certificates",
                both.base
            )),
            "GET",
            "cm",
        ),
    ];
    for (request, allow, api) in cases {
        let (status, headers, body) = answer(request.basic_auth(USER, Some(PASSWORD))).await;
        assert_eq!(
            (status, &headers["allow"]),
            (405, &allow.parse().unwrap()),
            "{allow}"
        );
        let message = if api == "pam" {
            &body["odata.error"]["message"]["value"]
        } else {
            &body["Message"]
        };
        assert!(
            message
                .as_str()
                .unwrap()
                .ends_with(&format!("allowed: {allow}")),
            "{body}"
        );
        if api == "pam" {
            assert_eq!(body["odata.error"]["code"], "MethodNotAllowed");
        } else {
            assert_eq!(body.as_object().unwrap().len(), 1, "{body}");
        }
    }
    both.assert_no_calls();
}

#[tokio::test]
async fn wrong_content_types_are_415() {
    let both = start_both().await;
    let pam_url = format!("{}/api/pamresources/pamrequests", both.base);
    let request = raw()
        .post(pam_url)
        .basic_auth(USER, Some(PASSWORD))
        .header("content-type", "text/plain")
        .body("RoleId=x");
    let (status, _, body) = answer(request).await;
    let message = "content type `text/plain` is not supported; send application/json or application/x-www-form-urlencoded";
    assert_eq!(
        (status, body),
        (415, odata_error("UnsupportedMediaType", message))
    );

    let cm_url = format!(
        "{}/CertificateManagement/api/v1.0/requests/{REQUEST_ID}",
        both.base
    );
    let request = raw()
        .put(cm_url)
        .basic_auth(USER, Some(PASSWORD))
        .header("content-type", "text/plain")
        .body("Completed");
    let (status, _, body) = answer(request).await;
    assert_eq!(
        (status, body),
        (
            415,
            cm_error("content type `text/plain` is not supported; send application/json")
        )
    );

    // CM takes no form bodies (only PAM create does).
    let cm_url = format!(
        "{}/CertificateManagement/api/v1.0/requests/{REQUEST_ID}",
        both.base
    );
    let request = raw()
        .put(cm_url)
        .basic_auth(USER, Some(PASSWORD))
        .form(&[("status", "Completed")]);
    let (status, _, body) = answer(request).await;
    assert_eq!(status, 415, "{body}");
    both.assert_no_calls();
}

#[tokio::test]
async fn malformed_keys_query_values_and_bodies_are_400() {
    let both = start_both().await;
    let (base, client) = (&both.base, raw());
    let cm_path = "/CertificateManagement/api/v1.0";
    let auth_response = format!(
        "{base}{cm_path}/requests/{REQUEST_ID}/smartcards/{REQUEST_ID}/authenticationresponse"
    );
    let cases = [
        (
            client.post(format!(
                "{base}/api/pamresources/pamrequests(guid'not-a-guid')/Close"
            )),
            "path parameter `requestId`",
        ),
        (
            client.post(format!(
                "{base}/api/pamresources/pamrequeststoapprove(guid'{REQUEST_ID}x')/Approve"
            )),
            "path parameter `approvalId`",
        ),
        (
            client.post(format!(
                "{base}/api/pamresources/pamrequests?RequestedTTL=soon"
            )),
            "query parameter `RequestedTTL`",
        ),
        (
            client
                .post(format!("{base}/api/pamresources/pamrequests"))
                .json(&json!({"RoleId": "x"})),
            "invalid request body",
        ),
        (
            client.post(format!("{base}/api/pamresources/pamrequests")),
            "invalid request body: missing field",
        ),
        (
            client.get(format!("{base}{cm_path}/requests/not-a-guid")),
            "path parameter `id`",
        ),
        (
            client.get(format!("{auth_response}?cardid=c&challenge=x")),
            "query parameter `diversified`: is required",
        ),
        (
            client.get(format!(
                "{auth_response}?cardid=c&challenge=x&diversified=maybe"
            )),
            "query parameter `diversified`",
        ),
        (
            client.get(format!("{base}{cm_path}/requests?status=Finished")),
            "query parameter `status`",
        ),
        (
            client
                .put(format!("{base}{cm_path}/requests/{REQUEST_ID}"))
                .json(&json!({"status": "Finished"})),
            "invalid request body",
        ),
        (
            client
                .put(format!("{base}{cm_path}/requests/{REQUEST_ID}"))
                .header("content-type", "application/json")
                .body("{"),
            "malformed JSON body",
        ),
    ];
    for (request, fragment) in cases {
        let (status, _, body) = answer(request.basic_auth(USER, Some(PASSWORD))).await;
        assert_eq!(status, 400, "{body}");
        let message = match body.get("odata.error") {
            Some(error) => {
                assert!(
                    error["code"].as_str().unwrap().starts_with("BadRequest"),
                    "{body}"
                );
                let _: pam_client::types::ODataError = common::typed(&body);
                error["message"]["value"].as_str().unwrap().to_string()
            }
            None => {
                let _: cm_client::types::CmError = common::typed(&body);
                body["Message"].as_str().unwrap().to_string()
            }
        };
        assert!(
            message.contains(fragment),
            "{message:?} should mention {fragment:?}"
        );
    }
    both.assert_no_calls();
}

#[tokio::test]
async fn documented_errors_returned_by_an_operation_reach_the_client_typed() {
    let both = start_both().await;
    let message = "Access is denied.";
    both.cm
        .reply(cm_server::GetSmartcardResponse::Forbidden(common::typed(
            &cm_error(message),
        )));
    let client =
        cm_client::Client::new_with_credentials(&both.base, Credentials::basic(USER, PASSWORD))
            .unwrap();

    let error = client
        .get_smartcard()
        .id(REQUEST_ID.parse::<uuid::Uuid>().unwrap())
        .send()
        .await
        .expect_err("403");

    both.cm.only_call("get_smartcard");
    let cm_client::Error::ErrorResponse(response) = error else {
        panic!("expected a documented error, got {error:?}")
    };
    assert_eq!(
        (response.status().as_u16(), response.message.as_str()),
        (403, message)
    );
}
