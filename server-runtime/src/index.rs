//! The route index: a trie of path segments, built once as routes are registered.
//!
//! axum 0.8 (matchit 0.8) cannot register `items(guid'{id}')`: one parameter per segment, and
//! only as the whole segment or after a prefix. So the runtime matches paths itself. Each trie
//! level holds the whole-literal segments of that depth, sorted by a case-folded hash (a lookup is
//! a binary search, whatever the number of routes), and the segments with a key inside them,
//! tried in registration order after the literals. Matching backtracks, so a literal never hides
//! a pattern that would also have matched.
//!
//! Liberal, as IIS is: literals match in any case (unless a route says otherwise), segments are
//! percent-decoded (`%27` is `'`), one trailing slash is ignored, and inside a quoted OData string
//! key a doubled quote (`''`) is one quote. A segment is copied only when percent-decoding or
//! quote-undoubling changes it; a captured key is otherwise a span of the raw path.

use crate::error::ErrorFormat;
use crate::route::PartSpec;
use std::borrow::Cow;
use std::ops::ControlFlow;

/// One path segment, percent-decoded; borrowed from the raw path unless decoding changed it.
#[derive(Debug)]
pub(crate) struct Segment<'a> {
    text: Cow<'a, str>,
    /// Byte offset of the segment in the raw path (used while `text` is borrowed).
    offset: usize,
}

/// The segments of one path: on the stack up to 8 (every route of the MIM APIs).
pub(crate) type Segments<'a> = smallvec::SmallVec<[Segment<'a>; 8]>;

/// A captured value: a span of the raw path, or the decoded text when decoding changed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    Span { start: usize, end: usize },
    Owned(Box<str>),
}

impl Piece {
    /// The value's text; `base` is the raw text that spans point into.
    pub(crate) fn resolve<'a>(&'a self, base: &'a str) -> &'a str {
        match self {
            Piece::Span { start, end } => base.get(*start..*end).unwrap_or_default(),
            Piece::Owned(text) => text,
        }
    }
}

/// A path parameter captured by a match, by template name.
pub(crate) type Capture = (&'static str, Piece);

/// Split a raw path into percent-decoded segments, dropping one trailing slash.
pub(crate) fn split_path(path: &str) -> Result<Segments<'_>, String> {
    let start = usize::from(path.starts_with('/'));
    let trimmed = &path[start..];
    let trimmed = trimmed.strip_suffix('/').unwrap_or(trimmed);
    let mut segments = Segments::new();
    let mut offset = start;
    for raw in trimmed.split('/') {
        let text = if raw.contains('%') {
            percent_encoding::percent_decode_str(raw)
                .decode_utf8()
                .map_err(|_| {
                    format!("path segment `{raw}` is not valid UTF-8 after percent-decoding")
                })?
        } else {
            Cow::Borrowed(raw)
        };
        segments.push(Segment { text, offset });
        offset += raw.len() + 1;
    }
    Ok(segments)
}

/// The trie. `Clone` so that a route table can be cloned before it is served.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    root: Node,
}

#[derive(Debug, Clone, Default)]
struct Node {
    /// Whole-literal segments, sorted by [`fold_hash`] of their text.
    literals: Vec<(u64, Literal)>,
    /// Bit `n` set when some literal here is `n` bytes long (bit 63: 63 or more), so that a
    /// segment of another length (a keyed one, say) is not hashed at all.
    literal_lengths: u64,
    /// Segments with a parameter whose leading literal ends in a delimiter (`items(guid'{id}')`),
    /// sorted by [`fold_hash`] of their [`head_key`] (`items(`): a segment is tried only against
    /// the patterns of its own head.
    keyed: Vec<(u64, Pattern)>,
    /// Other segments with a parameter (`{id}`, `v{n}`), in registration order.
    loose: Vec<Pattern>,
    /// Routes whose template ends here (indices into the route table), in registration order.
    routes: Vec<usize>,
    /// The error format of the first route registered through this node: what a 404 under this
    /// prefix answers in.
    errors: Option<&'static ErrorFormat>,
}

#[derive(Debug, Clone)]
struct Literal {
    text: &'static str,
    case_insensitive: bool,
    node: Node,
}

#[derive(Debug, Clone)]
struct Pattern {
    parts: &'static [PartSpec],
    case_insensitive: bool,
    node: Node,
}

impl Index {
    /// Register route number `route` under `template`.
    pub(crate) fn insert(
        &mut self,
        template: &'static [&'static [PartSpec]],
        case_insensitive: bool,
        errors: &'static ErrorFormat,
        route: usize,
    ) {
        let mut node = &mut self.root;
        node.errors.get_or_insert(errors);
        for parts in template {
            node = match parts {
                [PartSpec::Lit(text)] => node.literal_child(text, case_insensitive),
                _ => node.pattern_child(parts, case_insensitive),
            };
            node.errors.get_or_insert(errors);
        }
        node.routes.push(route);
    }

    /// Walk every template that matches `segments`, literals before patterns, calling `visit`
    /// with the routes that end there and the captures of that match. A `Break` from `visit`
    /// stops the walk and leaves those captures in `captures`.
    pub(crate) fn walk(
        &self,
        segments: &[Segment<'_>],
        captures: &mut Vec<Capture>,
        visit: &mut impl FnMut(&[usize]) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        self.root.walk(segments, 0, captures, visit)
    }

    /// The error format for a path that matched nothing: that of the deepest node reached by
    /// following literal segments.
    pub(crate) fn errors_for(&self, segments: &[Segment<'_>]) -> Option<&'static ErrorFormat> {
        let mut node = &self.root;
        for segment in segments {
            match node.literal(&segment.text) {
                Some(next) => node = next,
                None => break,
            }
        }
        node.errors
    }
}

impl Node {
    fn literal_child(&mut self, text: &'static str, ci: bool) -> &mut Node {
        self.literal_lengths |= length_bit(text);
        let hash = fold_hash(text);
        let start = self.literals.partition_point(|(h, _)| *h < hash);
        let end = start + self.literals[start..].partition_point(|(h, _)| *h == hash);
        let found = (start..end).find(|&i| {
            let lit = &self.literals[i].1;
            lit.case_insensitive == ci && same_text(lit.text, text, ci)
        });
        let i = found.unwrap_or_else(|| {
            let literal = Literal {
                text,
                case_insensitive: ci,
                node: Node::default(),
            };
            self.literals.insert(end, (hash, literal));
            end
        });
        &mut self.literals[i].1.node
    }

    fn pattern_child(&mut self, parts: &'static [PartSpec], ci: bool) -> &mut Node {
        let same = |p: &Pattern| p.case_insensitive == ci && p.parts == parts;
        let new = || Pattern {
            parts,
            case_insensitive: ci,
            node: Node::default(),
        };
        let key = match parts.first() {
            Some(PartSpec::Lit(head)) => head_key(head),
            _ => None,
        };
        let Some(key) = key else {
            let i = self.loose.iter().position(same).unwrap_or_else(|| {
                self.loose.push(new());
                self.loose.len() - 1
            });
            return &mut self.loose[i].node;
        };
        let hash = fold_hash(key);
        let start = self.keyed.partition_point(|(h, _)| *h < hash);
        let end = start + self.keyed[start..].partition_point(|(h, _)| *h == hash);
        let i = (start..end)
            .find(|&i| same(&self.keyed[i].1))
            .unwrap_or_else(|| {
                self.keyed.insert(end, (hash, new()));
                end
            });
        &mut self.keyed[i].1.node
    }

    /// The patterns a segment can match: those keyed by its head, then the loose ones.
    fn patterns_for<'s>(&'s self, segment: &'s str) -> impl Iterator<Item = &'s Pattern> + 's {
        let keyed = match head_key(segment) {
            Some(key) => {
                let hash = fold_hash(key);
                let start = self.keyed.partition_point(|(h, _)| *h < hash);
                let end = start + self.keyed[start..].partition_point(|(h, _)| *h == hash);
                &self.keyed[start..end]
            }
            None => &[],
        };
        keyed.iter().map(|(_, p)| p).chain(&self.loose)
    }

    /// The literal child that `segment` matches, if any.
    fn literal<'s>(&'s self, segment: &'s str) -> Option<&'s Node> {
        self.literal_matches(segment).next()
    }

    fn literal_matches<'s>(&'s self, segment: &'s str) -> impl Iterator<Item = &'s Node> + 's {
        let (candidates, hash) = if self.literal_lengths & length_bit(segment) == 0 {
            (&[][..], 0)
        } else {
            let hash = fold_hash(segment);
            let start = self.literals.partition_point(|(h, _)| *h < hash);
            (&self.literals[start..], hash)
        };
        candidates
            .iter()
            .take_while(move |(h, _)| *h == hash)
            .filter(move |(_, lit)| same_text(lit.text, segment, lit.case_insensitive))
            .map(|(_, lit)| &lit.node)
    }

    fn walk(
        &self,
        segments: &[Segment<'_>],
        depth: usize,
        captures: &mut Vec<Capture>,
        visit: &mut impl FnMut(&[usize]) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        let Some(segment) = segments.get(depth) else {
            if self.routes.is_empty() {
                return ControlFlow::Continue(());
            }
            return visit(&self.routes);
        };
        for child in self.literal_matches(&segment.text) {
            child.walk(segments, depth + 1, captures, visit)?;
        }
        for pattern in self.patterns_for(&segment.text) {
            let mark = captures.len();
            if match_segment(pattern.parts, segment, pattern.case_insensitive, captures) {
                pattern.node.walk(segments, depth + 1, captures, visit)?;
            }
            captures.truncate(mark);
        }
        ControlFlow::Continue(())
    }
}

/// The leading name of a segment or literal up to and including its first delimiter (a
/// character other than an ASCII letter, digit or `_`): `items(` for `items(guid'…')`. `None`
/// when there is no delimiter, since a parameter could then continue the name.
fn head_key(text: &str) -> Option<&str> {
    let i = text
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'_'))?;
    let width = text[i..].chars().next().map_or(1, char::len_utf8);
    Some(&text[..i + width])
}

fn same_text(a: &str, b: &str, ci: bool) -> bool {
    if ci {
        a.eq_ignore_ascii_case(b)
    } else {
        a == b
    }
}

/// The bit of [`Node::literal_lengths`] for a text of this length.
fn length_bit(text: &str) -> u64 {
    1 << text.len().min(63)
}

/// FNV-1a over the ASCII-lowercased bytes: equal for texts that differ only in ASCII case.
fn fold_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Match one segment against its parts, pushing the captures; `false` (and possibly some
/// pushed captures, which the caller truncates) when it does not match.
fn match_segment(
    parts: &[PartSpec],
    segment: &Segment<'_>,
    ci: bool,
    captures: &mut Vec<Capture>,
) -> bool {
    let text: &str = &segment.text;
    let borrowed = matches!(segment.text, Cow::Borrowed(_));
    let mut pos = 0;
    for (i, part) in parts.iter().enumerate() {
        let rest = &text[pos..];
        match *part {
            PartSpec::Lit(lit) => match rest.get(..lit.len()) {
                Some(head) if same_text(head, lit, ci) => pos += lit.len(),
                _ => return false,
            },
            PartSpec::Param(name) => {
                let next = match parts.get(i + 1) {
                    Some(PartSpec::Lit(l)) => Some(*l),
                    _ => None,
                };
                // A parameter between quotes is an OData string literal: `''` inside it is an
                // escaped quote, not the closing one.
                let quoted = i > 0
                    && matches!(parts[i - 1], PartSpec::Lit(l) if l.ends_with('\''))
                    && next.is_some_and(|l| l.starts_with('\''));
                let end = match next {
                    None => Some(rest.len()),
                    Some(lit) if quoted => quoted_end(rest, lit, ci),
                    Some(lit) => find(rest, lit, ci),
                };
                let Some(end) = end.filter(|&e| e > 0) else {
                    return false;
                };
                let raw = &rest[..end];
                let piece = if quoted && raw.contains("''") {
                    Piece::Owned(raw.replace("''", "'").into())
                } else if borrowed {
                    let start = segment.offset + pos;
                    Piece::Span {
                        start,
                        end: start + end,
                    }
                } else {
                    Piece::Owned(raw.into())
                };
                captures.push((name, piece));
                pos += end;
            }
        }
    }
    pos == text.len()
}

/// First occurrence of `needle` in `haystack`, in any ASCII case when `ci`; no allocation.
fn find(haystack: &str, needle: &str, ci: bool) -> Option<usize> {
    if !ci {
        return haystack.find(needle);
    }
    let (hay, pin) = (haystack.as_bytes(), needle.as_bytes());
    if pin.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - pin.len())
        .find(|&i| haystack.is_char_boundary(i) && hay[i..i + pin.len()].eq_ignore_ascii_case(pin))
}

/// End of a quoted OData string value: the first `'` that is not doubled and is followed by the
/// rest of `closing`.
fn quoted_end(text: &str, closing: &str, ci: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            if bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            let tail = text.get(i..i + closing.len())?;
            return same_text(tail, closing, ci).then_some(i);
        }
        i += 1;
    }
    None
}

/// Whether some path segment matches both `a` and `b` (conservatively: `true` when unsure).
///
/// Two literals overlap when equal (in any case if either route is case-insensitive); a literal
/// and a pattern when the pattern matches the literal's text; two patterns when either is a bare
/// parameter, or when the literal text before the first parameter of one is a prefix of the
/// other's and the text after the last parameter a suffix of the other's.
pub(crate) fn segments_overlap(a: &[PartSpec], a_ci: bool, b: &[PartSpec], b_ci: bool) -> bool {
    let ci = a_ci || b_ci;
    match (a, b) {
        ([PartSpec::Lit(x)], [PartSpec::Lit(y)]) => same_text(x, y, ci),
        ([PartSpec::Lit(text)], pattern) | (pattern, [PartSpec::Lit(text)]) => {
            let segment = Segment {
                text: Cow::Borrowed(text),
                offset: 0,
            };
            match_segment(pattern, &segment, ci, &mut Vec::new())
        }
        _ => {
            let bare = |p: &[PartSpec]| matches!(p, [PartSpec::Param(_)]);
            if bare(a) || bare(b) {
                return true;
            }
            let (a_head, a_tail) = literal_ends(a);
            let (b_head, b_tail) = literal_ends(b);
            let prefix = |x: &str, y: &str| {
                let n = x.len().min(y.len());
                x.get(..n)
                    .zip(y.get(..n))
                    .is_some_and(|(x, y)| same_text(x, y, ci))
            };
            let suffix = |x: &str, y: &str| {
                let n = x.len().min(y.len());
                x.get(x.len() - n..)
                    .zip(y.get(y.len() - n..))
                    .is_some_and(|(x, y)| same_text(x, y, ci))
            };
            prefix(a_head, b_head) && suffix(a_tail, b_tail)
        }
    }
}

/// The literal text before the first and after the last parameter of a segment.
fn literal_ends(parts: &[PartSpec]) -> (&'static str, &'static str) {
    let head = match parts.first() {
        Some(PartSpec::Lit(l)) => l,
        _ => "",
    };
    let tail = match parts.last() {
        Some(PartSpec::Lit(l)) if parts.len() > 1 => l,
        _ => "",
    };
    (head, tail)
}

#[cfg(test)]
mod tests {
    use super::*;
    use PartSpec::{Lit, Param};

    const CLOSE: &[&[PartSpec]] = &[
        &[Lit("api")],
        &[Lit("items(guid'"), Param("id"), Lit("')")],
        &[Lit("Close")],
    ];
    const USERS: &[&[PartSpec]] = &[&[Lit("Users('"), Param("name"), Lit("')")]];
    static PLAIN: ErrorFormat = ErrorFormat::new(None);

    /// The captures of the first route matching `path` in an index of `template` alone.
    fn m(template: &'static [&'static [PartSpec]], ci: bool, path: &str) -> Option<Vec<String>> {
        let mut index = Index::default();
        index.insert(template, ci, &PLAIN, 0);
        let segments = split_path(path).unwrap();
        let mut captures = Vec::new();
        let mut hit = false;
        let _ = index.walk(&segments, &mut captures, &mut |_| {
            hit = true;
            ControlFlow::Break(())
        });
        hit.then(|| {
            captures
                .iter()
                .map(|(_, p)| p.resolve(path).to_string())
                .collect()
        })
    }

    #[test]
    fn keys_inside_segments_any_case_encoded_and_trailing_slash() {
        let id = "5ec10e61-cdd1-404e-a18e-740467d87dbf";
        let want = Some(vec![id.to_string()]);
        assert_eq!(
            m(CLOSE, true, &format!("/api/items(guid'{id}')/Close")),
            want
        );
        assert_eq!(
            m(CLOSE, true, &format!("/API/Items(GUID'{id}')/close/")),
            want
        );
        assert_eq!(
            m(CLOSE, true, &format!("/api/items(guid%27{id}%27)/Close")),
            want
        );
        assert_eq!(m(CLOSE, true, &format!("/api/items({id})/Close")), None);
        assert_eq!(m(CLOSE, true, "/api/items(guid'')/Close"), None);
        assert_eq!(
            m(CLOSE, true, &format!("/api/items(guid'{id}')/Close/extra")),
            None
        );
    }

    #[test]
    fn unchanged_keys_are_spans_of_the_raw_path() {
        let path = "/api/items(guid'abc')/Close";
        let segments = split_path(path).unwrap();
        let mut captures = Vec::new();
        assert!(match_segment(CLOSE[1], &segments[1], true, &mut captures));
        assert_eq!(captures, vec![("id", Piece::Span { start: 16, end: 19 })]);
        assert_eq!(captures[0].1.resolve(path), "abc");
    }

    #[test]
    fn quoted_string_keys_undo_quote_doubling() {
        assert_eq!(
            m(USERS, true, "/Users('O''Brien%20a%2Fb')"),
            Some(vec!["O'Brien a/b".into()])
        );
        assert_eq!(m(USERS, true, "/Users('it''')"), Some(vec!["it'".into()]));
        assert_eq!(m(USERS, true, "/Users('a'b')"), None);
    }

    #[test]
    fn case_sensitive_templates_stay_sensitive() {
        assert_eq!(m(CLOSE, false, "/API/items(guid'x')/Close"), None);
        assert!(m(CLOSE, false, "/api/items(guid'x')/Close").is_some());
    }

    /// The first route whose template matches `path`.
    fn first_route(index: &Index, path: &str) -> Option<usize> {
        let segments = split_path(path).unwrap();
        let mut found = None;
        let _ = index.walk(&segments, &mut Vec::new(), &mut |routes| {
            found = Some(routes[0]);
            ControlFlow::Break(())
        });
        found
    }

    #[test]
    fn literals_do_not_hide_patterns_and_win_over_them() {
        const BY_ID: &[&[PartSpec]] = &[&[Lit("requests")], &[Param("id")], &[Lit("a")]];
        const SEARCH: &[&[PartSpec]] = &[&[Lit("requests")], &[Lit("search")]];
        let mut index = Index::default();
        index.insert(BY_ID, true, &PLAIN, 0);
        index.insert(SEARCH, true, &PLAIN, 1);
        let first = |path: &str| first_route(&index, path);
        assert_eq!(first("/requests/search"), Some(1));
        assert_eq!(first("/requests/search/a"), Some(0));
        assert_eq!(first("/requests/x/a"), Some(0));
        assert_eq!(first("/requests/x"), None);
    }

    #[test]
    fn patterns_are_found_by_their_head_and_loose_ones_still_match() {
        const ROLE: &[&[PartSpec]] = &[&[Lit("Roles(guid'"), Param("id"), Lit("')")]];
        const VERSION: &[&[PartSpec]] = &[&[Lit("v"), Param("n")]];
        const ANY: &[&[PartSpec]] = &[&[Param("x")], &[Lit("z")]];
        let mut index = Index::default();
        index.insert(CLOSE, true, &PLAIN, 0);
        index.insert(ROLE, true, &PLAIN, 1);
        index.insert(VERSION, true, &PLAIN, 2);
        index.insert(ANY, true, &PLAIN, 3);
        let first = |path: &str| first_route(&index, path);
        assert_eq!(first("/roles(GUID'1')"), Some(1));
        assert_eq!(first("/v2"), Some(2));
        assert_eq!(first("/roles(x)/z"), Some(3));
        assert_eq!(first("/roles(x)"), None);
        assert_eq!(head_key("items(guid'"), Some("items("));
        assert_eq!(head_key("v"), None);
        assert_eq!(head_key("é"), Some("é"));
    }

    #[test]
    fn overlap_is_found_between_patterns_and_literals() {
        let guid: &[PartSpec] = &[Lit("items(guid'"), Param("id"), Lit("')")];
        let loose: &[PartSpec] = &[Lit("items("), Param("n"), Lit(")")];
        let other: &[PartSpec] = &[Lit("roles("), Param("n"), Lit(")")];
        assert!(segments_overlap(guid, true, loose, true));
        assert!(!segments_overlap(guid, true, other, true));
        assert!(segments_overlap(&[Lit("Items(1)")], true, loose, false));
        assert!(segments_overlap(&[Param("x")], true, &[Lit("a")], true));
        assert!(segments_overlap(&[Lit("A")], false, &[Lit("a")], true));
        assert!(!segments_overlap(&[Lit("A")], false, &[Lit("a")], false));
    }
}
