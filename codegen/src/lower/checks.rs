//! Document-wide checks that are not about one operation: references, enum variant names,
//! component names, open enums, the error template, overlapping routes.

use super::*;
use openapi_core::Case;
use openapi_core::reference::{Problem, RefError};

impl Lowering<'_> {
    /// Every `$ref` anywhere must be local and resolve: typify panics on a dangling one inside
    /// a component schema.
    pub(super) fn check_references(&mut self, node: &serde_json::Value, pointer: String) {
        match node {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(target)) = map.get("$ref") {
                    let at = pointer::push(&pointer, "$ref");
                    let problem = match openapi_core::reference::local_pointer(target) {
                        Ok(local) if self.raw.pointer(&local).is_some() => None,
                        Ok(_) => Some(Problem::Dangling),
                        Err(problem) => Some(problem),
                    };
                    if let Some(problem) = problem {
                        let error = RefError {
                            pointer: at,
                            reference: target.clone(),
                            problem,
                        };
                        self.diags.push(crate::schema::ref_diagnostic(&error, None));
                    }
                }
                let in_schema =
                    pointer.starts_with("/components/schemas/") || pointer.contains("/schema");
                if let (true, Some(serde_json::Value::String(ty))) = (in_schema, map.get("type"))
                    && !["string", "number", "integer", "boolean", "array", "object"]
                        .contains(&ty.as_str())
                {
                    self.diags.push(Diagnostic::new(
                        pointer::push(&pointer, "type"),
                        format!("`{ty}` is not an OpenAPI 3.0 type"),
                    ));
                }
                if let Some(serde_json::Value::Array(values)) = map.get("enum") {
                    self.check_enum_variants(values, &pointer);
                }
                for (key, value) in map {
                    // Examples, defaults, enum values and extensions are data: a `type` or a
                    // `$ref` key inside them means nothing.
                    let data = matches!(key.as_str(), "example" | "default" | "enum")
                        || key.starts_with("x-")
                        || (key == "value" && pointer.contains("/examples/"));
                    if !data {
                        self.check_references(value, pointer::push(&pointer, key));
                    }
                }
            }
            serde_json::Value::Array(items) => {
                for (i, value) in items.iter().enumerate() {
                    self.check_references(value, pointer::push(&pointer, &i.to_string()));
                }
            }
            _ => {}
        }
    }

    /// typify names enum variants after their values and panics when two collide (`a`, `A`).
    pub(super) fn check_enum_variants(&mut self, values: &[serde_json::Value], pointer: &str) {
        if values.iter().any(|v| v.is_array() || v.is_object()) {
            self.diags.push(Diagnostic::new(
                pointer::push(pointer, "enum"),
                "enum values must be scalars",
            ));
        }
        let strings: Vec<&str> = values.iter().filter_map(|v| v.as_str()).collect();
        if crate::normalize::variant_names(&strings).is_none() {
            // normalization turns such enums into plain strings; this is a safety net.
            self.diags.push(
                Diagnostic::new(
                    pointer::push(pointer, "enum"),
                    format!("enum values {strings:?} give the same Rust variant names"),
                )
                .with_hint("enum values must stay distinct after conversion to UpperCamelCase"),
            );
        }
    }

    /// Both emitters spell a component's type as its name: insist the name already is a Rust
    /// type name in the form typify produces, so nothing has to guess typify's renaming.
    pub(super) fn check_component_names(&mut self) {
        let Some(components) = &self.spec.components else {
            return;
        };
        for name in components.schemas.keys() {
            if crate::normalize::type_name(name) != *name {
                self.diags.push(
                    Diagnostic::new(
                        pointer::push("/components/schemas", name),
                        format!("schema name `{name}` is not UpperCamelCase"),
                    )
                    .with_hint(format!(
                        "rename it to `{}`",
                        crate::normalize::type_name(name)
                    )),
                );
            }
        }
    }

    pub(super) fn open_enums(&mut self) -> Vec<OpenEnum> {
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
            let pointer = pointer::push("/components/schemas", name);
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
                        pointer::push(&pointer, "x-open-enum"),
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
                        pointer::push(&pointer, "enum"),
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

    pub(super) fn error_template(&mut self) -> Option<serde_json::Value> {
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

    /// Two operations on the same method whose templates could match the same request would
    /// make routing depend on table order: refuse that up front.
    pub(super) fn check_route_overlaps(&mut self, operations: &[Operation]) {
        let mut seen: BTreeMap<(Method, String), &str> = BTreeMap::new();
        for op in operations {
            for t in std::iter::once(&op.path).chain(&op.aliases) {
                // Case-folded whatever the API's setting: two routes that differ only in case are
                // refused even for a case-sensitive API, as before the switch to openapi-core.
                let key = t.shape(Case::Insensitive);
                if let Some(prev) = seen.insert((op.method, key), &op.id) {
                    self.diags.push(Diagnostic::new(
                        op.pointer.clone(),
                        format!(
                            "{} {} overlaps with operation `{prev}`",
                            op.method.as_str(),
                            t.raw()
                        ),
                    ));
                }
            }
        }
    }
}
