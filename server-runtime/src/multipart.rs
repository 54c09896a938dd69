//! `multipart/form-data` request bodies, decoded into the operation's typed body.
//!
//! The body is already in memory (read once, within the body limit, after authentication), so
//! every part is within that limit too; [`MAX_MULTIPART_PARTS`] bounds the number of parts.
//! Parsing is the `multer` crate's. Each part named after a property becomes that property:
//! binary properties (`format: binary`) as their bytes, the others as text read by the
//! property's kind as form fields are (`count=3` fills an integer), or as JSON when the
//! property holds JSON (objects, arrays) or its `encoding.contentType` is a JSON type. Where the
//! document's `encoding` gives a `contentType`, a part that declares another is a 415. Parts
//! with other names are ignored; a property given twice is a 400.
//!
//! The typed body is deserialized straight from the parts (no JSON array of numbers is built
//! for bytes): see `PartValue`.

use crate::error::Rejection;
use crate::extract::{Kind, Request, text_to_value};
use axum::http::{StatusCode, header};
use openapi_core::media::{essence, is_json, range_specificity};
use serde::de::value::{Error as DeError, MapDeserializer, SeqDeserializer};
use serde::de::{DeserializeOwned, Deserializer, Error as _, IntoDeserializer, Visitor};
use serde_json::Value;

/// The most parts a multipart body may have.
pub const MAX_MULTIPART_PARTS: usize = 256;

/// What the generated code knows about one operation's multipart body.
#[derive(Debug, Clone, Copy)]
pub struct MultipartSpec {
    /// The text properties with their kinds (binary ones are in `binary`).
    pub fields: &'static [(&'static str, Kind)],
    /// The properties whose parts are bytes.
    pub binary: &'static [&'static str],
    /// `encoding.<property>.contentType` where the document gives one (a comma-separated list,
    /// `image/*` wildcards allowed).
    pub media_types: &'static [(&'static str, &'static str)],
}

/// Whether the request says its body is `multipart/form-data` (for operations that take it
/// beside JSON or form).
pub fn is_multipart(req: &Request) -> bool {
    req.parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| essence(v).eq_ignore_ascii_case("multipart/form-data"))
}

/// A required multipart body; a 400 when it is empty.
pub async fn multipart_body<T: DeserializeOwned>(
    req: &Request,
    spec: &MultipartSpec,
) -> Result<T, Rejection> {
    optional_multipart_body(req, spec)
        .await?
        .ok_or_else(|| Rejection::bad_request("BadRequest.Body", "a request body is required"))
}

/// A multipart body; `None` when the body is empty.
pub async fn optional_multipart_body<T: DeserializeOwned>(
    req: &Request,
    spec: &MultipartSpec,
) -> Result<Option<T>, Rejection> {
    let body = req.body_bytes()?.clone();
    if body.is_empty() {
        return Ok(None);
    }
    let content_type = req
        .parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let boundary = multer::parse_boundary(content_type)
        .ok()
        .filter(|_| essence(content_type).eq_ignore_ascii_case("multipart/form-data"))
        .ok_or_else(|| {
            Rejection::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "UnsupportedMediaType",
                format!(
                    "content type `{content_type}` is not supported; send multipart/form-data with a boundary"
                ),
            )
        })?;
    let stream =
        futures_util::stream::once(std::future::ready(Ok::<_, std::convert::Infallible>(body)));
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut parts: Vec<(String, PartValue)> = Vec::new();
    let mut count = 0usize;
    while let Some(field) = multipart.next_field().await.map_err(malformed)? {
        count += 1;
        if count > MAX_MULTIPART_PARTS {
            return Err(malformed(format!("more than {MAX_MULTIPART_PARTS} parts")));
        }
        let Some(name) = field.name().map(str::to_string) else {
            continue;
        };
        let binary = spec.binary.contains(&name.as_str());
        let kind = spec.fields.iter().find(|(n, _)| *n == name).map(|(_, k)| k);
        if !binary && kind.is_none() {
            continue;
        }
        if parts.iter().any(|(n, _)| *n == name) {
            return Err(part_error(&name, "is given twice"));
        }
        let declared = spec
            .media_types
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, m)| *m);
        let sent = field.content_type().map(|m| m.essence_str().to_string());
        if let (Some(declared), Some(sent)) = (declared, &sent)
            && !media_type_matches(declared, sent)
        {
            return Err(Rejection::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "UnsupportedMediaType",
                format!("part `{name}`: content type `{sent}` is not supported; send {declared}"),
            ));
        }
        let bytes = field.bytes().await.map_err(malformed)?;
        let value = if binary {
            PartValue::Bytes(bytes.to_vec())
        } else {
            let text =
                std::str::from_utf8(&bytes).map_err(|_| part_error(&name, "is not UTF-8"))?;
            let json = declared.is_some_and(lists_json) || matches!(kind, Some(Kind::Json));
            let value = if json {
                serde_json::from_str(text).map_err(|e| part_error(&name, &e.to_string()))?
            } else {
                text_to_value(text, kind.unwrap_or(&Kind::String))
                    .map_err(|e| part_error(&name, &e))?
            };
            if value.is_null() {
                continue;
            }
            PartValue::Json(value)
        };
        parts.push((name, value));
    }
    T::deserialize(MapDeserializer::new(parts.into_iter()))
        .map(Some)
        .map_err(|e| {
            Rejection::bad_request("BadRequest.Body", format!("invalid request body: {e}"))
        })
}

/// Whether `sent` is one of the comma-separated `declared` types (`image/*`, `*/*` allowed).
fn media_type_matches(declared: &str, sent: &str) -> bool {
    declared
        .split(',')
        .any(|range| range_specificity(range, sent).is_some())
}

/// Whether a comma-separated list of media types names a JSON one.
fn lists_json(media_types: &str) -> bool {
    media_types.split(',').any(is_json)
}

fn malformed(problem: impl std::fmt::Display) -> Rejection {
    Rejection::bad_request(
        "BadRequest.Body",
        format!("malformed multipart body: {problem}"),
    )
}

fn part_error(name: &str, problem: &str) -> Rejection {
    Rejection::bad_request("BadRequest.Body", format!("part `{name}`: {problem}"))
}

/// One property's value: JSON (text parts, already typed by kind) or bytes, which deserialize
/// as a sequence of `u8` (what `Vec<u8>` asks for) or as bytes, without an intermediate
/// `Value` per byte.
enum PartValue {
    Json(Value),
    Bytes(Vec<u8>),
}

impl<'de> IntoDeserializer<'de, DeError> for PartValue {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

/// Every `deserialize_*` method: JSON goes to `serde_json::Value`'s own, bytes to a sequence.
macro_rules! forward_part {
    ($($method:ident($($arg:ident: $ty:ty),*))*) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, DeError> {
                match self {
                    PartValue::Json(value) => value
                        .$method($($arg,)* visitor)
                        .map_err(DeError::custom),
                    PartValue::Bytes(bytes) => {
                        SeqDeserializer::<_, DeError>::new(bytes.into_iter()).deserialize_any(visitor)
                    }
                }
            }
        )*
    };
}

impl<'de> Deserializer<'de> for PartValue {
    type Error = DeError;

    forward_part! {
        deserialize_any() deserialize_bool() deserialize_i8() deserialize_i16() deserialize_i32()
        deserialize_i64() deserialize_i128() deserialize_u8() deserialize_u16() deserialize_u32()
        deserialize_u64() deserialize_u128() deserialize_f32() deserialize_f64()
        deserialize_char() deserialize_str() deserialize_string()
        deserialize_unit() deserialize_seq() deserialize_map() deserialize_identifier()
        deserialize_ignored_any()
        deserialize_unit_struct(name: &'static str)
        deserialize_newtype_struct(name: &'static str)
        deserialize_tuple(len: usize)
        deserialize_tuple_struct(name: &'static str, len: usize)
        deserialize_struct(name: &'static str, fields: &'static [&'static str])
        deserialize_enum(name: &'static str, variants: &'static [&'static str])
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self {
            PartValue::Json(value) => value.deserialize_option(visitor).map_err(DeError::custom),
            bytes @ PartValue::Bytes(_) => visitor.visit_some(bytes),
        }
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_byte_buf(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self {
            PartValue::Json(value) => value.deserialize_byte_buf(visitor).map_err(DeError::custom),
            PartValue::Bytes(bytes) => visitor.visit_byte_buf(bytes),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorFormat;

    static ERRORS: ErrorFormat = ErrorFormat::new(None);

    const SPEC: MultipartSpec = MultipartSpec {
        fields: &[
            ("title", Kind::String),
            ("count", Kind::Integer),
            ("meta", Kind::Json),
        ],
        binary: &["file", "thumbnail"],
        media_types: &[("file", "image/png, image/jpeg")],
    };

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Upload {
        title: Option<String>,
        count: Option<i64>,
        meta: Option<Value>,
        file: Vec<u8>,
        thumbnail: Option<Vec<u8>>,
    }

    fn request(content_type: &str, body: &str) -> Request {
        let (parts, ()) = axum::http::Request::builder()
            .uri("/x")
            .header(header::CONTENT_TYPE, content_type)
            .body(())
            .unwrap()
            .into_parts();
        Request::new(
            parts,
            Vec::new(),
            bytes::Bytes::from(body.replace('\n', "\r\n")),
            &ERRORS,
        )
        .unwrap()
    }

    const CT: &str = "multipart/form-data; boundary=XyZ";

    fn part(name: &str, content_type: Option<&str>, value: &str) -> String {
        let ct = content_type
            .map(|c| format!("Content-Type: {c}\n"))
            .unwrap_or_default();
        format!("--XyZ\nContent-Disposition: form-data; name=\"{name}\"\n{ct}\n{value}\n")
    }

    fn run<T: DeserializeOwned>(req: &Request) -> Result<Option<T>, Rejection> {
        block_on(optional_multipart_body::<T>(req, &SPEC))
    }

    /// The tests' futures complete without waiting: the body is in memory.
    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime")
            .block_on(future)
    }

    #[test]
    fn parts_fill_the_typed_body_bytes_as_bytes_text_by_kind() {
        let body = format!(
            "{}{}{}{}{}--XyZ--\n",
            part("title", None, "hello"),
            part("count", None, "3"),
            part("meta", None, "{\"a\":[1]}"),
            part("file", Some("image/png"), "\u{1}\u{2}bin"),
            part("ignored", None, "x"),
        );
        let body = body.replace(
            "--XyZ--",
            &format!("{}--XyZ--", part("thumbnail", None, "t")),
        );
        let upload: Upload = run(&request(CT, &body)).unwrap().unwrap();
        assert_eq!(
            upload,
            Upload {
                title: Some("hello".into()),
                count: Some(3),
                meta: Some(serde_json::json!({"a": [1]})),
                file: b"\x01\x02bin".to_vec(),
                thumbnail: Some(b"t".to_vec()),
            }
        );
        assert_eq!(run::<Upload>(&request(CT, "")).unwrap(), None);
    }

    #[test]
    fn bad_parts_are_400s_and_wrong_types_415s() {
        let status = |body: String, ct: &str| run::<Upload>(&request(ct, &body)).unwrap_err();
        let twice = format!(
            "{}{}--XyZ--\n",
            part("title", None, "a"),
            part("title", None, "b")
        );
        assert!(status(twice, CT).message.contains("given twice"));
        let bad = format!(
            "{}{}--XyZ--\n",
            part("count", None, "many"),
            part("file", None, "x")
        );
        let err = status(bad, CT);
        assert_eq!(err.status, StatusCode::BAD_REQUEST);
        assert!(err.message.contains("part `count`"), "{err:?}");
        let wrong = format!("{}--XyZ--\n", part("file", Some("text/html"), "x"));
        assert_eq!(status(wrong, CT).status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        let missing = format!("{}--XyZ--\n", part("title", None, "a"));
        assert!(status(missing, CT).message.contains("file"));
        let json = part("title", None, "a");
        assert_eq!(
            status(json, "application/json").status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE
        );
        assert!(
            status("--XyZ\ngarbage".into(), CT)
                .message
                .contains("malformed")
        );
        let many: String = (0..=MAX_MULTIPART_PARTS)
            .map(|i| part(&format!("p{i}"), None, "1"))
            .collect();
        assert!(
            status(format!("{many}--XyZ--\n"), CT)
                .message
                .contains("more than")
        );
    }

    #[test]
    fn declared_media_types_match_with_wildcards() {
        assert!(media_type_matches("image/png, image/jpeg", "image/jpeg"));
        assert!(media_type_matches("image/*", "image/webp"));
        assert!(media_type_matches("*/*", "text/plain"));
        assert!(!media_type_matches("image/png", "text/plain"));
    }
}
