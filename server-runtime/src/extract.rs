//! Parameters and bodies, parsed liberally and checked strictly.
//!
//! A parameter (path segment, query value) goes from its raw text straight into the generated
//! type through a serde `Deserializer` typed by the parameter's *kind* (integer, boolean, enum …;
//! see the `text` module). A body is read as JSON (or form) and its top-level fields are coerced by
//! kind before it is deserialized. Being liberal here means: query names and enum names match in
//! any case, `False` is a boolean, `"7200"` fills an integer field, an empty text value
//! (`Justification=`) counts as absent. Anything that still does not fit is a 400 with a message
//! naming the parameter or field; that includes an empty value for a number, boolean, enum or
//! uuid/date (`status=`, `RoleId=`), which no such schema allows.
//!
//! The body is read only once the caller is authenticated ([`Request::read_body`], called by
//! [`crate::authenticate`]), within the size and time of [`Limits`]: an anonymous caller's upload
//! is never read.

use crate::body::LazyBody;
use crate::error::{ErrorFormat, Rejection};
use crate::form::{check_query, find_query_value};
use crate::index::{Captures, Piece};
use crate::limits::Limits;
use crate::text::{Text, parse_bool};
use axum::body::Body;
use axum::http::{StatusCode, header, request::Parts};
use bytes::Bytes;
use openapi_core::media;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::borrow::Cow;

pub use crate::form::parse_form;

/// What kind of value a parameter or body field holds (generated from the schema).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text.
    String,
    /// A string in a standard format (uuid, date, date-time), which is never empty.
    Formatted,
    /// An integer (`i64` range).
    Integer,
    /// A finite number.
    Number,
    /// `true`/`false` (also `1`/`0`, any case).
    Boolean,
    /// A string enum with its canonical spellings.
    Enum(&'static [&'static str]),
    /// Anything structured: taken as JSON text when it parses, else as a string.
    Json,
}

/// How an operation takes its body (generated from the spec).
#[derive(Debug, Clone, Copy)]
pub struct BodySpec {
    /// The operation needs a body.
    pub required: bool,
    /// `application/x-www-form-urlencoded` is accepted besides JSON.
    pub form: bool,
    /// Top-level fields may come from the query string instead (`x-query-or-body`).
    pub query_or_body: bool,
    /// Top-level fields of an object body, with their kinds.
    pub fields: &'static [(&'static str, Kind)],
    /// The fields of `fields` that the schema declares `nullable`; a JSON `null` in any other is a
    /// 400 (serde would take it as "absent" for an optional field).
    pub nullable: &'static [&'static str],
}

/// A matched request, as the generated handlers see it.
///
/// Invariant: path captures are spans of `parts.uri.path()` (or decoded copies), so `parts` is
/// never changed; the query string is well-formed form encoding (checked when the request is
/// made), and its pairs are read from `parts.uri.query()` when asked for, so a request allocates
/// nothing for a query it does not have or whose values need no decoding.
#[derive(Debug)]
pub struct Request {
    /// Method, URI, headers and extensions (among them the peer address from the serve loop).
    pub parts: Parts,
    captures: Captures,
    body: LazyBody,
    errors: &'static ErrorFormat,
}

impl Request {
    /// A request whose body has already been read (tests, or callers with their own transport).
    /// Fails with 400 when the query string is not valid form encoding.
    pub fn new(
        parts: Parts,
        captures: Vec<(&'static str, String)>,
        body: Bytes,
        errors: &'static ErrorFormat,
    ) -> Result<Self, Rejection> {
        let captures: Captures = captures
            .into_iter()
            .map(|(name, value)| (name, Piece::Owned(value.into())))
            .collect();
        Self::assemble(parts, captures, LazyBody::already_read(body), errors)
    }

    /// A routed request whose body is still on the connection.
    pub(crate) fn routed(
        parts: Parts,
        captures: Captures,
        body: Body,
        errors: &'static ErrorFormat,
        limits: &Limits,
    ) -> Result<Self, Rejection> {
        Self::assemble(parts, captures, LazyBody::pending(body, limits), errors)
    }

    fn assemble(
        parts: Parts,
        captures: Captures,
        body: LazyBody,
        errors: &'static ErrorFormat,
    ) -> Result<Self, Rejection> {
        if let Some(q) = parts.uri.query() {
            check_query(q).map_err(|e| {
                Rejection::bad_request("BadRequest.Query", format!("malformed query string: {e}"))
            })?;
        }
        Ok(Self {
            parts,
            captures,
            body,
            errors,
        })
    }

    /// Read the body from the connection, once; later calls return at once. 413 when it is
    /// larger than the limit (before reading anything when `Content-Length` says so), 408 when
    /// it does not arrive in time, 400 when the connection fails.
    pub async fn read_body(&self) -> Result<(), Rejection> {
        self.body.read(&self.parts.headers).await
    }

    /// The body's bytes, once [`read_body`](Self::read_body) has run (after authentication).
    pub fn body_bytes(&self) -> Result<&bytes::Bytes, Rejection> {
        self.body.bytes()
    }

    /// The operation's view of the request, once parameters and body have been taken from it.
    pub fn into_context<C>(self, caller: C) -> crate::RequestContext<C> {
        crate::RequestContext {
            caller,
            method: self.parts.method,
            uri: self.parts.uri,
            headers: self.parts.headers,
            extensions: self.parts.extensions,
        }
    }

    /// The error format of the API this request was routed to.
    pub fn errors(&self) -> &'static ErrorFormat {
        self.errors
    }

    /// A path parameter's decoded text, by template name.
    pub fn capture(&self, name: &str) -> Option<&str> {
        let path = self.parts.uri.path();
        self.captures
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, piece)| piece.resolve(path))
    }

    /// A query value by name: exact spelling first, then in any case (ASP.NET binds that way).
    /// Borrowed from the URI unless it had to be decoded.
    fn query_value(&self, name: &str) -> Option<Cow<'_, str>> {
        let q = self.parts.uri.query()?;
        find_query_value(q, |k| k == name)
            .or_else(|| find_query_value(q, |k| k.eq_ignore_ascii_case(name)))
    }

    /// A path parameter, typed; 400 when it is empty or does not fit.
    pub fn path_param<T: DeserializeOwned>(&self, name: &str, kind: &Kind) -> Result<T, Rejection> {
        let raw = self.capture(name).unwrap_or_default();
        parse_text(raw, kind)
            .map_err(|e| param_error("path", name, &e))?
            .ok_or_else(|| param_error("path", name, "must not be empty"))
    }

    /// A query parameter, typed; `None` when absent (or empty, for text).
    pub fn query_param<T: DeserializeOwned>(
        &self,
        name: &str,
        kind: &Kind,
    ) -> Result<Option<T>, Rejection> {
        let Some(raw) = self.query_value(name) else {
            return Ok(None);
        };
        parse_text(&raw, kind).map_err(|e| param_error("query", name, &e))
    }

    /// A query parameter that must be present.
    pub fn required_query_param<T: DeserializeOwned>(
        &self,
        name: &str,
        kind: &Kind,
    ) -> Result<T, Rejection> {
        self.query_param(name, kind)?
            .ok_or_else(|| param_error("query", name, "is required"))
    }

    /// The body, which must be present (or, with `query_or_body`, be assembled from the query).
    pub fn body<T: DeserializeOwned>(&self, spec: &BodySpec) -> Result<T, Rejection> {
        self.optional_body(spec)?
            .ok_or_else(|| Rejection::bad_request("BadRequest.Body", "a request body is required"))
    }

    /// The body if there is one.
    pub fn optional_body<T: DeserializeOwned>(
        &self,
        spec: &BodySpec,
    ) -> Result<Option<T>, Rejection> {
        let mut value = self.raw_body(spec)?;
        if spec.query_or_body {
            let object = value.get_or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(map) = object {
                for (field, kind) in spec.fields {
                    let present = map.keys().any(|k| k.eq_ignore_ascii_case(field));
                    if let (false, Some(raw)) = (present, self.query_value(field)) {
                        let v = text_to_value(&raw, kind)
                            .map_err(|e| param_error("query", field, &e))?;
                        if !v.is_null() {
                            map.insert((*field).to_string(), v);
                        }
                    }
                }
            }
        }
        match value {
            None => Ok(None),
            Some(v) => from_value(v).map(Some).map_err(|e| {
                Rejection::bad_request("BadRequest.Body", format!("invalid request body: {e}"))
            }),
        }
    }

    /// The body as JSON, decoded by content type and coerced field by field; `None` when empty.
    fn raw_body(&self, spec: &BodySpec) -> Result<Option<Value>, Rejection> {
        let body = self.body.bytes()?;
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        let content_type = self
            .parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let essence = media::essence(content_type);
        let is_json = essence.is_empty()
            || media::is_json(essence)
            || essence.eq_ignore_ascii_case("text/json");
        if is_json {
            let mut value: Value = serde_json::from_slice(body).map_err(|e| {
                Rejection::bad_request("BadRequest.Body", format!("malformed JSON body: {e}"))
            })?;
            if let Value::Object(map) = &mut value {
                reject_nulls(map, spec)?;
                coerce_fields(map, spec.fields)?;
            }
            return Ok(Some(value));
        }
        if spec.form && essence.eq_ignore_ascii_case("application/x-www-form-urlencoded") {
            let pairs = parse_form(body).map_err(|e| {
                Rejection::bad_request("BadRequest.Body", format!("malformed form body: {e}"))
            })?;
            let mut map = Map::new();
            for (key, text) in pairs {
                let (name, kind) = match spec
                    .fields
                    .iter()
                    .find(|(f, _)| f.eq_ignore_ascii_case(&key))
                {
                    Some((f, k)) => ((*f).to_string(), *k),
                    None => (key, Kind::String),
                };
                let v = text_to_value(&text, &kind).map_err(|e| param_error("form", &name, &e))?;
                if !v.is_null() {
                    map.insert(name, v);
                }
            }
            return Ok(Some(Value::Object(map)));
        }
        let accepted = if spec.form {
            "application/json or application/x-www-form-urlencoded"
        } else {
            "application/json"
        };
        Err(Rejection::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UnsupportedMediaType",
            format!("content type `{content_type}` is not supported; send {accepted}"),
        ))
    }
}

/// A JSON `null` in a top-level field that is not nullable is malformed input.
fn reject_nulls(map: &Map<String, Value>, spec: &BodySpec) -> Result<(), Rejection> {
    for (key, value) in map {
        if !value.is_null() {
            continue;
        }
        let field = spec
            .fields
            .iter()
            .find(|(f, _)| f.eq_ignore_ascii_case(key));
        if let Some((field, _)) = field
            && !spec.nullable.contains(field)
        {
            return Err(param_error("body", field, "must not be null"));
        }
    }
    Ok(())
}

/// Rename fields to their spec spelling (JSON.NET binds case-insensitively) and turn string
/// values into the number, boolean or canonical enum name the field expects.
fn coerce_fields(
    map: &mut Map<String, Value>,
    fields: &[(&'static str, Kind)],
) -> Result<(), Rejection> {
    for (field, kind) in fields {
        let Some(key) = map.keys().find(|k| k.eq_ignore_ascii_case(field)).cloned() else {
            continue;
        };
        let Some(value) = map.remove(&key) else {
            continue;
        };
        let value = match (&value, kind) {
            (Value::String(s), Kind::Integer | Kind::Number | Kind::Boolean | Kind::Enum(_)) => {
                text_to_value(s, kind).map_err(|e| param_error("body", field, &e))?
            }
            _ => value,
        };
        map.insert((*field).to_string(), value);
    }
    Ok(())
}

/// Text → JSON value by kind. The empty string is "absent" (`null`) where the kind is text; for
/// a number, boolean, enum or formatted string (uuid, date) it is malformed.
pub fn text_to_value(text: &str, kind: &Kind) -> Result<Value, String> {
    if text.is_empty() {
        return match kind {
            Kind::String | Kind::Json => Ok(Value::Null),
            Kind::Formatted => Err("empty; expected a uuid, date or date-time".into()),
            Kind::Enum(names) => Err(format!("empty; expected one of {}", names.join(", "))),
            Kind::Integer => Err("empty; expected an integer".into()),
            Kind::Number => Err("empty; expected a number".into()),
            Kind::Boolean => Err("empty; expected a boolean".into()),
        };
    }
    match kind {
        Kind::String | Kind::Formatted => Ok(Value::String(text.to_string())),
        Kind::Integer => text
            .trim()
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| format!("`{text}` is not an integer")),
        Kind::Number => text
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| format!("`{text}` is not a number")),
        Kind::Boolean => parse_bool(text)
            .map(Value::Bool)
            .ok_or_else(|| format!("`{text}` is not a boolean")),
        Kind::Enum(names) => Ok(Value::String(
            names
                .iter()
                .find(|n| n.eq_ignore_ascii_case(text.trim()))
                .map_or_else(|| text.to_string(), |n| (*n).to_string()),
        )),
        Kind::Json => {
            Ok(serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_string())))
        }
    }
}

/// A parameter's text, typed by `kind`: `None` for an empty text value, an error for an empty
/// value of any other kind or a value that does not fit `T`.
pub(crate) fn parse_text<T: DeserializeOwned>(raw: &str, kind: &Kind) -> Result<Option<T>, String> {
    if raw.is_empty() || *kind == Kind::Json {
        let value = text_to_value(raw, kind)?;
        if value.is_null() {
            return Ok(None);
        }
        return from_value(value).map(Some);
    }
    T::deserialize(Text::new(raw, *kind))
        .map(Some)
        .map_err(|e| e.to_string())
}

fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, String> {
    serde_json::from_value(value).map_err(|e| e.to_string())
}

fn param_error(location: &str, name: &str, problem: &str) -> Rejection {
    Rejection::bad_request(
        "BadRequest.Parameter",
        format!("{location} parameter `{name}`: {problem}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::Request as HttpRequest;

    static ERRORS: ErrorFormat = ErrorFormat::new(None);

    fn request(uri: &str, content_type: Option<&str>, body: &str) -> Request {
        let mut builder = HttpRequest::builder().uri(uri);
        if let Some(ct) = content_type {
            builder = builder.header(header::CONTENT_TYPE, ct);
        }
        let (parts, ()) = builder.body(()).unwrap().into_parts();
        Request::new(
            parts,
            vec![("id", "5ec10e61-cdd1-404e-a18e-740467d87dbf".into())],
            Bytes::from(body.to_string()),
            &ERRORS,
        )
        .unwrap()
    }

    const FIELDS: &[(&str, Kind)] = &[
        ("RoleId", Kind::String),
        ("RequestedTTL", Kind::Integer),
        ("Justification", Kind::String),
    ];
    const CREATE: BodySpec = BodySpec {
        required: false,
        form: true,
        query_or_body: true,
        fields: FIELDS,
        nullable: &["Justification"],
    };

    #[test]
    fn null_is_refused_unless_nullable() {
        let json = Some("application/json");
        let r = request(
            "/x",
            json,
            r#"{"RoleId":"a","RequestedTTL":1,"Justification":null}"#,
        );
        assert!(r.body::<Value>(&CREATE).is_ok());
        let r = request("/x", json, r#"{"RoleId":"a","requestedttl":null}"#);
        let err = r.body::<Value>(&CREATE).unwrap_err();
        assert_eq!(err.status, StatusCode::BAD_REQUEST);
        assert!(err.message.contains("RequestedTTL"), "{}", err.message);
        // unknown fields are the schema's business (additional properties), not ours
        let r = request("/x", json, r#"{"RoleId":"a","Other":null}"#);
        assert!(r.body::<Value>(&CREATE).is_ok());
    }

    #[test]
    fn query_names_match_in_any_case_and_booleans_are_liberal() {
        let r = request("/x?Diversified=False&n=7", None, "");
        assert_eq!(
            r.query_param::<bool>("diversified", &Kind::Boolean)
                .unwrap(),
            Some(false)
        );
        assert_eq!(
            r.required_query_param::<i32>("n", &Kind::Integer).unwrap(),
            7
        );
        assert!(
            r.required_query_param::<i32>("missing", &Kind::Integer)
                .is_err()
        );
        assert!(r.query_param::<i32>("n", &Kind::Boolean).is_err());
    }

    #[test]
    fn query_values_are_decoded_where_encoded_and_the_exact_name_wins() {
        let r = request("/x?%24filter=a+b%21&N=1&n=2&&plain=x", None, "");
        let text = |name: &str| r.query_param::<String>(name, &Kind::String).unwrap();
        assert_eq!(text("$filter"), Some("a b!".into()));
        assert_eq!(text("PLAIN"), Some("x".into()));
        assert_eq!(text("absent"), None);
        let number = |name: &str| r.query_param::<i32>(name, &Kind::Integer).unwrap();
        assert_eq!((number("n"), number("N")), (Some(2), Some(1)));
        let none = request("/x", None, "");
        assert_eq!(
            none.query_param::<String>("n", &Kind::String).unwrap(),
            None
        );
    }

    #[test]
    fn path_params_deserialize_into_typed_values() {
        let r = request("/x", None, "");
        let id: uuid::Uuid = r.path_param("id", &Kind::String).unwrap();
        assert_eq!(id.to_string(), "5ec10e61-cdd1-404e-a18e-740467d87dbf");
        assert_eq!(
            r.path_param::<i64>("id", &Kind::String).unwrap_err().status,
            StatusCode::BAD_REQUEST
        );
    }

    #[test]
    fn query_or_body_merges_and_the_body_wins() {
        let r = request("/x?RoleId=a&RequestedTTL=7200&Justification=", None, "");
        let v: Value = r.body(&CREATE).unwrap();
        assert_eq!(v, serde_json::json!({"RoleId": "a", "RequestedTTL": 7200}));
        let r = request(
            "/x?RoleId=a",
            Some("application/json"),
            r#"{"roleid":"b","RequestedTTL":"60"}"#,
        );
        let v: Value = r.body(&CREATE).unwrap();
        assert_eq!(v, serde_json::json!({"RoleId": "b", "RequestedTTL": 60}));
    }

    #[test]
    fn form_bodies_are_coerced_by_field_kind() {
        let r = request(
            "/x",
            Some("application/x-www-form-urlencoded"),
            "RoleId=c&RequestedTTL=3600&Justification=Sample+Reason",
        );
        let v: Value = r.body(&CREATE).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"RoleId": "c", "RequestedTTL": 3600, "Justification": "Sample Reason"})
        );
    }

    #[test]
    fn wrong_content_type_is_415_and_bad_json_is_400() {
        let r = request("/x", Some("text/xml"), "<a/>");
        assert_eq!(
            r.body::<Value>(&CREATE).unwrap_err().status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE
        );
        let r = request("/x", Some("application/json"), "{");
        assert_eq!(
            r.body::<Value>(&CREATE).unwrap_err().status,
            StatusCode::BAD_REQUEST
        );
        let no_form = BodySpec {
            form: false,
            ..CREATE
        };
        let r = request("/x", Some("application/x-www-form-urlencoded"), "a=b");
        assert_eq!(
            r.body::<Value>(&no_form).unwrap_err().status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE
        );
    }

    #[test]
    fn form_decoding_is_strict() {
        let pairs = parse_form(b"a=x+y%21&b&=c").unwrap();
        let want =
            [("a", "x y!"), ("b", ""), ("", "c")].map(|(k, v)| (k.to_string(), v.to_string()));
        assert_eq!(pairs, want);
        assert!(parse_form(b"$filter=%FF").is_err());
        let uri = "/x?$filter=%FF";
        let (parts, ()) = HttpRequest::builder()
            .uri(uri)
            .body(())
            .unwrap()
            .into_parts();
        let rejection = Request::new(parts, vec![], Bytes::new(), &ERRORS).unwrap_err();
        assert_eq!(rejection.status, StatusCode::BAD_REQUEST);
    }

    #[test]
    fn empty_values_are_absent_only_for_text() {
        assert_eq!(text_to_value("", &Kind::String).unwrap(), Value::Null);
        assert_eq!(text_to_value("", &Kind::Json).unwrap(), Value::Null);
        for kind in [
            Kind::Formatted,
            Kind::Integer,
            Kind::Number,
            Kind::Boolean,
            Kind::Enum(&["Active"]),
        ] {
            assert!(text_to_value("", &kind).is_err(), "{kind:?}");
        }
        let r = request("/x?RequestedTTL=&RoleId=a", None, "");
        let err = r.body::<Value>(&CREATE).unwrap_err();
        assert_eq!(err.status, StatusCode::BAD_REQUEST);
        assert!(err.message.contains("RequestedTTL"), "{}", err.message);
    }

    #[test]
    fn enums_are_canonicalised() {
        assert_eq!(
            text_to_value("completed", &Kind::Enum(&["Completed", "Canceled"])).unwrap(),
            "Completed"
        );
        assert_eq!(
            text_to_value("Weird", &Kind::Enum(&["Completed"])).unwrap(),
            "Weird"
        );
    }
}
