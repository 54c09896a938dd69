//! Server emitter: for one API, a module with
//!
//! - `types`: the same typify output the client has (shared progenitor type space);
//! - one `…Params` struct and one `…Response` enum (a variant per documented status, with
//!   `IntoResponse`) per operation;
//! - the `Api` trait, one native `async` method per operation;
//! - `routes()`/`router()`: a static route table that the hand-written runtime dispatches, since
//!   axum's own router cannot take keys inside a segment (`items(guid'{id}')`).

mod params;
mod responses;
mod routes;
mod traits;

use crate::ir::{Api, TypeRef};
use crate::settings::Settings;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use typify::TypeSpace;

/// Emit the server module for `api`; `types` is the client generator's type space.
pub fn emit(api: &Api, types: &TypeSpace, settings: &Settings) -> TokenStream {
    let rt: TokenStream = settings
        .runtime_path
        .parse()
        .unwrap_or_else(|_| quote!(crate::runtime));
    let type_stream = types.to_stream();
    let params = api.operations.iter().map(params::emit_struct);
    let responses = api.operations.iter().map(|op| responses::emit(op, &rt));
    let api_trait = traits::emit(api, &rt);
    let routes = routes::emit(api, &rt);
    quote! {
        #![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]

        /// Types used as operation parameters and responses (identical to the client's).
        #[allow(clippy::all)]
        pub mod types {
            #type_stream
        }

        #(#params)*
        #(#responses)*
        #api_trait
        #routes
    }
}

/// Spell a [`TypeRef`] as a Rust type inside the generated module.
pub(crate) fn rust_type(ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Named(name) => {
            let ident = format_ident!("{name}");
            quote!(types::#ident)
        }
        TypeRef::OpenEnum(name) => {
            let ident = format_ident!("{name}");
            quote!(open_enums::#ident)
        }
        TypeRef::Scalar(path) => path
            .parse()
            .unwrap_or_else(|_| quote!(::std::string::String)),
        TypeRef::Array(inner) => {
            let inner = rust_type(inner);
            quote!(::std::vec::Vec<#inner>)
        }
    }
}

/// A doc-comment string for an operation: summary, description, method and path.
pub(crate) fn op_doc(op: &crate::ir::Operation) -> String {
    let mut doc = format!("`{} {}`", op.method.as_str(), op.path.raw);
    if let Some(s) = &op.summary {
        doc = format!("{s}\n\n{doc}");
    }
    if let Some(d) = &op.description {
        doc.push_str("\n\n");
        doc.push_str(d.trim());
    }
    doc
}
