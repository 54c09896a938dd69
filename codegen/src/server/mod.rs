//! Server emitter: for one API, a module with
//!
//! - `types`: the same typify output the client has (its formatted text, spliced in);
//! - one `…Params` struct and one `…Response` enum (a variant per documented status, with
//!   `IntoResponse`) per operation;
//! - the `Api` trait, one native `async` method per operation;
//! - `routes()`/`service()`/`router()`: a static route table that the hand-written runtime
//!   dispatches, since axum's own router cannot take keys inside a segment (`items(guid'{id}')`).

mod params;
mod responses;
mod routes;
mod traits;

use crate::ir::{Api, TypeRef};
use crate::settings::Settings;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// Emit the server module for `api`. Its `types` module is left empty here: the text of the
/// client's (the same typify output, formatted once) goes in with [`splice_types`].
pub fn emit(api: &Api, settings: &Settings) -> TokenStream {
    let rt: TokenStream = settings
        .runtime_path
        .parse()
        .unwrap_or_else(|_| quote!(crate::runtime));
    let params = api.operations.iter().map(params::emit_struct);
    let responses = api.operations.iter().map(|op| responses::emit(op, &rt));
    let api_trait = traits::emit(api, &rt);
    let routes = routes::emit(api, &rt);
    quote! {
        #![allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]

        /// Types used as operation parameters and responses (identical to the client's).
        #[allow(clippy::all)]
        pub mod types {}

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
    let mut doc = format!("`{} {}`", op.method.as_str(), op.path.raw());
    if let Some(s) = &op.summary {
        doc = format!("{s}\n\n{doc}");
    }
    if let Some(d) = &op.description {
        doc.push_str("\n\n");
        doc.push_str(d.trim());
    }
    doc
}

const TYPES_OPEN: &str = "\npub mod types {\n";
const TYPES_EMPTY: &str = "\npub mod types {}\n";

/// Where the body of the `types` module sits in a client text: it is printed at the top level,
/// so it runs from `pub mod types {` to the first closing brace in column 0.
fn types_body(client: &str) -> Result<std::ops::Range<usize>, crate::Error> {
    let missing = || crate::Error::Emit("no `types` module in the client text".into());
    let start = client.find(TYPES_OPEN).ok_or_else(missing)? + TYPES_OPEN.len();
    let end = client[start..]
        .find("\n}\n")
        .map(|i| start + i + 1)
        .ok_or_else(missing)?;
    Ok(start..end)
}

/// The server text with the body of the client's `types` module in its empty `types` module.
pub fn splice_types(server: &str, client: &str) -> Result<String, crate::Error> {
    let body = &client[types_body(client)?];
    let at = server
        .find(TYPES_EMPTY)
        .ok_or_else(|| crate::Error::Emit("no `types` module in the server text".into()))?;
    let mut out = String::with_capacity(server.len() + body.len());
    out.push_str(&server[..at]);
    out.push_str(TYPES_OPEN);
    out.push_str(body);
    out.push_str("}\n");
    let rest = &server[at + TYPES_EMPTY.len()..];
    if !rest.is_empty() && !rest.starts_with(['\n', '}']) {
        // The blank line `space_out_items` puts after a closing brace followed by an item.
        out.push('\n');
    }
    out.push_str(rest);
    Ok(out)
}

/// For [`crate::settings::Settings::with_shared_types`]: (client, server, types) where client and
/// server re-export `types` from `path`, and the types text holds the module itself.
pub fn share_types(
    client: &str,
    server: &str,
    path: &str,
) -> Result<(String, String, String), crate::Error> {
    let body = types_body(client)?;
    let reexport = format!("\npub use {path}::types;\n");
    let module_start = body.start - TYPES_OPEN.len();
    let client_out = format!(
        "{}{reexport}{}",
        &client[..module_start],
        &client[body.end + 2..]
    );
    let types = format!(
        "//! The types of this API, shared by its client and its server.\n\n#[allow(clippy::all)]{TYPES_OPEN}{}}}\n",
        &client[body.clone()]
    );
    let server_out = server.replacen(TYPES_EMPTY, &reexport, 1);
    if server_out.len() == server.len() - TYPES_EMPTY.len() + reexport.len() {
        Ok((client_out, server_out, types))
    } else {
        Err(crate::Error::Emit(
            "no `types` module in the server text".into(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_types_fill_the_server_placeholder() {
        let client = "use x;\npub mod types {\n    pub struct A;\n    mod inner {\n    }\n}\npub struct Client;\n";
        let server = "//! s\n#[allow(clippy::all)]\npub mod types {}\npub struct P;\n";
        assert_eq!(
            splice_types(server, client).unwrap(),
            "//! s\n#[allow(clippy::all)]\npub mod types {\n    pub struct A;\n    mod inner {\n    }\n}\n\npub struct P;\n"
        );
        assert!(splice_types(server, "pub struct Client;\n").is_err());
    }
}
