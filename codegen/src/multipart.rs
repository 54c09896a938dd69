//! `multipart/form-data` request bodies through progenitor, which has no multipart support.
//!
//! The client view shows progenitor a multipart-only body as a JSON body of the same schema,
//! with its inline `format: binary` properties re-marked as [`BINARY_PART_FORMAT`], which
//! typify turns into `Vec<u8>` (a conversion in [`crate::client::generation_settings`]). Both
//! sides share that one body type. progenitor then writes `.json(&body)` in the operation's
//! `send`; [`rewrite_file`] replaces it with
//! `.multipart(super::multipart_form(&body, BINARY, MEDIA_TYPES)?)`, a reqwest multipart form
//! built by a helper emitted into the client module: one part per property that is not `None`,
//! binary properties as bytes (`application/octet-stream`, or the first `encoding.contentType`),
//! strings, numbers and booleans as text, objects and arrays as one `application/json` part.
//! The server (`server-runtime`'s `multipart_body`) reads the parts back by the same rules.
//!
//! Limits: a binary property behind a `$ref` stays a string on both sides; a body component
//! also used as JSON elsewhere gets `Vec<u8>` there too (an array of numbers in JSON).

use crate::client_rewrite::{Case, progenitor_name};
use crate::error::Error;
use crate::ir::{Api, BodyEncoding};
use crate::media::BINARY_PART_FORMAT;
use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;
use syn::visit_mut::VisitMut;

/// Whether any operation of `api` takes a multipart body only.
pub(crate) fn only(api: &Api) -> bool {
    api.operations.iter().any(|op| {
        op.body
            .as_ref()
            .is_some_and(|b| b.encoding == BodyEncoding::Multipart)
    })
}

/// Whether any client method sends multipart (the only type, or an alternative).
pub(crate) fn used(api: &Api) -> bool {
    only(api)
        || api.operations.iter().any(|op| {
            op.body.as_ref().is_some_and(|b| {
                b.alternatives
                    .iter()
                    .any(|a| crate::media::essence(&a.media_type) == crate::media::MULTIPART)
            })
        })
}

/// The helper's last two arguments for `body`: its binary parts and part media types.
pub(crate) fn form_arguments(body: &crate::ir::Body) -> TokenStream {
    let binary = &body.binary_parts;
    let names = body.part_media_types.iter().map(|(n, _)| n);
    let types = body.part_media_types.iter().map(|(_, t)| t);
    quote!(&[#(#binary),*], &[#((#names, #types)),*])
}

/// Re-mark the binary properties of the component schemas that `references` name.
pub(crate) fn mark_components(view: &mut OpenAPI, references: &[String]) {
    let Some(components) = view.components.as_mut() else {
        return;
    };
    for reference in references {
        let Some(name) = openapi_core::reference::component_name(reference, "schemas") else {
            continue;
        };
        if let Some(ReferenceOr::Item(schema)) = components.schemas.get_mut(&*name) {
            mark_binary_parts(schema);
        }
    }
}

/// Re-mark the inline `format: binary` properties of an object schema (the ones
/// [`crate::media::binary_parts`] lists).
pub(crate) fn mark_binary_parts(schema: &mut Schema) {
    let binary = crate::media::binary_parts(schema);
    let SchemaKind::Type(Type::Object(object)) = &mut schema.schema_kind else {
        return;
    };
    for name in binary {
        if let Some(ReferenceOr::Item(property)) = object.properties.get_mut(&name)
            && let SchemaKind::Type(Type::String(s)) = &mut property.schema_kind
        {
            s.format = VariantOrUnknownOrEmpty::Unknown(BINARY_PART_FORMAT.to_string());
        }
    }
}

/// Turns `.json(&body)` into a multipart form in the `send` of each operation whose only body
/// type is multipart; returns the helper that builds the form, to be added to the client module.
pub(crate) fn rewrite_file(file: &mut syn::File, api: &Api) -> Result<TokenStream, Error> {
    let mut wanted = BTreeMap::new();
    for op in &api.operations {
        if let Some(body) = op
            .body
            .as_ref()
            .filter(|b| b.encoding == BodyEncoding::Multipart)
        {
            wanted.insert(progenitor_name(&op.id, Case::Snake), form_arguments(body));
        }
    }
    let mut rewrite = Rewrite {
        wanted,
        current: None,
    };
    rewrite.visit_file_mut(file);
    if !rewrite.wanted.is_empty() {
        return Err(Error::Emit(format!(
            "no JSON body to turn into multipart in progenitor's code for {:?}",
            rewrite.wanted.keys().collect::<Vec<_>>()
        )));
    }
    Ok(quote! {
        /// The multipart form of a typed body: one part per property that is not `None`, named
        /// after it; `binary` properties as bytes (`application/octet-stream` unless
        /// `media_types` gives a type), strings, numbers and booleans as text, objects and arrays
        /// as `application/json`.
        #[allow(clippy::result_large_err)]
        fn multipart_form<T: ::serde::Serialize, E>(
            body: &T,
            binary: &[&str],
            media_types: &[(&str, &str)],
        ) -> ::std::result::Result<::reqwest::multipart::Form, progenitor_client::Error<E>> {
            let invalid = |message: String| progenitor_client::Error::InvalidRequest(message);
            let value = ::serde_json::to_value(body).map_err(|e| invalid(e.to_string()))?;
            let ::serde_json::Value::Object(fields) = value else {
                return Err(invalid("a multipart body must be an object".to_string()));
            };
            let mut form = ::reqwest::multipart::Form::new();
            for (name, value) in fields {
                let declared = media_types
                    .iter()
                    .find(|(n, _)| *n == name)
                    .and_then(|(_, m)| m.split(',').next())
                    .map(str::trim)
                    .filter(|m| !m.contains('*'));
                let (part, default) = match value {
                    ::serde_json::Value::Null => continue,
                    ::serde_json::Value::Array(items) if binary.contains(&name.as_str()) => {
                        let bytes = items
                            .iter()
                            .map(|i| i.as_u64().and_then(|b| u8::try_from(b).ok()))
                            .collect::<::std::option::Option<::std::vec::Vec<u8>>>()
                            .ok_or_else(|| invalid(format!("part `{name}` is not bytes")))?;
                        let part = ::reqwest::multipart::Part::bytes(bytes).file_name(name.clone());
                        (part, ::std::option::Option::Some("application/octet-stream"))
                    }
                    ::serde_json::Value::String(text) => {
                        (::reqwest::multipart::Part::text(text), ::std::option::Option::None)
                    }
                    value @ (::serde_json::Value::Number(_) | ::serde_json::Value::Bool(_)) => (
                        ::reqwest::multipart::Part::text(value.to_string()),
                        ::std::option::Option::None,
                    ),
                    value => (
                        ::reqwest::multipart::Part::text(value.to_string()),
                        ::std::option::Option::Some("application/json"),
                    ),
                };
                let part = match declared.or(default) {
                    ::std::option::Option::Some(media_type) => part.mime_str(media_type)?,
                    ::std::option::Option::None => part,
                };
                form = form.part(name, part);
            }
            Ok(form)
        }
    })
}

/// Replaces `.json(&body)` in the `send` of each wanted operation.
struct Rewrite {
    /// progenitor operation id → the helper's last two arguments; removed once rewritten.
    wanted: BTreeMap<String, TokenStream>,
    /// The arguments for the function being visited, when it is a wanted operation's `send`.
    current: Option<TokenStream>,
}

impl VisitMut for Rewrite {
    fn visit_impl_item_fn_mut(&mut self, item: &mut syn::ImplItemFn) {
        let mut finder = OperationId(None);
        finder.visit_block_mut(&mut item.block);
        self.current = finder.0.and_then(|id| self.wanted.remove(&id));
        syn::visit_mut::visit_impl_item_fn_mut(self, item);
        self.current = None;
    }

    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        let Some(args) = &self.current else {
            return;
        };
        if let syn::Expr::MethodCall(call) = expr
            && call.method == "json"
            && call.args.len() == 1
        {
            let receiver = &call.receiver;
            let body = &call.args[0];
            *expr = syn::parse_quote!(#receiver.multipart(super::multipart_form(#body, #args)?));
        }
    }
}

/// Finds `operation_id: "<id>"` (progenitor's `OperationInfo`) in a function body.
struct OperationId(Option<String>);

impl VisitMut for OperationId {
    fn visit_field_value_mut(&mut self, field: &mut syn::FieldValue) {
        if let syn::Member::Named(member) = &field.member
            && member == "operation_id"
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(id),
                ..
            }) = &field.expr
        {
            self.0 = Some(id.value());
        }
    }
}
