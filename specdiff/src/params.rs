//! Operation parameters: added, removed, required-ness, location, serialization, schema.

use openapi_core::pointer;
use std::collections::BTreeMap;

use serde_json::Value;

use crate::content;
use crate::differ::{Differ, Shift};
use crate::model::{Category, Context};
use crate::operation::OpSide;
use crate::resolve::{Doc, Node, Res};
use crate::schema;

/// How parameters are matched between the two sides. Path parameters match by position in the template
/// (renaming `{id}` to `{key}` does not change the URL); the others by location and name (header names
/// case-insensitively, as HTTP does).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    PathSlot(usize),
    Named(String, String),
}

#[derive(Debug, Clone)]
struct Param<'a> {
    /// Where the parameter is listed (the operation's or path item's `parameters` entry).
    entry_ptr: String,
    /// The resolved parameter object (a component when the entry is a `$ref`).
    node: Node<'a>,
    name: String,
    location: String,
}

impl Param<'_> {
    fn required(&self) -> bool {
        self.location == "path"
            || self.node.value.get("required").and_then(Value::as_bool) == Some(true)
    }

    fn describe(&self) -> String {
        format!("{} parameter `{}`", self.location, self.name)
    }
}

/// Effective parameters of an operation: path-item parameters overridden by operation parameters with the
/// same location and name, as OpenAPI specifies.
fn collect<'a>(doc: Doc<'a>, side: &OpSide<'_, 'a>) -> Res<BTreeMap<Key, Param<'a>>> {
    let mut by_name: BTreeMap<(String, String), Param<'a>> = BTreeMap::new();
    for owner in [&side.item, &side.op] {
        let Some((list, entries)) = doc.opt_array(owner, "parameters")? else {
            continue;
        };
        for (i, entry) in entries.iter().enumerate() {
            let entry_ptr = pointer::push(&list.ptr, &i.to_string());
            let node = doc.resolve(Node::new(entry_ptr.clone(), entry))?;
            let map = doc.object(&node, "a parameter object")?;
            let (Some(name), Some(location)) = (
                map.get("name").and_then(Value::as_str),
                map.get("in").and_then(Value::as_str),
            ) else {
                return Err(doc.shape(node.ptr, "a parameter object with string `name` and `in`"));
            };
            let match_name = if location == "header" {
                name.to_ascii_lowercase()
            } else {
                name.to_owned()
            };
            by_name.insert(
                (location.to_owned(), match_name),
                Param {
                    entry_ptr,
                    node,
                    name: name.to_owned(),
                    location: location.to_owned(),
                },
            );
        }
    }
    let vars: Vec<&str> = side.template.param_names().collect();
    Ok(by_name
        .into_iter()
        .map(|((location, name), param)| {
            let slot = (location == "path")
                .then(|| vars.iter().position(|v| *v == name))
                .flatten();
            let key = match slot {
                Some(i) => Key::PathSlot(i),
                None => Key::Named(location, name),
            };
            (key, param)
        })
        .collect())
}

pub(crate) fn compare_parameters<'a>(
    d: &mut Differ<'a>,
    old: &OpSide<'_, 'a>,
    new: &OpSide<'_, 'a>,
) -> Res<()> {
    let mut old_params = collect(d.old, old)?;
    let mut new_params = collect(d.new, new)?;

    let common: Vec<Key> = old_params
        .keys()
        .filter(|k| new_params.contains_key(*k))
        .cloned()
        .collect();
    for key in common {
        if let (Some(o), Some(n)) = (old_params.remove(&key), new_params.remove(&key)) {
            compare_param(d, &o, &n)?;
        }
    }

    // A parameter that vanished from one location and appeared in another under the same name moved: old
    // clients still send it in the old place, where the server no longer looks.
    let removed_keys: Vec<Key> = old_params.keys().cloned().collect();
    for key in removed_keys {
        let Some(o) = old_params.get(&key) else {
            continue;
        };
        let moved = new_params
            .iter()
            .find(|(_, n)| n.name.eq_ignore_ascii_case(&o.name) && n.location != o.location)
            .map(|(k, _)| k.clone());
        if let Some(new_key) = moved
            && let (Some(o), Some(n)) = (old_params.remove(&key), new_params.remove(&new_key))
        {
            d.push(
                n.node.ptr_of_present("in"),
                Category::ParameterLocationChanged,
                Context::Request,
                (true, false),
                format!(
                    "parameter `{}` moved from {} to {}; existing callers send it where the server no longer reads it",
                    n.name, o.location, n.location
                ),
            );
            compare_param(d, &o, &n)?;
        }
    }

    for o in old_params.values() {
        // Dropping a required parameter changes what the operation means: callers were obliged to send it
        // and it is now silently ignored. An optional one is just ignored, like any unknown query parameter.
        let required = o.required();
        let reason = if required {
            format!(
                "required {} removed; the value callers must send is now ignored, so the operation's meaning changed",
                o.describe()
            )
        } else {
            format!(
                "optional {} removed; the server ignores it if old callers still send it",
                o.describe()
            )
        };
        d.push(
            o.entry_ptr.clone(),
            Category::ParameterRemoved,
            Context::Request,
            (required, false),
            reason,
        );
    }
    for n in new_params.values() {
        let (flags, reason) = if n.required() {
            (
                (true, true),
                format!(
                    "new required {}; existing callers do not send it, and implementations must handle it",
                    n.describe()
                ),
            )
        } else {
            (
                (false, true),
                format!(
                    "new optional {}; the generated params struct gains a field implementations must honour",
                    n.describe()
                ),
            )
        };
        d.push(
            n.entry_ptr.clone(),
            Category::ParameterAdded,
            Context::Request,
            flags,
            reason,
        );
    }
    Ok(())
}

/// The serialization of a parameter with OpenAPI's defaults filled in.
fn serialization(p: &Param<'_>) -> (String, bool, bool) {
    let default_style = match p.location.as_str() {
        "query" | "cookie" => "form",
        _ => "simple",
    };
    let style = p
        .node
        .value
        .get("style")
        .and_then(Value::as_str)
        .unwrap_or(default_style)
        .to_owned();
    let explode = p
        .node
        .value
        .get("explode")
        .and_then(Value::as_bool)
        .unwrap_or(style == "form");
    let reserved = p
        .node
        .value
        .get("allowReserved")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    (style, explode, reserved)
}

fn compare_param<'a>(d: &mut Differ<'a>, o: &Param<'a>, n: &Param<'a>) -> Res<()> {
    let om = d.old.object(&o.node, "a parameter object")?;
    let nm = d.new.object(&n.node, "a parameter object")?;
    let ptr = n.node.ptr.clone();

    if o.location == "path" && n.location == "path" && o.name != n.name {
        d.push(
            n.node.ptr_of("name"),
            Category::ParameterRenamed,
            Context::Request,
            (true, true),
            format!(
                "path parameter `{}` renamed to `{}`; the URL is unchanged but generated builder methods and params fields are renamed",
                o.name, n.name
            ),
        );
    }
    match (o.required(), n.required()) {
        (false, true) => d.push(
            n.node.ptr_of_present("required"),
            Category::ParameterRequired,
            Context::Request,
            (true, false),
            format!(
                "{} is now required; existing callers may omit it",
                n.describe()
            ),
        ),
        (true, false) => d.push(
            n.node.ptr_of_present("required"),
            Category::ParameterOptional,
            Context::Request,
            (false, true),
            format!(
                "{} is now optional; implementations must cope with its absence",
                n.describe()
            ),
        ),
        _ => {}
    }
    let (os, oe, or) = serialization(o);
    let (ns, ne, nr) = serialization(n);
    // After a location change the defaults differ by location; that move is already reported.
    if o.location == n.location && (&os, oe, or) != (&ns, ne, nr) {
        // The generated server parses whatever the spec says; only existing callers keep the old encoding.
        d.push(
            ptr.clone(),
            Category::ParameterSerializationChanged,
            Context::Request,
            (true, false),
            format!(
                "{} serialization changed (style {os}/explode {oe}/allowReserved {or} -> style {ns}/explode {ne}/allowReserved {nr}); existing callers encode it the old way",
                n.describe()
            ),
        );
    }
    let oae = om
        .get("allowEmptyValue")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let nae = nm
        .get("allowEmptyValue")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    if oae != nae {
        let (category, shift) = if nae {
            (Category::ConstraintLoosened, Shift::Wider)
        } else {
            (Category::ConstraintTightened, Shift::Narrower)
        };
        d.push_shift(
            n.node.ptr_of_present("allowEmptyValue"),
            category,
            Context::Request,
            shift,
            &format!(
                "allowEmptyValue of {} changed from {oae} to {nae}",
                n.describe()
            ),
        );
    }
    d.compare_docs(&ptr, om, nm, &["description", "example", "examples"]);
    d.compare_deprecated(&ptr, om, nm);

    match (o.node.field("schema"), n.node.field("schema"), o.node.field("content"), n.node.field("content")) {
        (Some(os), Some(ns), _, _) => schema::compare_schema(d, Context::Request, os, ns)?,
        (None, None, Some(_), Some(_)) => content::compare_content(d, Context::Request, &o.node, &n.node, None)?,
        (None, None, None, None) => {}
        _ => d.push(
            ptr,
            Category::TypeChanged,
            Context::Request,
            (true, true),
            format!("{} switched between `schema` and `content`; its encoding and generated type change", n.describe()),
        ),
    }
    Ok(())
}
