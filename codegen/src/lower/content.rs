//! Request bodies and responses of one operation.

use super::names::{is_json, variant_name};
use super::*;

impl Lowering<'_> {
    pub(super) fn body(&mut self, op: &OaOperation, pointer: &str) -> Option<Body> {
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
        let object = match schema {
            ReferenceOr::Reference { reference } => reference
                .strip_prefix(crate::schema::SCHEMA_PREFIX)
                .and_then(|name| crate::schema::component(self.spec, name))
                .and_then(|s| s.as_item()),
            ReferenceOr::Item(_) => None,
        };
        let fields = object
            .map(|s| object_fields(s, self.spec))
            .unwrap_or_default();
        let nullable_fields = object
            .map(|s| nullable_fields(s, self.spec))
            .unwrap_or_default();
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
            nullable_fields,
        })
    }

    pub(super) fn responses(&mut self, op: &OaOperation, pointer: &str) -> Vec<Response> {
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
}
