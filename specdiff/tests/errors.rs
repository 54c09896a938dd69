//! Inputs that are not comparable OpenAPI 3.0 documents give an error naming the side and the JSON pointer,
//! never a panic.

use serde_json::{Value, json};
use specdiff::{DiffError, Side, diff};

fn valid() -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {"/pets": {"get": {"responses": {"200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}
        }}}}},
        "components": {"schemas": {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}}
    })
}

/// Diffs `bad` against a valid document in both directions and returns the error for `bad` as the new side.
fn err(bad: &Value) -> DiffError {
    let as_old = diff(bad, &valid()).expect_err("bad document accepted as old");
    assert_eq!(as_old.side(), Side::Old, "{as_old}");
    let as_new = diff(&valid(), bad).expect_err("bad document accepted as new");
    assert_eq!(as_new.side(), Side::New, "{as_new}");
    assert_eq!(as_old.pointer(), as_new.pointer());
    as_new
}

#[test]
fn not_an_object() {
    for bad in [
        json!(null),
        json!(42),
        json!("openapi: 3.0.3"),
        json!([1, 2]),
        json!(true),
    ] {
        let e = err(&bad);
        assert!(matches!(e, DiffError::NotOpenApi30 { .. }), "{e}");
        assert_eq!(e.pointer(), "");
    }
}

#[test]
fn wrong_openapi_version() {
    for version in [
        json!("3.1.0"),
        json!("2.0"),
        json!("3"),
        json!(3.0),
        json!(null),
        json!("3.0x"),
    ] {
        let mut doc = valid();
        doc["openapi"] = version.clone();
        let e = err(&doc);
        assert!(
            matches!(e, DiffError::NotOpenApi30 { .. }),
            "{version}: {e}"
        );
        assert_eq!(e.pointer(), "/openapi");
    }
    let mut doc = valid();
    doc.as_object_mut().unwrap().remove("openapi");
    assert_eq!(err(&doc).pointer(), "/openapi");

    let swagger = json!({"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}});
    assert_eq!(err(&swagger).pointer(), "/swagger");
}

#[test]
fn missing_or_malformed_paths() {
    let mut doc = valid();
    doc.as_object_mut().unwrap().remove("paths");
    let e = err(&doc);
    assert!(matches!(e, DiffError::NotOpenApi30 { .. }), "{e}");
    assert_eq!(e.pointer(), "/paths");

    doc["paths"] = json!(["/pets"]);
    assert_eq!(err(&doc).pointer(), "/paths");
}

#[test]
fn unresolvable_refs_name_the_ref() {
    let mut doc = valid();
    doc["components"]["schemas"] = json!({});
    let e = err(&doc);
    assert!(matches!(e, DiffError::UnresolvableRef { .. }), "{e}");
    assert_eq!(
        e.pointer(),
        "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref"
    );
    assert!(e.to_string().contains("#/components/schemas/Pet"), "{e}");

    let mut doc = valid();
    doc["components"]["schemas"]["Pet"] = json!({"$ref": "pet.yaml#/Pet"});
    let e = err(&doc);
    assert!(e.to_string().contains("only local references"), "{e}");
    assert_eq!(e.pointer(), "/components/schemas/Pet/$ref");

    let mut doc = valid();
    doc["components"]["schemas"]["Pet"] = json!({"$ref": "#/components/schemas/Pet"});
    assert!(err(&doc).to_string().contains("cycle"));

    let mut doc = valid();
    doc["components"]["schemas"]["Pet"] = json!({"$ref": 7});
    assert!(matches!(err(&doc), DiffError::InvalidShape { .. }));
}

#[test]
fn malformed_nodes_are_shape_errors_with_pointers() {
    // (parent, key to set, value, pointer the error must name)
    let cases: [(&str, &str, Value, &str); 5] = [
        ("/paths/~1pets", "get", json!("nope"), "/paths/~1pets/get"),
        (
            "/paths/~1pets/get",
            "parameters",
            json!({"a": 1}),
            "/paths/~1pets/get/parameters",
        ),
        (
            "/paths/~1pets/get",
            "parameters",
            json!([{"in": "query"}]),
            "/paths/~1pets/get/parameters/0",
        ),
        (
            "/components/schemas/Pet",
            "properties",
            json!([]),
            "/components/schemas/Pet/properties",
        ),
        (
            "/components/schemas/Pet/properties",
            "name",
            json!(false),
            "/components/schemas/Pet/properties/name",
        ),
    ];
    for (parent, key, replacement, expected_pointer) in cases {
        let at = format!("{parent}/{key}");
        let mut doc = valid();
        doc.pointer_mut(parent).unwrap()[key] = replacement;
        let e = err(&doc);
        assert!(matches!(e, DiffError::InvalidShape { .. }), "{at}: {e}");
        assert_eq!(e.pointer(), expected_pointer, "{at}");
    }
}

#[test]
fn pathological_nesting_is_an_error_not_a_stack_overflow() {
    let mut schema = json!({"type": "string"});
    for _ in 0..1_000 {
        schema = json!({"type": "array", "items": schema});
    }
    let mut doc = valid();
    doc["components"]["schemas"]["Pet"] = schema;
    let e = diff(&doc, &doc).expect_err("too deep");
    assert!(matches!(e, DiffError::TooDeep { .. }), "{e}");
}

#[test]
fn malformed_path_templates_are_named_with_a_hint() {
    for (key, pointer) in [
        ("/pets/{id", "/paths/~1pets~1{id"),
        ("/pets/{a}{b}", "/paths/~1pets~1{a}{b}"),
        ("pets", "/paths/pets"),
    ] {
        let mut bad = valid();
        let item = bad["paths"]["/pets"].clone();
        bad["paths"][key] = item;
        let e = err(&bad);
        assert!(matches!(e, DiffError::InvalidPathTemplate { .. }), "{e}");
        assert_eq!(e.pointer(), pointer);
    }
}

#[test]
fn a_trailing_slash_or_renamed_parameter_is_the_same_route() {
    let mut old = valid();
    let item = old["paths"]["/pets"].clone();
    old["paths"]["/pets/{id}"] = item.clone();
    let mut new = valid();
    new["paths"]["/pets/{petId}/"] = item;
    let report = diff(&old, &new).unwrap();
    assert!(
        report
            .changes
            .iter()
            .all(|c| c.category != specdiff::Category::PathRemoved
                && c.category != specdiff::Category::PathAdded),
        "{}",
        report.render()
    );
}
