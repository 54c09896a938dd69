//! Request bodies, responses, status codes, media types and response headers.

use openapi_core::pointer;
use std::collections::BTreeMap;

use serde_json::Value;

use crate::differ::Differ;
use crate::model::{Category, Context};
use crate::resolve::{Doc, Node, Res};
use crate::schema::{self, ANY_SCHEMA};

/// Media types of an owner's `content` (matched case-insensitively, as MIME types are), each with the
/// pointer where it is declared and its media type object. `extra_from` adds the project's
/// `x-extra-request-media-types` of an operation: encodings accepted for the same body schema.
fn media_types<'a>(
    doc: Doc<'a>,
    owner: &Node<'a>,
    extra_from: Option<&Node<'a>>,
) -> Res<BTreeMap<String, (String, Option<Node<'a>>)>> {
    let mut out = BTreeMap::new();
    if let Some((content, map)) = doc.opt_object(owner, "content")? {
        for (mt, media) in map {
            let node = Node::new(pointer::push(&content.ptr, mt), media);
            doc.object(&node, "a media type object")?;
            out.insert(mt.to_ascii_lowercase(), (node.ptr.clone(), Some(node)));
        }
    }
    if let Some(op) = extra_from
        && let Some((list, items)) = doc.opt_array(op, "x-extra-request-media-types")?
    {
        for (i, v) in items.iter().enumerate() {
            let p = pointer::push(&list.ptr, &i.to_string());
            let mt = v
                .as_str()
                .ok_or_else(|| doc.shape(p.clone(), "a media type string"))?;
            out.entry(mt.to_ascii_lowercase()).or_insert((p, None));
        }
    }
    Ok(out)
}

/// Compares the `content` maps of two owners (request body, response, or a `content` parameter).
/// `ops` are the two operations when the owner is a request body, for `x-extra-request-media-types`.
pub(crate) fn compare_content<'a>(
    d: &mut Differ<'a>,
    ctx: Context,
    old_owner: &Node<'a>,
    new_owner: &Node<'a>,
    ops: Option<(&Node<'a>, &Node<'a>)>,
) -> Res<()> {
    let old_mts = media_types(d.old, old_owner, ops.map(|(o, _)| o))?;
    let new_mts = media_types(d.new, new_owner, ops.map(|(_, n)| n))?;
    for (mt, (ptr, _)) in &old_mts {
        if !new_mts.contains_key(mt) {
            let reason = match ctx {
                Context::Request => format!(
                    "request media type `{mt}` no longer accepted; callers sending it are rejected"
                ),
                _ => format!(
                    "response media type `{mt}` no longer produced; callers expecting it break"
                ),
            };
            d.push(
                ptr.clone(),
                Category::MediaTypeRemoved,
                ctx,
                (true, false),
                reason,
            );
        }
    }
    for (mt, (ptr, _)) in &new_mts {
        if !old_mts.contains_key(mt) {
            let reason = match ctx {
                Context::Request => {
                    format!("request media type `{mt}` now accepted; servers must parse it")
                }
                _ => format!(
                    "response media type `{mt}` added; servers must be able to produce it (clients only get it if they ask)"
                ),
            };
            d.push(
                ptr.clone(),
                Category::MediaTypeAdded,
                ctx,
                (false, true),
                reason,
            );
        }
    }
    for (mt, (_, old_media)) in &old_mts {
        let Some((_, Some(new_media))) = new_mts.get(mt) else {
            continue;
        };
        let Some(old_media) = old_media else { continue };
        let om = d.old.object(old_media, "a media type object")?;
        let nm = d.new.object(new_media, "a media type object")?;
        d.compare_docs(&new_media.ptr, om, nm, &["example", "examples"]);
        let schema_of = |m: &Node<'a>| {
            m.field("schema")
                .unwrap_or_else(|| Node::new(m.ptr_of("schema"), &ANY_SCHEMA))
        };
        schema::compare_schema(d, ctx, schema_of(old_media), schema_of(new_media))?;
    }
    Ok(())
}

fn body_required(body: &Node<'_>) -> bool {
    body.value.get("required").and_then(Value::as_bool) == Some(true)
}

pub(crate) fn compare_request_body<'a>(
    d: &mut Differ<'a>,
    old_op: &Node<'a>,
    new_op: &Node<'a>,
) -> Res<()> {
    let old_body = old_op
        .field("requestBody")
        .map(|n| d.old.resolve(n))
        .transpose()?;
    let new_body = new_op
        .field("requestBody")
        .map(|n| d.new.resolve(n))
        .transpose()?;
    let (old_body, new_body) = match (old_body, new_body) {
        (None, None) => return Ok(()),
        (Some(o), None) => {
            let required = body_required(&o);
            let reason = if required {
                "required request body removed; the data callers must send is now ignored"
            } else {
                "optional request body removed; the server ignores it if old callers still send it"
            };
            d.push(
                old_op.ptr_of("requestBody"),
                Category::RequestBodyRemoved,
                Context::Request,
                (required, false),
                reason,
            );
            return Ok(());
        }
        (None, Some(n)) => {
            let (flags, reason) = if body_required(&n) {
                (
                    (true, true),
                    "required request body added; existing callers do not send it and implementations must handle it",
                )
            } else {
                (
                    (false, true),
                    "optional request body added; implementations must handle it",
                )
            };
            d.push(
                new_op.ptr_of("requestBody"),
                Category::RequestBodyAdded,
                Context::Request,
                flags,
                reason,
            );
            return Ok(());
        }
        (Some(o), Some(n)) => (o, n),
    };
    let om = d.old.object(&old_body, "a request body object")?;
    let nm = d.new.object(&new_body, "a request body object")?;
    match (body_required(&old_body), body_required(&new_body)) {
        (false, true) => d.push(
            new_body.ptr_of_present("required"),
            Category::RequestBodyRequired,
            Context::Request,
            (true, false),
            "request body is now required; existing callers may omit it",
        ),
        (true, false) => d.push(
            new_body.ptr_of_present("required"),
            Category::RequestBodyOptional,
            Context::Request,
            (false, true),
            "request body is now optional; implementations must cope with its absence",
        ),
        _ => {}
    }
    d.compare_docs(&new_body.ptr, om, nm, &["description"]);
    compare_content(
        d,
        Context::Request,
        &old_body,
        &new_body,
        Some((old_op, new_op)),
    )
}

/// `2XX`-style ranges and `default` are keys too; only keys starting with `2` are success codes.
fn is_success(code: &str) -> bool {
    code.starts_with('2')
}

/// Responses by status code (`2xx` and `2XX` are the same range), skipping `x-` extensions.
fn responses<'a>(doc: Doc<'a>, op: &Node<'a>) -> Res<BTreeMap<String, (String, Node<'a>)>> {
    let mut out = BTreeMap::new();
    if let Some((node, map)) = doc.opt_object(op, "responses")? {
        for (code, response) in map.iter().filter(|(k, _)| !k.starts_with("x-")) {
            let entry = Node::new(pointer::push(&node.ptr, code), response);
            out.insert(code.to_ascii_uppercase(), (code.clone(), entry));
        }
    }
    Ok(out)
}

pub(crate) fn compare_responses<'a>(
    d: &mut Differ<'a>,
    old_op: &Node<'a>,
    new_op: &Node<'a>,
) -> Res<()> {
    let old_resps = responses(d.old, old_op)?;
    let new_resps = responses(d.new, new_op)?;
    // Status codes map to variants of the generated per-operation response enum. Removing a success code
    // breaks callers that expect it; any removal breaks implementations that still return it. Adding a
    // success code breaks callers (an undocumented 2xx is an "unexpected response" to them) and obliges
    // servers to produce the new outcome; a new error code is one more failure old callers already treat as
    // an error, but a new outcome implementations must produce.
    for (key, (code, entry)) in &old_resps {
        if !new_resps.contains_key(key) {
            let success = is_success(key);
            let reason = if success {
                format!(
                    "success status {code} removed; callers expecting it break, and implementations still return it"
                )
            } else {
                format!(
                    "status {code} removed; implementations that still return it violate the contract"
                )
            };
            d.push(
                entry.ptr.clone(),
                Category::StatusCodeRemoved,
                Context::Response,
                (success, true),
                reason,
            );
        }
    }
    for (key, (code, entry)) in &new_resps {
        if !old_resps.contains_key(key) {
            let success = is_success(key);
            let reason = if success {
                format!(
                    "success status {code} added; old clients treat it as an unexpected response, and implementations must produce the new outcome"
                )
            } else {
                format!(
                    "status {code} added; old clients already handle undocumented errors as errors, but implementations must produce the new outcome"
                )
            };
            d.push(
                entry.ptr.clone(),
                Category::StatusCodeAdded,
                Context::Response,
                (success, true),
                reason,
            );
        }
    }
    for (key, (_, old_entry)) in &old_resps {
        let Some((_, new_entry)) = new_resps.get(key) else {
            continue;
        };
        let old_resp = d.old.resolve(old_entry.clone())?;
        let new_resp = d.new.resolve(new_entry.clone())?;
        let om = d.old.object(&old_resp, "a response object")?;
        let nm = d.new.object(&new_resp, "a response object")?;
        d.compare_docs(&new_resp.ptr, om, nm, &["description"]);
        compare_headers(d, &old_resp, &new_resp)?;
        compare_content(d, Context::Response, &old_resp, &new_resp, None)?;
    }
    Ok(())
}

fn headers<'a>(doc: Doc<'a>, resp: &Node<'a>) -> Res<BTreeMap<String, (String, Node<'a>)>> {
    let mut out = BTreeMap::new();
    if let Some((node, map)) = doc.opt_object(resp, "headers")? {
        for (name, header) in map {
            let entry = Node::new(pointer::push(&node.ptr, name), header);
            out.insert(name.to_ascii_lowercase(), (name.clone(), entry));
        }
    }
    Ok(out)
}

fn compare_headers<'a>(d: &mut Differ<'a>, old_resp: &Node<'a>, new_resp: &Node<'a>) -> Res<()> {
    let old_headers = headers(d.old, old_resp)?;
    let new_headers = headers(d.new, new_resp)?;
    for (key, (name, entry)) in &old_headers {
        if !new_headers.contains_key(key) {
            d.push(
                entry.ptr.clone(),
                Category::HeaderRemoved,
                Context::Response,
                (true, false),
                format!("response header `{name}` removed; callers reading it break"),
            );
        }
    }
    for (key, (name, entry)) in &new_headers {
        if !old_headers.contains_key(key) {
            let header = d.new.resolve(entry.clone())?;
            let required = header.value.get("required").and_then(Value::as_bool) == Some(true);
            let reason = if required {
                format!("required response header `{name}` added; implementations must send it")
            } else {
                format!("optional response header `{name}` added")
            };
            d.push(
                entry.ptr.clone(),
                Category::HeaderAdded,
                Context::Response,
                (false, required),
                reason,
            );
        }
    }
    for (key, (name, old_entry)) in &old_headers {
        let Some((_, new_entry)) = new_headers.get(key) else {
            continue;
        };
        let oh = d.old.resolve(old_entry.clone())?;
        let nh = d.new.resolve(new_entry.clone())?;
        let om = d.old.object(&oh, "a header object")?;
        let nm = d.new.object(&nh, "a header object")?;
        let was = om.get("required").and_then(Value::as_bool).unwrap_or(false);
        let is = nm.get("required").and_then(Value::as_bool).unwrap_or(false);
        if was != is {
            let (category, flags, reason) = if is {
                (
                    Category::RequiredAdded,
                    (false, true),
                    format!(
                        "response header `{name}` is now required; implementations must always send it"
                    ),
                )
            } else {
                (
                    Category::RequiredRemoved,
                    (true, false),
                    format!(
                        "response header `{name}` is now optional; callers relying on it break"
                    ),
                )
            };
            d.push(
                nh.ptr_of_present("required"),
                category,
                Context::Response,
                flags,
                reason,
            );
        }
        d.compare_docs(&nh.ptr, om, nm, &["description", "example", "examples"]);
        d.compare_deprecated(&nh.ptr, om, nm);
        if let (Some(os), Some(ns)) = (oh.field("schema"), nh.field("schema")) {
            schema::compare_schema(d, Context::Response, os, ns)?;
        }
    }
    Ok(())
}
