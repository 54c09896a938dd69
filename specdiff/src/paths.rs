//! Paths, path items and operations: what exists, what was added or removed, and the operation-level
//! attributes (operationId, security, `x-path-aliases`). Parameters, bodies and responses are delegated.

use std::collections::{BTreeMap, BTreeSet};

use openapi_core::{Case, Method, PathTemplate, pointer};
use serde_json::{Map, Value};

use crate::content;
use crate::differ::Differ;
use crate::error::DiffError;
use crate::model::{Category, Context};
use crate::operation::OpSide;
use crate::params;
use crate::resolve::{Doc, Node, Res};

/// Path items are keyed by template; `x-` keys are extensions, not paths.
fn path_keys(map: &Map<String, Value>) -> BTreeSet<&str> {
    map.keys()
        .map(String::as_str)
        .filter(|k| !k.starts_with("x-"))
        .collect()
}

/// The operations of a path item, by method.
fn operations<'a>(doc: Doc<'a>, item: &Node<'a>) -> Res<BTreeMap<Method, Node<'a>>> {
    let mut ops = BTreeMap::new();
    for method in Method::ALL {
        if let Some(op) = item.field(method.key()) {
            doc.object(&op, "an operation object")?;
            ops.insert(method, op);
        }
    }
    Ok(ops)
}

fn method_list(ops: &BTreeMap<Method, Node<'_>>) -> String {
    let list: Vec<&str> = ops.keys().map(|m| m.as_str()).collect();
    list.join(", ")
}

/// Every path key of one side parsed as a template; a malformed one is an error naming it.
fn templates<'k>(
    doc: Doc<'_>,
    paths_ptr: &str,
    keys: &BTreeSet<&'k str>,
) -> Res<BTreeMap<&'k str, PathTemplate>> {
    keys.iter()
        .map(|key| {
            PathTemplate::parse(key).map(|t| (*key, t)).map_err(|e| {
                DiffError::InvalidPathTemplate {
                    side: doc.side,
                    pointer: pointer::push(paths_ptr, key),
                    message: format!("{e}; {}", e.hint()),
                }
            })
        })
        .collect()
}

/// Entry point of the structural pass.
pub(crate) fn compare_paths(d: &mut Differ<'_>) -> Res<()> {
    let old_root = Node::new(String::new(), d.old.root);
    let new_root = Node::new(String::new(), d.new.root);
    let (old_paths_node, old_paths) = d
        .old
        .opt_object(&old_root, "paths")?
        .ok_or_else(|| d.old.shape("/paths", "a `paths` object"))?;
    let (new_paths_node, new_paths) = d
        .new
        .opt_object(&new_root, "paths")?
        .ok_or_else(|| d.new.shape("/paths", "a `paths` object"))?;

    // Exact matches first; then match leftovers by route shape, so renaming a path variable is not reported
    // as a removal plus an addition (the URL on the wire is the same).
    let old_keys = path_keys(old_paths);
    let new_keys = path_keys(new_paths);
    let old_templates = templates(d.old, &old_paths_node.ptr, &old_keys)?;
    let new_templates = templates(d.new, &new_paths_node.ptr, &new_keys)?;
    let mut pairs: Vec<(&str, &str)> = old_keys
        .iter()
        .filter(|k| new_keys.contains(*k))
        .map(|k| (*k, *k))
        .collect();
    let mut new_left: BTreeMap<String, &str> = BTreeMap::new();
    for k in new_keys.iter().filter(|k| !old_keys.contains(*k)) {
        new_left
            .entry(new_templates[k].shape(Case::Sensitive))
            .or_insert(k);
    }
    let mut removed = Vec::new();
    for k in old_keys.iter().filter(|k| !new_keys.contains(*k)) {
        match new_left.remove(&old_templates[k].shape(Case::Sensitive)) {
            Some(n) => pairs.push((k, n)),
            None => removed.push(*k),
        }
    }
    let paired_new: BTreeSet<&str> = pairs.iter().map(|(_, n)| *n).collect();
    let added: Vec<&str> = new_keys
        .iter()
        .copied()
        .filter(|k| !paired_new.contains(k))
        .collect();

    for key in removed {
        let item = d.old.resolve(Node::new(
            pointer::push(&old_paths_node.ptr, key),
            &old_paths[key],
        ))?;
        let ops = operations(d.old, &item)?;
        d.push(
            pointer::push(&old_paths_node.ptr, key),
            Category::PathRemoved,
            Context::Structural,
            (!ops.is_empty(), false),
            format!(
                "path `{key}` removed (operations: {}); callers of it now get 404",
                method_list(&ops)
            ),
        );
    }
    for key in added {
        let item = d.new.resolve(Node::new(
            pointer::push(&new_paths_node.ptr, key),
            &new_paths[key],
        ))?;
        let ops = operations(d.new, &item)?;
        d.push(
            pointer::push(&new_paths_node.ptr, key),
            Category::PathAdded,
            Context::Structural,
            (false, !ops.is_empty()),
            format!(
                "path `{key}` added (operations: {}); the server trait gains methods implementations must provide",
                method_list(&ops)
            ),
        );
    }
    for (old_key, new_key) in pairs {
        let old_item = d.old.resolve(Node::new(
            pointer::push(&old_paths_node.ptr, old_key),
            &old_paths[old_key],
        ))?;
        let new_item = d.new.resolve(Node::new(
            pointer::push(&new_paths_node.ptr, new_key),
            &new_paths[new_key],
        ))?;
        compare_path_item(
            d,
            (&old_templates[old_key], old_item),
            (&new_templates[new_key], new_item),
        )?;
    }
    Ok(())
}

fn compare_path_item<'a>(
    d: &mut Differ<'a>,
    (old_template, old_item): (&PathTemplate, Node<'a>),
    (new_template, new_item): (&PathTemplate, Node<'a>),
) -> Res<()> {
    let (old_key, new_key) = (old_template.raw(), new_template.raw());
    let om = d.old.object(&old_item, "a path item object")?;
    let nm = d.new.object(&new_item, "a path item object")?;
    d.compare_docs(&new_item.ptr, om, nm, &["summary", "description"]);

    let old_ops = operations(d.old, &old_item)?;
    let new_ops = operations(d.new, &new_item)?;
    for method in Method::ALL {
        let upper = method.as_str();
        match (old_ops.get(&method), new_ops.get(&method)) {
            (None, None) => {}
            (Some(op), None) => d.push(
                op.ptr.clone(),
                Category::OperationRemoved,
                Context::Structural,
                (true, false),
                format!("operation {upper} {old_key}{} removed; callers of it now get 404/405", op_id(op)),
            ),
            (None, Some(op)) => d.push(
                op.ptr.clone(),
                Category::OperationAdded,
                Context::Structural,
                (false, true),
                format!(
                    "operation {upper} {new_key}{} added; the server trait gains a method implementations must provide",
                    op_id(op)
                ),
            ),
            (Some(o), Some(n)) => compare_operation(
                d,
                &OpSide { template: old_template, item: old_item.clone(), op: o.clone() },
                &OpSide { template: new_template, item: new_item.clone(), op: n.clone() },
            )?,
        }
    }
    Ok(())
}

fn op_id(op: &Node<'_>) -> String {
    match op.value.get("operationId").and_then(Value::as_str) {
        Some(id) => format!(" ({id})"),
        None => String::new(),
    }
}

fn compare_operation<'a>(
    d: &mut Differ<'a>,
    old: &OpSide<'_, 'a>,
    new: &OpSide<'_, 'a>,
) -> Res<()> {
    let om = d.old.object(&old.op, "an operation object")?;
    let nm = d.new.object(&new.op, "an operation object")?;

    // The wire does not see operationId, but both generators name the client method and the trait method
    // after it, so every caller and every implementation stops compiling.
    let old_id = om.get("operationId");
    let new_id = nm.get("operationId");
    if old_id != new_id {
        d.push(
            new.op.ptr_of_present("operationId"),
            Category::OperationIdChanged,
            Context::Structural,
            (true, true),
            format!(
                "operationId changed from {} to {}; generated client and server method names change",
                old_id.map_or_else(|| "(none)".to_owned(), Value::to_string),
                new_id.map_or_else(|| "(none)".to_owned(), Value::to_string),
            ),
        );
    }
    d.compare_docs(
        &new.op.ptr,
        om,
        nm,
        &["summary", "description", "externalDocs", "tags"],
    );
    d.compare_deprecated(&new.op.ptr, om, nm);
    compare_aliases(d, &old.op, &new.op)?;
    compare_security(d, &old.op, &new.op)?;
    params::compare_parameters(d, old, new)?;
    content::compare_request_body(d, &old.op, &new.op)?;
    content::compare_responses(d, &old.op, &new.op)?;
    Ok(())
}

/// `x-path-aliases` (project convention): extra paths routed to the same handler by the generated server.
fn compare_aliases<'a>(d: &mut Differ<'a>, old: &Node<'a>, new: &Node<'a>) -> Res<()> {
    let collect = |doc: Doc<'a>, op: &Node<'a>| -> Res<BTreeMap<String, String>> {
        let mut out = BTreeMap::new();
        if let Some((list, items)) = doc.opt_array(op, "x-path-aliases")? {
            for (i, v) in items.iter().enumerate() {
                let p = pointer::push(&list.ptr, &i.to_string());
                let s = v
                    .as_str()
                    .ok_or_else(|| doc.shape(p.clone(), "a path string"))?;
                out.insert(s.to_owned(), p);
            }
        }
        Ok(out)
    };
    let old_aliases = collect(d.old, old)?;
    let new_aliases = collect(d.new, new)?;
    for (alias, ptr) in &old_aliases {
        if !new_aliases.contains_key(alias) {
            d.push(
                ptr.clone(),
                Category::PathAliasRemoved,
                Context::Structural,
                (true, false),
                format!("path alias `{alias}` removed; callers using it now get 404"),
            );
        }
    }
    for (alias, ptr) in &new_aliases {
        if !old_aliases.contains_key(alias) {
            // The generated router sends the alias to the existing handler: nothing to implement.
            d.push(
                ptr.clone(),
                Category::PathAliasAdded,
                Context::Structural,
                (false, false),
                format!("path alias `{alias}` added; routed by generated code to the same handler"),
            );
        }
    }
    Ok(())
}

/// The security alternatives in effect for an operation, canonicalised, each with the pointer where it is
/// declared. No requirement at all (or an empty one) is the "anonymous" alternative.
fn effective_security<'a>(doc: Doc<'a>, op: &Node<'a>) -> Res<BTreeMap<String, String>> {
    let root = Node::new(String::new(), doc.root);
    let declared = match doc.opt_array(op, "security")? {
        Some(found) => Some(found),
        None => doc.opt_array(&root, "security")?,
    };
    let mut out = BTreeMap::new();
    let Some((list, items)) = declared else {
        out.insert("anonymous".to_owned(), op.ptr.clone());
        return Ok(out);
    };
    if items.is_empty() {
        out.insert("anonymous".to_owned(), list.ptr.clone());
    }
    for (i, item) in items.iter().enumerate() {
        let p = pointer::push(&list.ptr, &i.to_string());
        let map = item
            .as_object()
            .ok_or_else(|| doc.shape(p.clone(), "a security requirement object"))?;
        let mut parts: Vec<String> = map
            .iter()
            .map(|(scheme, scopes)| {
                let mut s: Vec<String> = scopes
                    .as_array()
                    .map(|a| a.iter().map(|v| v.to_string()).collect())
                    .unwrap_or_default();
                s.sort();
                if s.is_empty() {
                    scheme.clone()
                } else {
                    format!("{scheme}[{}]", s.join(","))
                }
            })
            .collect();
        parts.sort();
        let key = if parts.is_empty() {
            "anonymous".to_owned()
        } else {
            parts.join(" + ")
        };
        out.entry(key).or_insert(p);
    }
    Ok(out)
}

fn compare_security<'a>(d: &mut Differ<'a>, old: &Node<'a>, new: &Node<'a>) -> Res<()> {
    let old_sec = effective_security(d.old, old)?;
    let new_sec = effective_security(d.new, new)?;
    for (alt, ptr) in &old_sec {
        if !new_sec.contains_key(alt) {
            d.push(
                ptr.clone(),
                Category::SecurityRequirementRemoved,
                Context::Request,
                (true, false),
                format!(
                    "security alternative `{alt}` no longer accepted; callers using it are rejected"
                ),
            );
        }
    }
    for (alt, ptr) in &new_sec {
        if !old_sec.contains_key(alt) {
            d.push(
                ptr.clone(),
                Category::SecurityRequirementAdded,
                Context::Request,
                (false, true),
                format!("security alternative `{alt}` added; servers must accept it"),
            );
        }
    }
    Ok(())
}
