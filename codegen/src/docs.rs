//! Doc comments that rustdoc reads as prose, not as doctests.
//!
//! Spec descriptions become `#[doc]` attributes. prettyplease prints a multi-line one as a
//! `/** … */` block, whose continuation lines rustfmt then indents, and rustdoc compiles any
//! indented or un-annotated fenced block as a doctest, so a description such as a JSON sample
//! would break `cargo test`. This pass rewrites every doc attribute, at token level, into one
//! `#[doc]` per line (printed as `///`), with indentation removed outside fences and bare (or
//! `ignore`) fences marked `text`.

use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, TokenStream, TokenTree};

/// Rewrite every doc attribute in `tokens`, recursively.
///
/// The tokens are moved, not cloned: a clone of every identifier and literal (one allocation
/// each) made this pass cost as much as parsing the file.
pub fn split_doc_attributes(tokens: TokenStream) -> TokenStream {
    let mut out = Vec::new();
    let mut trees = tokens.into_iter().peekable();
    while let Some(tree) = trees.next() {
        match tree {
            // `#` [`!`] `[doc = "…"]`
            TokenTree::Punct(hash) if hash.as_char() == '#' => {
                let bang = match trees.peek() {
                    Some(TokenTree::Punct(b)) if b.as_char() == '!' => trees.next(),
                    _ => None,
                };
                let text = match trees.peek() {
                    Some(TokenTree::Group(g)) => doc_text(g),
                    _ => None,
                };
                match text {
                    Some(text) => {
                        trees.next();
                        for line in sanitize(&text) {
                            out.push(TokenTree::Punct(Punct::new('#', Spacing::Alone)));
                            if bang.is_some() {
                                out.push(TokenTree::Punct(Punct::new('!', Spacing::Alone)));
                            }
                            out.push(TokenTree::Group(doc_group(&line)));
                        }
                    }
                    None => {
                        out.push(TokenTree::Punct(hash));
                        out.extend(bang);
                    }
                }
            }
            TokenTree::Group(g) => {
                let (delimiter, span, stream) = (g.delimiter(), g.span(), g.stream());
                // The group's own reference goes first, so that the stream is not shared and
                // iterating it moves its tokens instead of copying them.
                drop(g);
                let mut inner = Group::new(delimiter, split_doc_attributes(stream));
                inner.set_span(span);
                out.push(TokenTree::Group(inner));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

/// The text of `[doc = "…"]`, if `g` is that.
fn doc_text(g: &Group) -> Option<String> {
    if g.delimiter() != Delimiter::Bracket {
        return None;
    }
    let parts: Vec<TokenTree> = g.stream().into_iter().collect();
    match parts.as_slice() {
        [
            TokenTree::Ident(name),
            TokenTree::Punct(eq),
            TokenTree::Literal(lit),
        ] if name == "doc" && eq.as_char() == '=' => {
            syn::parse2::<syn::LitStr>(TokenTree::Literal(lit.clone()).into())
                .ok()
                .map(|s| s.value())
        }
        _ => None,
    }
}

fn doc_group(line: &str) -> Group {
    let stream: TokenStream = [
        TokenTree::Ident(proc_macro2::Ident::new(
            "doc",
            proc_macro2::Span::call_site(),
        )),
        TokenTree::Punct(Punct::new('=', Spacing::Alone)),
        TokenTree::Literal(Literal::string(line)),
    ]
    .into_iter()
    .collect();
    Group::new(Delimiter::Bracket, stream)
}

/// One output line per input line: ` text` (so it prints as `/// text`), indentation dropped
/// outside fenced blocks, and an opening fence without a language marked `text`.
fn sanitize(text: &str) -> Vec<String> {
    let mut in_fence = false;
    let mut in_list_item = false;
    text.lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if let Some(info) = trimmed.strip_prefix("```") {
                let opening = !in_fence;
                in_fence = !in_fence;
                // `ignore` too: progenitor writes its usage snippets as ```ignore, which rustdoc
                // would list as ignored doctests; they are illustrations, not tests.
                if opening && matches!(info.trim(), "" | "rust" | "ignore") {
                    return " ```text".to_string();
                }
                return format!(" {trimmed}");
            }
            if in_fence {
                return if line.is_empty() {
                    String::new()
                } else {
                    format!(" {line}")
                };
            }
            if trimmed.is_empty() {
                in_list_item = false;
                return String::new();
            }
            if is_list_item(trimmed) {
                in_list_item = true;
                return format!(" {trimmed}");
            }
            if in_list_item {
                // A wrapped list item (progenitor's `- `name`: description` with a multi-line
                // description): indented, it stays part of the item, as rustdoc and clippy's
                // `doc_lazy_continuation` want.
                return format!("   {trimmed}");
            }
            format!(" {trimmed}")
        })
        .collect()
}

/// `- x`, `* x`, `+ x`, `1. x`.
fn is_list_item(line: &str) -> bool {
    let ordered = line
        .split_once(". ")
        .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    ordered || ["- ", "* ", "+ "].iter().any(|m| line.starts_with(m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn multi_line_docs_become_one_attribute_per_line() {
        let tokens = quote! {
            #[doc = "Title\n\n    indented\n```\n{\"a\": 1}\n```"]
            pub struct S { #[doc = "field"] pub f: u8 }
        };
        let file: syn::File = syn::parse2(split_doc_attributes(tokens)).unwrap();
        let text = prettyplease::unparse(&file);
        assert!(
            text.contains("/// Title\n///\n/// indented\n/// ```text\n/// {\"a\": 1}\n/// ```\n"),
            "{text}"
        );
        assert!(text.contains("/// field"), "{text}");
        assert!(!text.contains("/**"), "{text}");
    }

    #[test]
    fn wrapped_list_items_stay_in_their_item() {
        assert_eq!(
            sanitize("Arguments:\n- `a`: first\nwrapped\n\nafter"),
            [" Arguments:", " - `a`: first", "   wrapped", "", " after"]
        );
    }

    #[test]
    fn other_attributes_are_untouched() {
        let tokens = quote! { #[derive(Debug)] #[serde(rename = "x")] struct S; };
        assert_eq!(
            split_doc_attributes(tokens.clone()).to_string(),
            tokens.to_string()
        );
    }
}
