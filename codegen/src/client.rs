//! Client emitter: progenitor (builder style) over a "client view" of the document.
//!
//! The client view is the document with the shapes progenitor cannot take rewritten in a way
//! that loses nothing a client needs: a body-less 2xx next to a 2xx with a body is dropped
//! (progenitor asserts one success type; a client gets such a reply as
//! `Error::UnexpectedResponse` with the status intact), and an `x-query-or-body` operation is
//! sent in its query form only (progenitor would make the optional body mandatory).

use crate::error::Error;
use crate::ir::Api;
use crate::settings::Settings;
use openapiv3::{OpenAPI, ReferenceOr, StatusCode};
use proc_macro2::TokenStream;
use progenitor_impl::{
    GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl,
};
use schemars_compat::string_format_schema;

/// progenitor settings shared by the client and the server types, so both sides get the same
/// Rust types for the same schemas.
pub(crate) fn generation_settings(api: &Api, settings: &Settings) -> GenerationSettings {
    let mut gs = GenerationSettings::default();
    gs.with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("PartialEq");
    for (format, rust_type) in &settings.custom_formats {
        gs.with_conversion(
            string_format_schema(format),
            rust_type,
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    for e in &api.open_enums {
        let path = format!("{}::open_enums::{}", settings.module_path, e.name);
        gs.with_replacement(
            &e.name,
            path,
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    if let Some(inner) = &settings.client_inner_type {
        let inner: TokenStream = inner.parse().unwrap_or_default();
        gs.with_inner_type(inner);
    }
    if settings.client_hooks_expected {
        gs.with_hooks(HooksMode::Expected);
    }
    gs
}

/// Run progenitor over the client view of `spec`; returns the generator too, whose type space
/// the server emitter reuses.
pub(crate) fn generate(
    spec: &OpenAPI,
    api: &Api,
    settings: &Settings,
) -> Result<(TokenStream, Generator), Error> {
    let view = client_view(spec);
    let mut generator = Generator::new(&generation_settings(api, settings));
    // progenitor panics on some shapes; validation rejects every one we know of, and this
    // catch turns an unknown one into an error instead of tearing down the caller.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        generator.generate_tokens(&view)
    }));
    match result {
        Ok(Ok(tokens)) => Ok((tokens, generator)),
        Ok(Err(e)) => Err(Error::Progenitor(e.to_string())),
        Err(panic) => {
            let msg = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "panic".into());
            Err(Error::Progenitor(format!("progenitor panicked: {msg}")))
        }
    }
}

fn client_view(spec: &OpenAPI) -> OpenAPI {
    let mut view = spec.clone();
    for (_, item) in view.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let ops = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.options,
            &mut item.head,
            &mut item.patch,
            &mut item.trace,
        ];
        for op in ops.into_iter().flatten() {
            // `x-query-or-body`: the documented form is the query string, and progenitor would
            // make the (optional) body mandatory, so the client sends the query form only.
            if op.extensions.get("x-query-or-body") == Some(&serde_json::Value::Bool(true)) {
                op.request_body = None;
            }
            let has_body = |r: &ReferenceOr<openapiv3::Response>| match r {
                ReferenceOr::Item(r) => !r.content.is_empty(),
                ReferenceOr::Reference { reference } => reference_has_body(spec, reference),
            };
            let is_success =
                |s: &StatusCode| matches!(s, StatusCode::Code(c) if (200..300).contains(c));
            let any_success_body = op
                .responses
                .responses
                .iter()
                .any(|(s, r)| is_success(s) && has_body(r));
            if any_success_body {
                op.responses
                    .responses
                    .retain(|s, r| !is_success(s) || has_body(r));
            }
        }
    }
    view
}

fn reference_has_body(spec: &OpenAPI, reference: &str) -> bool {
    reference
        .strip_prefix("#/components/responses/")
        .and_then(|name| spec.components.as_ref()?.responses.get(name))
        .and_then(|r| r.as_item())
        .is_some_and(|r| !r.content.is_empty())
}

/// The schemars schema that progenitor produces for `{type: string, format: <format>}`; typify
/// matches conversions on it (ignoring metadata such as descriptions).
mod schemars_compat {
    use schemars::schema::{InstanceType, SchemaObject, SingleOrVec};

    pub fn string_format_schema(format: &str) -> SchemaObject {
        SchemaObject {
            instance_type: Some(SingleOrVec::Single(Box::new(InstanceType::String))),
            format: Some(format.to_string()),
            ..Default::default()
        }
    }
}
