//! JSON pointers, local `$ref` resolution and shape-checked accessors.
//!
//! Every accessor that meets a node of the wrong JSON type returns [`DiffError::InvalidShape`] with the pointer,
//! instead of guessing: a diff tool that silently skips half a document gives false "compatible" verdicts.

use serde_json::{Map, Value};

use crate::error::{DiffError, Side};

pub(crate) type Res<T> = Result<T, DiffError>;

/// `$ref` chains longer than this are treated as cycles (`A -> B -> A`); real documents use one or two hops.
const MAX_REF_HOPS: usize = 32;

/// Appends one reference token to a JSON pointer, escaping `~` and `/` (RFC 6901).
pub(crate) fn child(base: &str, token: &str) -> String {
    let mut out = String::with_capacity(base.len() + token.len() + 1);
    out.push_str(base);
    out.push('/');
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    out
}

/// A node of one document together with its JSON pointer.
#[derive(Debug, Clone)]
pub(crate) struct Node<'a> {
    pub ptr: String,
    pub value: &'a Value,
}

impl<'a> Node<'a> {
    pub fn new(ptr: String, value: &'a Value) -> Self {
        Node { ptr, value }
    }

    /// The member `key` of an object node, if present. Non-objects have no members.
    pub fn field(&self, key: &str) -> Option<Node<'a>> {
        self.value
            .as_object()
            .and_then(|m| m.get(key))
            .map(|v| Node::new(child(&self.ptr, key), v))
    }

    /// Pointer of `key` below this node, whether or not it exists (used to point at a keyword's home).
    pub fn ptr_of(&self, key: &str) -> String {
        child(&self.ptr, key)
    }

    /// Pointer of `key` if the node has it, else the node's own pointer.
    pub fn ptr_of_present(&self, key: &str) -> String {
        match self.value.as_object() {
            Some(m) if m.contains_key(key) => child(&self.ptr, key),
            _ => self.ptr.clone(),
        }
    }
}

/// One of the two documents under comparison.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Doc<'a> {
    pub root: &'a Value,
    pub side: Side,
}

impl<'a> Doc<'a> {
    pub fn new(root: &'a Value, side: Side) -> Self {
        Doc { root, side }
    }

    pub fn shape(&self, pointer: impl Into<String>, expected: &'static str) -> DiffError {
        DiffError::InvalidShape {
            side: self.side,
            pointer: pointer.into(),
            expected,
        }
    }

    fn unresolvable(&self, pointer: &str, reference: &str, message: &str) -> DiffError {
        DiffError::UnresolvableRef {
            side: self.side,
            pointer: pointer.to_owned(),
            reference: reference.to_owned(),
            message: message.to_owned(),
        }
    }

    /// Follows `$ref` until a non-reference node is reached. The returned pointer is the target's, so changes
    /// inside a component are reported once, at the component, however many places use it. Siblings of `$ref`
    /// are ignored, as OpenAPI 3.0 prescribes.
    pub fn resolve(&self, node: Node<'a>) -> Res<Node<'a>> {
        let mut current = node;
        for _ in 0..=MAX_REF_HOPS {
            let Some(reference) = current.value.as_object().and_then(|m| m.get("$ref")) else {
                return Ok(current);
            };
            let ref_ptr = child(&current.ptr, "$ref");
            let Some(reference) = reference.as_str() else {
                return Err(self.shape(ref_ptr, "a string $ref"));
            };
            let Some(fragment) = reference.strip_prefix('#') else {
                return Err(self.unresolvable(
                    &ref_ptr,
                    reference,
                    "only local references (`#/...`) are supported",
                ));
            };
            let target = percent_decode(fragment);
            if !target.is_empty() && !target.starts_with('/') {
                return Err(self.unresolvable(
                    &ref_ptr,
                    reference,
                    "fragment is not a JSON pointer",
                ));
            }
            let Some(value) = self.root.pointer(&target) else {
                return Err(self.unresolvable(&ref_ptr, reference, "no such node in the document"));
            };
            current = Node::new(target, value);
        }
        Err(self.unresolvable(
            &current.ptr,
            current
                .value
                .get("$ref")
                .and_then(Value::as_str)
                .unwrap_or_default(),
            "reference chain does not end (cycle of $refs)",
        ))
    }

    /// The node as an object, or an error naming it.
    pub fn object(&self, node: &Node<'a>, expected: &'static str) -> Res<&'a Map<String, Value>> {
        node.value
            .as_object()
            .ok_or_else(|| self.shape(node.ptr.clone(), expected))
    }

    /// Member `key` of `node`, which must be an object if present.
    pub fn opt_object(
        &self,
        node: &Node<'a>,
        key: &str,
    ) -> Res<Option<(Node<'a>, &'a Map<String, Value>)>> {
        match node.field(key) {
            None => Ok(None),
            Some(n) => {
                let map = self.object(&n, "an object")?;
                Ok(Some((n, map)))
            }
        }
    }

    /// Member `key` of `node`, which must be an array if present.
    pub fn opt_array(&self, node: &Node<'a>, key: &str) -> Res<Option<(Node<'a>, &'a [Value])>> {
        match node.field(key) {
            None => Ok(None),
            Some(n) => match n.value.as_array() {
                Some(items) => Ok(Some((n, items.as_slice()))),
                None => Err(self.shape(n.ptr, "an array")),
            },
        }
    }
}

/// Decodes `%XX` escapes in a URI fragment (`#/components/schemas/My%20Type`). Malformed escapes are kept
/// verbatim: the lookup then fails with a clear "no such node" instead of a panic.
fn percent_decode(input: &str) -> String {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = bytes.get(i + 1..i + 3)
            && let Some(byte) = std::str::from_utf8(hex)
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn child_escapes_tokens() {
        assert_eq!(child("/paths", "/a/{b}~c"), "/paths/~1a~1{b}~0c");
    }

    #[test]
    fn percent_decoding_keeps_malformed_escapes() {
        assert_eq!(percent_decode("/a%20b"), "/a b");
        assert_eq!(percent_decode("/a%2"), "/a%2");
        assert_eq!(percent_decode("/a%zz"), "/a%zz");
        assert_eq!(percent_decode("%"), "%");
    }

    #[test]
    fn resolve_follows_chains_and_detects_cycles() {
        let doc = json!({
            "components": {"schemas": {
                "A": {"$ref": "#/components/schemas/B"},
                "B": {"type": "string"},
                "C": {"$ref": "#/components/schemas/D"},
                "D": {"$ref": "#/components/schemas/C"},
                "E": {"$ref": "other.yaml#/E"},
            }}
        });
        let d = Doc::new(&doc, Side::New);
        let start = |name: &str| {
            Node::new(
                format!("/x/{name}"),
                doc.pointer(&format!("/components/schemas/{name}")).unwrap(),
            )
        };
        let b = d.resolve(start("A")).unwrap();
        assert_eq!(b.ptr, "/components/schemas/B");
        assert!(matches!(
            d.resolve(start("C")),
            Err(DiffError::UnresolvableRef { .. })
        ));
        let err = d.resolve(start("E")).unwrap_err();
        assert_eq!(err.pointer(), "/x/E/$ref");
    }
}
