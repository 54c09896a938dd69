//! Walking an OpenAPI 3.0 document held as a `serde_json::Value`: JSON pointers, local `$ref`s,
//! operations, and every example of a media type, parameter or header.

use openapi_core::pointer::join as ptr;
use serde_json::Value;
use std::collections::BTreeMap;

/// One operation of the spec.
pub struct Operation<'a> {
    /// JSON pointer of the operation object, e.g. `/paths/~1api~1x/get`.
    pub ptr: String,
    pub path_item: &'a Value,
    pub op: &'a Value,
}

/// Every operation, in document order of paths, then OpenAPI method order.
pub fn operations(doc: &Value) -> Vec<Operation<'_>> {
    let mut out = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for (path, item) in paths {
        for (method, op) in openapi_core::operations(item) {
            out.push(Operation {
                ptr: ptr("/paths", &[path, method.key()]),
                path_item: item,
                op,
            });
        }
    }
    out
}

/// Where an example sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    RequestBody,
    Response,
    Parameter,
    Header,
}

/// One example value together with the (OpenAPI) schema it must satisfy.
pub struct Example {
    /// JSON pointer of the example value itself (`…/examples/<name>/value` or `…/example`).
    pub ptr: String,
    pub value: Value,
    pub schema: Value,
    pub schema_ptr: String,
    pub source: Source,
}

/// Collects every example of the document, each exactly once (keyed by its pointer): the ones reached from
/// operations (through `$ref`s to `components/{requestBodies,responses,parameters,headers}`) and the
/// components themselves. Structural problems (an example without a schema, a dangling `$ref`) go to `errors`.
pub fn examples(doc: &Value, errors: &mut Vec<String>) -> Vec<Example> {
    let mut found = BTreeMap::new();
    let mut w = Walker {
        doc,
        found: &mut found,
        errors,
    };
    for operation in operations(doc) {
        let path_ptr = operation
            .ptr
            .rsplit_once('/')
            .map_or("", |(p, _)| p)
            .to_owned();
        w.parameters(
            operation.path_item.get("parameters"),
            &format!("{path_ptr}/parameters"),
        );
        w.parameters(
            operation.op.get("parameters"),
            &format!("{}/parameters", operation.ptr),
        );
        if let Some(body) = operation.op.get("requestBody") {
            w.body_or_response(
                body,
                &format!("{}/requestBody", operation.ptr),
                Source::RequestBody,
            );
        }
        if let Some(responses) = operation.op.get("responses").and_then(Value::as_object) {
            for (code, response) in responses {
                w.body_or_response(
                    response,
                    &ptr(&operation.ptr, &["responses", code]),
                    Source::Response,
                );
            }
        }
    }
    let components = doc.get("components");
    let section = |name: &str| {
        components
            .and_then(|c| c.get(name))
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
    };
    for (name, p) in section("parameters") {
        w.parameter(
            p,
            &ptr("/components/parameters", &[name]),
            Source::Parameter,
        );
    }
    for (name, h) in section("headers") {
        w.parameter(h, &ptr("/components/headers", &[name]), Source::Header);
    }
    for (name, b) in section("requestBodies") {
        w.body_or_response(
            b,
            &ptr("/components/requestBodies", &[name]),
            Source::RequestBody,
        );
    }
    for (name, r) in section("responses") {
        w.body_or_response(r, &ptr("/components/responses", &[name]), Source::Response);
    }
    found.into_values().collect()
}

struct Walker<'a, 'b> {
    doc: &'a Value,
    found: &'b mut BTreeMap<String, Example>,
    errors: &'b mut Vec<String>,
}

impl<'a> Walker<'a, '_> {
    /// [`openapi_core::resolve`], reporting a broken reference instead of returning it.
    fn resolve(&mut self, value: &'a Value, at: &str) -> Option<(&'a Value, String)> {
        match openapi_core::resolve(self.doc, value, at) {
            Ok(found) => Some((found.value, found.pointer)),
            Err(e) => {
                self.errors.push(e.to_string());
                None
            }
        }
    }

    fn parameters(&mut self, list: Option<&'a Value>, at: &str) {
        for (i, p) in list
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            self.parameter(p, &format!("{at}/{i}"), Source::Parameter);
        }
    }

    /// A parameter or header object: `schema` + `example`/`examples`, or a `content` map.
    fn parameter(&mut self, p: &'a Value, at: &str, source: Source) {
        let Some((p, at)) = self.resolve(p, at) else {
            return;
        };
        if let Some(content) = p.get("content") {
            self.content(content, &format!("{at}/content"), source);
        }
        let schema = p.get("schema");
        self.example_slots(p, &at, schema, &format!("{at}/schema"), source);
    }

    /// A request body or response: its `content` map and (responses) its `headers`.
    fn body_or_response(&mut self, r: &'a Value, at: &str, source: Source) {
        let Some((r, at)) = self.resolve(r, at) else {
            return;
        };
        if let Some(content) = r.get("content") {
            self.content(content, &format!("{at}/content"), source);
        }
        for (name, header) in r
            .get("headers")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            self.parameter(header, &ptr(&at, &["headers", name]), Source::Header);
        }
    }

    fn content(&mut self, content: &'a Value, at: &str, source: Source) {
        for (media_type, mt) in content.as_object().into_iter().flatten() {
            let mt_ptr = ptr(at, &[media_type]);
            self.example_slots(
                mt,
                &mt_ptr,
                mt.get("schema"),
                &format!("{mt_ptr}/schema"),
                source,
            );
        }
    }

    /// The `example` and `examples` of a media type, parameter or header object found at `at`.
    fn example_slots(
        &mut self,
        holder: &'a Value,
        at: &str,
        schema: Option<&'a Value>,
        schema_ptr: &str,
        source: Source,
    ) {
        let mut slots = Vec::new();
        if let Some(value) = holder.get("example") {
            slots.push((value, format!("{at}/example")));
        }
        for (name, entry) in holder
            .get("examples")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let Some((entry, entry_ptr)) = self.resolve(entry, &ptr(at, &["examples", name]))
            else {
                continue;
            };
            match entry.get("value") {
                Some(value) => slots.push((value, format!("{entry_ptr}/value"))),
                None => self
                    .errors
                    .push(format!("{entry_ptr}: example without an inline `value`")),
            }
        }
        if slots.is_empty() {
            return;
        }
        let Some(schema) = schema else {
            self.errors.push(format!(
                "{at}: has examples but no `schema` to check them against"
            ));
            return;
        };
        for (value, example_ptr) in slots {
            self.found
                .entry(example_ptr.clone())
                .or_insert_with(|| Example {
                    ptr: example_ptr,
                    value: value.clone(),
                    schema: schema.clone(),
                    schema_ptr: schema_ptr.to_owned(),
                    source,
                });
        }
    }
}
