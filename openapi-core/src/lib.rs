//! The OpenAPI plumbing every tool of the workspace shares, written once.
//!
//! Before this crate, codegen, specdiff, the xtask spec checks, the example round-trip test and
//! the server runtime each had their own JSON-pointer escaping, `$ref` loop, method list and
//! path-template parser, and a fix to one copy did not reach the others. Each job now has one
//! module:
//!
//! | module | job | replaces |
//! |---|---|---|
//! | [`pointer`](mod@pointer) | RFC 6901 escaping, building pointers | `codegen::error::pointer_push`, specdiff's `child`, the tests' `esc`/`ptr` |
//! | [`reference`](mod@reference) | following local `$ref`s ([`resolve`] over `serde_json::Value`, [`reference::follow`] over any tree) | `codegen::schema::resolve`, specdiff's `Doc::resolve`, the tests' `resolve` |
//! | [`method`] | the eight path-item methods, in OpenAPI order | `codegen::ir::Method`, the `METHODS` arrays |
//! | [`template`] | [`PathTemplate`]: parse, shape key, overlap check | `codegen::ir::PathTemplate`, `codegen::lower::checks::shape_key`, specdiff's `template_vars`/`normalize` |
//! | [`media`] | media types: essence, JSON or not, how a range covers a type | codegen's and the runtime's `essence`/`is_json` (four copies), the runtime's two range matchers |
//! | [`matching`] | [`RequestPath`], [`PathTemplate::matches`] and the per-segment [`Segment::match_text`] | the runtime's `split_path`/`match_segment` |
//!
//! # Switching a caller over
//!
//! Every caller named in the table has been switched; the mapping stays as the record of what
//! each old helper became. A tool that renames a component rewrites the references into it
//! with [`reference::component_target`] (name and the pointer below it).
//!
//! * `pointer_push(base, token)` → [`pointer::push`]; `esc(s)` → [`pointer::escape`].
//! * codegen's `schema::resolve(reference, pointer, kind, table, spec)` → [`reference::follow`]
//!   with `reference_of = |r| Ok(match r { ReferenceOr::Reference { reference } => Some(reference.as_str()), ReferenceOr::Item(_) => None })`
//!   and `lookup = |p| table.get(&*reference::component_at(p, "<kind>")?)`;
//!   turn the [`RefError`] into a `Diagnostic` with `pointer`, `to_string()` and `problem.hint()`.
//! * `ir::Method` → [`Method`] (same variants, same `as_str`, plus [`Method::key`]).
//! * `ir::PathTemplate` → [`PathTemplate`]: the fields became accessors (`t.raw` → `t.raw()`,
//!   `t.segments` → `t.segments()`, `s.parts` → `s.parts()`); `Part::Literal`/`Part::Param` are
//!   unchanged; `parse` returns a [`TemplateError`] (its `Display` is the old message, `hint()` is new).
//! * `checks::shape_key(t, true)` → `t.shape(Case::Insensitive)`; a route-overlap check that also
//!   catches `/a/{x}` against `/a/b` is [`PathTemplate::overlaps`].
//! * The runtime (switched over in `server-runtime`'s `route` and `index`): keeps one
//!   [`PathTemplate`] per route (parsed from the generated static parts when the table is
//!   built), splits each request once with [`RequestPath::parse`] (a [`PathError`] is the 400),
//!   and, where its trie leads, matches a segment with [`Segment::match_text`] under the API's
//!   [`Case`] (the function [`PathTemplate::matches`] is built on); [`RequestPath::raw_range`]
//!   keeps an undecoded value as a span of the URI. `common_prefix` is
//!   [`PathTemplate::literal_prefix_len`]. The matching rules are the runtime's, unchanged
//!   (trailing slash, case, percent-decoding, OData `''`), plus a bound of [`matching::MAX_SEGMENTS`].
//!
//! Dependencies are kept to `serde_json`, `percent-encoding`, `smallvec` and `thiserror`,
//! because the server runtime links this crate.

pub mod matching;
pub mod media;
pub mod method;
pub mod pointer;
pub mod reference;
pub mod template;

pub use matching::{Capture, ParamSpan, PathError, RequestPath};
pub use method::{Method, operations};
pub use reference::{RefError, Resolved, resolve};
pub use template::{Case, Part, PathTemplate, Segment, TemplateError};
