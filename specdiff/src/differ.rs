//! The comparison state shared by all passes, and the variance rule that turns "narrower/wider" into the two
//! breaking flags.

use openapi_core::pointer;
use std::collections::HashSet;

use serde_json::{Map, Value};

use crate::model::{Category, Change, Context};
use crate::resolve::Doc;

/// How the set of valid messages moved. Which party that breaks depends on who produces the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shift {
    /// Fewer messages are valid (new constraint, value removed from an enum, ...).
    Narrower,
    /// More messages are valid (constraint dropped, enum value added, ...).
    Wider,
    /// Neither a subset nor a superset (e.g. a regex replaced by another): assume both sides break.
    Incomparable,
}

impl Shift {
    /// The variance rule. In a request the client produces and the server consumes; in a response the roles
    /// swap. Narrowing breaks the producer (what it sends may now be rejected / what it sent is no longer
    /// enough); widening breaks the consumer (it may now receive something it was not written for).
    /// Returns `(breaking_for_clients, breaking_for_servers)`.
    pub fn flags(self, ctx: Context) -> (bool, bool) {
        match (self, ctx) {
            (Shift::Narrower, Context::Request) | (Shift::Wider, Context::Response) => {
                (true, false)
            }
            (Shift::Wider, Context::Request) | (Shift::Narrower, Context::Response) => {
                (false, true)
            }
            _ => (true, true),
        }
    }

    /// Why the shift matters in `ctx`, for the reason text.
    pub fn effect(self, ctx: Context) -> &'static str {
        match (self, ctx) {
            (Shift::Narrower, Context::Request) => "requests that were valid may now be rejected",
            (Shift::Wider, Context::Request) => {
                "servers may now receive values they never had to handle"
            }
            (Shift::Narrower, Context::Response) => {
                "servers must now produce narrower responses than before"
            }
            (Shift::Wider, Context::Response) => {
                "clients may now receive values they were not generated for"
            }
            _ => "neither old nor new values are a subset of the other",
        }
    }
}

/// Collects changes while the passes walk both documents side by side.
pub(crate) struct Differ<'a> {
    pub old: Doc<'a>,
    pub new: Doc<'a>,
    changes: Vec<Change>,
    /// Schema pairs already compared, per context. The reported pointers depend only on the pair, so a second
    /// visit could only repeat findings; skipping it is also what stops recursive schemas from looping.
    seen_schemas: HashSet<(String, String, Context)>,
    /// Current schema nesting, bounded so hostile input cannot exhaust the stack.
    pub depth: usize,
}

impl<'a> Differ<'a> {
    pub fn new(old: Doc<'a>, new: Doc<'a>) -> Self {
        Differ {
            old,
            new,
            changes: Vec::new(),
            seen_schemas: HashSet::new(),
            depth: 0,
        }
    }

    pub fn into_changes(self) -> Vec<Change> {
        self.changes
    }

    /// Records a change with explicit flags.
    pub fn push(
        &mut self,
        pointer: impl Into<String>,
        category: Category,
        context: Context,
        (breaking_for_clients, breaking_for_servers): (bool, bool),
        reason: impl Into<String>,
    ) {
        self.changes.push(Change {
            pointer: pointer.into(),
            category,
            context,
            breaking_for_clients,
            breaking_for_servers,
            reason: reason.into(),
        });
    }

    /// Records a change whose flags follow the variance rule ([`Shift::flags`]); the effect is appended to
    /// the reason.
    pub fn push_shift(
        &mut self,
        pointer: impl Into<String>,
        category: Category,
        context: Context,
        shift: Shift,
        what: &str,
    ) {
        let reason = format!("{context}: {what}; {}", shift.effect(context));
        self.push(pointer, category, context, shift.flags(context), reason);
    }

    /// True the first time a schema pair is seen in a context.
    pub fn first_visit(&mut self, old: &str, new: &str, ctx: Context) -> bool {
        self.seen_schemas
            .insert((old.to_owned(), new.to_owned(), ctx))
    }

    /// Reports documentation-only differences (descriptions, summaries, examples) as one compatible change.
    pub fn compare_docs(
        &mut self,
        pointer: &str,
        old: &Map<String, Value>,
        new: &Map<String, Value>,
        keys: &[&str],
    ) {
        let changed: Vec<&str> = keys
            .iter()
            .copied()
            .filter(|k| old.get(*k) != new.get(*k))
            .collect();
        if !changed.is_empty() {
            self.push(
                pointer,
                Category::DocumentationChanged,
                Context::Structural,
                (false, false),
                format!("{} changed (documentation only)", changed.join(", ")),
            );
        }
    }

    /// Reports a flip of `deprecated`: a warning to callers, never breaking by itself.
    pub fn compare_deprecated(
        &mut self,
        pointer: &str,
        old: &Map<String, Value>,
        new: &Map<String, Value>,
    ) {
        let was = old
            .get("deprecated")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let is = new
            .get("deprecated")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        if was != is {
            let reason = if is {
                "marked deprecated; still served, callers should migrate"
            } else {
                "no longer deprecated"
            };
            let pointer = if new.contains_key("deprecated") {
                pointer::push(pointer, "deprecated")
            } else {
                pointer.to_owned()
            };
            self.push(
                pointer,
                Category::DeprecationChanged,
                Context::Structural,
                (false, false),
                reason,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variance_table() {
        assert_eq!(Shift::Narrower.flags(Context::Request), (true, false));
        assert_eq!(Shift::Wider.flags(Context::Request), (false, true));
        assert_eq!(Shift::Narrower.flags(Context::Response), (false, true));
        assert_eq!(Shift::Wider.flags(Context::Response), (true, false));
        assert_eq!(Shift::Incomparable.flags(Context::Request), (true, true));
    }
}
