//! The documented payloads, byte for byte: decoded into the generated types and written back,
//! every PAM response example and the CM ones below come out as the exact compact JSON text of
//! the documentation — same properties, same order (OData JSON light puts `odata.metadata`
//! first), same date-time spellings. (`examples_roundtrip.rs` compares values; this compares text.)

use serde::{Serialize, de::DeserializeOwned};

/// The example at `pointer` (into the YAML spec) as compact JSON text in document order:
/// serde_yaml's mapping keeps the order the document was written in.
fn example_text(spec: &str, pointer: &[&str]) -> String {
    let text =
        std::fs::read_to_string(format!("{}/../spec/{spec}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut node: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    for key in pointer {
        node = node
            .get(*key)
            .unwrap_or_else(|| panic!("{spec}: no `{key}` on the way to {pointer:?}"))
            .clone();
    }
    serde_json::to_string(&node).unwrap()
}

fn byte_for_byte<T: Serialize + DeserializeOwned>(spec: &str, pointer: &[&str]) {
    let documented = example_text(spec, pointer);
    let typed: T = serde_json::from_str(&documented).unwrap_or_else(|e| panic!("{pointer:?}: {e}"));
    assert_eq!(
        serde_json::to_string(&typed).unwrap(),
        documented,
        "{spec} {pointer:?}"
    );
}

fn response(
    path: &'static str,
    method: &'static str,
    status: &'static str,
    name: &'static str,
) -> Vec<&'static str> {
    vec![
        "paths",
        path,
        method,
        "responses",
        status,
        "content",
        "application/json",
        "examples",
        name,
        "value",
    ]
}

#[test]
fn pam_response_examples_round_trip_as_text() {
    use generated_client::pam::types::*;
    let p = "pam.yaml";
    byte_for_byte::<PamRoleCollection>(
        p,
        &response("/api/pamresources/pamroles", "get", "200", "rolesList"),
    );
    byte_for_byte::<PamRequestEntity>(
        p,
        &response(
            "/api/pamresources/pamrequests",
            "post",
            "201",
            "createdExample1",
        ),
    );
    byte_for_byte::<PamRequestEntity>(
        p,
        &response(
            "/api/pamresources/pamrequests",
            "post",
            "201",
            "createdExample2",
        ),
    );
    byte_for_byte::<PamRequestCollection>(
        p,
        &response(
            "/api/pamresources/pamrequests",
            "get",
            "200",
            "requestsList",
        ),
    );
    byte_for_byte::<PamRequestToApproveCollection>(
        p,
        &response(
            "/api/pamresources/pamrequeststoapprove",
            "get",
            "200",
            "pendingList",
        ),
    );
    byte_for_byte::<SessionInfoCollection>(
        p,
        &response("/api/pamresources/sessioninfo", "get", "200", "sessionInfo"),
    );
}

#[test]
fn odata_metadata_is_written_first() {
    use generated_client::pam::types::*;
    let roles = PamRoleCollection {
        odata_metadata: "m".into(),
        value: Vec::new(),
    };
    assert!(
        serde_json::to_string(&roles)
            .unwrap()
            .starts_with(r#"{"odata.metadata":"m""#)
    );
}

#[test]
fn cm_response_examples_round_trip_as_text() {
    use generated_client::cm::{open_enums::CmOperationName, types::*};
    let c = "cm.yaml";
    const API: &str = "/CertificateManagement/api/v1.0";
    let path = |p: &str| -> &'static str { Box::leak(format!("{API}{p}").into_boxed_str()) };
    byte_for_byte::<Vec<ProfileTemplateLimitedView>>(
        c,
        &response(path("/profiletemplates"), "get", "200", "twoTemplates"),
    );
    byte_for_byte::<SmartcardConfig>(
        c,
        &response(
            path("/profiletemplates/{id}/configuration/smartcards"),
            "get",
            "200",
            "hsmInitializedCard",
        ),
    );
    for name in ["enrollCreated", "unblockCreated", "walkthroughCreated"] {
        byte_for_byte::<String>(c, &response(path("/requests"), "post", "201", name));
    }
    for name in ["enrollRequest", "unblockRequest"] {
        byte_for_byte::<Request>(c, &response(path("/requests/{id}"), "get", "200", name));
    }
    byte_for_byte::<Request>(
        c,
        &response(path("/requests/{id}"), "put", "200", "completed"),
    );
    byte_for_byte::<Vec<CertificateRequestGenerationOptions>>(
        c,
        &response(
            path("/requests/{requestid}/certificaterequestgenerationoptions"),
            "get",
            "200",
            "oneKspRequest",
        ),
    );
    byte_for_byte::<Vec<Certificate>>(
        c,
        &response(
            path("/requests/{id}/certificatedata"),
            "post",
            "200",
            "pkcs7Response",
        ),
    );
    byte_for_byte::<Smartcard>(
        c,
        &response(path("/smartcards/{id}"), "get", "200", "assignedCard"),
    );
    byte_for_byte::<Smartcard>(
        c,
        &response(
            path("/requests/{requestid}/smartcards/{id}"),
            "put",
            "200",
            "retiredCard",
        ),
    );
    byte_for_byte::<Vec<CmOperationName>>(
        c,
        &response(
            path("/smartcards/{id}/operations"),
            "get",
            "200",
            "activeCard",
        ),
    );
    byte_for_byte::<Vec<X509ClmCertificate>>(
        c,
        &response(
            path("/smartcards/{id}/certificates"),
            "get",
            "200",
            "virtualSmartcardCertificates",
        ),
    );
    byte_for_byte::<Vec<Profile>>(
        c,
        &response(path("/profiles"), "get", "200", "activeProfiles"),
    );
    byte_for_byte::<Vec<X509ClmCertificate>>(
        c,
        &response(path("/certificates"), "get", "200", "userCertificates"),
    );
}
