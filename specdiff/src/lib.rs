//! Direction-aware breaking-change classification between two OpenAPI 3.0.x documents.
//!
//! ```
//! let old = serde_json::json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1.0.0"},
//!     "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}}});
//! let new = serde_json::json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1.0.0"}, "paths": {}});
//! let report = specdiff::diff(&old, &new).unwrap();
//! assert!(report.breaking_for_clients());
//! assert_eq!(report.render(), "CLIENT-BREAKING  /paths/~1a  PathRemoved: path `/a` removed (operations: GET); callers of it now get 404\n");
//! assert_eq!(specdiff::major_version(&new), Some(1));
//! ```
//!
//! [`diff`] takes the base revision (`old`) and the working tree (`new`) as `serde_json::Value`s (the caller
//! parses YAML), walks both side by side, resolves local `$ref`s (components/schemas, parameters, responses,
//! requestBodies, headers, path items; the resolver, JSON pointers, method list and path templates are
//! `openapi-core`'s, shared with codegen, the runtime and the spec checks) and reports every difference as a [`Change`] with a [`Category`], a
//! [`Context`] and two flags: `breaking_for_clients` and `breaking_for_servers`.
//!
//! # Who breaks: the rules
//!
//! * **Clients** are callers built against the old document (hand-written or the generated progenitor client).
//!   A change breaks them when a request they send may now be rejected or mean something else, or a response
//!   may now carry something their code or generated decoder was not written for.
//! * **Servers** are implementations of the generated server traits written against the old document. A change
//!   breaks them when they must now *handle* an input they never got, or *produce* an output they never
//!   produced (or stop producing one they still produce). Changes that only leave dead code behind (an
//!   operation, parameter or property removed) are not server-breaking: the compiler points at the dead code
//!   and deleting it is the whole fix.
//!
//! Most schema-level rules follow one **variance rule**: in a request the client produces and the server
//! consumes; in a response the server produces and the client consumes. A change that makes *fewer* messages
//! valid (narrower) breaks the producer; one that makes *more* messages valid (wider) breaks the consumer.
//! So a tighter `maxLength` breaks clients in a request and servers in a response; a new enum value breaks
//! servers in a request and clients in a response. A schema used in both contexts is judged in each; the
//! change is reported at the component's pointer once per context.
//!
//! | change | request | response |
//! |---|---|---|
//! | type changed, format changed | both | both (format picks the generated Rust type) |
//! | enum value added | servers (none with `x-open-enum: true`) | clients (none with `x-open-enum: true`) |
//! | enum value removed | clients | servers (they may still return it) |
//! | constraint tightened (`maxLength`↓, `minimum`↑, `pattern`/`enum` introduced, `additionalProperties: false`, ...) | clients | servers |
//! | constraint loosened | servers | clients (generated types validate bounds) |
//! | pattern or `discriminator` replaced (incomparable) | both | both |
//! | nullable added / removed | servers / clients | clients / servers |
//! | property added, optional | servers (must honour it) | compatible |
//! | property added, required | both | servers (must send it) |
//! | property removed | compatible; clients if it was required or `additionalProperties: false` | clients |
//! | property made required / optional | clients / servers | servers / clients |
//! | `oneOf`/`anyOf` member added / removed | servers / clients | clients / servers |
//! | `allOf` member added / removed | clients / servers | servers / clients |
//! | default changed | clients (when a default existed) | compatible |
//!
//! Operation-level rules:
//!
//! * path or operation removed: clients. Path or operation added: servers (the trait gains methods).
//! * operationId changed, path parameter renamed: both. The URL is unchanged, but the generated client and
//!   trait methods/fields are renamed, so all callers and implementations must be edited.
//! * parameter added: required → both, optional → servers (the generated params struct gains a field the
//!   implementation must honour). Parameter removed: required → clients (the value callers must send is now
//!   ignored, so the operation's meaning changed; this is oasdiff's and drift's reading too); optional →
//!   compatible (the server ignores it, like any unknown query parameter). A renamed query/header parameter
//!   shows up as removed + added. Same name in another location: `ParameterLocationChanged`, clients.
//! * parameter made required: clients; made optional: servers. Serialization (`style`, `explode`,
//!   `allowReserved`) changed: clients (they encode the old way; the generated server parses the new one).
//! * request body: added required → both, added optional → servers; removed → clients if it was required;
//!   made required → clients; made optional → servers.
//! * status codes: success (`2xx`) removed → both (callers expect it; implementations still return it);
//!   error removed → servers. Success added → both (old clients report an undocumented 2xx as an unexpected
//!   response; implementations must produce the new outcome). Error added → servers only (old callers already
//!   treat undocumented errors as errors; implementations must produce the new outcome).
//! * media types (request `content` plus the project's `x-extra-request-media-types`, response `content`):
//!   removed → clients, added → servers (they must parse / be able to produce it). A response that gains a
//!   body counts as a media type added, one that loses it as removed.
//! * response headers: removed → clients; added required → servers; added optional → compatible.
//! * security alternatives: removed → clients; added → servers (they must accept it).
//! * `x-path-aliases` (project convention): alias removed → clients; added → compatible (routed by generated
//!   code to the existing handler).
//! * description, summary, title, example(s), externalDocs, tags, `deprecated`: compatible, reported as
//!   `DocumentationChanged` / `DeprecationChanged`.
//!
//! `readOnly` properties are ignored in requests and `writeOnly` ones in responses. Paths are matched exactly,
//! then by route shape (`/a/{id}` ≡ `/a/{key}` ≡ `/a/{key}/`); path parameters by position, others by location and name.
//! `oneOf`/`anyOf`/`allOf` members are paired by index. Recursive schemas are compared once per pair and
//! context, which also stops cycles. Not covered: callbacks, links, `servers`, security scheme definitions,
//! response `encoding`, `x-query-or-body`.
//!
//! # Why not the `drift` crate
//!
//! `drift` 0.2.0 (oxide, used by dropshot-api-manager) was evaluated and not used, because the classification
//! this crate must deliver is exactly the part drift leaves out or gets wrong for us:
//!
//! * It panics on ordinary input: `compare_content` does `assert!(a_unique.is_empty())` when a media type is
//!   added or removed, and `todo!()` when a media type gains or loses its schema; `path_map` unwraps on a
//!   path with an unbalanced `{`. This crate must never panic on arbitrary input.
//! * Most schema changes come back as `Unhandled` (properties added/removed, `required` changed, any change
//!   to a string/number/integer schema incl. enum values, format and bounds, array bounds, `oneOf`/`allOf`
//!   membership). Its comparator is `pub(crate)`, so those cases cannot be "extended": a second, complete
//!   comparator would be needed for them anyway, and then drift would only duplicate the easy part.
//! * Its output is a message string plus a coarse class (backward/forward incompatible), grouped per
//!   component with many paths, so mapping it to these categories would mean parsing English messages; and
//!   its axis is wire compatibility of old vs new client/server versions, not "breaks generated trait
//!   implementations".
//!
//! # Errors
//!
//! Documents that are not OpenAPI 3.0.x, non-local or dangling `$ref`s, malformed path templates, nodes of the
//! wrong JSON type and pathological nesting give a [`DiffError`] with the side and JSON pointer. The crate never panics on input.
//!
//! # Tests
//!
//! `tests/cases/<name>/{old.yaml,new.yaml,expected.json}` is the executable form of the rules above, one small
//! case per rule; `tests/robustness.rs` mutates every node of those documents and checks nothing panics.
//! `cargo run -p specdiff --example render -- old.yaml new.yaml` prints a report (exit 1 when breaking).

mod constraints;
mod content;
mod differ;
mod error;
mod model;
mod operation;
mod params;
mod paths;
mod resolve;
mod schema;

use serde_json::Value;

pub use error::{DiffError, Side};
pub use model::{Category, Change, Context, Report};

use differ::Differ;
use resolve::Doc;

/// Compares the base revision `old` with the working tree `new`.
pub fn diff(old: &Value, new: &Value) -> Result<Report, DiffError> {
    check_openapi_30(old, Side::Old)?;
    check_openapi_30(new, Side::New)?;
    let mut differ = Differ::new(Doc::new(old, Side::Old), Doc::new(new, Side::New));
    paths::compare_paths(&mut differ)?;
    Ok(Report::from_changes(differ.into_changes()))
}

/// The major version from `info.version`: `"1.0.0"` → 1, `"v2.1"` → 2, `"3"` → 3; `None` when absent or not
/// numeric.
pub fn major_version(doc: &Value) -> Option<u64> {
    let version = doc.get("info")?.get("version")?;
    let text = match version {
        Value::String(s) => s.clone(),
        // YAML `version: 1.0` arrives as a number.
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    let text = text.trim();
    let text = text.strip_prefix(['v', 'V']).unwrap_or(text);
    let major = text.split(['.', '-', '+']).next()?;
    major.parse().ok()
}

fn not_openapi(side: Side, pointer: &str, message: impl Into<String>) -> DiffError {
    DiffError::NotOpenApi30 {
        side,
        pointer: pointer.to_owned(),
        message: message.into(),
    }
}

fn check_openapi_30(doc: &Value, side: Side) -> Result<(), DiffError> {
    let Some(root) = doc.as_object() else {
        return Err(not_openapi(
            side,
            "",
            "the document is not a JSON/YAML object",
        ));
    };
    if root.contains_key("swagger") {
        return Err(not_openapi(
            side,
            "/swagger",
            "Swagger 2.0 documents are not supported",
        ));
    }
    match root.get("openapi") {
        None => return Err(not_openapi(side, "/openapi", "missing `openapi` field")),
        Some(Value::String(v)) if v == "3.0" || v.starts_with("3.0.") => {}
        Some(other) => {
            return Err(not_openapi(
                side,
                "/openapi",
                format!("expected a 3.0.x version, found {other}"),
            ));
        }
    }
    match root.get("paths") {
        Some(Value::Object(_)) => Ok(()),
        Some(_) => Err(not_openapi(side, "/paths", "`paths` is not an object")),
        None => Err(not_openapi(side, "/paths", "missing `paths` object")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn major_versions() {
        let v = |s: Value| major_version(&json!({"info": {"version": s}}));
        assert_eq!(v(json!("1.0.0")), Some(1));
        assert_eq!(v(json!("v2.1")), Some(2));
        assert_eq!(v(json!("10")), Some(10));
        assert_eq!(v(json!("3.0.0-beta.1")), Some(3));
        assert_eq!(v(json!(1.5)), Some(1));
        assert_eq!(v(json!("abc")), None);
        assert_eq!(v(json!(null)), None);
        assert_eq!(major_version(&json!([])), None);
    }
}
