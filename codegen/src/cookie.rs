//! Cookie parameters through progenitor, which refuses `in: cookie`.
//!
//! The choice: the client view turns each cookie parameter into a header parameter whose name
//! is the cookie's behind [`MARK`], a character no header name can hold and that progenitor's
//! identifier rules drop, so the builder gets a setter named after the cookie (`.session(…)`)
//! typed like any other parameter. progenitor then writes
//! `header_map.append("=session", value.to_string().try_into()?)`; [`rewrite_file`] replaces
//! each such statement with a call of `append_cookie_param` (emitted into the client module when
//! used), which adds `session=<value>` to the request's one `Cookie` header (RFC 6265 §5.4:
//! pairs joined by `; `), the value percent-encoded outside the cookie-octet set and `%` itself
//! (OpenAPI's `style: form`). A marked header left in the output is an error, never a request
//! with an invalid header name. The server reads the pairs back with the runtime's
//! `cookie_param`, which percent-decodes.
//!
//! The alternatives were worse: one `Cookie` header parameter would give the caller a single
//! untyped string to assemble; a client hook would be invisible in the builder.

use crate::error::Error;
use crate::ir::{Api, Location};
use openapiv3::{HeaderStyle, OpenAPI, Parameter, ReferenceOr};
use proc_macro2::TokenStream;
use quote::quote;
use syn::visit_mut::VisitMut;

/// Prefix of a cookie parameter's name in the client view: `=` is not a header-name character
/// (RFC 9110 §5.6.2) and not an identifier character.
const MARK: char = '=';

/// An HTTP token (RFC 9110 §5.6.2): what a header name is, and (RFC 6265 §4.1.1) a cookie
/// name. Lowering refuses other names for both, so no header parameter can carry [`MARK`].
pub(crate) fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// In the client view: every cookie parameter in `list` as a marked header parameter.
pub(crate) fn as_marked_headers(list: &mut [ReferenceOr<Parameter>], spec: &OpenAPI) {
    for entry in list.iter_mut() {
        let resolved =
            crate::schema::resolve(entry, "", "parameters", |c| &c.parameters, spec).ok();
        if let Some(Parameter::Cookie { parameter_data, .. }) = resolved {
            let mut data = parameter_data.clone();
            data.name = format!("{MARK}{}", data.name);
            *entry = ReferenceOr::Item(Parameter::Header {
                parameter_data: data,
                style: HeaderStyle::Simple,
            });
        }
    }
}

/// Whether any operation of `api` has a cookie parameter.
pub(crate) fn used(api: &Api) -> bool {
    api.operations
        .iter()
        .any(|op| op.params.iter().any(|p| p.location == Location::Cookie))
}

/// Turns every marked header append in progenitor's output into a cookie pair; returns the
/// helper that does it, to be added to the client module.
pub(crate) fn rewrite_file(file: &mut syn::File) -> Result<TokenStream, Error> {
    let mut rewrite = Rewrite { left: Vec::new() };
    rewrite.visit_file_mut(file);
    if !rewrite.left.is_empty() {
        return Err(Error::Emit(format!(
            "progenitor sent cookie parameters {:?} in a shape the cookie rewrite does not know",
            rewrite.left
        )));
    }
    Ok(quote! {
        /// Adds `name=value` to the request's one `Cookie` header (RFC 6265 §5.4: pairs joined
        /// by `; `), the value percent-encoded outside the cookie-octet set (and `%` itself), as
        /// OpenAPI's `style: form` asks. The server percent-decodes.
        fn append_cookie_param(
            headers: &mut ::reqwest::header::HeaderMap,
            name: &str,
            value: &str,
        ) -> ::std::result::Result<(), ::reqwest::header::InvalidHeaderValue> {
            let mut line = match headers.get(::reqwest::header::COOKIE) {
                Some(previous) => format!("{}; ", String::from_utf8_lossy(previous.as_bytes())),
                None => String::new(),
            };
            line.push_str(name);
            line.push('=');
            for byte in value.bytes() {
                if matches!(byte, 0x21 | 0x23..=0x24 | 0x26..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E) {
                    line.push(char::from(byte));
                } else {
                    line.push_str(&format!("%{byte:02X}"));
                }
            }
            headers.insert(
                ::reqwest::header::COOKIE,
                ::reqwest::header::HeaderValue::from_str(&line)?,
            );
            Ok(())
        }
    })
}

/// Replaces `header_map.append("=name", VALUE.try_into()?)` with
/// `super::append_cookie_param(&mut header_map, "name", &VALUE)?`.
struct Rewrite {
    /// Marked names found in a shape other than the expected one.
    left: Vec<String>,
}

impl VisitMut for Rewrite {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        let syn::Expr::MethodCall(call) = expr else {
            return;
        };
        let Some(syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(name),
            ..
        })) = call.args.first()
        else {
            return;
        };
        let name = name.value();
        let Some(cookie) = name.strip_prefix(MARK) else {
            return;
        };
        let value = match (call.method == "append", call.args.len(), call.args.last()) {
            (true, 2, Some(syn::Expr::Try(attempt))) => match &*attempt.expr {
                syn::Expr::MethodCall(inner) if inner.method == "try_into" => {
                    Some(inner.receiver.clone())
                }
                _ => None,
            },
            _ => None,
        };
        let Some(value) = value else {
            self.left.push(cookie.to_string());
            return;
        };
        let map = &call.receiver;
        *expr = syn::parse_quote!(super::append_cookie_param(&mut #map, #cookie, &#value)?);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_and_header_names_are_tokens() {
        assert!(is_token("session_id"));
        assert!(is_token("__Host-sid"));
        assert!(!is_token("a b"));
        assert!(!is_token("a=b"));
        assert!(!is_token(""));
    }

    #[test]
    fn marked_appends_become_cookie_pairs_and_unknown_shapes_are_reported() {
        let mut expr: syn::Expr =
            syn::parse_quote!(header_map.append("=sid", sid.to_string().try_into()?));
        let mut rewrite = Rewrite { left: Vec::new() };
        rewrite.visit_expr_mut(&mut expr);
        let text = quote!(#expr).to_string();
        assert_eq!(
            text,
            quote!(super::append_cookie_param(
                &mut header_map,
                "sid",
                &sid.to_string()
            )?)
            .to_string()
        );
        let mut odd: syn::Expr = syn::parse_quote!(header_map.insert("=sid", sid));
        rewrite.visit_expr_mut(&mut odd);
        assert_eq!(rewrite.left, ["sid"]);
        let mut plain: syn::Expr = syn::parse_quote!(header_map.append("X-Id", id));
        rewrite.visit_expr_mut(&mut plain);
        assert_eq!(rewrite.left.len(), 1);
    }
}
