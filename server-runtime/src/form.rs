//! Form encoding (`a=1&b=x+y`), for query strings and form bodies, decoded strictly: a value
//! that does not percent-decode to UTF-8 is an error (serde_urlencoded would silently replace it
//! with U+FFFD and pass garbage on).

use crate::index::Piece;

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

/// Query pairs as spans of `query`, decoded copies only where `%` or `+` occur; strict like
/// [`parse_form`].
pub(crate) fn parse_query(query: &str) -> Result<Vec<(Piece, Piece)>, String> {
    let piece = |start: usize, raw: &str| -> Result<Piece, String> {
        if raw.bytes().any(|b| b == b'%' || b == b'+') {
            decode_form_text(raw.as_bytes()).map(|s| Piece::Owned(s.into()))
        } else {
            Ok(Piece::Span {
                start,
                end: start + raw.len(),
            })
        }
    };
    let mut pairs = Vec::new();
    let mut offset = 0;
    for pair in query.split('&') {
        let start = offset;
        offset += pair.len() + 1;
        if pair.is_empty() {
            continue;
        }
        let (name, value, value_start) = match pair.find('=') {
            Some(i) => (&pair[..i], &pair[i + 1..], start + i + 1),
            None => (pair, "", start + pair.len()),
        };
        pairs.push((piece(start, name)?, piece(value_start, value)?));
    }
    Ok(pairs)
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
