//! Cookie parameters (`in: cookie`): one value per name, read from the `Cookie` header.
//!
//! RFC 6265 §5.4 has a client send one `Cookie` header of `name=value` pairs joined by `; `
//! (HTTP/2 may split it into several fields, which are read in order as one). Values are
//! percent-decoded, which is how the generated clients encode what a cookie-octet cannot carry
//! (OpenAPI's `style: form` for cookies), and a value in double quotes loses them (§4.1.1).
//! The first pair with the name wins (§5.4 puts the most specific cookie first). Pairs without
//! `=` are ignored (§5.2). The header's size is bounded by the serve loop; the number of pairs
//! scanned by [`MAX_COOKIE_PAIRS`].

use crate::error::Rejection;
use crate::extract::{Kind, Request, parse_text};
use axum::http::header;
use percent_encoding::percent_decode_str;
use serde::de::DeserializeOwned;

/// The most `name=value` pairs read from a request's `Cookie` header(s) looking for one name;
/// a request with more before the one asked for gets a 400.
pub const MAX_COOKIE_PAIRS: usize = 64;

/// An optional cookie parameter, parsed by `kind` as query parameters are; absent or empty is
/// `None`, a value that does not parse is a 400 naming the cookie.
pub fn cookie_param<T: DeserializeOwned>(
    req: &Request,
    name: &str,
    kind: &Kind,
) -> Result<Option<T>, Rejection> {
    match cookie_text(req, name)? {
        None => Ok(None),
        Some(text) => parse_text(&text, kind).map_err(|e| cookie_error(name, &e)),
    }
}

/// A required cookie parameter: as [`cookie_param`], and a 400 when it is missing.
pub fn required_cookie_param<T: DeserializeOwned>(
    req: &Request,
    name: &str,
    kind: &Kind,
) -> Result<T, Rejection> {
    cookie_param(req, name, kind)?.ok_or_else(|| cookie_error(name, "is required"))
}

/// The decoded value of the first pair named `name`.
fn cookie_text(req: &Request, name: &str) -> Result<Option<String>, Rejection> {
    let mut scanned = 0usize;
    for field in req.parts.headers.get_all(header::COOKIE) {
        let text = field
            .to_str()
            .map_err(|_| cookie_error(name, "the `Cookie` header is not visible ASCII"))?;
        for pair in text.split(';') {
            scanned += 1;
            if scanned > MAX_COOKIE_PAIRS {
                return Err(Rejection::bad_request(
                    "BadRequest.Parameter",
                    format!("more than {MAX_COOKIE_PAIRS} cookies"),
                ));
            }
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            if key.trim_matches([' ', '\t']) != name {
                continue;
            }
            let value = value.trim_matches([' ', '\t']);
            let value = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .unwrap_or(value);
            return percent_decode_str(value)
                .decode_utf8()
                .map(|v| Some(v.into_owned()))
                .map_err(|_| cookie_error(name, "is not UTF-8 once percent-decoded"));
        }
    }
    Ok(None)
}

fn cookie_error(name: &str, problem: &str) -> Rejection {
    Rejection::bad_request(
        "BadRequest.Parameter",
        format!("cookie parameter `{name}`: {problem}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorFormat;

    static ERRORS: ErrorFormat = ErrorFormat::new(None);

    fn request(cookies: &[&str]) -> Request {
        let mut builder = axum::http::Request::builder().uri("/x");
        for c in cookies {
            builder = builder.header(header::COOKIE, *c);
        }
        let (parts, ()) = builder.body(()).unwrap().into_parts();
        Request::new(parts, Vec::new(), bytes::Bytes::new(), &ERRORS).unwrap()
    }

    #[test]
    fn pairs_are_found_by_exact_name_decoded_and_typed() {
        let req = request(&["a=1; session=x%3By%20z; n=42", "late=\"q\""]);
        let s: String = required_cookie_param(&req, "session", &Kind::String).unwrap();
        assert_eq!(s, "x;y z");
        let n: i64 = required_cookie_param(&req, "n", &Kind::Integer).unwrap();
        assert_eq!(n, 42);
        let quoted: String = required_cookie_param(&req, "late", &Kind::String).unwrap();
        assert_eq!(quoted, "q");
        let other_case: Option<String> = cookie_param(&req, "Session", &Kind::String).unwrap();
        assert_eq!(other_case, None);
    }

    #[test]
    fn the_first_pair_wins_and_pairs_without_a_value_are_skipped() {
        let req = request(&["flag; id=1; id=2"]);
        let id: i64 = required_cookie_param(&req, "id", &Kind::Integer).unwrap();
        assert_eq!(id, 1);
    }

    #[test]
    fn missing_bad_and_too_many_are_400s_naming_the_cookie() {
        let req = request(&["n=abc"]);
        let bad = cookie_param::<i64>(&req, "n", &Kind::Integer).unwrap_err();
        assert_eq!(bad.status, 400);
        assert!(bad.message.contains("cookie parameter `n`"), "{bad:?}");
        let missing = required_cookie_param::<i64>(&request(&[]), "n", &Kind::Integer);
        assert!(missing.unwrap_err().message.contains("is required"));
        let many = (0..MAX_COOKIE_PAIRS + 1)
            .map(|i| format!("c{i}=1"))
            .collect::<Vec<_>>()
            .join("; ");
        let req = request(&[&format!("{many}; want=1")]);
        let err = cookie_param::<i64>(&req, "want", &Kind::Integer).unwrap_err();
        assert!(err.message.contains("more than"), "{err:?}");
        let found: Option<i64> = cookie_param(&req, "c0", &Kind::Integer).unwrap();
        assert_eq!(found, Some(1));
        let not_utf8 = request(&["v=%FF"]);
        assert!(cookie_param::<String>(&not_utf8, "v", &Kind::String).is_err());
    }
}
