//! Checks of the wire contract `spec/pam.yaml` and `spec/cm.yaml`, run by `cargo test -p xtask`.
//!
//! Every failure names the spec file and the JSON pointer of the offending node
//! (`spec/cm.yaml#/paths/~1CertificateManagement~1api~1v1.0~1requests/post/...`).

#[path = "spec_checks/to_json_schema.rs"]
mod to_json_schema;
#[path = "spec_checks/walk.rs"]
mod walk;

use openapi_core::pointer::{escape as esc, join as ptr};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use walk::{Source, operations};

/// One spec file, as text and as a JSON value.
struct Spec {
    /// Path relative to the workspace root, e.g. `spec/pam.yaml` (used in every message).
    name: &'static str,
    text: String,
    doc: Value,
    /// The one error schema of the API (conventions, rule 10).
    error_schema: &'static str,
    /// Floor for the number of examples checked against their schemas.
    min_examples: usize,
}

fn load(name: &'static str, error_schema: &'static str, min_examples: usize) -> Spec {
    let path = format!("{}/../{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{name}: cannot read {path}: {e}"));
    let doc: Value =
        serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{name}: not YAML: {e}"));
    Spec {
        name,
        text,
        doc,
        error_schema,
        min_examples,
    }
}

fn pam() -> Spec {
    load("spec/pam.yaml", "ODataError", 10)
}

fn cm() -> Spec {
    load("spec/cm.yaml", "CmError", 30)
}

fn specs() -> [Spec; 2] {
    [pam(), cm()]
}

/// Panics with every problem, one per line, if there are any.
fn report(what: &str, problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{what}: {} problem(s):\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

#[test]
fn specs_parse_as_openapi_3_0_3() {
    let mut problems = Vec::new();
    for spec in specs() {
        let de = serde_yaml::Deserializer::from_str(&spec.text);
        match serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(de) {
            Ok(api) if api.openapi == "3.0.3" => {}
            Ok(api) => problems.push(format!(
                "{}#/openapi: expected 3.0.3, found {}",
                spec.name, api.openapi
            )),
            Err(e) => {
                let pointer: String = e
                    .path()
                    .iter()
                    .map(|segment| match segment {
                        serde_path_to_error::Segment::Seq { index } => format!("/{index}"),
                        serde_path_to_error::Segment::Map { key } => format!("/{}", esc(key)),
                        serde_path_to_error::Segment::Enum { variant } => {
                            format!("/{}", esc(variant))
                        }
                        serde_path_to_error::Segment::Unknown => "/?".to_owned(),
                    })
                    .collect();
                problems.push(format!(
                    "{}#{pointer}: not an openapiv3::OpenAPI: {}",
                    spec.name,
                    e.inner()
                ));
            }
        }
    }
    report("OpenAPI parse", &problems);
}

#[test]
fn operation_ids_are_present_and_unique() {
    let mut problems = Vec::new();
    for spec in specs() {
        let mut seen: BTreeMap<&str, String> = BTreeMap::new();
        for op in operations(&spec.doc) {
            match op.op.get("operationId").and_then(Value::as_str) {
                None | Some("") => {
                    problems.push(format!("{}#{}: no operationId", spec.name, op.ptr))
                }
                Some(id) => {
                    if let Some(first) = seen.insert(id, op.ptr.clone()) {
                        problems.push(format!(
                            "{}#{}/operationId: `{id}` is already used by {}#{first}",
                            spec.name, op.ptr, spec.name
                        ));
                    }
                }
            }
        }
    }
    report("operationIds", &problems);
}

#[test]
fn operation_counts_match_the_catalogs() {
    let pam = pam();
    let pam_ops = operations(&pam.doc);
    assert_eq!(
        pam_ops.len(),
        8,
        "{}#/paths: the PAM catalog (pam-api.md §3.1-§3.8) has 8 operations, the spec has {}: {:?}",
        pam.name,
        pam_ops.len(),
        pam_ops.iter().map(|o| &o.ptr).collect::<Vec<_>>()
    );

    let cm = cm();
    let mut by_source: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut problems = Vec::new();
    for op in operations(&cm.doc) {
        match op.op.get("x-mim-source").and_then(Value::as_str) {
            Some(source @ ("operation-page" | "controller-table")) => {
                by_source.entry(source).or_default().push(op.ptr.clone());
            }
            other => problems.push(format!(
                "{}#{}/x-mim-source: must be `operation-page` or `controller-table`, found {other:?}",
                cm.name, op.ptr
            )),
        }
    }
    report("CM x-mim-source", &problems);
    let pages = by_source.get("operation-page").map_or(0, Vec::len);
    assert_eq!(
        pages,
        24,
        "{}#/paths: the CM catalog (cm-api.md §4) documents 24 operations, the spec has {pages} with \
         `x-mim-source: operation-page`: {:?}",
        cm.name,
        by_source.get("operation-page")
    );
}

#[test]
fn every_operation_declares_4xx_and_5xx_with_the_error_schema() {
    let mut problems = Vec::new();
    for spec in specs() {
        let wanted = json!(format!("#/components/schemas/{}", spec.error_schema));
        for op in operations(&spec.doc) {
            let responses = op.op.get("responses").and_then(Value::as_object);
            let codes: Vec<&String> = responses
                .into_iter()
                .flatten()
                .map(|(code, _)| code)
                .collect();
            for class in ['4', '5'] {
                if !codes.iter().any(|c| c.starts_with(class)) {
                    problems.push(format!(
                        "{}#{}/responses: no {class}xx response (has {codes:?})",
                        spec.name, op.ptr
                    ));
                }
            }
            for (code, response) in responses.into_iter().flatten() {
                if !(code.starts_with('4') || code.starts_with('5') || code == "default") {
                    continue;
                }
                let at = ptr(&op.ptr, &["responses", code]);
                let (response, target) = match openapi_core::resolve(&spec.doc, response, &at) {
                    Ok(found) => (found.value, found.pointer),
                    Err(e) => {
                        problems.push(format!("{}#{e}", spec.name));
                        continue;
                    }
                };
                let content = response
                    .get("content")
                    .and_then(Value::as_object)
                    .filter(|c| !c.is_empty());
                let Some(content) = content else {
                    problems.push(format!(
                        "{}#{target}: error response {code} of {at} has no body",
                        spec.name
                    ));
                    continue;
                };
                for (media_type, mt) in content {
                    let schema = mt.get("schema").and_then(|s| s.get("$ref"));
                    if schema != Some(&wanted) {
                        problems.push(format!(
                            "{}#{}/schema: error response {code} of {at} must be `$ref: {wanted}`, found {schema:?}",
                            spec.name,
                            ptr(&target, &["content", media_type])
                        ));
                    }
                }
            }
        }
    }
    report("error responses", &problems);
}

/// Validates every example of `spec`; returns the problems and how many examples came from each source.
fn check_examples(spec: &Spec) -> (Vec<String>, BTreeMap<Source, usize>) {
    let mut problems = Vec::new();
    let defs = match to_json_schema::defs(&spec.doc) {
        Ok(defs) => defs,
        Err(e) => return (vec![format!("{}#{e}", spec.name)], BTreeMap::new()),
    };
    let mut walk_errors = Vec::new();
    let examples = walk::examples(&spec.doc, &mut walk_errors);
    problems.extend(
        walk_errors
            .into_iter()
            .map(|e| format!("{}#{e}", spec.name)),
    );
    let mut counts = BTreeMap::new();
    for example in &examples {
        let validator = match to_json_schema::validator(&example.schema, &example.schema_ptr, &defs)
        {
            Ok(v) => v,
            Err(e) => {
                problems.push(format!("{}#{e}", spec.name));
                continue;
            }
        };
        *counts.entry(example.source).or_insert(0) += 1;
        for error in to_json_schema::errors(&validator, &example.value) {
            problems.push(format!(
                "{}#{}: {error}; schema {}#{}; example {}",
                spec.name, example.ptr, spec.name, example.schema_ptr, example.value
            ));
        }
    }
    (problems, counts)
}

#[test]
fn every_example_validates_against_its_schema() {
    let mut problems = Vec::new();
    for spec in specs() {
        let (mut found, counts) = check_examples(&spec);
        let total: usize = counts.values().sum();
        eprintln!("{}: {total} examples validated {counts:?}", spec.name);
        if total < spec.min_examples {
            found.push(format!(
                "{}: only {total} examples were validated, expected at least {} (is the walker broken?)",
                spec.name, spec.min_examples
            ));
        }
        for source in [Source::RequestBody, Source::Response, Source::Parameter] {
            if !counts.contains_key(&source) {
                found.push(format!(
                    "{}: no {source:?} example was validated (is the walker broken?)",
                    spec.name
                ));
            }
        }
        problems.extend(found);
    }
    report("examples", &problems);
}

/// Every example from error response components must be reached (they are only used through `$ref`).
#[test]
fn examples_behind_refs_are_checked() {
    for spec in specs() {
        let mut ignored = Vec::new();
        let examples = walk::examples(&spec.doc, &mut ignored);
        let checked: BTreeSet<&str> = examples.iter().map(|e| e.ptr.as_str()).collect();
        for name in ["Unauthorized", "InternalServerError"] {
            let prefix =
                format!("/components/responses/{name}/content/application~1json/examples/");
            assert!(
                checked.iter().any(|p| p.starts_with(&prefix)),
                "{}#{prefix}: the example of this $ref'd response was not collected",
                spec.name
            );
        }
    }
}

/// Finds the example at `example_ptr` and returns a closure that lists the validation errors of a variant.
fn example_checker(spec: &Spec, example_ptr: &str) -> (Value, impl Fn(&Value) -> Vec<String>) {
    let mut ignored = Vec::new();
    let example = walk::examples(&spec.doc, &mut ignored)
        .into_iter()
        .find(|e| e.ptr == example_ptr)
        .unwrap_or_else(|| panic!("{}#{example_ptr}: no such example", spec.name));
    let defs = to_json_schema::defs(&spec.doc).expect("component schemas convert");
    let validator = to_json_schema::validator(&example.schema, &example.schema_ptr, &defs)
        .expect("schema compiles");
    (example.value, move |v: &Value| {
        to_json_schema::errors(&validator, v)
    })
}

/// Applies `edit` to a copy of `original` and asserts that the validator rejects it at `expect_at`.
fn assert_rejected(
    check: &dyn Fn(&Value) -> Vec<String>,
    original: &Value,
    what: &str,
    expect_at: &str,
    edit: impl FnOnce(&mut Value),
) {
    let mut broken = original.clone();
    edit(&mut broken);
    assert_ne!(&broken, original, "{what}: the edit changed nothing");
    let errors = check(&broken);
    assert!(
        !errors.is_empty(),
        "{what}: the broken example was accepted: {broken}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains(&format!("at `{expect_at}`"))),
        "{what}: expected an error at `{expect_at}`, got {errors:?}"
    );
}

#[test]
fn broken_examples_are_rejected() {
    let pam = pam();
    let roles = "/paths/~1api~1pamresources~1pamroles/get/responses/200/content/application~1json/examples/rolesList/value";
    let (original, check) = example_checker(&pam, roles);
    assert_eq!(
        check(&original),
        Vec::<String>::new(),
        "{}#{roles}: the unmodified example must pass",
        pam.name
    );
    let set = |p: &'static str, v: Value| {
        move |x: &mut Value| *x.pointer_mut(p).expect("pointer exists") = v
    };
    assert_rejected(
        &check,
        &original,
        "uuid",
        "/value/0/RoleId",
        set("/value/0/RoleId", json!("nope")),
    );
    assert_rejected(
        &check,
        &original,
        "date-time",
        "/value/1/AvailableTo",
        set("/value/1/AvailableTo", json!("2015-13-01T00:00:00")),
    );
    assert_rejected(
        &check,
        &original,
        "pattern",
        "/value/0/TTL",
        set("/value/0/TTL", json!("1h")),
    );
    assert_rejected(
        &check,
        &original,
        "non-nullable null",
        "/value/0/DisplayName",
        set("/value/0/DisplayName", Value::Null),
    );
    assert_rejected(
        &check,
        &original,
        "type",
        "/value/1/MFAEnabled",
        set("/value/1/MFAEnabled", json!("false")),
    );
    assert_rejected(&check, &original, "required", "/value/1", |x| {
        x.pointer_mut("/value/1")
            .and_then(Value::as_object_mut)
            .expect("object")
            .remove("TTL");
    });
    // A nullable property still accepts null (the example already has `Description: null`), and a string.
    let mut described = original.clone();
    *described
        .pointer_mut("/value/0/Description")
        .expect("pointer exists") = json!("text");
    assert_eq!(check(&described), Vec::<String>::new());

    let created = "/paths/~1api~1pamresources~1pamrequests/post/responses/201/content/application~1json/examples/createdExample1/value";
    let (original, check) = example_checker(&pam, created);
    // `RequestStatus` is an open enum in the generated code, but the spec's enum list is closed for validation.
    assert_rejected(
        &check,
        &original,
        "enum via $ref",
        "/RequestStatus",
        set("/RequestStatus", json!("Pending Approval")),
    );

    let cm = cm();
    let create = "/paths/~1CertificateManagement~1api~1v1.0~1requests/post/requestBody/content/application~1json/examples/enrollWithDataCollection/value";
    let (original, check) = example_checker(&cm, create);
    assert_eq!(
        check(&original),
        Vec::<String>::new(),
        "{}#{create}: the unmodified example must pass",
        cm.name
    );
    assert_rejected(
        &check,
        &original,
        "closed enum",
        "/type",
        set("/type", json!("Bogus")),
    );
    assert_rejected(
        &check,
        &original,
        "oneOf",
        "/datacollection",
        set("/datacollection", json!(5)),
    );
    assert_rejected(
        &check,
        &original,
        "oneOf digits",
        "/priority",
        set("/priority", json!("high")),
    );
    assert_rejected(
        &check,
        &original,
        "upper-case uuid kept, broken uuid not",
        "/target",
        set("/target", json!("97CC3493")),
    );
    assert_rejected(
        &check,
        &original,
        "int32 range",
        "/priority",
        set("/priority", json!(1_u64 << 31)),
    );

    let submit = "/paths/~1CertificateManagement~1api~1v1.0~1requests~1{id}~1certificatedata/post/responses/200/content/application~1json/examples/pkcs7Response/value";
    let (original, check) = example_checker(&cm, submit);
    assert_eq!(
        check(&original),
        Vec::<String>::new(),
        "{}#{submit}: the unmodified example must pass",
        cm.name
    );
    assert_rejected(&check, &original, "array item required", "/0", |x| {
        x.pointer_mut("/0")
            .and_then(Value::as_object_mut)
            .expect("object")
            .remove("isPkcs7");
    });
    assert_rejected(
        &check,
        &original,
        "non-nullable null in array",
        "/0/TemplateCommonName",
        set("/0/TemplateCommonName", Value::Null),
    );
}

#[test]
fn format_checks_follow_the_wire_types() {
    use to_json_schema::{is_mim_date_time, is_uuid};
    for ok in [
        "0001-01-01T00:00:00",
        "2015-07-11T23:38:09.036164-07:00",
        "2015-07-12T06:07:27.7229894Z",
        "2015/07/11 23:40",
    ] {
        assert!(is_mim_date_time(ok), "{ok} must be a mim-date-time");
    }
    for bad in [
        "",
        "nope",
        "2015-07-12T06:07:27.72298941Z",
        " 2015-07-12T06:40:00Z",
    ] {
        assert!(
            !is_mim_date_time(bad),
            "{bad:?} must not be a mim-date-time"
        );
    }
    assert!(
        is_uuid("97CD65FA-AF4B-4587-9309-0DD6BFD8B4E1")
            && is_uuid("5ec10e61-cdd1-404e-a18e-740467d87dbf")
    );
    for bad in [
        "nope",
        "{5ec10e61-cdd1-404e-a18e-740467d87dbf}",
        "5ec10e61cdd1404ea18e740467d87dbf",
        "5ec10e61-cdd1-404e-a18e-740467d87dbg",
    ] {
        assert!(!is_uuid(bad), "{bad:?} must not be a uuid");
    }
    // The converter's nullable rules, on the shapes the specs use.
    let convert = |s: Value| to_json_schema::convert(&s, "#").expect("converts");
    assert_eq!(
        convert(json!({"type": "string", "nullable": true}))["type"],
        json!(["string", "null"])
    );
    assert_eq!(
        convert(json!({"$ref": "#/components/schemas/X", "nullable": true})),
        json!({"anyOf": [{"$ref": "#/$defs/X"}, {"type": "null"}]})
    );
    assert_eq!(
        convert(json!({"type": "string", "enum": ["a"], "nullable": true}))["enum"],
        json!(["a", null])
    );
    assert!(
        to_json_schema::convert(&json!({"type": "string", "format": "date-time"}), "#").is_err()
    );
}
