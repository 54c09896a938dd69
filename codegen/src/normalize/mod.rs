//! Pass 1b: rewrite what real documents publish into the subset both emitters agree on, before
//! openapiv3 reads the tree. Every rewrite keeps the wire meaning; the ones a user may want to
//! know about are returned as notes (diagnostics with the pointer of the node).
//!
//! - `names`: an operation without `operationId` gets one from its method and path
//!   (`get /pets/{id}` → `get_pets_id`), with a note; component schemas get the Rust type name typify would give them, so that both
//!   emitters spell `types::X` the same way; names that collide after conversion get a numeric
//!   suffix and a note; every `$ref` follows the rename.
//! - `hoist`: inline object, enum, array-item and composed schemas on operations (parameters,
//!   bodies, responses) move to `components/schemas` under deterministic names derived from the
//!   operation and the role (`{Op}Body`, `{Op}Response`, `{Op}{Param}`), as progenitor names them.
//!   A `deepObject` query parameter of scalar properties becomes one `name[property]` query
//!   parameter per property, which is its wire form.
//! - `schemas`: per schema, validation keywords that do not belong to its `type` are dropped
//!   (openapiv3 would read `{type: string, minimum: 1}` as an untyped schema), and string enums
//!   whose values typify cannot name apart become plain strings, with a note.

use crate::error::Diagnostic;
use openapi_core::pointer;
use serde_yaml::{Mapping, Value as Tree};

mod hoist;
mod names;
mod schemas;
mod v31;

pub(crate) use v31::down_convert;

pub(crate) use names::{type_name, variant_names};

/// Rewrite `tree` in place; returns notes about what changed.
pub fn normalize(tree: &mut Tree) -> Vec<Diagnostic> {
    let mut notes = Vec::new();
    names::name_operations(tree, &mut notes);
    names::rename_components(tree, &mut notes);
    hoist::expand_deep_objects(tree, &mut notes);
    hoist::hoist_operation_schemas(tree, &mut notes);
    schemas::fix_schemas(tree, &mut notes);
    notes
}

/// `map[key]` as a mapping, if it is one.
pub(crate) fn child_map<'a>(map: &'a mut Mapping, key: &str) -> Option<&'a mut Mapping> {
    map.get_mut(key).and_then(Tree::as_mapping_mut)
}

/// Every `$ref` string in `tree` for which `rewrite` returns a new target gets it.
pub(crate) fn rewrite_refs(tree: &mut Tree, rewrite: &dyn Fn(&str) -> Option<String>) {
    match tree {
        Tree::Mapping(map) => {
            for (key, value) in map.iter_mut() {
                if key.as_str() == Some("$ref")
                    && let Some(target) = value.as_str()
                    && let Some(new) = rewrite(target)
                {
                    *value = Tree::String(new);
                    continue;
                }
                rewrite_refs(value, rewrite);
            }
        }
        Tree::Sequence(items) => items.iter_mut().for_each(|v| rewrite_refs(v, rewrite)),
        _ => {}
    }
}

/// Whether a schema is a component itself or sits inside one (or on an operation).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Nesting {
    Component,
    Inline,
}

/// Keys under which a document holds data, not schemas or references.
fn is_data_key(key: &str) -> bool {
    matches!(key, "example" | "examples" | "default" | "enum") || key.starts_with("x-")
}

/// Call `visit(schema, pointer, nesting)` for every outermost schema of the document:
/// `components/schemas/*` and the value of every `schema` key outside example data. The visitor
/// descends into nested schemas itself.
pub(crate) fn for_each_schema(tree: &mut Tree, visit: &mut dyn FnMut(&mut Tree, &str, Nesting)) {
    walk(tree, String::new(), visit);
}

fn walk(node: &mut Tree, pointer: String, visit: &mut dyn FnMut(&mut Tree, &str, Nesting)) {
    match node {
        Tree::Mapping(map) => {
            let is_component_table = pointer == "/components/schemas";
            for (key, value) in map.iter_mut() {
                let key = key.as_str().unwrap_or_default();
                if is_data_key(key) {
                    continue;
                }
                let at = pointer::push(&pointer, key);
                if is_component_table {
                    visit(value, &at, Nesting::Component);
                } else if key == "schema" {
                    visit(value, &at, Nesting::Inline);
                } else {
                    walk(value, at, visit);
                }
            }
        }
        Tree::Sequence(items) => {
            for (i, value) in items.iter_mut().enumerate() {
                walk(value, pointer::push(&pointer, &i.to_string()), visit);
            }
        }
        _ => {}
    }
}
