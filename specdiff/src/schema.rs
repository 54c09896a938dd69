//! Structural schema comparison: `$ref` resolution on both sides, type and composition, object properties,
//! array items, `oneOf`/`anyOf`/`allOf` members by index. Keyword-level checks live in `constraints`.

use openapi_core::pointer;
use std::collections::BTreeSet;
use std::sync::LazyLock;

use serde_json::{Map, Value};

use crate::constraints;
use crate::differ::{Differ, Shift};
use crate::error::{DiffError, Side};
use crate::model::{Category, Context};
use crate::resolve::{Doc, Node, Res};

/// Stand-in for an absent schema (`items` missing, media type without schema): "anything".
pub(crate) static ANY_SCHEMA: LazyLock<Value> = LazyLock::new(|| Value::Object(Map::new()));

/// Deepest schema nesting followed. Real specs stay below 20; the bound only protects the stack.
const MAX_DEPTH: usize = 200;

const COMPOSITIONS: [&str; 3] = ["allOf", "anyOf", "oneOf"];

/// Documentation-only schema keywords.
const DOC_KEYS: [&str; 4] = ["title", "description", "example", "externalDocs"];

/// Compares two schemas in a context. Both may be `$ref`s; changes are reported at the resolved pointers.
pub(crate) fn compare_schema<'a>(
    d: &mut Differ<'a>,
    ctx: Context,
    old: Node<'a>,
    new: Node<'a>,
) -> Res<()> {
    let old = d.old.resolve(old)?;
    let new = d.new.resolve(new)?;
    if !d.first_visit(&old.ptr, &new.ptr, ctx) {
        return Ok(());
    }
    if d.depth >= MAX_DEPTH {
        return Err(DiffError::TooDeep {
            side: Side::New,
            pointer: new.ptr,
            limit: MAX_DEPTH,
        });
    }
    d.depth += 1;
    let result = compare_resolved(d, ctx, &old, &new);
    d.depth -= 1;
    result
}

/// What a schema is, for deciding whether the comparison can go keyword by keyword.
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    composition: Vec<&'static str>,
    ty: Option<String>,
}

impl Shape {
    fn of(m: &Map<String, Value>) -> Shape {
        let composition: Vec<&'static str> = COMPOSITIONS
            .into_iter()
            .filter(|k| m.contains_key(*k))
            .collect();
        let ty = match m.get("type") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => Some(other.to_string()),
            // Implicit types: object keywords without `type` still describe an object, and so on.
            None if !composition.is_empty() => None,
            None if ["properties", "additionalProperties", "required"]
                .iter()
                .any(|k| m.contains_key(*k)) =>
            {
                Some("object".to_owned())
            }
            None if m.contains_key("items") => Some("array".to_owned()),
            None => None,
        };
        Shape { composition, ty }
    }

    fn describe(&self) -> String {
        match (self.composition.is_empty(), &self.ty) {
            (true, Some(t)) => format!("`{t}`"),
            (true, None) => "any".to_owned(),
            (false, None) => format!("`{}`", self.composition.join("+")),
            (false, Some(t)) => format!("`{t}` with `{}`", self.composition.join("+")),
        }
    }
}

fn compare_resolved<'a>(
    d: &mut Differ<'a>,
    ctx: Context,
    old: &Node<'a>,
    new: &Node<'a>,
) -> Res<()> {
    let om = d.old.object(old, "a schema object")?;
    let nm = d.new.object(new, "a schema object")?;
    d.compare_docs(&new.ptr, om, nm, &DOC_KEYS);
    d.compare_deprecated(&new.ptr, om, nm);
    constraints::compare_nullable(d, ctx, new, om, nm);

    let old_shape = Shape::of(om);
    let new_shape = Shape::of(nm);
    if old_shape != new_shape {
        // Keyword-level diffs between different types (maxLength vs maximum, ...) would only be noise.
        d.push(
            new.ptr_of_present("type"),
            Category::TypeChanged,
            ctx,
            (true, true),
            format!(
                "{ctx}: type changed from {} to {}; values of the old type are no longer valid and the generated type changes",
                old_shape.describe(),
                new_shape.describe()
            ),
        );
        return Ok(());
    }
    for kw in &old_shape.composition {
        compare_members(d, ctx, old, new, kw)?;
    }
    constraints::compare_format(d, ctx, new, om, nm);
    constraints::compare_enum(d, ctx, old, new, om, nm)?;
    constraints::compare_default(d, ctx, new, om, nm);
    constraints::compare_bounds(d, ctx, new, om, nm);
    compare_object(d, ctx, old, new)?;
    compare_items(d, ctx, old, new)?;
    Ok(())
}

/// `oneOf`/`anyOf`/`allOf` members, paired by index. A member appended to `oneOf`/`anyOf` admits more values;
/// one appended to `allOf` admits fewer.
fn compare_members<'a>(
    d: &mut Differ<'a>,
    ctx: Context,
    old: &Node<'a>,
    new: &Node<'a>,
    kw: &str,
) -> Res<()> {
    let old_list = d.old.opt_array(old, kw)?;
    let new_list = d.new.opt_array(new, kw)?;
    let (Some((old_list, old_items)), Some((new_list, new_items))) = (old_list, new_list) else {
        return Ok(());
    };
    for (i, (o, n)) in old_items.iter().zip(new_items).enumerate() {
        let idx = i.to_string();
        compare_schema(
            d,
            ctx,
            Node::new(pointer::push(&old_list.ptr, &idx), o),
            Node::new(pointer::push(&new_list.ptr, &idx), n),
        )?;
    }
    let all_of = kw == "allOf";
    for i in old_items.len()..new_items.len() {
        let shift = if all_of {
            Shift::Narrower
        } else {
            Shift::Wider
        };
        d.push_shift(
            pointer::push(&new_list.ptr, &i.to_string()),
            Category::SchemaMemberAdded,
            ctx,
            shift,
            &format!("{kw} member {i} added"),
        );
    }
    for i in new_items.len()..old_items.len() {
        let shift = if all_of {
            Shift::Wider
        } else {
            Shift::Narrower
        };
        d.push_shift(
            pointer::push(&old_list.ptr, &i.to_string()),
            Category::SchemaMemberRemoved,
            ctx,
            shift,
            &format!("{kw} member {i} removed"),
        );
    }
    Ok(())
}

fn required_set<'a>(doc: Doc<'a>, node: &Node<'a>) -> Res<BTreeSet<&'a str>> {
    Ok(doc
        .opt_array(node, "required")?
        .map(|(_, items)| items.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default())
}

/// Whether a property takes part in messages of this context: `readOnly` properties are never sent in
/// requests, `writeOnly` ones never in responses, so changes to them there are irrelevant.
fn relevant<'a>(doc: Doc<'a>, prop: &Node<'a>, ctx: Context) -> Res<bool> {
    let resolved = doc.resolve(prop.clone())?;
    let flag = |k: &str| resolved.value.get(k).and_then(Value::as_bool) == Some(true);
    Ok(match ctx {
        Context::Request => !flag("readOnly"),
        Context::Response => !flag("writeOnly"),
        Context::Structural => true,
    })
}

/// `additionalProperties` from most to least restrictive: `false`, a schema, absent/`true`.
#[derive(Debug)]
enum Extra<'a> {
    Closed,
    Schema(Node<'a>),
    Open,
}

impl Extra<'_> {
    fn label(&self) -> &'static str {
        match self {
            Extra::Closed => "false",
            Extra::Schema(_) => "a schema",
            Extra::Open => "true",
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Extra::Closed => 0,
            Extra::Schema(_) => 1,
            Extra::Open => 2,
        }
    }
}

fn extra<'a>(doc: Doc<'a>, node: &Node<'a>) -> Res<Extra<'a>> {
    match node.field("additionalProperties") {
        None => Ok(Extra::Open),
        Some(n) => match n.value {
            Value::Bool(true) => Ok(Extra::Open),
            Value::Bool(false) => Ok(Extra::Closed),
            Value::Object(_) => Ok(Extra::Schema(n)),
            _ => Err(doc.shape(n.ptr, "a boolean or schema for additionalProperties")),
        },
    }
}

fn compare_object<'a>(d: &mut Differ<'a>, ctx: Context, old: &Node<'a>, new: &Node<'a>) -> Res<()> {
    let old_extra = extra(d.old, old)?;
    let new_extra = extra(d.new, new)?;
    let new_closed = matches!(new_extra, Extra::Closed);
    match (old_extra, new_extra) {
        (Extra::Schema(o), Extra::Schema(n)) => compare_schema(d, ctx, o, n)?,
        (o, n) if o.rank() != n.rank() => {
            let (category, shift) = if n.rank() < o.rank() {
                (Category::ConstraintTightened, Shift::Narrower)
            } else {
                (Category::ConstraintLoosened, Shift::Wider)
            };
            d.push_shift(
                new.ptr_of_present("additionalProperties"),
                category,
                ctx,
                shift,
                &format!(
                    "additionalProperties changed from {} to {}",
                    o.label(),
                    n.label()
                ),
            );
        }
        _ => {}
    }

    let old_props = d.old.opt_object(old, "properties")?;
    let new_props = d.new.opt_object(new, "properties")?;
    let old_required = required_set(d.old, old)?;
    let new_required = required_set(d.new, new)?;
    let mut names: BTreeSet<&str> = BTreeSet::new();
    for (_, map) in old_props.iter().chain(new_props.iter()) {
        names.extend(map.keys().map(String::as_str));
    }
    let prop = |props: &Option<(Node<'a>, &'a Map<String, Value>)>, name: &str| {
        props.as_ref().and_then(|(node, map)| {
            map.get(name)
                .map(|v| Node::new(pointer::push(&node.ptr, name), v))
        })
    };
    for name in names {
        let o = prop(&old_props, name);
        let n = prop(&new_props, name);
        let o_rel = match &o {
            Some(p) => relevant(d.old, p, ctx)?,
            None => false,
        };
        let n_rel = match &n {
            Some(p) => relevant(d.new, p, ctx)?,
            None => false,
        };
        let was_required = old_required.contains(name);
        let is_required = new_required.contains(name);
        match (o, n) {
            (Some(o), Some(n)) if o_rel && n_rel => {
                if was_required != is_required {
                    property_required_changed(d, ctx, &n.ptr, name, is_required);
                }
                compare_schema(d, ctx, o, n)?;
            }
            (_, Some(n)) if n_rel => property_added(d, ctx, &n.ptr, name, is_required),
            (Some(o), _) if o_rel => {
                property_removed(d, ctx, &o.ptr, name, was_required, new_closed)
            }
            _ => {}
        }
    }
    Ok(())
}

fn property_required_changed(
    d: &mut Differ<'_>,
    ctx: Context,
    ptr: &str,
    name: &str,
    now_required: bool,
) {
    // Required-ness follows the variance rule: required = fewer valid messages.
    let (category, shift, detail) = match (now_required, ctx) {
        (true, Context::Response) => (
            Category::RequiredAdded,
            Shift::Narrower,
            "implementations must always send it",
        ),
        (true, _) => (
            Category::RequiredAdded,
            Shift::Narrower,
            "existing callers may omit it",
        ),
        (false, Context::Response) => (
            Category::RequiredRemoved,
            Shift::Wider,
            "callers relying on it being present break",
        ),
        (false, _) => (
            Category::RequiredRemoved,
            Shift::Wider,
            "implementations must cope with its absence",
        ),
    };
    let state = if now_required { "required" } else { "optional" };
    d.push(
        ptr,
        category,
        ctx,
        shift.flags(ctx),
        format!("{ctx}: property `{name}` is now {state}; {detail}"),
    );
}

fn property_added(d: &mut Differ<'_>, ctx: Context, ptr: &str, name: &str, required: bool) {
    let (flags, detail) = match (ctx, required) {
        (Context::Response, false) => ((false, false), "clients ignore fields they do not know"),
        (Context::Response, true) => ((false, true), "implementations must always send it"),
        (_, true) => (
            (true, true),
            "existing callers do not send it, and implementations must handle it",
        ),
        (_, false) => (
            (false, true),
            "implementations must honour it (the generated struct gains a field)",
        ),
    };
    let kind = if required { "required" } else { "optional" };
    d.push(
        ptr,
        Category::PropertyAdded,
        ctx,
        flags,
        format!("{ctx}: new {kind} property `{name}`; {detail}"),
    );
}

fn property_removed(
    d: &mut Differ<'_>,
    ctx: Context,
    ptr: &str,
    name: &str,
    was_required: bool,
    closed: bool,
) {
    let (flags, detail) = match ctx {
        Context::Response => ((true, false), "callers reading it break"),
        _ if closed => (
            (true, false),
            "additionalProperties is false, so callers still sending it are rejected",
        ),
        _ if was_required => (
            (true, false),
            "callers had to send it and it is now ignored, so the meaning changed",
        ),
        _ => (
            (false, false),
            "the server ignores it if old callers still send it",
        ),
    };
    d.push(
        ptr,
        Category::PropertyRemoved,
        ctx,
        flags,
        format!("{ctx}: property `{name}` removed; {detail}"),
    );
}

fn compare_items<'a>(d: &mut Differ<'a>, ctx: Context, old: &Node<'a>, new: &Node<'a>) -> Res<()> {
    let (o, n) = (old.field("items"), new.field("items"));
    if o.is_none() && n.is_none() {
        return Ok(());
    }
    let any = |side: &Node<'a>| Node::new(side.ptr_of("items"), &ANY_SCHEMA);
    let o = o.unwrap_or_else(|| any(old));
    let n = n.unwrap_or_else(|| any(new));
    compare_schema(d, ctx, o, n)
}
