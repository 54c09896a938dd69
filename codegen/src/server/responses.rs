//! One response enum per operation: a variant per documented status code, carrying the body
//! type when the status has one, and an `IntoResponse` impl that writes exactly that.

use super::rust_type;
use crate::ir::Operation;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub(super) fn enum_ident(op: &Operation) -> syn::Ident {
    format_ident!("{}Response", op.type_stem)
}

pub(super) fn emit(op: &Operation, rt: &TokenStream) -> TokenStream {
    let ident = enum_ident(op);
    let doc = format!(
        "Every response `{}` documents, one variant per status code.",
        op.id
    );
    let variants = op.responses.iter().map(|r| {
        let v = format_ident!("{}", r.variant);
        let doc = format!("{}: {}", r.status, r.description.trim());
        match &r.body {
            Some(ty) => {
                let ty = rust_type(ty);
                quote! { #[doc = #doc] #v(#ty), }
            }
            None => quote! { #[doc = #doc] #v, },
        }
    });
    let arms = op.responses.iter().map(|r| {
        let v = format_ident!("{}", r.variant);
        let status = r.status;
        match &r.body {
            Some(_) => quote! { Self::#v(body) => #rt::respond_json(#status, &body), },
            None => quote! { Self::#v => #rt::respond_empty(#status), },
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #ident { #(#variants)* }

        impl ::axum::response::IntoResponse for #ident {
            fn into_response(self) -> ::axum::response::Response {
                match self { #(#arms)* }
            }
        }
    }
}
