//! Nodes with their JSON pointers, local `$ref` resolution (through `openapi_core`) and shape-checked
//! accessors.
//!
//! Every accessor that meets a node of the wrong JSON type returns [`DiffError::InvalidShape`] with the pointer,
//! instead of guessing: a diff tool that silently skips half a document gives false "compatible" verdicts.

use openapi_core::pointer;
use serde_json::{Map, Value};

use crate::error::{DiffError, Side};
use openapi_core::reference::Problem;

pub(crate) type Res<T> = Result<T, DiffError>;

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
            .map(|v| Node::new(pointer::push(&self.ptr, key), v))
    }

    /// Pointer of `key` below this node, whether or not it exists (used to point at a keyword's home).
    pub fn ptr_of(&self, key: &str) -> String {
        pointer::push(&self.ptr, key)
    }

    /// Pointer of `key` if the node has it, else the node's own pointer.
    pub fn ptr_of_present(&self, key: &str) -> String {
        match self.value.as_object() {
            Some(m) if m.contains_key(key) => pointer::push(&self.ptr, key),
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
        match openapi_core::resolve(self.root, node.value, &node.ptr) {
            Ok(found) => Ok(Node::new(found.pointer, found.value)),
            Err(e) if e.problem == Problem::NotAString => {
                Err(self.shape(e.pointer, "a string $ref"))
            }
            Err(e) => Err(self.unresolvable(&e.pointer, &e.reference, e.problem.message())),
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The resolution itself is openapi-core's (tested there); this checks how its errors are mapped.
    #[test]
    fn resolution_errors_keep_the_side_and_the_pointer() {
        let doc = json!({"a": {"$ref": "#/b"}, "b": {"type": "string"}, "c": {"$ref": 1}, "d": {"$ref": "x.yaml#/d"}});
        let d = Doc::new(&doc, Side::Old);
        let at = |key: &str| Node::new(format!("/{key}"), &doc[key]);
        assert_eq!(d.resolve(at("a")).unwrap().ptr, "/b");
        let e = d.resolve(at("c")).unwrap_err();
        assert!(
            matches!(
                e,
                DiffError::InvalidShape {
                    side: Side::Old,
                    ..
                }
            ),
            "{e}"
        );
        assert_eq!(e.pointer(), "/c/$ref");
        let e = d.resolve(at("d")).unwrap_err();
        assert!(
            matches!(&e, DiffError::UnresolvableRef { reference, .. } if reference == "x.yaml#/d"),
            "{e}"
        );
        assert_eq!(e.pointer(), "/d/$ref");
    }
}
