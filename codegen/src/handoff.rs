//! The part of the client that the server's thread prints: typify's builder module
//! (`types::builder`, about a quarter of the client text).
//!
//! progenitor's output comes out on the client's thread, and tokens cannot move to another
//! thread (proc_macro2's fallback tokens are reference-counted). The builder module's tokens
//! are therefore handed over as text: the client's thread takes them out of the `types` module
//! (leaving `pub mod builder {}`), writes them as a string, and the server's thread, once its
//! own file is printed, reads them back, prints them at the same depth and gives back the
//! module's body, which goes where the empty module was. The bytes are those of printing the
//! client whole: prettyplease prints a module's items the same whatever surrounds the module.

use crate::Error;
use crate::format::{self, FieldOrder};
use crate::order::Orders;
use crate::timings::Timings;
use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream, TokenTree};

/// The empty module that takes the builders' place in the client text.
const PLACEHOLDER: &str = "\n    pub mod builder {}\n";

/// `tokens` with the body of `types::builder` taken out, and that body as text (`None` when
/// there is no such module).
pub(crate) fn take_builders(tokens: TokenStream) -> (TokenStream, Option<String>) {
    let mut body = None;
    let tokens = replace_module_body(tokens, "types", &mut |types| {
        replace_module_body(types, "builder", &mut |builders| {
            body = Some(builders.to_string());
            TokenStream::new()
        })
    });
    (tokens, body)
}

/// `tokens` with the body of each top-level `mod <name> { … }` replaced by `replace(body)`;
/// tokens are moved, not copied.
fn replace_module_body(
    tokens: TokenStream,
    name: &str,
    replace: &mut dyn FnMut(TokenStream) -> TokenStream,
) -> TokenStream {
    let mut out: Vec<TokenTree> = Vec::new();
    for tree in tokens {
        let is_body = matches!(&tree, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace)
            && matches!(out.as_slice(), [.., TokenTree::Ident(m), TokenTree::Ident(n)] if m == "mod" && n == name);
        match tree {
            TokenTree::Group(group) if is_body => {
                let (span, body) = (group.span(), group.stream());
                // The group's own reference goes first, so that the body is not shared.
                drop(group);
                let mut group = Group::new(Delimiter::Brace, replace(body));
                group.set_span(span);
                out.push(TokenTree::Group(group));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

/// The printed body of the builder module (its items, indented as inside `types::builder`),
/// from the text [`take_builders`] made.
pub(crate) fn print_builders(
    body: &str,
    orders: &Orders,
    timings: &mut Timings,
) -> Result<String, Error> {
    let body: TokenStream = timings
        .time("builders: lex", || body.parse())
        .map_err(|e| Error::Emit(format!("the builder module does not lex: {e}")))?;
    let wrapped = module("types", module("builder", body));
    let text = format::print(wrapped, FieldOrder::Schema(orders), timings)?;
    // `mod types {\n    mod builder {\n` … `    }\n}\n`
    let inner = text
        .split_once('\n')
        .and_then(|(_, rest)| rest.split_once('\n'))
        .map(|(_, rest)| rest)
        .and_then(|rest| rest.strip_suffix("    }\n}\n"))
        .ok_or_else(|| Error::Emit("unexpected layout of the printed builder module".into()))?;
    Ok(inner.to_string())
}

/// `mod <name> { <body> }`, the body moved in.
fn module(name: &str, body: TokenStream) -> TokenStream {
    [
        TokenTree::Ident(Ident::new("mod", Span::call_site())),
        TokenTree::Ident(Ident::new(name, Span::call_site())),
        TokenTree::Group(Group::new(Delimiter::Brace, body)),
    ]
    .into_iter()
    .collect()
}

/// The client text with the printed builder body in the empty module.
pub(crate) fn put_back(client: &str, builders: &str) -> Result<String, Error> {
    let at = client
        .find(PLACEHOLDER)
        .ok_or_else(|| Error::Emit("no empty builder module in the client text".into()))?;
    let mut out = String::with_capacity(client.len() + builders.len() + 8);
    out.push_str(&client[..at]);
    out.push_str("\n    pub mod builder {\n");
    out.push_str(builders);
    out.push_str("    }\n");
    out.push_str(&client[at + PLACEHOLDER.len()..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    /// Printing the client whole and printing it in two parts (the builder module on its own,
    /// put back afterwards) give the same text.
    #[test]
    fn the_builders_printed_apart_give_the_same_text() {
        let client = quote! {
            pub use x::Y;
            /// Types.
            pub mod types {
                /// `A`
                pub struct A { pub b: u8, pub a: ::std::option::Option<String> }
                /// Builders.
                pub mod builder {
                    #[derive(Clone, Debug)]
                    pub struct A { a: Result<u8, String>, b: Result<u8, String> }
                    impl A {
                        pub fn a<T>(mut self, value: T) -> Self where T: TryInto<u8>, T::Error: ::std::fmt::Display {
                            self.a = value.try_into().map_err(|e| format!("error converting supplied value for a: {e}"));
                            self
                        }
                    }
                }
                pub mod error { pub struct E(::std::borrow::Cow<'static, str>); }
            }
            pub mod builder { pub struct Op<'a> { client: &'a super::Client } }
        };
        let spec: openapiv3::OpenAPI = serde_json::from_str(
            r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
                "components": {"schemas": {"A": {"type": "object", "properties": {"b": {"type": "integer"}, "a": {"type": "string"}}}}}}"#,
        )
        .unwrap();
        let orders = Orders::of(&spec);
        let mut timings = Timings::on("test");
        let whole =
            format::print(client.clone(), FieldOrder::Schema(&orders), &mut timings).unwrap();
        let (rest, body) = take_builders(client);
        let rest = format::print(rest, FieldOrder::Schema(&orders), &mut timings).unwrap();
        assert!(rest.contains(PLACEHOLDER), "{rest}");
        let builders = print_builders(&body.unwrap(), &orders, &mut timings).unwrap();
        assert_eq!(put_back(&rest, &builders).unwrap(), whole);
        assert!(
            whole.contains("        pub struct A {\n            b: Result"),
            "reordered: {whole}"
        );
    }

    #[test]
    fn without_a_builder_module_nothing_is_taken() {
        let (_, body) =
            take_builders(quote! { pub mod types { pub struct A; } pub mod builder {} });
        assert!(body.is_none());
    }
}
