//! Matching request paths against [`PathTemplate`]s, as the server runtime routes.
//!
//! A request path is split and percent-decoded once ([`RequestPath::parse`]) and then tried
//! against each template. Rules: one trailing slash is tolerated; literals compare per [`Case`];
//! a parameter takes the text up to the first occurrence of the literal that follows it (or the
//! rest of the segment), and must not be empty; a parameter between `'` quotes is an OData string
//! literal, in which `''` stands for one `'` and does not end the value.
//!
//! Allocation: splitting allocates the segment list once per request; a segment is only copied
//! when percent-decoding changes it, and a captured value only when it contains a doubled quote.
//! Matching itself allocates one capture list per successful match, nothing per segment.

use crate::template::{Case, Part, PathTemplate};
use std::borrow::Cow;

/// Upper bound on the number of segments of a request path: longer paths match no template of
/// a real API, and the bound keeps a hostile path from making the split expensive.
pub const MAX_SEGMENTS: usize = 64;

/// A request path split into percent-decoded segments (leading `/` and one trailing `/` dropped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestPath<'p> {
    segments: Vec<Cow<'p, str>>,
}

/// Why a request path cannot be routed (the server answers 400).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PathError {
    /// `%ff` and the like: the decoded bytes are not UTF-8.
    #[error("path segment `{0}` is not valid UTF-8 after percent-decoding")]
    InvalidUtf8(String),
    /// More than [`MAX_SEGMENTS`] segments.
    #[error("the path has more than {MAX_SEGMENTS} segments")]
    TooManySegments,
}

impl<'p> RequestPath<'p> {
    /// Splits and decodes a raw request path (`/api/items(guid%27x%27)/Close/`).
    ///
    /// ```
    /// let p = openapi_core::RequestPath::parse("/a%20b/c/").unwrap();
    /// assert_eq!(p.segments(), ["a b", "c"]);
    /// ```
    pub fn parse(path: &'p str) -> Result<Self, PathError> {
        let trimmed = path.strip_prefix('/').unwrap_or(path);
        let trimmed = trimmed.strip_suffix('/').unwrap_or(trimmed);
        if trimmed.split('/').nth(MAX_SEGMENTS).is_some() {
            return Err(PathError::TooManySegments);
        }
        let segments = trimmed
            .split('/')
            .map(|raw| {
                percent_encoding::percent_decode_str(raw)
                    .decode_utf8()
                    .map_err(|_| PathError::InvalidUtf8(raw.to_owned()))
            })
            .collect::<Result<_, _>>()?;
        Ok(Self { segments })
    }

    /// The decoded segments.
    pub fn segments(&self) -> &[Cow<'p, str>] {
        &self.segments
    }
}

/// One captured parameter: the template's name and the decoded value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capture<'t, 'v> {
    /// Parameter name, borrowed from the template.
    pub name: &'t str,
    /// The value, borrowed from the request path unless an OData `''` had to be undone.
    pub value: Cow<'v, str>,
}

impl PathTemplate {
    /// Matches a request path; the captures, in template order, on success.
    ///
    /// ```
    /// use openapi_core::{Case, PathTemplate, RequestPath};
    /// let t = PathTemplate::parse("/api/items(guid'{id}')/Close").unwrap();
    /// let path = RequestPath::parse("/API/Items(GUID%27abc%27)/close/").unwrap();
    /// let captures = t.matches(&path, Case::Insensitive).unwrap();
    /// assert_eq!((captures[0].name, &*captures[0].value), ("id", "abc"));
    /// assert!(t.matches(&path, Case::Sensitive).is_none());
    /// ```
    pub fn matches<'t, 'v>(
        &'t self,
        path: &'v RequestPath<'_>,
        case: Case,
    ) -> Option<Vec<Capture<'t, 'v>>> {
        if self.segments().len() != path.segments.len() {
            return None;
        }
        let mut captures = Vec::new();
        for (segment, text) in self.segments().iter().zip(&path.segments) {
            match_segment(segment.parts(), text, case, &mut captures)?;
        }
        Some(captures)
    }

    /// How many leading segments of `path` equal this template's leading all-literal segments.
    /// The runtime answers an unmatched request in the error format of the API with the longest
    /// such prefix.
    pub fn literal_prefix_len(&self, path: &RequestPath<'_>, case: Case) -> usize {
        self.segments()
            .iter()
            .zip(&path.segments)
            .take_while(|(segment, text)| segment.as_literal().is_some_and(|l| case.same(l, text)))
            .count()
    }
}

fn match_segment<'t, 'v>(
    parts: &'t [Part],
    segment: &'v str,
    case: Case,
    captures: &mut Vec<Capture<'t, 'v>>,
) -> Option<()> {
    let mut rest = segment;
    for (i, part) in parts.iter().enumerate() {
        match part {
            Part::Literal(literal) => {
                let head = rest.get(..literal.len())?;
                if !case.same(head, literal) {
                    return None;
                }
                rest = &rest[literal.len()..];
            }
            Part::Param(name) => {
                let next = match parts.get(i + 1) {
                    Some(Part::Literal(l)) => Some(l.as_str()),
                    _ => None,
                };
                let quoted = i > 0
                    && matches!(&parts[i - 1], Part::Literal(l) if l.ends_with('\''))
                    && next.is_some_and(|l| l.starts_with('\''));
                let end = match next {
                    None => rest.len(),
                    Some(closing) if quoted => quoted_end(rest, closing, case)?,
                    Some(literal) => find(rest, literal, case)?,
                };
                let raw = &rest[..end];
                if raw.is_empty() {
                    return None;
                }
                let value = if quoted && raw.contains("''") {
                    Cow::Owned(raw.replace("''", "'"))
                } else {
                    Cow::Borrowed(raw)
                };
                captures.push(Capture { name, value });
                rest = &rest[end..];
            }
        }
    }
    rest.is_empty().then_some(())
}

/// Byte offset of the first occurrence of `needle` in `haystack`, without allocating.
fn find(haystack: &str, needle: &str, case: Case) -> Option<usize> {
    match case {
        Case::Sensitive => haystack.find(needle),
        Case::Insensitive => {
            let (h, n) = (haystack.as_bytes(), needle.as_bytes());
            if n.is_empty() {
                return Some(0);
            }
            // ASCII folding leaves non-ASCII bytes alone, so a match starts on a char boundary.
            h.windows(n.len())
                .position(|w| w.eq_ignore_ascii_case(n))
                .filter(|&i| haystack.is_char_boundary(i))
        }
    }
}

/// End of a quoted OData string value: the first `'` that is not doubled, which must be followed
/// by the rest of `closing`.
fn quoted_end(text: &str, closing: &str, case: Case) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            if bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            let tail = text.get(i..i + closing.len())?;
            return case.same(tail, closing).then_some(i);
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLOSE: &str = "/api/items(guid'{id}')/Close";
    const USERS: &str = "/Users('{name}')";

    fn m(template: &str, path: &str, case: Case) -> Option<Vec<(String, String)>> {
        let t = PathTemplate::parse(template).unwrap();
        let p = RequestPath::parse(path).unwrap();
        t.matches(&p, case).map(|c| {
            c.into_iter()
                .map(|c| (c.name.to_owned(), c.value.into_owned()))
                .collect()
        })
    }

    fn one(name: &str, value: &str) -> Option<Vec<(String, String)>> {
        Some(vec![(name.to_owned(), value.to_owned())])
    }

    #[test]
    fn keys_inside_segments_in_any_case_encoded_and_with_a_trailing_slash() {
        let id = "5ec10e61-cdd1-404e-a18e-740467d87dbf";
        let ci = Case::Insensitive;
        assert_eq!(
            m(CLOSE, &format!("/api/items(guid'{id}')/Close"), ci),
            one("id", id)
        );
        assert_eq!(
            m(CLOSE, &format!("/API/Items(GUID'{id}')/close/"), ci),
            one("id", id)
        );
        assert_eq!(
            m(CLOSE, &format!("/api/items(guid%27{id}%27)/Close"), ci),
            one("id", id)
        );
        assert_eq!(m(CLOSE, &format!("/api/items({id})/Close"), ci), None);
        assert_eq!(m(CLOSE, "/api/items(guid'')/Close", ci), None);
        assert_eq!(
            m(CLOSE, &format!("/api/items(guid'{id}')/Close/extra"), ci),
            None
        );
        assert_eq!(m(CLOSE, &format!("/api/items(guid'{id}')"), ci), None);
    }

    #[test]
    fn case_sensitive_templates_stay_sensitive() {
        assert_eq!(m(CLOSE, "/API/items(guid'x')/Close", Case::Sensitive), None);
        assert_eq!(
            m(CLOSE, "/api/items(guid'x')/Close", Case::Sensitive),
            one("id", "x")
        );
        assert_eq!(m("/a{x}B", "/aqqb", Case::Sensitive), None);
        assert_eq!(m("/a{x}B", "/aqqb", Case::Insensitive), one("x", "qq"));
    }

    #[test]
    fn quoted_string_keys_undo_quote_doubling() {
        let ci = Case::Insensitive;
        assert_eq!(
            m(USERS, "/Users('O''Brien%20a%2Fb')", ci),
            one("name", "O'Brien a/b")
        );
        assert_eq!(m(USERS, "/Users('it''')", ci), one("name", "it'"));
        assert_eq!(m(USERS, "/Users('a'b')", ci), None);
        assert_eq!(m(USERS, "/Users('abc", ci), None);
    }

    #[test]
    fn several_params_in_a_segment_with_literals_between() {
        let got = m(
            "/Orders(Id={id},Line={line})",
            "/orders(id=7,line=12)",
            Case::Insensitive,
        );
        assert_eq!(
            got,
            Some(vec![
                ("id".into(), "7".into()),
                ("line".into(), "12".into())
            ])
        );
        assert_eq!(
            m(
                "/Orders(Id={id},Line={line})",
                "/Orders(Id=7)",
                Case::Insensitive
            ),
            None
        );
    }

    #[test]
    fn values_borrow_unless_a_quote_was_undone() {
        let t = PathTemplate::parse(USERS).unwrap();
        let plain = RequestPath::parse("/Users('abc')").unwrap();
        assert!(matches!(plain.segments()[0], Cow::Borrowed(_)));
        let c = t.matches(&plain, Case::Sensitive).unwrap();
        assert!(matches!(c[0].value, Cow::Borrowed("abc")));
        let doubled = RequestPath::parse("/Users('a''b')").unwrap();
        let c = t.matches(&doubled, Case::Sensitive).unwrap();
        assert!(matches!(&c[0].value, Cow::Owned(v) if v == "a'b"));
        let encoded = RequestPath::parse("/Users('a%20b')").unwrap();
        assert!(matches!(encoded.segments()[0], Cow::Owned(_)));
    }

    #[test]
    fn bad_paths_are_errors_not_panics() {
        assert!(matches!(
            RequestPath::parse("/a%ff"),
            Err(PathError::InvalidUtf8(_))
        ));
        let long = "/a".repeat(MAX_SEGMENTS + 1);
        assert_eq!(RequestPath::parse(&long), Err(PathError::TooManySegments));
        assert!(RequestPath::parse(&"/a".repeat(MAX_SEGMENTS)).is_ok());
        // Multi-byte text around ASCII literals never splits a character.
        assert_eq!(m("/é{x}ü-{y}", "/ÉAü-b", Case::Insensitive), None);
        assert_eq!(
            m("/é{x}ü-{y}", "/éAü-b", Case::Insensitive),
            Some(vec![("x".into(), "A".into()), ("y".into(), "b".into())])
        );
        assert_eq!(m("/", "/", Case::Sensitive), Some(vec![]));
        assert_eq!(m("/", "", Case::Sensitive), Some(vec![]));
    }

    #[test]
    fn literal_prefix_for_error_format_choice() {
        let t = PathTemplate::parse("/api/pamresources/pamroles").unwrap();
        let p = RequestPath::parse("/API/pamresources/nothing").unwrap();
        assert_eq!(t.literal_prefix_len(&p, Case::Insensitive), 2);
        assert_eq!(t.literal_prefix_len(&p, Case::Sensitive), 0);
    }
}
