//! Form encoding (`a=1&b=x+y`), for query strings and form bodies, decoded strictly: a value
//! that does not percent-decode to UTF-8 is an error (serde_urlencoded would silently replace it
//! with U+FFFD and pass garbage on).

use std::borrow::Cow;

/// `a=1&b=x+y` → pairs, strictly: a value that does not percent-decode to UTF-8 is an error
/// (serde_urlencoded would silently replace it with U+FFFD and pass garbage on).
pub fn parse_form(input: &[u8]) -> Result<Vec<(String, String)>, String> {
    let decode = decode_form_text;
    input
        .split(|&b| b == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = match pair.iter().position(|&b| b == b'=') {
                Some(i) => (&pair[..i], &pair[i + 1..]),
                None => (pair, &pair[..0]),
            };
            Ok((decode(name)?, decode(value)?))
        })
        .collect()
}

/// Query pairs, in order, each borrowed from `query` unless `%` or `+` made a decoded copy
/// necessary; strict like [`parse_form`]. Nothing is allocated for a pair that needs no decoding.
pub(crate) fn query_pairs(
    query: &str,
) -> impl Iterator<Item = Result<(Cow<'_, str>, Cow<'_, str>), String>> {
    raw_pairs(query).map(|(name, value)| Ok((decode_query_text(name)?, decode_query_text(value)?)))
}

/// The value of the first pair whose (decoded) name `same` accepts, decoded. The query must have
/// passed [`check_query`]. Only names that are encoded are decoded to be compared.
pub(crate) fn find_query_value<'q>(
    query: &'q str,
    same: impl Fn(&str) -> bool,
) -> Option<Cow<'q, str>> {
    raw_pairs(query)
        .find(|(name, _)| match decode_query_text(name) {
            Ok(name) => same(&name),
            Err(_) => false,
        })
        .and_then(|(_, value)| decode_query_text(value).ok())
}

/// `Err` when some pair of `query` does not decode (see [`query_pairs`]). Only `%` can make a
/// text fail to decode, so a query without one is checked with one look.
pub(crate) fn check_query(query: &str) -> Result<(), String> {
    if !query.as_bytes().contains(&b'%') {
        return Ok(());
    }
    query_pairs(query).try_for_each(|pair| pair.map(drop))
}

/// The raw `(name, value)` pairs of a query, empty pairs skipped; a pair without `=` has an
/// empty value.
fn raw_pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(
            |pair| match pair.as_bytes().iter().position(|&b| b == b'=') {
                Some(i) => (&pair[..i], &pair[i + 1..]),
                None => (pair, ""),
            },
        )
}

fn decode_query_text(raw: &str) -> Result<Cow<'_, str>, String> {
    if raw.bytes().any(|b| b == b'%' || b == b'+') {
        decode_form_text(raw.as_bytes()).map(Cow::Owned)
    } else {
        Ok(Cow::Borrowed(raw))
    }
}

/// One form-encoded text: `+` is a space, `%XX` a byte; the result must be UTF-8.
fn decode_form_text(raw: &[u8]) -> Result<String, String> {
    let spaced: Vec<u8> = raw
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    let bytes: Vec<u8> = percent_encoding::percent_decode(&spaced).collect();
    String::from_utf8(bytes).map_err(|_| {
        format!(
            "`{}` is not UTF-8 after percent-decoding",
            String::from_utf8_lossy(raw)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_pairs_are_borrowed_unless_decoded() {
        let pairs: Vec<_> = query_pairs("a=1&b=x%20y&&c&d=e+f")
            .collect::<Result<_, _>>()
            .unwrap();
        let borrowed = |cow: &Cow<'_, str>| matches!(cow, Cow::Borrowed(_));
        let shown: Vec<_> = pairs
            .iter()
            .map(|(k, v)| (k.as_ref(), v.as_ref(), borrowed(k) && borrowed(v)))
            .collect();
        assert_eq!(
            shown,
            [
                ("a", "1", true),
                ("b", "x y", false),
                ("c", "", true),
                ("d", "e f", false)
            ]
        );
        assert!(check_query("a=%FF").is_err());
        assert!(check_query("a=%41&b").is_ok());
    }
}
