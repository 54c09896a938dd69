//! Request bodies and responses of one operation.

use super::names::{range_variant_name, variant_name};
use super::*;
use crate::media::{Carrier, FORM, choose_request, choose_response, essence, is_json};

/// An alternative whose method is named once every operation is known.
fn unnamed_alternative(media_type: &str) -> Alternative {
    Alternative {
        media_type: media_type.to_string(),
        method: String::new(),
    }
}

impl Lowering<'_> {
    pub(super) fn body(&mut self, op: &OaOperation, pointer: &str) -> Option<Body> {
        let body = op.request_body.as_ref()?;
        let at = pointer::push(pointer, "requestBody");
        let body = match resolve(body, &at, "requestBodies", |c| &c.request_bodies, self.spec) {
            Ok(b) => b,
            Err(d) => {
                self.diags.push(d);
                return None;
            }
        };
        let content_at = pointer::push(&at, "content");
        let Some((media_type, carrier)) = choose_request(body.content.keys()) else {
            self.diags.push(
                Diagnostic::new(
                    content_at,
                    "only multipart types other than `multipart/form-data` are listed, which cannot be generated",
                )
                .with_hint("list `multipart/form-data`, `application/json` or `application/x-www-form-urlencoded`"),
            );
            return None;
        };
        let media = &body.content[media_type];
        let content_at = pointer::push(&content_at, media_type);
        if matches!(carrier, Carrier::Text | Carrier::Bytes) {
            let alternatives = crate::media::byte_alternatives(body.content.keys(), media_type)
                .into_iter()
                .map(|k| unnamed_alternative(k))
                .collect();
            return Some(Body {
                ty: TypeRef::Scalar("::std::vec::Vec<u8>".into()),
                encoding: BodyEncoding::Bytes,
                required: body.required,
                media_type: media_type.clone(),
                extra_media_types: Vec::new(),
                query_or_body: false,
                fields: Vec::new(),
                nullable_fields: Vec::new(),
                binary_parts: Vec::new(),
                part_media_types: Vec::new(),
                alternatives,
            });
        }
        let Some(schema) = &media.schema else {
            self.diags
                .push(Diagnostic::new(content_at, "request body without a schema"));
            return None;
        };
        let (ty, _) = match classify(
            schema,
            &pointer::push(&content_at, "schema"),
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
            ReferenceOr::Reference { reference } => {
                crate::schema::referenced_component(self.spec, reference).and_then(|s| s.as_item())
            }
            ReferenceOr::Item(_) => None,
        };
        let fields = object
            .map(|s| object_fields(s, self.spec))
            .unwrap_or_default();
        let nullable_fields = object
            .map(|s| nullable_fields(s, self.spec))
            .unwrap_or_default();
        if carrier == Carrier::Multipart {
            let Some(object) = object.filter(|_| !fields.is_empty()) else {
                self.diags.push(
                    Diagnostic::new(
                        pointer::push(&content_at, "schema"),
                        "a `multipart/form-data` body needs an object schema with properties",
                    )
                    .with_hint("describe each part as a property"),
                );
                return None;
            };
            let part_media_types = media
                .encoding
                .iter()
                .filter_map(|(name, e)| Some((name.clone(), e.content_type.clone()?)))
                .collect();
            return Some(Body {
                ty,
                encoding: BodyEncoding::Multipart,
                required: body.required,
                media_type: media_type.clone(),
                extra_media_types: Vec::new(),
                query_or_body: false,
                binary_parts: crate::media::binary_parts(object),
                fields,
                nullable_fields,
                part_media_types,
                alternatives: Vec::new(),
            });
        }
        let op_raw = self.raw.pointer(pointer);
        let query_or_body = op_raw
            .and_then(|o| o.get("x-query-or-body"))
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        let mut extra_media_types = Vec::new();
        if carrier == Carrier::Json && body.content.keys().any(|k| essence(k) == FORM) {
            extra_media_types.push(FORM.to_string());
        }
        // Form and multipart beside the preferred type, when they describe the same schema (so
        // that one body type serves every method). Binary properties stay strings here: the
        // JSON method shares the type.
        let mut alternatives = Vec::new();
        let mut part_media_types = Vec::new();
        for (key, other) in &body.content {
            let e = essence(key);
            let wanted = (e == FORM && carrier == Carrier::Json) || e == crate::media::MULTIPART;
            // An `x-query-or-body` operation is sent in its query form only (see the client view).
            if key == media_type || !wanted || fields.is_empty() || query_or_body {
                continue;
            }
            if other.schema.as_ref().is_some_and(|s| s != schema) {
                self.notes.push(Diagnostic::new(
                    pointer::push(&pointer::push(&at, "content"), key),
                    format!("`{key}` has another schema than `{media_type}`: the client sends `{media_type}` only"),
                ));
                continue;
            }
            if e == crate::media::MULTIPART {
                part_media_types = other
                    .encoding
                    .iter()
                    .filter_map(|(name, e)| Some((name.clone(), e.content_type.clone()?)))
                    .collect();
            }
            alternatives.push(unnamed_alternative(key));
        }
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
                        pointer::push(pointer, "x-extra-request-media-types"),
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
            encoding: BodyEncoding::Decoded,
            required: body.required,
            media_type: media_type.clone(),
            extra_media_types,
            query_or_body,
            fields,
            nullable_fields,
            binary_parts: Vec::new(),
            part_media_types,
            alternatives,
        })
    }

    /// The responses, and what the operation's success responses can be sent as when some
    /// response lists several media types (else empty: no `Accept` negotiation).
    pub(super) fn responses(
        &mut self,
        op: &OaOperation,
        pointer: &str,
    ) -> (Vec<Response>, Vec<String>) {
        let mut several_listed = false;
        let at = pointer::push(pointer, "responses");
        let listed = op.responses.responses.iter().map(|(status, r)| {
            let status = match status {
                StatusCode::Code(c) => Status::Code(*c),
                StatusCode::Range(r) => Status::Range(*r),
            };
            (status, r)
        });
        let default = op.responses.default.iter().map(|r| (Status::Default, r));
        let mut out = Vec::new();
        for (status, response) in listed.chain(default) {
            let status_at = pointer::push(&at, &status.to_string());
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
            let json_media_type = match choose_response(response.content.keys()) {
                Some((media_type, Carrier::Json)) if essence(media_type) != "application/json" => {
                    Some(essence(media_type))
                }
                _ => None,
            };
            let body = match choose_response(response.content.keys()) {
                None => None,
                Some((media_type, Carrier::Json)) => {
                    let media_at = pointer::push(&pointer::push(&status_at, "content"), media_type);
                    match &response.content[media_type].schema {
                        // Any JSON at all (the client view says `{}` for progenitor).
                        None => Some(Payload::Typed(TypeRef::Scalar(
                            "::serde_json::Value".into(),
                        ))),
                        Some(schema) => match classify(
                            schema,
                            &pointer::push(&media_at, "schema"),
                            self.spec,
                            self.settings,
                            true,
                        ) {
                            Ok((ty, _)) => Some(Payload::Typed(ty)),
                            Err(d) => {
                                self.diags.push(d);
                                continue;
                            }
                        },
                    }
                }
                Some((media_type, _)) => Some(Payload::Bytes {
                    media_type: essence(media_type),
                }),
            };
            let sendable = match choose_response(response.content.keys()) {
                None => Vec::new(),
                Some((chosen, Carrier::Json)) => {
                    let schema = &response.content[chosen].schema;
                    response
                        .content
                        .iter()
                        .filter(|(k, m)| is_json(k) && m.schema == *schema)
                        .map(|(k, _)| essence(k))
                        .collect()
                }
                Some((chosen, _)) => vec![essence(chosen)],
            };
            several_listed |= response.content.len() > 1;
            out.push(Response {
                status,
                description: response.description.clone(),
                body,
                sendable,
                json_media_type,
                variant: match status {
                    Status::Code(code) => variant_name(code),
                    Status::Range(class) => range_variant_name(class),
                    Status::Default => "Default".to_string(),
                },
            });
        }
        if out.is_empty() {
            // Nothing documented (progenitor then expects any 2xx): the server answers with a
            // status of the implementer's choice.
            out.push(Response {
                status: Status::Default,
                description: "no response is documented".to_string(),
                body: None,
                sendable: Vec::new(),
                json_media_type: None,
                variant: "Default".to_string(),
            });
        }
        let mut produces: Vec<String> = Vec::new();
        if several_listed {
            let any_success = out.iter().any(Response::is_success);
            for r in &out {
                let success = r.is_success() || (r.status == Status::Default && !any_success);
                for m in r.sendable.iter().filter(|_| success) {
                    if !produces.contains(m) {
                        produces.push(m.clone());
                    }
                }
            }
        }
        (out, produces)
    }
}
