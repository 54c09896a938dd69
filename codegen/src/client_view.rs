//! The "client view": the document rewritten into the shapes progenitor takes, losing nothing
//! a client needs, and deciding media types exactly as lowering did for the server.
//!
//! - Operations that lowering skipped are removed.
//! - Cookie parameters become marked header parameters (see [`crate::cookie`]).
//! - Request bodies keep the one media type [`choose_request`] picks: `+json` is sent as
//!   `application/json`, form bodies drop their `encoding` object, other types go as raw bytes,
//!   and a multipart body is shown as JSON with its binary parts marked (see
//!   [`crate::multipart`]).
//! - Responses keep one JSON media type (as `application/json`, `{}` when it has no schema), and
//!   within the successes and within the errors one body kind: progenitor allows a single success
//!   type and a single error type. A response of another kind is left out of the view; the client
//!   then returns it as `Error::UnexpectedResponse`, status and body intact. `default` beside
//!   explicit successes means "any error" and becomes `4XX`/`5XX` where those are not listed;
//!   a code inside a listed range is left to the range (same body kind, no unreachable arm).
//! - `x-dropshot-pagination` is dropped: the `…_stream` methods progenitor would add need the
//!   `futures` crate in every including crate.
//! - An `x-query-or-body` operation is sent in its query form only (progenitor would make the
//!   optional body mandatory).

use crate::ir::Api;
use crate::media::{Carrier, FORM, choose_request, choose_response};
use crate::schema::resolve;
use indexmap::IndexMap;
use openapi_core::{Method, pointer};
use openapiv3::{
    MediaType, OpenAPI, PathItem, ReferenceOr, RequestBody, Response, Responses, Schema, StatusCode,
};
use std::collections::BTreeSet;

/// `spec` as progenitor should see it for the operations in `api`.
pub(crate) fn client_view(spec: &OpenAPI, api: &Api) -> OpenAPI {
    let kept: BTreeSet<&str> = api.operations.iter().map(|o| o.pointer.as_str()).collect();
    let mut view = spec.clone();
    let mut multipart_refs = Vec::new();
    for (path, item) in view.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let path_pointer = pointer::push("/paths", path);
        crate::cookie::as_marked_headers(&mut item.parameters, spec);
        for method in Method::ALL {
            let slot = operation_mut(item, method);
            let pointer = pointer::push(&path_pointer, method.key());
            if slot.is_some() && !kept.contains(pointer.as_str()) {
                *slot = None;
            }
            let Some(op) = slot else {
                continue;
            };
            // Without this progenitor adds `…_stream` methods that need the `futures` crate; the
            // paged operation itself stays, page by page.
            op.extensions.shift_remove("x-dropshot-pagination");
            crate::cookie::as_marked_headers(&mut op.parameters, spec);
            if op.extensions.get("x-query-or-body") == Some(&serde_json::Value::Bool(true)) {
                op.request_body = None;
            }
            if let Some(body) = op.request_body.take() {
                op.request_body = resolve(&body, "", "requestBodies", |c| &c.request_bodies, spec)
                    .ok()
                    .map(|b| ReferenceOr::Item(request_body(b, &mut multipart_refs)));
            }
            op.responses = responses(&op.responses, spec);
        }
    }
    crate::multipart::mark_components(&mut view, &multipart_refs);
    view
}

/// The body with its one chosen media type; a multipart body's schema reference goes into
/// `multipart_refs` (its binary properties are marked once all operations are seen).
fn request_body(body: &RequestBody, multipart_refs: &mut Vec<String>) -> RequestBody {
    let mut out = body.clone();
    out.content = IndexMap::new();
    let Some((key, carrier)) = choose_request(body.content.keys()) else {
        return out;
    };
    let mut media = body.content[key].clone();
    media.encoding = IndexMap::new();
    // Text with other byte types beside it: bytes, so that one builder serves every type (see
    // `crate::alternatives`).
    let carrier = match carrier {
        Carrier::Text if !crate::media::byte_alternatives(body.content.keys(), key).is_empty() => {
            Carrier::Bytes
        }
        other => other,
    };
    let key = match carrier {
        Carrier::Json => "application/json",
        Carrier::Form => FORM,
        Carrier::Text => {
            media.schema = Some(string_schema(None));
            "text/plain"
        }
        Carrier::Bytes => {
            media.schema = Some(string_schema(Some("binary")));
            "application/octet-stream"
        }
        // A typed JSON body for progenitor; `crate::multipart` turns `.json(&body)` into a
        // multipart form.
        Carrier::Multipart => {
            match &mut media.schema {
                Some(ReferenceOr::Reference { reference }) => {
                    multipart_refs.push(reference.clone())
                }
                Some(ReferenceOr::Item(schema)) => crate::multipart::mark_binary_parts(schema),
                None => {}
            }
            "application/json"
        }
    };
    out.content.insert(key.to_string(), media);
    out
}

fn string_schema(format: Option<&str>) -> ReferenceOr<Schema> {
    let json = match format {
        Some(f) => serde_json::json!({"type": "string", "format": f}),
        None => serde_json::json!({"type": "string"}),
    };
    ReferenceOr::Item(serde_json::from_value(json).expect("a string schema"))
}

/// What a response carries, as progenitor tells bodies apart.
fn kind(response: &Response) -> String {
    match choose_response(response.content.keys()) {
        None => "none".to_string(),
        Some((key, Carrier::Json)) => {
            let schema = &response.content[key].schema;
            format!("json:{}", serde_json::to_string(schema).unwrap_or_default())
        }
        Some(_) => "raw".to_string(),
    }
}

/// One media type per response (JSON renamed to `application/json`).
fn single_media(response: &Response) -> Response {
    let mut out = response.clone();
    if let Some((key, Carrier::Json)) = choose_response(response.content.keys()) {
        let mut media: MediaType = response.content[key].clone();
        media.encoding = IndexMap::new();
        if media.schema.is_none() {
            media.schema = Some(ReferenceOr::Item(
                serde_json::from_value(serde_json::json!({})).expect("an empty schema"),
            ));
        }
        out.content = IndexMap::from([("application/json".to_string(), media)]);
    }
    out
}

fn is_success(status: &StatusCode) -> bool {
    match status {
        StatusCode::Code(c) => (200..300).contains(c),
        StatusCode::Range(r) => *r == 2,
    }
}

fn is_error(status: &StatusCode) -> bool {
    match status {
        StatusCode::Code(c) => (400..600).contains(c),
        StatusCode::Range(r) => (4..=5).contains(r),
    }
}

fn responses(responses: &Responses, spec: &OpenAPI) -> Responses {
    let item = |r| resolve(r, "", "responses", |c| &c.responses, spec).ok();
    let mut listed: Vec<(StatusCode, Response)> = responses
        .responses
        .iter()
        .filter_map(|(s, r)| Some((s.clone(), single_media(item(r)?))))
        .collect();
    let mut default = responses.default.as_ref().and_then(item).map(single_media);
    if let Some(d) = &default
        && listed.iter().any(|(s, _)| is_success(s))
    {
        // `default` beside explicit successes describes the errors.
        for class in [4, 5] {
            let covered = listed.iter().any(|(s, _)| match s {
                StatusCode::Range(r) => *r == class,
                StatusCode::Code(_) => false,
            });
            if !covered {
                listed.push((StatusCode::Range(class), d.clone()));
            }
        }
        default = None;
    }
    // Successes: the first kind with a body wins (a body-less 2xx beside one with a body goes).
    let success_kinds: Vec<String> = listed
        .iter()
        .filter(|(s, _)| is_success(s))
        .map(|(_, r)| kind(r))
        .chain(default.iter().map(kind))
        .collect();
    let primary_success = success_kinds
        .iter()
        .find(|k| *k != "none")
        .or(success_kinds.first())
        .cloned();
    // Errors: `default` (which progenitor also counts as an error) decides, else the most
    // frequent kind, the first of equals.
    let error_kinds: Vec<String> = listed
        .iter()
        .filter(|(s, _)| is_error(s))
        .map(|(_, r)| kind(r))
        .collect();
    let primary_error = default.as_ref().map(kind).or_else(|| {
        let mut best: Option<(&String, usize)> = None;
        for k in &error_kinds {
            let n = error_kinds.iter().filter(|x| *x == k).count();
            if best.is_none_or(|(_, m)| n > m) {
                best = Some((k, n));
            }
        }
        best.map(|(k, _)| k.clone())
    });
    listed.retain(|(s, r)| {
        let k = kind(r);
        if is_success(s) {
            primary_success.as_ref() == Some(&k)
        } else if is_error(s) {
            primary_error.as_ref() == Some(&k)
        } else {
            true
        }
    });
    // A code inside a listed range carries the same body kind by now, and progenitor would
    // match the range first, leaving the code's arm unreachable (a warning in the output).
    let ranges: Vec<u16> = listed
        .iter()
        .filter_map(|(s, _)| match s {
            StatusCode::Range(r) => Some(*r),
            StatusCode::Code(_) => None,
        })
        .collect();
    listed.retain(|(s, _)| !matches!(s, StatusCode::Code(c) if ranges.contains(&(c / 100))));
    let mut out = responses.clone();
    out.responses = listed
        .into_iter()
        .map(|(s, r)| (s, ReferenceOr::Item(r)))
        .collect();
    out.default = default.map(ReferenceOr::Item);
    out
}

/// openapiv3's field for `method` in a path item (an exhaustive match, so a method added to
/// openapi-core's list cannot be forgotten here).
fn operation_mut(item: &mut PathItem, method: Method) -> &mut Option<openapiv3::Operation> {
    match method {
        Method::Get => &mut item.get,
        Method::Put => &mut item.put,
        Method::Post => &mut item.post,
        Method::Delete => &mut item.delete,
        Method::Options => &mut item.options,
        Method::Head => &mut item.head,
        Method::Patch => &mut item.patch,
        Method::Trace => &mut item.trace,
    }
}
