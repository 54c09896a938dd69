//! The route table and the dispatcher.
//!
//! axum 0.8 (matchit 0.8) cannot register `items(guid'{id}')`: one parameter per segment, and
//! only as the whole segment or after a prefix. So the generated code registers nothing with
//! axum's router; it hands a static table of templates to [`Routes`], and one fallback handler
//! matches each request against it: literals in any case (IIS routing is case-insensitive),
//! segments percent-decoded, parameters anywhere inside a segment, a trailing slash tolerated.
//! A path that matches no template is a 404; a path that matches with another method is a 405
//! with `Allow`.

use super::error::{ErrorFormat, Rejection};
use super::extract::Request;
use axum::body::Body;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// Largest request body accepted (larger ones get 413).
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// One piece of a path segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartSpec {
    Lit(&'static str),
    Param(&'static str),
}

/// A route: method, template and the API it belongs to (generated).
#[derive(Debug, Clone)]
pub struct RouteSpec {
    pub method: Method,
    pub template: &'static [&'static [PartSpec]],
    pub case_insensitive: bool,
    pub errors: &'static ErrorFormat,
    /// `operationId`, for logs.
    pub operation: &'static str,
}

/// A type-erased operation handler.
pub type Handler =
    Arc<dyn Fn(Request) -> Pin<Box<dyn Future<Output = Response> + Send>> + Send + Sync>;

/// Wrap an async function as a [`Handler`].
pub fn handler<F, Fut>(f: F) -> Handler
where
    F: Fn(Request) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Response> + Send + 'static,
{
    Arc::new(move |req| Box::pin(f(req)))
}

/// A set of routes, possibly from several APIs.
#[derive(Clone, Default)]
pub struct Routes {
    entries: Vec<(RouteSpec, Handler)>,
}

/// The operation a request was routed to; put into the response's extensions for logging.
#[derive(Debug, Clone, Copy)]
pub struct MatchedOperation(pub &'static str);

impl Routes {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn route(mut self, spec: RouteSpec, handler: Handler) -> Self {
        self.entries.push((spec, handler));
        self
    }

    /// All routes of `self` and then of `other` (first match wins, and the generator refuses
    /// overlapping templates within one API).
    pub fn merge(mut self, other: Routes) -> Self {
        self.entries.extend(other.entries);
        self
    }

    /// Number of routes (aliases count separately).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// An axum router that dispatches every request through this table.
    pub fn into_router(self) -> axum::Router {
        let table = Arc::new(self);
        axum::Router::new().fallback(move |request: axum::extract::Request| {
            let table = table.clone();
            async move { table.dispatch(request).await }
        })
    }

    /// Route one request.
    pub async fn dispatch(&self, request: axum::extract::Request) -> Response {
        let (parts, body) = request.into_parts();
        let segments = match split_path(parts.uri.path()) {
            Ok(s) => s,
            Err(message) => {
                return Rejection::bad_request("BadRequest.Path", message)
                    .render(self.fallback_errors(&[]));
            }
        };
        let mut allowed: Vec<&Method> = Vec::new();
        for (spec, handler) in &self.entries {
            let Some(captures) = match_template(spec.template, &segments, spec.case_insensitive)
            else {
                continue;
            };
            if spec.method != parts.method {
                allowed.push(&spec.method);
                continue;
            }
            let body = match axum::body::to_bytes(Body::new(body), MAX_BODY_BYTES).await {
                Ok(b) => b,
                Err(_) => {
                    let msg = format!("the request body is larger than {MAX_BODY_BYTES} bytes");
                    return Rejection::new(StatusCode::PAYLOAD_TOO_LARGE, "PayloadTooLarge", msg)
                        .render(spec.errors);
                }
            };
            let mut response = match Request::new(parts, captures, body, spec.errors) {
                Ok(request) => handler(request).await,
                Err(rejection) => rejection.render(spec.errors),
            };
            response
                .extensions_mut()
                .insert(MatchedOperation(spec.operation));
            return response;
        }
        let errors = self.fallback_errors(&segments);
        if allowed.is_empty() {
            let message = format!("no resource at `{}`", parts.uri.path());
            return Rejection::new(StatusCode::NOT_FOUND, "NotFound", message).render(errors);
        }
        allowed.sort_by_key(|m| m.as_str());
        allowed.dedup();
        let allow = allowed
            .iter()
            .map(|m| m.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let message = format!(
            "`{}` does not support {}; allowed: {allow}",
            parts.uri.path(),
            parts.method
        );
        let mut rejection =
            Rejection::new(StatusCode::METHOD_NOT_ALLOWED, "MethodNotAllowed", message);
        if let Ok(value) = HeaderValue::from_str(&allow) {
            rejection = rejection.with_header(header::ALLOW, value);
        }
        rejection.render(errors)
    }

    /// For a request that matched nothing, answer in the error format of the API whose
    /// templates share the longest literal prefix with the path.
    fn fallback_errors(&self, segments: &[String]) -> &'static ErrorFormat {
        static PLAIN: ErrorFormat = ErrorFormat::new(None);
        // On a tie the first registered route wins (`max_by_key` would keep the last).
        let mut best: Option<(usize, &'static ErrorFormat)> = None;
        for (spec, _) in &self.entries {
            let score = common_prefix(spec.template, segments);
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, spec.errors));
            }
        }
        best.map_or(&PLAIN, |(_, errors)| errors)
    }
}

fn common_prefix(template: &[&[PartSpec]], segments: &[String]) -> usize {
    template
        .iter()
        .zip(segments)
        .take_while(
            |(parts, seg)| matches!(parts, [PartSpec::Lit(l)] if l.eq_ignore_ascii_case(seg)),
        )
        .count()
}

/// Split a raw path into percent-decoded segments, dropping one trailing slash.
fn split_path(path: &str) -> Result<Vec<String>, String> {
    let trimmed = path.strip_prefix('/').unwrap_or(path);
    let trimmed = trimmed.strip_suffix('/').unwrap_or(trimmed);
    trimmed
        .split('/')
        .map(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .map(|c| c.into_owned())
                .map_err(|_| {
                    format!("path segment `{s}` is not valid UTF-8 after percent-decoding")
                })
        })
        .collect()
}

/// Match decoded `segments` against a template; the captures on success.
pub fn match_template(
    template: &[&[PartSpec]],
    segments: &[String],
    case_insensitive: bool,
) -> Option<Vec<(&'static str, String)>> {
    if template.len() != segments.len() {
        return None;
    }
    let mut captures = Vec::new();
    for (parts, segment) in template.iter().zip(segments) {
        match_segment(parts, segment, case_insensitive, &mut captures)?;
    }
    Some(captures)
}

fn match_segment(
    parts: &[PartSpec],
    segment: &str,
    ci: bool,
    captures: &mut Vec<(&'static str, String)>,
) -> Option<()> {
    let mut rest = segment;
    let mut i = 0;
    while i < parts.len() {
        match parts[i] {
            PartSpec::Lit(lit) => {
                let head = rest.get(..lit.len())?;
                let same = if ci {
                    head.eq_ignore_ascii_case(lit)
                } else {
                    head == lit
                };
                if !same {
                    return None;
                }
                rest = &rest[lit.len()..];
            }
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
                    None => rest.len(),
                    Some(lit) if quoted => quoted_end(rest, lit, ci)?,
                    Some(lit) => find(rest, lit, ci)?,
                };
                let raw = &rest[..end];
                if raw.is_empty() {
                    return None;
                }
                let value = if quoted {
                    raw.replace("''", "'")
                } else {
                    raw.to_string()
                };
                captures.push((name, value));
                rest = &rest[end..];
            }
        }
        i += 1;
    }
    rest.is_empty().then_some(())
}

fn find(haystack: &str, needle: &str, ci: bool) -> Option<usize> {
    if ci {
        haystack
            .to_ascii_lowercase()
            .find(&needle.to_ascii_lowercase())
    } else {
        haystack.find(needle)
    }
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
            let same = if ci {
                tail.eq_ignore_ascii_case(closing)
            } else {
                tail == closing
            };
            return same.then_some(i);
        }
        i += 1;
    }
    None
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

    fn m(template: &[&[PartSpec]], path: &str) -> Option<Vec<(&'static str, String)>> {
        match_template(template, &split_path(path).unwrap(), true)
    }

    #[test]
    fn keys_inside_segments_any_case_encoded_and_trailing_slash() {
        let id = "5ec10e61-cdd1-404e-a18e-740467d87dbf";
        let want = Some(vec![("id", id.to_string())]);
        assert_eq!(m(CLOSE, &format!("/api/items(guid'{id}')/Close")), want);
        assert_eq!(m(CLOSE, &format!("/API/Items(GUID'{id}')/close/")), want);
        assert_eq!(m(CLOSE, &format!("/api/items(guid%27{id}%27)/Close")), want);
        assert_eq!(m(CLOSE, &format!("/api/items({id})/Close")), None);
        assert_eq!(m(CLOSE, "/api/items(guid'')/Close"), None);
        assert_eq!(
            m(CLOSE, &format!("/api/items(guid'{id}')/Close/extra")),
            None
        );
    }

    #[test]
    fn quoted_string_keys_undo_quote_doubling() {
        assert_eq!(
            m(USERS, "/Users('O''Brien%20a%2Fb')"),
            Some(vec![("name", "O'Brien a/b".to_string())])
        );
        assert_eq!(
            m(USERS, "/Users('it''')"),
            Some(vec![("name", "it'".to_string())])
        );
        assert_eq!(m(USERS, "/Users('a'b')"), None);
    }

    #[test]
    fn case_sensitive_templates_stay_sensitive() {
        assert!(
            match_template(
                CLOSE,
                &split_path("/API/items(guid'x')/Close").unwrap(),
                false
            )
            .is_none()
        );
    }
}
