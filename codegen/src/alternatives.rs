//! The caller's choice among request media types: one client method per alternative.
//!
//! Where an operation's body is offered in more than one media type carrying the same body
//! type (form or multipart beside JSON with the same schema, or several byte types), the
//! preferred one (see [`crate::media`]) keeps the operation's method (`create_pet`), and each
//! alternative gets a method of its own named `<operation>_<suffix>` (`create_pet_form`,
//! `put_file_text`; suffixes in [`crate::media::method_suffix`]; a name already taken gets
//! `_body`, then a number, with a warning). progenitor makes one method per operation, so the
//! alternative is a copy of the preferred method and its builder (`CreatePetForm`), renamed,
//! with the body sent the other way: `.form_urlencoded(&body)?`, a multipart form, or another
//! `Content-Type` for bytes (a byte body with alternatives is bytes in every method, `text/plain`
//! included, and each method sends its own type). The copies keep the operation's `OperationInfo`, so hooks see one
//! operation. The docs of both methods name each other. The server accepts every listed type.

use crate::accept::is_type;
use crate::client_rewrite::{Case, progenitor_name};
use crate::error::Error;
use crate::ir::{Alternative, Api, Body, BodyEncoding, Operation};
use crate::media::{FORM, MULTIPART, essence};
use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::visit_mut::VisitMut;

/// Whether any operation offers an alternative.
pub(crate) fn used(api: &Api) -> bool {
    api.operations
        .iter()
        .any(|op| op.body.as_ref().is_some_and(|b| !b.alternatives.is_empty()))
}

/// Adds the alternative methods and builders to progenitor's client.
pub(crate) fn rewrite_file(file: &mut syn::File, api: &Api) -> Result<(), Error> {
    for op in &api.operations {
        if let Some(body) = op.body.as_ref().filter(|b| !b.alternatives.is_empty()) {
            add_methods(file, op, body)?;
        }
    }
    Ok(())
}

/// How the copied `send` sends the body.
enum Send {
    /// Instead of progenitor's `.json(&body)` (or `.form_urlencoded(&body)?`).
    Json(TokenStream),
    /// The same bytes, with another `Content-Type`.
    ContentType { from: &'static str, to: String },
}

impl Send {
    fn new(body: &Body, alt: &Alternative) -> Self {
        match essence(&alt.media_type).as_str() {
            FORM => Send::Json(quote!(form_urlencoded(&body)?)),
            MULTIPART => {
                let args = crate::multipart::form_arguments(body);
                Send::Json(quote!(multipart(super::multipart_form(&body, #args)?)))
            }
            // What the client view made of a byte body with alternatives.
            other => Send::ContentType {
                from: "application/octet-stream",
                to: other.to_string(),
            },
        }
    }
}

/// One method and builder per alternative of `op`, after the preferred ones, and a paragraph
/// in the preferred method's docs naming them.
fn add_methods(file: &mut syn::File, op: &Operation, body: &Body) -> Result<(), Error> {
    let base = progenitor_name(&op.id, Case::Snake);
    let base_builder = progenitor_name(&op.id, Case::Pascal);
    let primary = &body.media_type;
    let missing = |what: &str| {
        Error::Emit(format!(
            "progenitor's client has no {what} for `{}`, so its alternatives cannot be added",
            op.id
        ))
    };
    // The method on `Client`.
    let (client_impl, index) = file
        .items
        .iter_mut()
        .filter_map(|item| match item {
            syn::Item::Impl(i) if i.trait_.is_none() && is_type(&i.self_ty, "Client") => Some(i),
            _ => None,
        })
        .find_map(|i| {
            let index = i
                .items
                .iter()
                .position(|m| matches!(m, syn::ImplItem::Fn(f) if f.sig.ident == base.as_str()))?;
            Some((i, index))
        })
        .ok_or_else(|| missing("method"))?;
    let pristine = client_impl.items[index].clone();
    for (i, alt) in body.alternatives.iter().enumerate() {
        let mut copy = pristine.clone();
        rename(op, alt).visit_impl_item_mut(&mut copy);
        if let syn::ImplItem::Fn(f) = &mut copy {
            f.sig.ident = format_ident!("{}", alt.method);
            let doc = format!(
                "\nSends the body as `{}`; [`Client::{base}`] sends it as `{primary}`.",
                alt.media_type
            );
            f.attrs.push(syn::parse_quote!(#[doc = #doc]));
        }
        client_impl.items.insert(index + 1 + i, copy);
    }
    if let syn::ImplItem::Fn(f) = &mut client_impl.items[index] {
        let others: Vec<String> = body
            .alternatives
            .iter()
            .map(|a| format!("`{}` with [`Client::{}`]", a.media_type, a.method))
            .collect();
        let doc = format!(
            "\nSends the body as `{primary}`; send it as {} instead. Each alternative's method is \
             named `<operation>_<media type>` (`_form`, `_multipart`, `_text`, the subtype), \
             with `_body` added where an operation already has that name.",
            others.join(", or ")
        );
        f.attrs.push(syn::parse_quote!(#[doc = #doc]));
    }
    // The builder and its impls.
    let builder = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
            _ => None,
        })
        .ok_or_else(|| missing("builder module"))?;
    let pristine: Vec<syn::Item> = builder
        .1
        .iter()
        .filter(|item| match item {
            syn::Item::Struct(s) => s.ident == base_builder.as_str(),
            syn::Item::Impl(i) => is_type(&i.self_ty, &base_builder),
            _ => false,
        })
        .cloned()
        .collect();
    if body.encoding == BodyEncoding::Bytes {
        // The view sends every byte body as octet-stream; the preferred method sends its type.
        let send = Send::ContentType {
            from: "application/octet-stream",
            to: essence(primary),
        };
        let mut sent = SendBody {
            send: &send,
            done: false,
        };
        for item in builder.1.iter_mut().filter(|item| match item {
            syn::Item::Impl(i) => is_type(&i.self_ty, &base_builder),
            _ => false,
        }) {
            sent.visit_item_mut(item);
        }
    }
    for alt in &body.alternatives {
        let send = Send::new(body, alt);
        let mut sent = SendBody {
            send: &send,
            done: false,
        };
        let mut copies = pristine.clone();
        for item in &mut copies {
            rename(op, alt).visit_item_mut(item);
            sent.visit_item_mut(item);
        }
        if !sent.done {
            return Err(missing("body to send another way"));
        }
        builder.1.extend(copies);
    }
    Ok(())
}

/// The renaming of `op`'s method and builder to `alt`'s.
fn rename(op: &Operation, alt: &Alternative) -> Rename {
    Rename {
        base: progenitor_name(&op.id, Case::Snake),
        method: alt.method.clone(),
        from: format_ident!("{}", progenitor_name(&op.id, Case::Pascal)),
        to: format_ident!("{}", alt.method.to_upper_camel_case()),
    }
}

/// Renames the builder type and the method in a copy, code and docs.
struct Rename {
    base: String,
    method: String,
    from: syn::Ident,
    to: syn::Ident,
}

impl VisitMut for Rename {
    fn visit_ident_mut(&mut self, ident: &mut syn::Ident) {
        if *ident == self.from {
            *ident = self.to.clone();
        }
    }

    fn visit_lit_str_mut(&mut self, lit: &mut syn::LitStr) {
        let text = lit.value();
        let renamed = text
            .replace(
                &format!("Client::{}`", self.base),
                &format!("Client::{}`", self.method),
            )
            .replace(
                &format!("client.{}()", self.base),
                &format!("client.{}()", self.method),
            );
        let renamed = match renamed.strip_suffix(&format!("Client::{}", self.base)) {
            Some(head) => format!("{head}Client::{}", self.method),
            None => renamed,
        };
        if renamed != text {
            *lit = syn::LitStr::new(&renamed, lit.span());
        }
    }
}

/// Sends the body the alternative's way in a copied `send`.
struct SendBody<'a> {
    send: &'a Send,
    done: bool,
}

impl VisitMut for SendBody<'_> {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        match self.send {
            Send::Json(call) => {
                let receiver = match expr {
                    syn::Expr::MethodCall(c) if c.method == "json" && c.args.len() == 1 => {
                        c.receiver.clone()
                    }
                    syn::Expr::Try(t) => match &*t.expr {
                        syn::Expr::MethodCall(c) if c.method == "form_urlencoded" => {
                            c.receiver.clone()
                        }
                        _ => return,
                    },
                    _ => return,
                };
                *expr = syn::parse_quote!(#receiver.#call);
                self.done = true;
            }
            Send::ContentType { from, to } => {
                if let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) = expr
                    && s.value() == *from
                {
                    *s = syn::LitStr::new(to, s.span());
                    self.done = true;
                }
            }
        }
    }
}
