//! What generated servers for general OpenAPI documents need beyond the MIM APIs: header
//! parameters (cookie parameters are in [`crate::cookie`]), array query parameters, bodies taken as bytes (octet-stream, text, `*/*`),
//! responses that are bytes of a documented media type or JSON of another JSON media type.

use crate::error::Rejection;
use crate::extract::{Kind, Request, parse_form, parse_text, text_to_value};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

/// An optional header parameter, parsed by `kind` as query parameters are; absent or empty is
/// `None`, a value that does not parse is a 400 naming the header.
pub fn header_param<T: DeserializeOwned>(
    req: &Request,
    name: &str,
    kind: &Kind,
) -> Result<Option<T>, Rejection> {
    let Some(raw) = req.parts.headers.get(name) else {
        return Ok(None);
    };
    let text = raw
        .to_str()
        .map_err(|_| header_error(name, "is not visible ASCII"))?;
    parse_text(text, kind).map_err(|e| header_error(name, &e))
}

/// A required header parameter: as [`header_param`], and a 400 when it is missing.
pub fn required_header_param<T: DeserializeOwned>(
    req: &Request,
    name: &str,
    kind: &Kind,
) -> Result<T, Rejection> {
    header_param(req, name, kind)?.ok_or_else(|| header_error(name, "is required"))
}

/// An optional array query parameter: every `name=value` pair (`explode: true`, what
/// progenitor sends), and comma-separated items within a value (`explode: false`), each parsed
/// by the items' `kind`. Names match exactly, else case-insensitively, as for scalars.
pub fn query_array_param<T: DeserializeOwned>(
    req: &Request,
    name: &str,
    kind: &Kind,
) -> Result<Option<Vec<T>>, Rejection> {
    let pairs = parse_form(req.parts.uri.query().unwrap_or("").as_bytes())
        .map_err(|e| query_error(name, &e))?;
    let exact = pairs.iter().any(|(k, _)| k == name);
    let mut items = Vec::new();
    for (_, value) in pairs.iter().filter(|(k, _)| {
        if exact {
            k == name
        } else {
            k.eq_ignore_ascii_case(name)
        }
    }) {
        for text in value.split(',') {
            let item = text_to_value(text, kind).map_err(|e| query_error(name, &e))?;
            if !item.is_null() {
                items.push(item);
            }
        }
    }
    if items.is_empty() {
        return Ok(None);
    }
    serde_json::from_value(serde_json::Value::Array(items))
        .map(Some)
        .map_err(|e| query_error(name, &e.to_string()))
}

/// A required array query parameter: as [`query_array_param`], and a 400 when it is missing.
pub fn required_query_array_param<T: DeserializeOwned>(
    req: &Request,
    name: &str,
    kind: &Kind,
) -> Result<Vec<T>, Rejection> {
    query_array_param(req, name, kind)?.ok_or_else(|| query_error(name, "is required"))
}

/// A body the operation takes as bytes; a 400 when it is required and empty.
pub fn bytes_body(req: &Request) -> Result<Vec<u8>, Rejection> {
    optional_bytes_body(req)?
        .ok_or_else(|| Rejection::bad_request("BadRequest.Body", "a request body is required"))
}

/// A body the operation takes as bytes; `None` when empty.
pub fn optional_bytes_body(req: &Request) -> Result<Option<Vec<u8>>, Rejection> {
    let body = req.body_bytes()?;
    Ok((!body.is_empty()).then(|| body.to_vec()))
}

/// A documented response whose body is bytes of `media_type`.
pub fn respond_bytes(status: u16, media_type: &'static str, body: Vec<u8>) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let content_type = HeaderValue::from_str(media_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    (status, [(header::CONTENT_TYPE, content_type)], body).into_response()
}

/// A documented JSON response of another JSON media type (`application/problem+json`).
pub fn respond_json_as<T: serde::Serialize>(
    status: u16,
    media_type: &'static str,
    body: &T,
) -> Response {
    let mut response = super::error::respond_json(status, body);
    if let Ok(value) = HeaderValue::from_str(media_type) {
        response.headers_mut().insert(header::CONTENT_TYPE, value);
    }
    response
}

fn query_error(name: &str, problem: &str) -> Rejection {
    Rejection::bad_request(
        "BadRequest.Parameter",
        format!("query parameter `{name}`: {problem}"),
    )
}

fn header_error(name: &str, problem: &str) -> Rejection {
    Rejection::bad_request(
        "BadRequest.Parameter",
        format!("header parameter `{name}`: {problem}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorFormat;

    static ERRORS: ErrorFormat = ErrorFormat::new(None);

    fn request(headers: &[(&str, &str)], body: &'static str) -> Request {
        let mut builder = axum::http::Request::builder().uri("/x");
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        let (parts, ()) = builder.body(()).unwrap().into_parts();
        Request::new(
            parts,
            Vec::new(),
            bytes::Bytes::from_static(body.as_bytes()),
            &ERRORS,
        )
        .unwrap()
    }

    #[test]
    fn header_parameters_parse_by_kind_and_name_the_header_when_bad() {
        let req = request(&[("If-Match", "42"), ("X-Flag", "yes")], "");
        let n: i64 = required_header_param(&req, "if-match", &Kind::Integer).unwrap();
        assert_eq!(n, 42);
        let missing: Option<String> = header_param(&req, "X-None", &Kind::String).unwrap();
        assert_eq!(missing, None);
        let bad = header_param::<bool>(&req, "X-Flag", &Kind::Boolean).unwrap_err();
        assert!(format!("{bad:?}").contains("X-Flag"), "{bad:?}");
        assert!(required_header_param::<String>(&req, "X-None", &Kind::String).is_err());
    }

    fn query(q: &str) -> Request {
        let (parts, ()) = axum::http::Request::builder()
            .uri(format!("/x?{q}"))
            .body(())
            .unwrap()
            .into_parts();
        Request::new(parts, Vec::new(), bytes::Bytes::new(), &ERRORS).unwrap()
    }

    #[test]
    fn array_query_parameters_take_repeated_and_comma_separated_items() {
        let tags: Option<Vec<i64>> =
            query_array_param(&query("tags=1&x=2&tags=3,4"), "tags", &Kind::Integer).unwrap();
        assert_eq!(tags, Some(vec![1, 3, 4]));
        let none: Option<Vec<i64>> =
            query_array_param(&query("x=1"), "tags", &Kind::Integer).unwrap();
        assert_eq!(none, None);
        let bad = query_array_param::<i64>(&query("tags=a"), "tags", &Kind::Integer).unwrap_err();
        assert!(format!("{bad:?}").contains("tags"), "{bad:?}");
        assert!(required_query_array_param::<i64>(&query(""), "tags", &Kind::Integer).is_err());
    }

    #[test]
    fn byte_bodies_are_handed_over_and_required_ones_must_be_there() {
        assert_eq!(bytes_body(&request(&[], "abc")).unwrap(), b"abc");
        assert!(bytes_body(&request(&[], "")).is_err());
        assert_eq!(optional_bytes_body(&request(&[], "")).unwrap(), None);
    }

    #[test]
    fn json_responses_can_carry_another_json_media_type() {
        let r = respond_json_as(
            404,
            "application/problem+json",
            &serde_json::json!({"title": "x"}),
        );
        assert_eq!(r.status(), 404);
        assert_eq!(
            r.headers()[header::CONTENT_TYPE],
            "application/problem+json"
        );
    }

    #[test]
    fn bytes_responses_carry_their_media_type() {
        let r = respond_bytes(200, "image/png", vec![1, 2]);
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()[header::CONTENT_TYPE], "image/png");
        let r = respond_bytes(1000, "image/png", vec![]);
        assert_eq!(r.status(), 500);
    }
}
