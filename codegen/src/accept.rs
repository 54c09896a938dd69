//! The caller's choice of response media type on the client: an `accept` builder setter.
//!
//! For an operation whose success responses can be sent in several media types (see
//! [`crate::ir::Operation::produces`]), progenitor's builder gets a field and a setter in its own
//! style, `.accept("application/vnd.pet+json")`, and `send` puts the value in the request's
//! headers, which replace the `Accept` progenitor sets for JSON responses (reqwest's `headers`
//! replaces per name; without the setter progenitor's value stays). The body is still decoded
//! as the method's documented type: ask for a type the docs list. An operation
//! with an `Accept` header parameter of its own keeps that parameter and gets no setter.

use crate::client_rewrite::{Case, progenitor_name};
use crate::error::Error;
use crate::ir::{Api, Location, Operation};
use quote::quote;

/// Whether any operation gets an `accept` setter.
pub(crate) fn used(api: &Api) -> bool {
    api.operations.iter().any(wanted)
}

/// Several types to choose from (with one, the server still negotiates: 406 for another), and
/// no `Accept` parameter of the document's own.
fn wanted(op: &Operation) -> bool {
    op.produces.len() > 1
        && !op
            .params
            .iter()
            .any(|p| p.location == Location::Header && p.name.eq_ignore_ascii_case("accept"))
}

/// Adds the field, its initial value, the setter and the header to each wanted builder.
pub(crate) fn rewrite_file(file: &mut syn::File, api: &Api) -> Result<(), Error> {
    let Some((_, builder)) = file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
        _ => None,
    }) else {
        return Err(Error::Emit(
            "progenitor's client has no builder module".into(),
        ));
    };
    for op in api.operations.iter().filter(|op| wanted(op)) {
        let name = progenitor_name(&op.id, Case::Pascal);
        let mut done = 0;
        for item in builder.iter_mut() {
            match item {
                syn::Item::Struct(s) if s.ident == name.as_str() => {
                    if let syn::Fields::Named(fields) = &mut s.fields {
                        fields.named.push(syn::parse_quote!(
                            accept: ::std::option::Option<::std::string::String>
                        ));
                        done += 1;
                    }
                }
                syn::Item::Impl(i) if i.trait_.is_none() && is_type(&i.self_ty, &name) => {
                    done += rewrite_impl(i, op);
                }
                _ => {}
            }
        }
        if done != 4 {
            return Err(Error::Emit(format!(
                "progenitor's builder for `{}` is not in the shape the `accept` setter needs",
                op.id
            )));
        }
    }
    Ok(())
}

/// `new`, the setter and `send` of one builder impl; how many of the three (plus the struct)
/// were changed.
fn rewrite_impl(item: &mut syn::ItemImpl, op: &Operation) -> usize {
    let mut done = 0;
    for member in &mut item.items {
        let syn::ImplItem::Fn(f) = member else {
            continue;
        };
        let last = f.block.stmts.last_mut();
        if f.sig.ident == "new" {
            if let Some(syn::Stmt::Expr(syn::Expr::Struct(init), None)) = last {
                init.fields
                    .push(syn::parse_quote!(accept: ::std::option::Option::None));
                done += 1;
            }
        } else if f.sig.ident == "send" {
            done += rewrite_send(&mut f.block);
        }
    }
    let listed = op
        .produces
        .iter()
        .map(|m| format!("`{m}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let doc = format!(
        "The media type to ask for (`Accept`): one of {listed}. Without it the method asks \
         for what it decodes. The body is decoded as this method's documented type either way."
    );
    item.items.push(syn::parse_quote! {
        #[doc = #doc]
        pub fn accept<V>(mut self, media_type: V) -> Self
        where
            V: ::std::convert::Into<::std::string::String>,
        {
            self.accept = ::std::option::Option::Some(media_type.into());
            self
        }
    });
    done + 1
}

/// `send`: `accept` taken out of `self`, and appended to the headers once they are made.
fn rewrite_send(block: &mut syn::Block) -> usize {
    let mut destructured = false;
    let mut at = None;
    for (index, stmt) in block.stmts.iter_mut().enumerate() {
        let syn::Stmt::Local(local) = stmt else {
            continue;
        };
        if let syn::Pat::Struct(pattern) = &mut local.pat {
            let ident = quote::format_ident!("accept");
            pattern.fields.push(syn::FieldPat {
                attrs: Vec::new(),
                member: syn::Member::Named(ident.clone()),
                colon_token: None,
                pat: Box::new(syn::parse_quote!(#ident)),
            });
            destructured = true;
        }
        let is_header_map = matches!(&local.pat, syn::Pat::Ident(p) if p.ident == "header_map");
        if is_header_map {
            at = Some(index + 1);
        }
    }
    match (destructured, at) {
        (true, Some(index)) => {
            let append = quote! {
                if let ::std::option::Option::Some(value) = accept {
                    header_map.append(::reqwest::header::ACCEPT, value.try_into()?);
                }
            };
            block.stmts.insert(index, syn::parse_quote!(#append));
            1
        }
        _ => 0,
    }
}

/// Whether `ty` is the path type `name` (any generics).
pub(crate) fn is_type(ty: &syn::Type, name: &str) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == name))
}
