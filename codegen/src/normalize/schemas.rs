//! Per-schema repairs that keep the meaning: keywords that cannot apply to the schema's `type`
//! are dropped (a `minimum` on a string validates nothing, but makes openapiv3 read the whole
//! schema as untyped, and a `format` on an object makes typify panic), 3.1-style numeric
//! `exclusiveMinimum`/`exclusiveMaximum` become 3.0's bound + flag, and string enums whose
//! values typify cannot name apart (`ASC`/`asc`) become plain strings, with a note. Inline
//! schemas lose their `title`, which typify would use as a type name.

use super::names::variant_names;
use super::{Nesting, for_each_schema};
use crate::error::Diagnostic;
use openapi_core::pointer;
use serde_yaml::{Mapping, Value as Tree};

const STRING_ONLY: &[&str] = &["minLength", "maxLength", "pattern"];
const NUMBER_ONLY: &[&str] = &[
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
];
const ARRAY_ONLY: &[&str] = &["items", "minItems", "maxItems", "uniqueItems"];
const OBJECT_ONLY: &[&str] = &[
    "properties",
    "required",
    "additionalProperties",
    "minProperties",
    "maxProperties",
];

pub(super) fn fix_schemas(tree: &mut Tree, notes: &mut Vec<Diagnostic>) {
    for_each_schema(tree, &mut |node, pointer, nesting| {
        schema(node, pointer, nesting, notes)
    });
}

fn schema(node: &mut Tree, pointer: &str, nesting: Nesting, notes: &mut Vec<Diagnostic>) {
    let Some(map) = node.as_mapping_mut() else {
        return;
    };
    if map.contains_key("$ref") {
        return;
    }
    if nesting == Nesting::Inline || map.get("nullable") == Some(&Tree::Bool(true)) {
        // typify names an inline schema after its `title`, and the inner type of a nullable
        // component too; public documents reuse titles of components there (GitHub's
        // `nullable-milestone` is titled `Milestone`): two types of one name. Without the
        // title the type is named after its place, as it is for untitled schemas.
        map.remove("title");
    }
    exclusive_bounds(map);
    let ty = map.get("type").and_then(Tree::as_str).map(String::from);
    let foreign: Vec<&[&str]> = match ty.as_deref() {
        Some("string") => vec![NUMBER_ONLY, ARRAY_ONLY, OBJECT_ONLY],
        Some("integer" | "number") => vec![STRING_ONLY, ARRAY_ONLY, OBJECT_ONLY],
        Some("boolean") => vec![STRING_ONLY, NUMBER_ONLY, ARRAY_ONLY, OBJECT_ONLY],
        Some("array") => vec![STRING_ONLY, NUMBER_ONLY, OBJECT_ONLY],
        Some("object") => vec![STRING_ONLY, NUMBER_ONLY, ARRAY_ONLY],
        _ => vec![],
    };
    for key in foreign.into_iter().flatten() {
        map.remove(*key);
    }
    let structured = matches!(ty.as_deref(), Some("object" | "array" | "boolean"))
        || (ty.is_none() && map.contains_key("properties"));
    if structured {
        map.remove("format");
    }
    if map.get("required").is_some_and(|r| !r.is_sequence()) {
        map.remove("required");
    }
    if let Some(Tree::Sequence(values)) = map.get("enum") {
        let strings: Vec<&str> = values.iter().filter_map(Tree::as_str).collect();
        if strings.len() == values.len() && variant_names(&strings).is_none() {
            notes.push(Diagnostic::new(
                pointer::push(pointer, "enum"),
                format!(
                    "enum values {strings:?} do not all make distinct Rust variant names; generated as a plain string"
                ),
            ));
            map.remove("enum");
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child) = map.get_mut(key) {
            schema(child, &pointer::push(pointer, key), Nesting::Inline, notes);
        }
    }
    for key in ["properties"] {
        if let Some(Tree::Mapping(props)) = map.get_mut(key) {
            let at = pointer::push(pointer, key);
            for (name, child) in props.iter_mut() {
                let at = pointer::push(&at, name.as_str().unwrap_or_default());
                schema(child, &at, Nesting::Inline, notes);
            }
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(Tree::Sequence(list)) = map.get_mut(key) {
            let at = pointer::push(pointer, key);
            for (i, child) in list.iter_mut().enumerate() {
                schema(
                    child,
                    &pointer::push(&at, &i.to_string()),
                    Nesting::Inline,
                    notes,
                );
            }
        }
    }
}

/// OpenAPI 3.1 (JSON Schema 2020-12) writes `exclusiveMinimum: 5`; 3.0 writes `minimum: 5,
/// exclusiveMinimum: true`.
fn exclusive_bounds(map: &mut Mapping) {
    for (flag, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(value @ Tree::Number(_)) = map.get(flag).cloned() {
            map.insert(Tree::String(bound.into()), value);
            map.insert(Tree::String(flag.into()), Tree::Bool(true));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(yaml: &str) -> (Tree, Vec<Diagnostic>) {
        let mut tree: Tree = serde_yaml::from_str(yaml).unwrap();
        let mut notes = Vec::new();
        fix_schemas(&mut tree, &mut notes);
        (tree, notes)
    }

    #[test]
    fn foreign_keywords_go_and_data_stays() {
        let (tree, _) = fixed(
            "components:\n  schemas:\n    A: {type: string, minimum: 1, example: {type: weird, minimum: 2}}\n    B: {type: object, format: thing, properties: {x: {type: integer, maxLength: 3}}}\n",
        );
        let s = &tree["components"]["schemas"];
        assert!(s["A"].get("minimum").is_none());
        assert_eq!(s["A"]["example"]["minimum"], 2);
        assert!(s["B"].get("format").is_none());
        assert!(s["B"]["properties"]["x"].get("maxLength").is_none());
    }

    #[test]
    fn colliding_enums_become_strings_with_a_note() {
        let (tree, notes) = fixed(
            "paths:\n  /a:\n    get:\n      parameters:\n      - name: o\n        in: query\n        schema: {type: string, enum: [ASC, asc]}\n",
        );
        let p = &tree["paths"]["/a"]["get"]["parameters"][0]["schema"];
        assert!(p.get("enum").is_none());
        assert_eq!(notes[0].pointer, "/paths/~1a/get/parameters/0/schema/enum");
    }

    #[test]
    fn numeric_exclusive_bounds_become_flags() {
        let (tree, _) =
            fixed("components:\n  schemas:\n    N: {type: number, exclusiveMinimum: 5}\n");
        let n = &tree["components"]["schemas"]["N"];
        assert_eq!(n["minimum"], 5);
        assert_eq!(n["exclusiveMinimum"], true);
    }
}
