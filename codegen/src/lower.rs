//! Pass 2: validate the document and lower it to the IR in one walk.
//!
//! Every construct the emitters cannot handle becomes a [`Diagnostic`]; the walk goes on after a
//! problem so that one run reports all of them. Checks that exist because progenitor would
//! panic are marked `progenitor:`.

use crate::error::{Diagnostic, Error, pointer_push};
use crate::ir::*;
use crate::load::Document;
use crate::schema::{classify, object_fields, resolve};
use crate::settings::Settings;
use heck::{ToSnakeCase, ToUpperCamelCase};
use openapiv3::{
    OpenAPI, Operation as OaOperation, Parameter, ParameterSchemaOrContent, PathItem, QueryStyle,
    ReferenceOr, SchemaKind, StatusCode, Type,
};
use std::collections::{BTreeMap, BTreeSet};

const FORM: &str = "application/x-www-form-urlencoded";

/// Validate `doc` and lower it, or return every problem found.
pub fn lower(doc: &Document, settings: &Settings) -> Result<Api, Error> {
    let mut cx = Lowering {
        spec: &doc.spec,
        raw: &doc.raw,
        settings,
        diags: Vec::new(),
    };
    let api = cx.api();
    if cx.diags.is_empty() {
        Ok(api)
    } else {
        Err(Error::Invalid(cx.diags))
    }
}

struct Lowering<'a> {
    spec: &'a OpenAPI,
    raw: &'a serde_json::Value,
    settings: &'a Settings,
    diags: Vec<Diagnostic>,
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
            let path_pointer = pointer_push("/paths", path);
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
                    self.diags.push(Diagnostic::new(
                        path_pointer,
                        format!("bad path template: {e}"),
                    ));
                    continue;
                }
            };
            for (method, op) in item.iter() {
                let pointer = pointer_push(&path_pointer, method);
                if let Some(op) = self.operation(&template, item, method, op, &pointer) {
                    if let Some(prev) = ids.insert(op.id.clone(), pointer.clone()) {
                        self.diags.push(Diagnostic::new(
                            pointer_push(&pointer, "operationId"),
                            format!("operationId `{}` is also used at {prev}", op.id),
                        ));
                    } else if let Some(prev) =
                        rust_names.insert(op.rust_name.clone(), pointer.clone())
                    {
                        self.diags.push(
                            Diagnostic::new(
                                pointer_push(&pointer, "operationId"),
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
        }
    }

    /// Every `$ref` anywhere must be local and resolve: typify panics on a dangling one inside
    /// a component schema.
    fn check_references(&mut self, node: &serde_json::Value, pointer: String) {
        match node {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(target)) = map.get("$ref") {
                    let at = pointer_push(&pointer, "$ref");
                    match target.strip_prefix('#') {
                        Some(local) if self.raw.pointer(local).is_some() => {}
                        Some(_) => self
                            .diags
                            .push(Diagnostic::new(at, format!("`{target}` does not exist"))),
                        None => self.diags.push(
                            Diagnostic::new(
                                at,
                                format!("external reference `{target}` is not supported"),
                            )
                            .with_hint("bundle the document into one file first"),
                        ),
                    }
                }
                let in_schema =
                    pointer.starts_with("/components/schemas/") || pointer.contains("/schema");
                if let (true, Some(serde_json::Value::String(ty))) = (in_schema, map.get("type"))
                    && !["string", "number", "integer", "boolean", "array", "object"]
                        .contains(&ty.as_str())
                {
                    self.diags.push(Diagnostic::new(
                        pointer_push(&pointer, "type"),
                        format!("`{ty}` is not an OpenAPI 3.0 type"),
                    ));
                }
                if let Some(serde_json::Value::Array(values)) = map.get("enum") {
                    self.check_enum_variants(values, &pointer);
                }
                for (key, value) in map {
                    self.check_references(value, pointer_push(&pointer, key));
                }
            }
            serde_json::Value::Array(items) => {
                for (i, value) in items.iter().enumerate() {
                    self.check_references(value, pointer_push(&pointer, &i.to_string()));
                }
            }
            _ => {}
        }
    }

    /// typify names enum variants after their values and panics when two collide (`a`, `A`).
    fn check_enum_variants(&mut self, values: &[serde_json::Value], pointer: &str) {
        if values.iter().any(|v| v.is_array() || v.is_object()) {
            self.diags.push(Diagnostic::new(
                pointer_push(pointer, "enum"),
                "enum values must be scalars",
            ));
        }
        let mut seen = BTreeMap::new();
        for value in values.iter().filter_map(|v| v.as_str()) {
            if let Some(previous) = seen.insert(value.to_upper_camel_case(), value) {
                self.diags.push(
                    Diagnostic::new(
                        pointer_push(pointer, "enum"),
                        format!(
                            "enum values `{previous}` and `{value}` give the same Rust variant name"
                        ),
                    )
                    .with_hint("enum values must stay distinct after conversion to UpperCamelCase"),
                );
            }
        }
    }

    /// Both emitters spell a component's type as its name: insist the name already is a Rust
    /// type name in the form typify produces, so nothing has to guess typify's renaming.
    fn check_component_names(&mut self) {
        let Some(components) = &self.spec.components else {
            return;
        };
        for name in components.schemas.keys() {
            if name.to_upper_camel_case() != *name || name.starts_with(|c: char| c.is_ascii_digit())
            {
                self.diags.push(
                    Diagnostic::new(
                        pointer_push("/components/schemas", name),
                        format!("schema name `{name}` is not UpperCamelCase"),
                    )
                    .with_hint(format!("rename it to `{}`", name.to_upper_camel_case())),
                );
            }
        }
    }

    fn open_enums(&mut self) -> Vec<OpenEnum> {
        let mut out = Vec::new();
        let Some(schemas) = self
            .raw
            .pointer("/components/schemas")
            .and_then(|v| v.as_object())
        else {
            return out;
        };
        for (name, raw) in schemas {
            if raw.get("x-open-enum").and_then(|v| v.as_bool()) != Some(true) {
                continue;
            }
            let pointer = pointer_push("/components/schemas", name);
            let schema = self
                .spec
                .components
                .as_ref()
                .and_then(|c| c.schemas.get(name))
                .and_then(|s| s.as_item());
            let values = match schema.map(|s| &s.schema_kind) {
                Some(SchemaKind::Type(Type::String(s)))
                    if !s.enumeration.is_empty()
                        && !schema.is_some_and(|s| s.schema_data.nullable) =>
                {
                    s.enumeration.iter().flatten().cloned().collect::<Vec<_>>()
                }
                _ => {
                    self.diags.push(Diagnostic::new(
                        pointer_push(&pointer, "x-open-enum"),
                        "`x-open-enum` needs a non-nullable string schema with `enum` values",
                    ));
                    continue;
                }
            };
            let mut variants = Vec::new();
            let mut seen = BTreeSet::new();
            for value in values {
                let mut ident = value.to_upper_camel_case();
                if ident.is_empty() || ident.starts_with(|c: char| c.is_ascii_digit()) {
                    ident = format!("V{ident}");
                }
                if ident == "Other" || !seen.insert(ident.clone()) {
                    self.diags.push(Diagnostic::new(
                        pointer_push(&pointer, "enum"),
                        format!(
                            "enum value `{value}` gives the Rust variant `{ident}`, which is taken"
                        ),
                    ));
                }
                variants.push((value, ident));
            }
            let description = schema.and_then(|s| s.schema_data.description.clone());
            out.push(OpenEnum {
                name: name.clone(),
                description,
                variants,
            });
        }
        out
    }

    fn error_template(&mut self) -> Option<serde_json::Value> {
        let template = self.raw.get("x-error-body-template")?;
        if !template.is_object() {
            self.diags.push(Diagnostic::new(
                "/x-error-body-template",
                "must be a JSON object",
            ));
            return None;
        }
        Some(template.clone())
    }

    fn operation(
        &mut self,
        template: &PathTemplate,
        item: &PathItem,
        method: &str,
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
        let method = match method {
            "get" => Method::Get,
            "put" => Method::Put,
            "post" => Method::Post,
            "delete" => Method::Delete,
            "options" => Method::Options,
            "head" => Method::Head,
            "patch" => Method::Patch,
            _ => Method::Trace,
        };
        let before = self.diags.len();
        let params = self.params(template, item, op, pointer);
        let body = self.body(op, pointer);
        let responses = self.responses(op, pointer);
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
        let at = pointer_push(pointer, "x-path-aliases");
        let Some(list) = raw.as_array() else {
            self.diags
                .push(Diagnostic::new(at, "must be a list of paths"));
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, alias) in list.iter().enumerate() {
            let at = pointer_push(&at, &i.to_string());
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
                Some(Err(e)) => self
                    .diags
                    .push(Diagnostic::new(at, format!("bad path template: {e}"))),
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
                    pointer_push(&pointer_push(base, "parameters"), &i.to_string()),
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
                pointer_push(pointer, "parameters"),
                format!("path parameters {declared:?} do not match the template's {in_template:?}"),
            ));
        }
        let mut rust_names = BTreeSet::new();
        for p in &out {
            if !rust_names.insert(p.rust_name.clone()) {
                self.diags.push(Diagnostic::new(
                    pointer_push(pointer, "parameters"),
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
                            pointer_push(at, "style"),
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
                self.diags.push(
                    Diagnostic::new(
                        at.to_string(),
                        format!(
                            "header parameter `{}` is not supported",
                            parameter_data.name
                        ),
                    )
                    .with_hint("model headers in the transport layer, not as operation parameters"),
                );
                return None;
            }
            Parameter::Cookie { parameter_data, .. } => {
                // progenitor: cookie parameters are rejected.
                self.diags.push(Diagnostic::new(
                    at.to_string(),
                    format!(
                        "cookie parameter `{}` is not supported",
                        parameter_data.name
                    ),
                ));
                return None;
            }
        };
        let ParameterSchemaOrContent::Schema(schema) = &data.format else {
            self.diags.push(
                Diagnostic::new(
                    pointer_push(at, "content"),
                    "parameters with `content` are not supported",
                )
                .with_hint("use `schema`"),
            );
            return None;
        };
        if location == Location::Path && !data.required {
            self.diags.push(Diagnostic::new(
                pointer_push(at, "required"),
                "path parameters must be required",
            ));
        }
        match classify(
            schema,
            &pointer_push(at, "schema"),
            self.spec,
            self.settings,
            false,
        ) {
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

    fn body(&mut self, op: &OaOperation, pointer: &str) -> Option<Body> {
        let body = op.request_body.as_ref()?;
        let at = pointer_push(pointer, "requestBody");
        let body = match resolve(body, &at, "requestBodies", |c| &c.request_bodies, self.spec) {
            Ok(b) => b,
            Err(d) => {
                self.diags.push(d);
                return None;
            }
        };
        if body.content.len() != 1 {
            // progenitor: more than one request media type panics.
            self.diags.push(
                Diagnostic::new(pointer_push(&at, "content"), format!("{} request media types; exactly one is supported", body.content.len()))
                    .with_hint("keep `application/json` and list further encodings in `x-extra-request-media-types`"),
            );
            return None;
        }
        let (media_type, media) = body.content.first()?;
        let content_at = pointer_push(&pointer_push(&at, "content"), media_type);
        if !is_json(media_type) {
            self.diags.push(
                Diagnostic::new(
                    content_at,
                    format!("request media type `{media_type}` is not supported"),
                )
                .with_hint("use `application/json`"),
            );
            return None;
        }
        let Some(schema) = &media.schema else {
            self.diags
                .push(Diagnostic::new(content_at, "request body without a schema"));
            return None;
        };
        let (ty, _) = match classify(
            schema,
            &pointer_push(&content_at, "schema"),
            self.spec,
            self.settings,
            true,
        ) {
            Ok(t) => t,
            Err(d) => {
                self.diags.push(d);
                return None;
            }
        };
        let fields = match schema {
            ReferenceOr::Reference { reference } => reference
                .strip_prefix(crate::schema::SCHEMA_PREFIX)
                .and_then(|name| crate::schema::component(self.spec, name))
                .and_then(|s| s.as_item())
                .map(|s| object_fields(s, self.spec))
                .unwrap_or_default(),
            ReferenceOr::Item(_) => Vec::new(),
        };
        let op_raw = self.raw.pointer(pointer);
        let query_or_body = op_raw
            .and_then(|o| o.get("x-query-or-body"))
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        let mut extra_media_types = Vec::new();
        if let Some(extra) = op_raw.and_then(|o| o.get("x-extra-request-media-types")) {
            let list = extra
                .as_array()
                .map(|l| l.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>())
                .unwrap_or_default();
            for m in list {
                if m == FORM || is_json(m) {
                    extra_media_types.push(m.to_string());
                } else {
                    self.diags.push(Diagnostic::new(
                        pointer_push(pointer, "x-extra-request-media-types"),
                        format!("`{m}` is not supported; JSON and `{FORM}` are"),
                    ));
                }
            }
        }
        if (query_or_body || !extra_media_types.is_empty()) && fields.is_empty() {
            self.diags.push(Diagnostic::new(
                pointer.to_string(),
                "`x-query-or-body` and form encodings need an object body schema under components",
            ));
        }
        Some(Body {
            ty,
            required: body.required,
            media_type: media_type.clone(),
            extra_media_types,
            query_or_body,
            fields,
        })
    }

    fn responses(&mut self, op: &OaOperation, pointer: &str) -> Vec<Response> {
        let at = pointer_push(pointer, "responses");
        if op.responses.default.is_some() {
            self.diags.push(
                Diagnostic::new(
                    pointer_push(&at, "default"),
                    "`default` responses are not supported",
                )
                .with_hint("list each status code"),
            );
        }
        let mut out = Vec::new();
        for (status, response) in &op.responses.responses {
            let status_at = pointer_push(&at, &status.to_string());
            let StatusCode::Code(code) = status else {
                self.diags.push(
                    Diagnostic::new(status_at, "status ranges are not supported")
                        .with_hint("list each status code"),
                );
                continue;
            };
            let response = match resolve(
                response,
                &status_at,
                "responses",
                |c| &c.responses,
                self.spec,
            ) {
                Ok(r) => r,
                Err(d) => {
                    self.diags.push(d);
                    continue;
                }
            };
            let body = match response.content.len() {
                0 => None,
                1 => {
                    let (media_type, media) = response.content.first().expect("length checked");
                    let media_at = pointer_push(&pointer_push(&status_at, "content"), media_type);
                    if !is_json(media_type) {
                        self.diags.push(
                            Diagnostic::new(
                                media_at,
                                format!("response media type `{media_type}` is not supported"),
                            )
                            .with_hint("use `application/json`"),
                        );
                        continue;
                    }
                    match &media.schema {
                        None => {
                            self.diags.push(Diagnostic::new(
                                media_at,
                                "response content without a schema",
                            ));
                            continue;
                        }
                        Some(schema) => match classify(
                            schema,
                            &pointer_push(&media_at, "schema"),
                            self.spec,
                            self.settings,
                            true,
                        ) {
                            Ok((ty, _)) => Some(ty),
                            Err(d) => {
                                self.diags.push(d);
                                continue;
                            }
                        },
                    }
                }
                n => {
                    self.diags.push(Diagnostic::new(
                        pointer_push(&status_at, "content"),
                        format!("{n} response media types; one is supported"),
                    ));
                    continue;
                }
            };
            out.push(Response {
                status: *code,
                description: response.description.clone(),
                body,
                variant: variant_name(*code),
            });
        }
        // progenitor: one body type across successes, one across errors. A success without a
        // body beside one with a body is fine: the client emitter hides it from progenitor.
        let success: BTreeSet<_> = out
            .iter()
            .filter(|r| r.is_success())
            .filter_map(|r| r.body.as_ref())
            .map(|t| format!("{t:?}"))
            .collect();
        if success.len() > 1 {
            self.diags.push(
                Diagnostic::new(
                    at.clone(),
                    format!(
                        "success responses use {} different body schemas",
                        success.len()
                    ),
                )
                .with_hint("use one schema for every 2xx response that has a body"),
            );
        }
        let errors: BTreeSet<_> = out
            .iter()
            .filter(|r| !r.is_success())
            .map(|r| format!("{:?}", r.body))
            .collect();
        if errors.len() > 1 {
            self.diags.push(
                Diagnostic::new(
                    at.clone(),
                    "error responses differ in body schema (or some have none)",
                )
                .with_hint("give every 4xx/5xx response the same error schema"),
            );
        }
        if out.is_empty() {
            self.diags
                .push(Diagnostic::new(at, "operation declares no responses"));
        }
        out
    }

    /// Two operations on the same method whose templates could match the same request would
    /// make routing depend on table order: refuse that up front.
    fn check_route_overlaps(&mut self, operations: &[Operation]) {
        let mut seen: BTreeMap<(Method, String), &str> = BTreeMap::new();
        for op in operations {
            for t in std::iter::once(&op.path).chain(&op.aliases) {
                let key = shape_key(t, true);
                if let Some(prev) = seen.insert((op.method, key), &op.id) {
                    self.diags.push(Diagnostic::new(
                        op.pointer.clone(),
                        format!(
                            "{} {} overlaps with operation `{prev}`",
                            op.method.as_str(),
                            t.raw
                        ),
                    ));
                }
            }
        }
    }
}

/// A key that is equal for templates that match the same requests (parameters renamed).
fn shape_key(t: &PathTemplate, fold_case: bool) -> String {
    t.segments
        .iter()
        .map(|s| {
            s.parts
                .iter()
                .map(|p| match p {
                    Part::Literal(l) if fold_case => l.to_ascii_lowercase(),
                    Part::Literal(l) => l.clone(),
                    Part::Param(_) => "{}".to_string(),
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn is_json(media_type: &str) -> bool {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
}

/// `$filter` → `filter`, `RequestedTTL` → `requested_ttl`, `type` → `type_`.
pub(crate) fn rust_field_name(name: &str) -> String {
    let mut snake = name.trim_start_matches('$').to_snake_case();
    if snake.is_empty() || snake.starts_with(|c: char| c.is_ascii_digit()) {
        snake = format!("p_{snake}");
    }
    if syn::parse_str::<syn::Ident>(&snake).is_err() {
        snake.push('_');
    }
    snake
}

/// Response-enum variant for a status code: the reason phrase in UpperCamelCase.
fn variant_name(code: u16) -> String {
    let phrase = match code {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        206 => "PartialContent",
        301 => "MovedPermanently",
        302 => "Found",
        303 => "SeeOther",
        304 => "NotModified",
        307 => "TemporaryRedirect",
        308 => "PermanentRedirect",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "LengthRequired",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        428 => "PreconditionRequired",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => return format!("Status{code}"),
    };
    phrase.to_string()
}
