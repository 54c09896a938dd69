//! Which of a body's media types the generated code uses, decided once for the server (in
//! lowering) and the client view, so both sides agree.
//!
//! Requests: JSON (`application/json`, `…+json`) first, then form-urlencoded, then the bytes
//! of any other type, and `multipart/form-data` only when nothing else is listed. Responses: a
//! JSON type when one is listed, else the bytes of the first.

/// `Application/JSON; charset=utf-8` → `application/json` (lowercase, for comparing with `==`
/// and for use as a key).
pub(crate) fn essence(media_type: &str) -> String {
    openapi_core::media::essence(media_type).to_ascii_lowercase()
}

pub(crate) use openapi_core::media::is_json;

pub(crate) const FORM: &str = "application/x-www-form-urlencoded";
pub(crate) const MULTIPART: &str = "multipart/form-data";

/// The `format` that marks a binary part of a multipart body in the client view; typify turns it
/// into `Vec<u8>` (see [`crate::client::generation_settings`]), so both sides hold bytes.
pub(crate) const BINARY_PART_FORMAT: &str = "x-multipart-binary";

/// How a chosen media type is carried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Carrier {
    Json,
    Form,
    /// `text/plain`: bytes, sent as text by the client.
    Text,
    /// Anything else: bytes.
    Bytes,
    /// `multipart/form-data`, when it is the only request media type: a typed object whose
    /// `format: binary` properties are bytes.
    Multipart,
}

/// The request media type to generate, from the keys of `content`, or `None` when only
/// unsupported ones (`multipart/mixed` and the like) are listed.
pub(crate) fn choose_request<'a>(
    keys: impl Iterator<Item = &'a String> + Clone,
) -> Option<(&'a String, Carrier)> {
    let find = |pred: &dyn Fn(&str) -> bool| keys.clone().find(|k| pred(k));
    if let Some(k) = find(&|k| essence(k) == "application/json").or_else(|| find(&is_json)) {
        return Some((k, Carrier::Json));
    }
    if let Some(k) = find(&|k| essence(k) == FORM) {
        return Some((k, Carrier::Form));
    }
    if let Some(k) = find(&|k| essence(k) == "text/plain") {
        return Some((k, Carrier::Text));
    }
    if let Some(k) = find(&|k| !essence(k).starts_with("multipart/")) {
        return Some((k, Carrier::Bytes));
    }
    find(&|k| essence(k) == MULTIPART).map(|k| (k, Carrier::Multipart))
}

/// The byte types listed beside `chosen` (neither JSON, form, multipart nor a wildcard such as
/// `*/*`, which is no type to send), in document order: the alternatives of a byte body.
pub(crate) fn byte_alternatives<'a>(
    keys: impl Iterator<Item = &'a String>,
    chosen: &str,
) -> Vec<&'a String> {
    keys.filter(|k| *k != chosen)
        .filter(|k| {
            let e = essence(k);
            !(is_json(&e) || e == FORM || e.starts_with("multipart/") || e.contains('*'))
        })
        .collect()
}

/// The suffix of the client method that sends a body as `media_type` instead of the preferred
/// type: `form`, `multipart`, `json` and `text` for those families, else the subtype for
/// `application/…` (`octet_stream`, `xml`) and type and subtype for the rest (`image_png`).
pub(crate) fn method_suffix(media_type: &str) -> String {
    use heck::ToSnakeCase;
    let e = essence(media_type);
    match e.as_str() {
        FORM => "form".to_string(),
        MULTIPART => "multipart".to_string(),
        "text/plain" => "text".to_string(),
        _ if is_json(&e) => "json".to_string(),
        _ => match e.strip_prefix("application/") {
            Some(subtype) => subtype.to_snake_case(),
            None => e.to_snake_case(),
        },
    }
}

/// The top-level properties of a multipart body's object schema that are bytes: written inline
/// as `{type: string, format: binary}` (a `$ref`'d one stays text, on both sides).
pub(crate) fn binary_parts(schema: &openapiv3::Schema) -> Vec<String> {
    use openapiv3::{ReferenceOr, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty};
    let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
        return Vec::new();
    };
    object
        .properties
        .iter()
        .filter(|(_, p)| {
            matches!(p, ReferenceOr::Item(s) if matches!(&s.schema_kind,
                SchemaKind::Type(Type::String(t))
                    if t.format == VariantOrUnknownOrEmpty::Item(StringFormat::Binary)))
        })
        .map(|(name, _)| name.clone())
        .collect()
}

/// The response media type to generate: JSON when listed, else the first (as bytes).
pub(crate) fn choose_response<'a>(
    keys: impl Iterator<Item = &'a String> + Clone,
) -> Option<(&'a String, Carrier)> {
    let find = |pred: &dyn Fn(&str) -> bool| keys.clone().find(|k| pred(k));
    if let Some(k) = find(&|k| essence(k) == "application/json").or_else(|| find(&is_json)) {
        return Some((k, Carrier::Json));
    }
    keys.clone().next().map(|k| (k, Carrier::Bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn alternative_methods_are_named_after_the_media_type() {
        assert_eq!(method_suffix(FORM), "form");
        assert_eq!(
            method_suffix("Multipart/Form-Data; charset=utf-8"),
            "multipart"
        );
        assert_eq!(method_suffix("application/octet-stream"), "octet_stream");
        assert_eq!(method_suffix("text/plain"), "text");
        assert_eq!(method_suffix("image/png"), "image_png");
        assert_eq!(method_suffix("application/merge-patch+json"), "json");
        let k = keys(&["text/plain", "*/*", "image/png", "application/json", FORM]);
        assert_eq!(byte_alternatives(k.iter(), "text/plain"), [&k[2]]);
    }

    #[test]
    fn json_wins_then_form_then_bytes() {
        let k = keys(&[
            "application/xml",
            "application/problem+json",
            "application/json",
        ]);
        assert_eq!(choose_request(k.iter()).unwrap().0, "application/json");
        let k = keys(&["multipart/form-data", FORM]);
        assert_eq!(choose_request(k.iter()).unwrap().1, Carrier::Form);
        let k = keys(&["multipart/form-data"]);
        assert_eq!(choose_request(k.iter()).unwrap().1, Carrier::Multipart);
        let k = keys(&["multipart/form-data", "application/octet-stream"]);
        assert_eq!(choose_request(k.iter()).unwrap().1, Carrier::Bytes);
        let k = keys(&["multipart/mixed"]);
        assert!(choose_request(k.iter()).is_none());
        let k = keys(&["image/png"]);
        assert_eq!(choose_response(k.iter()).unwrap().1, Carrier::Bytes);
        let k = keys(&["application/vnd.api+json; charset=utf-8"]);
        assert_eq!(choose_response(k.iter()).unwrap().1, Carrier::Json);
    }
}
