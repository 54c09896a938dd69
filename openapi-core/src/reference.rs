//! Local `$ref` resolution.
//!
//! [`resolve`] follows a chain of `$ref`s through a document held as a [`serde_json::Value`];
//! [`follow`] is the same loop for any tree (codegen's `openapiv3::ReferenceOr<T>`), given how to
//! read a node's reference and how to look a target up. Both give the same errors: a reference
//! that is not local, not a JSON pointer, dangling, or part of a cycle, each with the pointer of
//! the offending `$ref` member. Siblings of `$ref` are ignored, as OpenAPI 3.0 prescribes.

use crate::pointer;
use serde_json::Value;
use std::borrow::Cow;

/// `$ref` chains longer than this are treated as cycles (`A -> B -> A`); real documents use one
/// or two hops.
pub const MAX_REF_HOPS: usize = 32;

/// A node reached by following references, with its JSON pointer.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved<'a, T: ?Sized = Value> {
    /// The node that is not a reference.
    pub value: &'a T,
    /// Its pointer: the last reference's target, or the starting pointer when there was no
    /// reference.
    pub pointer: String,
}

/// What is wrong with a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// `$ref` is not a string.
    NotAString,
    /// The reference points into another document (`other.yaml#/X`, `https://...`).
    NotLocal,
    /// The fragment after `#` is not a JSON pointer (`#foo`).
    NotAPointer,
    /// Nothing is at the target.
    Dangling,
    /// The chain does not end within [`MAX_REF_HOPS`] hops.
    Cycle,
}

impl Problem {
    /// A one-line explanation.
    pub fn message(self) -> &'static str {
        match self {
            Problem::NotAString => "`$ref` must be a string",
            Problem::NotLocal => "only local references (`#/...`) are supported",
            Problem::NotAPointer => "the fragment is not a JSON pointer",
            Problem::Dangling => "no such node in the document",
            Problem::Cycle => "the reference chain does not end (cycle of $refs)",
        }
    }

    /// How to fix it, when there is a known fix.
    pub fn hint(self) -> Option<&'static str> {
        match self {
            Problem::NotLocal => Some("bundle the document into one file first"),
            Problem::NotAPointer => Some("write the target as `#/components/<kind>/<Name>`"),
            _ => None,
        }
    }
}

/// A reference that cannot be followed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{pointer}: cannot resolve $ref `{reference}`: {}", problem.message())]
pub struct RefError {
    /// Pointer of the offending `$ref` member (`.../schema/$ref`).
    pub pointer: String,
    /// The reference as written (empty when it is not a string).
    pub reference: String,
    /// What is wrong.
    pub problem: Problem,
}

/// The JSON pointer a local reference names: `#/components/schemas/My%20Type` gives
/// `/components/schemas/My Type` (the fragment is percent-decoded, as URI fragments are;
/// malformed escapes are kept verbatim so the lookup fails cleanly).
///
/// ```
/// use openapi_core::reference::{local_pointer, Problem};
/// assert_eq!(local_pointer("#/components/schemas/A%20B").unwrap(), "/components/schemas/A B");
/// assert_eq!(local_pointer("#").unwrap(), "");
/// assert_eq!(local_pointer("x.yaml#/A"), Err(Problem::NotLocal));
/// assert_eq!(local_pointer("#A"), Err(Problem::NotAPointer));
/// ```
pub fn local_pointer(reference: &str) -> Result<Cow<'_, str>, Problem> {
    let fragment = reference.strip_prefix('#').ok_or(Problem::NotLocal)?;
    let target = percent_encoding::percent_decode_str(fragment).decode_utf8_lossy();
    if !target.is_empty() && !target.starts_with('/') {
        return Err(Problem::NotAPointer);
    }
    Ok(target)
}

/// The name of a component a reference points at directly: `component_name("#/components/schemas/Pet",
/// "schemas")` is `Some("Pet")`; `None` for any other target.
///
/// ```
/// use openapi_core::reference::component_name;
/// assert_eq!(component_name("#/components/schemas/Pet", "schemas").as_deref(), Some("Pet"));
/// assert_eq!(component_name("#/components/schemas/a~1b", "schemas").as_deref(), Some("a/b"));
/// assert_eq!(component_name("#/components/responses/Pet", "schemas"), None);
/// assert_eq!(component_name("#/components/schemas/Pet/properties/id", "schemas"), None);
/// ```
pub fn component_name(reference: &str, kind: &str) -> Option<String> {
    component_at(&local_pointer(reference).ok()?, kind).map(Cow::into_owned)
}

/// [`component_name`] for a pointer that is already decoded, such as the target
/// [`follow`] hands its `lookup`: `/components/schemas/a~1b` in `"schemas"` is `a/b`.
///
/// ```
/// use openapi_core::reference::component_at;
/// assert_eq!(component_at("/components/schemas/a~1b", "schemas").as_deref(), Some("a/b"));
/// assert_eq!(component_at("/components/schemas/a/properties/b", "schemas"), None);
/// assert_eq!(component_at("/components/responses/a", "schemas"), None);
/// ```
pub fn component_at<'p>(target: &'p str, kind: &str) -> Option<Cow<'p, str>> {
    split_component(target, kind)
        .filter(|(_, below)| below.is_empty())
        .map(|(name, _)| pointer::unescape(name))
}

/// `/components/<kind>/<name><below>` split into the (still escaped) name and `below`.
fn split_component<'p>(target: &'p str, kind: &str) -> Option<(&'p str, &'p str)> {
    let rest = target
        .strip_prefix("/components/")?
        .strip_prefix(kind)?
        .strip_prefix('/')?;
    let (name, below) = rest.find('/').map_or((rest, ""), |i| rest.split_at(i));
    (!name.is_empty()).then_some((name, below))
}

/// The component a reference points into and the (decoded) pointer below it:
/// `#/components/schemas/A~1B/properties/id` in `"schemas"` is `("A/B", "/properties/id")`.
/// `None` when the target is not inside a component of `kind`.
///
/// This is what a tool that renames a component needs to rewrite every reference into it,
/// including the ones that reach inside (`…/Pet/properties/id`).
///
/// ```
/// use openapi_core::reference::component_target;
/// let target = |r| component_target(r, "schemas");
/// assert_eq!(target("#/components/schemas/Pet"), Some(("Pet".into(), String::new())));
/// assert_eq!(
///     target("#/components/schemas/a~1b/properties/id"),
///     Some(("a/b".into(), "/properties/id".into()))
/// );
/// assert_eq!(target("#/components/schemas/Pet%20Shop"), Some(("Pet Shop".into(), String::new())));
/// assert_eq!(target("#/components/schemas/"), None);
/// assert_eq!(target("#/components/schemasX/Pet"), None);
/// assert_eq!(target("other.yaml#/components/schemas/Pet"), None);
/// ```
pub fn component_target(reference: &str, kind: &str) -> Option<(String, String)> {
    let target = local_pointer(reference).ok()?;
    let (name, below) = split_component(&target, kind)?;
    Some((pointer::unescape(name).into_owned(), below.to_owned()))
}

/// Follows local `$ref`s from `value` (found at `at`) through `root`.
///
/// ```
/// let doc = serde_json::json!({"components": {"schemas": {
///     "A": {"$ref": "#/components/schemas/B"}, "B": {"type": "string"}}}});
/// let start = serde_json::json!({"$ref": "#/components/schemas/A"});
/// let found = openapi_core::resolve(&doc, &start, "/paths/~1x/get").unwrap();
/// assert_eq!(found.pointer, "/components/schemas/B");
/// assert_eq!(found.value["type"], "string");
/// ```
pub fn resolve<'a>(root: &'a Value, value: &'a Value, at: &str) -> Result<Resolved<'a>, RefError> {
    follow(
        value,
        at,
        |node| match node.as_object().and_then(|m| m.get("$ref")) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(Problem::NotAString),
        },
        |target| root.pointer(target),
    )
}

/// The resolution loop for any tree. `reference_of` tells whether a node is a reference (and
/// which); `lookup` finds the node at a JSON pointer (already percent-decoded; its tokens are
/// still RFC 6901-escaped, see [`pointer::unescape`]). Returns the first node that is not a
/// reference.
///
/// ```
/// // codegen's typed documents: `openapiv3::ReferenceOr<T>` works the same way.
/// enum Node { Ref(&'static str), Item(u32) }
/// let table = [("/components/schemas/A", Node::Item(7))];
/// let start = Node::Ref("#/components/schemas/A");
/// let found = openapi_core::reference::follow(
///     &start,
///     "/x",
///     |n| Ok(match n { Node::Ref(r) => Some(*r), Node::Item(_) => None }),
///     |p| table.iter().find(|(k, _)| *k == p).map(|(_, v)| v),
/// )
/// .unwrap();
/// assert!(matches!(found.value, Node::Item(7)));
/// ```
pub fn follow<'a, T: ?Sized>(
    start: &'a T,
    at: &str,
    mut reference_of: impl FnMut(&'a T) -> Result<Option<&'a str>, Problem>,
    mut lookup: impl FnMut(&str) -> Option<&'a T>,
) -> Result<Resolved<'a, T>, RefError> {
    let mut current = Resolved {
        value: start,
        pointer: at.to_owned(),
    };
    for _ in 0..=MAX_REF_HOPS {
        let error = |reference: &str, problem| RefError {
            pointer: pointer::push(&current.pointer, "$ref"),
            reference: reference.to_owned(),
            problem,
        };
        let reference = match reference_of(current.value) {
            Ok(None) => return Ok(current),
            Ok(Some(reference)) => reference,
            Err(problem) => return Err(error("", problem)),
        };
        let target = local_pointer(reference).map_err(|p| error(reference, p))?;
        let value = lookup(&target).ok_or_else(|| error(reference, Problem::Dangling))?;
        current = Resolved {
            value,
            pointer: target.into_owned(),
        };
    }
    let reference = reference_of(current.value)
        .ok()
        .flatten()
        .unwrap_or_default();
    Err(RefError {
        pointer: pointer::push(&current.pointer, "$ref"),
        reference: reference.to_owned(),
        problem: Problem::Cycle,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc() -> Value {
        json!({
            "components": {"schemas": {
                "A": {"$ref": "#/components/schemas/B"},
                "B": {"type": "string"},
                "C": {"$ref": "#/components/schemas/D"},
                "D": {"$ref": "#/components/schemas/C"},
                "E": {"$ref": "other.yaml#/E"},
                "F": {"$ref": 5},
                "G": {"$ref": "#/components/schemas/Nope"},
                "H I": {"type": "integer"},
                "J": {"$ref": "#/components/schemas/H%20I", "description": "ignored sibling"},
                "K/L": {"type": "boolean"},
                "M": {"$ref": "#/components/schemas/K~1L"},
            }}
        })
    }

    fn at(doc: &Value, name: &str) -> Result<Resolved<'static>, RefError> {
        let doc: &'static Value = Box::leak(Box::new(doc.clone()));
        let start = &doc["components"]["schemas"][name];
        resolve(doc, start, &format!("/x/{name}"))
    }

    #[test]
    fn chains_escapes_and_non_references() {
        let doc = doc();
        assert_eq!(at(&doc, "A").unwrap().pointer, "/components/schemas/B");
        assert_eq!(at(&doc, "B").unwrap().pointer, "/x/B");
        assert_eq!(at(&doc, "J").unwrap().value["type"], "integer");
        assert_eq!(at(&doc, "M").unwrap().value["type"], "boolean");
    }

    #[test]
    fn every_problem_names_the_offending_ref() {
        let doc = doc();
        let problem = |name| at(&doc, name).unwrap_err();
        assert_eq!(problem("C").problem, Problem::Cycle);
        let e = problem("E");
        assert_eq!(
            (e.problem, e.pointer.as_str()),
            (Problem::NotLocal, "/x/E/$ref")
        );
        assert_eq!(e.reference, "other.yaml#/E");
        assert_eq!(problem("F").problem, Problem::NotAString);
        let g = problem("G");
        assert_eq!(g.problem, Problem::Dangling);
        assert_eq!(
            g.to_string(),
            "/x/G/$ref: cannot resolve $ref `#/components/schemas/Nope`: no such node in the document"
        );
    }

    #[test]
    fn a_dangling_ref_after_a_hop_points_at_the_hop() {
        let doc = json!({"a": {"$ref": "#/b"}, "b": {"$ref": "#/c"}});
        let e = resolve(&doc, &doc["a"], "/a").unwrap_err();
        assert_eq!(e.pointer, "/b/$ref");
        assert_eq!(e.problem, Problem::Dangling);
    }
}
