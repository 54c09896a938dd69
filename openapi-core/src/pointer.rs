//! JSON pointers (RFC 6901): escaping reference tokens and building pointers.
//!
//! Every diagnostic of the workspace names the offending node by pointer
//! (`/paths/~1api~1x/get/parameters/0`), so every tool must escape path keys (which contain `/`)
//! the same way; this module is that one way.

use std::borrow::Cow;

/// Escapes one reference token: `~` becomes `~0`, `/` becomes `~1`. Borrows when nothing needs
/// escaping.
///
/// ```
/// assert_eq!(openapi_core::pointer::escape("/a~b/{id}"), "~1a~0b~1{id}");
/// assert!(matches!(openapi_core::pointer::escape("get"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn escape(token: &str) -> Cow<'_, str> {
    if !token.contains(['~', '/']) {
        return Cow::Borrowed(token);
    }
    let mut out = String::with_capacity(token.len() + 2);
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Undoes [`escape`]: `~1` becomes `/`, `~0` becomes `~` (in that order, as RFC 6901 requires, so
/// `~01` is `~1`). Borrows when there is no `~`.
///
/// ```
/// assert_eq!(openapi_core::pointer::unescape("~1a~0b~01"), "/a~b~1");
/// ```
pub fn unescape(token: &str) -> Cow<'_, str> {
    if !token.contains('~') {
        return Cow::Borrowed(token);
    }
    Cow::Owned(token.replace("~1", "/").replace("~0", "~"))
}

/// `base` extended by one (unescaped) token.
///
/// ```
/// assert_eq!(openapi_core::pointer::push("/paths", "/pets/{id}"), "/paths/~1pets~1{id}");
/// assert_eq!(openapi_core::pointer::push("", "info"), "/info");
/// ```
pub fn push(base: &str, token: &str) -> String {
    let token = escape(token);
    let mut out = String::with_capacity(base.len() + token.len() + 1);
    out.push_str(base);
    out.push('/');
    out.push_str(&token);
    out
}

/// `base` extended by several (unescaped) tokens.
///
/// ```
/// assert_eq!(
///     openapi_core::pointer::join("/paths", &["/a", "get"]),
///     "/paths/~1a/get"
/// );
/// ```
pub fn join(base: &str, tokens: &[&str]) -> String {
    let mut out = base.to_owned();
    for token in tokens {
        out.push('/');
        out.push_str(&escape(token));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_round_trips() {
        for token in ["", "a", "/", "~", "~1", "~0", "/a~b/{id}", "a/~/b", "ä/ö"] {
            assert_eq!(unescape(&escape(token)), token, "{token}");
        }
        assert_eq!(escape("~/"), "~0~1");
        assert_eq!(escape("~1"), "~01");
    }

    #[test]
    fn pointers_built_here_are_understood_by_serde_json() {
        let doc = serde_json::json!({"paths": {"/a~b/{id}": {"get": 1}}});
        assert_eq!(
            doc.pointer(&join("", &["paths", "/a~b/{id}", "get"])),
            Some(&serde_json::json!(1))
        );
        assert_eq!(push("/paths", "x"), "/paths/x");
    }
}
