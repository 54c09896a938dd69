//! One response enum per operation: a variant per documented status code, carrying the body
//! type when the status has one, and an `IntoResponse` impl that writes exactly that.

use super::rust_type;
use crate::ir::{Operation, Payload, Status};
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
        let mut doc = format!("{}: {}", r.status, r.description.trim());
        let status = match r.status {
            Status::Code(_) => None,
            Status::Range(_) | Status::Default => {
                doc.push_str("\n\nThe first field is the status code to send.");
                Some(quote!(u16,))
            }
        };
        match &r.body {
            Some(payload) => {
                let ty = payload_type(payload);
                quote! { #[doc = #doc] #v(#status #ty), }
            }
            None if status.is_some() => quote! { #[doc = #doc] #v(u16), },
            None => quote! { #[doc = #doc] #v, },
        }
    });
    let arms = op.responses.iter().map(|r| {
        let v = format_ident!("{}", r.variant);
        let (pattern, status) = match r.status {
            Status::Code(code) => (quote!(), quote!(#code)),
            Status::Range(_) | Status::Default => (quote!(status,), quote!(status)),
        };
        match &r.body {
            Some(Payload::Typed(_)) => match &r.json_media_type {
                None => quote! { Self::#v(#pattern body) => #rt::respond_json(#status, &body), },
                Some(media_type) => quote! {
                    Self::#v(#pattern body) => #rt::respond_json_as(#status, #media_type, &body),
                },
            },
            Some(Payload::Bytes { media_type }) => {
                quote! { Self::#v(#pattern body) => #rt::respond_bytes(#status, #media_type, body), }
            }
            None if r.status_is_concrete() => quote! { Self::#v => #rt::respond_empty(#status), },
            None => quote! { Self::#v(status) => #rt::respond_empty(status), },
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

/// The Rust type a response or body payload is carried in.
pub(crate) fn payload_type(payload: &Payload) -> TokenStream {
    match payload {
        Payload::Typed(ty) => rust_type(ty),
        Payload::Bytes { .. } => quote!(::std::vec::Vec<u8>),
    }
}
