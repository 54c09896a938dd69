//! The `Api` trait: what an implementer writes, one native async method per operation.

use super::{op_doc, params, responses, rust_type};
use crate::ir::Api;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub(super) fn emit(api: &Api, rt: &TokenStream) -> TokenStream {
    let doc = format!(
        "The operations of {} (version {}).\n\nImplement this trait and serve it with [`service`] \
         (or [`router`], to compose it with other axum routes); parameters and bodies arrive \
         parsed and checked, and every request was authenticated by the \
         [`{rt}::Authenticator`] given to the router.",
        api.title,
        api.version,
        rt = rt.to_string().replace(' ', "")
    );
    let methods = api.operations.iter().map(|op| {
        let name = format_ident!("{}", op.rust_name);
        let params = params::struct_ident(op);
        let response = responses::enum_ident(op);
        let doc = op_doc(op);
        let body = op.body.as_ref().map(|b| {
            let ty = rust_type(&b.ty);
            if b.required || b.query_or_body {
                quote!(, body: #ty)
            } else {
                quote!(, body: ::std::option::Option<#ty>)
            }
        });
        quote! {
            #[doc = #doc]
            fn #name(
                &self,
                ctx: #rt::RequestContext<Self::Caller>,
                params: #params
                #body
            ) -> impl ::std::future::Future<Output = #response> + Send;
        }
    });
    quote! {
        #[doc = #doc]
        pub trait Api: Send + Sync + 'static {
            /// Who made the request, as the authenticator reports it.
            type Caller: Send + Sync + 'static;

            #(#methods)*
        }
    }
}
