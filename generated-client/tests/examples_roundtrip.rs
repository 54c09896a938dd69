//! Wire compatibility of the generated types with the documentation: every request and response example in
//! `spec/pam.yaml` and `spec/cm.yaml` must deserialize into the generated type of its schema and serialize
//! back to the same JSON.
//!
//! The type of an example comes from the hand-written [`checker`] table (component name → generated type).
//! An example whose schema is not in the table FAILS the test, so a new example cannot be skipped silently.
//!
//! The round trip is exact (JSON value equality), except for the normalizations listed in [`NORMALIZATIONS`];
//! on top of that every `format: mim-date-time` string must come back byte-for-byte, normalizations or not.

use generated_client::{cm, pam};
use openapi_core::pointer;
use serde::{Serialize, de::DeserializeOwned};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};

/// The documented differences between an example and its round trip. Nothing else may differ.
///
/// * `uuid-lower-case`: a string at a `format: uuid` location is written back by `uuid::Uuid` in lower case;
///   MIM compares GUIDs case-insensitively and the CM request example `enrollWithDataCollection` (catalog §4.4
///   example 3) writes them in upper case. The original is lower-cased at those locations (only there) before
///   the comparison.
const NORMALIZATIONS: &[&str] = &["uuid-lower-case"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Api {
    Pam,
    Cm,
}

/// Deserializes `value` into `T` and serializes it back.
type Check = fn(&Value) -> Result<Value, String>;

fn check<T: DeserializeOwned + Serialize>(value: &Value) -> Result<Value, String> {
    let typed: T = serde_path_to_error::deserialize(value).map_err(|e| {
        format!(
            "does not deserialize into {} (at `{}`): {}",
            std::any::type_name::<T>(),
            e.path(),
            e.inner()
        )
    })?;
    serde_json::to_value(&typed)
        .map_err(|e| format!("{} does not serialize: {e}", std::any::type_name::<T>()))
}

/// `T`, or `Vec<T>` for a `type: array` schema whose `items` is `T`.
fn pick<T: DeserializeOwned + Serialize>(array: bool) -> Check {
    if array { check::<Vec<T>> } else { check::<T> }
}

/// THE TABLE: schema name (a component of `components/schemas`, or a scalar `type`) → generated type.
/// Written by hand for every schema that has examples; `None` makes the example fail.
fn checker(api: Api, name: &str, array: bool) -> Option<Check> {
    use Api::{Cm, Pam};
    use cm::{open_enums as co, types as c};
    use pam::types as p;
    Some(match (api, name) {
        (_, "string") => pick::<String>(array),
        // PAM
        (Pam, "ODataError") => pick::<p::ODataError>(array),
        (Pam, "PamRoleCollection") => pick::<p::PamRoleCollection>(array),
        (Pam, "PamRequestCreate") => pick::<p::PamRequestCreate>(array),
        (Pam, "PamRequestEntity") => pick::<p::PamRequestEntity>(array),
        (Pam, "PamRequestCollection") => pick::<p::PamRequestCollection>(array),
        (Pam, "PamRequestToApproveCollection") => pick::<p::PamRequestToApproveCollection>(array),
        (Pam, "SessionInfoCollection") => pick::<p::SessionInfoCollection>(array),
        // CM
        (Cm, "CmError") => pick::<c::CmError>(array),
        (Cm, "ProfileTemplateLimitedView") => pick::<c::ProfileTemplateLimitedView>(array),
        (Cm, "SmartcardConfig") => pick::<c::SmartcardConfig>(array),
        (Cm, "CreateRequestBody") => pick::<c::CreateRequestBody>(array),
        (Cm, "Request") => pick::<c::Request>(array),
        (Cm, "UpdateRequestBody") => pick::<c::UpdateRequestBody>(array),
        (Cm, "CertificateRequestGenerationOptions") => {
            pick::<c::CertificateRequestGenerationOptions>(array)
        }
        (Cm, "SubmitCertificateDataBody") => pick::<c::SubmitCertificateDataBody>(array),
        (Cm, "Certificate") => pick::<c::Certificate>(array),
        (Cm, "AssignSmartcardBody") => pick::<c::AssignSmartcardBody>(array),
        (Cm, "SmartcardOrSmartcardList") => pick::<c::SmartcardOrSmartcardList>(array),
        (Cm, "Smartcard") => pick::<c::Smartcard>(array),
        (Cm, "UpdateSmartcardStatusBody") => pick::<c::UpdateSmartcardStatusBody>(array),
        (Cm, "CmOperationName") => pick::<co::CmOperationName>(array),
        (Cm, "X509ClmCertificate") => pick::<c::X509ClmCertificate>(array),
        (Cm, "Profile") => pick::<c::Profile>(array),
        _ => return None,
    })
}

struct Spec {
    api: Api,
    name: &'static str,
    doc: Value,
}

fn load(api: Api) -> Spec {
    let name = match api {
        Api::Pam => "spec/pam.yaml",
        Api::Cm => "spec/cm.yaml",
    };
    let path = format!("{}/../{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{name}: cannot read {path}: {e}"));
    let doc = serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{name}: not YAML: {e}"));
    Spec { api, name, doc }
}

/// Follows local `$ref`s (bounded, so a cycle is an error); returns the target and its pointer.
fn resolve<'a>(doc: &'a Value, value: &'a Value, at: &str) -> Result<(&'a Value, String), String> {
    openapi_core::resolve(doc, value, at)
        .map(|found| (found.value, found.pointer))
        .map_err(|e| e.to_string())
}

/// A body example: where it is, its value, and the media type's schema.
struct Example {
    ptr: String,
    value: Value,
    schema: Value,
}

/// Every request-body and response example (also those of `components/{requestBodies,responses}`), once each.
fn examples(doc: &Value, problems: &mut Vec<String>) -> Vec<Example> {
    let mut holders = Vec::new(); // (request body or response, pointer)
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        for (method, op) in openapi_core::operations(item) {
            let op_ptr = pointer::join("/paths", &[path, method.key()]);
            if let Some(body) = op.get("requestBody") {
                holders.push((body, format!("{op_ptr}/requestBody")));
            }
            for (code, response) in op
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                holders.push((response, format!("{op_ptr}/responses/{code}")));
            }
        }
    }
    for section in ["requestBodies", "responses"] {
        for (name, holder) in doc["components"][section].as_object().into_iter().flatten() {
            holders.push((holder, pointer::join("/components", &[section, name])));
        }
    }
    let mut found = BTreeMap::new();
    for (holder, at) in holders {
        let (holder, at) = match resolve(doc, holder, &at) {
            Ok(resolved) => resolved,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        for (media_type, mt) in holder
            .get("content")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let mt_ptr = pointer::join(&at, &["content", media_type]);
            let mut slots: Vec<(String, &Value)> = mt
                .get("example")
                .map(|v| (format!("{mt_ptr}/example"), v))
                .into_iter()
                .collect();
            for (name, entry) in mt
                .get("examples")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                match resolve(doc, entry, &pointer::join(&mt_ptr, &["examples", name])) {
                    Ok((entry, entry_ptr)) => match entry.get("value") {
                        Some(value) => slots.push((format!("{entry_ptr}/value"), value)),
                        None => {
                            problems.push(format!("{entry_ptr}: example without an inline `value`"))
                        }
                    },
                    Err(e) => problems.push(e),
                }
            }
            for (ptr, value) in slots {
                let schema = mt.get("schema").cloned().unwrap_or(Value::Null);
                found.entry(ptr.clone()).or_insert(Example {
                    ptr,
                    value: value.clone(),
                    schema,
                });
            }
        }
    }
    found.into_values().collect()
}

/// The table key of a media type's schema: (`Name` of a `$ref` or a scalar `type`, is it an array of that).
fn table_key(schema: &Value) -> Option<(&str, bool)> {
    match schema.get("type").and_then(Value::as_str) {
        Some("array") if schema.get("$ref").is_none() => {
            scalar_or_ref(schema.get("items")?).map(|n| (n, true))
        }
        _ => scalar_or_ref(schema).map(|n| (n, false)),
    }
}

/// `Name` of `$ref: '#/components/schemas/Name'`, or a scalar `type`.
fn scalar_or_ref(schema: &Value) -> Option<&str> {
    match (
        schema.get("$ref").and_then(Value::as_str),
        schema.get("type").and_then(Value::as_str),
    ) {
        (Some(r), _) => r.strip_prefix("#/components/schemas/"),
        (None, Some(t)) if t != "array" && t != "object" => Some(t),
        _ => None,
    }
}

/// Records the relative pointer of every string in `value` whose schema location has a `format` (`uuid`,
/// `mim-date-time`), following `$ref`s, properties, items, `additionalProperties` and the matching `oneOf`
/// / `anyOf` branches.
fn formats(
    doc: &Value,
    schema: &Value,
    value: &Value,
    at: &str,
    out: &mut BTreeSet<(String, String)>,
) {
    let Ok((schema, _)) = resolve(doc, schema, "") else {
        return;
    };
    if let (Some(format), Value::String(_)) = (schema.get("format").and_then(Value::as_str), value)
    {
        out.insert((at.to_owned(), format.to_owned()));
    }
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                let sub = schema
                    .get("properties")
                    .and_then(|p| p.get(key))
                    .or_else(|| schema.get("additionalProperties"));
                if let Some(sub) = sub.filter(|s| s.is_object()) {
                    formats(doc, sub, member, &pointer::push(at, key), out);
                }
            }
        }
        Value::Array(items) => {
            if let Some(sub) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    formats(doc, sub, item, &format!("{at}/{i}"), out);
                }
            }
        }
        _ => {}
    }
    for branch in ["oneOf", "anyOf", "allOf"]
        .iter()
        .filter_map(|k| schema.get(*k)?.as_array())
        .flatten()
    {
        let fits = match resolve(doc, branch, "")
            .ok()
            .and_then(|(b, _)| b.get("type")?.as_str().map(str::to_owned))
        {
            Some(t) => json_type(value) == t || (t == "number" && value.is_number()),
            None => true,
        };
        if fits {
            formats(doc, branch, value, at, out);
        }
    }
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The first pointer (relative to the example) where `a` and `b` differ.
fn first_difference(a: &Value, b: &Value, at: &str) -> String {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter()
                .find(|k| x.get(*k) != y.get(*k))
                .map(|k| match (x.get(k), y.get(k)) {
                    (Some(xv), Some(yv)) => first_difference(xv, yv, &pointer::push(at, k)),
                    _ => pointer::push(at, k),
                })
                .unwrap_or_else(|| at.to_owned())
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            (0..x.len()).find(|i| x[*i] != y[*i]).map_or_else(
                || at.to_owned(),
                |i| first_difference(&x[i], &y[i], &format!("{at}/{i}")),
            )
        }
        _ => at.to_owned(),
    }
}

/// What checking the examples of one spec found.
#[derive(Default)]
struct Outcome {
    problems: Vec<String>,
    examples: usize,
    date_times: usize,
    /// normalization name → pointers of the examples it was applied to
    normalized: BTreeMap<&'static str, BTreeSet<String>>,
}

/// Round-trips one example; problems name the spec, the pointer and both JSON texts.
fn check_example(spec: &Spec, example: &Example, outcome: &mut Outcome) {
    let name = spec.name;
    let at = &example.ptr;
    let Some((schema_name, array)) = table_key(&example.schema) else {
        outcome.problems.push(format!(
            "{name}#{at}: unsupported schema shape {}",
            example.schema
        ));
        return;
    };
    let Some(run) = checker(spec.api, schema_name, array) else {
        let shown = if array {
            format!("array of {schema_name}")
        } else {
            schema_name.to_owned()
        };
        outcome.problems.push(format!(
            "{name}#{at}: schema `{shown}` is not in the type table of examples_roundtrip.rs"
        ));
        return;
    };
    outcome.examples += 1;
    let back = match run(&example.value) {
        Ok(back) => back,
        Err(e) => {
            outcome.problems.push(format!(
                "{name}#{at}: {e}\n      example: {}",
                example.value
            ));
            return;
        }
    };
    let mut located = BTreeSet::new();
    formats(&spec.doc, &example.schema, &example.value, "", &mut located);
    let mut expected = example.value.clone();
    for (rel, format) in &located {
        let original = example
            .value
            .pointer(rel)
            .and_then(Value::as_str)
            .unwrap_or_default();
        match format.as_str() {
            "mim-date-time" => {
                outcome.date_times += 1;
                if back.pointer(rel).and_then(Value::as_str) != Some(original) {
                    outcome.problems.push(format!(
                        "{name}#{at}{rel}: date-time {original:?} came back as {}",
                        back.pointer(rel)
                            .map_or("nothing".to_owned(), Value::to_string)
                    ));
                }
            }
            "uuid" if original.bytes().any(|b| b.is_ascii_uppercase()) => {
                if let Some(slot) = expected.pointer_mut(rel) {
                    *slot = Value::String(original.to_ascii_lowercase());
                    outcome
                        .normalized
                        .entry(NORMALIZATIONS[0])
                        .or_default()
                        .insert(format!("{at}{rel}"));
                }
            }
            _ => {}
        }
    }
    if back != expected {
        outcome.problems.push(format!(
            "{name}#{at}: round trip differs at `{}`\n      example: {}\n      back:    {}",
            first_difference(&expected, &back, ""),
            example.value,
            back
        ));
    }
}

fn check_spec(spec: &Spec) -> Outcome {
    let mut outcome = Outcome::default();
    let mut problems = Vec::new();
    let examples = examples(&spec.doc, &mut problems);
    outcome
        .problems
        .extend(problems.into_iter().map(|p| format!("{}#{p}", spec.name)));
    for example in &examples {
        check_example(spec, example, &mut outcome);
    }
    outcome
}

fn run(api: Api, min_examples: usize) {
    let spec = load(api);
    let mut outcome = check_spec(&spec);
    eprintln!(
        "{}: {} examples round-tripped, {} date-times compared byte-for-byte, normalizations applied: {:?}",
        spec.name, outcome.examples, outcome.date_times, outcome.normalized
    );
    if outcome.examples < min_examples {
        outcome.problems.push(format!(
            "{}: only {} examples checked, expected at least {min_examples}",
            spec.name, outcome.examples
        ));
    }
    if outcome.date_times == 0 {
        outcome.problems.push(format!(
            "{}: no date-time was compared (is the schema walk broken?)",
            spec.name
        ));
    }
    assert!(
        outcome.problems.is_empty(),
        "{} example(s) of {} do not round-trip through the generated types:\n  {}",
        outcome.problems.len(),
        spec.name,
        outcome.problems.join("\n  ")
    );
}

#[test]
fn pam_examples_round_trip() {
    run(Api::Pam, 10);
}

#[test]
fn cm_examples_round_trip() {
    run(Api::Cm, 30);
}

/// The check bites: a dropped unknown property, a re-formatted date-time, a value the type rejects and a
/// schema missing from the table are all reported; an upper-case GUID is only normalized.
#[test]
fn round_trip_check_bites() {
    let spec = load(Api::Pam);
    let roles = json!({
        "odata.metadata": "m",
        "value": [{
            "RoleId": "8F5CEC1A-ECBA-42EC-B76D-E6E0E4BF4C62", "DisplayName": "A", "Description": null, "TTL": "3600",
            "AvailableFrom": "0001-01-01T00:00:00", "AvailableTo": "0001-01-01T00:00:00",
            "MFAEnabled": false, "ApprovalEnabled": false, "AvailabilityWindowEnabled": false
        }]
    });
    let schema = json!({"$ref": "#/components/schemas/PamRoleCollection"});
    let outcome_of = |value: Value, schema: &Value| {
        let mut outcome = Outcome::default();
        check_example(
            &spec,
            &Example {
                ptr: "/test".into(),
                value,
                schema: schema.clone(),
            },
            &mut outcome,
        );
        outcome
    };
    let ok = outcome_of(roles.clone(), &schema);
    assert!(ok.problems.is_empty(), "{:?}", ok.problems);
    assert_eq!(ok.date_times, 2);
    assert_eq!(
        ok.normalized[NORMALIZATIONS[0]].len(),
        1,
        "the upper-case RoleId is normalized"
    );

    let edit = |p: &str, v: Value| {
        let mut x = roles.clone();
        *x.pointer_mut(p).expect("pointer") = v;
        x
    };
    let mut extra = roles.clone();
    extra["value"][0]["Extra"] = json!(1);
    let dropped = outcome_of(extra, &schema);
    assert!(
        dropped
            .problems
            .iter()
            .any(|p| p.contains("differs at `/value/0/Extra`")),
        "{:?}",
        dropped.problems
    );

    let reformatted = outcome_of(
        edit("/value/0/AvailableFrom", json!("0001/01/01 00:00")),
        &schema,
    );
    assert!(
        reformatted
            .problems
            .iter()
            .any(|p| p.contains("/value/0/AvailableFrom: date-time")),
        "{:?}",
        reformatted.problems
    );

    let bad_ttl = outcome_of(edit("/value/0/TTL", json!("x")), &schema);
    assert!(
        bad_ttl
            .problems
            .iter()
            .any(|p| p.contains("does not deserialize")),
        "{:?}",
        bad_ttl.problems
    );

    let unknown = outcome_of(json!({}), &json!({"$ref": "#/components/schemas/PamRole"}));
    assert!(
        unknown
            .problems
            .iter()
            .any(|p| p.contains("`PamRole` is not in the type table")),
        "{:?}",
        unknown.problems
    );
}
