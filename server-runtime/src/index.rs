//! The route index: a trie of path segments, built once as routes are registered.
//!
//! axum 0.8 (matchit 0.8) cannot register `items(guid'{id}')`: one parameter per segment, and
//! only as the whole segment or after a prefix. So the runtime matches paths itself. Each trie
//! level holds the whole-literal segments of that depth, sorted by a case-folded hash (a lookup is
//! a binary search, whatever the number of routes), and the segments with a key inside them,
//! tried in registration order after the literals. Matching backtracks, so a literal never hides
//! a pattern that would also have matched.
//!
//! The templates are [`openapi_core::PathTemplate`]s and the matching rules are openapi-core's
//! ([`Segment::match_text`]: literals per [`Case`], percent-decoded segments, one trailing slash
//! ignored, `''` inside a quoted OData string key is one quote); this module only decides which
//! segment patterns a request segment is tried against. A captured key is a span of the raw path
//! unless percent-decoding or quote-undoubling changed it.

use crate::error::ErrorFormat;
use openapi_core::{Case, ParamSpan, Part, PathTemplate, RequestPath, Segment};
use smallvec::SmallVec;
use std::borrow::Cow;
use std::ops::ControlFlow;

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

    /// The value of `span`, found in segment `index` of `path`: a span of the raw path when that
    /// segment was not decoded and no quote is undone, otherwise a copy.
    fn of(path: &RequestPath<'_>, index: usize, span: ParamSpan) -> Piece {
        if !span.doubled_quotes
            && let Some(raw) = path.raw_range(index, span.range.clone())
        {
            return Piece::Span {
                start: raw.start,
                end: raw.end,
            };
        }
        Piece::Owned(span.value(&path.segments()[index]).into())
    }
}

/// A path parameter captured by a match, by template name.
pub(crate) type Capture = (&'static str, Piece);

/// The captures of one match: on the stack for up to two parameters (every PAM and CM path
/// has at most two), so a routed request allocates nothing for them.
pub(crate) type Captures = SmallVec<[Capture; 2]>;

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

/// A whole-literal segment (its text is `segment.as_literal()`).
#[derive(Debug, Clone)]
struct Literal {
    segment: Segment,
    case: Case,
    node: Node,
}

impl Literal {
    fn text(&self) -> &str {
        self.segment.as_literal().unwrap_or_default()
    }
}

/// A segment with a parameter in it.
#[derive(Debug, Clone)]
struct Pattern {
    segment: Segment,
    case: Case,
    /// Length of its [`head_key`] (0 for a loose pattern).
    head_len: usize,
    node: Node,
}

impl Pattern {
    /// Whether `segment` starts with this pattern's head key, in any ASCII case.
    fn head_matches(&self, segment: &str) -> bool {
        let head = self.segment.parts().first().and_then(|part| match part {
            Part::Literal(text) => text.as_bytes().get(..self.head_len),
            Part::Param(_) => None,
        });
        match (head, segment.as_bytes().get(..self.head_len)) {
            (Some(head), Some(start)) => same_text(Case::Insensitive, head, start),
            _ => false,
        }
    }
}

/// Up to this many literals (or keyed patterns) in a node are scanned in turn, comparing lengths
/// and bytes: cheaper than hashing the segment. Larger nodes are searched by hash.
const SCAN: usize = 8;

impl Index {
    /// Register route number `route` under `template`.
    pub(crate) fn insert(
        &mut self,
        template: &PathTemplate,
        case: Case,
        errors: &'static ErrorFormat,
        route: usize,
    ) {
        let mut node = &mut self.root;
        node.errors.get_or_insert(errors);
        for segment in template.segments() {
            node = match segment.as_literal() {
                Some(text) => node.literal_child(text, segment, case),
                None => node.pattern_child(segment, case),
            };
            node.errors.get_or_insert(errors);
        }
        node.routes.push(route);
    }

    /// Walk every template that matches `path`, literals before patterns, calling `visit` with
    /// the routes that end there and the captures of that match (values only, in template order:
    /// the names are left empty, for the caller to fill in from the route it picks). A `Break`
    /// from `visit` stops the walk and leaves those captures in `captures`.
    pub(crate) fn walk(
        &self,
        path: &RequestPath<'_>,
        captures: &mut Captures,
        visit: &mut impl FnMut(&[usize]) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        self.root.walk(path, 0, captures, visit)
    }

    /// The error format for a path that matched nothing: that of the deepest node reached by
    /// following literal segments.
    pub(crate) fn errors_for(&self, segments: &[Cow<'_, str>]) -> Option<&'static ErrorFormat> {
        let mut node = &self.root;
        for segment in segments {
            match node.literal(segment) {
                Some(next) => node = next,
                None => break,
            }
        }
        node.errors
    }
}

impl Node {
    fn literal_child(&mut self, text: &str, segment: &Segment, case: Case) -> &mut Node {
        self.literal_lengths |= length_bit(text);
        let hash = fold_hash(text);
        let start = self.literals.partition_point(|(h, _)| *h < hash);
        let end = start + self.literals[start..].partition_point(|(h, _)| *h == hash);
        let found = (start..end).find(|&i| {
            let lit = &self.literals[i].1;
            lit.case == case && case.same(lit.text(), text)
        });
        let i = found.unwrap_or_else(|| {
            let literal = Literal {
                segment: segment.clone(),
                case,
                node: Node::default(),
            };
            self.literals.insert(end, (hash, literal));
            end
        });
        &mut self.literals[i].1.node
    }

    fn pattern_child(&mut self, segment: &Segment, case: Case) -> &mut Node {
        let same = |p: &Pattern| p.case == case && p.segment == *segment;
        let key = match segment.parts().first() {
            Some(Part::Literal(head)) => head_key(head),
            _ => None,
        };
        let new = || Pattern {
            segment: segment.clone(),
            case,
            head_len: key.map_or(0, str::len),
            node: Node::default(),
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
        let (keyed, scan) = if self.keyed.len() <= SCAN {
            (&self.keyed[..], true)
        } else {
            let keyed = match head_key(segment) {
                Some(key) => {
                    let hash = fold_hash(key);
                    let start = self.keyed.partition_point(|(h, _)| *h < hash);
                    let end = start + self.keyed[start..].partition_point(|(h, _)| *h == hash);
                    &self.keyed[start..end]
                }
                None => &[],
            };
            (keyed, false)
        };
        keyed
            .iter()
            .map(|(_, p)| p)
            .filter(move |p| !scan || p.head_matches(segment))
            .chain(&self.loose)
    }

    /// The literal child that `segment` matches, if any.
    fn literal<'s>(&'s self, segment: &'s str) -> Option<&'s Node> {
        self.literal_matches(segment).next()
    }

    fn literal_matches<'s>(&'s self, segment: &'s str) -> impl Iterator<Item = &'s Node> + 's {
        // (candidates, the hash they all have, or `None` when they are scanned in full)
        let (candidates, hash) = if self.literal_lengths & length_bit(segment) == 0 {
            (&[][..], None)
        } else if self.literals.len() <= SCAN {
            (&self.literals[..], None)
        } else {
            let hash = fold_hash(segment);
            let start = self.literals.partition_point(|(h, _)| *h < hash);
            (&self.literals[start..], Some(hash))
        };
        candidates
            .iter()
            .take_while(move |(h, _)| hash.is_none_or(|hash| *h == hash))
            .filter(move |(_, lit)| same_text(lit.case, lit.text().as_bytes(), segment.as_bytes()))
            .map(|(_, lit)| &lit.node)
    }

    fn walk(
        &self,
        path: &RequestPath<'_>,
        depth: usize,
        captures: &mut Captures,
        visit: &mut impl FnMut(&[usize]) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        let Some(text) = path.segments().get(depth) else {
            if self.routes.is_empty() {
                return ControlFlow::Continue(());
            }
            return visit(&self.routes);
        };
        for child in self.literal_matches(text) {
            child.walk(path, depth + 1, captures, visit)?;
        }
        for pattern in self.patterns_for(text) {
            let mark = captures.len();
            let matched = pattern.segment.match_text(text, pattern.case, |span| {
                captures.push(("", Piece::of(path, depth, span)));
            });
            if matched {
                pattern.node.walk(path, depth + 1, captures, visit)?;
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

/// Whether two literal texts are equal under `case` ([`Case::same`], with the common case of
/// equal bytes first).
fn same_text(case: Case, a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && (a == b || (case == Case::Insensitive && a.eq_ignore_ascii_case(b)))
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

#[cfg(test)]
mod tests {
    use super::*;

    const CLOSE: &str = "/api/items(guid'{id}')/Close";
    static PLAIN: ErrorFormat = ErrorFormat::new(None);

    fn index(templates: &[&str]) -> Index {
        let mut index = Index::default();
        for (i, raw) in templates.iter().enumerate() {
            let template = PathTemplate::parse(raw).unwrap();
            index.insert(&template, Case::Insensitive, &PLAIN, i);
        }
        index
    }

    /// The first route whose template matches `path`, with its captured values.
    fn first(index: &Index, path: &str) -> Option<(usize, Vec<String>)> {
        let request = RequestPath::parse(path).unwrap();
        let mut captures = Captures::new();
        let mut found = None;
        let _ = index.walk(&request, &mut captures, &mut |routes| {
            found = Some(routes[0]);
            ControlFlow::Break(())
        });
        let values = captures.iter().map(|(_, p)| p.resolve(path).to_string());
        found.map(|route| (route, values.collect()))
    }

    #[test]
    fn the_trie_applies_openapi_cores_rules() {
        let index = index(&[CLOSE, "/Users('{name}')"]);
        let id = "5ec10e61-cdd1-404e-a18e-740467d87dbf";
        let want = Some((0, vec![id.to_string()]));
        assert_eq!(
            first(&index, &format!("/API/Items(GUID'{id}')/close/")),
            want
        );
        assert_eq!(
            first(&index, &format!("/api/items(guid%27{id}%27)/Close")),
            want
        );
        assert_eq!(first(&index, &format!("/api/items({id})/Close")), None);
        assert_eq!(
            first(&index, "/users('O''Brien%20a%2Fb')"),
            Some((1, vec!["O'Brien a/b".into()]))
        );
        let mut sensitive = Index::default();
        let close = PathTemplate::parse(CLOSE).unwrap();
        sensitive.insert(&close, Case::Sensitive, &PLAIN, 0);
        assert_eq!(first(&sensitive, "/API/items(guid'x')/Close"), None);
        assert!(first(&sensitive, "/api/items(guid'x')/Close").is_some());
    }

    #[test]
    fn unchanged_keys_are_spans_of_the_raw_path_and_changed_ones_copies() {
        let index = index(&[CLOSE, "/Users('{name}')"]);
        let capture = |path: &str| {
            let request = RequestPath::parse(path).unwrap();
            let mut captures = Captures::new();
            let _ = index.walk(&request, &mut captures, &mut |_| ControlFlow::Break(()));
            captures.pop().map(|(_, piece)| piece)
        };
        assert_eq!(
            capture("/api/items(guid'abc')/Close"),
            Some(Piece::Span { start: 16, end: 19 })
        );
        assert_eq!(
            capture("/api/items(guid%27abc%27)/Close"),
            Some(Piece::Owned("abc".into()))
        );
        assert_eq!(
            capture("/Users('it''s')"),
            Some(Piece::Owned("it's".into()))
        );
    }

    #[test]
    fn literals_do_not_hide_patterns_and_win_over_them() {
        let index = index(&["/requests/{id}/a", "/requests/search"]);
        let route = |path: &str| first(&index, path).map(|(r, _)| r);
        assert_eq!(route("/requests/search"), Some(1));
        assert_eq!(route("/requests/search/a"), Some(0));
        assert_eq!(route("/requests/x/a"), Some(0));
        assert_eq!(route("/requests/x"), None);
    }

    #[test]
    fn patterns_are_found_by_their_head_and_loose_ones_still_match() {
        let index = index(&[CLOSE, "/Roles(guid'{id}')", "/v{n}", "/{x}/z"]);
        let route = |path: &str| first(&index, path).map(|(r, _)| r);
        assert_eq!(route("/roles(GUID'1')"), Some(1));
        assert_eq!(route("/v2"), Some(2));
        assert_eq!(route("/roles(x)/z"), Some(3));
        assert_eq!(route("/roles(x)"), None);
        assert_eq!(head_key("items(guid'"), Some("items("));
        assert_eq!(head_key("v"), None);
        assert_eq!(head_key("é"), Some("é"));
    }

    #[test]
    fn large_nodes_searched_by_hash_find_what_small_ones_scanned_in_turn_find() {
        let id = "5ec10e61-cdd1-404e-a18e-740467d87dbf";
        for n in [2, SCAN, SCAN + 1, 100] {
            let mut templates: Vec<String> =
                (0..n).map(|i| format!("/c{i}(guid'{{id}}')")).collect();
            templates.extend((0..n).map(|i| format!("/l{i}/x")));
            templates.push("/{any}".into());
            let raw: Vec<&str> = templates.iter().map(String::as_str).collect();
            let index = index(&raw);
            for i in [0, n / 2, n - 1] {
                let want = Some((i, vec![id.to_string()]));
                assert_eq!(first(&index, &format!("/C{i}(GUID'{id}')")), want, "{n}");
                assert_eq!(
                    first(&index, &format!("/c{i}(guid%27{id}%27)")),
                    want,
                    "{n}"
                );
                let literal = first(&index, &format!("/L{i}/X")).map(|(r, _)| r);
                assert_eq!(literal, Some(n + i), "{n}");
                // another head, or a literal's prefix: only the loose pattern matches
                let other = format!("c{i}x(guid'{id}')");
                let loose = Some((2 * n, vec![other.clone()]));
                assert_eq!(first(&index, &format!("/{other}")), loose, "{n}");
                assert_eq!(
                    first(&index, &format!("/l{i}")).map(|(r, _)| r),
                    Some(2 * n)
                );
            }
        }
    }

    #[test]
    fn errors_follow_the_deepest_literal_prefix() {
        static OTHER: ErrorFormat = ErrorFormat::new(None);
        let mut index = index(&["/api/a"]);
        let other = PathTemplate::parse("/cm/b").unwrap();
        index.insert(&other, Case::Insensitive, &OTHER, 1);
        let errors = |path: &str| index.errors_for(RequestPath::parse(path).unwrap().segments());
        assert!(errors("/CM/nothing").is_some_and(|e| std::ptr::eq(e, &OTHER)));
        assert!(errors("/api/nothing").is_some_and(|e| std::ptr::eq(e, &PLAIN)));
    }
}
