//! Which of a body's media types the generated code uses, decided once for the server (in
//! lowering) and the client view, so both sides agree.
//!
//! Requests: JSON (`application/json`, `…+json`) first, then form-urlencoded, then the bytes
//! of any other type; `multipart/form-data` alone cannot be generated. Responses: a JSON type
//! when one is listed, else the bytes of the first.

/// `Application/JSON; charset=utf-8` → `application/json`.
pub(crate) fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// `application/json` or a structured `+json` type.
pub(crate) fn is_json(media_type: &str) -> bool {
    let e = essence(media_type);
    e == "application/json" || e.ends_with("+json")
}

pub(crate) const FORM: &str = "application/x-www-form-urlencoded";

/// How a chosen media type is carried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Carrier {
    Json,
    Form,
    /// `text/plain`: bytes, sent as text by the client.
    Text,
    /// Anything else: bytes.
    Bytes,
}

/// The request media type to generate, from the keys of `content`, or `None` when only
/// unsupported ones (multipart) are listed.
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
    find(&|k| !essence(k).starts_with("multipart/")).map(|k| (k, Carrier::Bytes))
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
        assert!(choose_request(k.iter()).is_none());
        let k = keys(&["image/png"]);
        assert_eq!(choose_response(k.iter()).unwrap().1, Carrier::Bytes);
        let k = keys(&["application/vnd.api+json; charset=utf-8"]);
        assert_eq!(choose_response(k.iter()).unwrap().1, Carrier::Json);
    }
}
