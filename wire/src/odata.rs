//! OData v3 literal helpers shared by the generated client (which builds keys and `$filter` text) and the
//! generated server (which parses them), so both sides agree on quoting and escaping rules.
//!
//! All functions work on text that is already percent-decoded, except [`encode_string_key`], which produces a
//! percent-encoded path segment.
//!
//! Literal grammar accepted by [`parse_literal`] (OData v3 URL conventions, as implemented by WCF Data Services,
//! which MIM's PAM REST API runs on):
//!
//! | text | result |
//! |---|---|
//! | `null`, `true`, `false` (case-sensitive keywords) | [`Literal::Null`], [`Literal::Bool`] |
//! | `42`, `-7`, `+3`, `42L`, `42l` | [`Literal::Int`]; an unsuffixed integer too big for `i64` becomes [`Literal::Decimal`] |
//! | `1.5`, `1.5M`, `1.5m`, `-2M` | [`Literal::Decimal`] (text kept, without suffix, so no precision is lost) |
//! | `1e3`, `1.0d`, `2.5E-3D`, `1.5f`, `NaN`, `INF`, `-INF` | [`Literal::Double`] |
//! | `'it''s'` | [`Literal::String`] (`''` is one quote) |
//! | `guid'…'`, `datetime'…'`, `datetimeoffset'…'` (prefix case-insensitive) | [`Literal::Guid`], [`Literal::DateTime`], [`Literal::DateTimeOffset`] |
//!
//! Decision: `1.5` without suffix is a decimal (exact text), not a double; callers needing a number can convert.
//! WCF treats it as a double, but keeping the text loses nothing. A literal must end at a non-identifier character
//! (`12abc` and `nullx` are errors), so a tokenizer can call [`parse_literal`] and fall back to identifiers.

use std::fmt;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use uuid::Uuid;

use crate::datetime::MimDateTime;

#[cfg(test)]
mod tests;

/// Bytes that may not appear raw in a URL path segment (RFC 3986 `pchar` complement, plus `%` itself).
/// Non-ASCII is always encoded by `utf8_percent_encode`. Sub-delims such as `'`, `(`, `)`, `,`, `=` stay raw
/// because OData key syntax uses them.
const PATH_SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// A single OData v3 literal value, as found in a key segment or a `$filter` expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// An integer (`42`, `42L`).
    Int(i64),
    /// A decimal, kept as written (without the `M` suffix) so no precision is lost.
    Decimal(String),
    /// A double or single (`1e3`, `1.0d`, `1.5f`, `NaN`, `INF`).
    Double(f64),
    /// A quoted string with `''` already undone.
    String(String),
    /// `guid'…'`.
    Guid(Uuid),
    /// `datetime'…'`.
    DateTime(MimDateTime),
    /// `datetimeoffset'…'`.
    DateTimeOffset(MimDateTime),
}

impl fmt::Display for Literal {
    /// Writes the literal in OData v3 syntax such that [`parse_literal`] gives the same value back; lets a client
    /// build `$filter` text from values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Null => f.write_str("null"),
            Literal::Bool(value) => write!(f, "{value}"),
            // WCF wants the `L` suffix for values outside Int32.
            Literal::Int(value) if i32::try_from(*value).is_ok() => write!(f, "{value}"),
            Literal::Int(value) => write!(f, "{value}L"),
            Literal::Decimal(text) => write!(f, "{text}M"),
            Literal::Double(value) if value.is_nan() => f.write_str("NaN"),
            Literal::Double(value) if value.is_infinite() => {
                f.write_str(if *value > 0.0 { "INF" } else { "-INF" })
            }
            Literal::Double(value) => write!(f, "{value:?}d"),
            Literal::String(text) => f.write_str(&quote_string(text)),
            Literal::Guid(uuid) => f.write_str(&guid_literal(uuid)),
            Literal::DateTime(value) => f.write_str(&datetime_literal(value)),
            Literal::DateTimeOffset(value) => f.write_str(&datetimeoffset_literal(value)),
        }
    }
}

/// Why a literal could not be parsed: where (byte offset into the text given) and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid OData literal at byte {offset}: expected {expected}, found {found}")]
pub struct LiteralError {
    /// Byte offset into the parsed text.
    offset: usize,
    /// What the parser wanted at `offset`.
    expected: &'static str,
    /// What it saw instead (or further detail).
    found: String,
}

impl LiteralError {
    /// Builds an error; `found` describes what was seen.
    fn new(offset: usize, expected: &'static str, found: impl Into<String>) -> Self {
        LiteralError {
            offset,
            expected,
            found: found.into(),
        }
    }

    /// Builds an error describing the character at `offset` in `text` (or end of input).
    fn at(text: &str, offset: usize, expected: &'static str) -> Self {
        let found = match text.get(offset..).and_then(|rest| rest.chars().next()) {
            Some(c) => format!("{c:?}"),
            None => "end of input".to_owned(),
        };
        Self::new(offset, expected, found)
    }

    /// Byte offset of the problem, so a caller can point at it (e.g. in a `$filter` error response).
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// What was expected at [`offset`](Self::offset).
    pub fn expected(&self) -> &'static str {
        self.expected
    }

    /// What was found instead, or extra detail (e.g. why a GUID or date-time is invalid).
    pub fn found(&self) -> &str {
        &self.found
    }
}

/// `O'Brien` → `'O''Brien'`: an OData string literal (quotes doubled), for `$filter` text and key predicates.
pub fn quote_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for part in s.split_inclusive('\'') {
        out.push_str(part);
        if part.ends_with('\'') {
            out.push('\'');
        }
    }
    out.push('\'');
    out
}

/// `guid'0f8fad5b-d9cb-469f-a165-70867728950e'` (lower-case, hyphenated, as .NET writes GUIDs).
pub fn guid_literal(u: &Uuid) -> String {
    format!("guid'{}'", u.hyphenated())
}

/// `datetime'2015-07-12T04:35:14.433Z'`, using the exact wire form of the value.
pub fn datetime_literal(value: &MimDateTime) -> String {
    format!("datetime'{value}'")
}

/// `datetimeoffset'2015-07-11T23:38:09.036164-07:00'`, using the exact wire form of the value.
pub fn datetimeoffset_literal(value: &MimDateTime) -> String {
    format!("datetimeoffset'{value}'")
}

/// What a client puts in a URL path segment for a string key: `O'Brien a/b` → `'O''Brien%20a%2Fb'`.
///
/// Quotes are doubled first, then everything not allowed raw in a path segment (`/`, `?`, `#`, `%`, space,
/// controls, non-ASCII, …) is percent-encoded; `'`, `(`, `)` stay raw because OData key syntax uses them.
pub fn encode_string_key(s: &str) -> String {
    utf8_percent_encode(&quote_string(s), PATH_SEGMENT).to_string()
}

/// Undoes `''` doubling in a string key whose surrounding quotes a router has already stripped (`O''Brien` →
/// `O'Brien`).
///
/// # Errors
/// A lone `'` (not part of a `''` pair): the key was not properly escaped and would be ambiguous.
pub fn unquote_string_key(raw: &str) -> Result<String, LiteralError> {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    let mut consumed = 0;
    while let Some(quote) = rest.find('\'') {
        if rest.as_bytes().get(quote + 1) != Some(&b'\'') {
            return Err(LiteralError::new(
                consumed + quote,
                "a doubled quote ''",
                "a lone '",
            ));
        }
        out.push_str(&rest[..=quote]);
        rest = &rest[quote + 2..];
        consumed += quote + 2;
    }
    out.push_str(rest);
    Ok(out)
}

/// Parses ONE literal at the start of `text` and returns it with the number of bytes it used, so a `$filter`
/// tokenizer can continue after it (`guid'…' and x` consumes only the `guid'…'`). Text must be percent-decoded.
///
/// # Errors
/// When `text` does not start with a literal, or the literal is malformed; the error carries the byte offset and
/// what was expected there.
pub fn parse_literal(text: &str) -> Result<(Literal, usize), LiteralError> {
    match text.as_bytes().first() {
        Some(b'\'') => {
            let (value, end) = parse_quoted(text, 0)?;
            Ok((Literal::String(value), end))
        }
        Some(b'0'..=b'9' | b'+' | b'-') => parse_number(text),
        Some(c) if c.is_ascii_alphabetic() => parse_word(text),
        _ => Err(LiteralError::at(text, 0, "a literal")),
    }
}

/// True for bytes that would continue an identifier or number, i.e. that may not directly follow a literal.
fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'.'
}

/// Checks that the literal ending at `end` is not glued to identifier characters.
fn check_boundary(text: &str, end: usize) -> Result<(), LiteralError> {
    match text.as_bytes().get(end) {
        Some(&byte) if is_word_byte(byte) => Err(LiteralError::at(text, end, "end of the literal")),
        _ => Ok(()),
    }
}

/// A `'…'` string starting at `start` (which must be a quote); returns the unescaped text and the end offset.
fn parse_quoted(text: &str, start: usize) -> Result<(String, usize), LiteralError> {
    let mut out = String::new();
    let mut pos = start + 1;
    loop {
        let Some(quote) = text.get(pos..).and_then(|rest| rest.find('\'')) else {
            return Err(LiteralError::new(
                start,
                "a closing quote for the string",
                "end of input",
            ));
        };
        let quote = pos + quote;
        out.push_str(&text[pos..quote]);
        if text.as_bytes().get(quote + 1) == Some(&b'\'') {
            out.push('\'');
            pos = quote + 2;
        } else {
            return Ok((out, quote + 1));
        }
    }
}

/// Keywords and typed literals (`null`, `true`, `NaN`, `guid'…'`, …).
fn parse_word(text: &str) -> Result<(Literal, usize), LiteralError> {
    let end = text
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'_'))
        .unwrap_or(text.len());
    let word = &text[..end];
    if text.as_bytes().get(end) == Some(&b'\'') {
        return parse_typed(text, word, end);
    }
    let literal = match word {
        "null" => Literal::Null,
        "true" => Literal::Bool(true),
        "false" => Literal::Bool(false),
        _ => match special_double(word) {
            Some(value) => Literal::Double(value),
            None => return Err(LiteralError::new(0, "a literal", format!("{word:?}"))),
        },
    };
    check_boundary(text, end)?;
    Ok((literal, end))
}

/// `NaN`, `INF` with an optional `D`/`d`/`F`/`f` suffix.
fn special_double(word: &str) -> Option<f64> {
    let base = word
        .strip_suffix(['D', 'd', 'F', 'f'])
        .filter(|base| matches!(*base, "NaN" | "INF"))
        .unwrap_or(word);
    match base {
        "NaN" => Some(f64::NAN),
        "INF" => Some(f64::INFINITY),
        _ => None,
    }
}

/// `prefix'…'` where `quote` is the offset of the opening quote.
fn parse_typed(text: &str, prefix: &str, quote: usize) -> Result<(Literal, usize), LiteralError> {
    let content_start = quote + 1;
    let Some(length) = text.get(content_start..).and_then(|rest| rest.find('\'')) else {
        return Err(LiteralError::new(
            quote,
            "a closing quote for the typed literal",
            "end of input",
        ));
    };
    let content = &text[content_start..content_start + length];
    let end = content_start + length + 1;
    let literal = if prefix.eq_ignore_ascii_case("guid") {
        if content.len() != 36 {
            return Err(LiteralError::new(
                content_start,
                "a hyphenated GUID (8-4-4-4-12 hex digits)",
                format!("{content:?}"),
            ));
        }
        match Uuid::parse_str(content) {
            Ok(uuid) => Literal::Guid(uuid),
            Err(error) => {
                return Err(LiteralError::new(
                    content_start,
                    "a hyphenated GUID (8-4-4-4-12 hex digits)",
                    format!("{content:?} ({error})"),
                ));
            }
        }
    } else if prefix.eq_ignore_ascii_case("datetime")
        || prefix.eq_ignore_ascii_case("datetimeoffset")
    {
        let value = content.parse::<MimDateTime>().map_err(|error| {
            LiteralError::new(
                content_start + error.position(),
                "a MIM date-time",
                error.to_string(),
            )
        })?;
        if prefix.len() == "datetime".len() {
            Literal::DateTime(value)
        } else {
            Literal::DateTimeOffset(value)
        }
    } else {
        return Err(LiteralError::new(
            0,
            "a literal (supported typed prefixes: guid, datetime, datetimeoffset)",
            format!("prefix {prefix:?}"),
        ));
    };
    check_boundary(text, end)?;
    Ok((literal, end))
}

/// Number of ASCII digits at the start of `text[from..]`.
fn digits_at(text: &str, from: usize) -> usize {
    text.as_bytes().get(from..).map_or(0, |rest| {
        rest.iter().take_while(|b| b.is_ascii_digit()).count()
    })
}

/// Integers, decimals and doubles (with optional sign, fraction, exponent and type suffix), and `-INF`.
fn parse_number(text: &str) -> Result<(Literal, usize), LiteralError> {
    let bytes = text.as_bytes();
    let mut pos = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    if pos == 1 && text[1..].starts_with("INF") {
        let (literal, end) = parse_word(&text[1..]).map_err(|error| LiteralError {
            offset: error.offset + 1,
            ..error
        })?;
        let negative = bytes.first() == Some(&b'-');
        return match literal {
            Literal::Double(value) if value.is_infinite() => Ok((
                Literal::Double(if negative { -value } else { value }),
                end + 1,
            )),
            _ => Err(LiteralError::at(text, 1, "a digit")),
        };
    }
    let int_digits = digits_at(text, pos);
    if int_digits == 0 {
        return Err(LiteralError::at(text, pos, "a digit"));
    }
    pos += int_digits;
    let mut has_point = false;
    if bytes.get(pos) == Some(&b'.') {
        let fraction = digits_at(text, pos + 1);
        if fraction == 0 {
            return Err(LiteralError::at(text, pos + 1, "a digit after '.'"));
        }
        has_point = true;
        pos += 1 + fraction;
    }
    let mut has_exponent = false;
    if matches!(bytes.get(pos), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(bytes.get(pos + 1), Some(b'+' | b'-')));
        let exponent = digits_at(text, pos + 1 + sign);
        if exponent == 0 {
            return Err(LiteralError::at(text, pos + 1 + sign, "exponent digits"));
        }
        has_exponent = true;
        pos += 1 + sign + exponent;
    }
    let number = &text[..pos];
    let suffix = bytes.get(pos).copied().filter(|b| b"LlMmDdFf".contains(b));
    let end = pos + usize::from(suffix.is_some());
    check_boundary(text, end)?;
    let literal = match suffix.map(|b| b.to_ascii_uppercase()) {
        Some(b'L') => {
            if has_point || has_exponent {
                return Err(LiteralError::at(
                    text,
                    pos,
                    "an integer before the 'L' suffix",
                ));
            }
            match number.parse::<i64>() {
                Ok(value) => Literal::Int(value),
                Err(_) => return Err(LiteralError::new(0, "an Int64 in range", number)),
            }
        }
        Some(b'M') => {
            if has_exponent {
                return Err(LiteralError::at(text, pos, "a decimal without exponent"));
            }
            Literal::Decimal(number.to_owned())
        }
        Some(_) => double(number)?,
        None if has_exponent => double(number)?,
        None if has_point => Literal::Decimal(number.to_owned()),
        None => match number.parse::<i64>() {
            Ok(value) => Literal::Int(value),
            Err(_) => Literal::Decimal(number.to_owned()),
        },
    };
    Ok((literal, end))
}

/// A finite double from validated numeric text.
fn double(number: &str) -> Result<Literal, LiteralError> {
    match number.parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(Literal::Double(value)),
        _ => Err(LiteralError::new(0, "a double in range", number)),
    }
}
