//! `…Params` structs and the code that fills them from a request.

use super::rust_type;
use crate::ir::{Location, Operation, Param, TypeRef, ValueKind};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub(super) fn struct_ident(op: &Operation) -> syn::Ident {
    format_ident!("{}Params", op.type_stem)
}

/// The params struct: one field per path, query, header and cookie parameter; optional ones are `Option`.
pub(super) fn emit_struct(op: &Operation) -> TokenStream {
    let ident = struct_ident(op);
    let doc = format!("Path and query parameters of `{}`.", op.id);
    let fields = op.params.iter().map(|p| {
        let name = format_ident!("{}", p.rust_name);
        let ty = field_type(p);
        let where_ = match p.location {
            Location::Path => "path",
            Location::Query => "query",
            Location::Header => "header",
            Location::Cookie => "cookie",
        };
        let mut doc = format!("`{}` ({where_})", p.name);
        if let Some(d) = &p.description {
            doc.push_str(": ");
            doc.push_str(d.trim());
        }
        quote! { #[doc = #doc] pub #name: #ty, }
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub struct #ident { #(#fields)* }
    }
}

fn field_type(p: &Param) -> TokenStream {
    let ty = rust_type(&p.ty);
    if p.required {
        ty
    } else {
        quote!(::std::option::Option<#ty>)
    }
}

/// The runtime's description of how text becomes a value of this kind.
pub(super) fn kind_tokens(kind: &ValueKind, rt: &TokenStream) -> TokenStream {
    match kind {
        ValueKind::String => quote!(#rt::Kind::String),
        ValueKind::Formatted => quote!(#rt::Kind::Formatted),
        ValueKind::Integer => quote!(#rt::Kind::Integer),
        ValueKind::Number => quote!(#rt::Kind::Number),
        ValueKind::Boolean => quote!(#rt::Kind::Boolean),
        ValueKind::Json => quote!(#rt::Kind::Json),
        ValueKind::Enum(values) => quote!(#rt::Kind::Enum(&[#(#values),*])),
    }
}

/// An expression building the params struct from `req`, returning early with a 400 rejection.
pub(super) fn extract(op: &Operation, rt: &TokenStream) -> TokenStream {
    let ident = struct_ident(op);
    let fields = op.params.iter().map(|p| {
        let name = format_ident!("{}", p.rust_name);
        let wire = &p.name;
        let kind = kind_tokens(&p.kind, rt);
        let value = match (p.location, p.required) {
            (Location::Path, _) => quote!(req.path_param(#wire, &#kind)?),
            (Location::Query, required) if matches!(p.ty, TypeRef::Array(_)) => {
                if required {
                    quote!(#rt::required_query_array_param(&req, #wire, &#kind)?)
                } else {
                    quote!(#rt::query_array_param(&req, #wire, &#kind)?)
                }
            }
            (Location::Query, true) => quote!(req.required_query_param(#wire, &#kind)?),
            (Location::Query, false) => quote!(req.query_param(#wire, &#kind)?),
            (Location::Header, true) => quote!(#rt::required_header_param(&req, #wire, &#kind)?),
            (Location::Header, false) => quote!(#rt::header_param(&req, #wire, &#kind)?),
            (Location::Cookie, true) => quote!(#rt::required_cookie_param(&req, #wire, &#kind)?),
            (Location::Cookie, false) => quote!(#rt::cookie_param(&req, #wire, &#kind)?),
        };
        quote! { #name: #value, }
    });
    quote! { #ident { #(#fields)* } }
}
