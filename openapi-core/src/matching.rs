//! Matching request paths against [`PathTemplate`]s, as the server runtime routes.
//!
//! A request path is split and percent-decoded once ([`RequestPath::parse`]) and then tried
//! against each template. Rules: one trailing slash is tolerated; literals compare per [`Case`];
//! a parameter takes the text up to the first occurrence of the literal that follows it (or the
//! rest of the segment), and must not be empty; a parameter between `'` quotes is an OData string
//! literal, in which `''` stands for one `'` and does not end the value.
//!
//! The rules live in one function, [`Segment::match_text`]; [`PathTemplate::matches`] applies it
//! to a whole template, and the server runtime's route trie to the segments its index leads to.
//!
//! Allocation: splitting keeps up to 8 segments on the stack; a segment is only copied when
//! percent-decoding changes it, and a captured value only when it contains a doubled quote.
//! [`PathTemplate::matches`] allocates one capture list per successful match, nothing per
//! segment; [`Segment::match_text`] allocates nothing.

use crate::template::{Case, Part, PathTemplate, Segment};
use smallvec::SmallVec;
use std::borrow::Cow;
use std::ops::Range;

/// Upper bound on the number of segments of a request path: longer paths match no template of
/// a real API, and the bound keeps a hostile path from making the split expensive.
pub const MAX_SEGMENTS: usize = 64;

/// A request path split into percent-decoded segments (leading `/` and one trailing `/` dropped).
///
/// Invariant: `offsets[i]` is the byte offset of segment `i` in the raw path; a segment is
/// [`Cow::Borrowed`] exactly when it is that raw text unchanged. Up to 8 segments (every route of
/// the MIM APIs) live on the stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestPath<'p> {
    segments: SmallVec<[Cow<'p, str>; 8]>,
    offsets: SmallVec<[usize; 8]>,
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
    /// Splits and decodes a raw request path (`/api/items(guid%27x%27)/Close/`), in one pass; a
    /// segment without `%` is borrowed without a second look.
    ///
    /// ```
    /// let p = openapi_core::RequestPath::parse("/a%20b/c/").unwrap();
    /// assert_eq!(p.segments(), ["a b", "c"]);
    /// ```
    pub fn parse(path: &'p str) -> Result<Self, PathError> {
        let start = usize::from(path.starts_with('/'));
        let trimmed = &path[start..];
        let trimmed = trimmed.strip_suffix('/').unwrap_or(trimmed);
        let bytes = trimmed.as_bytes();
        // One look for `%` in the whole path instead of one per segment: most paths have none.
        let encoded = bytes.contains(&b'%');
        let mut segments = SmallVec::new();
        let mut offsets = SmallVec::new();
        let mut begin = 0;
        loop {
            if segments.len() == MAX_SEGMENTS {
                return Err(PathError::TooManySegments);
            }
            // A plain scan: segments are short, too short for `memchr` to pay off.
            let end = bytes[begin..]
                .iter()
                .position(|&b| b == b'/')
                .map_or(bytes.len(), |n| begin + n);
            let raw = &trimmed[begin..end];
            let text = if encoded && raw.as_bytes().contains(&b'%') {
                percent_encoding::percent_decode_str(raw)
                    .decode_utf8()
                    .map_err(|_| PathError::InvalidUtf8(raw.to_owned()))?
            } else {
                Cow::Borrowed(raw)
            };
            segments.push(text);
            offsets.push(start + begin);
            if end == bytes.len() {
                break;
            }
            begin = end + 1;
        }
        Ok(Self { segments, offsets })
    }

    /// The decoded segments.
    pub fn segments(&self) -> &[Cow<'p, str>] {
        &self.segments
    }

    /// Where `range` of segment `index` lies in the raw path, when that segment is the raw text
    /// unchanged (no percent-decoding happened); `None` otherwise. A server keeps such a value as
    /// a span of the request's URI instead of copying it.
    ///
    /// ```
    /// let p = openapi_core::RequestPath::parse("/a/bcd/e%20f").unwrap();
    /// assert_eq!(p.raw_range(1, 1..3), Some(4..6));
    /// assert_eq!(p.raw_range(2, 0..1), None);
    /// ```
    pub fn raw_range(&self, index: usize, range: Range<usize>) -> Option<Range<usize>> {
        match self.segments.get(index)? {
            Cow::Borrowed(_) => {
                let base = self.offsets[index];
                Some(base + range.start..base + range.end)
            }
            Cow::Owned(_) => None,
        }
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

/// Where one parameter's value lies in a matched segment's text (see [`Segment::match_text`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamSpan {
    /// Byte range of the raw value in the segment's text (never empty).
    pub range: Range<usize>,
    /// The value is a quoted OData string containing `''`, which stands for one `'`: the value is
    /// the text with those undone, not the range as it stands.
    pub doubled_quotes: bool,
}

impl ParamSpan {
    /// The value, out of the segment's `text`: borrowed unless a doubled quote is undone.
    pub fn value<'v>(&self, text: &'v str) -> Cow<'v, str> {
        let raw = &text[self.range.clone()];
        if self.doubled_quotes {
            Cow::Owned(raw.replace("''", "'"))
        } else {
            Cow::Borrowed(raw)
        }
    }
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
            let mut names = segment.parts().iter().filter_map(|p| match p {
                Part::Param(name) => Some(name.as_str()),
                Part::Literal(_) => None,
            });
            let matched = segment.match_text(text, case, |span| {
                let name = names.next().unwrap_or_default();
                captures.push(Capture {
                    name,
                    value: span.value(text),
                });
            });
            if !matched {
                return None;
            }
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

impl Segment {
    /// Matches one decoded request segment against this template segment, calling `found` once
    /// per parameter, in order. On `false` (no match) `found` may already have been called for
    /// the leading parameters; a caller collecting captures drops those.
    ///
    /// This is the one implementation of the matching rules: [`PathTemplate::matches`] applies it
    /// segment by segment, and a router that indexes segments (the server runtime's trie) applies
    /// it where its index leads.
    ///
    /// ```
    /// use openapi_core::{Case, PathTemplate};
    /// let t = PathTemplate::parse("/Users('{name}')").unwrap();
    /// let mut spans = Vec::new();
    /// assert!(t.segments()[0].match_text("users('O''Hara')", Case::Insensitive, |s| spans.push(s)));
    /// assert_eq!((spans[0].range.clone(), spans[0].doubled_quotes), (7..14, true));
    /// assert_eq!(spans[0].value("users('O''Hara')"), "O'Hara");
    /// ```
    pub fn match_text(&self, text: &str, case: Case, mut found: impl FnMut(ParamSpan)) -> bool {
        let parts = self.parts();
        let mut pos = 0;
        for (i, part) in parts.iter().enumerate() {
            let rest = &text[pos..];
            match part {
                Part::Literal(literal) => match rest.get(..literal.len()) {
                    Some(head) if case.same(head, literal) => pos += literal.len(),
                    _ => return false,
                },
                Part::Param(_) => {
                    let next = match parts.get(i + 1) {
                        Some(Part::Literal(l)) => Some(l.as_str()),
                        _ => None,
                    };
                    // A parameter between quotes is an OData string literal: `''` inside it is
                    // an escaped quote, not the closing one.
                    let quoted = i > 0
                        && matches!(&parts[i - 1], Part::Literal(l) if l.ends_with('\''))
                        && next.is_some_and(|l| l.starts_with('\''));
                    let end = match next {
                        None => Some((rest.len(), false)),
                        Some(closing) if quoted => quoted_end(rest, closing, case),
                        Some(literal) => find(rest, literal, case).map(|end| (end, false)),
                    };
                    let Some((end, doubled_quotes)) = end.filter(|&(e, _)| e > 0) else {
                        return false;
                    };
                    found(ParamSpan {
                        range: pos..pos + end,
                        doubled_quotes,
                    });
                    pos += end;
                }
            }
        }
        pos == text.len()
    }
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
/// by the rest of `closing`; and whether a doubled `''` came before it.
fn quoted_end(text: &str, closing: &str, case: Case) -> Option<(usize, bool)> {
    let bytes = text.as_bytes();
    let mut doubled = false;
    let mut i = 0;
    // `find` looks for the quote a word at a time (`memchr`), not a byte at a time.
    while let Some(at) = text[i..].find('\'') {
        i += at;
        if bytes.get(i + 1) == Some(&b'\'') {
            doubled = true;
            i += 2;
            continue;
        }
        let tail = text.get(i..i + closing.len())?;
        return case.same(tail, closing).then_some((i, doubled));
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
