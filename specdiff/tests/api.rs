//! The public surface: flags, rendering, JSON form, version helper.

use serde_json::json;
use specdiff::{Category, Context, Report, diff, major_version};

fn doc(version: &str, status: serde_json::Value) -> serde_json::Value {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": version},
        "paths": {"/pets": {
            "get": {"operationId": "getPet", "responses": {"200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}
            }}},
            "post": {"operationId": "createPet",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                "responses": {"204": {"description": "created"}}}
        }},
        "components": {"schemas": {"Pet": {"type": "object", "properties": {"status": status}}}}
    })
}

#[test]
fn a_shared_enum_is_judged_per_context_and_rendered() {
    let old = doc("1.0.0", json!({"type": "string", "enum": ["a"]}));
    let new = doc("2.0.0", json!({"type": "string", "enum": ["a", "b"]}));
    let report = diff(&old, &new).unwrap();
    assert!(report.is_breaking());
    assert!(report.breaking_for_clients());
    assert!(report.breaking_for_servers());
    let contexts: Vec<Context> = report.changes.iter().map(|c| c.context).collect();
    assert_eq!(contexts, [Context::Request, Context::Response]);
    assert!(
        report
            .changes
            .iter()
            .all(|c| c.category == Category::EnumValueAdded)
    );
    assert_eq!(
        report.render(),
        "SERVER-BREAKING  /components/schemas/Pet/properties/status/enum/1  EnumValueAdded: request: enum value \"b\" added; implementations must handle the new value\n\
         CLIENT-BREAKING  /components/schemas/Pet/properties/status/enum/1  EnumValueAdded: response: enum value \"b\" added; clients generated with a closed enum reject it\n"
    );
    assert_eq!(
        (major_version(&old), major_version(&new)),
        (Some(1), Some(2))
    );
}

#[test]
fn json_form_round_trips() {
    let old = doc("1.0.0", json!({"type": "string"}));
    let new = doc("1.0.0", json!({"type": "integer"}));
    let report = diff(&old, &new).unwrap();
    let value = serde_json::to_value(&report).unwrap();
    assert_eq!(
        value["changes"][0],
        json!({
            "pointer": "/components/schemas/Pet/properties/status/type",
            "category": "TypeChanged",
            "context": "Request",
            "breaking_for_clients": true,
            "breaking_for_servers": true,
            "reason": "request: type changed from `string` to `integer`; values of the old type are no longer valid and the generated type changes"
        })
    );
    let back: Report = serde_json::from_value(value).unwrap();
    assert_eq!(back, report);
}

#[test]
fn identical_documents_give_an_empty_report() {
    let d = doc("1.0.0", json!({"type": "string"}));
    let report = diff(&d, &d).unwrap();
    assert!(report.is_empty());
    assert!(!report.is_breaking());
    assert_eq!(report.render(), "");
}
