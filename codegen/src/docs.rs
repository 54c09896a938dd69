//! Doc comments that rustdoc reads as prose, not as doctests.
//!
//! Spec descriptions become `#[doc]` attributes. prettyplease prints a multi-line one as a
//! `/** … */` block, whose continuation lines rustfmt then indents, and rustdoc compiles any
//! indented or un-annotated fenced block as a doctest, so a description such as a JSON sample
//! would break `cargo test`. This pass rewrites every doc attribute of the syntax tree into one
//! `#[doc]` per line (printed as `///`), with indentation removed outside fences and bare (or
//! `ignore`) fences marked `text`.

use syn::visit_mut::{self, VisitMut};
use syn::{Attribute, Expr, ExprLit, Lit, LitStr, Meta};

/// Rewrite every doc attribute of the items in `file` (and of their fields, variants and
/// associated items, in nested modules too).
///
/// This runs on the syntax tree, between parsing and printing: a pass over the tokens had to
/// rebuild every token stream of the file, which cost as much as a fifth of the parse.
/// Function bodies and expressions are not entered (generated code documents items only).
pub fn split_doc_attributes(file: &mut syn::File) {
    SplitDocs.visit_file_mut(file);
}

struct SplitDocs;

impl VisitMut for SplitDocs {
    fn visit_file_mut(&mut self, file: &mut syn::File) {
        split(&mut file.attrs);
        visit_mut::visit_file_mut(self, file);
    }

    fn visit_item_mut(&mut self, item: &mut syn::Item) {
        if let Some(attrs) = item_attrs(item) {
            split(attrs);
        }
        visit_mut::visit_item_mut(self, item);
    }

    fn visit_field_mut(&mut self, field: &mut syn::Field) {
        split(&mut field.attrs);
        visit_mut::visit_field_mut(self, field);
    }

    fn visit_variant_mut(&mut self, variant: &mut syn::Variant) {
        split(&mut variant.attrs);
        visit_mut::visit_variant_mut(self, variant);
    }

    fn visit_impl_item_mut(&mut self, item: &mut syn::ImplItem) {
        let attrs = match item {
            syn::ImplItem::Const(i) => &mut i.attrs,
            syn::ImplItem::Fn(i) => &mut i.attrs,
            syn::ImplItem::Type(i) => &mut i.attrs,
            syn::ImplItem::Macro(i) => &mut i.attrs,
            _ => return,
        };
        split(attrs);
        visit_mut::visit_impl_item_mut(self, item);
    }

    fn visit_trait_item_mut(&mut self, item: &mut syn::TraitItem) {
        let attrs = match item {
            syn::TraitItem::Const(i) => &mut i.attrs,
            syn::TraitItem::Fn(i) => &mut i.attrs,
            syn::TraitItem::Type(i) => &mut i.attrs,
            syn::TraitItem::Macro(i) => &mut i.attrs,
            _ => return,
        };
        split(attrs);
        visit_mut::visit_trait_item_mut(self, item);
    }

    fn visit_block_mut(&mut self, _: &mut syn::Block) {}

    fn visit_expr_mut(&mut self, _: &mut Expr) {}
}

/// The attributes of an item (`None` for verbatim tokens).
fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<Attribute>> {
    use syn::Item;
    Some(match item {
        Item::Const(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::ExternCrate(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::ForeignMod(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Macro(i) => &mut i.attrs,
        Item::Mod(i) => &mut i.attrs,
        Item::Static(i) => &mut i.attrs,
        Item::Struct(i) => &mut i.attrs,
        Item::Trait(i) => &mut i.attrs,
        Item::TraitAlias(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Union(i) => &mut i.attrs,
        Item::Use(i) => &mut i.attrs,
        _ => return None,
    })
}

/// Each `#[doc = "…"]` in `attrs` becomes one attribute per [`sanitize`]d line, in place.
fn split(attrs: &mut Vec<Attribute>) {
    if !attrs.iter().any(|a| doc_text(a).is_some()) {
        return;
    }
    for attr in std::mem::take(attrs) {
        match doc_text(&attr) {
            Some(text) => attrs.extend(sanitize(&text.value()).iter().map(|line| {
                let mut line_attr = attr.clone();
                if let Meta::NameValue(pair) = &mut line_attr.meta {
                    pair.value = Expr::Lit(ExprLit {
                        attrs: Vec::new(),
                        lit: Lit::Str(doc_literal(line, text.span())),
                    });
                }
                line_attr
            })),
            None => attrs.push(attr),
        }
    }
}

/// A string literal holding `line`: raw (`r#"…"#`) where it can be, which costs neither an
/// escape now nor an unescape when prettyplease reads it back (long spec descriptions made the
/// escaping a sixth of this pass).
fn doc_literal(line: &str, span: proc_macro2::Span) -> LitStr {
    // A raw string ends at `"#` and may not hold a carriage return.
    let raw = (!line.contains("\"#") && !line.contains('\r'))
        .then(|| {
            format!("r#\"{line}\"#")
                .parse::<proc_macro2::Literal>()
                .ok()
        })
        .flatten();
    match raw.map(Lit::new) {
        Some(Lit::Str(mut lit)) => {
            lit.set_span(span);
            lit
        }
        _ => LitStr::new(line, span),
    }
}

/// The string of `#[doc = "…"]`, if `attr` is that.
fn doc_text(attr: &Attribute) -> Option<&LitStr> {
    match &attr.meta {
        Meta::NameValue(pair) if pair.path.is_ident("doc") => match &pair.value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(text),
                ..
            }) => Some(text),
            _ => None,
        },
        _ => None,
    }
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
            let trimmed = autolink_bare_urls(trimmed);
            if is_list_item(&trimmed) {
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

/// A prose line with every bare `http(s)://` URL made an autolink (`<https://…>`), as rustdoc's
/// `bare_urls` lint asks: spec descriptions are full of them (terms of service, references).
/// URLs inside inline code, already in `<…>`, or the target of a Markdown link (`](…)`) are left
/// as they are; trailing sentence punctuation stays outside the link.
fn autolink_bare_urls(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains("http://") && !line.contains("https://") {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len() + 8);
    let mut in_code = false;
    let mut rest = line;
    while !rest.is_empty() {
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, after) = rest.split_at(word_end);
        let space_end = after
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(after.len());
        let (space, next) = after.split_at(space_end);
        // Where a URL starts in the word, after nothing but opening punctuation: `(https://…`
        // is bare, `[x](https://…` and `<https://…` are links already.
        let start = word
            .find("http://")
            .or_else(|| word.find("https://"))
            .filter(|&at| word[..at].chars().all(|c| matches!(c, '(' | '"' | '\'')));
        if let Some(at) = start.filter(|_| !in_code) {
            let (lead, tail) = word.split_at(at);
            let url = tail.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'', '"']);
            out.push_str(lead);
            out.push('<');
            out.push_str(url);
            out.push('>');
            out.push_str(&tail[url.len()..]);
        } else {
            out.push_str(word);
        }
        if word.matches('`').count() % 2 == 1 {
            in_code = !in_code;
        }
        out.push_str(space);
        rest = next;
    }
    std::borrow::Cow::Owned(out)
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
        let mut file: syn::File = syn::parse2(tokens).unwrap();
        split_doc_attributes(&mut file);
        let text = prettyplease::unparse(&file);
        assert!(
            text.contains("/// Title\n///\n/// indented\n/// ```text\n/// {\"a\": 1}\n/// ```\n"),
            "{text}"
        );
        assert!(text.contains("/// field"), "{text}");
        assert!(!text.contains("/**"), "{text}");
    }

    #[test]
    fn doc_lines_read_back_as_written() {
        for line in [
            " plain",
            " a \"quote\"#",
            " cr\rhere",
            " tab\tand \\ backslash",
            " ünïcödé ✓",
            "",
        ] {
            let lit = doc_literal(line, proc_macro2::Span::call_site());
            assert_eq!(lit.value(), line);
        }
        assert!(
            doc_literal(" plain", proc_macro2::Span::call_site())
                .token()
                .to_string()
                .starts_with("r#")
        );
    }

    #[test]
    fn bare_urls_become_autolinks_and_others_stay() {
        assert_eq!(
            autolink_bare_urls("See https://example.com/terms. Or (http://a.b/c), please"),
            "See <https://example.com/terms>. Or (<http://a.b/c>), please"
        );
        for kept in [
            "already <https://example.com> linked",
            "a [link](https://example.com) here",
            "code `curl https://example.com` here",
            "no url at all",
        ] {
            assert_eq!(autolink_bare_urls(kept), kept);
        }
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
        let mut file: syn::File = syn::parse2(tokens.clone()).unwrap();
        split_doc_attributes(&mut file);
        assert_eq!(quote::quote!(#file).to_string(), tokens.to_string());
    }

    #[test]
    fn docs_of_nested_items_and_members_are_split() {
        let tokens = quote! {
            #![doc = "crate\nline"]
            pub mod m {
                #[doc = "enum\nline"]
                pub enum E { #[doc = "variant\nline"] V }
                impl E { #[doc = "method\nline"] pub fn f(&self) {} }
                pub trait T { #[doc = "required\nline"] fn g(&self); }
            }
        };
        let mut file: syn::File = syn::parse2(tokens).unwrap();
        split_doc_attributes(&mut file);
        let text = prettyplease::unparse(&file);
        assert!(!text.contains("/*"), "{text}");
        for doc in ["crate", "enum", "variant", "method", "required"] {
            assert!(text.contains(&format!(" {doc}\n")), "{doc}: {text}");
        }
        assert_eq!(text.matches("/ line\n").count(), 4, "{text}");
        assert!(text.starts_with("//! crate\n//! line\n"), "{text}");
    }
}
