//! OpenAPI 3.1 → 3.0, where 3.0 can say the same thing.
//!
//! progenitor and openapiv3 read 3.0 only. Three 3.1 (JSON Schema 2020-12) spellings have a 3.0
//! equivalent: `type: [T, "null"]` is `type: T, nullable: true`; `examples: [v, …]` in a schema
//! is `example: v`; `const: v` is `enum: [v]`. Numeric `exclusiveMinimum`/`exclusiveMaximum`
//! are handled for every document in `schemas`. What has no 3.0 form (a type array of two
//! non-null types (then generated as any JSON value), `prefixItems`, `$ref` with siblings, …)
//! is reported with its pointer.

use crate::error::Diagnostic;
use openapi_core::pointer;
use serde_yaml::{Mapping, Value as Tree};

/// Keys under which 3.1 schemas nest other schemas.
const NESTED: &[&str] = &["items", "additionalProperties", "not", "contains"];
const NESTED_LISTS: &[&str] = &["allOf", "anyOf", "oneOf"];
const NESTED_MAPS: &[&str] = &["properties", "patternProperties", "$defs"];
const NO_EQUIVALENT: &[&str] = &[
    "prefixItems",
    "patternProperties",
    "unevaluatedProperties",
    "if",
    "dependentSchemas",
];

/// Convert `tree` in place if it is a 3.1 document; returns notes for what could not be.
pub(crate) fn down_convert(tree: &mut Tree, notes: &mut Vec<Diagnostic>) {
    let is_31 = tree
        .get("openapi")
        .and_then(Tree::as_str)
        .is_some_and(|v| v.trim().starts_with("3.1."));
    if !is_31 {
        return;
    }
    super::for_each_schema(tree, &mut |node, pointer, _| schema(node, pointer, notes));
    if let Some(root) = tree.as_mapping_mut() {
        root.insert("openapi".into(), "3.0.3".into());
        for key in ["webhooks", "jsonSchemaDialect"] {
            if root.remove(key).is_some() {
                notes.push(Diagnostic::new(
                    pointer::push("", key),
                    format!("OpenAPI 3.1 `{key}` has no 3.0 form; left out"),
                ));
            }
        }
        if !root.contains_key("paths") {
            root.insert("paths".into(), Tree::Mapping(Mapping::new()));
        }
    }
}

fn schema(node: &mut Tree, pointer: &str, notes: &mut Vec<Diagnostic>) {
    let Some(map) = node.as_mapping_mut() else {
        return;
    };
    if let Some(Tree::Sequence(types)) = map.get("type").cloned() {
        let null = Tree::String("null".into());
        let others: Vec<&Tree> = types.iter().filter(|t| **t != null).collect();
        match others.as_slice() {
            [one] => {
                map.insert("type".into(), (*one).clone());
                if types.contains(&null) {
                    map.insert("nullable".into(), Tree::Bool(true));
                }
            }
            [] => {
                map.remove("type");
                map.insert("nullable".into(), Tree::Bool(true));
            }
            _ => {
                // Untyped, the value is taken as any JSON: wider than the document says.
                map.remove("type");
                notes.push(Diagnostic::new(
                    pointer::push(pointer, "type"),
                    "a type array of several non-null types has no OpenAPI 3.0 form; generated as any JSON value",
                ));
            }
        }
    }
    if let Some(Tree::Sequence(examples)) = map.remove("examples")
        && let Some(first) = examples.into_iter().next()
    {
        map.entry("example".into()).or_insert(first);
    }
    if let Some(value) = map.remove("const") {
        map.insert("enum".into(), Tree::Sequence(vec![value]));
    }
    if map.contains_key("$ref") && map.len() > 1 {
        notes.push(Diagnostic::new(
            pointer.to_string(),
            "siblings of `$ref` are ignored in OpenAPI 3.0",
        ));
    }
    for key in NO_EQUIVALENT {
        if map.contains_key(*key) {
            notes.push(Diagnostic::new(
                pointer::push(pointer, key),
                format!("`{key}` has no OpenAPI 3.0 form"),
            ));
        }
    }
    for key in NESTED {
        if let Some(child) = map.get_mut(*key) {
            schema(child, &pointer::push(pointer, key), notes);
        }
    }
    for key in NESTED_LISTS {
        if let Some(Tree::Sequence(list)) = map.get_mut(*key) {
            let at = pointer::push(pointer, key);
            for (i, child) in list.iter_mut().enumerate() {
                schema(child, &pointer::push(&at, &i.to_string()), notes);
            }
        }
    }
    for key in NESTED_MAPS {
        if let Some(Tree::Mapping(children)) = map.get_mut(*key) {
            let at = pointer::push(pointer, key);
            for (name, child) in children.iter_mut() {
                schema(
                    child,
                    &pointer::push(&at, name.as_str().unwrap_or_default()),
                    notes,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_arrays_examples_and_const_become_30() {
        let mut tree: Tree = serde_yaml::from_str(
            "openapi: 3.1.0\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        n: {type: [string, 'null'], examples: [x, y]}\n        k: {const: fixed}\n        m: {type: [string, integer]}\n",
        )
        .unwrap();
        let mut notes = Vec::new();
        down_convert(&mut tree, &mut notes);
        let p = &tree["components"]["schemas"]["A"]["properties"];
        assert_eq!(tree["openapi"], "3.0.3");
        assert_eq!(p["n"]["type"], "string");
        assert_eq!(p["n"]["nullable"], true);
        assert_eq!(p["n"]["example"], "x");
        assert_eq!(p["k"]["enum"][0], "fixed");
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].pointer, "/components/schemas/A/properties/m/type");
    }
}
