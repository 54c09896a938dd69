//! The route table and one handler function per operation.
//!
//! Routing is data: a static table of path templates that the runtime matches (case-insensitive
//! literals, percent-decoding, in-segment keys, trailing slash, 404/405), so no request does
//! work that could be done at generation time.

use super::{params, responses};
use crate::ir::{Api, Body, BodyEncoding, Operation, Part, PathTemplate};
use heck::ToShoutySnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub(super) fn emit(api: &Api, rt: &TokenStream) -> TokenStream {
    let template = match &api.error_template {
        Some(t) => {
            let text = t.to_string();
            quote!(::std::option::Option::Some(#text))
        }
        None => quote!(::std::option::Option::None),
    };
    let ci = api.case_insensitive_paths;
    let registrations = api.operations.iter().map(|op| register(op, ci, rt));
    let routes_body = if api.operations.is_empty() {
        quote! {
            let _ = (api, auth);
            #rt::Routes::new()
        }
    } else {
        quote! {
            let server = ::std::sync::Arc::new((api, auth));
            let mut routes = #rt::Routes::new();
            #(#registrations)*
            routes
        }
    };
    let handlers = api.operations.iter().map(|op| handler(op, rt));
    let rt_path = rt.to_string().replace(' ', "");
    let routes_doc = format!(
        "Every operation of [`Api`] as a route table; merge tables of several APIs with\n\
         [`Routes::merge`]({rt_path}::Routes::merge) before serving them."
    );
    let service_doc = format!(
        "Every operation of [`Api`] as a `tower::Service`, with nothing in front of the\n\
         runtime's route index: the fast path. Serve it with [`serve`]({rt_path}::serve()),\n\
         or mount it in an axum router with `fallback_service` or `nest_service`."
    );
    let body_specs = api
        .operations
        .iter()
        .filter_map(|op| op.body.as_ref().map(|b| body_spec(op, b, rt)))
        .filter(|spec| !spec.is_empty());
    quote! {
        /// The error body of this API, for errors found before an operation runs.
        pub static ERRORS: #rt::ErrorFormat = #rt::ErrorFormat::new(#template);

        #[doc = #routes_doc]
        pub fn routes<A, Au>(api: A, auth: Au) -> #rt::Routes
        where
            A: Api,
            Au: #rt::Authenticator<Caller = A::Caller>,
        {
            #routes_body
        }

        #[doc = #service_doc]
        pub fn service<A, Au>(api: A, auth: Au) -> #rt::RouterService
        where
            A: Api,
            Au: #rt::Authenticator<Caller = A::Caller>,
        {
            routes(api, auth).into_service()
        }

        /// An axum router serving every operation of [`Api`] (the route table as its fallback),
        /// for merging with other axum routes and layering; [`service`] is the direct way.
        pub fn router<A, Au>(api: A, auth: Au) -> ::axum::Router
        where
            A: Api,
            Au: #rt::Authenticator<Caller = A::Caller>,
        {
            routes(api, auth).into_router()
        }

        #(#body_specs)*
        #(#handlers)*
    }
}

fn handler_ident(op: &Operation) -> syn::Ident {
    format_ident!("handle_{}", op.rust_name)
}

fn body_spec_ident(op: &Operation) -> syn::Ident {
    format_ident!("{}_BODY", op.rust_name.to_shouty_snake_case())
}

/// The multipart reading of a body whose preferred type is JSON or form.
fn multipart_spec_ident(op: &Operation) -> syn::Ident {
    format_ident!("{}_MULTIPART", op.rust_name.to_shouty_snake_case())
}

/// Whether a JSON or form body may also arrive as `multipart/form-data`.
fn multipart_alternative(body: &Body) -> bool {
    body.alternatives
        .iter()
        .any(|a| crate::media::essence(&a.media_type) == crate::media::MULTIPART)
}

fn register(op: &Operation, case_insensitive: bool, rt: &TokenStream) -> TokenStream {
    let handler = handler_ident(op);
    let method = format_ident!("{}", op.method.as_str());
    let id = &op.id;
    let templates = std::iter::once(&op.path).chain(&op.aliases).map(|t| {
        let segments = template_tokens(t, rt);
        quote! {
            routes = routes.route(
                #rt::RouteSpec {
                    method: ::axum::http::Method::#method,
                    template: #segments,
                    case_insensitive: #case_insensitive,
                    errors: &ERRORS,
                    operation: #id,
                },
                handler.clone(),
            );
        }
    });
    quote! {
        {
            let handler = {
                let server = server.clone();
                #rt::operation(move |req| #handler(server.clone(), req))
            };
            #(#templates)*
        }
    }
}

fn template_tokens(t: &PathTemplate, rt: &TokenStream) -> TokenStream {
    let segments = t.segments().iter().map(|s| {
        let parts = s.parts().iter().map(|p| match p {
            Part::Literal(l) => quote!(#rt::PartSpec::Lit(#l)),
            Part::Param(n) => quote!(#rt::PartSpec::Param(#n)),
        });
        quote!(&[#(#parts),*])
    });
    quote!(&[#(#segments),*])
}

fn body_spec(op: &Operation, body: &Body, rt: &TokenStream) -> TokenStream {
    if body.encoding == BodyEncoding::Bytes {
        return TokenStream::new();
    }
    let ident = body_spec_ident(op);
    if body.encoding == BodyEncoding::Multipart {
        return multipart_spec(&ident, body, rt);
    }
    let required = body.required;
    let form = std::iter::once(&body.media_type)
        .chain(&body.extra_media_types)
        .any(|m| crate::media::essence(m) == crate::media::FORM);
    let query_or_body = body.query_or_body;
    let fields = body.fields.iter().map(|(name, kind)| {
        let kind = params::kind_tokens(kind, rt);
        quote!((#name, #kind))
    });
    let nullable = &body.nullable_fields;
    let multipart =
        multipart_alternative(body).then(|| multipart_spec(&multipart_spec_ident(op), body, rt));
    quote! {
        #multipart
        const #ident: #rt::BodySpec = #rt::BodySpec {
            required: #required,
            form: #form,
            query_or_body: #query_or_body,
            fields: &[#(#fields),*],
            nullable: &[#(#nullable),*],
        };
    }
}

/// What the runtime needs to read a multipart body: text properties with their kinds, the
/// binary ones, and the declared part media types.
fn multipart_spec(ident: &syn::Ident, body: &Body, rt: &TokenStream) -> TokenStream {
    let fields = body
        .fields
        .iter()
        .filter(|(name, _)| !body.binary_parts.contains(name))
        .map(|(name, kind)| {
            let kind = params::kind_tokens(kind, rt);
            quote!((#name, #kind))
        });
    let binary = &body.binary_parts;
    let names = body.part_media_types.iter().map(|(n, _)| n);
    let types = body.part_media_types.iter().map(|(_, t)| t);
    quote! {
        const #ident: #rt::MultipartSpec = #rt::MultipartSpec {
            fields: &[#(#fields),*],
            binary: &[#(#binary),*],
            media_types: &[#((#names, #types)),*],
        };
    }
}

fn handler(op: &Operation, rt: &TokenStream) -> TokenStream {
    let ident = handler_ident(op);
    let method = format_ident!("{}", op.rust_name);
    let extract = params::extract(op, rt);
    let response = responses::enum_ident(op);
    let doc = format!("Parse, check and dispatch `{}`.", op.id);
    let (body_let, body_arg) = match &op.body {
        None => (quote!(), quote!()),
        Some(b) => {
            let spec = body_spec_ident(op);
            let ty = super::rust_type(&b.ty);
            let call = if b.encoding == BodyEncoding::Bytes {
                if b.required {
                    quote!(#rt::bytes_body(&req)?)
                } else {
                    quote!(#rt::optional_bytes_body(&req)?)
                }
            } else if b.encoding == BodyEncoding::Multipart {
                if b.required {
                    quote!(#rt::multipart_body::<#ty>(&req, &#spec).await?)
                } else {
                    quote!(#rt::optional_multipart_body::<#ty>(&req, &#spec).await?)
                }
            } else if b.required || b.query_or_body {
                quote!(req.body::<#ty>(&#spec)?)
            } else {
                quote!(req.optional_body::<#ty>(&#spec)?)
            };
            let call = if multipart_alternative(b) {
                let multipart = multipart_spec_ident(op);
                let read = if b.required {
                    quote!(#rt::multipart_body::<#ty>(&req, &#multipart).await?)
                } else {
                    quote!(#rt::optional_multipart_body::<#ty>(&req, &#multipart).await?)
                };
                quote!(if #rt::multipart::is_multipart(&req) { #read } else { #call })
            } else {
                call
            };
            (quote!(let body = #call;), quote!(, body))
        }
    };
    // Where responses list several media types, `Accept` is checked after authentication (406
    // before any other work), and a JSON success body is labelled with the JSON type chosen.
    let (accept, respond) = if op.produces.is_empty() {
        (
            quote!(),
            quote!(Ok(::axum::response::IntoResponse::into_response(response))),
        )
    } else {
        let produces = &op.produces;
        (
            quote!(let accepted = #rt::negotiate::accept(&req, &[#(#produces),*])?;),
            quote!(Ok(#rt::negotiate::label(
                ::axum::response::IntoResponse::into_response(response),
                accepted,
            ))),
        )
    };
    // Not an `async fn`: its arguments would be stored twice in the future (once as arguments,
    // once as the body's locals), and the request is the largest of them. The block scopes keep
    // the params, the body and the context out of the future once the operation's call holds
    // them, so the future stays small (one allocation, copied once).
    quote! {
        #[doc = #doc]
        fn #ident<A, Au>(
            server: ::std::sync::Arc<(A, Au)>,
            req: #rt::Request,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<::axum::response::Response, #rt::Rejection>,
        >
        where
            A: Api,
            Au: #rt::Authenticator<Caller = A::Caller>,
        {
            async move {
                let (api, auth) = &*server;
                let caller = #rt::authenticate(auth, &req).await?;
                #accept
                let call = {
                    let params = #extract;
                    #body_let
                    api.#method(req.into_context(caller), params #body_arg)
                };
                let response: #response = call.await;
                #respond
            }
        }
    }
}
