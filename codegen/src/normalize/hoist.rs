//! Inline schemas on operations → named component schemas.
//!
//! Both emitters must spell the same Rust type for an operation's parameter, body or response.
//! Rather than have the server emitter re-derive typify's naming of anonymous schemas, every
//! inline schema that would become a named type moves to `components/schemas` under the name
//! progenitor would give it, and the operation refers to it: `{Op}Body`, `{Op}Response` (then
//! `{Op}Response{status}` for further statuses), `{Op}{Param}`, and `…Item` for the items of an
//! array. Names are unique against every component (a numeric suffix otherwise, reported).

use super::child_map;
use super::names::type_name;
use crate::error::Diagnostic;
use crate::media::{Carrier, choose_request, choose_response};
use openapi_core::{Method, pointer, reference};
use serde_yaml::{Mapping, Value as Tree};
use std::collections::BTreeSet;

/// Whether a `content` map belongs to a request body or a response.
#[derive(Clone, Copy)]
enum Role {
    Request,
    Response,
}

/// Schemas to add under `components/schemas`, and the names already taken there.
struct Hoisted {
    taken: BTreeSet<String>,
    added: Vec<(String, Tree)>,
    notes: Vec<Diagnostic>,
}

impl Hoisted {
    /// Replace `schema` (at `pointer`) by a `$ref` to a new component named after `stem`, if it
    /// would become a named type; arrays keep their shape and have their items hoisted.
    fn hoist(&mut self, schema: &mut Tree, stem: &str, pointer: &str) {
        let Some(map) = schema.as_mapping_mut() else {
            return;
        };
        if map.contains_key("$ref") {
            return;
        }
        let ty = map.get("type").and_then(Tree::as_str).unwrap_or_default();
        let scalar =
            matches!(ty, "string" | "integer" | "number" | "boolean") && !map.contains_key("enum");
        if scalar {
            return;
        }
        if ty == "array" {
            if let Some(items) = map.get_mut("items") {
                self.hoist(
                    items,
                    &format!("{stem}Item"),
                    &pointer::push(pointer, "items"),
                );
            }
            return;
        }
        if let Some((name, _)) = self.added.iter().find(|(_, s)| s == &*schema) {
            // The same inline schema under several media types: one type.
            *schema = reference(name);
            return;
        }
        let base = type_name(stem);
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        if name != base {
            self.notes.push(Diagnostic::new(
                pointer.to_string(),
                format!("inline schema is generated as `{name}`: `{base}` is taken by a component schema"),
            ));
        }
        self.taken.insert(name.clone());
        let inline = std::mem::replace(schema, reference(&name));
        self.added.push((name, inline));
    }

    /// The `content/<media>/schema` of a body or response that the generated code decodes
    /// (see [`crate::media`]); the others stay inline, as they become bytes.
    fn content(&mut self, node: &mut Mapping, stem: &str, pointer: &str, role: Role) {
        let Some(content) = child_map(node, "content") else {
            return;
        };
        let keys: Vec<String> = content
            .keys()
            .filter_map(|k| k.as_str().map(String::from))
            .collect();
        let chosen = match role {
            Role::Request => choose_request(keys.iter()),
            Role::Response => choose_response(keys.iter()),
        };
        let Some((media, Carrier::Json | Carrier::Form | Carrier::Multipart)) = chosen else {
            return;
        };
        let at = pointer::push(&pointer::push(pointer, "content"), media);
        if let Some(schema) = content
            .get_mut(media.as_str())
            .and_then(|e| e.as_mapping_mut())
            .and_then(|e| e.get_mut("schema"))
        {
            self.hoist(schema, stem, &pointer::push(&at, "schema"));
        }
    }

    fn parameters(&mut self, list: Option<&mut Tree>, stem: &str, pointer: &str) {
        let Some(list) = list.and_then(Tree::as_sequence_mut) else {
            return;
        };
        let at = pointer::push(pointer, "parameters");
        for (i, p) in list.iter_mut().enumerate() {
            let Some(p) = p.as_mapping_mut() else {
                continue;
            };
            let name = p.get("name").and_then(Tree::as_str).unwrap_or_default();
            let param_stem = format!("{stem}-{name}");
            let at = pointer::push(&at, &i.to_string());
            if let Some(schema) = p.get_mut("schema") {
                self.hoist(schema, &param_stem, &pointer::push(&at, "schema"));
            }
        }
    }

    fn operation(&mut self, op: &mut Mapping, pointer: &str) {
        let Some(id) = op
            .get("operationId")
            .and_then(Tree::as_str)
            .map(String::from)
        else {
            return;
        };
        self.parameters(op.get_mut("parameters"), &id, pointer);
        if let Some(body) = child_map(op, "requestBody") {
            self.content(
                body,
                &format!("{id}-body"),
                &pointer::push(pointer, "requestBody"),
                Role::Request,
            );
        }
        if let Some(responses) = child_map(op, "responses") {
            let at = pointer::push(pointer, "responses");
            let mut first = true;
            for (status, response) in responses.iter_mut() {
                let status = status.as_str().unwrap_or_default().to_string();
                let Some(response) = response.as_mapping_mut() else {
                    continue;
                };
                let has_inline = child_map(response, "content").is_some_and(|c| {
                    c.values()
                        .any(|e| e.get("schema").is_some_and(|s| s.get("$ref").is_none()))
                });
                let stem = if first || !has_inline {
                    format!("{id}-response")
                } else {
                    format!("{id}-response-{status}")
                };
                first &= !has_inline;
                self.content(
                    response,
                    &stem,
                    &pointer::push(&at, &status),
                    Role::Response,
                );
            }
        }
    }
}

fn reference(name: &str) -> Tree {
    let mut map = Mapping::new();
    map.insert(
        Tree::String("$ref".into()),
        Tree::String(format!("#{}", pointer::push("/components/schemas", name))),
    );
    Tree::Mapping(map)
}

pub(super) fn hoist_operation_schemas(tree: &mut Tree, notes: &mut Vec<Diagnostic>) {
    let Some(root) = tree.as_mapping_mut() else {
        return;
    };
    let taken = root
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Tree::as_mapping)
        .map(|s| {
            s.keys()
                .filter_map(|k| k.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let mut h = Hoisted {
        taken,
        added: Vec::new(),
        notes: Vec::new(),
    };
    if let Some(paths) = child_map(root, "paths") {
        for (path, item) in paths.iter_mut() {
            let at = pointer::push("/paths", path.as_str().unwrap_or_default());
            let Some(item) = item.as_mapping_mut() else {
                continue;
            };
            let first_id = Method::ALL.iter().find_map(|m| {
                item.get(m.key())?
                    .get("operationId")?
                    .as_str()
                    .map(String::from)
            });
            if let Some(first_id) = first_id {
                h.parameters(item.get_mut("parameters"), &first_id, &at);
            }
            for method in Method::ALL.map(Method::key) {
                if let Some(op) = child_map(item, method) {
                    h.operation(op, &pointer::push(&at, method));
                }
            }
        }
    }
    if let Some(components) = child_map(root, "components") {
        for (kind, suffix) in [
            ("parameters", "Param"),
            ("requestBodies", "Body"),
            ("responses", "Response"),
        ] {
            let Some(table) = child_map(components, kind) else {
                continue;
            };
            let at = pointer::push("/components", kind);
            for (name, node) in table.iter_mut() {
                let name = name.as_str().unwrap_or_default().to_string();
                let at = pointer::push(&at, &name);
                let stem = format!("{name}-{suffix}");
                let Some(node) = node.as_mapping_mut() else {
                    continue;
                };
                if kind == "parameters" {
                    if let Some(schema) = node.get_mut("schema") {
                        h.hoist(schema, &stem, &pointer::push(&at, "schema"));
                    }
                } else {
                    let role = if kind == "requestBodies" {
                        Role::Request
                    } else {
                        Role::Response
                    };
                    h.content(node, &stem, &at, role);
                }
            }
        }
    }
    notes.append(&mut h.notes);
    if h.added.is_empty() {
        return;
    }
    let components = root
        .entry(Tree::String("components".into()))
        .or_insert_with(|| Tree::Mapping(Mapping::new()));
    let Some(components) = components.as_mapping_mut() else {
        return;
    };
    let schemas = components
        .entry(Tree::String("schemas".into()))
        .or_insert_with(|| Tree::Mapping(Mapping::new()));
    if let Some(schemas) = schemas.as_mapping_mut() {
        for (name, schema) in h.added {
            schemas.insert(Tree::String(name), schema);
        }
    }
}

/// `style: deepObject` query parameters with an object schema of scalar properties become one
/// query parameter per property, named `param[property]`: exactly what deepObject puts on the
/// wire, and a shape both emitters take (progenitor has no deepObject). Runs before hoisting, so
/// that the properties' own inline enums are then named after operation and parameter.
pub(super) fn expand_deep_objects(tree: &mut Tree, notes: &mut Vec<Diagnostic>) {
    let schemas = tree
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Tree::as_mapping)
        .cloned()
        .unwrap_or_default();
    let parameters = tree
        .get("components")
        .and_then(|c| c.get("parameters"))
        .and_then(Tree::as_mapping)
        .cloned()
        .unwrap_or_default();
    let Some(paths) = tree.as_mapping_mut().and_then(|r| child_map(r, "paths")) else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let at = pointer::push("/paths", path.as_str().unwrap_or_default());
        let Some(item) = item.as_mapping_mut() else {
            continue;
        };
        for key in std::iter::once("parameters").chain(Method::ALL.map(Method::key)) {
            let (list, list_at) = if key == "parameters" {
                (item.get_mut("parameters"), pointer::push(&at, "parameters"))
            } else {
                let op_at = pointer::push(&at, key);
                (
                    child_map(item, key).and_then(|op| op.get_mut("parameters")),
                    pointer::push(&op_at, "parameters"),
                )
            };
            let Some(list) = list.and_then(Tree::as_sequence_mut) else {
                continue;
            };
            let mut out = Vec::with_capacity(list.len());
            for (i, param) in std::mem::take(list).into_iter().enumerate() {
                let resolved = param
                    .get("$ref")
                    .and_then(Tree::as_str)
                    .and_then(|r| reference::component_name(r, "parameters"))
                    .and_then(|name| parameters.get(name.as_str()))
                    .unwrap_or(&param);
                match expand(resolved, &schemas) {
                    Some(expanded) => {
                        notes.push(Diagnostic::new(
                            pointer::push(&list_at, &i.to_string()),
                            format!(
                                "deepObject parameter generated as {} `name[property]` query parameters",
                                expanded.len()
                            ),
                        ));
                        out.extend(expanded);
                    }
                    None => out.push(param),
                }
            }
            *list = out;
        }
    }
}

/// The per-property parameters for a deepObject parameter, or `None` when it is not one or its
/// properties are not all scalars.
fn expand(param: &Tree, schemas: &Mapping) -> Option<Vec<Tree>> {
    if param.get("in")?.as_str()? != "query" || param.get("style")?.as_str()? != "deepObject" {
        return None;
    }
    let name = param.get("name")?.as_str()?;
    let required_param = param.get("required").and_then(Tree::as_bool) == Some(true);
    // A dangling, foreign or cyclic `$ref` is not expanded; validation reports it later.
    let schema = reference::follow(
        param.get("schema")?,
        "",
        |node: &Tree| Ok(node.get("$ref").and_then(Tree::as_str)),
        |target| schemas.get(&*reference::component_at(target, "schemas")?),
    )
    .ok()?
    .value;
    let required: BTreeSet<&str> = schema
        .get("required")
        .and_then(Tree::as_sequence)
        .map(|r| r.iter().filter_map(Tree::as_str).collect())
        .unwrap_or_default();
    let properties = schema.get("properties")?.as_mapping()?;
    let mut out = Vec::new();
    for (prop, prop_schema) in properties {
        let prop = prop.as_str()?;
        let scalar = prop_schema.get("$ref").is_some()
            || matches!(
                prop_schema.get("type").and_then(Tree::as_str),
                Some("string" | "integer" | "number" | "boolean")
            );
        if !scalar {
            return None;
        }
        let mut p = Mapping::new();
        p.insert("name".into(), Tree::String(format!("{name}[{prop}]")));
        p.insert("in".into(), "query".into());
        p.insert(
            "required".into(),
            Tree::Bool(required_param && required.contains(prop)),
        );
        p.insert("schema".into(), prop_schema.clone());
        out.push(Tree::Mapping(p));
    }
    (!out.is_empty()).then_some(out)
}
