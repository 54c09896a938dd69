//! Pass 1: text → `openapiv3::OpenAPI`, keeping the raw JSON tree so later passes can point at
//! nodes, and turning every parse failure into a diagnostic with a JSON pointer.
//!
//! JSON text is read with a JSON parser (a YAML parser refuses surrogate-pair escapes such as
//! `\ud83d\udc4d` that public specs contain), into an order-preserving tree: the order in which
//! the document declares properties is kept for the generated types (see `order.rs`), and
//! serde_json's own map sorts keys. Integers beyond 64 bits become floats instead of failing
//! the whole document (they only ever appear in examples, defaults and bounds). The tree then
//! goes through [`crate::normalize`] before openapiv3 sees it.

use crate::error::{Diagnostic, Error};
use openapi_core::pointer;
use serde_json::Value;
use serde_yaml::Value as Tree;

/// A loaded document: the typed model plus the raw tree it came from.
#[derive(Debug, Clone)]
pub struct Document {
    pub spec: openapiv3::OpenAPI,
    pub raw: Value,
    /// What normalization changed or dropped (renamed components, hoisted schemas, …).
    pub notes: Vec<Diagnostic>,
}

/// Parse YAML or JSON text into an OpenAPI 3.0.x document.
pub fn load(text: &str) -> Result<Document, Error> {
    let mut tree = parse_tree(text)?;
    if !is_json(text) {
        // JSON keys are strings already, and JSON has no tags.
        string_keys(&mut tree);
    }
    let mut notes = Vec::new();
    crate::normalize::down_convert(&mut tree, &mut notes);
    check_version(&tree)?;
    notes.extend(crate::normalize::normalize(&mut tree));
    let raw = to_json(&tree)?;
    let spec = serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(tree).map_err(|e| {
        let mut pointer = path_to_pointer(e.path());
        if pointer == "/paths" {
            // openapiv3's `Paths` deserializes through a flattened map, which hides the failing
            // entry from serde_path_to_error; find it by deserializing the entries one by one.
            pointer = locate_in_paths(&raw).unwrap_or(pointer);
        }
        Error::Load(
            Diagnostic::new(
                pointer,
                format!("not a valid OpenAPI 3.0 document: {}", e.inner()),
            )
            .with_hint("check the node against the OpenAPI 3.0.3 specification"),
        )
    })?;
    Ok(Document { spec, raw, notes })
}

/// Whether `text` is read as JSON: it starts with `{`.
fn is_json(text: &str) -> bool {
    text.trim_start().starts_with('{')
}

/// JSON (see [`is_json`]) through serde_json, anything else through serde_yaml.
fn parse_tree(text: &str) -> Result<Tree, Error> {
    if is_json(text) {
        return serde_json::from_str::<Tree>(text).map_err(|e| {
            Error::Load(Diagnostic::new(
                "",
                format!(
                    "not valid JSON at line {}, column {}: {e}",
                    e.line(),
                    e.column()
                ),
            ))
        });
    }
    let mut text = std::borrow::Cow::Borrowed(text);
    // serde_yaml reads an integer beyond 64 bits as i128/u128, which its own value type then
    // refuses; such a number (only ever example data or a bound) is read as a float instead,
    // as the JSON path does. Bounded: one retry per such number, at most 64.
    for _ in 0..64 {
        let e = match serde_yaml::from_str::<Tree>(&text) {
            Ok(tree) => return Ok(tree),
            Err(e) => e,
        };
        let message = e.to_string();
        let wide = message.contains("as u128") || message.contains("as i128");
        if let (true, Some(at)) = (wide, e.location().map(|l| l.index()))
            && let Some(len) = text[at..]
                .find(|c: char| !(c.is_ascii_digit() || c == '-' || c == '+'))
                .or(Some(text.len() - at))
            && len > 0
        {
            let mut owned = text.into_owned();
            owned.insert_str(at + len, ".0");
            text = std::borrow::Cow::Owned(owned);
            continue;
        }
        let at = e
            .location()
            .map(|l| format!(" at line {}, column {}", l.line(), l.column()));
        return Err(Error::Load(Diagnostic::new(
            "",
            format!("not valid YAML/JSON{}: {e}", at.unwrap_or_default()),
        )));
    }
    Err(Error::Load(Diagnostic::new(
        "",
        "too many integers beyond 64 bits",
    )))
}

/// YAML allows any scalar as a key (`200:` is an integer); JSON pointers and openapiv3 want
/// strings. Tagged values are unwrapped to their content.
fn string_keys(tree: &mut Tree) {
    match tree {
        Tree::Mapping(map) => {
            let entries = std::mem::take(map);
            for (key, mut value) in entries {
                string_keys(&mut value);
                let key = match key {
                    Tree::String(s) => s,
                    Tree::Number(n) => n.to_string(),
                    Tree::Bool(b) => b.to_string(),
                    Tree::Null => "null".to_string(),
                    other => serde_yaml::to_string(&other)
                        .unwrap_or_default()
                        .trim()
                        .to_string(),
                };
                map.insert(Tree::String(key), value);
            }
        }
        Tree::Sequence(items) => items.iter_mut().for_each(string_keys),
        Tree::Tagged(tagged) => {
            let mut inner = std::mem::replace(&mut tagged.value, Tree::Null);
            string_keys(&mut inner);
            *tree = inner;
        }
        _ => {}
    }
}

fn to_json(tree: &Tree) -> Result<Value, Error> {
    serde_json::to_value(tree).map_err(|e| {
        Error::Load(Diagnostic::new(
            "",
            format!("the document cannot be represented as JSON: {e}"),
        ))
    })
}

/// progenitor and our emitters understand OpenAPI 3.0.x only; say so before serde does it badly.
fn check_version(tree: &Tree) -> Result<(), Error> {
    let Some(root) = tree.as_mapping() else {
        return Err(Error::Load(Diagnostic::new(
            "",
            "the document is not a mapping",
        )));
    };
    match root.get("openapi") {
        Some(Tree::String(v)) if v.trim().starts_with("3.0.") => Ok(()),
        Some(Tree::String(v)) => Err(Error::Load(
            Diagnostic::new("/openapi", format!("OpenAPI {v} is not supported")).with_hint(
                "OpenAPI 3.0.x documents are supported, and 3.1.x ones converted to 3.0",
            ),
        )),
        Some(_) => Err(Error::Load(Diagnostic::new(
            "/openapi",
            "`openapi` must be a string such as \"3.0.3\"",
        ))),
        None if root.contains_key("swagger") => Err(Error::Load(
            Diagnostic::new("/swagger", "Swagger 2.0 documents are not supported")
                .with_hint("convert the document to OpenAPI 3.0.3"),
        )),
        None => Err(Error::Load(Diagnostic::new(
            "",
            "missing `openapi` version field",
        ))),
    }
}

fn locate_in_paths(raw: &Value) -> Option<String> {
    let paths = raw.get("paths")?.as_object()?;
    paths.iter().find_map(|(path, item)| {
        // `ReferenceOr` is untagged, which also hides the failing field: go for the item itself.
        let err = if item.get("$ref").is_some() {
            serde_path_to_error::deserialize::<_, openapiv3::ReferenceOr<openapiv3::PathItem>>(item)
                .err()?
        } else {
            serde_path_to_error::deserialize::<_, openapiv3::PathItem>(item).err()?
        };
        let mut pointer = pointer::push("/paths", path);
        for token in path_to_pointer(err.path()).split('/').skip(1) {
            pointer.push('/');
            pointer.push_str(token);
        }
        Some(pointer)
    })
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        pointer = match segment {
            Segment::Seq { index } => pointer::push(&pointer, &index.to_string()),
            Segment::Map { key } => pointer::push(&pointer, key),
            Segment::Enum { variant } => pointer::push(&pointer, variant),
            Segment::Unknown => pointer,
        };
    }
    pointer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_err(text: &str) -> Diagnostic {
        match load(text) {
            Err(Error::Load(d)) => d,
            other => panic!("expected a load error, got {other:?}"),
        }
    }

    #[test]
    fn openapi_32_is_refused_with_a_pointer() {
        let d = load_err("openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
        assert_eq!(d.pointer, "/openapi");
        assert!(d.message.contains("3.2.0"));
    }

    #[test]
    fn malformed_node_is_located() {
        let d = load_err(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses: 7\n",
        );
        assert!(d.pointer.starts_with("/paths/~1x/get"), "{}", d.pointer);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for text in [
            "",
            "- 1\n- 2",
            ": :",
            "openapi: 3",
            "{openapi: '3.0.0'}",
            "\u{0}",
        ] {
            assert!(load(text).is_err(), "{text:?}");
        }
    }
}
