//! Error bodies. Each API declares the shape of its error body once, as a JSON template in the
//! spec (`x-error-body-template`, with `{code}` and `{message}` placeholders); every error the
//! runtime answers by itself is rendered through it, so clients see one error shape per API.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

/// How one API writes its error bodies.
#[derive(Debug)]
pub struct ErrorFormat {
    template: Option<&'static str>,
}

impl ErrorFormat {
    /// `template` is the JSON text of the spec's `x-error-body-template`, if it has one.
    pub const fn new(template: Option<&'static str>) -> Self {
        Self { template }
    }

    /// The error body for `code` and `message` (JSON), or the bare message (text) when the API
    /// declared no template.
    pub fn body(&self, code: &str, message: &str) -> (HeaderValue, String) {
        match self
            .template
            .and_then(|t| serde_json::from_str::<Value>(t).ok())
        {
            Some(mut value) => {
                fill(&mut value, code, message);
                (
                    HeaderValue::from_static("application/json; charset=utf-8"),
                    value.to_string(),
                )
            }
            None => (
                HeaderValue::from_static("text/plain; charset=utf-8"),
                message.to_string(),
            ),
        }
    }

    /// A complete error response.
    pub fn respond(&self, status: StatusCode, code: &str, message: &str) -> Response {
        let (content_type, body) = self.body(code, message);
        (status, [(header::CONTENT_TYPE, content_type)], body).into_response()
    }
}

fn fill(value: &mut Value, code: &str, message: &str) {
    match value {
        Value::String(s) => *s = s.replace("{code}", code).replace("{message}", message),
        Value::Array(items) => items.iter_mut().for_each(|v| fill(v, code, message)),
        Value::Object(map) => map.values_mut().for_each(|v| fill(v, code, message)),
        _ => {}
    }
}

/// A documented response with a JSON body: what every generated response enum writes. The status
/// codes come from the spec, which the generator checked, so an out-of-range one cannot occur;
/// it would still answer 500 rather than panic.
pub fn respond_json<T: serde::Serialize>(status: u16, body: &T) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, axum::Json(body)).into_response()
}

/// A documented response without a body.
pub fn respond_empty(status: u16) -> Response {
    StatusCode::from_u16(status)
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
        .into_response()
}

/// A request the runtime refused before (or instead of) calling the operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The response status (4xx, or 500 for a runtime misuse).
    pub status: StatusCode,
    /// Short machine-readable code, e.g. `BadRequest.Parameter`.
    pub code: &'static str,
    /// Human-readable explanation, naming the parameter or limit at fault.
    pub message: String,
    /// Extra headers (`Allow` on 405, `WWW-Authenticate` on 401).
    pub headers: Vec<(header::HeaderName, HeaderValue)>,
}

impl Rejection {
    /// A refusal with `status`, a short `code` and a `message`.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            headers: Vec::new(),
        }
    }

    /// A 400 refusal.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    /// Add a header to the refusal's response.
    pub fn with_header(mut self, name: header::HeaderName, value: HeaderValue) -> Self {
        self.headers.push((name, value));
        self
    }

    /// The response, with the body in the API's error format.
    pub fn render(self, errors: &ErrorFormat) -> Response {
        let mut response = errors.respond(self.status, self.code, &self.message);
        for (name, value) in self.headers {
            response.headers_mut().append(name, value);
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_placeholders_are_filled_everywhere() {
        let f = ErrorFormat::new(Some(
            r#"{"odata.error":{"code":"{code}","message":{"lang":"en-US","value":"{message}"}}}"#,
        ));
        let (ct, body) = f.body("NotFound", "no \"such\" thing");
        assert_eq!(ct, "application/json; charset=utf-8");
        let v: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["odata.error"]["code"], "NotFound");
        assert_eq!(v["odata.error"]["message"]["value"], "no \"such\" thing");
    }

    #[test]
    fn no_template_means_plain_text() {
        let (ct, body) = ErrorFormat::new(None).body("x", "message");
        assert_eq!(
            (ct.to_str().unwrap(), body.as_str()),
            ("text/plain; charset=utf-8", "message")
        );
    }
}
