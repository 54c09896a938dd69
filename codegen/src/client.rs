//! Client emitter: progenitor (builder style) over the client view of the document (see
//! `crate::client_view`).

use crate::error::{Diagnostic, Error};
use crate::ir::Api;
use crate::settings::Settings;
use crate::timings::Timings;
use openapiv3::OpenAPI;
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
    if crate::multipart::only(api) {
        gs.with_conversion(
            string_format_schema(crate::media::BINARY_PART_FORMAT),
            "::std::vec::Vec<u8>",
            std::iter::empty(),
        );
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
    timings: &mut Timings,
) -> Result<(TokenStream, Generator), Error> {
    let view = timings.time("client view", || crate::client_view::client_view(spec, api));
    let mut generator = Generator::new(&generation_settings(api, settings));
    // progenitor panics on some shapes; validation rejects every one we know of, and this
    // catch turns an unknown one into an error instead of tearing down the caller.
    let result = timings.time("progenitor", || {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            generator.generate_tokens(&view)
        }))
    });
    match result {
        Ok(Ok(tokens)) => Ok((crate::client_rewrite::rewrite(tokens, api)?, generator)),
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

/// The operations progenitor fails on, found by bisection (a handful of generations, not one
/// per operation), each as a diagnostic at its pointer; when it fails with no operation at all,
/// the fault is in the component schemas.
pub(crate) fn locate_failures(
    spec: &OpenAPI,
    api: &Api,
    settings: &Settings,
    message: &str,
) -> Vec<Diagnostic> {
    let attempt = |indices: &[usize]| -> Option<String> {
        let mut subset = api.clone();
        subset.operations = indices.iter().map(|i| api.operations[*i].clone()).collect();
        generate(spec, &subset, settings, &mut Timings::on("bisect"))
            .err()
            .map(|e| e.to_string())
    };
    if let Some(message) = attempt(&[]) {
        return vec![
            Diagnostic::new("/components/schemas", message)
                .with_hint("a component schema has a shape typify cannot take"),
        ];
    }
    let all: Vec<usize> = (0..api.operations.len()).collect();
    let mut found = Vec::new();
    bisect(&all, &attempt, &mut found);
    if found.is_empty() {
        return vec![Diagnostic::new("", message.to_string())];
    }
    found
        .into_iter()
        .map(|(i, message)| {
            Diagnostic::new(api.operations[i].pointer.clone(), message)
                .with_hint("progenitor cannot generate this operation")
        })
        .collect()
}

fn bisect(
    indices: &[usize],
    attempt: &dyn Fn(&[usize]) -> Option<String>,
    found: &mut Vec<(usize, String)>,
) {
    let Some(message) = attempt(indices) else {
        return;
    };
    if let [only] = indices {
        found.push((*only, message));
        return;
    }
    let (a, b) = indices.split_at(indices.len() / 2);
    let before = found.len();
    bisect(a, attempt, found);
    bisect(b, attempt, found);
    if found.len() == before {
        // Each half generates, the two together do not (two operations make the same type
        // name): the second half is at fault beside the first.
        found.extend(b.iter().map(|i| (*i, message.clone())));
    }
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
