//! Path templates: `/api/pamresources/pamrequests(guid'{requestId}')/Close`.
//!
//! MIM's PAM API is OData v3: keys sit *inside* a segment between literal text, so a template is
//! a list of segments, each a list of literal and parameter parts. Parsing is strict (balanced
//! braces, non-empty names, literal text between two parameters of one segment: otherwise the
//! boundary between them is ambiguous), and a trailing slash means nothing extra. Matching a
//! request is in [`crate::matching`]; overlap between templates is here.

/// Whether literal text compares case-sensitively. IIS routes case-insensitively, so the specs
/// say `x-case-insensitive-paths: true`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// `Close` matches `Close` only.
    Sensitive,
    /// `Close` matches `close`, `CLOSE`, ... (ASCII case folding).
    Insensitive,
}

impl Case {
    /// Whether two literal characters are equal under this rule.
    pub(crate) fn same_char(self, a: char, b: char) -> bool {
        match self {
            Case::Sensitive => a == b,
            Case::Insensitive => a.eq_ignore_ascii_case(&b),
        }
    }

    /// Whether two literal texts are equal under this rule.
    pub fn same(self, a: &str, b: &str) -> bool {
        match self {
            Case::Sensitive => a == b,
            // Equal bytes first: the common case, and a `memcmp` instead of a fold per byte.
            Case::Insensitive => a.len() == b.len() && (a == b || a.eq_ignore_ascii_case(b)),
        }
    }
}

/// One piece of a segment.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Part {
    /// Text that must appear as written (modulo [`Case`]).
    Literal(String),
    /// A parameter, by name: one or more characters.
    Param(String),
}

/// One `/`-separated segment. Invariant: never two [`Part::Param`]s in a row, never an empty
/// literal; an empty segment has no parts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Segment {
    parts: Vec<Part>,
}

impl Segment {
    /// The parts, in order.
    pub fn parts(&self) -> &[Part] {
        &self.parts
    }

    /// The segment's text when it is one literal.
    pub fn as_literal(&self) -> Option<&str> {
        match self.parts.as_slice() {
            [Part::Literal(text)] => Some(text),
            _ => None,
        }
    }
}

/// A parsed path template. Invariant: `segments` is what [`PathTemplate::parse`] made of `raw`
/// (at least one segment; a trailing slash dropped).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PathTemplate {
    raw: String,
    segments: Vec<Segment>,
}

/// Why a template does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    /// The template does not start with `/`.
    #[error("a path must start with `/`")]
    NoLeadingSlash,
    /// A `}` without `{`.
    #[error("unbalanced `}}` in `{0}`")]
    UnbalancedClose(String),
    /// A `{` without `}`.
    #[error("unclosed `{{` in `{0}`")]
    Unclosed(String),
    /// `{}` or `{a{b}`.
    #[error("bad parameter name in `{0}`")]
    BadName(String),
    /// `{a}{b}`: where would `a` end?
    #[error("two parameters without literal text between them in `{0}`")]
    AdjacentParams(String),
}

impl TemplateError {
    /// How to fix it.
    pub fn hint(&self) -> &'static str {
        match self {
            TemplateError::NoLeadingSlash => "write the path as `/...`",
            TemplateError::UnbalancedClose(_) | TemplateError::Unclosed(_) => {
                "every `{` needs a matching `}`"
            }
            TemplateError::BadName(_) => "parameter names are non-empty and contain no braces",
            TemplateError::AdjacentParams(_) => {
                "put literal text between the parameters, or use one parameter"
            }
        }
    }
}

impl PathTemplate {
    /// Splits a template into segments and parts.
    ///
    /// ```
    /// use openapi_core::{PathTemplate, Part};
    /// let t = PathTemplate::parse("/api/items(guid'{id}')/Close").unwrap();
    /// assert_eq!(t.segments()[1].parts(), [
    ///     Part::Literal("items(guid'".into()), Part::Param("id".into()), Part::Literal("')".into()),
    /// ]);
    /// assert_eq!(t.param_names().collect::<Vec<_>>(), ["id"]);
    /// assert!(PathTemplate::parse("/a/{x}{y}").is_err());
    /// ```
    pub fn parse(raw: &str) -> Result<Self, TemplateError> {
        let Some(body) = raw.strip_prefix('/') else {
            return Err(TemplateError::NoLeadingSlash);
        };
        let mut segments = body
            .split('/')
            .map(parse_segment)
            .collect::<Result<Vec<_>, _>>()?;
        if segments.len() > 1 && segments.last().is_some_and(|s| s.parts.is_empty()) {
            segments.pop(); // a trailing slash in the template means nothing extra
        }
        Ok(Self {
            raw: raw.to_owned(),
            segments,
        })
    }

    /// The template as written.
    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// The segments, in order.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// Names of the parameters, in order of appearance.
    pub fn param_names(&self) -> impl Iterator<Item = &str> {
        self.segments
            .iter()
            .flat_map(|s| s.parts.iter())
            .filter_map(|p| match p {
                Part::Param(name) => Some(name.as_str()),
                Part::Literal(_) => None,
            })
    }

    /// A key that is equal for templates that differ only in parameter names (and, with
    /// [`Case::Insensitive`], in the case of literals): `/a/{id}` and `/A/{key}` are one route.
    ///
    /// ```
    /// use openapi_core::{Case, PathTemplate};
    /// let a = PathTemplate::parse("/a(guid'{id}')/").unwrap();
    /// let b = PathTemplate::parse("/A(guid'{key}')").unwrap();
    /// assert_eq!(a.shape(Case::Insensitive), "/a(guid'{}')");
    /// assert_eq!(a.shape(Case::Insensitive), b.shape(Case::Insensitive));
    /// assert_ne!(a.shape(Case::Sensitive), b.shape(Case::Sensitive));
    /// ```
    pub fn shape(&self, case: Case) -> String {
        let mut out = String::with_capacity(self.raw.len());
        for segment in &self.segments {
            out.push('/');
            for part in &segment.parts {
                match (part, case) {
                    (Part::Literal(l), Case::Sensitive) => out.push_str(l),
                    (Part::Literal(l), Case::Insensitive) => out.push_str(&l.to_ascii_lowercase()),
                    (Part::Param(_), _) => out.push_str("{}"),
                }
            }
        }
        out
    }

    /// Whether some request path could match both templates. Parameters are taken to match any
    /// non-empty text, so this is conservative: it may report an overlap that the matcher's
    /// first-occurrence rule would in fact resolve, never miss a real one.
    ///
    /// ```
    /// use openapi_core::{Case, PathTemplate};
    /// let t = |s| PathTemplate::parse(s).unwrap();
    /// assert!(t("/a/{x}").overlaps(&t("/a/b"), Case::Sensitive));
    /// assert!(t("/items('{k}')").overlaps(&t("/items('{id}')/"), Case::Sensitive));
    /// assert!(!t("/items(guid'{id}')").overlaps(&t("/items"), Case::Sensitive));
    /// assert!(t("/Items").overlaps(&t("/items"), Case::Insensitive));
    /// assert!(!t("/Items").overlaps(&t("/items"), Case::Sensitive));
    /// ```
    pub fn overlaps(&self, other: &PathTemplate, case: Case) -> bool {
        self.segments.len() == other.segments.len()
            && self
                .segments
                .iter()
                .zip(&other.segments)
                .all(|(a, b)| segments_overlap(a, b, case))
    }
}

impl std::fmt::Display for PathTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.raw)
    }
}

impl std::str::FromStr for PathTemplate {
    type Err = TemplateError;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        Self::parse(raw)
    }
}

fn parse_segment(text: &str) -> Result<Segment, TemplateError> {
    let mut parts = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find(['{', '}']) {
            Some(i) if rest.as_bytes()[i] == b'}' => {
                return Err(TemplateError::UnbalancedClose(text.to_owned()));
            }
            Some(i) => {
                if i > 0 {
                    parts.push(Part::Literal(rest[..i].to_owned()));
                }
                let close = rest[i..]
                    .find('}')
                    .ok_or_else(|| TemplateError::Unclosed(text.to_owned()))?
                    + i;
                let name = &rest[i + 1..close];
                if name.is_empty() || name.contains('{') {
                    return Err(TemplateError::BadName(text.to_owned()));
                }
                if matches!(parts.last(), Some(Part::Param(_))) {
                    return Err(TemplateError::AdjacentParams(text.to_owned()));
                }
                parts.push(Part::Param(name.to_owned()));
                rest = &rest[close + 1..];
            }
            None => {
                parts.push(Part::Literal(rest.to_owned()));
                rest = "";
            }
        }
    }
    Ok(Segment { parts })
}

/// One position of a segment pattern, character by character: a parameter (one or more
/// characters) is `Any` followed by `Star`.
#[derive(Debug, Clone, Copy)]
enum Token {
    Char(char),
    Any,
    Star,
}

fn tokens(segment: &Segment) -> Vec<Token> {
    let mut out = Vec::new();
    for part in &segment.parts {
        match part {
            Part::Literal(text) => out.extend(text.chars().map(Token::Char)),
            Part::Param(_) => out.extend([Token::Any, Token::Star]),
        }
    }
    out
}

/// Whether the languages of two segment patterns intersect: a search over pairs of positions
/// (the product automaton), bounded by `len(a) * len(b)` states.
fn segments_overlap(a: &Segment, b: &Segment, case: Case) -> bool {
    let (a, b) = (tokens(a), tokens(b));
    let width = b.len() + 1;
    let mut seen = vec![false; (a.len() + 1) * width];
    let mut stack = vec![(0usize, 0usize)];
    while let Some((i, j)) = stack.pop() {
        if std::mem::replace(&mut seen[i * width + j], true) {
            continue;
        }
        if i == a.len() && j == b.len() {
            return true;
        }
        let (ta, tb) = (a.get(i).copied(), b.get(j).copied());
        // A `Star` may match nothing.
        if matches!(ta, Some(Token::Star)) {
            stack.push((i + 1, j));
        }
        if matches!(tb, Some(Token::Star)) {
            stack.push((i, j + 1));
        }
        // Both consume one character, if one exists that both accept.
        let (Some(ta), Some(tb)) = (ta, tb) else {
            continue;
        };
        let common = match (ta, tb) {
            (Token::Char(x), Token::Char(y)) => case.same_char(x, y),
            _ => true,
        };
        if common {
            let next_i = if matches!(ta, Token::Star) { i } else { i + 1 };
            let next_j = if matches!(tb, Token::Star) { j } else { j + 1 };
            stack.push((next_i, next_j));
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(raw: &str) -> PathTemplate {
        PathTemplate::parse(raw).unwrap()
    }

    fn parts(raw: &str) -> Vec<Vec<Part>> {
        t(raw).segments.into_iter().map(|s| s.parts).collect()
    }

    #[test]
    fn odata_key_inside_a_segment() {
        let lit = |s: &str| Part::Literal(s.into());
        assert_eq!(
            parts("/api/pamresources/pamrequests(guid'{requestId}')/Close"),
            vec![
                vec![lit("api")],
                vec![lit("pamresources")],
                vec![
                    lit("pamrequests(guid'"),
                    Part::Param("requestId".into()),
                    lit("')")
                ],
                vec![lit("Close")],
            ]
        );
    }

    #[test]
    fn several_params_in_one_segment_with_literals_between() {
        let lit = |s: &str| Part::Literal(s.into());
        let p = |s: &str| Part::Param(s.into());
        assert_eq!(
            parts("/Orders(Id={id},Line={line})"),
            vec![vec![
                lit("Orders(Id="),
                p("id"),
                lit(",Line="),
                p("line"),
                lit(")")
            ]]
        );
        assert_eq!(
            t("/x/{a}-{b}").param_names().collect::<Vec<_>>(),
            ["a", "b"]
        );
    }

    #[test]
    fn malformed_templates_are_rejected_with_a_reason() {
        let cases = [
            ("x", TemplateError::NoLeadingSlash),
            ("/a/{", TemplateError::Unclosed("{".into())),
            ("/a/}", TemplateError::UnbalancedClose("}".into())),
            ("/a/{}", TemplateError::BadName("{}".into())),
            ("/a/{x}{y}", TemplateError::AdjacentParams("{x}{y}".into())),
            ("/a/{x{y}}", TemplateError::BadName("{x{y}}".into())),
        ];
        for (raw, want) in cases {
            assert_eq!(PathTemplate::parse(raw), Err(want), "{raw}");
        }
        assert!(!TemplateError::NoLeadingSlash.hint().is_empty());
    }

    #[test]
    fn trailing_slash_is_ignored() {
        assert_eq!(t("/a/").segments.len(), 1);
        assert_eq!(t("/").segments.len(), 1);
        assert_eq!(
            t("/a/").shape(Case::Sensitive),
            t("/a").shape(Case::Sensitive)
        );
        assert_eq!(t("/a/").raw(), "/a/");
        assert_eq!(t("/a//b").segments.len(), 3);
    }

    #[test]
    fn overlap_detection() {
        let yes = |a: &str, b: &str| {
            assert!(t(a).overlaps(&t(b), Case::Insensitive), "{a} vs {b}");
            assert!(t(b).overlaps(&t(a), Case::Insensitive), "{b} vs {a}");
        };
        let no = |a: &str, b: &str| {
            assert!(!t(a).overlaps(&t(b), Case::Insensitive), "{a} vs {b}");
            assert!(!t(b).overlaps(&t(a), Case::Insensitive), "{b} vs {a}");
        };
        yes("/a/{id}", "/a/{key}");
        yes("/a/{id}", "/A/b");
        yes("/x(guid'{id}')/Close", "/X({k})/close");
        yes("/{a}-{b}", "/{c}");
        yes("/r/{x}y", "/r/z{w}");
        no("/x(guid'{id}')/Close", "/x(guid'{id}')/Reject");
        no("/a/{id}", "/a/{id}/b");
        no("/pamrequests", "/pamrequests(guid'{id}')");
        no(
            "/pamrequests(guid'{id}')",
            "/pamrequeststoapprove(guid'{id}')",
        );
        no("/a{x}", "/b{x}");
        no("/{x}a", "/{x}b");
        assert!(!t("/A").overlaps(&t("/a"), Case::Sensitive));
    }

    #[test]
    fn overlap_of_the_specs_routes_is_refused_only_where_real() {
        let pam = [
            "/api/pamresources/pamroles",
            "/api/pamresources/pamrequests",
            "/api/pamresources/pamrequests(guid'{requestId}')/Close",
            "/api/pamresources/pamrequeststoapprove",
            "/api/pamresources/pamrequeststoapprove(guid'{approvalId}')/Approve",
            "/api/pamresources/pamrequeststoapprove(guid'{approvalId}')/Reject",
            "/api/pamresources/sessioninfo",
            "/api/session",
        ];
        for (i, a) in pam.iter().enumerate() {
            for b in &pam[i + 1..] {
                assert!(!t(a).overlaps(&t(b), Case::Insensitive), "{a} vs {b}");
            }
        }
    }
}

/// The overlap check against the matcher: whenever one request path matches two templates, the
/// check must have said they overlap (it may say so more often, never less).
#[cfg(test)]
mod overlap_soundness {
    use super::*;
    use crate::matching::RequestPath;

    /// xorshift64: deterministic, so a failure reproduces.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }

        fn text(&mut self, alphabet: &[&str], max: usize) -> String {
            let len = 1 + self.below(max);
            (0..len)
                .map(|_| alphabet[self.below(alphabet.len())])
                .collect()
        }
    }

    const ALPHABET: &[&str] = &["a", "B", "'", "(", ")"];

    fn template(rng: &mut Rng) -> String {
        let mut out = String::new();
        for _ in 0..1 + rng.below(2) {
            out.push('/');
            let mut last_param = false;
            for _ in 0..1 + rng.below(3) {
                if !last_param && rng.below(3) == 0 {
                    out.push_str("{p}");
                    last_param = true;
                } else {
                    out.push_str(&rng.text(ALPHABET, 2));
                    last_param = false;
                }
            }
        }
        out
    }

    fn path(rng: &mut Rng) -> String {
        (0..1 + rng.below(2))
            .map(|_| format!("/{}", rng.text(ALPHABET, 5)))
            .collect()
    }

    #[test]
    fn a_path_matching_two_templates_means_they_overlap() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut both = 0;
        for _ in 0..3000 {
            let (a, b) = (template(&mut rng), template(&mut rng));
            let (ta, tb) = (
                PathTemplate::parse(&a).unwrap(),
                PathTemplate::parse(&b).unwrap(),
            );
            for case in [Case::Sensitive, Case::Insensitive] {
                for _ in 0..20 {
                    let raw = path(&mut rng);
                    let request = RequestPath::parse(&raw).unwrap();
                    if ta.matches(&request, case).is_some() && tb.matches(&request, case).is_some()
                    {
                        both += 1;
                        assert!(
                            ta.overlaps(&tb, case),
                            "{raw} matches {a} and {b} ({case:?})"
                        );
                    }
                }
            }
        }
        // The generator must actually produce shared matches, or the loop proves nothing.
        assert!(both > 100, "only {both} shared matches");
    }
}
