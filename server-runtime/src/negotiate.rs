//! The caller's choice of response media type (`Accept`), for operations whose responses list
//! more than one.
//!
//! The generated code passes the media types its success responses can really be sent as (a
//! typed body: every JSON type listed with the same schema; bytes: the one type generated), in
//! document order. [`accept`] picks the one the `Accept` header rates highest (RFC 9110
//! §12.5.1: an exact type beats `type/*`, which beats `*/*`; `q=0` refuses; equal ratings go to
//! the first listed), or refuses with a 406 in the API's error body before the operation runs;
//! no `Accept` header (or an empty one) accepts anything. [`label`] then sends a JSON success
//! body as the chosen JSON type. The header's ranges are bounded by [`MAX_ACCEPT_RANGES`].

use crate::error::Rejection;
use crate::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use openapi_core::media::{is_json, range_specificity};

/// The most media ranges read from `Accept`; more is a 400.
pub const MAX_ACCEPT_RANGES: usize = 64;

/// The media type to answer in, from `produces`; `None` when the caller states no preference.
pub fn accept(req: &Request, produces: &[&'static str]) -> Result<Option<&'static str>, Rejection> {
    let mut ranges = Vec::new();
    for field in req.parts.headers.get_all(header::ACCEPT) {
        let text = field.to_str().map_err(|_| {
            Rejection::bad_request("BadRequest.Header", "`Accept` is not visible ASCII")
        })?;
        for item in text.split(',').filter(|i| !i.trim().is_empty()) {
            if ranges.len() == MAX_ACCEPT_RANGES {
                return Err(Rejection::bad_request(
                    "BadRequest.Header",
                    format!("`Accept` has more than {MAX_ACCEPT_RANGES} media ranges"),
                ));
            }
            ranges.push(parse_range(item));
        }
    }
    if ranges.is_empty() {
        return Ok(None);
    }
    let mut best: Option<(&'static str, f32)> = None;
    for produced in produces {
        let rating = ranges
            .iter()
            .filter_map(|(range, q)| range_specificity(range, produced).map(|s| (s, *q)))
            .max_by(|a, b| a.0.cmp(&b.0))
            .map(|(_, q)| q);
        if let Some(q) = rating.filter(|q| *q > 0.0)
            && best.is_none_or(|(_, b)| q > b)
        {
            best = Some((produced, q));
        }
    }
    match best {
        Some((chosen, _)) => Ok(Some(chosen)),
        None => Err(Rejection::new(
            StatusCode::NOT_ACCEPTABLE,
            "NotAcceptable",
            format!(
                "none of the acceptable media types can be sent; this operation answers in {}",
                produces.join(", ")
            ),
        )),
    }
}

/// The response, its JSON success body labelled as `chosen` when that is a JSON type too.
pub fn label(mut response: Response, chosen: Option<&'static str>) -> Response {
    let Some(chosen) = chosen.filter(|c| is_json(c)) else {
        return response;
    };
    let sent_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(is_json);
    if response.status().is_success()
        && sent_json
        && let Ok(value) = HeaderValue::from_str(chosen)
    {
        response.headers_mut().insert(header::CONTENT_TYPE, value);
    }
    response
}

/// (`type/subtype` with its parameters, q) of one media range; a malformed q counts as 1.
fn parse_range(item: &str) -> (&str, f32) {
    let q = item
        .split(';')
        .skip(1)
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("q"))
        .and_then(|(_, v)| v.trim().parse::<f32>().ok())
        .map_or(1.0, |q| q.clamp(0.0, 1.0));
    (item, q)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorFormat;

    static ERRORS: ErrorFormat = ErrorFormat::new(None);
    const PRODUCES: &[&str] = &["application/json", "application/vnd.pet+json", "text/csv"];

    fn request(accept: Option<&str>) -> Request {
        let mut builder = axum::http::Request::builder().uri("/x");
        if let Some(a) = accept {
            builder = builder.header(header::ACCEPT, a);
        }
        let (parts, ()) = builder.body(()).unwrap().into_parts();
        Request::new(parts, Vec::new(), bytes::Bytes::new(), &ERRORS).unwrap()
    }

    fn chosen(accept: Option<&str>) -> Result<Option<&'static str>, Rejection> {
        super::accept(&request(accept), PRODUCES)
    }

    #[test]
    fn the_highest_rated_listed_type_wins() {
        assert_eq!(chosen(None).unwrap(), None);
        assert_eq!(chosen(Some("*/*")).unwrap(), Some("application/json"));
        assert_eq!(
            chosen(Some("application/vnd.pet+json, application/json;q=0.5")).unwrap(),
            Some("application/vnd.pet+json")
        );
        assert_eq!(chosen(Some("text/*")).unwrap(), Some("text/csv"));
        assert_eq!(
            chosen(Some("application/json;q=0, */*;q=0.1")).unwrap(),
            Some("application/vnd.pet+json")
        );
    }

    #[test]
    fn nothing_acceptable_is_406_and_too_many_ranges_400() {
        let err = chosen(Some("application/xml")).unwrap_err();
        assert_eq!(err.status, StatusCode::NOT_ACCEPTABLE);
        assert!(err.message.contains("text/csv"), "{err:?}");
        assert_eq!(
            chosen(Some("application/json;q=0")).unwrap_err().status,
            StatusCode::NOT_ACCEPTABLE
        );
        let many = vec!["a/b"; MAX_ACCEPT_RANGES + 1].join(", ");
        assert_eq!(
            chosen(Some(&many)).unwrap_err().status,
            StatusCode::BAD_REQUEST
        );
    }

    #[test]
    fn json_success_bodies_take_the_chosen_json_type() {
        let json = crate::respond_json(200, &serde_json::json!({}));
        let labelled = label(json, Some("application/vnd.pet+json"));
        assert_eq!(
            labelled.headers()[header::CONTENT_TYPE],
            "application/vnd.pet+json"
        );
        let error = crate::respond_json(404, &serde_json::json!({}));
        let kept = label(error, Some("application/vnd.pet+json"));
        assert_ne!(
            kept.headers()[header::CONTENT_TYPE],
            "application/vnd.pet+json"
        );
        let csv = crate::respond_bytes(200, "text/csv", vec![]);
        assert_eq!(
            label(csv, Some("text/csv")).headers()[header::CONTENT_TYPE],
            "text/csv"
        );
    }
}
