//! Media types as OpenAPI's `content` keys, `Content-Type` and `Accept` spell them: what the
//! generator chooses among and what the runtime reads and negotiates, by the same rules.
//!
//! Comparisons are ASCII case-insensitive (RFC 9110 §8.3.1) and parameters (`; charset=…`)
//! are not part of the type; nothing here allocates, so the runtime can call it per request.

/// The type without its parameters: `Application/JSON; charset=utf-8` → `Application/JSON`
/// (spelling kept; compare with `eq_ignore_ascii_case`).
pub fn essence(media_type: &str) -> &str {
    media_type.split(';').next().unwrap_or_default().trim()
}

/// `application/json` or a structured `+json` type (RFC 6839), in any case, parameters ignored.
pub fn is_json(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence.eq_ignore_ascii_case("application/json")
        || essence
            .len()
            .checked_sub("+json".len())
            .and_then(|at| essence.get(at..))
            .is_some_and(|suffix| suffix.eq_ignore_ascii_case("+json"))
}

/// How specifically the media range `range` (`*/*`, `type/*` or a type; parameters ignored)
/// covers `media_type`: 2 for the type itself, 1 for `type/*`, 0 for `*/*`, `None` when it does
/// not (RFC 9110 §12.5.1's precedence).
pub fn range_specificity(range: &str, media_type: &str) -> Option<u8> {
    let range = essence(range);
    let media_type = essence(media_type);
    if range == "*/*" {
        return Some(0);
    }
    if range.eq_ignore_ascii_case(media_type) {
        return Some(2);
    }
    let (kind, _) = media_type.split_once('/')?;
    range
        .strip_suffix("/*")
        .filter(|k| k.eq_ignore_ascii_case(kind))
        .map(|_| 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn essence_drops_parameters_and_space() {
        assert_eq!(
            essence(" Application/JSON ; charset=utf-8"),
            "Application/JSON"
        );
        assert_eq!(essence("text/plain"), "text/plain");
        assert_eq!(essence(""), "");
    }

    #[test]
    fn json_types_in_any_case() {
        for json in [
            "application/json",
            "APPLICATION/JSON; charset=utf-8",
            "application/vnd.pet+JSON",
        ] {
            assert!(is_json(json), "{json}");
        }
        for other in ["text/json+x", "application/xml", "json", ""] {
            assert!(!is_json(other), "{other}");
        }
    }

    #[test]
    fn ranges_rank_exact_over_wildcards() {
        assert_eq!(range_specificity("image/png", "IMAGE/PNG"), Some(2));
        assert_eq!(range_specificity("image/*", "image/webp"), Some(1));
        assert_eq!(range_specificity("*/*", "text/plain"), Some(0));
        assert_eq!(range_specificity("image/png; q=0.5", "image/png"), Some(2));
        assert_eq!(range_specificity("image/png", "text/plain"), None);
        assert_eq!(range_specificity("image/*", "text/plain"), None);
    }
}
