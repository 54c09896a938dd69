//! Resolving `$ref`s and classifying the schemas that sit directly on operations.
//!
//! Operation-level schemas (parameters, bodies, responses) must be a `$ref` to a component, a
//! scalar, or an array of those. That rule is what lets the client (progenitor/typify) and the
//! server emitter name exactly the same Rust types without either re-implementing the other's
//! naming of anonymous schemas.

use crate::error::Diagnostic;
use crate::ir::{TypeRef, ValueKind};
use crate::settings::Settings;
use openapi_core::pointer;
use openapi_core::reference::{self, Problem, RefError};
use openapiv3::{
    Components, IntegerFormat, OpenAPI, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};

/// Follow one `$ref` (and the chain behind it) into `components/<kind>`, reporting dangling,
/// foreign or cyclic references with the pointer of the offending `$ref`.
///
/// The walk is openapi-core's [`reference::follow`]; only the lookup (a name in the typed
/// `components` table) and the wording of the diagnostic are codegen's.
pub(crate) fn resolve<'a, T>(
    reference: &'a ReferenceOr<T>,
    pointer: &str,
    kind: &str,
    table: impl Fn(&'a Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
    spec: &'a OpenAPI,
) -> Result<&'a T, Diagnostic> {
    let components = spec.components.as_ref().map(table);
    let resolved = reference::follow(
        reference,
        pointer,
        |node| {
            Ok(match node {
                ReferenceOr::Reference { reference } => Some(reference.as_str()),
                ReferenceOr::Item(_) => None,
            })
        },
        |target| components?.get(&*reference::component_at(target, kind)?),
    )
    .map_err(|e| ref_diagnostic(&e, Some(kind)))?;
    match resolved.value {
        ReferenceOr::Item(item) => Ok(item),
        // `follow` stops only where `reference_of` saw no `$ref`, which is an item.
        ReferenceOr::Reference { reference } => Err(Diagnostic::new(
            pointer::push(&resolved.pointer, "$ref"),
            format!("cannot resolve $ref `{reference}`"),
        )),
    }
}

/// The diagnostic for a `$ref` that [`resolve`] could not follow: openapi-core's pointer,
/// message and hint, except that a lookup confined to the components table `kind` which failed
/// because the reference points elsewhere says so (the node may well exist).
pub(crate) fn ref_diagnostic(e: &RefError, kind: Option<&str>) -> Diagnostic {
    let (why, hint) = match e.problem {
        Problem::Dangling
            if let Some(kind) = kind
                && reference::component_name(&e.reference, kind).is_none() =>
        {
            (
                format!("only references into `#/components/{kind}/` are supported here"),
                Some(format!("refer to `#/components/{kind}/<Name>`")),
            )
        }
        problem => (
            problem.message().to_owned(),
            problem.hint().map(str::to_owned),
        ),
    };
    let diagnostic = Diagnostic::new(
        e.pointer.clone(),
        format!("cannot resolve $ref `{}`: {why}", e.reference),
    );
    match hint {
        Some(hint) => diagnostic.with_hint(hint),
        None => diagnostic,
    }
}

/// The component schema a `#/components/schemas/X` reference names, if any.
pub(crate) fn component<'a>(spec: &'a OpenAPI, name: &str) -> Option<&'a ReferenceOr<Schema>> {
    spec.components.as_ref()?.schemas.get(name)
}

/// The component schema a `#/components/schemas/X` reference names, if any (one hop, no chain).
pub(crate) fn referenced_component<'a>(
    spec: &'a OpenAPI,
    reference: &str,
) -> Option<&'a ReferenceOr<Schema>> {
    component(spec, &reference::component_name(reference, "schemas")?)
}

/// Classify an operation-level schema into the Rust type both emitters use, and the kind of
/// value it holds (for liberal parsing of text input).
pub(crate) fn classify(
    schema: &ReferenceOr<Schema>,
    pointer: &str,
    spec: &OpenAPI,
    settings: &Settings,
    allow_array: bool,
) -> Result<(TypeRef, ValueKind), Diagnostic> {
    match schema {
        ReferenceOr::Reference { reference } => {
            let name = reference::component_name(reference, "schemas").ok_or_else(|| {
                Diagnostic::new(
                    pointer::push(pointer, "$ref"),
                    format!("unsupported reference `{reference}`"),
                )
                .with_hint("refer to a schema under `#/components/schemas/`")
            })?;
            let target = component(spec, &name).ok_or_else(|| {
                Diagnostic::new(
                    pointer::push(pointer, "$ref"),
                    format!("`{reference}` does not exist"),
                )
            })?;
            let (kind, open) = match target {
                ReferenceOr::Item(s) => (
                    value_kind(s),
                    s.schema_data.extensions.get("x-open-enum")
                        == Some(&serde_json::Value::Bool(true)),
                ),
                ReferenceOr::Reference { .. } => (ValueKind::Json, false),
            };
            let ty = if open {
                TypeRef::OpenEnum(name.to_string())
            } else {
                TypeRef::Named(name.to_string())
            };
            Ok((ty, kind))
        }
        ReferenceOr::Item(schema) => classify_inline(schema, pointer, spec, settings, allow_array),
    }
}

fn classify_inline(
    schema: &Schema,
    pointer: &str,
    spec: &OpenAPI,
    settings: &Settings,
    allow_array: bool,
) -> Result<(TypeRef, ValueKind), Diagnostic> {
    let scalar = |path: &str, kind| Ok((TypeRef::Scalar(path.to_string()), kind));
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
            Err(inline_named(pointer, "an enum"))
        }
        SchemaKind::Type(Type::String(s)) => match &s.format {
            VariantOrUnknownOrEmpty::Item(StringFormat::Date) => {
                scalar("::chrono::NaiveDate", ValueKind::Formatted)
            }
            VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => scalar(
                "::chrono::DateTime<::chrono::offset::Utc>",
                ValueKind::Formatted,
            ),
            VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => {
                scalar("::uuid::Uuid", ValueKind::Formatted)
            }
            VariantOrUnknownOrEmpty::Unknown(f) => match settings.custom_formats.get(f) {
                Some(path) => scalar(path, ValueKind::String),
                None => scalar("::std::string::String", ValueKind::String),
            },
            _ => scalar("::std::string::String", ValueKind::String),
        },
        SchemaKind::Type(Type::Integer(i)) if !i.enumeration.is_empty() => {
            Err(inline_named(pointer, "an enum"))
        }
        SchemaKind::Type(Type::Integer(i)) => match i.format {
            VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => {
                scalar("i32", ValueKind::Integer)
            }
            _ => scalar("i64", ValueKind::Integer),
        },
        SchemaKind::Type(Type::Number(n)) if !n.enumeration.is_empty() => {
            Err(inline_named(pointer, "an enum"))
        }
        SchemaKind::Type(Type::Number(_)) => scalar("f64", ValueKind::Number),
        SchemaKind::Type(Type::Boolean(_)) => scalar("bool", ValueKind::Boolean),
        SchemaKind::Type(Type::Array(a)) if allow_array => {
            let items_pointer = pointer::push(pointer, "items");
            let items = a.items.as_ref().ok_or_else(|| {
                Diagnostic::new(pointer.to_string(), "array schema without `items`")
            })?;
            let items = items.clone().unbox();
            // The kind is the items' kind: a query array arrives as one text value per item.
            let (inner, kind) = classify(&items, &items_pointer, spec, settings, false)?;
            Ok((TypeRef::Array(Box::new(inner)), kind))
        }
        SchemaKind::Type(Type::Array(_)) => Err(Diagnostic::new(
            pointer.to_string(),
            "an array is not supported here",
        )
        .with_hint(
            "path and header parameters must be scalars; arrays may nest only one level in query parameters and bodies",
        )),
        SchemaKind::Type(Type::Object(_)) | SchemaKind::Any(_) => {
            Err(inline_named(pointer, "an inline object schema"))
        }
        SchemaKind::OneOf { .. }
        | SchemaKind::AnyOf { .. }
        | SchemaKind::AllOf { .. }
        | SchemaKind::Not { .. } => Err(inline_named(pointer, "an inline composed schema")),
    }
}

fn inline_named(pointer: &str, what: &str) -> Diagnostic {
    Diagnostic::new(pointer.to_string(), format!("{what} is not supported directly on an operation"))
        .with_hint("move the schema to `components/schemas` and refer to it with `$ref`, so client and server name the same type")
}

/// What kind of text a (resolved) schema accepts; used for liberal coercion of text input.
pub(crate) fn value_kind(schema: &Schema) -> ValueKind {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
            ValueKind::Enum(s.enumeration.iter().flatten().cloned().collect())
        }
        SchemaKind::Type(Type::String(s)) => match &s.format {
            VariantOrUnknownOrEmpty::Item(StringFormat::Date | StringFormat::DateTime) => {
                ValueKind::Formatted
            }
            VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => ValueKind::Formatted,
            _ => ValueKind::String,
        },
        SchemaKind::Type(Type::Integer(_)) => ValueKind::Integer,
        SchemaKind::Type(Type::Number(_)) => ValueKind::Number,
        SchemaKind::Type(Type::Boolean(_)) => ValueKind::Boolean,
        _ => ValueKind::Json,
    }
}

/// Top-level properties of an object schema, each resolved through one `$ref` (`None` when the
/// reference leads nowhere usable). Empty for anything that is not an object schema.
fn properties<'a>(schema: &'a Schema, spec: &'a OpenAPI) -> Vec<(&'a String, Option<&'a Schema>)> {
    let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
        return Vec::new();
    };
    object
        .properties
        .iter()
        .map(|(name, prop)| {
            let resolved = match prop {
                ReferenceOr::Item(s) => Some(&**s),
                ReferenceOr::Reference { reference } => {
                    referenced_component(spec, reference).and_then(|s| s.as_item())
                }
            };
            (name, resolved)
        })
        .collect()
}

/// Top-level properties of an object schema that are `nullable: true`.
pub(crate) fn nullable_fields(schema: &Schema, spec: &OpenAPI) -> Vec<String> {
    properties(schema, spec)
        .into_iter()
        .filter(|(_, s)| s.is_some_and(|s| s.schema_data.nullable))
        .map(|(name, _)| name.clone())
        .collect()
}

/// Top-level properties of an object schema with their kinds.
pub(crate) fn object_fields(schema: &Schema, spec: &OpenAPI) -> Vec<(String, ValueKind)> {
    properties(schema, spec)
        .into_iter()
        .map(|(name, s)| (name.clone(), s.map(value_kind).unwrap_or(ValueKind::Json)))
        .collect()
}
