//! Pass 2: validate the document and lower it to the IR in one walk.
//!
//! Every construct the emitters cannot handle becomes a [`Diagnostic`]; the walk goes on after a
//! problem so that one run reports all of them. Checks that exist because progenitor would
//! panic are marked `progenitor:`.

use crate::error::{Diagnostic, Error};
use crate::ir::*;
use crate::load::Document;
use crate::schema::{classify, nullable_fields, object_fields, resolve};
use crate::settings::{Settings, Unsupported};
use heck::{ToSnakeCase, ToUpperCamelCase};
use openapi_core::pointer;
use openapiv3::{
    OpenAPI, Operation as OaOperation, Parameter, ParameterSchemaOrContent, PathItem, QueryStyle,
    ReferenceOr, SchemaKind, StatusCode, Type,
};
use std::collections::{BTreeMap, BTreeSet};

mod checks;
mod content;
mod names;

pub(crate) use names::rust_field_name;

/// Validate `doc` and lower it, or return every problem found.
pub fn lower(doc: &Document, settings: &Settings) -> Result<Api, Error> {
    let mut cx = Lowering {
        spec: &doc.spec,
        raw: &doc.raw,
        settings,
        diags: Vec::new(),
        notes: Vec::new(),
    };
    let mut api = cx.api();
    api.warnings = doc.notes.clone();
    api.warnings.append(&mut cx.notes);
    if settings.unsupported == Unsupported::Skip {
        let (in_paths, elsewhere): (Vec<_>, Vec<_>) = cx
            .diags
            .into_iter()
            .partition(|d| d.pointer.starts_with("/paths/"));
        cx.diags = elsewhere;
        api.operations
            .retain(|op| !in_paths.iter().any(|d| concerns(&d.pointer, &op.pointer)));
        api.warnings.extend(in_paths.into_iter().map(|d| {
            let mut d = d;
            d.message = format!("skipped: {}", d.message);
            d
        }));
    }
    if cx.diags.is_empty() {
        Ok(api)
    } else {
        Err(Error::Invalid(cx.diags))
    }
}

/// Whether a parameter schema is an object with properties (directly or through `$ref`s), which
/// progenitor sends field by field.
fn is_object(schema: &ReferenceOr<openapiv3::Schema>, spec: &OpenAPI) -> bool {
    let resolved = resolve(schema, "", "schemas", |c| &c.schemas, spec);
    match resolved.map(|s| &s.schema_kind) {
        Ok(SchemaKind::Type(Type::Object(_))) => true,
        Ok(SchemaKind::Any(any)) => !any.properties.is_empty(),
        _ => false,
    }
}

/// Whether a problem at `problem` affects the operation at `operation`: it is inside the
/// operation, or at its path item (`/paths/~1a` or `/paths/~1a/parameters/0`).
fn concerns(problem: &str, operation: &str) -> bool {
    let inside = |outer: &str, inner: &str| {
        inner == outer
            || inner
                .strip_prefix(outer)
                .is_some_and(|r| r.starts_with('/'))
    };
    if inside(operation, problem) {
        return true;
    }
    let path_item = operation.rsplit_once('/').map_or("", |(p, _)| p);
    problem == path_item || inside(&pointer::push(path_item, "parameters"), problem)
}

struct Lowering<'a> {
    spec: &'a OpenAPI,
    raw: &'a serde_json::Value,
    settings: &'a Settings,
    diags: Vec<Diagnostic>,
    /// What the generated code does differently from what the document says, without refusing.
    notes: Vec<Diagnostic>,
}

impl Lowering<'_> {
    fn api(&mut self) -> Api {
        self.check_references(self.raw, String::new());
        self.check_component_names();
        let open_enums = self.open_enums();
        let mut operations = Vec::new();
        let mut ids = BTreeMap::<String, String>::new();
        let mut rust_names = BTreeMap::<String, String>::new();
        for (path, item) in &self.spec.paths.paths {
            let path_pointer = pointer::push("/paths", path);
            let ReferenceOr::Item(item) = item else {
                // progenitor: path-item references are rejected.
                self.diags.push(
                    Diagnostic::new(path_pointer, "path item `$ref` is not supported")
                        .with_hint("inline the path item"),
                );
                continue;
            };
            let template = match PathTemplate::parse(path) {
                Ok(t) => t,
                Err(e) => {
                    self.diags.push(
                        Diagnostic::new(path_pointer, format!("bad path template: {e}"))
                            .with_hint(e.hint()),
                    );
                    continue;
                }
            };
            for (key, op) in item.iter() {
                // openapiv3 yields exactly the eight path-item method keys openapi-core knows.
                let Some(method) = Method::from_key(key) else {
                    continue;
                };
                let pointer = pointer::push(&path_pointer, key);
                if let Some(op) = self.operation(&template, item, method, op, &pointer) {
                    if let Some(prev) = ids.insert(op.id.clone(), pointer.clone()) {
                        self.diags.push(Diagnostic::new(
                            pointer::push(&pointer, "operationId"),
                            format!("operationId `{}` is also used at {prev}", op.id),
                        ));
                    } else if let Some(prev) =
                        rust_names.insert(op.rust_name.clone(), pointer.clone())
                    {
                        self.diags.push(
                            Diagnostic::new(
                                pointer::push(&pointer, "operationId"),
                                format!("operationId `{}` maps to the same Rust name as the operation at {prev}", op.id),
                            )
                            .with_hint("operationIds must stay distinct after conversion to snake_case"),
                        );
                    }
                    operations.push(op);
                }
            }
        }
        self.check_route_overlaps(&operations);
        names::alternative_methods(&mut operations, &mut self.notes);
        Api {
            title: self.spec.info.title.clone(),
            version: self.spec.info.version.clone(),
            operations,
            case_insensitive_paths: self
                .raw
                .get("x-case-insensitive-paths")
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
            error_template: self.error_template(),
            open_enums,
            warnings: Vec::new(),
        }
    }

    fn operation(
        &mut self,
        template: &PathTemplate,
        item: &PathItem,
        method: Method,
        op: &OaOperation,
        pointer: &str,
    ) -> Option<Operation> {
        let Some(id) = op.operation_id.clone() else {
            // progenitor: every operation needs an id.
            self.diags.push(
                Diagnostic::new(pointer.to_string(), "operation has no `operationId`")
                    .with_hint("add a unique operationId; it names the client and trait methods"),
            );
            return None;
        };
        let before = self.diags.len();
        if op.extensions.contains_key("x-dropshot-websocket") {
            // progenitor would emit an upgrade handshake (needing `base64` and `rand`), and the
            // server runtime has no websockets.
            self.diags.push(Diagnostic::new(
                pointer::push(pointer, "x-dropshot-websocket"),
                "websocket upgrade operations are not generated",
            ));
        }
        let params = self.params(template, item, op, pointer);
        let body = self.body(op, pointer);
        let (responses, produces) = self.responses(op, pointer);
        let aliases = self.aliases(template, pointer);
        if self.diags.len() > before {
            return None;
        }
        Some(Operation {
            rust_name: id.to_snake_case(),
            type_stem: id.to_upper_camel_case(),
            id,
            pointer: pointer.to_string(),
            method,
            path: template.clone(),
            aliases,
            summary: op.summary.clone(),
            description: op.description.clone(),
            params,
            body,
            responses,
            produces,
        })
    }

    fn aliases(&mut self, template: &PathTemplate, pointer: &str) -> Vec<PathTemplate> {
        let Some(raw) = self
            .raw
            .pointer(pointer)
            .and_then(|op| op.get("x-path-aliases"))
        else {
            return Vec::new();
        };
        let at = pointer::push(pointer, "x-path-aliases");
        let Some(list) = raw.as_array() else {
            self.diags
                .push(Diagnostic::new(at, "must be a list of paths"));
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, alias) in list.iter().enumerate() {
            let at = pointer::push(&at, &i.to_string());
            match alias.as_str().map(PathTemplate::parse) {
                Some(Ok(t))
                    if t.param_names().collect::<BTreeSet<_>>()
                        == template.param_names().collect() =>
                {
                    out.push(t)
                }
                Some(Ok(_)) => self.diags.push(Diagnostic::new(
                    at,
                    "an alias must have the same path parameters as the path",
                )),
                Some(Err(e)) => self.diags.push(
                    Diagnostic::new(at, format!("bad path template: {e}")).with_hint(e.hint()),
                ),
                None => self.diags.push(Diagnostic::new(at, "must be a string")),
            }
        }
        out
    }

    fn params(
        &mut self,
        template: &PathTemplate,
        item: &PathItem,
        op: &OaOperation,
        pointer: &str,
    ) -> Vec<Param> {
        let path_pointer = pointer
            .rsplit_once('/')
            .map(|(p, _)| p)
            .unwrap_or_default()
            .to_string();
        // Operation-level parameters override path-level ones with the same name and location.
        let mut merged: Vec<(String, &ReferenceOr<Parameter>)> = Vec::new();
        let sources = [
            (path_pointer.as_str(), &item.parameters),
            (pointer, &op.parameters),
        ];
        for (base, list) in sources {
            for (i, p) in list.iter().enumerate() {
                merged.push((
                    pointer::push(&pointer::push(base, "parameters"), &i.to_string()),
                    p,
                ));
            }
        }
        let mut out: Vec<Param> = Vec::new();
        for (at, p) in merged {
            let resolved = resolve(p, &at, "parameters", |c| &c.parameters, self.spec);
            let Some(param) = self.param(resolved, &at) else {
                continue;
            };
            out.retain(|q| !(q.name == param.name && q.location == param.location));
            out.push(param);
        }
        let declared: BTreeSet<&str> = out
            .iter()
            .filter(|p| p.location == Location::Path)
            .map(|p| p.name.as_str())
            .collect();
        let in_template: BTreeSet<&str> = template.param_names().collect();
        if declared != in_template {
            self.diags.push(Diagnostic::new(
                pointer::push(pointer, "parameters"),
                format!("path parameters {declared:?} do not match the template's {in_template:?}"),
            ));
        }
        let mut rust_names = BTreeSet::new();
        for p in &out {
            if !rust_names.insert(p.rust_name.clone()) {
                self.diags.push(Diagnostic::new(
                    pointer::push(pointer, "parameters"),
                    format!("two parameters map to the Rust name `{}`", p.rust_name),
                ));
            }
        }
        out
    }

    fn param(&mut self, resolved: Result<&Parameter, Diagnostic>, at: &str) -> Option<Param> {
        let p = match resolved {
            Ok(p) => p,
            Err(d) => {
                self.diags.push(d);
                return None;
            }
        };
        let (data, location) = match p {
            Parameter::Query {
                parameter_data,
                style,
                ..
            } => {
                if !matches!(style, QueryStyle::Form) {
                    // progenitor: only form-style query parameters are supported.
                    self.diags.push(
                        Diagnostic::new(
                            pointer::push(at, "style"),
                            format!("query style {style:?} is not supported"),
                        )
                        .with_hint("use `style: form` with a scalar schema"),
                    );
                    return None;
                }
                (parameter_data, Location::Query)
            }
            Parameter::Path { parameter_data, .. } => (parameter_data, Location::Path),
            Parameter::Header { parameter_data, .. } => {
                if !crate::cookie::is_token(&parameter_data.name) {
                    self.diags.push(Diagnostic::new(
                        pointer::push(at, "name"),
                        format!(
                            "`{}` is not a header name (RFC 9110 §5.1: a token)",
                            parameter_data.name
                        ),
                    ));
                    return None;
                }
                (parameter_data, Location::Header)
            }
            Parameter::Cookie { parameter_data, .. } => {
                if !crate::cookie::is_token(&parameter_data.name) {
                    self.diags.push(
                        Diagnostic::new(
                            pointer::push(at, "name"),
                            format!(
                                "`{}` is not a cookie name (RFC 6265 §4.1.1: a token)",
                                parameter_data.name
                            ),
                        )
                        .with_hint("use letters, digits and `!#$%&'*+-.^_`|~` only"),
                    );
                    return None;
                }
                (parameter_data, Location::Cookie)
            }
        };
        let ParameterSchemaOrContent::Schema(schema) = &data.format else {
            self.diags.push(
                Diagnostic::new(
                    pointer::push(at, "content"),
                    "parameters with `content` are not supported",
                )
                .with_hint("use `schema`"),
            );
            return None;
        };
        if location == Location::Path && !data.required {
            self.diags.push(Diagnostic::new(
                pointer::push(at, "required"),
                "path parameters must be required",
            ));
        }
        match classify(
            schema,
            &pointer::push(at, "schema"),
            self.spec,
            self.settings,
            location == Location::Query,
        ) {
            Ok((TypeRef::Array(_), _) | (_, ValueKind::Json)) if location == Location::Cookie => {
                self.diags.push(
                    Diagnostic::new(
                        pointer::push(at, "schema"),
                        format!(
                            "cookie parameter `{}`: only scalar values are supported",
                            data.name
                        ),
                    )
                    .with_hint("use a string, number, integer, boolean or string enum schema"),
                );
                None
            }
            Ok((_, ValueKind::Json))
                if location != Location::Path && is_object(schema, self.spec) =>
            {
                // progenitor sends an object's fields as parameters of their own (form,
                // explode) while the server reads one value: the two would not agree.
                self.diags.push(
                    Diagnostic::new(
                        pointer::push(at, "schema"),
                        format!("`{}`: object {} parameters are not supported", data.name, if location == Location::Query { "query" } else { "header" }),
                    )
                    .with_hint("use `style: deepObject` with scalar properties, or one parameter per field"),
                );
                None
            }
            Ok((ty, kind)) => Some(Param {
                rust_name: rust_field_name(&data.name),
                name: data.name.clone(),
                location,
                required: data.required,
                ty,
                kind,
                description: data.description.clone(),
            }),
            Err(d) => {
                self.diags.push(d);
                None
            }
        }
    }
}
