//! OpenAPI 3.0 schema objects → JSON Schema draft 2020-12, and the validator built from them.
//!
//! * local `$ref`s `#/components/schemas/X` become `#/$defs/X`; every component schema is embedded under
//!   `$defs` of the root that is compiled;
//! * `nullable: true` admits `null`: `type: T` becomes `type: [T, "null"]` (and `null` joins an `enum`),
//!   a `$ref` / `oneOf` / `anyOf` / `allOf` is wrapped as `anyOf: [<schema>, {type: "null"}]`;
//! * OpenAPI-only keywords are dropped (`nullable`, `example`, `discriminator`, `xml`, `externalDocs`, `x-*`);
//! * OpenAPI 3.0's boolean `exclusiveMinimum`/`exclusiveMaximum` become the numeric 2020-12 form;
//! * formats: `uuid` and `mim-date-time` are asserted (the latter by `mim_wire::MimDateTime::from_str`, the
//!   parser behind the generated types); `int32`/`int64` become `minimum`/`maximum` bounds. Any other format
//!   is an error, so a misspelt format cannot silently go unchecked.

use serde_json::{Map, Value, json};
use std::str::FromStr;

const DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";

/// Converts one OpenAPI schema object found at `at` (a JSON pointer, for messages).
pub fn convert(schema: &Value, at: &str) -> Result<Value, String> {
    let Value::Object(obj) = schema else {
        return Err(format!("{at}: a schema must be an object, got {schema}"));
    };
    let mut out = Map::new();
    let nullable = match obj.get("nullable") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(other) => return Err(format!("{at}/nullable: must be a boolean, got {other}")),
    };
    for (key, value) in obj {
        let here = format!("{at}/{}", openapi_core::pointer::escape(key));
        match key.as_str() {
            "nullable" | "example" | "discriminator" | "xml" | "externalDocs" => {}
            k if k.starts_with("x-") => {}
            "$ref" => {
                let name = value
                    .as_str()
                    .and_then(|r| openapi_core::reference::component_name(r, "schemas"))
                    .ok_or_else(|| {
                        format!(
                            "{here}: only `#/components/schemas/<Name>` is supported, got {value}"
                        )
                    })?;
                let target = openapi_core::pointer::push("/$defs", &name);
                out.insert(key.clone(), json!(format!("#{target}")));
            }
            "properties" => {
                let props = value
                    .as_object()
                    .ok_or_else(|| format!("{here}: must be an object"))?;
                let mut converted = Map::new();
                for (name, prop) in props {
                    converted.insert(
                        name.clone(),
                        convert(
                            prop,
                            &format!("{here}/{}", openapi_core::pointer::escape(name)),
                        )?,
                    );
                }
                out.insert(key.clone(), Value::Object(converted));
            }
            "items" | "not" => {
                out.insert(key.clone(), convert(value, &here)?);
            }
            "additionalProperties" => {
                let converted = if value.is_boolean() {
                    value.clone()
                } else {
                    convert(value, &here)?
                };
                out.insert(key.clone(), converted);
            }
            "allOf" | "oneOf" | "anyOf" => {
                let list = value
                    .as_array()
                    .ok_or_else(|| format!("{here}: must be an array"))?;
                let converted = list
                    .iter()
                    .enumerate()
                    .map(|(i, s)| convert(s, &format!("{here}/{i}")))
                    .collect::<Result<Vec<_>, _>>()?;
                out.insert(key.clone(), Value::Array(converted));
            }
            "format" => match value.as_str() {
                Some("uuid" | "mim-date-time") => {
                    out.insert(key.clone(), value.clone());
                }
                Some("int32") => integer_bounds(&mut out, i64::from(i32::MIN), i64::from(i32::MAX)),
                Some("int64") => integer_bounds(&mut out, i64::MIN, i64::MAX),
                _ => {
                    return Err(format!(
                        "{here}: format {value} has no check (known: uuid, mim-date-time, int32, int64)"
                    ));
                }
            },
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    for (flag, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(Value::Bool(exclusive)) = out.get(flag).cloned() {
            out.remove(flag);
            if exclusive {
                let limit = out
                    .remove(bound)
                    .ok_or_else(|| format!("{at}/{flag}: `true` without `{bound}`"))?;
                out.insert(flag.to_owned(), limit);
            }
        }
    }
    if !nullable {
        return Ok(Value::Object(out));
    }
    if let Some(Value::Array(values)) = out.get_mut("enum")
        && !values.contains(&Value::Null)
    {
        values.push(Value::Null);
    }
    let composite = ["$ref", "oneOf", "anyOf", "allOf"]
        .iter()
        .any(|k| out.contains_key(*k));
    match out.get("type").cloned() {
        Some(Value::String(t)) if !composite => {
            out.insert("type".into(), json!([t, "null"]));
            Ok(Value::Object(out))
        }
        None if !composite && !out.contains_key("enum") => Ok(Value::Object(out)), // no `type`: null is allowed
        _ => Ok(json!({ "anyOf": [Value::Object(out), { "type": "null" }] })),
    }
}

/// Adds the bounds of an integer format, keeping an existing bound where it is tighter.
fn integer_bounds(out: &mut Map<String, Value>, min: i64, max: i64) {
    let lower = out
        .get("minimum")
        .and_then(Value::as_f64)
        .is_some_and(|m| m >= min as f64);
    if !lower {
        out.insert("minimum".into(), json!(min));
    }
    let upper = out
        .get("maximum")
        .and_then(Value::as_f64)
        .is_some_and(|m| m <= max as f64);
    if !upper {
        out.insert("maximum".into(), json!(max));
    }
}

/// Every `components/schemas` entry of the OpenAPI document, converted (the `$defs` of every root).
pub fn defs(doc: &Value) -> Result<Map<String, Value>, String> {
    let mut out = Map::new();
    let schemas = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten();
    for (name, schema) in schemas {
        let at = format!(
            "/components/schemas/{}",
            openapi_core::pointer::escape(name)
        );
        out.insert(name.clone(), convert(schema, &at)?);
    }
    Ok(out)
}

/// `uuid`: the hyphenated 8-4-4-4-12 form, hex digits of either case (MIM writes both).
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// `mim-date-time`: exactly what the generated types accept.
pub fn is_mim_date_time(s: &str) -> bool {
    mim_wire::MimDateTime::from_str(s).is_ok()
}

/// Compiles `schema` (an OpenAPI schema found at `at`) with `defs` embedded, asserting formats.
pub fn validator(
    schema: &Value,
    at: &str,
    defs: &Map<String, Value>,
) -> Result<jsonschema::Validator, String> {
    let converted = convert(schema, at)?;
    let mut root = Map::new();
    root.insert("$schema".into(), json!(DRAFT));
    root.insert("$defs".into(), Value::Object(defs.clone()));
    match converted {
        Value::Object(obj) => root.extend(obj),
        other => return Err(format!("{at}: converted schema is not an object: {other}")),
    }
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .should_ignore_unknown_formats(false)
        .with_format("uuid", is_uuid)
        .with_format("mim-date-time", is_mim_date_time)
        .build(&Value::Object(root))
        .map_err(|e| format!("{at}: the converted schema does not compile: {e}"))
}

/// All validation errors of `instance`, one line each: instance path, message, schema path.
pub fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| {
            format!(
                "at `{}`: {e} (schema path {})",
                e.instance_path(),
                e.schema_path()
            )
        })
        .collect()
}
